"""The guard of fault 1 (issue 9): writes stop when the store's files changed under an open connection."""

from __future__ import annotations

import pytest

from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import receiving
from bqw_desktop.store.database import StoreLocksLost, files_in_use, open_store
from tests.helpers.stations import donors_and_integrity, replace_wal_file, second_station_adds_donor


def test_writes_are_refused_once_the_wal_file_was_replaced(store, actor):
    receiving.create_donor(store, actor, "甲", DonorKind.INDIVIDUAL)
    replace_wal_file(store.sqlite_path)
    with pytest.raises(StoreLocksLost, match="Restart BQW Desktop"):
        receiving.create_donor(store, actor, "乙", DonorKind.INDIVIDUAL)
    with pytest.raises(StoreLocksLost):  # every further write, whatever connection it gets
        receiving.create_donor(store, actor, "丙", DonorKind.INDIVIDUAL)
    assert store.locks_lost
    assert [d.name for d in receiving.find_donors(store, "")] == ["甲"]


def test_a_backup_in_the_process_keeps_the_locks(tmp_path, actor):
    """Store.backup_to opens the file with SQLite in this process, which shares its locks with the Store's
    connections: after it, a second station that exits must not delete the -wal file under us."""
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    store = open_store(url)
    try:
        receiving.create_donor(store, actor, "甲", DonorKind.INDIVIDUAL)
        store.backup_to(tmp_path / "copy.sqlite3")
        second_station_adds_donor(url, "乙")
        receiving.create_donor(store, actor, "丙", DonorKind.INDIVIDUAL)
        assert donors_and_integrity(tmp_path / "x.sqlite") == (sorted(["甲", "乙", "丙"]), "ok")
    finally:
        store.dispose()


def test_open_stores_files_are_known_until_disposed(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    names = {p.name for p in files_in_use()}
    assert {"x.db", "x.db-wal", "x.db-shm", "x.db-journal"} <= names
    store.dispose()
    assert not {p for p in files_in_use() if p.parent == tmp_path}
