"""What the store recorded, read back for assertions."""

from __future__ import annotations

from sqlalchemy import func, select

from bqw_desktop.domain.lifecycle import ItemSetStatus
from bqw_desktop.queries import item_sets
from bqw_desktop.store.database import Store
from bqw_desktop.store.models import Event


def status(store: Store, code: str) -> ItemSetStatus:
    """The item set's status now."""
    return item_sets.find_item_set(store, code).status


def event_count(store: Store) -> int:
    """How many events the store holds (a refusal adds none)."""
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Event))


def events(store: Store, code: str) -> list[tuple]:
    """The events of one entity, oldest first: (action, before, after, actor, station, detail)."""
    with store.read() as session:
        return [(e.action, e.before, e.after, e.actor, e.station, e.detail)
                for e in session.scalars(select(Event).where(Event.entity_code == code).order_by(Event.id))]


def count(store: Store, model: type, *where: object) -> int:
    """How many rows of ``model`` (matching ``where``) the store holds."""
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))
