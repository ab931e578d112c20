"""Has the store changed since we last looked? A cheap question a window asks every second, so that
pages re-read the store only when something was written (by this station or another).

SQLite: ``PRAGMA data_version`` changes when *another* connection commits. It is per connection and
blind to the asking connection's own writes, so the watch keeps one connection of its own that never
writes: every commit elsewhere — this process's other sessions, other stations' processes — shows.
Other databases (PostgreSQL): the newest audit event's id (every service write is audited, and the
primary key index answers ``max(id)`` at once).
"""

from __future__ import annotations

from sqlalchemy import func, select

from ..store.database import Store
from ..store.models import Event


class ChangeWatch:
    """:meth:`changed` is True when the store was written since the previous call (or since created).

    Holds one database connection until :meth:`close`. Use it from one thread only.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._connection = store.engine.raw_connection() if store.is_sqlite else None
        self._seen = self._version()

    def _version(self) -> int:
        if self._connection is not None:
            cursor = self._connection.cursor()
            try:
                return cursor.execute("PRAGMA data_version").fetchone()[0]
            finally:
                cursor.close()
        with self._store.read() as session:
            return session.scalar(select(func.coalesce(func.max(Event.id), 0)))

    def changed(self) -> bool:
        """Whether anything was committed since the last call; a few microseconds on SQLite."""
        version = self._version()
        if version == self._seen:
            return False
        self._seen = version
        return True

    def close(self) -> None:
        """Give the connection back (the window closes)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
