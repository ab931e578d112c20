"""Importing a receipt's expected manifest (清单) from CSV or XLSX, or typing it: all-or-nothing.

Parsing and every row check are in domain.manifest (cases C08, C09); this module reads the file,
and stores the lines in one audited transaction only when no row is bad.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..domain.roles import Permission
from ..domain.catalogue import Category
from ..domain.errors import QT_TRANSLATE_NOOP, DomainError
from ..domain.manifest import ManifestFormatError, ManifestLine, ManifestPreview, parse_manifest, parse_rows
from ..store.database import Store
from ..store.models import ManifestItem
from . import audit
from .access import requires
from .context import Actor
from .receiving import load_receipt

log = logging.getLogger(__name__)


class ManifestRefused(DomainError):
    """The manifest has bad rows, so nothing was stored; ``preview`` lists them all."""

    def __init__(self, preview: ManifestPreview) -> None:
        first = preview.errors[0]
        super().__init__(
            QT_TRANSLATE_NOOP("domain", "Nothing imported: {count} row(s) are wrong, the first is row {row}: {reason}"),
            count=len(preview.errors), row=first.row, reason=str(first.error),
        )
        self.preview = preview


@dataclass(frozen=True)
class ImportResult:
    receipt_id: int
    lines: int
    item_sets: int
    source: str


def preview_file(path: str | os.PathLike) -> ManifestPreview:
    """Read and check a manifest file without storing anything (what the import dialog shows).

    :raises ManifestEncodingError: / :raises ManifestFormatError: see domain.manifest.parse_manifest;
        also a folder, or a file that cannot be read.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise ManifestFormatError(
            QT_TRANSLATE_NOOP("domain", "“{name}” is a folder, not a manifest file."), name=path.name) from None
    except OSError as error:  # missing, no permission, an unreadable disk
        raise ManifestFormatError(
            QT_TRANSLATE_NOOP("domain", "“{name}” cannot be read: {reason}."), name=path.name,
            reason=error.strerror or type(error).__name__) from None
    return parse_manifest(data, path.name)


@requires(Permission.RECEIVE)
def import_manifest(store: Store, actor: Actor, receipt_id: int, path: str | os.PathLike) -> ImportResult:
    """Import a manifest file into a receipt, replacing any earlier manifest; all-or-nothing.

    :raises ManifestRefused: one or more bad rows (nothing stored; ``.preview`` lists every one).
    :raises ManifestEncodingError: / :raises ManifestFormatError: the file cannot be read as a manifest.
    :raises NotFound: no such receipt.
    """
    path = Path(path)
    return store_preview(store, actor, receipt_id, preview_file(path), path.name)


@requires(Permission.RECEIVE)
def store_preview(store: Store, actor: Actor, receipt_id: int, preview: ManifestPreview, source: str) -> ImportResult:
    """Store a checked preview's lines (see :func:`import_manifest`).

    Every other station waits while this holds the write lock (issue 9, fault 6), so as little as
    possible happens inside it. On SQLite the rows are first staged, outside the lock, in a TEMP
    table of the connection the write then runs on (TEMP tables live in that connection's own
    temporary database, which takes no lock on the store); inside the lock one ``INSERT … SELECT``
    copies them in SQLite's C code, with no Python per row. The delete, the copy, the source and the
    audit record are one transaction as before: a process killed before the COMMIT leaves the old
    manifest, and the operating system removes its temporary database file (SQLite unlinks it on
    Unix as soon as it is opened, and opens it delete-on-close on Windows). Other databases
    (PostgreSQL) get one executemany of rows prepared before the lock. bench/manifest.py, 100,000
    lines: the lock is held about half as long as by the executemany (figures there).
    """
    if preview.errors:
        raise ManifestRefused(preview)
    store_lines = _store_staged if store.is_sqlite else _store_executemany
    store_lines(store, actor, receipt_id, preview.lines, source)
    return ImportResult(receipt_id, len(preview.lines), preview.item_sets, source)


def _store_executemany(store: Store, actor: Actor, receipt_id: int, lines: list[ManifestLine], source: str) -> None:
    """:func:`store_preview` on any database: one executemany of rows prepared before the lock."""
    statement, parameters = _insert_lines(store, receipt_id, lines)
    with store.write() as session:
        _replace(session, actor, receipt_id, source, len(parameters))
        if parameters:
            session.connection().exec_driver_sql(statement, parameters)


def _replace(session: Session, actor: Actor, receipt_id: int, source: str, lines: int) -> int:
    """Inside the write: delete the receipt's old lines, name the new source, audit; the number deleted."""
    receipt = load_receipt(session, receipt_id)
    replaced = session.execute(delete(ManifestItem).where(ManifestItem.receipt_id == receipt_id)).rowcount or 0
    receipt.manifest_source = source[:200]
    audit.record(session, actor, "set_manifest", "receipt", str(receipt.id), str(replaced), str(lines), source[:200])
    return replaced


_STAGE = "bqw_manifest_stage"  # a TEMP table, private to one connection
_STAGED = ("row", "carton_ref", "category", "description", "gtin", "size", "quantity", "pieces")  # + receipt_id


def _store_staged(store: Store, actor: Actor, receipt_id: int, lines: list[ManifestLine], source: str) -> None:
    """:func:`store_preview` on SQLite: stage the lines in a TEMP table, then copy them in inside the lock."""
    rows = [(line.row, line.carton, line.category.value, line.description, line.gtin, line.size, line.quantity,
             line.pieces) for line in lines]
    columns = ", ".join(f'"{name}"' for name in _STAGED)
    with store.connection() as connection:
        try:
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{_STAGE}")
            connection.exec_driver_sql(f"CREATE TEMP TABLE {_STAGE} ({columns})")
            if rows:
                connection.exec_driver_sql(
                    f"INSERT INTO temp.{_STAGE} VALUES ({', '.join('?' * len(_STAGED))})", rows)
            connection.commit()  # a read transaction of the store's, with writes to the temporary database only
            with store.write(connection) as session:
                _replace(session, actor, receipt_id, source, len(rows))
                copied = session.connection().exec_driver_sql(
                    f"INSERT INTO main.manifest_line (receipt_id, {columns}) "
                    f"SELECT ?, {columns} FROM temp.{_STAGE} ORDER BY rowid", (receipt_id,)).rowcount
                if copied != len(rows):  # rolls the write back
                    raise RuntimeError(f"manifest import: {copied} of {len(rows)} staged lines copied")
        finally:
            _drop_stage(connection)


def _drop_stage(connection: Connection) -> None:
    """Drop the staging table (outside the lock: it is the connection's own), whatever happened; if that
    fails too, close the connection, which deletes its temporary database."""
    try:
        connection.rollback()  # whatever failed half-way
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{_STAGE}")
        connection.commit()
    except SQLAlchemyError:
        log.warning("the manifest staging table could not be dropped; its connection is closed", exc_info=True)
        connection.invalidate()


def _insert_lines(store: Store, receipt_id: int, lines: list[ManifestLine]) -> tuple[str, list]:
    """The INSERT of ``lines`` in the store's SQL dialect and the DBAPI parameters for its executemany.

    Built before the write lock: SQLAlchemy's per-row parameter processing took 60% of the lock's
    hold at 100,000 lines. The values are plain str/int/None, which need no bind processing.
    """
    rows = [_columns(line, receipt_id) for line in lines]
    if not rows:
        return "", []
    compiled = ManifestItem.__table__.insert().compile(dialect=store.engine.dialect, column_keys=list(rows[0]))
    if compiled.positional:
        order = compiled.positiontup
        return str(compiled), [tuple(row[key] for key in order) for row in rows]
    return str(compiled), rows


@requires(Permission.RECEIVE)
def type_manifest(store: Store, actor: Actor, receipt_id: int, rows: list[list[str]]) -> ImportResult:
    """A manifest typed in the app: ``rows`` are cells under the same headers as a file (first row).

    :raises ManifestRefused: / :raises ManifestFormatError: as :func:`import_manifest`.
    """
    return store_preview(store, actor, receipt_id, parse_rows(rows), "typed")


def manifest_lines(store: Store, receipt_id: int) -> list[ManifestLine]:
    """The stored manifest of a receipt, in file order."""
    from sqlalchemy import select

    from ..store.models import ManifestItem

    with store.read() as session:
        load_receipt(session, receipt_id)
        return [
            ManifestLine(m.row, m.carton_ref, Category(m.category), m.description, m.gtin, m.size, m.quantity, m.pieces)
            for m in session.scalars(select(ManifestItem).where(ManifestItem.receipt_id == receipt_id)
                                     .order_by(ManifestItem.row))
        ]


def _columns(line: ManifestLine, receipt_id: int) -> dict:
    return dict(receipt_id=receipt_id, row=line.row, carton_ref=line.carton, category=line.category.value,
                description=line.description, gtin=line.gtin, size=line.size, quantity=line.quantity,
                pieces=line.pieces)
