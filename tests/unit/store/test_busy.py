"""A store another station keeps locked (issue 9, fault 6): retried, then the person is told to try
again — a domain error, never "database is locked" as an internal error; nothing is half written."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from bqw_desktop.domain.lifecycle import ItemSetStatus
from bqw_desktop.services import inspection
from bqw_desktop.queries import item_sets
from bqw_desktop.store import database
from bqw_desktop.store.database import StoreBusy
from bqw_desktop.store.models import Event
from tests.helpers.locking import write_lock_held_by_another_process


def test_a_store_locked_through_every_retry_asks_the_person_to_try_again(drive_store, actor, monkeypatch, caplog):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    drive_store.engine.dispose()  # new connections take the short busy timeout
    with drive_store.read() as session:
        events = session.scalar(select(func.count()).select_from(Event))
    with write_lock_held_by_another_process(drive_store.sqlite_path), caplog.at_level(logging.WARNING):
        with pytest.raises(StoreBusy) as busy:
            inspection.inspect(drive_store, actor, "IS000001L", True)
        assert item_sets.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.RECEIVED  # reads go on
    assert str(busy.value) == "Another station is saving — try again."
    assert [r.getMessage() for r in caplog.records if r.name == database.__name__] == [
        f"the store is locked by another station (try {n} of {database.BUSY_TRIES})"
        for n in range(1, database.BUSY_TRIES + 1)]
    with drive_store.read() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == events
    # the lock gone, the same connections write again
    assert inspection.inspect(drive_store, actor, "IS000001L", True).status is ItemSetStatus.PASSED


def test_only_sqlite_s_busy_is_taken_for_a_locked_store(tmp_path):
    import sqlite3

    first = sqlite3.connect(tmp_path / "busy.sqlite3", isolation_level=None)
    second = sqlite3.connect(tmp_path / "busy.sqlite3", timeout=0, isolation_level=None)
    first.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError) as busy:
        second.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError) as other:
        second.execute("SELECT no_such_column")
    assert database.is_locked(busy.value)
    assert not database.is_locked(other.value)
    assert not database.is_locked(ValueError("database is locked"))
