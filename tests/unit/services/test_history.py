"""The auditor's history of one item set, carton or shipment, from the audit trail."""

from datetime import date

import pytest

from bqw_desktop.domain.catalogue import Category
from bqw_desktop.domain.errors import InvalidCode, NotFound
from bqw_desktop.domain.identifiers import CodeKind, make_code
from bqw_desktop.domain.receiving import Condition, DonorKind
from bqw_desktop.domain.roles import Role
from bqw_desktop.services import inspection, receiving, shipping
from bqw_desktop.queries import shipments
from bqw_desktop.services.context import Actor
from bqw_desktop.services.history import history
from bqw_desktop.services.receiving import ItemSetEntry

PACKER = Actor("李娜", "PACK-2", Role.COORDINATOR)


def steps(found):
    return [(r.action, r.actor, r.station, r.before, r.after) for r in found.rows]


@pytest.fixture
def flow(drive_store, actor):
    """A new carton of 3 item sets, then 2 more in it; the middle one of the first 3 inspected (测试员 at
    TEST-1), packed and handed over (李娜 at PACK-2); another packed and unpacked, then packed into a
    second shipment. Returns (store, carton, [the 5 codes], shipment, package, second shipment)."""
    receiving.create_donor(drive_store, actor, "新捐赠方", DonorKind.INDIVIDUAL)
    receipt = receiving.create_receipt(drive_store, actor, "新捐赠方", date(2021, 7, 1))
    carton = receiving.open_carton(drive_store, actor, receipt.id).code
    entry = ItemSetEntry(Category.CLOTHING, "儿童T恤", 2, "130cm", Condition.NEW, None)
    codes = receiving.register_item_sets(drive_store, actor, carton, entry, count=3)
    codes += receiving.register_item_sets(drive_store, actor, carton, entry, count=2)
    item, other = codes[1], codes[2]
    for code in (item, other):
        inspection.inspect(drive_store, actor, code, True)
    shipment = shipping.create_shipment(drive_store, PACKER, "D018", "LP2").code
    shipping.pack(drive_store, PACKER, shipment, item)
    shipping.pack(drive_store, PACKER, shipment, other)
    shipping.unpack(drive_store, PACKER, shipment, other)
    (package,) = shipments.packages(drive_store, shipment)
    shipping.set_package_weight(drive_store, PACKER, package.code, "1.25")
    shipping.close_packing(drive_store, PACKER, shipment)
    shipping.set_tracking_number(drive_store, PACKER, shipment, "SF1234567890123")
    shipping.hand_over(drive_store, PACKER, shipment)
    second = shipping.create_shipment(drive_store, PACKER, "D001", "LP1").code
    shipping.pack(drive_store, PACKER, second, other)
    return drive_store, carton, codes, shipment, package.code, second


def test_an_item_sets_history_from_registration_to_hand_over(flow):
    store, carton, codes, shipment, package, _ = flow
    found = history(store, codes[1].lower())  # typed in lower case
    assert (found.asked, found.kind, found.code) == (codes[1], CodeKind.ITEM_SET, codes[1])
    assert steps(found) == [
        ("register_item_sets", "测试员", "TEST-1", None, "received"),  # its carton's first registration only
        ("inspect", "测试员", "TEST-1", "received", "passed"),
        ("pack", "李娜", "PACK-2", "passed", "packed"),
        ("handed_over", "李娜", "PACK-2", "packed", "shipped"),
    ]
    registered, _, packed, handed = found.rows
    assert (registered.entity_kind, registered.entity_code) == ("carton", carton)
    assert packed.detail == f"{shipment} {package}" and handed.detail == shipment
    assert [r.id for r in found.rows] == sorted(r.id for r in found.rows)
    assert all(r.at.utcoffset().total_seconds() == 0 for r in found.rows)  # UTC
    assert [r.action for r in history(store, codes[3]).rows] == ["register_item_sets"]  # the second batch


def test_a_shipments_history_with_its_package_and_the_item_sets_packed_and_unpacked(flow):
    store, _, codes, shipment, package, second = flow
    found = history(store, shipment)
    assert steps(found) == [
        ("create_shipment", "李娜", "PACK-2", None, "planned"),
        ("add_package", "李娜", "PACK-2", None, None),
        ("pack", "李娜", "PACK-2", "passed", "packed"),
        ("pack", "李娜", "PACK-2", "passed", "packed"),
        ("unpack", "李娜", "PACK-2", "packed", "passed"),
        ("set_package_weight", "李娜", "PACK-2", None, "1250"),
        ("packed", "李娜", "PACK-2", "planned", "packed"),
        ("set_tracking_number", "李娜", "PACK-2", None, "SF1234567890123"),
        ("handed_over", "李娜", "PACK-2", "packed", "handed_over"),  # the item set's own move left out
    ]
    assert [r.entity_code for r in found.rows if r.action in ("pack", "unpack")] == [codes[1], codes[2], codes[2]]
    assert found.rows[5].entity_code == package
    by_package = history(store, package)  # a package: its shipment's history
    assert (by_package.asked, by_package.kind, by_package.code) == (package, CodeKind.SHIPMENT, shipment)
    assert by_package.rows == found.rows
    assert [(r.action, r.entity_code) for r in history(store, second).rows] == [
        ("create_shipment", second), ("add_package", second), ("pack", codes[2])]


def test_a_cartons_history(flow):
    store, carton, *_ = flow
    assert [r.action for r in history(store, carton).rows] == ["receive_carton", "register_item_sets",
                                                               "register_item_sets"]


def test_bad_and_unknown_codes_are_refused(drive_store):
    with pytest.raises(InvalidCode, match="wrong check character"):
        history(drive_store, "IS000001M")
    with pytest.raises(InvalidCode, match="not a BQW code"):
        history(drive_store, "SF1234567890123")
    with pytest.raises(InvalidCode, match="badge"):
        history(drive_store, make_code(CodeKind.BADGE, 1))
    with pytest.raises(NotFound, match="not in this warehouse"):
        history(drive_store, make_code(CodeKind.ITEM_SET, 5000))
    with pytest.raises(NotFound, match="does not exist"):
        history(drive_store, make_code(CodeKind.SHIPMENT, 1))
    with pytest.raises(NotFound, match="does not exist"):
        history(drive_store, make_code(CodeKind.PACKAGE, 1))
