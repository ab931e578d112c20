"""Tracking reports over shipments: overdue shipments, the time item sets spent in each stage, and the
cost per shipment and spend per courier against the drive's logistics budget.

Sources: the ``shipment`` rows (states, hand-over time, actual cost), the packages' weights with the
couriers' rate cards (estimates), the cartons' arrival times and the audit events (``event`` rows of
``entity_kind`` "item_set" whose ``after`` is an item-set state). Times are aware UTC datetimes;
durations ``timedelta``; money integer CNY fen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..domain.lifecycle import SHIPMENT_UNDERWAY, ItemSetStatus, ShipmentStatus
from ..domain.logistics import DEFAULT_OVERDUE_DAYS, LOGISTICS_BUDGET_FEN, is_overdue, stage_durations
from ..store.database import Store
from ..store.models import Courier, Event, InboundCarton, ItemSet, Shipment, ShipmentLine
from .context import now
from ..queries.shipments import list_shipments, load
from ..queries.rows import ShipmentView

#: item-set states where the waiting is over: the clock stops
FINAL_STAGES = (ItemSetStatus.DELIVERED.value, ItemSetStatus.RETURNED.value, ItemSetStatus.DISPOSED.value)
_STATES = {s.value for s in ItemSetStatus}


@dataclass(frozen=True)
class OverdueShipment:
    """A shipment with the courier for more than the allowed days: ``days`` whole days since handover."""

    code: str
    courier: str
    destination: str
    tracking_number: str | None
    handed_over_at: datetime
    days: int


def overdue_shipments(store: Store, days: int = DEFAULT_OVERDUE_DAYS, at: datetime | None = None) -> list[OverdueShipment]:
    """Shipments handed over or in transit whose handover was more than ``days`` days before ``at``
    (default: now), longest waiting first.

    :raises InvalidValue: ``days`` below 1.
    """
    at = at or now()
    out = []
    for s in list_shipments(store):
        if s.status in SHIPMENT_UNDERWAY and is_overdue(s.handed_over_at, at, days):
            out.append(OverdueShipment(s.code, s.courier, s.destination, s.tracking_number, s.handed_over_at,
                                       (at - s.handed_over_at).days))
    return sorted(out, key=lambda o: o.handed_over_at)


def overdue_codes(shipments: Sequence[ShipmentView], days: int = DEFAULT_OVERDUE_DAYS,
                  at: datetime | None = None) -> set[str]:
    """Codes of the overdue shipments among ``shipments`` already read (for a list view)."""
    at = at or now()
    return {s.code for s in shipments if s.status in SHIPMENT_UNDERWAY and is_overdue(s.handed_over_at, at, days)}


@dataclass(frozen=True)
class StageTimes:
    """One item set's time per stage (item-set state value → duration) and its current state."""

    code: str
    shipment_code: str
    stages: dict[str, timedelta]
    current: str


def stage_times(store: Store, shipment_code: str | None = None, at: datetime | None = None) -> list[StageTimes]:
    """Time per stage of every item set in a shipment (one, or all shipments), from its carton's arrival
    (stage ``received``) through the state changes the events record; the clock stops in
    :data:`FINAL_STAGES`. In item-set code order.

    :raises InvalidCode: / :raises NotFound: ``shipment_code``.
    """
    with store.read() as session:
        return stage_times_in(session, None if shipment_code is None else load(session, shipment_code), at)


# built once (a pack scan reads them each time): building a statement costs more than running it
_ITEMS = (select(ItemSet.code, ItemSet.status, InboundCarton.received_at, Shipment.code)
          .join(ShipmentLine, ShipmentLine.item_set_id == ItemSet.id)
          .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
          .join(InboundCarton, InboundCarton.id == ItemSet.carton_id))
_ITEMS_OF_ALL, _ITEMS_OF_ONE = _ITEMS.order_by(ItemSet.code), _ITEMS.where(Shipment.id == bindparam("shipment"))\
    .order_by(ItemSet.code)
_MOVES = (select(Event.entity_code, Event.at, Event.after)
          .where(Event.entity_kind == "item_set", Event.entity_code.in_(bindparam("codes", expanding=True)),
                 Event.after.is_not(None))
          .order_by(Event.id))


def stage_times_in(session: Session, shipment: Shipment | None, at: datetime | None = None) -> list[StageTimes]:
    """:func:`stage_times` inside ``session``, for ``shipment`` or all shipments (None)."""
    at = at or now()
    items = list(session.execute(_ITEMS_OF_ALL) if shipment is None
                 else session.execute(_ITEMS_OF_ONE, {"shipment": shipment.id}))
    moves: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    codes = [row[0] for row in items]
    for start in range(0, len(codes), 500):
        for code, when, after in session.execute(_MOVES, {"codes": codes[start:start + 500]}):
            if after in _STATES:
                moves[code].append((when, after))
    return [StageTimes(code, shipment_code, stage_durations(received, moves[code], ItemSetStatus.RECEIVED.value,
                                                            at, FINAL_STAGES), status)
            for code, status, received, shipment_code in items]


def average_stage_times(times: Sequence[StageTimes]) -> dict[str, timedelta]:
    """Mean time per stage over the item sets that entered it."""
    sums: dict[str, timedelta] = defaultdict(timedelta)
    counts: dict[str, int] = defaultdict(int)
    for item in times:
        for stage, spent in item.stages.items():
            sums[stage] += spent
            counts[stage] += 1
    return {stage: sums[stage] / counts[stage] for stage in sums}


@dataclass(frozen=True)
class CourierSpend:
    """One courier's money: actual costs entered (``actual_fen``, over ``costed`` shipments) and the rate
    card estimate of its other weighed, not cancelled shipments (``estimate_fen``, ``estimated``)."""

    code: str
    name: str
    shipments: int
    costed: int
    actual_fen: int
    estimated: int
    estimate_fen: int


@dataclass(frozen=True)
class SpendReport:
    """Spend per courier against the budget (fen): ``spent_fen`` actual, ``expected_fen`` actual plus
    estimates of the uncosted shipments; ``remaining_fen`` = budget − expected."""

    couriers: tuple[CourierSpend, ...]
    budget_fen: int

    @property
    def spent_fen(self) -> int:
        return sum(c.actual_fen for c in self.couriers)

    @property
    def expected_fen(self) -> int:
        return self.spent_fen + sum(c.estimate_fen for c in self.couriers)

    @property
    def remaining_fen(self) -> int:
        return self.budget_fen - self.expected_fen


def courier_spend(store: Store, budget_fen: int = LOGISTICS_BUDGET_FEN) -> SpendReport:
    """Spend per courier (all couriers, by code) against ``budget_fen`` (default: the drive's 15,000 CNY).
    Cancelled shipments are left out."""
    with store.read() as session:
        couriers = list(session.execute(select(Courier.code, Courier.name).order_by(Courier.code)))
    return spend_report(couriers, list_shipments(store), budget_fen)


def spend_report(couriers: Iterable[tuple[str, str]], shipments: Iterable[ShipmentView],
                 budget_fen: int = LOGISTICS_BUDGET_FEN) -> SpendReport:
    """:func:`courier_spend` over shipments already read, for ``couriers`` (code, name) in that order."""
    shipments = [s for s in shipments if s.status is not ShipmentStatus.CANCELLED]
    rows = []
    for code, name in couriers:
        mine = [s for s in shipments if s.courier_code == code]
        costed = [s for s in mine if s.cost_fen is not None]
        estimated = [s for s in mine if s.cost_fen is None and s.estimate_fen is not None]
        rows.append(CourierSpend(code, name, len(mine), len(costed), sum(s.cost_fen for s in costed),
                                 len(estimated), sum(s.estimate_fen for s in estimated)))
    return SpendReport(tuple(rows), budget_fen)


def fen_text(fen: int | None) -> str:
    """Fen as yuan with two decimals and thousands separators ("12,345.60"); "—" for None."""
    return "—" if fen is None else f"{fen / 100:,.2f}"


def days_text(spent: timedelta) -> str:
    """A duration in days with one decimal ("2.5")."""
    return f"{spent / timedelta(days=1):.1f}"
