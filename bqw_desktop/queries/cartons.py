"""The inbound cartons list a page at a time, counted and sorted in SQL (a page of 200 cartons reads
only their own item sets, by the ``(carton_id, status)`` index, never all of them)."""

from __future__ import annotations

from sqlalchemy import func, select

from ..domain.catalogue import Category
from ..domain.lifecycle import ItemSetStatus
from ..store.database import Store
from ..store.models import Donor, InboundCarton, ItemSet
from .rows import CartonView

_OWN = ItemSet.carton_id == InboundCarton.id
_TOTAL = select(func.count()).where(_OWN).correlate(InboundCarton).scalar_subquery()
_INSPECTED = (select(func.count()).where(_OWN, ItemSet.status != ItemSetStatus.RECEIVED.value)
              .correlate(InboundCarton).scalar_subquery())
# the category most of its item sets have; of equal counts the first by name
_CATEGORY = (select(ItemSet.category).where(_OWN).group_by(ItemSet.category)
             .order_by(func.count().desc(), ItemSet.category).limit(1).correlate(InboundCarton).scalar_subquery())


def carton_page(store: Store, offset: int, limit: int) -> tuple[list[CartonView], bool]:
    """Cartons ``offset`` to ``offset + limit - 1`` in arrival order (then by code), as
    :func:`~.item_sets.list_cartons` lists them, and whether more follow."""
    order = (InboundCarton.received_at, InboundCarton.code)
    # the page's cartons first, then their counts: counted for the cartons skipped, a late page took 50 ms
    page = select(InboundCarton.id).order_by(*order).offset(offset).limit(limit + 1).subquery()  # +1: more?
    with store.read() as session:
        rows = session.execute(
            select(InboundCarton.code, Donor.name, InboundCarton.received_at, _CATEGORY, _TOTAL, _INSPECTED)
            .join(page, page.c.id == InboundCarton.id)
            .join(Donor)
            .order_by(*order)
        ).all()
    cartons = [CartonView(code=code, donor=donor, received_at=received_at,
                          category=Category(category) if category else None, item_sets=total, inspected=inspected)
               for code, donor, received_at, category, total, inspected in rows[:limit]]
    return cartons, len(rows) > limit
