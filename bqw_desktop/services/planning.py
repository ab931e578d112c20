"""Shipment planning (发货计划): a proposal that covers the destinations' needs from passed stock, edited by
the coordinator, then confirmed into planned shipments with their allocations.

Shapes:

- :func:`propose` reads the store and returns a :class:`Proposal`: one :class:`ProposalLine` per
  destination need (category, size or any size, count) still open, with the item sets picked for it
  and the courier chosen for the destination. Nothing is written.
- :func:`drop_line` and :func:`change_courier` are pure edits: they return a new proposal.
- :func:`confirm` writes the proposal in ONE transaction: a ``planned`` shipment per (destination,
  courier) and an allocation row (``shipment_line`` with ``packed_at`` NULL, ``allocated_at`` set)
  per item set, with audit events.

Open needs: a destination's needs minus the item sets already in its (not cancelled) shipments, packed
or allocated — an exact size counts against the need of that size first, the rest of the category
against its any-size need. So a second proposal after a confirmation proposes only what is still open.

Stock: item sets whose status is ``passed`` and that have no ``shipment_line`` (not allocated, not
packed). Exact-size needs are served before any-size needs of the same category; when a size is
short, the item sets go round the destinations wanting it one at a time (nobody gets all, nobody
none), in destination-code order; what is missing is the line's ``shortfall``.

Couriers and load balance: only couriers whose service areas cover the destination's district are
candidates (a courier with no areas serves everywhere, as in shipping). Destinations are taken most
constrained first (fewest candidate couriers, then most item sets); each goes to the candidate
carrying the fewest item sets so far, ties to the cheaper first-kilogram rate, then by code. The load
is counted in item sets because that is what volunteers pack and couriers carry (weights are not
known before packing).

Idempotence: every proposal has a random ``token``, its request token (:mod:`.once`, case C14):
confirming a token that was already confirmed, at this station or another, creates nothing and
returns the shipments it created the first time. Within a confirmation every item set is checked again (still passed, still
unallocated); the unique ``shipment_line.item_set_id`` is the last guard against two stations
claiming one item set at the same moment.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.roles import Permission
from ..domain.catalogue import Category
from ..domain.errors import QT_TRANSLATE_NOOP, AlreadyDone, InvalidValue, TransitionRefused
from ..domain.lifecycle import ItemSetStatus, ShipmentStatus
from ..store.database import Store
from ..store.models import (
    Courier,
    CourierArea,
    Destination,
    DestinationNeed,
    ItemSet,
    Shipment,
    ShipmentLine,
)
from . import audit, once
from .access import requires
from .context import Actor, now
from .shipping import new_shipment

CONFIRM_ACTION = "confirm_plan"


@dataclass(frozen=True)
class ProposalLine:
    """One open need of one destination and what the proposal gives it.

    ``size`` None: any size of the category. ``needed``: item sets still open for this need;
    ``item_set_codes``: those picked (at most ``needed``); ``couriers``: codes of the couriers serving
    the district (the choices for :func:`change_courier`); ``courier_code`` the one chosen.
    """

    destination_code: str
    destination_name: str
    district: str
    category: Category
    size: str | None
    needed: int
    item_set_codes: tuple[str, ...]
    courier_code: str
    couriers: tuple[str, ...]

    @property
    def shortfall(self) -> int:
        """Item sets this need still lacks because the stock has none."""
        return self.needed - len(self.item_set_codes)


@dataclass(frozen=True)
class Proposal:
    """A plan of shipments, not yet in the store. ``token``: 32 hex digits, the proposal's identity."""

    token: str
    lines: tuple[ProposalLine, ...]

    def loads(self) -> dict[str, int]:
        """Item sets per courier code (couriers with none are left out)."""
        load: dict[str, int] = defaultdict(int)
        for line in self.lines:
            load[line.courier_code] += len(line.item_set_codes)
        return dict(load)

    def shipments(self) -> list[tuple[str, str, int]]:
        """``(destination code, courier code, item sets)`` per shipment confirming would create."""
        groups: dict[tuple[str, str], int] = defaultdict(int)
        for line in self.lines:
            if line.item_set_codes:
                groups[line.destination_code, line.courier_code] += len(line.item_set_codes)
        return [(d, c, n) for (d, c), n in sorted(groups.items())]

    @property
    def item_sets(self) -> int:
        return sum(len(line.item_set_codes) for line in self.lines)


@dataclass(frozen=True)
class Confirmation:
    """What :func:`confirm` did: the shipment codes of the proposal, and whether they were created now
    (False: the token had been confirmed before and nothing was written)."""

    shipment_codes: tuple[str, ...]
    item_sets: int
    created: bool


# --- proposing -----------------------------------------------------------------------------------


def _round_robin(pool: list[str], wants: list[int]) -> list[list[str]]:
    """Share ``pool`` among wants: one at a time in turn until each has what it wants or the pool is empty."""
    given: list[list[str]] = [[] for _ in wants]
    it = iter(pool)
    open_ = [i for i, w in enumerate(wants) if w > 0]
    while open_:
        still = []
        for i in open_:
            code = next(it, None)
            if code is None:
                return given
            given[i].append(code)
            if len(given[i]) < wants[i]:
                still.append(i)
        open_ = still
    return given


def propose(store: Store) -> Proposal:
    """A proposal covering the destinations' open needs from passed, unallocated stock (see the module
    docstring for the rules). Reads only; each need gets its line even when the stock has nothing
    for it (``shortfall``). Lines are in destination-code order, needs in their stored order."""
    with store.read() as session:
        destinations = list(session.execute(
            select(Destination.id, Destination.code, Destination.name, Destination.district).order_by(Destination.code)))
        couriers = list(session.execute(select(Courier.id, Courier.code, Courier.first_kg_fen).order_by(Courier.code)))
        areas: dict[int, set[str]] = defaultdict(set)
        for courier_id, district in session.execute(select(CourierArea.courier_id, CourierArea.district)):
            areas[courier_id].add(district)
        needs: dict[int, list[tuple[str, str | None, int]]] = defaultdict(list)
        for dest_id, category, size, count in session.execute(
                select(DestinationNeed.destination_id, DestinationNeed.category, DestinationNeed.size,
                       DestinationNeed.count).order_by(DestinationNeed.id)):
            needs[dest_id].append((category, size, count))
        # what the destinations already have in shipments (packed or allocated), per category and size
        have: dict[tuple[int, str, str | None], int] = defaultdict(int)
        for dest_id, category, size, n in session.execute(
                select(Shipment.destination_id, ItemSet.category, ItemSet.size, func.count())
                .join(ShipmentLine, ShipmentLine.shipment_id == Shipment.id)
                .join(ItemSet, ItemSet.id == ShipmentLine.item_set_id)
                .where(Shipment.status != ShipmentStatus.CANCELLED.value)
                .group_by(Shipment.destination_id, ItemSet.category, ItemSet.size)):
            have[dest_id, category, size] += n

        # open needs: exact sizes absorb their own size first, any-size needs the rest of the category
        open_needs: list[tuple[int, str, str | None, int]] = []  # (destination id, category, size, open)
        for dest_id, *_ in destinations:
            rest: dict[tuple[str, str | None], int] = {
                (c, s): n for (d, c, s), n in have.items() if d == dest_id}
            mine = needs.get(dest_id, [])
            opened = {}
            for i, (category, size, count) in enumerate(mine):
                if size is not None:
                    used = min(count, rest.get((category, size), 0))
                    rest[category, size] = rest.get((category, size), 0) - used
                    opened[i] = count - used
            for i, (category, size, count) in enumerate(mine):
                if size is None:
                    left = sum(n for (c, _), n in rest.items() if c == category)
                    used = min(count, left)
                    for key in [k for k in rest if k[0] == category]:
                        take = min(used, rest[key])
                        rest[key] -= take
                        used -= take
                    opened[i] = count - min(count, left)
            open_needs.extend((dest_id, category, size, opened[i]) for i, (category, size, _) in enumerate(mine))

        free = (select(ItemSet.code).where(ItemSet.status == ItemSetStatus.PASSED.value,
                                           ~select(ShipmentLine.id).where(ShipmentLine.item_set_id == ItemSet.id)
                                           .exists())
                .order_by(ItemSet.id))
        picked: dict[int, tuple[str, ...]] = {}
        taken: set[str] = set()
        # exact sizes first, shared round robin among the destinations asking for that size
        by_size: dict[tuple[str, str], list[int]] = defaultdict(list)
        for index, (_, category, size, count) in enumerate(open_needs):
            if size is not None and count > 0:
                by_size[category, size].append(index)
        for (category, size), indexes in by_size.items():
            wants = [open_needs[i][3] for i in indexes]
            pool = list(session.scalars(free.where(ItemSet.category == category, ItemSet.size == size)
                                        .limit(sum(wants))))
            for i, codes in zip(indexes, _round_robin(pool, wants), strict=True):
                picked[i] = tuple(codes)
                taken.update(codes)
        by_category: dict[str, list[int]] = defaultdict(list)
        for index, (_, category, size, count) in enumerate(open_needs):
            if size is None and count > 0:
                by_category[category].append(index)
        for category, indexes in by_category.items():
            wants = [open_needs[i][3] for i in indexes]
            already = sum(1 for i, n in enumerate(open_needs) if n[1] == category and n[2] is not None
                          for _ in picked.get(i, ()))
            pool = [code for code in session.scalars(free.where(ItemSet.category == category)
                                                     .limit(sum(wants) + already)) if code not in taken]
            for i, codes in zip(indexes, _round_robin(pool, wants), strict=True):
                picked[i] = tuple(codes)

    # couriers: most constrained destinations first, each to the least loaded candidate
    info = {dest_id: (code, name, district) for dest_id, code, name, district in destinations}
    candidates = {
        dest_id: tuple(code for cid, code, _ in couriers if not areas.get(cid) or district in areas[cid])
        for dest_id, (_, _, district) in info.items()
    }
    demand: dict[int, int] = defaultdict(int)
    for index, (dest_id, *_rest) in enumerate(open_needs):
        demand[dest_id] += len(picked.get(index, ()))
    rate = {code: (first_kg if first_kg is not None else 0) for _, code, first_kg in couriers}
    load = {code: 0 for _, code, _ in couriers}
    chosen: dict[int, str] = {}
    for dest_id in sorted(info, key=lambda d: (len(candidates[d]) or 99, -demand[d], info[d][0])):
        if not candidates[dest_id]:
            continue
        best = min(candidates[dest_id], key=lambda c: (load[c], rate[c], c))
        chosen[dest_id] = best
        load[best] += demand[dest_id]

    lines = []
    for index, (dest_id, category, size, count) in enumerate(open_needs):
        if count <= 0 or dest_id not in chosen:
            continue
        code, name, district = info[dest_id]
        lines.append(ProposalLine(code, name, district, Category(category), size, count, picked.get(index, ()),
                                  chosen[dest_id], candidates[dest_id]))
    return Proposal(once.new_token(), tuple(lines))


# --- editing --------------------------------------------------------------------------------------


def _line(proposal: Proposal, index: int) -> ProposalLine:
    if not 0 <= index < len(proposal.lines):
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "The proposal has no line {value}."), value=str(index + 1))
    return proposal.lines[index]


def drop_line(proposal: Proposal, index: int) -> Proposal:
    """The proposal without line ``index`` (0-based); its item sets stay in stock.

    :raises InvalidValue: no such line.
    """
    _line(proposal, index)
    return replace(proposal, lines=proposal.lines[:index] + proposal.lines[index + 1:])


def change_courier(proposal: Proposal, index: int, courier_code: str, *, whole_destination: bool = True) -> Proposal:
    """The proposal with line ``index`` (by default every line of its destination, so the destination
    stays one shipment) going with ``courier_code``.

    :raises InvalidValue: no such line, or the courier does not serve the destination's district.
    """
    line = _line(proposal, index)
    if courier_code not in line.couriers:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("domain", "Courier {courier} does not serve {district}: choose another courier."),
            courier=courier_code, district=line.district)
    lines = tuple(
        replace(other, courier_code=courier_code)
        if i == index or (whole_destination and other.destination_code == line.destination_code) else other
        for i, other in enumerate(proposal.lines))
    return replace(proposal, lines=lines)


# --- confirming -----------------------------------------------------------------------------------


@requires(Permission.PLAN)
def confirm(store: Store, actor: Actor, proposal: Proposal) -> Confirmation:
    """Create the proposal's shipments (``planned``, one per destination and courier) and allocate its
    item sets to them, all in one transaction, with events ``create_shipment``, ``allocate`` per item
    set and ``confirm_plan`` (entity: the token; detail: the shipment codes).

    Confirming the same token again writes nothing and returns the first confirmation's shipments
    with ``created`` False.

    :raises TransitionRefused: an item set is no longer passed or was allocated or packed meanwhile
        (nothing is written: make a new proposal); a courier no longer serves a district.
    :raises InvalidValue: the proposal allocates nothing.
    """
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in proposal.lines:
        groups[line.destination_code, line.courier_code].extend(line.item_set_codes)
    groups = {key: codes for key, codes in groups.items() if codes}

    def create(session: Session) -> tuple[Confirmation, str]:
        if not groups:
            raise InvalidValue(QT_TRANSLATE_NOOP("domain", "The proposal allocates no item set."))
        every = [code for codes in groups.values() for code in codes]
        rows = {code: (item_id, status, allocated) for code, item_id, status, allocated in session.execute(
            select(ItemSet.code, ItemSet.id, ItemSet.status, ShipmentLine.id)
            .outerjoin(ShipmentLine, ShipmentLine.item_set_id == ItemSet.id)
            .where(ItemSet.code.in_(every)))}
        gone = [code for code in every if code not in rows or rows[code][1] != ItemSetStatus.PASSED.value
                or rows[code][2] is not None]
        if len(set(every)) != len(every) or gone:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP("domain", "{count} item sets of the proposal were taken or changed "
                                            "meanwhile (first: {code}): make a new proposal."),
                count=str(len(gone) or len(every) - len(set(every))), code=(gone or every)[0])
        destinations = {d.code: d for d in session.scalars(
            select(Destination).where(Destination.code.in_({d for d, _ in groups})))}
        couriers = {c.code: c for c in session.scalars(
            select(Courier).where(Courier.code.in_({c for _, c in groups})))}
        at = now()
        created = []
        allocations = []
        for (dest_code, courier_code), codes in sorted(groups.items()):
            shipment = new_shipment(session, actor, destinations[dest_code], couriers[courier_code],
                                    f"{dest_code} {courier_code} plan {proposal.token}")
            created.append(shipment.code)
            for code in codes:
                allocations.append({"shipment_id": shipment.id, "item_set_id": rows[code][0], "allocated_at": at})
                audit.record(session, actor, "allocate", "item_set", code, None, None, shipment.code)
        session.execute(insert(ShipmentLine), allocations)
        audit.record(session, actor, CONFIRM_ACTION, "plan", proposal.token, None, None, " ".join(created))
        return Confirmation(tuple(created), len(allocations), True), "\n".join(created)

    def replay(session: Session, stored: str) -> Confirmation:
        codes = tuple(stored.splitlines())
        count = session.scalar(select(func.count()).select_from(ShipmentLine).join(Shipment)
                               .where(Shipment.code.in_(codes)))
        return Confirmation(codes, count, False)

    try:
        return once.run_once(store, actor, proposal.token, CONFIRM_ACTION, create, replay)
    except AlreadyDone as done:
        return done.result
    except IntegrityError as error:  # another station allocated one of them in the same instant
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "Another station allocated some of these item sets just now: "
                                        "make a new proposal.")) from error


def proposal_summary(proposal: Proposal) -> Sequence[tuple[str, int]]:
    """``(courier code, item sets)`` sorted by code: the balance at a glance."""
    return sorted(proposal.loads().items())
