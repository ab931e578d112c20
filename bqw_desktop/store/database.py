"""Engine, sessions and schema upgrades.

SQLite connections get ``foreign_keys=ON``, WAL, ``synchronous=NORMAL`` and a busy timeout on every
connect. pysqlite's own lazy BEGIN is switched off so that we emit BEGIN ourselves: read sessions use
a plain (deferred) BEGIN, write sessions ``BEGIN IMMEDIATE``, which takes the write lock up front and so
avoids the read-then-upgrade "database is locked" failure between two stations (SQLAlchemy's pysqlite
recipe). Any other SQLAlchemy URL (PostgreSQL for several stations) is used as it is.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .. import paths
from ..domain.errors import QT_TRANSLATE_NOOP, DomainError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "bqw_write"


def database_url(db_path: str | None = None, env_url: str | None = None) -> str:
    """The SQLAlchemy URL to use: ``--db PATH`` wins, then ``BQW_DATABASE_URL``, then the default file."""
    if db_path:
        return f"sqlite:///{Path(db_path).expanduser().resolve()}"
    if env_url:
        return env_url
    return f"sqlite:///{paths.default_database_path()}"


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Switch the file to WAL (a lasting setting). SQLite does not wait on its busy handler for this
    switch, so two stations opening a new file at the same moment retry here instead of failing."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


BUSY_TRIES = 3  # write BEGINs, each waiting up to BUSY_TIMEOUT_MS


class StoreBusy(DomainError):
    """Another station held the write lock through every try of :func:`_begin`: nothing was
    written, and the person is told so and asked to try again (issue 9, fault 6)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("domain", "Another station is saving — try again."))


def is_locked(error: BaseException) -> bool:
    """``error`` (SQLAlchemy's wrapper or sqlite3's own) is SQLITE_BUSY, "database is locked"."""
    orig = getattr(error, "orig", error)
    return (isinstance(orig, sqlite3.OperationalError)
            and (getattr(orig, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_BUSY)  # BUSY_SNAPSHOT too


def _begin(connection, immediate: bool) -> None:  # noqa: ANN001 - SQLAlchemy Connection
    """``BEGIN`` for a read; for a write ``BEGIN IMMEDIATE``, tried ``BUSY_TRIES`` times: each try waits up
    to the busy timeout for the station that holds the lock (a long import, a backup). A failed BEGIN
    leaves no transaction open.

    :raises StoreBusy: still locked after the last try.
    """
    if not immediate:
        connection.exec_driver_sql("BEGIN")
        return
    for attempt in range(1, BUSY_TRIES + 1):
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as error:
            if not is_locked(error):
                raise
            log.warning("the store is locked by another station (try %d of %d)", attempt, BUSY_TRIES)
    raise StoreBusy()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see module docstring
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if engine.url.database not in (None, "", ":memory:"):
            _use_wal(cursor)
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # noqa: ANN001 - SQLAlchemy Connection
        immediate = connection.get_execution_options().get(_WRITE_OPTION, False)
        _begin(connection, immediate)


class Store:
    """One database: an engine plus sessions for reading and for writing.

    :param url: any SQLAlchemy URL; ``sqlite:///PATH`` gets the pragmas above.
    """

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.engine = create_engine(url)
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        """The database file for a file-based SQLite URL, else ``None``."""
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            return Path(self.url.database)
        return None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reads only; rolled back and closed at the end."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE`` on SQLite): committed on success, rolled back on error."""
        with self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

    # --- schema -------------------------------------------------------------------------------

    def _alembic_config(self) -> Config:
        config = Config()
        config.set_main_option("script_location", str(paths.migrations_path()))
        # Migrations write: on SQLite they take the write lock first, then read the version, so a second
        # station starting at the same moment waits and then finds the schema already upgraded.
        config.attributes["engine"] = self.engine.execution_options(**{_WRITE_OPTION: True})
        return config

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def head_revision(self) -> str | None:
        return ScriptDirectory.from_config(self._alembic_config()).get_current_head()

    def upgrade(self) -> Path | None:
        """Bring the schema to the newest migration.

        An existing SQLite file that needs upgrading is first copied to
        ``NAME.backup-YYYYmmdd-HHMMSS-REV.sqlite3`` beside it with SQLite's online backup API (a
        plain file copy could catch a half-written transaction).

        :returns: the backup file, or ``None`` when nothing was backed up.
        """
        current, head = self.current_revision(), self.head_revision()
        if current == head:
            return None
        backup = None
        path = self.sqlite_path
        if path is not None and current is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = path.with_name(f"{path.stem}.backup-{stamp}-{current}{path.suffix}")
            self.backup_to(backup)
            log.info("backed up %s to %s before upgrading", path, backup)
        command.upgrade(self._alembic_config(), "head")
        return backup

    def backup_to(self, target: Path) -> None:
        """Copy the live SQLite database to ``target`` (consistent snapshot via ``sqlite3.backup``)."""
        assert self.sqlite_path is not None
        source = sqlite3.connect(self.sqlite_path)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
            source.close()


class StoreUnavailable(Exception):
    """The database cannot be used: a bad URL, a missing driver, a missing folder, not a database.

    The user's problem, not a bug: the message says what to fix.
    """


def open_store(url: str, *, create_folder: bool = False) -> Store:
    """Open the store at ``url`` and upgrade its schema (after a backup) if needed.

    A missing SQLite file is created (a new, empty store); its folder only when ``create_folder``
    (the default location), so a mistyped ``--db`` folder is refused instead of starting afresh.

    :raises StoreUnavailable: see the class.
    """
    try:
        store = Store(url)
    except ArgumentError as error:
        raise StoreUnavailable(f"“{url}” is not a database URL ({error})") from None
    except (ModuleNotFoundError, NoSuchModuleError) as error:
        raise StoreUnavailable(
            f"no database driver for {url.split(':', 1)[0]} ({error}); for PostgreSQL install "
            "bqw-desktop[postgresql]"
        ) from None
    path = store.sqlite_path
    if path is not None:
        if create_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.parent.is_dir():
            raise StoreUnavailable(f"the folder {path.parent} does not exist")
        if path.is_dir():
            raise StoreUnavailable(f"{path} is a folder, not a database file")
    try:
        store.upgrade()
    except (OperationalError, DatabaseError) as error:
        store.dispose()
        raise StoreUnavailable(f"{store.url.render_as_string(hide_password=True)}: {error.orig or error}") from None
    return store
