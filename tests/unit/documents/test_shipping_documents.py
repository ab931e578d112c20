"""Package labels and the handover manifest from a real store: every barcode decodes to the database's
value; Chinese text, weights and totals extracted from the PDF equal the database."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from bqw_desktop.documents.package_label import HEIGHT_MM, WIDTH_MM
from bqw_desktop.domain.errors import NotFound
from bqw_desktop.services import drive, inspection, shipping, shipping_documents
from bqw_desktop.queries import shipments
from bqw_desktop.store.models import ItemSet, Package

from tests.helpers.pdfcheck import code128, pages


def flow(store, actor):
    """Two LP2 shipments handed over at one pickup (2 and 1 packages) and an LP1 one still planned."""
    with store.read() as session:
        codes = list(session.scalars(select(ItemSet.code).order_by(ItemSet.id).limit(30)))
    for code in codes:
        inspection.inspect(store, actor, code, True)
    made = []
    for n, (destination, courier, items) in enumerate(
            (("D018", "LP2", codes[:12]), ("D016", "LP2", codes[12:17]), ("D006", "LP1", codes[17:20])), start=1):
        shipment = shipping.create_shipment(store, actor, destination, courier)
        for i, code in enumerate(items):
            if i == 7:
                shipping.add_package(store, actor, shipment.code)
            shipping.pack(store, actor, shipment.code, code)
        for k, package in enumerate(shipments.packages(store, shipment.code)):
            shipping.set_package_weight(store, actor, package.code, f"{3.1 + k * 1.25:.2f}")
        shipping.set_tracking_number(store, actor, shipment.code, drive.walkthrough_tracking_number(courier, n))
        made.append(shipment.code)
    for code in made[:2]:
        shipping.close_packing(store, actor, code)
    pickup = shipping.hand_over_pickup(store, actor, "LP2", made[:2])
    return made, pickup


def text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_package_labels_decode_and_print_the_database_values(drive_store, actor, tmp_path):
    made, _ = flow(drive_store, actor)
    shipment = shipments.get_shipment(drive_store, made[0])
    destination = next(d for d in shipments.destination_details(drive_store) if d.code == "D018")
    out = tmp_path / "labels.pdf"
    printed = shipping_documents.write_package_labels(drive_store, made[0], out)
    boxes = shipments.packages(drive_store, made[0])
    assert [(p.package_code, p.number, p.of, p.weight_g, p.item_sets) for p in printed] == [
        (b.code, b.number, b.of, b.weight_g, b.item_sets) for b in boxes]
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    for page in reader.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (WIDTH_MM, HEIGHT_MM)
    for box, image, page in zip(boxes, pages(out, 203), reader.pages, strict=True):
        assert sorted(code128(image)) == sorted([shipment.tracking_number, shipment.code, box.code])
        words = page.extract_text()
        for expected in (destination.name, destination.township, "物流合作方二", f"包裹 {box.number}/2",
                         f"{box.weight_g / 1000:.2f} kg", f"件套 {box.item_sets}", shipment.tracking_number):
            assert expected in words, (expected, words)


def test_a_label_without_tracking_number_says_so_and_has_two_barcodes(drive_store, actor, tmp_path):
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    inspection.inspect(drive_store, actor, "IS000001L", True)
    shipping.pack(drive_store, actor, shipment.code, "IS000001L")
    out = tmp_path / "one.pdf"
    shipping_documents.write_package_labels(drive_store, shipment.code, out)
    image = next(pages(out, 203))
    assert sorted(code128(image)) == sorted([shipment.code, shipments.packages(drive_store, shipment.code)[0].code])
    assert "运单号：未填写" in text(out) and "未称重" in text(out)
    empty = shipping.create_shipment(drive_store, actor, "D002", "LP1")
    with pytest.raises(NotFound, match="no package"):
        shipping_documents.write_package_labels(drive_store, empty.code, tmp_path / "none.pdf")


def test_the_handover_manifest_lists_every_package_of_the_pickup_with_database_totals(drive_store, actor, tmp_path):
    made, pickup = flow(drive_store, actor)
    out = tmp_path / "manifest.pdf"
    data = shipping_documents.write_handover_manifest(drive_store, "LP2", out)
    assert data.pickup_code == pickup.code and [s.code for s in data.shipments] == sorted(made[:2])
    with drive_store.read() as session:
        packages, grams = session.execute(select(func.count(), func.sum(Package.weight_g))).one()
    boxes = [b for code in made[:2] for b in shipments.packages(drive_store, code)]
    assert data.packages == len(boxes) == 3
    assert data.item_sets == sum(b.item_sets for b in boxes) == 17
    assert data.weight_g == sum(b.weight_g for b in boxes)
    words = text(out)
    assert [pickup.code] == code128(next(pages(out, 200)))
    for code in made[:2]:
        shipment = shipments.get_shipment(drive_store, code)
        assert shipment.tracking_number in words and shipment.destination in words
    for box in boxes:
        assert box.code in words
    assert made[2] not in words  # the LP1 shipment was not at this pickup
    totals = f"{len(made[:2])} {data.packages} {data.item_sets} {data.weight_g / 1000:.2f}"
    assert totals in words.replace("\n", " "), words
    for heading in ("物流交接单", "物流合作方二", "仓库交件人（签字）", "物流公司取件人（签字）", "第 1 页 / 共 1 页"):
        assert heading in words
    assert packages == 4 and grams > data.weight_g  # the LP1 shipment's package is not on it


def test_the_handover_manifest_of_an_unknown_pickup_is_refused(drive_store, actor, tmp_path):
    with pytest.raises(NotFound):
        shipping_documents.handover_manifest_data(drive_store, "LP3")
    flow(drive_store, actor)
    with pytest.raises(NotFound):
        shipping_documents.handover_manifest_data(drive_store, "LP2", "JJ999999")
    assert [c.code for c in shipping_documents.pickups(drive_store, "LP2")] == ["JJ000001"]
