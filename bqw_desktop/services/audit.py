"""The audit trail: one append-only event row for every state change, chained by hashes.

Every event is written by :func:`append` (:func:`record` and :func:`insert` call it), in the
transaction of the change it records: it reads the hash of the newest event once per transaction
(``SELECT id, hash FROM event ORDER BY id DESC LIMIT 1``, the primary key's index), gives each new
event the next id, and computes ``prev_hash`` and ``hash`` as :mod:`..domain.trail` defines. Write
transactions are ``BEGIN IMMEDIATE`` on SQLite, so two stations' events are never chained to the same
predecessor; on PostgreSQL :func:`append` takes a transaction-scoped advisory lock first.

:func:`verify` walks the chain; :func:`export_csv` writes it for the auditor.
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..domain import trail
from ..store.database import BUSY_TIMEOUT_MS, Store
from ..store.models import Event
from .context import Actor, now

_INSERT = Event.__table__.insert()  # built once: a pack scan runs it
_TAIL = select(Event.id, Event.hash).order_by(Event.id.desc()).limit(1)
_TAIL_KEY = "bqw_trail_tail"  # in session.info: (transaction, last id, last hash)
_LOCK_KEY = 0x42515701  # PostgreSQL advisory lock of the chain ("BQW" 01)

#: the event fields an :func:`append` row gives, besides ``id``, ``prev_hash`` and ``hash``
FIELDS = ("at", "actor", "station", "action", "entity_kind", "entity_code", "before", "after", "detail")


def append(session: Session, rows: Sequence[dict]) -> None:
    """Write ``rows`` (dicts of :data:`FIELDS`, ``at`` timezone-aware) as the next events of the chain,
    with one Core INSERT on ``session``'s connection, in its transaction.

    Costs one indexed read of the newest event per transaction (later calls in the same transaction
    continue from what the earlier ones wrote) and one SHA-256 per row. Every path that writes events
    goes through here: an event written any other way breaks the chain.
    """
    if not rows:
        return
    transaction = session.get_nested_transaction() or session.get_transaction()
    connection = session.connection()
    tail = session.info.get(_TAIL_KEY)
    if tail is not None and tail[0] is transaction:
        last_id, last_hash = tail[1], tail[2]
    else:
        if connection.dialect.name == "postgresql":  # no BEGIN IMMEDIATE there: serialise the writers of the chain
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        newest = connection.execute(_TAIL).first()
        last_id, last_hash = (newest[0], newest[1]) if newest is not None else (0, trail.GENESIS)
    chained = []
    for row in rows:
        last_id += 1
        fields = [row[name] for name in FIELDS]
        hash_ = trail.link(last_hash, trail.canonical(last_id, *fields))
        chained.append({"id": last_id, **dict(zip(FIELDS, fields)), "prev_hash": last_hash, "hash": hash_})
        last_hash = hash_
    connection.execute(_INSERT, chained)
    session.info[_TAIL_KEY] = (transaction, last_id, last_hash)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity_kind: str,
    entity_code: str,
    before: str | None = None,
    after: str | None = None,
    detail: str | None = None,
) -> None:
    """Write an event in ``session``'s transaction (committed, or rolled back, with the change it records)."""
    append(session, ({
        "at": now(), "actor": actor.operator, "station": actor.station, "action": action,
        "entity_kind": entity_kind, "entity_code": entity_code, "before": before, "after": after, "detail": detail,
    },))


# --- verification and export (the auditor) --------------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    """The result of :func:`verify`: ``count`` events intact from the first; ``head_id`` and ``head_hash``
    the last intact event (0 and :data:`~..domain.trail.GENESIS` for none); ``broken`` the first broken
    link, or ``None`` when the whole chain holds."""

    count: int
    head_id: int
    head_hash: str
    broken: trail.BrokenLink | None

    @property
    def intact(self) -> bool:
        return self.broken is None


# SQLite builds the canonical text itself (json_array is compact JSON, like the domain's encoder); the
# time as SQLAlchemy keeps it there ("2021-09-01 01:00:00.000000", UTC) becomes ISO with offset, by one
# replace() for that usual form (substr() counts characters: three of them cost a second per million).
_SQLITE_AT = ("CASE WHEN length(at) = 26 THEN replace(at, ' ', 'T') || '+00:00' "
              "ELSE substr(at, 1, 10) || 'T' || substr(at, 12, 8) || substr(at || '.000000', 20, 7) || '+00:00' END")
#: ``(id, hashed, prev_hash, hash)`` (see :func:`..domain.trail.walk`) of the events ``? < id <= ?``, in id
#: order; ``hashed`` as a BLOB, the UTF-8 that SHA-256 takes, without a str made and encoded per event
_SQLITE_LINKS_SQL = (
    f"SELECT id, CAST(prev_hash || json_array(id, {_SQLITE_AT}, actor, station, action, entity_kind, entity_code, "
    "before, after, detail) AS BLOB), prev_hash, hash FROM event WHERE id > ? AND id <= ? ORDER BY id")
_ROWS = select(Event.id, Event.at, Event.actor, Event.station, Event.action, Event.entity_kind, Event.entity_code,
               Event.before, Event.after, Event.detail, Event.prev_hash, Event.hash)
_CHUNK = 10_000
#: events (ids) per part of the chain that a worker process walks apart (SQLite)
_PART = 50_000
#: the chain is walked in parts by worker processes from this many ids on: starting them costs about a
#: second (fresh interpreters importing the program), one stream walks about 300,000 events a second
_POOL_FROM = 600_000


def _walk_part(connection: sqlite3.Connection, low: int, high: int,
               exact: Callable[[int], str] | None = None, count: int = 0) -> trail.Walk:
    """Walk the events ``low < id <= high`` on ``connection`` (sqlite3's own, in a read transaction),
    continuing from the last two events up to ``low``, of which there are ``count``.

    :returns: the whole chain's :class:`..domain.trail.Walk` up to ``high`` when the events up to ``low``
        hold (with ``count`` of them); otherwise only its ``broken`` is meaningful (the part's first link
        that does not hold), and the walk of the earlier events finds a break first.
    """
    before = connection.execute("SELECT id, hash FROM event WHERE id <= ? ORDER BY id DESC LIMIT 2", (low,)).fetchall()
    return trail.walk(connection.execute(_SQLITE_LINKS_SQL, (low, high)), exact, count=count, before=before[::-1])


def _walk_apart(path: str, low: int, high: int) -> trail.Walk:
    """:func:`_walk_part` in a worker process (``count`` 0: the caller adds the events before ``low``), on
    its own read-only connection to the SQLite file at ``path`` (absolute), in one read transaction,
    without the exact text (the caller walks a broken part again with it)."""
    connection = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True, isolation_level=None,
                                 timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("BEGIN")
        return _walk_part(connection, low, high)
    finally:
        connection.close()


def _walk_sqlite(session: Session, path: Path | None) -> trail.Walk:
    """The walk of every event up to the newest one committed when ``session``'s read transaction began:
    events a station appends meanwhile are left for the next verification.

    From :data:`_POOL_FROM` events on, with more than one processor and a file (``path``), the parts of
    :data:`_PART` ids are walked by one worker process per processor, each reading events up to that
    newest one only; a part that does not hold is walked again here, with the exact text, and the first
    such part in id order gives the result.
    """
    connection = session.connection().connection.driver_connection
    low, high = connection.execute("SELECT min(id) - 1, max(id) FROM event").fetchone()
    if high is None:
        return trail.Walk(0, 0, trail.GENESIS, None)
    exact = partial(_exact, session)
    processors = os.cpu_count() or 1
    if path is None or processors < 2 or high - low < _POOL_FROM:
        return _walk_part(connection, low, high, exact)
    bounds = [*range(low, high, _PART), high]
    count = 0
    with ProcessPoolExecutor(processors, mp_context=multiprocessing.get_context("spawn")) as pool:
        parts = [(a, b, pool.submit(_walk_apart, str(path.resolve()), a, b)) for a, b in zip(bounds, bounds[1:])]
        for a, b, part in parts:
            walked = part.result()
            if walked.broken is None:
                walked = replace(walked, count=count + walked.count)
            else:
                walked = _walk_part(connection, a, b, exact, count)
                if walked.broken is not None:
                    pool.shutdown(cancel_futures=True)
                    return walked
            count = walked.count
    return walked


def _exact(session: Session, event_id: int) -> str:
    row = session.connection().execute(_ROWS.where(Event.id == event_id)).one()
    return trail.canonical(*row[:10])


def verify(store: Store) -> Verification:
    """Walk the whole chain (the events committed when it begins) and report the first broken link.

    On SQLite a long chain is walked in parts by worker processes (see :func:`_walk_sqlite`), on
    PostgreSQL in one stream; the result is the same.

    :returns: a :class:`Verification`; its ``broken`` names the event's id, time (UTC ISO) and fault.
    """
    with store.read() as session:
        if session.connection().dialect.name == "sqlite":
            walked = _walk_sqlite(session, store.sqlite_path)
        else:
            rows = session.connection().execution_options(yield_per=_CHUNK).execute(_ROWS.order_by(Event.id))
            walked = trail.walk(((row[0], _hashed(row[10], trail.canonical(*row[:10])), row[10], row[11])
                                 for row in rows), partial(_exact, session))
        broken = None
        if walked.broken is not None:
            event_id, fault = walked.broken
            at = session.scalar(select(Event.at).where(Event.id == event_id))
            broken = trail.BrokenLink(event_id, trail.utc_iso(at) if at is not None else "?", fault)
    return Verification(walked.count, walked.head_id, walked.head, broken)


def _hashed(prev_hash: str | None, text: str) -> bytes | None:
    return None if prev_hash is None else (prev_hash + text).encode()


#: the CSV's columns, in order (the event's fields, then the chain)
CSV_COLUMNS = ("id", *FIELDS, "prev_hash", "hash")


#: the first characters that make Excel (or another spreadsheet) read a cell as a formula or command;
#: ``'`` itself is among them so that the apostrophe added is always the one to remove
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def _cell(value: str) -> str:
    """``value`` as a CSV cell: with a leading ``'`` when it starts with one of :data:`_FORMULA_STARTS`."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def export_csv(store: Store, path: Path) -> int:
    """Write every event, oldest first, to ``path`` as CSV for the auditor: UTF-8 with a byte-order mark
    (so Excel reads the Chinese), a header row of :data:`CSV_COLUMNS`, ``at`` in UTC ISO form exactly as
    the hash covers it (:func:`..domain.trail.utc_iso`), empty cells for empty fields.

    A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or ``'`` is written
    with a ``'`` before it (OWASP's advice against CSV injection: a name such as
    ``=HYPERLINK("http://…")`` is not run as a formula when the file is opened in Excel). To recompute the
    hashes from the file, remove that first ``'`` from every cell that starts with one: the hash covers
    the text as it was entered.

    :returns: the number of events written.
    :raises OSError: ``path`` cannot be written.
    """
    count = 0
    with store.read() as session, open(path, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(CSV_COLUMNS)
        result = session.connection().execution_options(yield_per=_CHUNK).execute(_ROWS.order_by(Event.id))
        for row in result:
            at: datetime = row[1]
            writer.writerow((row[0], trail.utc_iso(at), *(value and _cell(value) for value in row[2:])))
            count += 1
    return count
