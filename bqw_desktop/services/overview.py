"""The pipeline overview: how many cartons and item sets are at each stage, and the shipments."""

from __future__ import annotations

from sqlalchemy import func, select

from ..domain.catalogue import Category
from ..domain.lifecycle import ITEM_SET_STAGES, ItemSetStatus, ShipmentStatus
from ..store.database import Store
from ..store.models import InboundCarton, ItemSet, Shipment
from ..queries.rows import Pipeline


def pipeline(store: Store) -> Pipeline:
    """Counts straight from the database (three grouped queries, fast at 100× the drive)."""
    with store.read() as session:
        grouped = session.execute(
            select(ItemSet.category, ItemSet.status, func.count()).group_by(ItemSet.category, ItemSet.status)
        ).all()
        by_shipment = dict(session.execute(select(Shipment.status, func.count()).group_by(Shipment.status)).all())
        cartons = session.scalar(select(func.count()).select_from(InboundCarton))
    by_category = {
        category: dict.fromkeys(ITEM_SET_STAGES, 0)
        for category in Category
        if any(row[0] == category.value for row in grouped)
    }
    stages = dict.fromkeys(ITEM_SET_STAGES, 0)
    for category, status, count in grouped:
        by_category[Category(category)][ItemSetStatus(status)] = count
        stages[ItemSetStatus(status)] += count
    return Pipeline(
        cartons=cartons,
        item_sets=sum(stages.values()),
        stages=stages,
        shipments={status: by_shipment.get(status.value, 0) for status in ShipmentStatus},
        by_category=by_category,
    )

