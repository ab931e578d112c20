"""Which failures are the person's problem and which are our bugs (as qutebrowser's ``misc/sql.py`` tells
"known" SQLite errors from bugs).

The person's problem: a store another station keeps locked, a full disk, a read-only file or folder, a
damaged or unreadable store, a file they named that cannot be read or written, a printer that cannot be
started. :func:`user_error` turns each into a :class:`~..domain.errors.DomainError` whose message says
what to do; the window shows it translated, the command line in one line. Anything it does not know is
a bug: the window says "internal error" and logs the trace, the command line prints the trace.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, DomainError, FileUnusable
from .database import StoreBusy, StoreDamaged, StoreFull, StoreUnavailable


class StoreReadOnly(StoreUnavailable):
    """SQLITE_READONLY: the store's file, or the folder SQLite keeps its -wal and -shm files in, cannot be
    written. Nothing was saved.

    :ivar path: the store's file.
    """

    def __init__(self, path: Path | str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "domain", "The database {path} cannot be written (the file or its folder is read-only): nothing was "
                      "saved. Ask for the right to write there, then try again."), path=str(path))
        self.path = Path(path)


class StoreUnreadable(StoreUnavailable):
    """SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_PERM: the disk or the system refused the store's file.

    :ivar path: the store's file.
    """

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "domain", "The database {path} could not be opened or read ({problem}): check the disk and the "
                      "folder's permissions, then try again."), path=str(path), problem=problem)
        self.path = Path(path)


#: an ``OSError``'s errno → what to call it (terms: the window translates them)
_FILE_PROBLEMS = {
    errno.EACCES: QT_TRANSLATE_NOOP("term", "no permission"),
    errno.EPERM: QT_TRANSLATE_NOOP("term", "no permission"),
    errno.EROFS: QT_TRANSLATE_NOOP("term", "a read-only disk"),
    errno.ENOENT: QT_TRANSLATE_NOOP("term", "no such file or folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("term", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("term", "no such folder"),
    errno.EIO: QT_TRANSLATE_NOOP("term", "the disk could not be read or written"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("term", "No space left on device"),  # as the system says it
}


def sqlite_code(error: BaseException) -> int | None:
    """The primary SQLite result code of ``error`` (SQLAlchemy's wrapper or sqlite3's own), else ``None``."""
    orig = getattr(error, "orig", error)
    if not isinstance(orig, sqlite3.Error) or getattr(orig, "sqlite_errorcode", None) is None:
        return None
    return orig.sqlite_errorcode & 0xFF


def user_error(error: BaseException, store_path: Path | str | None = None, *,
               writing: bool = False) -> DomainError | None:
    """What to tell the person about ``error``, or ``None`` when it is a bug.

    :param store_path: the store's file, named in the messages about it (its URL where it has no file).
    :param writing: an ``OSError`` came from writing its file (a PDF, a copy), not from reading one.
    :returns: ``error`` itself when it is a :class:`DomainError`; a :class:`StoreBusy`, :class:`StoreFull`,
        :class:`StoreReadOnly`, :class:`StoreUnreadable` or :class:`StoreDamaged` for SQLite's "locked",
        "full", "read-only", "cannot open"/"disk I/O" and "malformed"/"not a database" (and a table or column
        the store lacks: a file another tool changed); a :class:`FileUnusable` for an ``OSError`` (naming its
        file, else ``store_path``); ``None`` for anything else.
    """
    if isinstance(error, DomainError):
        return error
    store = str(store_path or "")
    code = sqlite_code(error)
    if code is not None:
        message = str(getattr(error, "orig", error))
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return StoreBusy()
        if code == sqlite3.SQLITE_FULL:
            return StoreFull(store)
        if code == sqlite3.SQLITE_READONLY:
            return StoreReadOnly(store)
        if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_PERM):
            return StoreUnreadable(store, message)
        if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or (
                code == sqlite3.SQLITE_ERROR and message.startswith(("no such table", "no such column"))):
            return StoreDamaged(Path(store), message)
        return None
    path = getattr(error, "filename", None) or store
    if isinstance(error, OSError) and path:
        problem = _FILE_PROBLEMS.get(error.errno, error.strerror or type(error).__name__)
        return FileUnusable(str(path), problem, writing=writing)
    return None
