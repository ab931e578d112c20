"""Backups of an SQLite store: taken online, kept in rotation, checked, and restored.

Backups are made with SQLite's online backup API (never a file copy, which could catch a half-written
transaction, and never a second handle on the store's files outside SQLite). They go to the folder
``backups`` beside the store file (for the default store: the user data folder's ``backups``), named
``STEM-YYYYmmdd-HHMMSS-ffffff-REASON.sqlite3`` in local time. Rotation keeps the newest
:data:`KEEP_LAST` and, for each of the last :data:`KEEP_DAYS` days, the newest of that day.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .. import paths
from ..domain.errors import QT_TRANSLATE_NOOP
from .database import (BUSY_TIMEOUT_MS, SQLITE_SIDE_FILES, Store, StoreFull, StoreUnavailable, full_is_named,
                       known_revisions, sqlite_files)

log = logging.getLogger(__name__)

KEEP_LAST = 10
KEEP_DAYS = 30
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[\w.-]+)\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    """One backup file of a store, and when it was taken (local time, from its name)."""

    path: Path
    taken_at: datetime
    reason: str


def backup_folder(database: Path) -> Path:
    """Where the backups of the store file ``database`` are kept (see the module docstring)."""
    return paths.backup_dir(database)


def take_backup(store: Store, reason: str, now: datetime | None = None) -> Path:
    """Back up ``store`` into its backup folder, then rotate that folder.

    :param reason: a word for the file name: ``quit``, ``timer``, ``before-REV``, ``before-restore``.
    :returns: the backup file.
    :raises StoreUnavailable: the store is not an SQLite file.
    """
    database = sqlite_file(store)
    folder = backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    now = now or datetime.now()
    target = folder / f"{database.stem}-{now.strftime(_STAMP)}-{reason}.sqlite3"
    writes = store.writes  # before the copy: a write during it is left for the next backup
    write_copy(store, target)
    rotate(database, now)
    store.backed_up_writes = writes
    return target


def backup_if_written(store: Store, reason: str) -> Path | None:
    """Back up an SQLite ``store`` when this process wrote to it since its last backup (timer, quit).

    :returns: the backup file, or ``None`` when nothing was written or the store is not SQLite.
    """
    if store.sqlite_path is None or store.locks_lost or store.writes == store.backed_up_writes:
        return None  # with its locks lost, this process's view of the store is not to be trusted
    return take_backup(store, reason)


def write_copy(store: Store, target: Path, *, check: bool = False) -> None:
    """A consistent copy of ``store`` at ``target``, a single file (rollback journal, no -wal): written
    beside it, then renamed into place, so a failure leaves no half copy under the final name.

    :param check: run :func:`check_backup` on the copy before it takes the final name.
    :raises StoreUnavailable: the store is not an SQLite file; with ``check``, the copy fails the check.
    :raises StoreFull: the disk holding ``target`` is full.
    :raises OSError: ``target``'s folder cannot be written (named ``target``).
    """
    sqlite_file(store)
    part = target.with_name(target.name + ".part")
    try:
        try:
            part.touch()  # a folder that cannot be written is named here, not as SQLite's "unable to open"
        except OSError as error:
            raise OSError(error.errno, error.strerror, str(target)) from error
        store.backup_to(part)
        if check:
            check_backup(part, known_revisions())
        os.replace(part, target)
    finally:
        for leftover in sqlite_files(part):
            leftover.unlink(missing_ok=True)


def backups(database: Path) -> list[Backup]:
    """The backups of the store file ``database``, newest first."""
    folder = backup_folder(database)
    found = []
    for file in folder.glob(f"{_glob_escape(database.stem)}-*.sqlite3") if folder.is_dir() else ():
        match = _NAME.match(file.name)
        if match and match["stem"] == database.stem:
            found.append(Backup(file, datetime.strptime(match["stamp"], _STAMP), match["reason"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate(database: Path, now: datetime) -> list[Path]:
    """Delete the backups of ``database`` that the rotation no longer keeps.

    Kept: the :data:`KEEP_LAST` newest, and the newest of each calendar day within the last
    :data:`KEEP_DAYS` days before ``now``.

    :returns: the deleted files.
    """
    found = backups(database)
    keep = {b.path for b in found[:KEEP_LAST]}
    days: set[object] = set()
    for b in found:  # newest first: the first seen of a day is its newest
        if b.taken_at.date() not in days and now - b.taken_at <= timedelta(days=KEEP_DAYS):
            days.add(b.taken_at.date())
            keep.add(b.path)
    deleted = [b.path for b in found if b.path not in keep]
    for file in deleted:
        file.unlink()
    return deleted


def check_backup(file: Path, known: set[str]) -> str:
    """Check a backup file before it replaces a store.

    :returns: its schema revision.
    :raises StoreUnavailable: missing, not SQLite, failing ``PRAGMA integrity_check``, not a BQW store,
        or a schema revision this program does not know (made by a newer version).
    """
    if not file.is_file():
        raise StoreUnavailable(QT_TRANSLATE_NOOP("domain", "There is no backup file {path}."), path=str(file))
    try:
        connection = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check(3)")]
            tables = {n for (n,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = (connection.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0] \
                if "alembic_version" in tables else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StoreUnavailable(QT_TRANSLATE_NOOP("domain", "The backup {path} cannot be used: {problem}."),
                               path=str(file), problem=str(error)) from None
    if problems != ["ok"]:
        raise StoreUnavailable(QT_TRANSLATE_NOOP("domain", "The backup {path} cannot be used: {problem}."),
                               path=str(file), problem="; ".join(problems))
    if revision is None:
        raise StoreUnavailable(QT_TRANSLATE_NOOP("domain", "{path} is not a BQW store."), path=str(file))
    if revision not in known:
        raise StoreUnavailable(QT_TRANSLATE_NOOP(
            "domain", "The backup {path} was made by a newer BQW Desktop (schema {revision})."),
            path=str(file), revision=revision)
    return revision


def newest_good_backup(database: Path) -> Backup | None:
    """The newest backup of ``database`` that passes :func:`check_backup`, or ``None``."""
    known = known_revisions()
    for candidate in backups(database):
        try:
            check_backup(candidate.path, known)
        except StoreUnavailable as error:
            log.warning("backup skipped: %s", error)
            continue
        return candidate
    return None


def restore(database: Path, source: Path) -> Path | None:
    """Replace the content of the store file ``database`` by the backup ``source``.

    ``source`` is checked first (:func:`check_backup`). A healthy store is backed up (reason
    ``before-restore``) and then overwritten page by page through SQLite's backup API, so no handle
    outside SQLite opens it and other stations see the restored content at their next read. A damaged,
    empty or foreign file is not opened at all: it is renamed with its -wal and -shm to
    ``NAME.damaged-STAMP…`` (kept for inspection) and the backup copied in its place. The restored store
    is then opened (:func:`~.database.open_store` upgrades an older schema) and backed up (reason
    ``after-restore``), so that the newest backup is what was restored, not what it replaced.

    :returns: where the damaged file was moved, or ``None`` when the store was healthy or missing.
    :raises StoreUnavailable: ``source`` is unusable (see :func:`check_backup`); ``database``'s folder is
        missing, or ``database`` is a folder.
    :raises StoreFull: the disk is full; the store is as it was.
    """
    from .database import check_file, check_location, open_store

    check_location(database)
    check_backup(source, known_revisions())
    moved = None
    if database.exists():
        try:
            check_file(database)
        except StoreUnavailable:
            moved = _move_aside(database)
    if database.exists():
        current = open_store(f"sqlite:///{database}")
        try:
            take_backup(current, "before-restore")
            _copy_into(source, database)
        finally:
            current.dispose()
    else:
        _copy_into(source, database)
    restored = open_store(f"sqlite:///{database}")
    try:
        take_backup(restored, "after-restore")
    except (OSError, sqlite3.Error, StoreFull):  # the restore is done; only its safety copy is missing
        log.exception("the backup after restoring %s from %s failed", database, source)
    finally:
        restored.dispose()
    return moved


def _copy_into(source: Path, database: Path) -> None:
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        with full_is_named(database):
            reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def _move_aside(database: Path) -> Path:
    stamp = datetime.now().strftime(_STAMP)
    target = database.with_name(f"{database.name}.damaged-{stamp}")
    for suffix in ("", *SQLITE_SIDE_FILES):
        file = database.with_name(database.name + suffix)
        if file.exists():
            file.rename(target.with_name(target.name + suffix))
    log.warning("moved the damaged store %s to %s", database, target)
    return target


def sqlite_file(store: Store) -> Path:
    """The store's SQLite file.

    :raises StoreUnavailable: the store is not an SQLite file (PostgreSQL has its own backup tools).
    """
    if store.sqlite_path is None:
        raise StoreUnavailable(QT_TRANSLATE_NOOP("domain", "Backups are made of SQLite stores only; back up "
                                                           "{url} with its server's tools."),
                               url=store.url.render_as_string(hide_password=True))
    return store.sqlite_path


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)
