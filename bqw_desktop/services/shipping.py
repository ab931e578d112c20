"""Shipments (发货单) to destinations via the courier partners: create, pack by scan into packages, close,
hand over at a pickup, follow to delivery and the receiver's signature; costs.

Every function is one transaction with its audit events. An item set is claimed by at most one
shipment (``shipment_line.item_set_id`` is unique): a plan's allocation and a scan's packing are the
same row, allocated first (``packed_at`` NULL) and packed later.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Row, bindparam, func, select, update
from sqlalchemy.orm import Session

from ..domain.roles import Permission
from ..domain.errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound, TransitionRefused
from ..domain.identifiers import CodeKind, expect_kind, make_code
from ..domain.lifecycle import (
    ITEM_SET_STATUS_FOR_REVERT,
    ITEM_SET_STATUS_FOR_SHIPMENT,
    ItemSetStatus,
    ShipmentStatus,
    check_cost_settable,
    check_item_set_for_shipment,
    check_item_set_move,
    check_packing_open,
    check_shipment_move,
    check_shipment_revert,
    check_weight_and_tracking_editable,
)
from ..domain.logistics import cny_to_fen, kg_to_g
from ..domain.privacy import refuse_identity_numbers
from ..domain.tracking import check_tracking_number, read_tracking_number
from ..store.database import Store
from ..store.statements import SET_ITEM_SET_STATUS
from ..store.models import (
    Courier,
    CourierArea,
    Destination,
    ItemSet,
    Package,
    Pickup,
    Shipment,
    ShipmentLine,
    Wish,
)
from . import audit
from .access import requires
from .context import Actor, now
from ..queries.item_sets import load_item_set, view_of
from ..queries.shipments import (
    find_by_code,
    load,
    load_package,
    load_row,
    package_view,
    shipment_view,
    tracking_rule,
)
from .once import run_once
from .wish_progress import follow_item_sets
from ..queries.rows import (
    ItemSetView,
    PackageView,
    PickupView,
    ShipmentView,
)

# --- couriers and destinations ------------------------------------------------------------------


def _covers(session: Session, courier: Courier, district: str) -> bool:
    """A courier without any area set is taken to serve everywhere (stores from before areas existed)."""
    districts = set(session.scalars(select(CourierArea.district).where(CourierArea.courier_id == courier.id)))
    return not districts or district in districts


# --- reading shipments --------------------------------------------------------------------------


# --- creating and packing -----------------------------------------------------------------------


def new_shipment(session: Session, actor: Actor, destination: Destination, courier: Courier,
                 detail: str | None = None) -> Shipment:
    """Add a ``planned`` shipment inside ``session`` (audited); planning uses it for its proposals.

    :raises TransitionRefused: the courier does not serve the destination's district.
    """
    if not _covers(session, courier, destination.district):
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "Courier {courier} does not serve {district}: choose another courier."),
            courier=courier.name, district=destination.district,
        )
    serial = (session.scalar(select(func.max(Shipment.id))) or 0) + 1
    shipment = Shipment(code=make_code(CodeKind.SHIPMENT, serial), destination_id=destination.id,
                        courier_id=courier.id, status=ShipmentStatus.PLANNED.value, created_at=now())
    session.add(shipment)
    session.flush()
    audit.record(session, actor, "create_shipment", "shipment", shipment.code, None, ShipmentStatus.PLANNED.value,
                 detail or f"{destination.code} {courier.code}")
    return shipment


_NO_COURIER = QT_TRANSLATE_NOOP("domain", "Courier {code} does not exist.")


@requires(Permission.PLAN)
def create_shipment(store: Store, actor: Actor, destination_code: str, courier_code: str, *,
                    token: str | None = None) -> ShipmentView:
    """Open a new ``planned`` shipment to a destination with a courier partner, by hand.

    :param token: the request's idempotency token (:mod:`.once`): the same token again creates nothing.
    :raises NotFound: unknown destination or courier code.
    :raises TransitionRefused: the courier does not serve the destination's district.
    :raises AlreadyDone: this token created a shipment before (``result``: its view).
    """
    def create(session: Session) -> tuple[ShipmentView, str]:
        destination = find_by_code(session, Destination, destination_code,
                                   QT_TRANSLATE_NOOP("domain", "Destination {code} does not exist."))
        courier = find_by_code(session, Courier, courier_code, _NO_COURIER)
        shipment = new_shipment(session, actor, destination, courier)
        return shipment_view(session, shipment), shipment.code

    return run_once(store, actor, token, "create_shipment", create,
                    lambda session, code: shipment_view(session, load(session, code)))


def _new_package(session: Session, actor: Actor, shipment: Shipment) -> Package:
    number = (session.scalar(select(func.max(Package.number)).where(Package.shipment_id == shipment.id)) or 0) + 1
    serial = (session.scalar(select(func.max(Package.id))) or 0) + 1
    package = Package(code=make_code(CodeKind.PACKAGE, serial), shipment_id=shipment.id, number=number,
                      created_at=now())
    session.add(package)
    session.flush()
    audit.record(session, actor, "add_package", "shipment", shipment.code, None, None, f"{package.code} #{number}")
    return package


@requires(Permission.PACK)
def add_package(store: Store, actor: Actor, shipment_code: str, *, token: str | None = None) -> PackageView:
    """Start the shipment's next package (包裹 n+1); later scans go into it.

    :param token: the request's idempotency token (:mod:`.once`): the same token again adds nothing.
    :raises TransitionRefused: packing is closed.
    :raises AlreadyDone: this token added a package before (``result``: its view).
    """
    def create(session: Session) -> tuple[PackageView, str]:
        shipment = load(session, shipment_code)
        check_packing_open(shipment.code, ShipmentStatus(shipment.status))
        package = _new_package(session, actor, shipment)
        return package_view(session, package, shipment.code), package.code

    def replay(session: Session, code: str) -> PackageView:
        package = load_package(session, code)
        return package_view(session, package, session.get(Shipment, package.shipment_id).code)

    return run_once(store, actor, token, "add_package", create, replay)


@requires(Permission.PACK)
def set_package_weight(store: Store, actor: Actor, package_code: str, kg: float | str) -> PackageView:
    """Record a package's weight (kg, stored in grams) before the shipment leaves
    (``lifecycle.can_edit_weight_and_tracking``).

    :raises InvalidValue: not 0.001–100 kg. :raises TransitionRefused: the shipment was handed over.
    """
    grams = kg_to_g(kg)
    with store.write() as session:
        package = load_package(session, package_code)
        shipment = session.get(Shipment, package.shipment_id)
        check_weight_and_tracking_editable(shipment.code, ShipmentStatus(shipment.status))
        before = package.weight_g
        package.weight_g = grams
        audit.record(session, actor, "set_package_weight", "package", package.code,
                     None if before is None else str(before), str(grams), shipment.code)
        return package_view(session, package, shipment.code)


@requires(Permission.PACK)
def pack(store: Store, actor: Actor, shipment_code: str, item_code: str,
         package_code: str | None = None) -> ItemSetView:
    """Pack a passed item set into a planned shipment, into ``package_code`` or its last package (package
    1 is started when there is none). An item set the plan allocated to this shipment is taken from
    the allocation; one allocated to, or packed in, another shipment is refused.

    :raises InvalidCode: / :raises NotFound: any code.
    :raises TransitionRefused: with the reason: packing closed; not inspected; failed and in quarantine;
        returned or disposed; already packed (here or in another shipment); allocated to another
        shipment or to another destination.
    """
    with store.write() as session:
        return view_of(session, pack_into(session, actor, load_row(session, shipment_code), item_code, package_code))


# the item set and its line, if any (``shipment_line.item_set_id`` is unique): one statement
# the item set, its line if it has one, and whether a wish is matched to it (issue 12), in one read
_ITEM_AND_LINE = (select(ItemSet.id, ItemSet.code, ItemSet.status, ShipmentLine.id.label("line"),
                         ShipmentLine.shipment_id, ShipmentLine.packed_at.is_not(None).label("packed"),
                         Wish.id.label("wish"))
                  .outerjoin(ShipmentLine, ShipmentLine.item_set_id == ItemSet.id)
                  .outerjoin(Wish, Wish.item_set_id == ItemSet.id)
                  .where(ItemSet.code == bindparam("code")))
_LAST_PACKAGE = (select(Package.id, Package.code).where(Package.shipment_id == bindparam("shipment"))
                 .order_by(Package.number.desc()).limit(1))
_PACKAGE_ROW = select(Package.id, Package.code, Package.shipment_id).where(Package.code == bindparam("code"))
_PACK_LINE = (update(ShipmentLine.__table__).where(ShipmentLine.__table__.c.id == bindparam("line"))
              .values(packed_at=bindparam("at"), package_id=bindparam("package")))
_NEW_LINE = ShipmentLine.__table__.insert()


def pack_into(session: Session, actor: Actor, shipment: Shipment | Row, item_code: str,
              package_code: str | None = None) -> str:
    """:func:`pack` inside ``session`` into ``shipment`` (an ORM object or a :func:`load_row`); returns the
    code of the item set packed. The line, the item set's status and the audit event are written with
    Core statements (seen by the session's later queries; no ORM object of them is loaded). Raises as
    :func:`pack`."""
    check_packing_open(shipment.code, ShipmentStatus(shipment.status))
    code = expect_kind(item_code, CodeKind.ITEM_SET)
    connection = session.connection()
    item = connection.execute(_ITEM_AND_LINE, {"code": code.text}).one_or_none()
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "Item set {code} is not in this warehouse."), code=code.text)
    before = ItemSetStatus(item.status)
    if item.line is not None and item.shipment_id != shipment.id:
        other = session.get(Shipment, item.shipment_id)
        other_destination = None
        if other.destination_id != shipment.destination_id:
            other_destination = session.get(Destination, other.destination_id).name
        check_item_set_for_shipment(item.code, before, shipment.code, other_shipment=other.code,
                                    other_destination=other_destination, other_packed=bool(item.packed))
    check_item_set_move(item.code, before, ItemSetStatus.PACKED)
    if package_code:
        package_code = expect_kind(package_code, CodeKind.PACKAGE).text
        package = connection.execute(_PACKAGE_ROW, {"code": package_code}).one_or_none()
        if package is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "Package {code} does not exist."), code=package_code)
        if package.shipment_id != shipment.id:
            raise TransitionRefused(QT_TRANSLATE_NOOP("domain", "Package {package} is not in shipment {code}."),
                                    package=package.code, code=shipment.code)
    else:
        package = connection.execute(_LAST_PACKAGE, {"shipment": shipment.id}).first()
        if package is None:
            package = _new_package(session, actor, shipment)
            session.flush()
    at = now()
    if item.line is None:
        connection.execute(_NEW_LINE, {"shipment_id": shipment.id, "item_set_id": item.id, "packed_at": at,
                                       "package_id": package.id})
    else:
        connection.execute(_PACK_LINE, {"line": item.line, "at": at, "package": package.id})
    connection.execute(SET_ITEM_SET_STATUS, {"item": item.id, "status": ItemSetStatus.PACKED.value})
    audit.record(session, actor, "pack", "item_set", item.code, before.value, ItemSetStatus.PACKED.value,
                 f"{shipment.code} {package.code}")
    if item.wish is not None:
        follow_item_sets(session, actor, [item.id], ItemSetStatus.PACKED.value, f"{shipment.code} {package.code}",
                         destination_id=shipment.destination_id)
    return item.code


@requires(Permission.PACK)
def unpack(store: Store, actor: Actor, shipment_code: str, item_code: str) -> ItemSetView:
    """Take an item set out of a shipment that is still ``planned`` (a wrong scan, undone).

    An item set the plan had allocated goes back to the allocation; one packed without a plan leaves
    the shipment. The audit trail keeps the packing and the unpacking as two events. Unlike an
    inspection undone (``domain.undo``), this has no time or station limit: it records no result, the
    item set can be packed again, and it is the only way to take a wrong item set out while the
    shipment is still ``planned`` (the life cycle's limit, ``lifecycle.packing_open``).

    :raises TransitionRefused: packing is closed, or the item set is not packed in this shipment.
    """
    with store.write() as session:
        shipment = load(session, shipment_code)
        check_packing_open(shipment.code, ShipmentStatus(shipment.status))
        item = load_item_set(session, item_code)
        line = session.scalars(select(ShipmentLine).where(
            ShipmentLine.shipment_id == shipment.id, ShipmentLine.item_set_id == item.id,
            ShipmentLine.packed_at.is_not(None))).one_or_none()
        if line is None:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP("domain", "{code} is not packed in shipment {shipment}."),
                code=item.code, shipment=shipment.code,
            )
        before = ItemSetStatus(item.status)
        check_item_set_move(item.code, before, ItemSetStatus.PASSED)
        item.status = ItemSetStatus.PASSED.value
        if line.allocated_at is not None:
            line.packed_at = line.package_id = None
        else:
            session.delete(line)
        audit.record(session, actor, "unpack", "item_set", item.code, before.value, ItemSetStatus.PASSED.value,
                     shipment.code)
        follow_item_sets(session, actor, [item.id], ItemSetStatus.PASSED.value, shipment.code)
        session.flush()
        return view_of(session, item.code)


def release(session: Session, actor: Actor, shipment: Shipment) -> int:
    """Delete the shipment's allocations that were never packed (audited per item set); returns how many."""
    lines = list(session.scalars(select(ShipmentLine).where(ShipmentLine.shipment_id == shipment.id,
                                                            ShipmentLine.packed_at.is_(None))))
    codes = {item_id: code for item_id, code in session.execute(
        select(ItemSet.id, ItemSet.code).where(ItemSet.id.in_([line.item_set_id for line in lines])))}
    for line in lines:
        audit.record(session, actor, "release", "item_set", codes[line.item_set_id], None, None, shipment.code)
        session.delete(line)
    return len(lines)


# --- tracking numbers, states, costs -------------------------------------------------------------


@requires(Permission.SHIP)
def set_tracking_number(store: Store, actor: Actor, shipment_code: str, tracking_number: str,
                        issuer: str | None = None) -> ShipmentView:
    """Record the courier's tracking number (运单号) before the shipment is handed over
    (``lifecycle.can_edit_weight_and_tracking``), checked against that courier's rule
    (``tracking.check_tracking_number``: pattern and check digit; never repaired).

    :param issuer: the code of the courier the user said issued the number, when it fits several
        couriers' rules (:func:`couriers_for_tracking_number`; never guessed): it must be the
        shipment's own courier.
    :raises InvalidValue: not 8–30 letters and digits, not this courier's format, a wrong check digit,
        or ``issuer`` is another courier (params ``number``, ``courier``, ``code``, ``own``).
    :raises NotFound: no courier ``issuer``.
    :raises TransitionRefused: the shipment was already handed over.
    """
    with store.write() as session:
        shipment = load(session, shipment_code)
        check_weight_and_tracking_editable(shipment.code, ShipmentStatus(shipment.status))
        own = session.get(Courier, shipment.courier_id)
        if issuer is not None and issuer != own.code:
            other = find_by_code(session, Courier, issuer, _NO_COURIER)
            raise InvalidValue(
                QT_TRANSLATE_NOOP("domain", "Tracking number {number} is {courier}'s, but {code} goes with {own}: "
                                            "not saved."),
                number=read_tracking_number(tracking_number), courier=other.name, code=shipment.code, own=own.name)
        number = check_tracking_number(tracking_number, tracking_rule(own))
        before = shipment.tracking_number
        shipment.tracking_number = number
        audit.record(session, actor, "set_tracking_number", "shipment", shipment.code, before, number)
        return shipment_view(session, shipment)


def _move(session: Session, actor: Actor, shipment: Shipment, target: ShipmentStatus, detail: str | None = None,
          pickup: Pickup | None = None) -> None:
    """Move ``shipment`` to ``target`` inside ``session``: checks, time stamp, item sets, events."""
    packed = session.scalar(select(func.count()).where(ShipmentLine.shipment_id == shipment.id,
                                                      ShipmentLine.packed_at.is_not(None)))
    unweighed = session.scalar(select(func.count()).where(Package.shipment_id == shipment.id,
                                                         Package.weight_g.is_(None)))
    before = ShipmentStatus(shipment.status)
    check_shipment_move(shipment.code, before, target, lines=packed, tracking_number=shipment.tracking_number,
                        unweighed=unweighed, packed=packed)
    at = now()
    shipment.status = target.value
    if target is ShipmentStatus.PACKED:
        shipment.packed_at = at
        release(session, actor, shipment)
    elif target is ShipmentStatus.CANCELLED:
        release(session, actor, shipment)
    elif target is ShipmentStatus.HANDED_OVER:
        shipment.handed_over_at, shipment.pickup_id = at, pickup.id if pickup else None
    elif target is ShipmentStatus.IN_TRANSIT:
        shipment.in_transit_at = at
    elif target is ShipmentStatus.DELIVERED:
        shipment.delivered_at = at
    elif target is ShipmentStatus.RECEIPT_CONFIRMED:
        shipment.receipt_confirmed_at = at
    item_status = ITEM_SET_STATUS_FOR_SHIPMENT.get(target)
    if item_status is not None:
        _move_item_sets(session, actor, shipment, item_status, target.value, shipment.code)
    audit.record(session, actor, target.value, "shipment", shipment.code, before.value, target.value, detail)


def _move_item_sets(session: Session, actor: Actor, shipment: Shipment, target: ItemSetStatus, action: str,
                    detail: str) -> None:
    """Move every item set of ``shipment`` to ``target`` (each checked, each with an event ``action``)."""
    item_ids = select(ShipmentLine.item_set_id).where(ShipmentLine.shipment_id == shipment.id)
    for code, status in session.execute(select(ItemSet.code, ItemSet.status)
                                        .where(ItemSet.id.in_(item_ids)).order_by(ItemSet.id)):
        check_item_set_move(code, ItemSetStatus(status), target)
        audit.record(session, actor, action, "item_set", code, status, target.value, detail)
    session.execute(update(ItemSet).where(ItemSet.id.in_(item_ids)).values(status=target.value))
    follow_item_sets(session, actor, item_ids, target.value, detail)


def _advance(store: Store, actor: Actor, shipment_code: str, target: ShipmentStatus) -> ShipmentView:
    with store.write() as session:
        shipment = load(session, shipment_code)
        _move(session, actor, shipment, target)
        return shipment_view(session, shipment)


@requires(Permission.PACK)
def close_packing(store: Store, actor: Actor, shipment_code: str) -> ShipmentView:
    """Close packing (``planned → packed``); allocations the plan made but nobody packed are released.

    :raises TransitionRefused: nothing packed, or a package without a weight.
    """
    return _advance(store, actor, shipment_code, ShipmentStatus.PACKED)


@requires(Permission.PLAN)
def cancel_shipment(store: Store, actor: Actor, shipment_code: str) -> ShipmentView:
    """Give up a planned shipment with nothing packed; its allocations are released.

    :raises TransitionRefused: not planned, or item sets are packed in it.
    """
    return _advance(store, actor, shipment_code, ShipmentStatus.CANCELLED)


@requires(Permission.SHIP)
def hand_over_pickup(store: Store, actor: Actor, courier_code: str, shipment_codes: Sequence[str]) -> PickupView:
    """Hand packed shipments to their courier at one pickup (上门取件), all or none: one handover
    manifest (交接单) lists them. Item sets become ``shipped``.

    :raises TransitionRefused: a shipment is not packed, has no tracking number or is another courier's.
    :raises InvalidValue: no shipment given.
    """
    if not shipment_codes:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Choose at least one shipment to hand over."))
    with store.write() as session:
        courier = find_by_code(session, Courier, courier_code, _NO_COURIER)
        serial = (session.scalar(select(func.max(Pickup.id))) or 0) + 1
        pickup = Pickup(code=f"JJ{serial:06d}", courier_id=courier.id, at=now(), actor=actor.operator,
                        station=actor.station)
        session.add(pickup)
        session.flush()
        handed = []
        for text in shipment_codes:
            shipment = load(session, text)
            if shipment.courier_id != courier.id:
                raise TransitionRefused(
                    QT_TRANSLATE_NOOP("domain", "Shipment {code} goes with another courier, not {courier}."),
                    code=shipment.code, courier=courier.name)
            _move(session, actor, shipment, ShipmentStatus.HANDED_OVER, pickup.code, pickup)
            handed.append(shipment.code)
        audit.record(session, actor, "pickup", "pickup", pickup.code, None, None,
                     f"{courier.code}: {' '.join(handed)}")
        return PickupView(pickup.code, courier.code, courier.name, pickup.at, tuple(handed))


@requires(Permission.SHIP)
def hand_over(store: Store, actor: Actor, shipment_code: str) -> ShipmentView:
    """Hand one packed shipment to its courier (已交接) at a pickup of its own; item sets become ``shipped``.

    :raises TransitionRefused: not packed, or without a tracking number.
    """
    with store.read() as session:
        shipment = load(session, shipment_code)
        code, courier_code = shipment.code, session.get(Courier, shipment.courier_id).code
    hand_over_pickup(store, actor, courier_code, [code])
    with store.read() as session:
        return shipment_view(session, load(session, code))


@requires(Permission.SHIP)
def mark_in_transit(store: Store, actor: Actor, shipment_code: str) -> ShipmentView:
    """The courier reports the shipment on its way (运输中). :raises TransitionRefused: not handed over."""
    return _advance(store, actor, shipment_code, ShipmentStatus.IN_TRANSIT)


@requires(Permission.SHIP)
def deliver(store: Store, actor: Actor, shipment_code: str) -> ShipmentView:
    """Mark the shipment delivered (已送达), from handed over or in transit; item sets become ``delivered``.

    :raises TransitionRefused: not with the courier.
    """
    return _advance(store, actor, shipment_code, ShipmentStatus.DELIVERED)


@requires(Permission.SHIP)
def confirm_receipt(store: Store, actor: Actor, shipment_code: str, receiver: str, receipt_date: date,
                    note: str = "", slip_file: str | None = None) -> ShipmentView:
    """Record the destination's signature (已签收): who received it, on which day, a note, and optionally
    the path of the scanned signed packing slip. Confirming again corrects these details (a new
    event); item sets are never moved by either.

    :raises InvalidValue: no receiver named, or the receiver or note holds an ID card number
        (``domain.privacy``: the receiver signs with a name, never an ID number).
    :raises TransitionRefused: not delivered yet.
    """
    if not receiver.strip():
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Name the person who received the shipment."))
    refuse_identity_numbers(receiver, note)
    with store.write() as session:
        shipment = load(session, shipment_code)
        if ShipmentStatus(shipment.status) is ShipmentStatus.RECEIPT_CONFIRMED:
            audit.record(session, actor, "reconfirm_receipt", "shipment", shipment.code, shipment.receiver,
                         receiver.strip(), note or None)
        else:
            _move(session, actor, shipment, ShipmentStatus.RECEIPT_CONFIRMED, note or None)
        shipment.receiver, shipment.receipt_date = receiver.strip(), receipt_date
        shipment.receipt_note, shipment.receipt_file = note or None, slip_file or None
        return shipment_view(session, shipment)


@requires(Permission.SHIP)
def revert(store: Store, actor: Actor, shipment_code: str, why: str) -> ShipmentView:
    """Take a shipment one step back with a reason (see ``lifecycle.SHIPMENT_REVERTS``): reopen packing,
    take a hand-over back (``handed_over → packed``: the courier did not take it; its item sets go
    back from ``shipped`` to ``packed``, each with an event, and the shipment leaves its pickup, whose
    record stays), back to handed over, or withdraw a receipt confirmation. The reason is the event's
    detail, with the operator and station as on every move (a coordinator's act; roles are not
    enforced yet).

    :raises InvalidValue: no reason given, or one holding an ID card number (``domain.privacy``).
    :raises TransitionRefused: no way back from this state.
    """
    if not why.strip():
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Say why the step is taken back."))
    refuse_identity_numbers(why)
    with store.write() as session:
        shipment = load(session, shipment_code)
        before = ShipmentStatus(shipment.status)
        target = check_shipment_revert(shipment.code, before)
        shipment.status = target.value
        if before is ShipmentStatus.RECEIPT_CONFIRMED:
            shipment.receipt_confirmed_at = shipment.receiver = shipment.receipt_date = None
            shipment.receipt_note = shipment.receipt_file = None
        elif before is ShipmentStatus.IN_TRANSIT:
            shipment.in_transit_at = None
        elif before is ShipmentStatus.HANDED_OVER:
            shipment.handed_over_at = shipment.pickup_id = None
        else:
            shipment.packed_at = None
        item_status = ITEM_SET_STATUS_FOR_REVERT.get(before)
        if item_status is not None:
            _move_item_sets(session, actor, shipment, item_status, "revert", f"{shipment.code}: {why.strip()}")
        audit.record(session, actor, "revert", "shipment", shipment.code, before.value, target.value, why.strip())
        return shipment_view(session, shipment)


@requires(Permission.SHIP)
def set_cost(store: Store, actor: Actor, shipment_code: str, cny: float | str) -> ShipmentView:
    """Record what the courier actually charged for the shipment (CNY; stored in fen).

    :raises InvalidValue: not an amount.
    :raises TransitionRefused: the shipment was cancelled (``lifecycle.can_set_cost``).
    """
    fen = cny_to_fen(cny)
    with store.write() as session:
        shipment = load(session, shipment_code)
        check_cost_settable(shipment.code, ShipmentStatus(shipment.status))
        before = shipment.cost_fen
        shipment.cost_fen = fen
        audit.record(session, actor, "set_cost", "shipment", shipment.code,
                     None if before is None else str(before), str(fen))
        return shipment_view(session, shipment)
