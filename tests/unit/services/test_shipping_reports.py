"""Reports: overdue shipments, stage times from the events, cost and spend per courier against the budget."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from bqw_desktop.domain.logistics import LOGISTICS_BUDGET_FEN
from bqw_desktop.services import drive, inspection, shipping, shipping_reports
from bqw_desktop.queries import shipments
from bqw_desktop.services.context import now
from bqw_desktop.store.models import Event, InboundCarton, Shipment


def handed(store, actor, destination, courier, codes, n, weight="2.4"):
    shipment = shipping.create_shipment(store, actor, destination, courier)
    for code in codes:
        inspection.inspect(store, actor, code, True)
        shipping.pack(store, actor, shipment.code, code)
    for package in shipments.packages(store, shipment.code):
        shipping.set_package_weight(store, actor, package.code, weight)
    shipping.set_tracking_number(store, actor, shipment.code, drive.walkthrough_tracking_number(courier, n))
    shipping.close_packing(store, actor, shipment.code)
    shipping.hand_over(store, actor, shipment.code)
    return shipment.code


def test_overdue_shipments_are_those_with_the_courier_past_the_days(drive_store, actor):
    a = handed(drive_store, actor, "D018", "LP2", ["IS000001L"], 1)
    b = handed(drive_store, actor, "D016", "LP2", ["IS000002J"], 2)
    c = handed(drive_store, actor, "D006", "LP1", ["IS000003H"], 3)
    shipping.mark_in_transit(drive_store, actor, b)
    shipping.deliver(drive_store, actor, c)
    with drive_store.write() as session:
        session.execute(update(Shipment).where(Shipment.code == a).values(handed_over_at=now() - timedelta(days=4)))
    assert [o.code for o in shipping_reports.overdue_shipments(drive_store, days=3)] == [a]
    assert shipping_reports.overdue_shipments(drive_store, days=3)[0].days == 4
    assert shipping_reports.overdue_shipments(drive_store, days=5) == []
    later = now() + timedelta(days=6)
    assert {o.code for o in shipping_reports.overdue_shipments(drive_store, days=5, at=later)} == {a, b}  # not c
    assert shipping_reports.overdue_codes(shipments.list_shipments(drive_store), 3) == {a}


def test_stage_times_come_from_the_events_and_stop_at_delivery(drive_store, actor):
    code = handed(drive_store, actor, "D018", "LP2", ["IS000001L", "IS000002J"], 1)
    shipping.deliver(drive_store, actor, code)
    t0 = datetime(2021, 9, 1, 1, tzinfo=UTC)
    times = {"passed": t0 + timedelta(days=2), "packed": t0 + timedelta(days=3),
             "shipped": t0 + timedelta(days=3, hours=12), "delivered": t0 + timedelta(days=6)}
    with drive_store.write() as session:  # put the events and the arrival on a known calendar
        session.execute(update(InboundCarton).values(received_at=t0))
        for state, at in times.items():
            session.execute(update(Event).where(Event.entity_kind == "item_set", Event.after == state).values(at=at))
    report = shipping_reports.stage_times(drive_store, code)
    assert [t.code for t in report] == ["IS000001L", "IS000002J"]
    for item in report:
        assert item.current == "delivered" and item.shipment_code == code
        assert item.stages == {"received": timedelta(days=2), "passed": timedelta(days=1),
                               "packed": timedelta(hours=12), "shipped": timedelta(days=2, hours=12),
                               "delivered": timedelta(0)}
    average = shipping_reports.average_stage_times(report)
    assert average["shipped"] == timedelta(days=2.5) and shipping_reports.days_text(average["shipped"]) == "2.5"
    assert shipping_reports.stage_times(drive_store) == report  # the only shipment


def test_spend_per_courier_against_the_budget(drive_store, actor):
    a = handed(drive_store, actor, "D018", "LP2", ["IS000001L"], 1, weight="2.4")  # LP2: 18 + 6 = 24 CNY
    b = handed(drive_store, actor, "D016", "LP2", ["IS000002J"], 2, weight="0.8")  # 18 CNY
    c = handed(drive_store, actor, "D006", "LP1", ["IS000003H"], 3, weight="3.5")  # LP1: 10 + 3×3 = 19 CNY
    shipping.set_cost(drive_store, actor, a, "25.50")
    report = shipping_reports.courier_spend(drive_store)
    spend = {c.code: c for c in report.couriers}
    assert [c.code for c in report.couriers] == ["LP1", "LP2", "LP3"]
    assert (spend["LP2"].shipments, spend["LP2"].costed, spend["LP2"].actual_fen) == (2, 1, 2550)
    assert (spend["LP2"].estimated, spend["LP2"].estimate_fen) == (1, 1800)
    assert (spend["LP1"].actual_fen, spend["LP1"].estimate_fen) == (0, 1900)
    assert spend["LP3"].shipments == 0
    assert report.budget_fen == LOGISTICS_BUDGET_FEN == 1_500_000
    assert report.spent_fen == 2550 and report.expected_fen == 2550 + 1800 + 1900
    assert report.remaining_fen == 1_500_000 - 6250
    assert shipping_reports.fen_text(report.remaining_fen) == "14,937.50"
    assert shipments.get_shipment(drive_store, c).estimate_fen == 1900 and b
