"""The drive end to end through the services, on a real SQLite file."""

import pytest
from sqlalchemy import func, select

from bqw_desktop.domain.catalogue import Category, NonconformanceReason
from bqw_desktop.domain.errors import InvalidCode, InvalidValue, NotFound, TransitionRefused
from bqw_desktop.domain.lifecycle import ItemSetStatus, ShipmentStatus
from bqw_desktop.services import drive, inspection, overview, shipping
from bqw_desktop.queries import item_sets, shipments
from bqw_desktop.queries.status import status_report
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.models import Event, Inspection, ItemSet, ShipmentLine
from tests.helpers.records import count, events


def test_the_drive_loads_once_with_the_reports_totals(store, actor):
    first = drive.load_drive(store, actor)
    second = drive.load_drive(store, actor)
    assert (first.loaded, first.cartons, first.item_sets) == (True, 28, 1896)
    assert second.loaded is False
    counts = overview.pipeline(store)
    assert (counts.cartons, counts.item_sets) == (28, 1896)
    assert counts.stages[ItemSetStatus.RECEIVED] == 1896
    cartons = item_sets.list_cartons(store)
    assert len(cartons) == 28 and sum(c.item_sets for c in cartons) == 1896
    assert {c.category for c in cartons} == {Category.CLOTHING, Category.SPORTS, Category.STUDY}
    assert len(shipments.couriers(store)) == 3
    districts = {d.district for d in shipments.destinations(store)}
    assert {"上城区", "淳安县", "建德市", "临平区", "钱塘区"} <= districts
    assert len(districts) == 13  # Hangzhou's 2021 districts and counties


def test_inspect_pack_hand_over_deliver(drive_store, actor):
    item = inspection.inspect(drive_store, actor, "is000001l", True)
    assert item.status is ItemSetStatus.PASSED
    shipment = shipping.create_shipment(drive_store, actor, "D018", "LP2")
    assert shipment.status is ShipmentStatus.PLANNED and shipment.destination == "淳安县千岛湖镇儿童之家"
    packed = shipping.pack(drive_store, actor, shipment.code, "IS000001L")
    assert packed.status is ItemSetStatus.PACKED and packed.shipment_code == shipment.code
    (package,) = shipments.packages(drive_store, shipment.code)
    assert (package.number, package.of, package.item_sets, package.weight_g) == (1, 1, 1, None)
    with pytest.raises(TransitionRefused, match="no weight"):
        shipping.close_packing(drive_store, actor, shipment.code)
    shipping.set_package_weight(drive_store, actor, package.code, "1.25")
    shipping.close_packing(drive_store, actor, shipment.code)
    with pytest.raises(TransitionRefused, match="tracking number"):
        shipping.hand_over(drive_store, actor, shipment.code)
    shipping.set_tracking_number(drive_store, actor, shipment.code, "sf1234567890123")
    handed = shipping.hand_over(drive_store, actor, shipment.code)
    assert (handed.status, handed.tracking_number, handed.item_sets) == (
        ShipmentStatus.HANDED_OVER, "SF1234567890123", 1)
    assert item_sets.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.SHIPPED
    shipping.deliver(drive_store, actor, shipment.code)
    assert item_sets.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.DELIVERED
    assert [e[:5] for e in events(drive_store, "IS000001L")] == [
        ("inspect", "received", "passed", "测试员", "TEST-1"),
        ("pack", "passed", "packed", "测试员", "TEST-1"),
        ("handed_over", "packed", "shipped", "测试员", "TEST-1"),
        ("delivered", "shipped", "delivered", "测试员", "TEST-1"),
    ]
    assert [e[0] for e in events(drive_store, shipment.code)] == [
        "create_shipment", "add_package", "packed", "set_tracking_number", "handed_over", "delivered"]


def test_a_failed_item_set_is_quarantined_and_cannot_be_packed(drive_store, actor):
    with pytest.raises(InvalidValue):
        inspection.inspect(drive_store, actor, "IS000001L", False)
    failed = inspection.inspect(drive_store, actor, "IS000001L", False, NonconformanceReason.STAINED, "油渍")
    assert failed.status is ItemSetStatus.FAILED and failed.last_reason is NonconformanceReason.STAINED
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    before = count(drive_store, Event)
    with pytest.raises(TransitionRefused, match="quarantine"):
        shipping.pack(drive_store, actor, shipment.code, "IS000001L")
    assert count(drive_store, Event) == before and count(drive_store, ShipmentLine) == 0
    assert item_sets.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.FAILED


def test_packing_twice_or_into_two_shipments_is_refused(drive_store, actor):
    inspection.inspect(drive_store, actor, "IS000001L", True)
    first = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    second = shipping.create_shipment(drive_store, actor, "D002", "LP3")
    shipping.pack(drive_store, actor, first.code, "IS000001L")
    for target in (first.code, second.code):
        with pytest.raises(TransitionRefused, match="already packed"):
            shipping.pack(drive_store, actor, target, "IS000001L")
    assert count(drive_store, ShipmentLine) == 1


def test_unknown_not_inspected_and_mistyped_codes(drive_store, actor):
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    with pytest.raises(TransitionRefused, match="not been inspected"):
        shipping.pack(drive_store, actor, shipment.code, "IS000001L")
    with pytest.raises(InvalidCode):
        inspection.inspect(drive_store, actor, "IS000001M", True)  # wrong check character
    from bqw_desktop.domain.identifiers import CodeKind, make_code

    with pytest.raises(NotFound):
        inspection.inspect(drive_store, actor, make_code(CodeKind.ITEM_SET, 5000), True)
    with pytest.raises(InvalidCode, match="shipment"):
        inspection.inspect(drive_store, actor, shipment.code, True)
    assert count(drive_store, Inspection) == 0


def test_a_second_station_cannot_overwrite_an_inspection(drive_store, actor):
    other = Actor("李娜", "TEST-2", Role.ADMINISTRATOR)
    inspection.inspect(drive_store, actor, "IS000001L", True)
    with pytest.raises(TransitionRefused, match="already been inspected"):
        inspection.inspect(drive_store, other, "IS000001L", False, NonconformanceReason.DAMAGED)
    with drive_store.read() as session:
        rows = session.execute(select(Inspection.result, Inspection.station)).all()
    assert rows == [("passed", "TEST-1")]


def test_nothing_more_is_packed_after_hand_over(drive_store, actor):
    for code in ("IS000001L", "IS000002J"):
        inspection.inspect(drive_store, actor, code, True)
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    shipping.pack(drive_store, actor, shipment.code, "IS000001L")
    shipping.set_package_weight(drive_store, actor, shipments.packages(drive_store, shipment.code)[0].code, 0.8)
    shipping.close_packing(drive_store, actor, shipment.code)
    with pytest.raises(TransitionRefused, match="nothing more"):  # packing closed
        shipping.pack(drive_store, actor, shipment.code, "IS000002J")
    shipping.set_tracking_number(drive_store, actor, shipment.code, "RR473124829CN")  # LP1: UPU S10
    shipping.hand_over(drive_store, actor, shipment.code)
    with pytest.raises(TransitionRefused, match="nothing more"):
        shipping.pack(drive_store, actor, shipment.code, "IS000002J")
    with pytest.raises(TransitionRefused):
        shipping.set_tracking_number(drive_store, actor, shipment.code, "EE123456785CN")


def test_walkthrough_gives_every_view_something_and_runs_once(drive_store, actor):
    assert drive.walkthrough(drive_store, actor) is True
    assert drive.walkthrough(drive_store, actor) is False
    report = status_report(drive_store)
    assert report["cartons"] == 28 and report["item_sets"] == 1896
    assert sum(report["stages"].values()) == 1896
    assert all(report["stages"][s] > 0 for s in ("received", "passed", "failed", "packed", "shipped", "delivered"))
    handed = {s["courier_code"] for s in report["shipments"] if s["status"] in ("handed_over", "delivered")}
    assert handed == {"LP1", "LP2", "LP3"}
    with drive_store.read() as session:
        packed = session.scalar(select(func.count()).select_from(ShipmentLine))
        in_shipments = session.scalar(select(func.count()).where(
            ItemSet.status.in_(("packed", "shipped", "delivered"))))
    assert packed == in_shipments == sum(s["item_sets"] for s in report["shipments"])


def test_the_status_report_says_what_the_pages_say(drive_store, actor):
    """``status``'s own aggregate statements agree with the overview's counts and the shipments list,
    with shipments packed, handed over and planned (allocated, not packed)."""
    from bqw_desktop.services import planning

    drive.walkthrough(drive_store, actor)
    planning.confirm(drive_store, actor, planning.propose(drive_store))
    report, counts, listed = status_report(drive_store), overview.pipeline(drive_store), shipments.list_shipments(drive_store)
    assert (report["cartons"], report["item_sets"]) == (counts.cartons, counts.item_sets)
    assert report["stages"] == {status.value: n for status, n in counts.stages.items()}
    assert report["shipments"] == [
        {"id": s.code, "courier": s.courier, "courier_code": s.courier_code, "destination": s.destination,
         "district": s.district, "status": s.status.value, "tracking_number": s.tracking_number,
         "item_sets": s.item_sets, "allocated": s.allocated} for s in listed]
    assert any(s["allocated"] for s in report["shipments"]) and any(s["item_sets"] for s in report["shipments"])


def test_overview_per_category_matches_the_stages(drive_store, actor):
    drive.walkthrough(drive_store, actor)
    counts = overview.pipeline(drive_store)
    totals = {category: sum(stages.values()) for category, stages in counts.by_category.items()}
    assert totals == {Category.CLOTHING: 712, Category.SPORTS: 448, Category.STUDY: 736}
    for status, n in counts.stages.items():
        assert sum(stages[status] for stages in counts.by_category.values()) == n


def test_a_walkthrough_is_claimed_before_it_starts(drive_store, actor):
    from bqw_desktop.services import audit

    with drive_store.write() as session:  # another station has just claimed it
        audit.record(session, Actor("李娜", "TEST-2", Role.ADMINISTRATOR), "walkthrough", "drive", "2021")
    assert drive.walkthrough(drive_store, actor) is False
    assert overview.pipeline(drive_store).stages[ItemSetStatus.RECEIVED] == 1896
