"""Packing by scan at a station: what the Shipments page shows of one shipment, read in one session,
and a pack scan that returns it from its own write transaction.

A pack scan used to be one write and then, for the page, 13 read sessions (the shipment list twice,
the contents twice): at the 100× drive with 2,000 shipments, 0.8–1 s from the scan to the banner.
Here the page gets everything from the transaction that packs (``bench/pack_scan.py`` measures it).
Its reads, writes and read-back were ten Core statements (no ORM load or flush): at the 100× drive,
median of 5 rounds, key → banner p50 16.8 → 12.6 ms, p95 41.6 → 21.7 ms (CPU p95 24.2 → 21.1 ms) with
the contents table's out-of-sight rows no longer repainted (2 cores, load 1.8 before, 3.3 after; raw
sqlite3 0.9 ms p50 in the same runs). The service's share is about 4 ms of a scan; the repaint about 7.
Then (h-pack4) the texts a scan changes repaint nothing beneath them, the contents table's cells are
looked up, the full scan log's scroll bar is not repainted, and a background read begun before a scan
is dropped (it had read on the GUI thread during a scan): p50 11.4–13.6 → 7.7–8.6 ms, p95 23.2–24.7
→ 13.8–20.0 ms (CPU p95 12.4–19.1 → 8.7–14.1 ms; load 3 on 2 cores, raw sqlite3 0.5–1.0 ms p50). The
bench now waits for the page's first read (a worker's, begun by showing the page) before timing: with
that, the code before these changes measured p50 8.0–9.5, p95 11.6–16.1 ms, and after them p50
6.1–7.8, p95 13.4–15.1 ms — at p95, within the noise of a shared machine. Issue 11: nine statements
(the item set and its line read together) and the lines read back without making a time per line:
the service alone (``bench/scan.py``, medians of 3 runs) p50 1.27 → 1.15 ms against raw sqlite3's
0.26 ms for the same reads and writes (4.9× → 4.4×), the rest being SQLAlchemy's cost per statement
(20–50 µs against 1–8) and per row, and the write transaction's own (0.09 ms).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Row
from sqlalchemy.orm import Session

from ..domain.roles import Permission
from ..queries import shipments
from ..queries.rows import ItemSetView, PackageView, ShipmentView
from ..store.database import Store
from . import shipping, shipping_reports
from .access import requires
from .context import Actor
from .shipping_reports import StageTimes



@dataclass(frozen=True)
class ShipmentDetails:
    """One shipment as the Shipments page shows it: the shipment (counts, weights, states), its packages
    in number order, its packed item sets in packing order with each one's package number, the item
    sets allocated to it and still to pick, and each item set's time per stage (None when not asked
    for: only the Tracking tab shows them)."""

    shipment: ShipmentView
    packages: tuple[PackageView, ...]
    packed: tuple[ItemSetView, ...]
    package_numbers: dict[str, int]  # packed item-set code → its package's number
    to_pick: tuple[ItemSetView, ...]
    stages: tuple[StageTimes, ...] | None


@dataclass(frozen=True)
class Packed:
    """A pack scan's result: the item set as packed and its shipment's details after it."""

    item: ItemSetView
    details: ShipmentDetails


def _details(session: Session, shipment: Row, stages: bool) -> ShipmentDetails:
    """Read with Core statements on the session's connection: the packages (their weights give the
    shipment's), the shipment's row, the lines; the stage times only with ``stages``."""
    session.flush()  # a new package's ORM rows (nothing pending otherwise)
    boxes = tuple(shipments.packages_of(session, shipment))
    view = shipments.shipment_view_read(session, shipment.id, [box.weight_g for box in boxes])
    packed, to_pick = shipments.lines_of(session, shipment)
    return ShipmentDetails(
        view, boxes, tuple(item for item, _ in packed),
        {item.code: number for item, number in packed if number is not None},
        tuple(to_pick), tuple(shipping_reports.stage_times_in(session, shipment)) if stages else None,
    )


def shipment_details(store: Store, shipment_code: str, *, stages: bool = False) -> ShipmentDetails:
    """The details of one shipment, read in one session; the stage times only with ``stages``.
    :raises InvalidCode: / :raises NotFound:"""
    with store.read() as session:
        return _details(session, shipments.load_row(session, shipment_code), stages)


@requires(Permission.PACK)
def pack(store: Store, actor: Actor, shipment_code: str, item_code: str, package_code: str | None = None, *,
         stages: bool = False) -> Packed:
    """:func:`shipping.pack`, and the shipment's details (the stage times only with ``stages``) read back
    in the same write transaction (no other session). Raises as :func:`shipping.pack`; nothing is
    stored then."""
    with store.write() as session:
        shipment = shipments.load_row(session, shipment_code)
        code = shipping.pack_into(session, actor, shipment, item_code, package_code)
        details = _details(session, shipment, stages)
        return Packed(next(item for item in details.packed if item.code == code), details)
