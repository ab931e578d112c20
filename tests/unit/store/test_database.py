import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from bqw_desktop.store.database import Store, database_url, open_store
from bqw_desktop.store.models import Base


def test_every_connection_gets_the_pragmas(store):
    with store.read() as session:
        pragma = lambda name: session.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 1  # NORMAL
        assert pragma("busy_timeout") == 10_000
        assert pragma("temp.auto_vacuum") == 1  # FULL


def test_write_sessions_take_the_write_lock_at_begin(store):
    other = sqlite3.connect(store.sqlite_path, timeout=0, isolation_level=None)
    with store.write() as session:
        session.execute(text("SELECT 1"))  # a read only: the lock must already be held
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # released at commit
    other.execute("ROLLBACK")
    other.close()


def test_a_write_on_a_given_connection_sees_its_temp_tables_and_takes_the_lock_only_at_begin(store):
    """Store.connection + Store.write(connection): TEMP tables filled outside the write lock (another
    station writes meanwhile), then used inside one BEGIN IMMEDIATE on the same connection."""
    other = sqlite3.connect(store.sqlite_path, timeout=0, isolation_level=None)
    with store.connection() as connection:
        connection.exec_driver_sql("CREATE TEMP TABLE staged (x)")
        connection.exec_driver_sql("INSERT INTO temp.staged VALUES (1), (2)")
        other.execute("BEGIN IMMEDIATE")  # staging took no lock on the store
        other.execute("ROLLBACK")
        with pytest.raises(ValueError, match="commit or roll back"):
            with store.write(connection):
                pass
        connection.commit()
        with store.write(connection) as session:
            assert session.connection().exec_driver_sql("SELECT sum(x) FROM temp.staged").scalar() == 3
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released at commit; the connection reads again, taking no lock
        assert connection.exec_driver_sql("SELECT count(*) FROM temp.staged").scalar() == 2
        connection.rollback()
        other.execute("ROLLBACK")
    other.close()


def test_read_sessions_do_not_block_writers(store):
    other = sqlite3.connect(store.sqlite_path, timeout=0, isolation_level=None)
    with store.read() as session:
        session.execute(text("SELECT count(*) FROM item_set")).scalar()
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    other.close()


def test_migration_from_an_empty_file_gives_the_models_schema(tmp_path):
    migrated = open_store(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    with migrated.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    assert migrated.current_revision() == migrated.head_revision()

    reference = create_engine(f"sqlite:///{tmp_path / 'ref.sqlite3'}")
    Base.metadata.create_all(reference)
    mine, theirs = inspect(migrated.engine), inspect(reference)
    assert set(mine.get_table_names()) - {"alembic_version"} == set(theirs.get_table_names())
    for table in theirs.get_table_names():
        columns = lambda i: {(c["name"], str(c["type"]), c["nullable"]) for c in i.get_columns(table)}  # noqa: E731
        assert columns(mine) == columns(theirs), table
        assert {tuple(u["column_names"]) for u in mine.get_unique_constraints(table)} == {
            tuple(u["column_names"]) for u in theirs.get_unique_constraints(table)}
        assert {i["name"] for i in mine.get_indexes(table)} == {i["name"] for i in theirs.get_indexes(table)}


def test_an_item_set_cannot_be_on_two_shipment_lines(drive_store, actor):
    from bqw_desktop.services import inspection, shipping

    inspection.inspect(drive_store, actor, "IS000001L", True)
    first = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    second = shipping.create_shipment(drive_store, actor, "D002", "LP2")
    shipping.pack(drive_store, actor, first.code, "IS000001L")
    with pytest.raises(IntegrityError), drive_store.write() as session:  # the rule holds in the database too
        session.execute(text(
            "INSERT INTO shipment_line (shipment_id, item_set_id, packed_at) "
            "SELECT s.id, i.id, '2021-09-01' FROM shipment s, item_set i WHERE s.code = :s AND i.code = 'IS000001L'"
        ), {"s": second.code})


def test_backup_is_a_consistent_copy(drive_store, tmp_path):
    target = tmp_path / "copy.sqlite3"
    drive_store.backup_to(target)
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT count(*) FROM item_set").fetchone() == (1896,)
    copy.close()


def test_an_older_database_is_backed_up_before_upgrading(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    old = open_store(f"sqlite:///{path}")
    with old.engine.begin() as connection:
        connection.execute(text("CREATE TABLE marker (x)"))
    head = old.head_revision()
    old.dispose()
    reopened = Store(f"sqlite:///{path}")
    monkeypatch.setattr(Store, "current_revision", lambda self: "0000older")
    monkeypatch.setattr(type(reopened), "head_revision", lambda self: head)
    monkeypatch.setattr("bqw_desktop.store.database.known_revisions", lambda: {"0000older", head})
    monkeypatch.setattr("alembic.command.upgrade", lambda *a, **k: None)
    backup = reopened.upgrade()
    assert backup is not None and backup.exists() and backup.name.endswith("-before-0000older.sqlite3")
    assert backup.parent == tmp_path / "backups"
    assert sqlite3.connect(backup).execute("SELECT name FROM sqlite_master WHERE name='marker'").fetchone()


def test_database_url_precedence(tmp_path):
    assert database_url(str(tmp_path / "a.db"), "postgresql://x/y") == f"sqlite:///{tmp_path / 'a.db'}"
    assert database_url(None, "postgresql://x/y") == "postgresql://x/y"
    assert database_url(None, None).startswith("sqlite:///") and database_url(None, None).endswith("bqw.sqlite3")


def test_times_are_kept_in_utc_and_come_back_aware(drive_store):
    from datetime import UTC, datetime, timedelta, timezone

    from sqlalchemy import select

    from bqw_desktop.store.models import InboundCarton

    with drive_store.read() as session:
        received = session.scalars(select(InboundCarton.received_at).order_by(InboundCarton.id)).first()
        stored = session.execute(text("SELECT received_at FROM inbound_carton ORDER BY id LIMIT 1")).scalar()
    # 2021-06-08 09:00 in Hangzhou is 01:00 UTC
    assert received == datetime(2021, 6, 8, 9, tzinfo=timezone(timedelta(hours=8)))
    assert received.tzinfo is UTC and stored.startswith("2021-06-08 01:00:00")
    with pytest.raises(Exception, match="naive"), drive_store.write() as session:
        session.add(InboundCarton(code="CT99999X", donor_id=1, received_at=datetime(2021, 1, 1)))


def test_four_stations_creating_one_store_at_once_all_open_it(tmp_path):
    """Alembic's SQLite default committed after each migration: a station that read the schema version
    between two of another's migrations ran the rest again ("duplicate column name"). The upgrade is one
    transaction now; four processes race on a new file several times and every one opens it."""
    for attempt in range(4):
        db = tmp_path / f"new-{attempt}.sqlite3"
        code = f"from bqw_desktop.store.database import open_store; open_store({f'sqlite:///{db}'!r})"
        stations = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
                    for _ in range(4)]
        results = [(p.wait(timeout=120), p.stderr.read()) for p in stations]
        assert [status for status, _ in results] == [0, 0, 0, 0], results
        assert open_store(f"sqlite:///{db}").current_revision() == open_store(f"sqlite:///{db}").head_revision()


def test_the_newest_revision_is_read_from_the_file_names_as_alembic_finds_it(store):
    from alembic.script import ScriptDirectory

    from bqw_desktop import paths
    from bqw_desktop.store.database import newest_revision

    assert newest_revision() == store.head_revision() == store.current_revision()
    for script in ScriptDirectory(str(paths.migrations_path())).walk_revisions():
        assert Path(script.path).name.startswith(f"{script.revision}_")  # the name says the revision
