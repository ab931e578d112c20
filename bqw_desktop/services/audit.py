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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..domain import trail
from ..store.database import Store
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
# time as SQLAlchemy keeps it there ("2021-09-01 01:00:00.000000", UTC) becomes ISO with offset.
_SQLITE_AT = ("substr(at, 1, 10) || 'T' || substr(at, 12, 8) || substr(at || '.000000', 20, 7) || '+00:00'")
_SQLITE_LINKS_SQL = (
    f"SELECT id, json_array(id, {_SQLITE_AT}, actor, station, action, entity_kind, entity_code, before, after, detail),"
    " prev_hash, hash FROM event ORDER BY id")
_ROWS = select(Event.id, Event.at, Event.actor, Event.station, Event.action, Event.entity_kind, Event.entity_code,
               Event.before, Event.after, Event.detail, Event.prev_hash, Event.hash)
_CHUNK = 10_000


def _links(session: Session) -> Iterator[tuple[int, str, str | None, str | None]]:
    """``(id, canonical text, prev_hash, hash)`` of every event in id order, streamed."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        # on sqlite3's own cursor, in the session's read transaction: plain tuples, no Row per event
        yield from connection.connection.driver_connection.execute(_SQLITE_LINKS_SQL)
        return
    for row in connection.execution_options(yield_per=_CHUNK).execute(_ROWS.order_by(Event.id)):
        yield row[0], trail.canonical(*row[:10]), row[10], row[11]


def _exact(session: Session, event_id: int) -> str:
    row = session.connection().execute(_ROWS.where(Event.id == event_id)).one()
    return trail.canonical(*row[:10])


def verify(store: Store) -> Verification:
    """Walk the whole chain (one read transaction) and report the first broken link.

    :returns: a :class:`Verification`; its ``broken`` names the event's id, time (UTC ISO) and fault.
    """
    with store.read() as session:
        walked = trail.walk(_links(session), lambda event_id: _exact(session, event_id))
        broken = None
        if walked.broken is not None:
            event_id, fault = walked.broken
            at = session.scalar(select(Event.at).where(Event.id == event_id))
            broken = trail.BrokenLink(event_id, trail.utc_iso(at) if at is not None else "?", fault)
    return Verification(walked.count, walked.head_id, walked.head, broken)


#: the CSV's columns, in order (the event's fields, then the chain)
CSV_COLUMNS = ("id", *FIELDS, "prev_hash", "hash")


def export_csv(store: Store, path: Path) -> int:
    """Write every event, oldest first, to ``path`` as CSV for the auditor: UTF-8 with a byte-order mark
    (so Excel reads the Chinese), a header row of :data:`CSV_COLUMNS`, ``at`` in UTC ISO form exactly as
    the hash covers it (:func:`..domain.trail.utc_iso`), empty cells for empty fields.

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
            writer.writerow((row[0], trail.utc_iso(at), *row[2:]))
            count += 1
    return count
