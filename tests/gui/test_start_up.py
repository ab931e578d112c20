"""Fault 11 of issue 9 in the window: a damaged store at start-up is explained and a backup offered."""

from __future__ import annotations

import pytest

from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import drive, receiving
from bqw_desktop.store import backup
from bqw_desktop.store.database import open_store
from bqw_desktop.ui import app as start_up
from bqw_desktop.ui import dialogs
from bqw_desktop.ui.app import create_application
from tests.helpers.damaged import damage


@pytest.fixture
def asked(monkeypatch):
    """Every start-up dialog, recorded instead of shown; ``asked.answer`` is the person's choice."""
    class Asked(list):
        answer = True

    seen = Asked()
    create_application()

    def offer_restore(parent, title, text):  # noqa: ANN001, ANN202
        seen.append(("offer", text))
        return seen.answer

    def confirm(parent, title, text):  # noqa: ANN001, ANN202
        seen.append(("confirm", text))
        return seen.answer

    monkeypatch.setattr(dialogs, "offer_restore", offer_restore)
    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: seen.append(("error", text)))
    return seen


def store_with_backup(tmp_path, actor):  # noqa: ANN001, ANN201
    """A store with a backup holding donor 甲; 乙 added after the backup; then damaged and closed."""
    store = open_store(f"sqlite:///{tmp_path / 'bqw.sqlite3'}")
    receiving.create_donor(store, actor, "甲", DonorKind.INDIVIDUAL)
    from bqw_desktop.services import drive

    drive.load_drive(store, actor)  # enough pages that the middle of the file is data
    saved = backup.take_backup(store, "timer")
    receiving.create_donor(store, actor, "乙", DonorKind.INDIVIDUAL)
    path = store.sqlite_path
    store.dispose()
    damage(path)
    return path, saved


def destroy_header(path) -> None:  # noqa: ANN001 - a path
    """The first 4 KiB overwritten (SQLite's header and the schema page), as a bad copy or a virus leaves it."""
    with open(path, "r+b") as file:
        file.write(b"\xa5" * 4096)


@pytest.mark.parametrize(("harm", "said"), [
    (lambda path: None, "is damaged"),  # garbage in the middle (store_with_backup)
    (destroy_header, "is not a BQW store"),
    (lambda path: path.write_bytes(b""), "is not a BQW store"),
], ids=["middle", "header", "empty"])
def test_a_damaged_store_offers_the_newest_good_backup_and_goes_on(qtbot, tmp_path, actor, asked, harm, said,
                                                                   short_new_file_grace):
    path, saved = store_with_backup(tmp_path, actor)
    harm(path)
    store = start_up.open_or_restore(f"sqlite:///{path}")
    try:
        assert [kind for kind, _ in asked] == ["offer"]
        text = asked[0][1]
        assert str(path) in text and said in text and str(saved) in text
        assert store is not None
        names = {d.name for d in receiving.find_donors(store, "", limit=1000)}
        assert "甲" in names and "乙" not in names  # the backup's state
        assert list(tmp_path.glob("bqw.sqlite3.damaged-*")), "the damaged file is kept"
    finally:
        if store is not None:
            store.dispose()


def test_quitting_leaves_the_damaged_store_as_it_is(qtbot, tmp_path, actor, asked):
    path, _ = store_with_backup(tmp_path, actor)
    before = path.read_bytes()
    asked.answer = False
    assert start_up.open_or_restore(f"sqlite:///{path}") is None
    assert path.read_bytes() == before


def test_a_damaged_store_without_backup_is_explained(qtbot, tmp_path, actor, asked, drive_store):
    path = drive_store.sqlite_path
    drive_store.dispose()
    damage(path)
    assert start_up.open_or_restore(f"sqlite:///{path}") is None
    assert [kind for kind, _ in asked] == ["error"]
    assert str(path) in asked[0][1] and "no good backup" in asked[0][1]


def test_an_empty_file_is_refused_at_start_up(qtbot, tmp_path, asked, short_new_file_grace):
    path = tmp_path / "bqw.sqlite3"
    path.touch()
    assert start_up.open_or_restore(f"sqlite:///{path}") is None
    assert [kind for kind, _ in asked] == ["error"] and "empty file" in asked[0][1]


def test_the_window_backs_up_on_its_timer_while_it_writes(qtbot, store, actor):
    create_application()
    main = start_up.Application(store, actor, "zh_CN")
    qtbot.addWidget(main.window)
    assert main.backup_timer.isActive() and main.backup_timer.interval() == 10 * 60 * 1000
    drive.load_drive(store, actor)  # a write through this store
    main.backup_timer.timeout.emit()
    main.wait_for_backup()
    main.backup_timer.timeout.emit()  # nothing written since: no second backup
    main.wait_for_backup()
    assert [b.reason for b in backup.backups(store.sqlite_path)] == ["timer"]
    receiving.create_donor(store, actor, "乙", DonorKind.INDIVIDUAL)
    assert main.back_up("quit") is not None
    assert [b.reason for b in backup.backups(store.sqlite_path)] == ["quit", "timer"]
    main.window.close()
    main.translations.install("en")


def test_a_restore_that_fails_is_explained_and_keeps_the_files(qtbot, tmp_path, actor, asked, monkeypatch):
    path, _ = store_with_backup(tmp_path, actor)
    before = path.read_bytes()

    def no_space(*args):  # noqa: ANN002, ANN202 - the disk, not the database, fails here
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "restore", no_space)
    assert start_up.open_or_restore(f"sqlite:///{path}") is None
    assert [kind for kind, _ in asked] == ["offer", "error"] and "No space left" in asked[1][1]
    assert path.read_bytes() == before


def test_a_store_no_longer_sqlite_and_declined_is_left_as_it_is(qtbot, tmp_path, actor, asked):
    path, _ = store_with_backup(tmp_path, actor)
    destroy_header(path)
    before = path.read_bytes()
    asked.answer = False
    assert start_up.open_or_restore(f"sqlite:///{path}") is None
    assert [kind for kind, _ in asked] == ["offer"] and path.read_bytes() == before


def test_a_foreign_file_without_backups_is_refused_at_start_up(qtbot, tmp_path, asked):
    path = tmp_path / "bqw.sqlite3"
    path.write_text("不是数据库" * 1000)
    assert start_up.open_or_restore(f"sqlite:///{path}") is None
    assert [kind for kind, _ in asked] == ["error"] and "not an SQLite database" in asked[0][1]
    assert path.read_text() == "不是数据库" * 1000


@pytest.mark.parametrize("answer", [False, True])
def test_a_store_the_person_named_that_does_not_exist_is_made_only_when_they_say_so(qtbot, tmp_path, asked,
                                                                                   answer):
    """A mistyped --db or BQW_DATABASE_URL opened a new, empty warehouse without a word: a station then
    scanned into it while the others used the real one."""
    path = tmp_path / "bqw-typo.sqlite3"
    asked.answer = answer
    store = start_up.open_or_restore(f"sqlite:///{path}", ask_to_create=True)
    try:
        assert [kind for kind, _ in asked] == ["confirm"] and str(path) in asked[0][1]
        assert (store is not None) is answer and path.exists() is answer
    finally:
        if store is not None:
            store.dispose()


def test_an_existing_store_or_the_default_location_is_opened_without_a_question(qtbot, tmp_path, asked):
    path = tmp_path / "bqw.sqlite3"
    for ask in (False, True):  # first made at the default location (no question), then named and found
        store = start_up.open_or_restore(f"sqlite:///{path}", ask_to_create=ask)
        assert store is not None and path.exists()
        store.dispose()
    assert asked == []


def test_a_store_in_a_folder_that_does_not_exist_is_not_offered_but_explained(qtbot, tmp_path, asked):
    """A new user was offered to create the store there, said yes, and was then told the folder does not
    exist: the question is not asked; the one message names the folder."""
    path = tmp_path / "nope" / "dir" / "x.sqlite3"
    asked.answer = True
    assert start_up.open_or_restore(f"sqlite:///{path}", ask_to_create=True) is None
    assert [kind for kind, _ in asked] == ["error"] and str(path.parent) in asked[0][1]
    assert "sqlite:///" not in asked[0][1] and not (tmp_path / "nope").exists()


def test_a_foreign_file_is_named_once_by_its_path(qtbot, tmp_path, asked):
    """The dialog said "无法打开数据库 sqlite:///…：无法打开数据库 sqlite:///…：…": the error's own text,
    which names the file, is said once, without the URL."""
    path = tmp_path / "notes.sqlite3"
    path.write_text("不是数据库" * 1000)
    assert start_up.open_or_restore(f"sqlite:///{path}") is None
    [(kind, text)] = asked
    assert kind == "error" and text.count(str(path)) == 1 and "sqlite:///" not in text
