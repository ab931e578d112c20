"""Every service that writes free text refuses a resident identity card number in it, and the store is
left exactly as it was (issue 10, "Children's data": no field keeps an ID number; PIPL art. 28/31)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from bqw_desktop.domain.catalogue import Category
from bqw_desktop.domain.errors import DomainError
from bqw_desktop.domain.lifecycle import ShipmentStatus
from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.domain.roles import Role
from bqw_desktop.services import drive, inspection, labelling, manifests, people, quarantine, receiving, shipping
from bqw_desktop.queries import item_sets, shipments
from bqw_desktop.store.models import Base

ID = "11010519491231002X"  # GB 11643's specimen number


def everything(store) -> dict[str, list]:
    """Every row of every table, through the store's own sessions (never a second connection: TRAPS.md)."""
    with store.read() as session:
        return {table.name: [tuple(row) for row in session.execute(select(table))]
                for table in Base.metadata.sorted_tables}


def walk(store, actor):  # noqa: ANN001, ANN201
    drive.walkthrough(store, actor, inspect_count=60)
    return receiving.create_receipt(store, actor, "商会会员企业01", date(2021, 3, 2)).id


@pytest.fixture
def walked(drive_store, drive_store_after):
    """The drive after a short walkthrough (a delivered shipment, failed item sets), a receipt opened."""
    return drive_store, drive_store_after(walk)


CASES = {
    "donor contact": lambda s, a, r: receiving.create_donor(s, a, "新捐赠方", DonorKind.INDIVIDUAL, f"王女士 {ID}"),
    "receipt note": lambda s, a, r: receiving.create_receipt(s, a, "商会会员企业01", date(2021, 3, 3), f"身份证{ID}"),
    "donor's carton no.": lambda s, a, r: receiving.set_donor_ref(s, a, carton(s), ID),
    "item set description": lambda s, a, r: receiving.register_item_sets(
        s, a, carton(s), receiving.ItemSetEntry(Category.CLOTHING, f"外套 {ID}")),
    "typed manifest": lambda s, a, r: manifests.type_manifest(s, a, r, [["类别", "品名", "数量"], ["服装", ID, "1"]]),
    "disposal approver": lambda s, a, r: quarantine.dispose(s, a, failed(s), f"张主任 {ID}"),
    "rework note": lambda s, a, r: quarantine.send_to_rework(s, a, failed(s), ID),
    "receiver": lambda s, a, r: shipping.confirm_receipt(s, a, delivered(s), f"张伟（{ID}）", date(2021, 9, 3)),
    "receipt confirmation note": lambda s, a, r: shipping.confirm_receipt(s, a, delivered(s), "张伟", date(2021, 9, 3),
                                                                         f"家长证件 {ID}"),
    "revert reason": lambda s, a, r: shipping.revert(s, a, delivered(s), f"填错 {ID}"),
    "reprint reason": lambda s, a, r: labelling.record_printed(s, a, ["IS000001L"], ID),
    "account name": lambda s, a, r: people.add_person(s, a, f"志愿者{ID}", Role.VOLUNTEER),
    "inspection note": lambda s, a, r: inspection.inspect(s, a, received(s), True, note=f"家长 {ID}"),
    "correction reason": lambda s, a, r: inspection.correct_inspection(s, a, failed(s), True, None, f"家长{ID}说没问题"),
}


def received(store) -> str:
    return next(i.code for i in item_sets.carton_item_sets(store, carton(store)) if i.status.value == "received")


def carton(store) -> str:
    return item_sets.list_cartons(store)[0].code


def failed(store) -> str:
    return quarantine.quarantine(store)[0].code


def delivered(store) -> str:
    return next(s.code for s in shipments.list_shipments(store) if s.status is ShipmentStatus.DELIVERED)


@pytest.mark.parametrize("case", CASES)
def test_an_id_card_number_is_refused_and_nothing_is_written(walked, actor, case):
    store, receipt_id = walked
    before = everything(store)
    with pytest.raises(DomainError) as refused:  # InvalidValue; a manifest's rows come as ManifestRefused
        CASES[case](store, actor, receipt_id)
    assert "ID card number" in str(refused.value) and ID not in str(refused.value)
    assert everything(store) == before


def test_without_the_number_the_same_calls_are_accepted(walked, actor):
    store, _ = walked
    shipment = delivered(store)
    assert shipping.confirm_receipt(store, actor, shipment, "张伟", date(2021, 9, 3), "完好").receiver == "张伟"
    assert shipping.revert(store, actor, shipment, "签收人写错").status is ShipmentStatus.DELIVERED
    assert quarantine.send_to_rework(store, actor, failed(store), "清洗后复检")
