"""Shipments (发货单) to destinations via the three courier partners: create, pack, hand over, deliver."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, NotFound, TransitionRefused
from ..domain.identifiers import CodeKind, expect_kind, make_code
from ..domain.lifecycle import (
    ITEM_SET_STATUS_FOR_SHIPMENT,
    ItemSetStatus,
    ShipmentStatus,
    check_item_set_move,
    check_packing_open,
    check_shipment_move,
    normalise_tracking_number,
)
from ..store.database import Store
from ..store.models import Courier, Destination, ItemSet, Shipment, ShipmentLine
from . import audit
from .context import Actor, now
from .intake import item_set_query, load_item_set, to_view, view_of
from .views import Choice, ItemSetView, ShipmentView


def couriers(store: Store) -> list[Choice]:
    """The courier partners, by code."""
    with store.read() as session:
        return [Choice(c.code, c.name) for c in session.scalars(select(Courier).order_by(Courier.code))]


def destinations(store: Store) -> list[Choice]:
    """The destinations (收货点), by district then name."""
    with store.read() as session:
        rows = session.scalars(select(Destination).order_by(Destination.code))
        return [Choice(d.code, d.name, d.district) for d in rows]


def _shipment_query():  # noqa: ANN202
    lines = (
        select(func.count())
        .where(ShipmentLine.shipment_id == Shipment.id)
        .correlate(Shipment)
        .scalar_subquery()
    )
    return (
        select(Shipment, Courier.code, Courier.name, Destination.code, Destination.name, Destination.district, lines)
        .join(Courier, Shipment.courier_id == Courier.id)
        .join(Destination, Shipment.destination_id == Destination.id)
    )


def _to_view(row) -> ShipmentView:  # noqa: ANN001
    shipment, courier_code, courier, dest_code, dest, district, lines = row
    return ShipmentView(
        code=shipment.code,
        courier_code=courier_code,
        courier=courier,
        destination_code=dest_code,
        destination=dest,
        district=district,
        tracking_number=shipment.tracking_number,
        status=ShipmentStatus(shipment.status),
        item_sets=lines,
        created_at=shipment.created_at,
    )


def list_shipments(store: Store) -> list[ShipmentView]:
    """All shipments, newest first."""
    with store.read() as session:
        return [_to_view(row) for row in session.execute(_shipment_query().order_by(Shipment.id.desc()))]


def _load(session: Session, text: str) -> Shipment:
    code = expect_kind(text, CodeKind.SHIPMENT)
    shipment = session.scalars(select(Shipment).where(Shipment.code == code.text)).one_or_none()
    if shipment is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "Shipment {code} does not exist."), code=code.text)
    return shipment


def _view(session: Session, shipment: Shipment) -> ShipmentView:
    session.flush()
    return _to_view(session.execute(_shipment_query().where(Shipment.id == shipment.id)).one())


def get_shipment(store: Store, text: str) -> ShipmentView:
    """One shipment by code. :raises InvalidCode: / :raises NotFound:"""
    with store.read() as session:
        return _view(session, _load(session, text))


def shipment_item_sets(store: Store, text: str) -> list[ItemSetView]:
    """The item sets packed into a shipment, in packing order. :raises InvalidCode: / :raises NotFound:"""
    with store.read() as session:
        shipment = _load(session, text)
        rows = session.execute(item_set_query().where(ShipmentLine.shipment_id == shipment.id).order_by(ShipmentLine.id))
        return [to_view(row) for row in rows]


def create_shipment(store: Store, actor: Actor, destination_code: str, courier_code: str) -> ShipmentView:
    """Open a new shipment to a destination with a courier partner.

    :raises NotFound: unknown destination or courier code.
    """
    with store.write() as session:
        destination = session.scalars(select(Destination).where(Destination.code == destination_code)).one_or_none()
        if destination is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "Destination {code} does not exist."), code=destination_code)
        courier = session.scalars(select(Courier).where(Courier.code == courier_code)).one_or_none()
        if courier is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "Courier {code} does not exist."), code=courier_code)
        serial = (session.scalar(select(func.max(Shipment.id))) or 0) + 1
        shipment = Shipment(
            code=make_code(CodeKind.SHIPMENT, serial),
            destination_id=destination.id,
            courier_id=courier.id,
            status=ShipmentStatus.OPEN.value,
            created_at=now(),
        )
        session.add(shipment)
        audit.record(
            session, actor, "create_shipment", "shipment", shipment.code, None, ShipmentStatus.OPEN.value,
            f"{destination.code} {courier.code}",
        )
        return _view(session, shipment)


def pack(store: Store, actor: Actor, shipment_code: str, item_code: str) -> ItemSetView:
    """Pack a passed item set into an open shipment (one transaction, audited).

    The unique ``shipment_line.item_set_id`` backs the rule in the database: an item set is never
    in two shipments, nor twice in one.

    :raises InvalidCode: / :raises NotFound: either code.
    :raises TransitionRefused: the shipment is no longer being packed, or the item set is not
        ``passed`` (not inspected, quarantined, or already packed).
    """
    with store.write() as session:
        shipment = _load(session, shipment_code)
        check_packing_open(shipment.code, ShipmentStatus(shipment.status))
        item = load_item_set(session, item_code)
        before = ItemSetStatus(item.status)
        check_item_set_move(item.code, before, ItemSetStatus.PACKED)
        item.status = ItemSetStatus.PACKED.value
        session.add(ShipmentLine(shipment_id=shipment.id, item_set_id=item.id, packed_at=now()))
        audit.record(
            session, actor, "pack", "item_set", item.code, before.value, ItemSetStatus.PACKED.value, shipment.code
        )
        session.flush()
        return view_of(session, item.code)


def unpack(store: Store, actor: Actor, shipment_code: str, item_code: str) -> ItemSetView:
    """Take an item set out of a shipment that is still being packed (a wrong scan, undone).

    The shipment line goes; the audit trail keeps the packing and the unpacking as two events.

    :raises InvalidCode: / :raises NotFound: either code.
    :raises TransitionRefused: the shipment was handed over, or the item set is not in it.
    """
    with store.write() as session:
        shipment = _load(session, shipment_code)
        check_packing_open(shipment.code, ShipmentStatus(shipment.status))
        item = load_item_set(session, item_code)
        line = session.scalars(
            select(ShipmentLine).where(ShipmentLine.shipment_id == shipment.id, ShipmentLine.item_set_id == item.id)
        ).one_or_none()
        if line is None:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP("domain", "{code} is not packed in shipment {shipment}."),
                code=item.code, shipment=shipment.code,
            )
        before = ItemSetStatus(item.status)
        check_item_set_move(item.code, before, ItemSetStatus.PASSED)
        item.status = ItemSetStatus.PASSED.value
        session.delete(line)
        audit.record(
            session, actor, "unpack", "item_set", item.code, before.value, ItemSetStatus.PASSED.value, shipment.code
        )
        session.flush()
        return view_of(session, item.code)


def set_tracking_number(store: Store, actor: Actor, shipment_code: str, tracking_number: str) -> ShipmentView:
    """Record the courier's tracking number (运单号) while the shipment is being packed.

    :raises InvalidValue: not 8–30 ASCII letters and digits.
    :raises TransitionRefused: the shipment was already handed over.
    """
    number = normalise_tracking_number(tracking_number)
    with store.write() as session:
        shipment = _load(session, shipment_code)
        check_packing_open(shipment.code, ShipmentStatus(shipment.status))
        before = shipment.tracking_number
        shipment.tracking_number = number
        audit.record(session, actor, "set_tracking_number", "shipment", shipment.code, before, number)
        return _view(session, shipment)


def _advance(store: Store, actor: Actor, shipment_code: str, target: ShipmentStatus) -> ShipmentView:
    item_status = ITEM_SET_STATUS_FOR_SHIPMENT[target]
    with store.write() as session:
        shipment = _load(session, shipment_code)
        lines = session.scalar(select(func.count()).where(ShipmentLine.shipment_id == shipment.id))
        before = ShipmentStatus(shipment.status)
        check_shipment_move(shipment.code, before, target, lines=lines, tracking_number=shipment.tracking_number)
        shipment.status = target.value
        if target is ShipmentStatus.HANDED_OVER:
            shipment.handed_over_at = now()
        else:
            shipment.delivered_at = now()
        item_ids = select(ShipmentLine.item_set_id).where(ShipmentLine.shipment_id == shipment.id)
        for item in session.scalars(select(ItemSet).where(ItemSet.id.in_(item_ids)).order_by(ItemSet.id)):
            previous = ItemSetStatus(item.status)
            check_item_set_move(item.code, previous, item_status)
            audit.record(session, actor, target.value, "item_set", item.code, previous.value, item_status.value, shipment.code)
        session.execute(update(ItemSet).where(ItemSet.id.in_(item_ids)).values(status=item_status.value))
        audit.record(session, actor, target.value, "shipment", shipment.code, before.value, target.value)
        return _view(session, shipment)


def hand_over(store: Store, actor: Actor, shipment_code: str) -> ShipmentView:
    """Mark the shipment handed over to its courier (已交接); its item sets become ``shipped``.

    :raises TransitionRefused: not being packed, empty, or without a tracking number.
    """
    return _advance(store, actor, shipment_code, ShipmentStatus.HANDED_OVER)


def deliver(store: Store, actor: Actor, shipment_code: str) -> ShipmentView:
    """Mark the shipment delivered (已送达); its item sets become ``delivered``.

    :raises TransitionRefused: not handed over yet, or already delivered.
    """
    return _advance(store, actor, shipment_code, ShipmentStatus.DELIVERED)
