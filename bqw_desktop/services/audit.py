"""The audit trail: one append-only event row for every state change."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..store.models import Event
from .context import Actor, now


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
    """Add an event to ``session``'s transaction (committed, or rolled back, with the change it records)."""
    session.add(
        Event(
            at=now(),
            actor=actor.operator,
            station=actor.station,
            action=action,
            entity_kind=entity_kind,
            entity_code=entity_code,
            before=before,
            after=after,
            detail=detail,
        )
    )


_INSERT = Event.__table__.insert()  # built once: a pack scan runs it


def insert(
    session: Session,
    actor: Actor,
    action: str,
    entity_kind: str,
    entity_code: str,
    before: str | None = None,
    after: str | None = None,
    detail: str | None = None,
) -> None:
    """:func:`record` written at once, with one Core INSERT on ``session``'s connection (in its transaction):
    no ORM object, no flush (a pack scan)."""
    session.connection().execute(_INSERT, {
        "at": now(), "actor": actor.operator, "station": actor.station, "action": action,
        "entity_kind": entity_kind, "entity_code": entity_code, "before": before, "after": after, "detail": detail,
    })
