"""What the shipping documents print about people, after the walkthrough drive (issue 10, "Children's
data"): the packing slip and the package labels carry the destination contact's phone number (whole:
the courier calls it) and no other; the handover manifest only the courier's own; none prints an
18-character number shaped like an identity card number. Every phone number the store holds is a
distinct one, so one that leaks onto the wrong document is seen."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from bqw_desktop.services import drive, shipping_documents
from bqw_desktop.queries import shipments
from bqw_desktop.store.models import Courier, Destination, Donor

#: mainland mobiles (optionally +86, spaced or hyphenated) and landlines with an area code
PHONE = re.compile(r"(?<![0-9])(?:(?:\+86|0086)[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])"
                   r"|(?<![0-9])0[0-9]{2,3}-[0-9]{7,8}(?![0-9])")
ID_SHAPED = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")

COURIER_PHONE = {"LP1": "0571-88880001", "LP2": "0571-88880002", "LP3": "0571-88880003"}


@pytest.fixture
def walked(drive_store, actor):
    """The walkthrough, with a phone number on every destination, courier and donor (the drive has
    none, and no service edits them yet: written directly)."""
    with drive_store.write() as session:
        for code in list(session.scalars(select(Destination.code))):  # D018 → 13800000018
            session.execute(update(Destination).where(Destination.code == code)
                            .values(contact_phone=f"1380000{int(code[1:]):04d}"))
        for code, phone in COURIER_PHONE.items():
            session.execute(update(Courier).where(Courier.code == code).values(phone=phone))
        session.execute(update(Donor).values(phone="13912345678", contact="王女士"))
    drive.walkthrough(drive_store, actor, inspect_count=100)
    return drive_store


def text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def phones(words: str) -> set[str]:
    return {re.sub(r"[ -]", "", p) for p in PHONE.findall(words)}


def test_slips_and_labels_carry_only_the_destination_contacts_phone(walked, tmp_path):
    sent = shipments.list_shipments(walked)
    assert len(sent) == 4
    contacts = {d.name: d.contact_phone for d in shipments.destination_details(walked)}
    for shipment in sent:
        shipping_documents.write_packing_slip(walked, shipment.code, tmp_path / f"{shipment.code}-slip.pdf")
        shipping_documents.write_package_labels(walked, shipment.code, tmp_path / f"{shipment.code}-labels.pdf")
        for name in ("slip", "labels"):
            words = text(tmp_path / f"{shipment.code}-{name}.pdf")
            assert phones(words) == {contacts[shipment.destination]}, (shipment.code, name, words)
            assert not ID_SHAPED.search(words), (shipment.code, name, words)


def test_the_handover_manifest_carries_only_the_couriers_phone(walked, tmp_path):
    for courier, phone in COURIER_PHONE.items():  # the walkthrough hands one shipment to each
        out = tmp_path / f"{courier}.pdf"
        shipping_documents.write_handover_manifest(walked, courier, out)
        words = text(out)
        assert phones(words) == {phone.replace("-", "")}, (courier, words)
        assert not ID_SHAPED.search(words), (courier, words)
