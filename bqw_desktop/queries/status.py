"""What ``bqw-desktop status`` prints: counts per stage and every shipment, in three aggregate statements.

Plain SQL over the tables, without the ORM's models: importing and mapping them took longer than the
counts themselves at 100× the drive (``bench/startup.py`` compares the command with raw sqlite3).
"""

from __future__ import annotations

from sqlalchemy import text

from ..domain.lifecycle import ITEM_SET_STAGES
from ..store.database import Store

#: the statements, in order (``bench/startup.py`` runs the same ones in raw sqlite3)
CARTONS = text("SELECT count(*) FROM inbound_carton")
#: grouped as the overview page groups them: the same covering index, read by both
STAGES = text("SELECT status, count(*) FROM item_set GROUP BY category, status")
#: newest first; ``item_sets`` packed into it, ``allocated`` planned for it and not packed yet
SHIPMENTS = text("""
    SELECT s.code, c.name, c.code, d.name, d.district, s.status, s.tracking_number,
           count(l.packed_at), count(l.id) - count(l.packed_at)
    FROM shipment s
    JOIN courier c ON c.id = s.courier_id
    JOIN destination d ON d.id = s.destination_id
    LEFT JOIN shipment_line l ON l.shipment_id = s.id
    GROUP BY s.id, s.code, c.name, c.code, d.name, d.district, s.status, s.tracking_number
    ORDER BY s.id DESC
""")
_SHIPMENT_FIELDS = ("id", "courier", "courier_code", "destination", "district", "status", "tracking_number",
                    "item_sets", "allocated")


def status_report(store: Store) -> dict:
    """``{"cartons": n, "item_sets": n, "stages": {status: n, …}, "shipments": [{…}, …]}``: ``stages``
    has every item-set status in pipeline order; each shipment ``id`` (its code), ``courier``,
    ``courier_code``, ``destination``, ``district``, ``status``, ``tracking_number``, ``item_sets``
    (packed) and ``allocated`` (planned for it, not packed yet), newest first.

    :raises StoreDamaged: SQLite found the file malformed.
    """
    with store.read() as session:
        cartons = session.scalar(CARTONS)
        counts: dict[str, int] = {}
        for status, count in session.execute(STAGES):
            counts[status] = counts.get(status, 0) + count
        shipments = [dict(zip(_SHIPMENT_FIELDS, row, strict=True)) for row in session.execute(SHIPMENTS)]
    stages = {stage.value: counts.get(stage.value, 0) for stage in ITEM_SET_STAGES}
    return {"cartons": cartons, "item_sets": sum(stages.values()), "stages": stages, "shipments": shipments}
