"""Gathering what goes on labels and packing slips, and writing those PDFs."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from sqlalchemy import select

from ..documents.labels import DEFAULT_PROFILE, LabelBatchResult, LabelData, LabelProfile, render_labels
from ..documents.packing_slip import PackageLine, PackingSlipData, SlipLine, render_packing_slip
from ..documents.terms import CATEGORY_ZH, SHIPMENT_STATUS_ZH
from ..domain.identifiers import CodeKind, parse_code
from ..domain.lifecycle import ShipmentStatus
from ..store.database import Store
from ..store.models import ItemSet, Package, Shipment, ShipmentLine
from .context import now
from .intake import carton_item_sets, find_item_set, item_set_query, list_cartons, to_view
from .shipping import _load as load_shipment
from .views import CartonView, ItemSetView

Output = str | os.PathLike | BinaryIO


def item_set_label(item: ItemSetView) -> LabelData:
    """Label text for an item set: category and description, then size, pieces and carton."""
    details = [part for part in (item.size, f"{item.pieces}件", f"箱 {item.carton_code}") if part]
    return LabelData(item.code, f"{CATEGORY_ZH[item.category]} · {item.description}", " · ".join(details))


def carton_label(carton: CartonView) -> LabelData:
    """Label text for an inbound carton: its category, donor, count and arrival date."""
    category = CATEGORY_ZH[carton.category] if carton.category else ""
    detail = f"{carton.donor} · {carton.item_sets}件套 · {carton.received_at.astimezone():%Y-%m-%d}"
    return LabelData(carton.code, f"来货箱 · {category}".rstrip(" ·"), detail)


def labels_for_codes(store: Store, codes: Iterable[str]) -> list[LabelData]:
    """One label per code: item-set codes give item-set labels, carton codes carton labels.

    :raises InvalidCode: / :raises NotFound: for the first bad code (nothing is printed).
    """
    cartons = None
    labels = []
    for text in codes:
        code = parse_code(text)
        if code.kind is CodeKind.CARTON:
            cartons = cartons or {c.code: c for c in list_cartons(store)}
            carton_item_sets(store, code.text)  # raises NotFound for an unknown carton
            labels.append(carton_label(cartons[code.text]))
        else:
            labels.append(item_set_label(find_item_set(store, code.text)))
    return labels


def labels_for_carton(store: Store, carton_code: str) -> list[LabelData]:
    """The carton's own label followed by the labels of all its item sets.

    :raises InvalidCode: / :raises NotFound: the carton code.
    """
    items = carton_item_sets(store, carton_code)
    carton = next(c for c in list_cartons(store) if c.code == carton_code.strip().upper())
    return [carton_label(carton), *(item_set_label(item) for item in items)]


def labels_for_all_item_sets(store: Store) -> tuple[list[str], Iterator[LabelData]]:
    """The codes of every item set in the store, in code order, and an iterator of their labels.

    The iterator reads the store as it is consumed (one read session, rows fetched 1,000 at a time),
    so a batch of 189,600 labels is never held as a list; it yields the labels of exactly ``codes``,
    in that order: item sets registered meanwhile are left for the next print.
    """
    with store.read() as session:
        codes = list(session.scalars(select(ItemSet.code).order_by(ItemSet.code)))
    return codes, _item_set_labels(store, set(codes))


def _item_set_labels(store: Store, wanted: set[str]) -> Iterator[LabelData]:
    with store.read() as session:
        for row in session.execute(item_set_query().order_by(ItemSet.code).execution_options(yield_per=1000)):
            if row[0] in wanted:  # the code
                yield item_set_label(to_view(row))


def write_labels(
    labels: Iterable[LabelData],
    out: Output,
    profile: LabelProfile = DEFAULT_PROFILE,
    progress: Callable[[int], None] | None = None,
) -> LabelBatchResult:
    """Render ``labels`` to a PDF, one label per page of the profile's size (see documents.labels);
    an iterator is read as the PDF is written, in parts with flat memory."""
    return render_labels(labels, out, profile, progress)


def packing_slip_data(store: Store, shipment_code: str) -> PackingSlipData:
    """Everything printed on a shipment's packing slip (装箱单); times in the station's local time zone.

    :raises InvalidCode: / :raises NotFound: the shipment code.
    """
    with store.read() as session:
        shipment = load_shipment(session, shipment_code)
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
