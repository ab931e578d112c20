"""Fault 11 of issue 9: a damaged or empty store file is refused clearly, never a traceback or a new store."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import text

from bqw_desktop.store import database
from bqw_desktop.store.database import StoreDamaged, StoreUnavailable, open_store
from tests.helpers.damaged import damage


@pytest.fixture
def damaged_store(drive_store):
    """The drive's store file, closed, with garbage in its middle."""
    path = drive_store.sqlite_path
    drive_store.dispose()
    assert path.stat().st_size > 256 * 1024
    damage(path)
    return path


def test_a_damaged_store_is_refused_saying_which_file_and_what(damaged_store):
    with pytest.raises(StoreDamaged) as refused:
        open_store(f"sqlite:///{damaged_store}")
    assert refused.value.path == damaged_store
    assert str(damaged_store) in str(refused.value) and "is damaged" in str(refused.value)


def test_the_check_started_early_refuses_the_damaged_store_at_open(damaged_store):
    """The window checks the file while it imports Qt (``check_file_soon``); the open says what it found."""
    url = f"sqlite:///{damaged_store}"
    database.check_file_soon(url)
    with pytest.raises(StoreDamaged) as refused:
        open_store(url)
    assert refused.value.path == damaged_store


def test_the_check_started_early_is_the_open_s_only_check(store, monkeypatch):
    path, checked = store.sqlite_path, []
    store.dispose()
    check = database.check_file
    monkeypatch.setattr(database, "check_file", lambda file: checked.append(file) or check(file))
    database.check_file_soon(f"sqlite:///{path}")
    open_store(f"sqlite:///{path}").dispose()
    assert checked == [path]
    open_store(f"sqlite:///{path}").dispose()  # a later open checks again, itself
    assert checked == [path, path]


def test_status_on_a_damaged_store_prints_one_clear_line(damaged_store):
    done = subprocess.run([sys.executable, "-m", "bqw_desktop", "--db", str(damaged_store), "status"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert str(damaged_store) in lines[0] and "is damaged" in lines[0] and "restore" in lines[0], lines[0]


def test_an_empty_file_is_not_taken_as_a_new_store(tmp_path, short_new_file_grace):
    path = tmp_path / "bqw.sqlite3"
    path.touch()
    with pytest.raises(StoreUnavailable, match=r"not a BQW store \(empty file\)"):
        open_store(f"sqlite:///{path}")
    assert path.stat().st_size == 0  # left as it was


def test_other_files_are_refused(tmp_path):
    text = tmp_path / "notes.sqlite3"
    text.write_text("不是数据库" * 100)
    with pytest.raises(StoreUnavailable, match="not an SQLite database"):
        open_store(f"sqlite:///{text}")
    import sqlite3

    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreUnavailable, match="another program"):
        open_store(f"sqlite:///{foreign}")


def test_status_on_an_empty_file_fails(tmp_path, short_new_file_grace):
    path = tmp_path / "bqw.sqlite3"
    path.touch()
    from bqw_desktop.cli import main

    assert main(["--db", str(path), "status"]) == 2


def test_damage_found_while_working_is_a_user_error_naming_the_file(damaged_store):
    """A store damaged after it was opened: its reads and writes say so (a user error for the banner),
    never "internal error"."""
    from bqw_desktop.queries.status import status_report
    from bqw_desktop.store.database import Store

    store = Store(f"sqlite:///{damaged_store}")  # as if it was opened before the damage
    try:
        with pytest.raises(StoreDamaged, match="is damaged") as refused:
            status_report(store)
        assert refused.value.path == damaged_store
        with pytest.raises(StoreDamaged), store.write() as session:
            session.execute(text("UPDATE item_set SET status = status"))  # reads every item set
    finally:
        store.dispose()
