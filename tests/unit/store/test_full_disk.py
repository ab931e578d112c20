"""A full disk (SQLITE_FULL, "database or disk is full") is the person's problem, said as such: nothing was
saved, the store is as it was, and writing works again once there is room."""

from __future__ import annotations

import pytest

from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import drive, overview, receiving
from bqw_desktop.store import backup
from bqw_desktop.store.database import StoreFull, open_store
from tests.helpers.fulldisk import full_disk


def test_a_write_on_a_full_disk_saves_nothing_and_says_the_disk_is_full(store, actor):
    receiving.create_donor(store, actor, "甲", DonorKind.INDIVIDUAL)
    store.engine.dispose()
    with full_disk(store.sqlite_path), pytest.raises(StoreFull) as refused:
        drive.load_drive(store, actor)  # 1,896 item sets: many more pages than the file has
    store.engine.dispose()
    assert refused.value.path == store.sqlite_path
    assert str(refused.value) == (f"The disk holding {store.sqlite_path} is full: nothing was saved. "
                                  "Free some space, then try again.")
    assert overview.pipeline(store).cartons == 0  # rolled back whole
    assert drive.load_drive(store, actor).loaded  # room again: it works
    assert [d.name for d in receiving.find_donors(store, "甲")] == ["甲"]


def test_a_backup_onto_a_full_disk_leaves_no_file(drive_store):
    folder = backup.backup_folder(drive_store.sqlite_path)
    folder.mkdir()
    target = folder / "copy.sqlite3"
    with full_disk(target.with_name("copy.sqlite3.part")), pytest.raises(StoreFull, match="is full"):
        backup.write_copy(drive_store, target)
    assert list(folder.iterdir()) == []


def test_a_restore_onto_a_full_disk_keeps_the_store(drive_store, actor, tmp_path):
    saved = tmp_path / "drive.sqlite3"
    backup.write_copy(drive_store, saved, check=True)
    path = tmp_path / "small.sqlite3"
    small = open_store(f"sqlite:///{path}")
    receiving.create_donor(small, actor, "甲", DonorKind.INDIVIDUAL)
    small.dispose()
    with full_disk(path), pytest.raises(StoreFull, match="is full"):
        backup.restore(path, saved)
    small = open_store(f"sqlite:///{path}")
    try:
        assert [d.name for d in receiving.find_donors(small, "")] == ["甲"] and overview.pipeline(small).cartons == 0
    finally:
        small.dispose()
