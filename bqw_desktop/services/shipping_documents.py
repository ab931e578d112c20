"""Gathering what the shipping documents print, from the store: package labels (包裹标签) and the courier
handover manifest (交接单) and the packing slip (装箱单); and writing them."""

from __future__ import annotations

from sqlalchemy import func, select

from ..documents.a4 import Output
from ..documents.handover_manifest import (
    HandoverManifestData,
    ManifestPackage,
    ManifestShipment,
    render_handover_manifest,
)
from ..documents.package_label import PackageLabelData, render_package_labels
from ..documents.packing_slip import PackageLine, PackingSlipData, SlipLine, render_packing_slip
from ..documents.terms import SHIPMENT_STATUS_ZH
from ..domain.errors import QT_TRANSLATE_NOOP, NotFound
from ..domain.lifecycle import ShipmentStatus
from ..queries.item_sets import item_set_query, to_view
from ..queries.rows import Choice
from ..queries.shipments import find_by_code, load
from ..store.database import Store
from ..store.models import Courier, Destination, ItemSet, Package, Pickup, Shipment, ShipmentLine
from .context import now


def package_label_data(store: Store, shipment_code: str) -> list[PackageLabelData]:
    """One label per package of the shipment, in number order (empty: no package yet).

    :raises InvalidCode: / :raises NotFound: the shipment code.
    """
    with store.read() as session:
        shipment = load(session, shipment_code)
        destination = session.get(Destination, shipment.destination_id)
        courier = session.get(Courier, shipment.courier_id)
        rows = list(session.execute(
            select(Package.code, Package.number, Package.weight_g, func.count(ShipmentLine.id))
            .outerjoin(ShipmentLine, ShipmentLine.package_id == Package.id)
            .where(Package.shipment_id == shipment.id).group_by(Package.id).order_by(Package.number)))
        return [
            PackageLabelData(
                shipment_code=shipment.code, package_code=code, number=number, of=len(rows), weight_g=weight,
                item_sets=items, destination_name=destination.name, district=destination.district,
                township=destination.township or "", address=destination.address,
                contact_name=destination.contact_name or "", contact_phone=destination.contact_phone or "",
                courier_name=courier.name, tracking_number=shipment.tracking_number)
            for code, number, weight, items in rows
        ]


def write_package_labels(store: Store, shipment_code: str, out: Output) -> list[PackageLabelData]:
    """Write the shipment's package labels (100 × 150 mm pages); returns what was printed.

    :raises NotFound: the shipment, or it has no package yet.
    """
    labels = package_label_data(store, shipment_code)
    if not labels:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "Shipment {code} has no package to label yet."),
                       code=shipment_code.strip().upper())
    render_package_labels(labels, out)
    return labels


def pickups(store: Store, courier_code: str) -> list[Choice]:
    """The courier's pickups, newest first: code, and the time and shipment count as detail."""
    with store.read() as session:
        courier = find_by_code(session, Courier, courier_code.strip().upper(),
                               QT_TRANSLATE_NOOP("domain", "Courier {code} does not exist."))
        rows = session.execute(
            select(Pickup.code, Pickup.at, func.count(Shipment.id)).outerjoin(Shipment, Shipment.pickup_id == Pickup.id)
            .where(Pickup.courier_id == courier.id).group_by(Pickup.id).order_by(Pickup.id.desc()))
        return [Choice(code, f"{at.astimezone():%Y-%m-%d %H:%M}", str(n)) for code, at, n in rows]


def handover_manifest_data(store: Store, courier_code: str, pickup_code: str | None = None) -> HandoverManifestData:
    """The handover manifest of one of the courier's pickups (the latest when ``pickup_code`` is None):
    every shipment handed over at it, in code order, with its packages (number order).

    :raises NotFound: unknown courier, no pickup of this courier with that code, or none at all.
    """
    with store.read() as session:
        courier = find_by_code(session, Courier, courier_code.strip().upper(),
                               QT_TRANSLATE_NOOP("domain", "Courier {code} does not exist."))
        query = select(Pickup).where(Pickup.courier_id == courier.id)
        if pickup_code:
            query = query.where(Pickup.code == pickup_code.strip().upper())
        pickup = session.scalars(query.order_by(Pickup.id.desc()).limit(1)).first()
        if pickup is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "Courier {courier} has no pickup {code}."),
                           courier=courier.name, code=pickup_code or "")
        shipments = list(session.execute(
            select(Shipment.id, Shipment.code, Destination.name, Destination.district, Shipment.tracking_number)
            .join(Destination, Shipment.destination_id == Destination.id)
            .where(Shipment.pickup_id == pickup.id).order_by(Shipment.code)))
        packages: dict[int, list[ManifestPackage]] = {}
        for shipment_id, number, code, weight, items in session.execute(
                select(Package.shipment_id, Package.number, Package.code, Package.weight_g,
                       func.count(ShipmentLine.id))
                .outerjoin(ShipmentLine, ShipmentLine.package_id == Package.id)
                .where(Package.shipment_id.in_([s[0] for s in shipments]))
                .group_by(Package.id).order_by(Package.shipment_id, Package.number)):
            packages.setdefault(shipment_id, []).append(ManifestPackage(number, code, items, weight))
        return HandoverManifestData(
            pickup_code=pickup.code, courier_name=courier.name, courier_phone=courier.phone or "",
            picked_up_at=pickup.at.astimezone(), clerk=pickup.actor, station=pickup.station,
            printed_at=now().astimezone(),
            shipments=[ManifestShipment(code, name, district, tracking, tuple(packages.get(sid, ())))
                       for sid, code, name, district, tracking in shipments])


def write_handover_manifest(store: Store, courier_code: str, out: Output,
                            pickup_code: str | None = None) -> HandoverManifestData:
    """Write the handover manifest (A4 PDF) of the courier's pickup; returns what was printed."""
    data = handover_manifest_data(store, courier_code, pickup_code)
    render_handover_manifest(data, out)
    return data


def packing_slip_data(store: Store, shipment_code: str) -> PackingSlipData:
    """Everything printed on a shipment's packing slip (装箱单); times in the station's local time zone.

    :raises InvalidCode: / :raises NotFound: the shipment code.
    """
    with store.read() as session:
        shipment = load(session, shipment_code)
        numbers = {item_id: number for item_id, number in session.execute(
            select(ShipmentLine.item_set_id, Package.number).join(Package, ShipmentLine.package_id == Package.id)
            .where(ShipmentLine.shipment_id == shipment.id))}
        ids = {code: item_id for code, item_id in session.execute(
            select(ItemSet.code, ItemSet.id).join(ShipmentLine).where(ShipmentLine.shipment_id == shipment.id))}
        items = sorted(
            (to_view(row) for row in session.execute(
                item_set_query().where(Shipment.id == shipment.id, ShipmentLine.packed_at.is_not(None)))),
            key=lambda i: (numbers.get(ids[i.code], 0), i.code),
        )
        boxes = [PackageLine(p.number, p.weight_g, sum(1 for n in numbers.values() if n == p.number))
                 for p in session.scalars(select(Package).where(Package.shipment_id == shipment.id)
                                          .order_by(Package.number))]
        destination, courier = shipment.destination, shipment.courier
        return PackingSlipData(
            shipment_code=shipment.code,
            destination_name=destination.name,
            destination_district=destination.district,
            destination_address=destination.address,
            contact_name=destination.contact_name or "",
            contact_phone=destination.contact_phone or "",
            courier_name=courier.name,
            tracking_number=shipment.tracking_number,
            status_zh=SHIPMENT_STATUS_ZH[ShipmentStatus(shipment.status)],
            created_at=shipment.created_at.astimezone(),
            handed_over_at=shipment.handed_over_at.astimezone() if shipment.handed_over_at else None,
            delivered_at=shipment.delivered_at.astimezone() if shipment.delivered_at else None,
            printed_at=now().astimezone(),
            lines=[
                SlipLine(i.code, i.category, i.description, i.size or "", i.pieces, i.carton_code,
                         numbers.get(ids[i.code], 0))
                for i in items
            ],
            packages=boxes,
        )


def write_packing_slip(store: Store, shipment_code: str, out: Output) -> PackingSlipData:
    """Write the shipment's packing slip as an A4 PDF; returns what was printed."""
    data = packing_slip_data(store, shipment_code)
    render_packing_slip(data, out)
    return data
