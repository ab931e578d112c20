"""Backups (issue 9, "Also required"): online, in rotation, checked, restorable."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import receiving
from bqw_desktop.store import backup
from bqw_desktop.store.database import StoreUnavailable


def donors(store) -> list[str]:  # noqa: ANN001
    return sorted(d.name for d in receiving.find_donors(store, ""))


def integrity(path) -> str:  # noqa: ANN001
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def test_backup_change_restore_gives_the_backed_up_state(store, actor):
    receiving.create_donor(store, actor, "甲", DonorKind.INDIVIDUAL)
    saved = backup.take_backup(store, "test")
    assert saved.parent == store.sqlite_path.parent / "backups" and saved.name.endswith("-test.sqlite3")
    receiving.create_donor(store, actor, "乙", DonorKind.INDIVIDUAL)
    assert donors(store) == ["乙", "甲"]

    assert backup.restore(store.sqlite_path, saved) is None
    assert donors(store) == ["甲"]  # the open store reads the restored content
    assert integrity(store.sqlite_path) == "ok"
    before_restore = [b for b in backup.backups(store.sqlite_path) if b.reason == "before-restore"]
    assert len(before_restore) == 1  # the state just before the restore was kept
    copy = sqlite3.connect(before_restore[0].path)
    assert sorted(r[0] for r in copy.execute("SELECT name FROM donor")) == ["乙", "甲"]
    copy.close()
    receiving.create_donor(store, actor, "丙", DonorKind.INDIVIDUAL)  # and it goes on working
    assert donors(store) == ["丙", "甲"]


def test_after_a_restore_the_newest_good_backup_is_what_was_restored(store, actor, tmp_path):
    """A later damaged-store start offers the newest good backup: that must be the state the person chose,
    not the one they deliberately threw away ("before-restore")."""
    receiving.create_donor(store, actor, "甲", DonorKind.INDIVIDUAL)
    saved = tmp_path / "chosen.sqlite3"
    backup.write_copy(store, saved, check=True)
    receiving.create_donor(store, actor, "乙", DonorKind.INDIVIDUAL)  # to be thrown away
    backup.restore(store.sqlite_path, saved)
    newest = backup.newest_good_backup(store.sqlite_path)
    assert newest.reason == "after-restore"
    copy = sqlite3.connect(newest.path)
    assert sorted(r[0] for r in copy.execute("SELECT name FROM donor")) == ["甲"]
    copy.close()
    assert [b.reason for b in backup.backups(store.sqlite_path)] == ["after-restore", "before-restore"]


def test_a_restore_over_a_damaged_store_is_backed_up_too(drive_store, tmp_path):
    from tests.helpers.damaged import damage

    path = drive_store.sqlite_path
    saved = tmp_path / "chosen.sqlite3"
    backup.write_copy(drive_store, saved, check=True)
    drive_store.dispose()
    damage(path)
    assert backup.restore(path, saved) is not None  # moved aside
    assert [b.reason for b in backup.backups(path)] == ["after-restore"]
    assert integrity(backup.backups(path)[0].path) == "ok"


def test_a_backup_is_a_single_file_that_passes_the_check(store, actor):
    receiving.create_donor(store, actor, "甲", DonorKind.INDIVIDUAL)
    saved = backup.take_backup(store, "test")
    assert [p.name for p in saved.parent.iterdir()] == [saved.name]
    assert backup.check_backup(saved, {store.head_revision()}) == store.head_revision()


def test_backups_are_taken_only_after_writes(store, actor):
    assert backup.backup_if_written(store, "timer") is None
    receiving.create_donor(store, actor, "甲", DonorKind.INDIVIDUAL)
    assert backup.backup_if_written(store, "timer") is not None
    assert backup.backup_if_written(store, "quit") is None  # nothing written since


def test_restore_refuses_a_damaged_backup_and_a_newer_schema(store, actor, tmp_path):
    receiving.create_donor(store, actor, "甲", DonorKind.INDIVIDUAL)
    saved = backup.take_backup(store, "test")

    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(saved.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999future'")
    with pytest.raises(StoreUnavailable, match="newer BQW Desktop"):
        backup.restore(store.sqlite_path, newer)

    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(saved.read_bytes())
    data[len(data) // 2:len(data) // 2 + 8192] = b"\xa5" * 8192
    damaged.write_bytes(bytes(data))
    with pytest.raises(StoreUnavailable, match="cannot be used"):
        backup.restore(store.sqlite_path, damaged)

    not_a_store = tmp_path / "notes.txt"
    not_a_store.write_text("hello")
    with pytest.raises(StoreUnavailable):
        backup.restore(store.sqlite_path, not_a_store)
    assert donors(store) == ["甲"]  # nothing replaced


def test_rotation_keeps_the_last_ten_and_one_per_day_for_thirty_days(tmp_path):
    database = tmp_path / "bqw.sqlite3"
    folder = backup.backup_folder(database)
    folder.mkdir()
    now = datetime(2026, 12, 1, 18, 0)
    taken = [now - timedelta(minutes=10 * i) for i in range(15)]  # 15 today, newest first
    taken += [now - timedelta(days=d, hours=h) for d in range(1, 40) for h in (1, 5)]  # two a day before
    for when in taken:
        (folder / f"bqw-{when.strftime('%Y%m%d-%H%M%S-%f')}-timer.sqlite3").touch()
    (folder / "other-20261201-170000-000000-timer.sqlite3").touch()  # another store's: not touched

    deleted = backup.rotate(database, now)

    kept = {b.taken_at for b in backup.backups(database)}
    assert kept == set(taken[:10]) | {now - timedelta(days=d, hours=1) for d in range(1, 30)}  # today + 29 days
    assert len(deleted) == len(taken) - len(kept)
    assert (folder / "other-20261201-170000-000000-timer.sqlite3").exists()
