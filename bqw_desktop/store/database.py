"""Engine, sessions and schema upgrades.

SQLite connections get ``foreign_keys=ON``, WAL, ``synchronous=NORMAL`` and a busy timeout on every
connect. pysqlite's own lazy BEGIN is switched off so that we emit BEGIN ourselves: read sessions use
a plain (deferred) BEGIN, write sessions ``BEGIN IMMEDIATE``, which takes the write lock up front and so
avoids the read-then-upgrade "database is locked" failure between two stations (SQLAlchemy's pysqlite
recipe). Any other SQLAlchemy URL (PostgreSQL for several stations) is used as it is.

Nothing in this process but SQLite may open the store's files: closing any descriptor of a file drops
all of the process's POSIX locks on it, and another station may then checkpoint and delete the -wal
file this process still writes to (sqlite.org, "How To Corrupt An SQLite Database File", §2.2). Each
write transaction therefore checks that the database and -wal files are still the ones its connection
opened (:class:`StoreLocksLost`), and copies are made with SQLite's backup API only.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .. import paths
from ..domain.errors import QT_TRANSLATE_NOOP, DomainError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "bqw_write"
_FILES_KEY = "bqw_files"  # in a pool connection's info: the files its SQLite connection opened
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
VERSION_TABLE = "alembic_version"  # where Alembic keeps the store's schema revision
_NEW_FILE_GRACE_S = 2.0  # how long an empty store file may stay empty while another station creates it


class StoreUnavailable(DomainError):
    """The database cannot be used: a bad URL, a missing driver, a missing folder, not a database.

    The user's problem, not a bug: the message (translatable, context ``"domain"``) says what to fix.
    """


class StoreDamaged(StoreUnavailable):
    """The SQLite file fails SQLite's checks ("database disk image is malformed" and the like).

    :ivar path: the damaged file.
    """

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "domain", "The database {path} is damaged ({problem}): restore a backup."), path=str(path), problem=problem)
        self.path = path


class StoreNotADatabase(StoreUnavailable):
    """The store's file is empty or not SQLite at all (its header destroyed, or another kind of file).

    Like :class:`StoreDamaged`, a file that held this store may be restored from its backups.

    :ivar path: the file.
    """

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message, path=str(path))
        self.path = path


class StoreLocksLost(StoreUnavailable):
    """The store's files were replaced or deleted under this process's open connection.

    This happens when something else in the process opened and closed the database files (which drops
    SQLite's locks) and another station then deleted the -wal file. Writing on would be lost, so every
    further write of the process is refused until BQW Desktop is restarted.
    """

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "domain", "Another program opened the database file; to protect the data nothing more is saved. "
                      "Restart BQW Desktop."))


def sqlite_files(path: Path) -> list[Path]:
    """The database file and the files SQLite keeps beside it (-wal, -shm, -journal)."""
    return [path, *(path.with_name(path.name + suffix) for suffix in SQLITE_SIDE_FILES)]


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path`` by ``stat`` (which opens nothing), ``None`` when missing."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return info.st_dev, info.st_ino


def _wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


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


class StoreFull(DomainError):
    """The disk holding the store (or a copy being written) is full, SQLITE_FULL: the transaction was
    rolled back, nothing was written, and the person is told so, not shown an internal error.

    :ivar path: the file that could not grow.
    """

    def __init__(self, path: Path | str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "domain", "The disk holding {path} is full: nothing was saved. Free some space, then try again."),
            path=str(path))
        self.path = Path(path)


def is_full(error: BaseException) -> bool:
    """``error`` (SQLAlchemy's wrapper or sqlite3's own) is SQLITE_FULL, "database or disk is full"."""
    orig = getattr(error, "orig", error)
    return (isinstance(orig, sqlite3.OperationalError)
            and (getattr(orig, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_FULL)


@contextmanager
def full_is_named(path: Path | str) -> Iterator[None]:
    """SQLite's "database or disk is full" while writing ``path`` becomes :class:`StoreFull`."""
    try:
        yield
    except (DatabaseError, sqlite3.OperationalError) as error:
        if is_full(error):
            log.error("the disk is full: %s not written (%s)", path, error)
            raise StoreFull(path) from error
        raise


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
        path = None if engine.url.database in (None, "", ":memory:") else Path(engine.url.database)
        if path is not None:
            _use_wal(cursor)
        cursor.execute("PRAGMA synchronous=NORMAL")
        # before anything creates the connection's temporary database: a dropped TEMP table (a manifest
        # import's staged lines) then gives its pages back instead of keeping the temporary file's size
        cursor.execute("PRAGMA temp.auto_vacuum=FULL")
        if path is not None:
            cursor.execute("SELECT count(*) FROM sqlite_master")  # a read opens (creates) the -wal file
            _record.info[_FILES_KEY] = (_identity(path), _identity(_wal_path(path)))
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # noqa: ANN001 - SQLAlchemy Connection
        immediate = connection.get_execution_options().get(_WRITE_OPTION, False)
        _begin(connection, immediate)
        opened = connection.connection.info.get(_FILES_KEY)
        if immediate and opened is not None:
            # Holding the write lock, nobody may replace the files now; if they differ from what this
            # connection opened, its locks were lost earlier and its writes would go to a deleted file.
            path = Path(engine.url.database)
            if (_identity(path), _identity(_wal_path(path))) != opened:
                connection.exec_driver_sql("ROLLBACK")
                log.error("the files of %s changed under an open connection: writes refused", path)
                raise StoreLocksLost()


def known_revisions() -> set[str]:
    """Every schema revision this program's migrations (``database/``) know."""
    from alembic.script import ScriptDirectory  # Alembic only when the schema is not the newest

    return {script.revision for script in ScriptDirectory(str(paths.migrations_path())).walk_revisions()}


def newest_revision() -> str:
    """The newest schema revision, read from the migration files' names alone (``versions/0008_people.py``:
    ``0008``; Alembic names a file by its revision) without importing Alembic: a store already at it
    opens without it (~0.1 s at start-up). Revisions are numbered so that the newest sorts last."""
    return max(file.name.split("_", 1)[0] for file in (paths.migrations_path() / "versions").glob("*.py"))


class Store:
    """One database: an engine plus sessions for reading and for writing.

    :param url: any SQLAlchemy URL; ``sqlite:///PATH`` gets the pragmas above.
    """

    #: committed write transactions of this Store since it was opened (for backups "while writes happen")
    writes: int
    backed_up_writes: int

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.engine = create_engine(url)
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._write = sessionmaker(self._write_engine, expire_on_commit=False)
        self.writes = 0
        self.backed_up_writes = 0  # ``writes`` at the last backup (store.backup)
        self._locks_lost = False
        _open_stores.add(self)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def locks_lost(self) -> bool:
        """True once a write found the files changed under it (:class:`StoreLocksLost`)."""
        return self._locks_lost

    @property
    def sqlite_path(self) -> Path | None:
        """The database file for a file-based SQLite URL, else ``None``."""
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            return Path(self.url.database)
        return None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reads only; rolled back and closed at the end.

        :raises StoreDamaged: SQLite found the file malformed while reading.
        """
        with self._read() as session, self._damage_is_named():
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """One pooled connection, for work before and after a :meth:`write` on it that must not hold the
        write lock: on SQLite, rows staged in the connection's own TEMP tables (which take no lock on
        the store) are then copied in by one ``INSERT … SELECT`` inside the write (services.manifests).

        Each ``execute`` on it begins a read transaction (plain ``BEGIN``); commit it before the write.

        :raises StoreDamaged: SQLite found the file malformed.
        """
        with self._damage_is_named(), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def write(self, connection: Connection | None = None) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE`` on SQLite): committed on success, rolled back on error.

        :param connection: from :meth:`connection`, outside any transaction: the write runs on it (so it
            sees that connection's TEMP tables); by default on any connection of the pool.
        :raises StoreLocksLost: now or at any earlier write of this Store (see the class).
        :raises StoreDamaged: SQLite found the file malformed.
        :raises StoreFull: the disk is full (rolled back: nothing written).
        """
        if self._locks_lost:
            raise StoreLocksLost()
        if connection is not None and connection.in_transaction():
            raise ValueError("Store.write(connection): commit or roll back the connection's transaction first")
        try:
            with self._damage_is_named(), self._on(connection) as bind, self._write(bind=bind) as session, \
                    session.begin():
                yield session
        except StoreLocksLost:
            self._locks_lost = True
            raise
        self.writes += 1

    @contextmanager
    def _on(self, connection: Connection | None) -> Iterator[Engine | Connection]:
        """What a write session is bound to: the write engine, or ``connection`` switched to writing
        (``BEGIN IMMEDIATE``, see ``_on_begin``) for the one transaction and back to reading after it."""
        if connection is None:
            yield self._write_engine
            return
        connection.execution_options(**{_WRITE_OPTION: True})  # in place (SQLAlchemy 2)
        try:
            yield connection
        finally:
            connection.execution_options(**{_WRITE_OPTION: False})

    @contextmanager
    def _damage_is_named(self) -> Iterator[None]:
        """SQLite's "database disk image is malformed" (and "not a database") become :class:`StoreDamaged`,
        and "database or disk is full" :class:`StoreFull`: user errors naming the file, instead of an
        internal error."""
        try:
            yield
        except DatabaseError as error:
            if is_full(error):
                log.error("the disk is full: %s", error.orig or error)
                raise StoreFull(self.sqlite_path or self.url.render_as_string(hide_password=True)) from error
            problem = str(error.orig or error)
            if self.sqlite_path is not None and ("malformed" in problem or "not a database" in problem):
                raise StoreDamaged(self.sqlite_path, problem) from error
            raise

    def dispose(self) -> None:
        self.engine.dispose()
        _open_stores.discard(self)

    # --- schema -------------------------------------------------------------------------------

    def _alembic_config(self) -> Config:
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(paths.migrations_path()))
        # Migrations write: on SQLite they take the write lock first, then read the version, so a second
        # station starting at the same moment waits and then finds the schema already upgraded.
        config.attributes["engine"] = self.engine.execution_options(**{_WRITE_OPTION: True})
        return config

    def current_revision(self) -> str | None:
        """The schema revision the store is at (Alembic's version table); ``None`` for a new store."""
        with self.engine.connect() as connection:
            if not inspect(connection).has_table(VERSION_TABLE):
                return None
            return connection.scalar(text(f"SELECT version_num FROM {VERSION_TABLE}"))

    def head_revision(self) -> str | None:
        """The newest revision as Alembic finds it (imports Alembic; see :func:`newest_revision`)."""
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(self._alembic_config()).get_current_head()

    def upgrade(self) -> Path | None:
        """Bring the schema to the newest migration.

        An existing SQLite file that needs upgrading is first backed up into the backup folder
        (:mod:`.backup`, named ``…-before-REV``) with SQLite's online backup API (a plain file copy could
        catch a half-written transaction).

        :returns: the backup file, or ``None`` when nothing was backed up.
        :raises StoreUnavailable: the schema is newer than this program (unknown revision), or Alembic
            failed.
        """
        current = self.current_revision()
        if current is not None and current == newest_revision():  # the usual start: no Alembic needed
            return None
        from alembic import command
        from alembic.util import CommandError

        try:
            head = self.head_revision()
            if current == head:
                return None
            if current is not None and current not in known_revisions():
                raise StoreUnavailable(QT_TRANSLATE_NOOP(
                    "domain", "The database {path} was made by a newer BQW Desktop (schema {revision}): update "
                              "this program."), path=str(self.sqlite_path or self.url), revision=current)
            backup_file = None
            if self.sqlite_path is not None and current is not None:
                from . import backup  # backup builds on Store

                backup_file = backup.take_backup(self, f"before-{current}")
                log.info("backed up %s to %s before upgrading", self.sqlite_path, backup_file)
            command.upgrade(self._alembic_config(), "head")
        except CommandError as error:
            raise _not_opened(self, error) from None
        return backup_file

    def backup_to(self, target: Path) -> None:
        """Copy the live SQLite database to ``target`` (consistent snapshot via ``sqlite3.backup``), as a
        single file in rollback-journal mode.

        The source is opened by SQLite in this process, which shares its locks with the Store's own
        connections per file (so closing it keeps them); nothing else opens the store's files.

        :raises StoreFull: the disk holding ``target`` is full.
        """
        assert self.sqlite_path is not None
        source = sqlite3.connect(self.sqlite_path)
        destination = sqlite3.connect(target)
        try:
            with full_is_named(target):
                source.backup(destination)
                destination.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            destination.close()
            source.close()


_open_stores: weakref.WeakSet[Store] = weakref.WeakSet()


def files_in_use() -> set[Path]:
    """The SQLite files (with -wal, -shm, -journal) of every Store of this process not yet disposed:
    what file dialogs hide and nothing but SQLite may open."""
    return {file for store in list(_open_stores) if store.sqlite_path is not None
            for file in sqlite_files(store.sqlite_path)}


def check_file(path: Path) -> None:
    """Refuse an existing file that is not a healthy BQW store, before anything writes to it.

    Reads it with SQLite only (``PRAGMA quick_check``: every page's structure, in one pass).

    :raises StoreNotADatabase: an empty file, a file that is not SQLite.
    :raises StoreUnavailable: an SQLite file of another program.
    :raises StoreDamaged: SQLite finds it malformed.
    """
    deadline = time.monotonic() + _NEW_FILE_GRACE_S
    while path.stat().st_size == 0 and time.monotonic() < deadline:
        time.sleep(0.05)  # another station may have just created it and is writing its header
    if path.stat().st_size == 0:
        raise StoreNotADatabase(QT_TRANSLATE_NOOP("domain", "{path} is not a BQW store (empty file)."), path)
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise StoreNotADatabase(QT_TRANSLATE_NOOP("domain", "{path} is not a BQW store (not an SQLite database)."),
                                    path) from None
        if isinstance(error, sqlite3.OperationalError) and "malformed" not in str(error):
            raise  # locked, unreadable: not damage
        raise StoreDamaged(path, str(error)) from None
    if problems != ["ok"]:
        raise StoreDamaged(path, " ".join("; ".join(problems).split()))  # SQLite's report has line breaks: one line
    if tables and VERSION_TABLE not in tables:
        raise StoreUnavailable(QT_TRANSLATE_NOOP("domain", "{path} is not a BQW store (an SQLite database of "
                                                           "another program)."), path=str(path))


def check_location(path: Path, *, create_folder: bool = False) -> None:
    """Refuse a store file ``path`` whose folder is missing (made when ``create_folder``) or that is a folder.

    :raises StoreUnavailable: naming the folder.
    """
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.parent.is_dir():
        raise StoreUnavailable(QT_TRANSLATE_NOOP("domain", "The folder {folder} does not exist."),
                               folder=str(path.parent))
    if path.is_dir():
        raise StoreUnavailable(QT_TRANSLATE_NOOP("domain", "{path} is a folder, not a database file."),
                               path=str(path))


def _sqlite_file(url: str) -> Path | None:
    """The file of an SQLite ``url``; ``None`` for any other database, or a bad URL (:func:`open_store`
    says what is wrong with it)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def missing_store_file(url: str) -> Path | None:
    """The SQLite file ``url`` names when it does not exist yet (opening it would make a new, empty store);
    ``None`` when it exists, for any other database, or for a bad URL (:func:`open_store` says what is wrong)."""
    path = _sqlite_file(url)
    if path is None:
        return None
    path = path.expanduser()
    return None if path.exists() else path


_checks: dict[Path, Future[None]] = {}  # check_file_soon's checks, until open_store takes them


def check_file_soon(url: str) -> None:
    """Start :func:`check_file` of ``url``'s SQLite file, when there is one, in a thread now; the next
    :func:`open_store` of it takes that outcome instead of checking again. The window starts it before
    it imports Qt and its pages, which take about as long as checking a large store (0.2 s at 100× the
    drive); SQLite checks without holding Python's lock."""
    path = _sqlite_file(url)
    if path is None or not path.is_file() or path in _checks:
        return
    outcome: Future[None] = Future()

    def check() -> None:
        try:
            check_file(path)
        except BaseException as error:  # noqa: BLE001 - handed to open_store, which raises it
            outcome.set_exception(error)
        else:
            outcome.set_result(None)

    _checks[path] = outcome
    threading.Thread(target=check, name="store-check", daemon=True).start()


def open_store(url: str, *, create_folder: bool = False) -> Store:
    """Open the store at ``url`` and upgrade its schema (after a backup) if needed.

    A missing SQLite file is created (a new, empty store); its folder only when ``create_folder``
    (the default location), so a mistyped ``--db`` folder is refused instead of starting afresh. An
    existing file is checked first (:func:`check_file`).

    :raises StoreUnavailable: see the class; :class:`StoreDamaged` for a damaged file.
    :raises StoreFull: the disk is full (a schema upgrade, or its backup, could not be written).
    """
    try:
        store = Store(url)
    except ArgumentError as error:
        raise StoreUnavailable(QT_TRANSLATE_NOOP("domain", "“{url}” is not a database URL ({error})."),
                               url=url, error=str(error)) from None
    except (ModuleNotFoundError, NoSuchModuleError) as error:
        raise StoreUnavailable(QT_TRANSLATE_NOOP(
            "domain", "No database driver for {scheme} ({error}); for PostgreSQL install bqw-desktop[postgresql]."),
            scheme=url.split(":", 1)[0], error=str(error)) from None
    path = store.sqlite_path
    try:
        if path is not None:
            check_location(path, create_folder=create_folder)
            if path.exists():
                started = _checks.pop(path, None)
                if started is not None:
                    started.result()  # raises what check_file raised
                else:
                    check_file(path)
        with full_is_named(path or store.url.render_as_string(hide_password=True)):
            store.upgrade()
    except (StoreUnavailable, StoreFull):
        store.dispose()
        raise
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as error:
        store.dispose()
        raise _not_opened(store, error) from None
    return store


def _not_opened(store: Store, error: Exception) -> StoreUnavailable:
    """The database error (or Alembic's) that kept ``store`` from opening, as the person is told it: what
    :func:`.errors.user_error` knows (read-only, unreadable, locked) in its words, naming the file."""
    from .errors import user_error  # errors builds on this module

    known = user_error(error, store.sqlite_path or store.url.render_as_string(hide_password=True))
    if isinstance(known, StoreUnavailable):
        return known
    return StoreUnavailable(QT_TRANSLATE_NOOP("domain", "The database {url} could not be opened: {error}"),
                            url=store.url.render_as_string(hide_password=True),
                            error=str(getattr(error, "orig", None) or error))
