"""Shipments end to end in the services: packages, every refusal when packing, pickups, receipt, revert, costs."""

from datetime import date

import pytest
from sqlalchemy import func, select, text

from bqw_desktop.domain.errors import InvalidValue, TransitionRefused
from bqw_desktop.domain.lifecycle import ItemSetStatus, ShipmentStatus
from bqw_desktop.domain.catalogue import NonconformanceReason
from bqw_desktop.services import inspection, shipping
from bqw_desktop.queries import item_sets, shipments
from bqw_desktop.store.models import Event, ShipmentLine
from tests.helpers.records import event_count
from tests.helpers.shipments import packed_shipment


def test_the_drive_seeds_couriers_covering_all_districts_and_destination_needs(drive_store):
    couriers = shipments.courier_details(drive_store)
    assert [c.code for c in couriers] == ["LP1", "LP2", "LP3"]
    assert len({d for c in couriers for d in c.areas}) == 13
    assert couriers[0].check_digit == "upu_s10" and couriers[0].pickup_days == (1, 3, 5)
    destinations = shipments.destination_details(drive_store)
    assert len(destinations) == 22 and all(d.needs and d.township and d.institution_kind for d in destinations)
    assert destinations[17].name == "淳安县千岛湖镇儿童之家" and destinations[17].township == "千岛湖镇"


def test_a_courier_that_does_not_serve_the_district_is_refused(drive_store, actor):
    with pytest.raises(TransitionRefused, match="does not serve 上城区"):
        shipping.create_shipment(drive_store, actor, "D001", "LP3")


def test_packing_refuses_with_the_reason_and_writes_nothing(drive_store, actor):
    inspection.inspect(drive_store, actor, "IS000002J", False, NonconformanceReason.DAMAGED)
    inspection.inspect(drive_store, actor, "IS000005D", True)
    mine = shipping.create_shipment(drive_store, actor, "D018", "LP2")
    other = packed_shipment(drive_store, actor, "D016", "LP2", ("IS000001L",))
    before = event_count(drive_store)
    for code, reason in (("IS000002J", "quarantine"), ("IS000003H", "not been inspected"),
                         ("IS000001L", "already packed in another shipment")):
        with pytest.raises(TransitionRefused, match=reason):
            shipping.pack(drive_store, actor, mine.code, code)
    assert event_count(drive_store) == before
    item = shipping.pack(drive_store, actor, mine.code, "IS000005D")
    assert item.status is ItemSetStatus.PACKED and item.shipment_code == mine.code
    assert other.code != mine.code


def test_allocated_item_sets_are_refused_elsewhere_with_the_destination(drive_store, actor):
    inspection.inspect(drive_store, actor, "IS000001L", True)
    planned = shipping.create_shipment(drive_store, actor, "D016", "LP2")
    with drive_store.write() as session:  # an allocation as a confirmed plan leaves it
        session.execute(text(
            "INSERT INTO shipment_line (shipment_id, item_set_id, allocated_at) SELECT s.id, i.id, '2021-09-01' "
            "FROM shipment s, item_set i WHERE s.code = :s AND i.code = 'IS000001L'"), {"s": planned.code})
    mine = shipping.create_shipment(drive_store, actor, "D018", "LP2")
    with pytest.raises(TransitionRefused, match="another destination \\(桐庐县分水镇儿童之家"):
        shipping.pack(drive_store, actor, mine.code, "IS000001L")
    same_place = shipping.create_shipment(drive_store, actor, "D016", "LP3")
    with pytest.raises(TransitionRefused, match="allocated to another shipment"):
        shipping.pack(drive_store, actor, same_place.code, "IS000001L")
    shipping.pack(drive_store, actor, planned.code, "IS000001L")  # the allocation is packed, not duplicated
    shipping.unpack(drive_store, actor, planned.code, "IS000001L")  # and goes back to the allocation
    with drive_store.read() as session:
        assert session.scalar(select(func.count()).select_from(ShipmentLine)) == 1


def test_packages_are_numbered_weighed_and_closing_releases_unpacked_allocations(drive_store, actor):
    shipment = shipping.create_shipment(drive_store, actor, "D018", "LP2")
    for code in ("IS000001L", "IS000002J", "IS000003H"):
        inspection.inspect(drive_store, actor, code, True)
    shipping.pack(drive_store, actor, shipment.code, "IS000001L")
    second = shipping.add_package(drive_store, actor, shipment.code)
    shipping.pack(drive_store, actor, shipment.code, "IS000002J")
    first = shipments.packages(drive_store, shipment.code)[0]
    shipping.pack(drive_store, actor, shipment.code, "IS000003H", first.code)  # a scanned package label
    assert shipments.package_contents(drive_store, shipment.code) == {1: ["IS000001L", "IS000003H"], 2: ["IS000002J"]}
    assert (second.number, second.of) == (2, 2)
    with pytest.raises(InvalidValue):
        shipping.set_package_weight(drive_store, actor, first.code, "0")
    shipping.set_package_weight(drive_store, actor, first.code, "1.5")
    with pytest.raises(TransitionRefused, match="1 package"):
        shipping.close_packing(drive_store, actor, shipment.code)
    shipping.set_package_weight(drive_store, actor, second.code, "2,25")
    closed = shipping.close_packing(drive_store, actor, shipment.code)
    assert (closed.status, closed.item_sets, closed.packages, closed.weight_g) == (ShipmentStatus.PACKED, 3, 2, 3750)
    # LP2's rate card: 18 CNY first kg + 6 CNY each further started kg, per package: (18+6) + (18+12)
    assert closed.estimate_fen == 2400 + 3000


def test_tracking_numbers_follow_the_courier_and_ambiguity_is_not_guessed(drive_store, actor):
    shipment = packed_shipment(drive_store, actor, "D001", "LP1")
    with pytest.raises(InvalidValue, match="check digit"):
        shipping.set_tracking_number(drive_store, actor, shipment.code, "RR473124828CN")
    assert shipping.set_tracking_number(drive_store, actor, shipment.code, "RR473124829CN").tracking_number \
        == "RR473124829CN"
    assert [c.code for c in shipments.couriers_for_tracking_number(drive_store, "123456789012")] == ["LP2", "LP3"]
    assert [c.code for c in shipments.couriers_for_tracking_number(drive_store, "RR473124829CN")] == ["LP1"]


def test_pickup_receipt_revert_and_cost_never_move_an_item_set_twice(drive_store, actor):
    a = packed_shipment(drive_store, actor, "D018", "LP2", ("IS000001L",))
    b = packed_shipment(drive_store, actor, "D016", "LP2", ("IS000002J",))
    for shipment, number in ((a, "SF1000000000001"), (b, "SF1000000000002")):
        shipping.close_packing(drive_store, actor, shipment.code)
        shipping.set_tracking_number(drive_store, actor, shipment.code, number)
    with pytest.raises(TransitionRefused, match="another courier"):
        shipping.hand_over_pickup(drive_store, actor, "LP3", [a.code])
    pickup = shipping.hand_over_pickup(drive_store, actor, "LP2", [a.code, b.code])
    assert pickup.shipment_codes == (a.code, b.code) and pickup.code.startswith("JJ")
    assert shipments.get_shipment(drive_store, a.code).pickup_code == pickup.code
    shipping.mark_in_transit(drive_store, actor, a.code)
    shipping.revert(drive_store, actor, a.code, "wrong row clicked")
    shipping.mark_in_transit(drive_store, actor, a.code)
    shipping.deliver(drive_store, actor, a.code)
    with pytest.raises(TransitionRefused):
        shipping.revert(drive_store, actor, a.code, "x")  # delivered cannot be taken back
    confirmed = shipping.confirm_receipt(drive_store, actor, a.code, "张伟", date(2021, 9, 3), "完好", "/tmp/slip.png")
    assert (confirmed.status, confirmed.receiver, confirmed.receipt_file) == (
        ShipmentStatus.RECEIPT_CONFIRMED, "张伟", "/tmp/slip.png")
    shipping.confirm_receipt(drive_store, actor, a.code, "张伟伟", date(2021, 9, 3))  # re-confirmed: details only
    shipping.revert(drive_store, actor, a.code, "signed by mistake")
    shipping.confirm_receipt(drive_store, actor, a.code, "张伟", date(2021, 9, 4))
    with drive_store.read() as session:
        moves = session.execute(select(Event.action, Event.before, Event.after).where(
            Event.entity_code == "IS000001L").order_by(Event.id)).all()
    assert [m.action for m in moves] == ["inspect", "pack", "handed_over", "delivered"]  # each move once
    assert item_sets.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.DELIVERED
    costed = shipping.set_cost(drive_store, actor, a.code, "23.50")
    assert costed.cost_fen == 2350


def test_migration_0004_maps_open_shipments_to_planned_or_packed(tmp_path, actor):
    from alembic import command

    from bqw_desktop.services import drive
    from bqw_desktop.store.database import Store

    store = Store(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    command.upgrade(store._alembic_config(), "0003")  # the revision before shipping
    drive.load_drive(store, actor)
    with store.engine.begin() as connection:
        for n, status in enumerate(("open", "open", "handed_over", "delivered"), start=1):
            connection.execute(text(
                "INSERT INTO shipment (code, destination_id, courier_id, status, created_at) "
                "VALUES (:c, 1, 1, :s, '2021-09-01 01:00:00')"), {"c": f"SH{n:05d}X", "s": status})
        for shipment_id, item_id in ((2, 1), (2, 2), (3, 3), (4, 4)):
            connection.execute(text("INSERT INTO shipment_line (shipment_id, item_set_id, packed_at) "
                                    "VALUES (:s, :i, '2021-09-01 02:00:00')"), {"s": shipment_id, "i": item_id})
    store.upgrade()
    assert store.current_revision() == store.head_revision()
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT code, status FROM shipment ORDER BY id")).all() == [
            ("SH00001X", "planned"), ("SH00002X", "packed"), ("SH00003X", "handed_over"), ("SH00004X", "delivered")]
        assert connection.execute(text(
            "SELECT s.code, p.number, count(l.id) FROM package p JOIN shipment s ON s.id = p.shipment_id "
            "JOIN shipment_line l ON l.package_id = p.id GROUP BY p.id ORDER BY s.id")).all() == [
            ("SH00002X", 1, 2), ("SH00003X", 1, 1), ("SH00004X", 1, 1)]
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        assert connection.execute(text("SELECT township, institution_kind FROM destination WHERE code='D018'")).one() \
            == ("千岛湖镇", "community_centre")
        with pytest.raises(Exception, match="CHECK constraint"):
            connection.execute(text("UPDATE shipment SET status='open' WHERE id = 1"))
    store.dispose()


def test_c11_a_tracking_number_typed_as_printed_on_the_waybill_is_saved_compact(drive_store, actor):
    shipment = packed_shipment(drive_store, actor, "D018", "LP2")
    shipping.close_packing(drive_store, actor, shipment.code)
    assert [c.code for c in shipments.couriers_for_tracking_number(drive_store, "1234-5678-9012")] == ["LP2", "LP3"]
    assert [c.code for c in shipments.couriers_for_tracking_number(drive_store, "SF 1234 5678 90123")] == ["LP2"]
    saved = shipping.set_tracking_number(drive_store, actor, shipment.code, "SF 1234 5678 90123")
    assert saved.tracking_number == "SF1234567890123"
    assert shipping.set_tracking_number(drive_store, actor, shipment.code, "1234-5678-9012").tracking_number \
        == "123456789012"
    assert shipments.get_shipment(drive_store, shipment.code).tracking_number == "123456789012"


def test_a_hand_over_is_taken_back_with_a_reason_and_audited(drive_store, actor):
    """Issue 9: a mistaken 标记为已交接 goes back to packed, its item sets to packed, with who and why."""
    a = packed_shipment(drive_store, actor, "D018", "LP2", ("IS000001L", "IS000002J"))
    b = packed_shipment(drive_store, actor, "D016", "LP2", ("IS000003H",))
    for shipment, number in ((a, "SF1000000000001"), (b, "SF1000000000002")):
        shipping.close_packing(drive_store, actor, shipment.code)
        shipping.set_tracking_number(drive_store, actor, shipment.code, number)
    pickup = shipping.hand_over_pickup(drive_store, actor, "LP2", [a.code, b.code])
    before = event_count(drive_store)
    with pytest.raises(InvalidValue, match="Say why"):
        shipping.revert(drive_store, actor, a.code, "  ")
    assert event_count(drive_store) == before and shipments.get_shipment(drive_store, a.code).status \
        is ShipmentStatus.HANDED_OVER

    back = shipping.revert(drive_store, actor, a.code, "快递员未取走")
    assert (back.status, back.handed_over_at, back.pickup_code) == (ShipmentStatus.PACKED, None, None)
    assert {item_sets.find_item_set(drive_store, c).status for c in ("IS000001L", "IS000002J")} == {ItemSetStatus.PACKED}
    assert shipments.get_shipment(drive_store, b.code).pickup_code == pickup.code  # the other stays handed over
    assert item_sets.find_item_set(drive_store, "IS000003H").status is ItemSetStatus.SHIPPED
    with drive_store.read() as session:
        rows = session.execute(select(Event.action, Event.entity_code, Event.before, Event.after, Event.detail,
                                      Event.actor, Event.station).where(Event.id > 0).order_by(Event.id)).all()[before:]
    assert rows == [
        ("revert", "IS000001L", "shipped", "packed", f"{a.code}: 快递员未取走", actor.operator, actor.station),
        ("revert", "IS000002J", "shipped", "packed", f"{a.code}: 快递员未取走", actor.operator, actor.station),
        ("revert", a.code, "handed_over", "packed", "快递员未取走", actor.operator, actor.station),
    ]
    # handed over again at a new pickup, as any packed shipment
    again = shipping.hand_over(drive_store, actor, a.code)
    assert again.status is ShipmentStatus.HANDED_OVER and again.pickup_code not in (None, pickup.code)
