"""A full disk for SQLite: ``PRAGMA max_page_count`` set to a file's current size on every connection that
opens it (SQLAlchemy's through an engine connect hook, the backup API's through ``sqlite3.connect``), so
that SQLite answers a write that needs one more page with SQLITE_FULL, "database or disk is full", as
on a full disk. Real files and real SQLite: nothing of the database is mocked."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event


@contextmanager
def full_disk(*files: Path) -> Iterator[None]:
    """While inside, connections opened to ``files`` cannot make them grow. Connections a pool opened
    before are not limited: ``engine.dispose()`` a Store first (and after, to drop the limited ones)."""
    names = {str(Path(f).resolve()) for f in files}

    def limit(connection: sqlite3.Connection, _record: object = None) -> None:
        file = connection.execute("PRAGMA database_list").fetchone()[2]
        if file and str(Path(file).resolve()) in names:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count={max(pages, 1)}")

    real_connect = sqlite3.connect

    def connect(*args, **kwargs) -> sqlite3.Connection:  # noqa: ANN002, ANN003 - sqlite3.connect's
        connection = real_connect(*args, **kwargs)
        limit(connection)
        return connection

    event.listen(Engine, "connect", limit)
    sqlite3.connect = connect
    try:
        yield
    finally:
        sqlite3.connect = real_connect
        event.remove(Engine, "connect", limit)
