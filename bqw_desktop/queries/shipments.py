"""Reading shipments, packages, couriers and destinations: plain rows for lists, documents and the
services that change them (which also use the session look-ups ``load``, ``load_row``, ``load_package``)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, bindparam, func, select
from sqlalchemy.orm import Session

from ..domain.catalogue import Category
from ..domain.errors import QT_TRANSLATE_NOOP, NotFound
from ..domain.identifiers import CodeKind, expect_kind
from ..domain.lifecycle import ShipmentStatus
from ..domain.logistics import RateCard, parse_pickup_days
from ..domain.tracking import CheckDigit, TrackingRule, matching_rules
from ..store.database import Store
from ..store.models import Courier, CourierArea, Destination, DestinationNeed, ItemSet, Package, Pickup, Shipment, ShipmentLine
from .item_sets import item_set_query, to_view
from .rows import Choice, CourierView, DestinationView, ItemSetView, NeedView, PackageView, ShipmentView


def couriers(store: Store) -> list[Choice]:
    """The courier partners, by code."""
    with store.read() as session:
        return [Choice(c.code, c.name) for c in session.scalars(select(Courier).order_by(Courier.code))]


def destinations(store: Store) -> list[Choice]:
    """The destinations (收货点), by code; ``district`` set."""
    with store.read() as session:
        rows = session.scalars(select(Destination).order_by(Destination.code))
        return [Choice(d.code, d.name, d.district) for d in rows]


def courier_details(store: Store) -> list[CourierView]:
    """Every courier with its areas, tracking rule, pickup days and rate card, by code."""
    with store.read() as session:
        areas: dict[int, list[str]] = {}
        for courier_id, district in session.execute(select(CourierArea.courier_id, CourierArea.district)
                                                    .order_by(CourierArea.id)):
            areas.setdefault(courier_id, []).append(district)
        return [
            CourierView(c.code, c.name, c.phone, tuple(areas.get(c.id, ())), c.tracking_pattern, c.check_digit,
                        parse_pickup_days(c.pickup_days), c.first_kg_fen, c.extra_kg_fen)
            for c in session.scalars(select(Courier).order_by(Courier.code))
        ]


def destination_details(store: Store) -> list[DestinationView]:
    """Every destination with its needs list, by code."""
    with store.read() as session:
        needs: dict[int, list[NeedView]] = {}
        for need in session.scalars(select(DestinationNeed).order_by(DestinationNeed.id)):
            needs.setdefault(need.destination_id, []).append(NeedView(Category(need.category), need.size, need.count))
        return [
            DestinationView(d.code, d.name, d.district, d.township, d.institution_kind, d.address, d.contact_name,
                            d.contact_phone, tuple(needs.get(d.id, ())))
            for d in session.scalars(select(Destination).order_by(Destination.code))
        ]


def tracking_rule(courier: Courier) -> TrackingRule | None:
    if not courier.tracking_pattern:
        return None
    return TrackingRule(courier.code, courier.tracking_pattern,
                        CheckDigit(courier.check_digit) if courier.check_digit else None)


def couriers_for_tracking_number(store: Store, number: str) -> list[Choice]:
    """The couriers whose tracking-number rule ``number`` satisfies. Never a guess: with two or more,
    the caller asks the user which courier issued it; with none, no courier of ours did.

    :raises InvalidValue: not 8–30 letters and digits.
    """
    with store.read() as session:
        rows = list(session.scalars(select(Courier).order_by(Courier.code)))
        rules = [rule for rule in map(tracking_rule, rows) if rule is not None]
        names = [(c.code, c.name) for c in rows]
    matched = {rule.courier for rule in matching_rules(number, rules)}
    return [Choice(code, name) for code, name in names if code in matched]


def _shipment_query(*shipment):  # noqa: ANN002, ANN202 - the Shipment entity, or its table's columns
    def count(*where):  # noqa: ANN002, ANN202
        return (select(func.count()).where(ShipmentLine.shipment_id == Shipment.id, *where)
                .correlate(Shipment).scalar_subquery())

    packages = (select(func.count()).where(Package.shipment_id == Shipment.id).correlate(Shipment)
                .scalar_subquery())
    return (
        select(*(shipment or (Shipment,)), Courier.code.label("courier_code"), Courier.name.label("courier_name"),
               Destination.code.label("destination_code"), Destination.name.label("destination_name"),
               Destination.district, count(ShipmentLine.packed_at.is_not(None)),
               count(ShipmentLine.packed_at.is_(None)), packages, Pickup.code.label("pickup_code"),
               Courier.first_kg_fen, Courier.extra_kg_fen)
        .join(Courier, Shipment.courier_id == Courier.id)
        .join(Destination, Shipment.destination_id == Destination.id)
        .outerjoin(Pickup, Shipment.pickup_id == Pickup.id)
    )


def _weights(session: Session, shipment_ids: Sequence[int] | None = None) -> dict[int, list[int | None]]:
    query = select(Package.shipment_id, Package.weight_g).order_by(Package.shipment_id, Package.number)
    if shipment_ids is not None:
        query = query.where(Package.shipment_id.in_(shipment_ids))
    weights: dict[int, list[int | None]] = {}
    for shipment_id, weight in session.execute(query):
        weights.setdefault(shipment_id, []).append(weight)
    return weights


def _to_view(row, weights: dict[int, list[int | None]]) -> ShipmentView:  # noqa: ANN001
    (shipment, courier_code, courier, dest_code, dest, district, packed, allocated, packages, pickup,
     first_kg, extra_kg) = row
    mine = weights.get(shipment.id, [])
    estimate = RateCard(first_kg, extra_kg).estimate_fen(mine) if first_kg is not None and mine else None
    return ShipmentView(
        code=shipment.code, courier_code=courier_code, courier=courier, destination_code=dest_code,
        destination=dest, district=district, tracking_number=shipment.tracking_number,
        status=ShipmentStatus(shipment.status), item_sets=packed, created_at=shipment.created_at,
        allocated=allocated, packages=packages,
        weight_g=sum(mine) if mine and None not in mine else None,  # type: ignore[arg-type]
        handed_over_at=shipment.handed_over_at, delivered_at=shipment.delivered_at,
        receipt_confirmed_at=shipment.receipt_confirmed_at, pickup_code=pickup, cost_fen=shipment.cost_fen,
        estimate_fen=estimate, receiver=shipment.receiver, receipt_date=shipment.receipt_date,
        receipt_note=shipment.receipt_note, receipt_file=shipment.receipt_file,
    )


def list_shipments(store: Store) -> list[ShipmentView]:
    """All shipments, newest first."""
    with store.read() as session:
        weights = _weights(session)
        return [_to_view(row, weights) for row in session.execute(_shipment_query().order_by(Shipment.id.desc()))]


_BY_CODE = select(Shipment).where(Shipment.code == bindparam("code"))  # built once: a pack scan runs it


def load(session: Session, text: str) -> Shipment:
    """The shipment whose code is ``text``. :raises InvalidCode: / :raises NotFound:"""
    code = expect_kind(text, CodeKind.SHIPMENT)
    shipment = session.scalars(_BY_CODE, {"code": code.text}).one_or_none()
    if shipment is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "Shipment {code} does not exist."), code=code.text)
    return shipment




# Statements a pack scan runs are built once, with the shipment as a parameter: building one costs
# more than running it (bench/pack_scan.py).
_ONE_SHIPMENT = _shipment_query().where(Shipment.id == bindparam("shipment"))


_WEIGHTS = select(Package.weight_g).where(Package.shipment_id == bindparam("shipment")).order_by(Package.number)


def shipment_view(session: Session, shipment: Shipment) -> ShipmentView:
    """The :class:`ShipmentView` of ``shipment`` as seen inside ``session`` (its changes flushed first)."""
    session.flush()
    row = session.execute(_ONE_SHIPMENT, {"shipment": shipment.id}).one()
    return _to_view(row, {shipment.id: list(session.scalars(_WEIGHTS, {"shipment": shipment.id}))})




_SHIPMENT_COLUMNS = tuple(Shipment.__table__.c)


_ONE_SHIPMENT_ROW = _shipment_query(*_SHIPMENT_COLUMNS).where(Shipment.id == bindparam("shipment"))


def shipment_view_read(session: Session, shipment_id: int, weights: list[int | None]) -> ShipmentView:
    """The :class:`ShipmentView` of a shipment as stored in ``session``'s transaction, with one Core
    statement on its connection (no ORM object, no flush: the caller flushed what it changed), given the
    weights of its packages in number order (the caller read its packages already)."""
    row = session.connection().execute(_ONE_SHIPMENT_ROW, {"shipment": shipment_id}).one()
    return _to_view((row, *row[len(_SHIPMENT_COLUMNS):]), {shipment_id: weights})


def get_shipment(store: Store, text: str) -> ShipmentView:
    """One shipment by code. :raises InvalidCode: / :raises NotFound:"""
    with store.read() as session:
        return shipment_view(session, load(session, text))


# whether the line is packed, not its time: a time is a datetime made per row (UTCDateTime), a third of
# reading a shipment's 76 lines back after a pack scan at the 100× drive (bench/scan.py)
_LINES = (item_set_query().add_columns(ShipmentLine.packed_at.is_not(None), Package.number)
          .outerjoin(Package, Package.id == ShipmentLine.package_id)
          .where(ShipmentLine.shipment_id == bindparam("shipment")).order_by(ShipmentLine.packed_at, ShipmentLine.id))


def lines_of(session: Session, shipment: Shipment | Row) -> tuple[list[tuple[ItemSetView, int | None]],
                                                                  list[ItemSetView]]:
    """In one Core query on ``session``'s connection (its ORM changes flushed by the caller): the item sets
    packed into the shipment, in packing order, each with its package's number; and those allocated to
    it and not packed yet."""
    packed, allocated = [], []
    for row in session.connection().execute(_LINES, {"shipment": shipment.id}).all():  # one fetchall
        if row[-2]:
            packed.append((to_view(row), row[-1]))
        else:
            allocated.append(to_view(row))
    return packed, allocated


def shipment_item_sets(store: Store, text: str, *, allocated: bool = False) -> list[ItemSetView]:
    """The item sets packed into a shipment, in packing order; with ``allocated``, those reserved for it
    and not packed yet instead. :raises InvalidCode: / :raises NotFound:"""
    with store.read() as session:
        packed, to_pick = lines_of(session, load(session, text))
        return to_pick if allocated else [item for item, _ in packed]


def package_contents(store: Store, text: str) -> dict[int, list[str]]:
    """Item-set codes per package number of a shipment, in packing order."""
    with store.read() as session:
        shipment = load(session, text)
        contents: dict[int, list[str]] = {}
        for number, code in session.execute(
                select(Package.number, ItemSet.code).join(ShipmentLine, ShipmentLine.package_id == Package.id)
                .join(ItemSet, ShipmentLine.item_set_id == ItemSet.id)
                .where(Package.shipment_id == shipment.id).order_by(Package.number, ShipmentLine.id)):
            contents.setdefault(number, []).append(code)
        return contents


_BY_CODE_OF: dict = {}  # model → its look-up by code, built once (a pack scan into a package runs it)


def find_by_code(session: Session, model, code: str, message: str):  # noqa: ANN001, ANN201
    statement = _BY_CODE_OF.get(model)
    if statement is None:
        statement = _BY_CODE_OF[model] = select(model).where(model.code == bindparam("code"))
    row = session.scalars(statement, {"code": code}).one_or_none()
    if row is None:
        raise NotFound(message, code=code)
    return row


def package_view(session: Session, package: Package, shipment_code: str) -> PackageView:
    session.flush()
    of = session.scalar(select(func.count()).where(Package.shipment_id == package.shipment_id))
    items = session.scalar(select(func.count()).where(ShipmentLine.package_id == package.id))
    return PackageView(package.code, shipment_code, package.number, of, package.weight_g, items)


def load_package(session: Session, text: str) -> Package:
    code = expect_kind(text, CodeKind.PACKAGE)
    return find_by_code(session, Package, code.text, QT_TRANSLATE_NOOP("domain", "Package {code} does not exist."))


def find_package(store: Store, text: str) -> PackageView:
    """A package by its label code (``PK…``). :raises InvalidCode: / :raises NotFound:"""
    with store.read() as session:
        package = load_package(session, text)
        return package_view(session, package, session.get(Shipment, package.shipment_id).code)


_PACKAGES = (select(Package.code, Package.number, Package.weight_g,
                    select(func.count()).where(ShipmentLine.package_id == Package.id).correlate(Package)
                    .scalar_subquery())
             .where(Package.shipment_id == bindparam("shipment")).order_by(Package.number))


def packages_of(session: Session, shipment: Shipment | Row) -> list[PackageView]:
    """:func:`packages` inside ``session``, in one Core query on its connection (its ORM changes flushed by
    the caller)."""
    rows = list(session.connection().execute(_PACKAGES, {"shipment": shipment.id}))
    return [PackageView(code, shipment.code, number, len(rows), weight, count) for code, number, weight, count in rows]


def packages(store: Store, shipment_code: str) -> list[PackageView]:
    """The shipment's packages in number order."""
    with store.read() as session:
        return packages_of(session, load(session, shipment_code))


# A pack scan's own reads and writes are Core statements on the session's connection, built once: an
# ORM load, its autoflush and the unit of work's flush cost about 1 ms each here (bench/pack_scan.py).
_SHIPMENT_ROW = (select(Shipment.id, Shipment.code, Shipment.status, Shipment.destination_id)
                 .where(Shipment.code == bindparam("code")))


def load_row(session: Session, text: str) -> Row:
    """:func:`load` as a row (``id``, ``code``, ``status``, ``destination_id``), read with a Core statement
    (no ORM object). :raises InvalidCode: / :raises NotFound:"""
    code = expect_kind(text, CodeKind.SHIPMENT)
    row = session.connection().execute(_SHIPMENT_ROW, {"code": code.text}).one_or_none()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "Shipment {code} does not exist."), code=code.text)
    return row
