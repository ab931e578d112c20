"""Each rule the window asks the domain about is enforced by its service (issue 11, "Rules live in the
domain, once"): called here directly, on a real SQLite store, as the command line or a script would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from bqw_desktop.domain.catalogue import NonconformanceReason
from bqw_desktop.domain.errors import InvalidValue, NotFound, TransitionRefused
from bqw_desktop.domain.lifecycle import (
    ItemSetStatus,
    ShipmentStatus,
    can_confirm_receipt,
    can_edit_weight_and_tracking,
    can_revert,
    can_set_cost,
    packing_open,
    waiting_for_inspection,
)
from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.domain.roles import Role
from bqw_desktop.domain.undo import UNDO_WINDOW
from bqw_desktop.services import inspection, receiving, shipping
from bqw_desktop.queries import item_sets, shipments
from bqw_desktop.services.context import Actor
from bqw_desktop.store.models import Event, Inspection, InspectionUndo, ItemSet, Shipment

OTHER_STATION = Actor("李娜", "TEST-2", Role.VOLUNTEER)
COORDINATOR = Actor("王协调", "COORD-1", Role.COORDINATOR)


def status_of(store, code):
    return item_sets.find_item_set(store, code).status


def undos(store):
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(InspectionUndo))


def test_waiting_for_inspection_decides_what_inspect_takes(drive_store, actor):
    items = item_sets.carton_item_sets(drive_store, item_sets.list_cartons(drive_store)[0].code)
    for item, status in zip(items, ItemSetStatus, strict=False):  # one item set in each status
        code = item.code
        with drive_store.write() as session:
            session.execute(update(ItemSet).where(ItemSet.code == code).values(status=status.value))
        if waiting_for_inspection(status):
            assert inspection.inspect(drive_store, actor, code, True).status is ItemSetStatus.PASSED
        else:
            with pytest.raises(TransitionRefused):
                inspection.inspect(drive_store, actor, code, True)
            assert status_of(drive_store, code) is status


def test_undo_only_this_stations_result_of_the_last_two_minutes(drive_store, actor):
    inspection.inspect(drive_store, actor, "IS000001L", True)
    with pytest.raises(TransitionRefused, match="station TEST-1 .* past 2 minutes"):
        inspection.undo_inspection(drive_store, OTHER_STATION, "IS000001L", "扫错")  # another station's
    assert status_of(drive_store, "IS000001L") is ItemSetStatus.PASSED and undos(drive_store) == 0
    assert inspection.undo_inspection(drive_store, actor, "IS000001L", "扫错").status is ItemSetStatus.RECEIVED

    inspection.inspect(drive_store, actor, "IS000002J", False, NonconformanceReason.DAMAGED)
    with drive_store.write() as session:  # the result is older than the window
        row = session.scalars(select(Inspection).join(ItemSet).where(ItemSet.code == "IS000002J")).one()
        row.at -= UNDO_WINDOW + timedelta(seconds=1)
    with pytest.raises(TransitionRefused, match="can no longer be undone"):
        inspection.undo_inspection(drive_store, actor, "IS000002J", "扫错")
    assert status_of(drive_store, "IS000002J") is ItemSetStatus.FAILED and undos(drive_store) == 1
    # a coordinator corrects an older result instead, with no time limit
    fixed = inspection.correct_inspection(drive_store, COORDINATOR, "IS000002J", True, None, "复核合格")
    assert fixed.status is ItemSetStatus.PASSED


def test_weight_and_tracking_change_only_while_the_domain_allows(drive_store, actor):
    shipment = shipping.create_shipment(drive_store, actor, "D018", "LP2")
    inspection.inspect(drive_store, actor, "IS000001L", True)
    shipping.pack(drive_store, actor, shipment.code, "IS000001L")
    (package,) = shipments.packages(drive_store, shipment.code)
    steps = [lambda: None, lambda: shipping.close_packing(drive_store, actor, shipment.code),
             lambda: shipping.hand_over(drive_store, actor, shipment.code),
             lambda: shipping.mark_in_transit(drive_store, actor, shipment.code)]
    for n, step in enumerate(steps):
        step()
        status = shipments.get_shipment(drive_store, shipment.code).status
        weight = lambda: shipping.set_package_weight(drive_store, actor, package.code, f"2.{n}")  # noqa: E731
        number = lambda: shipping.set_tracking_number(drive_store, actor, shipment.code, f"SF10000000000{n:02d}")  # noqa: E731
        if can_edit_weight_and_tracking(status):
            assert weight().weight_g == 2000 + 100 * n and number().tracking_number == f"SF10000000000{n:02d}"
        else:
            for change in (weight, number):
                with pytest.raises(TransitionRefused, match="nothing more can be packed"):
                    change()
    assert [s for s in ShipmentStatus if can_edit_weight_and_tracking(s)] == [ShipmentStatus.PLANNED,
                                                                               ShipmentStatus.PACKED]


def shipment_in(store, actor, status):
    """A new shipment put straight into ``status`` (as any path to it would leave it, for these rules)."""
    code = shipping.create_shipment(store, actor, "D018", "LP2").code
    with store.write() as session:
        session.execute(update(Shipment).where(Shipment.code == code).values(status=status.value))
    return code


def test_a_step_back_only_from_the_states_the_domain_allows(drive_store, actor):
    for status in ShipmentStatus:
        code = shipment_in(drive_store, actor, status)
        if can_revert(status):
            assert shipping.revert(drive_store, COORDINATOR, code, "点错了").status is not status
        else:
            with pytest.raises(TransitionRefused, match="cannot be taken back"):
                shipping.revert(drive_store, COORDINATOR, code, "点错了")
            assert shipments.get_shipment(drive_store, code).status is status


def test_receipt_confirmed_only_in_the_states_the_domain_allows(drive_store, actor):
    for status in ShipmentStatus:
        code = shipment_in(drive_store, actor, status)
        confirm = lambda: shipping.confirm_receipt(drive_store, actor, code, "王老师", date(2021, 10, 8))  # noqa: E731
        if can_confirm_receipt(status):
            assert confirm().status is ShipmentStatus.RECEIPT_CONFIRMED
        else:
            with pytest.raises(TransitionRefused):
                confirm()
            assert shipments.get_shipment(drive_store, code).receiver is None
    assert [s for s in ShipmentStatus if can_confirm_receipt(s)] == [ShipmentStatus.DELIVERED,
                                                                      ShipmentStatus.RECEIPT_CONFIRMED]


def test_a_cost_recorded_only_in_the_states_the_domain_allows(drive_store, actor):
    for status in ShipmentStatus:
        code = shipment_in(drive_store, actor, status)
        if can_set_cost(status):
            assert shipping.set_cost(drive_store, actor, code, "36.50").cost_fen == 3650
        else:
            with pytest.raises(TransitionRefused, match="no cost to record"):
                shipping.set_cost(drive_store, actor, code, "36.50")
            assert shipments.get_shipment(drive_store, code).cost_fen is None
    assert [s for s in ShipmentStatus if not can_set_cost(s)] == [ShipmentStatus.CANCELLED]


def test_packing_only_while_the_domain_says_packing_is_open(drive_store, actor):
    codes = [i.code for i in item_sets.carton_item_sets(drive_store, item_sets.list_cartons(drive_store)[0].code)]
    for status, item in zip(ShipmentStatus, codes, strict=False):
        inspection.inspect(drive_store, actor, item, True)
        code = shipment_in(drive_store, actor, status)
        if packing_open(status):
            assert shipping.pack(drive_store, actor, code, item).status is ItemSetStatus.PACKED
        else:
            with pytest.raises(TransitionRefused, match="nothing more can be packed"):
                shipping.pack(drive_store, actor, code, item)
            assert status_of(drive_store, item) is ItemSetStatus.PASSED


def test_a_tracking_number_said_to_be_another_couriers_is_refused(drive_store, actor):
    shipment = shipping.create_shipment(drive_store, actor, "D018", "LP2")  # 12 digits fit LP2's and LP3's rules
    with pytest.raises(InvalidValue, match="202100000099 is .*'s, but .* goes with"):
        shipping.set_tracking_number(drive_store, actor, shipment.code, "2021 0000 0099", issuer="LP3")
    with pytest.raises(NotFound):
        shipping.set_tracking_number(drive_store, actor, shipment.code, "202100000099", issuer="LP9")
    assert shipments.get_shipment(drive_store, shipment.code).tracking_number is None
    saved = shipping.set_tracking_number(drive_store, actor, shipment.code, "202100000099", issuer="LP2")
    assert saved.tracking_number == "202100000099"


def test_a_scanned_carton_is_opened_for_the_receipt_by_the_store(drive_store, actor):
    receiving.create_donor(drive_store, actor, "某公司", DonorKind.ENTERPRISE)
    receipt = receiving.create_receipt(drive_store, actor, "某公司", date(2021, 7, 1))
    old = item_sets.list_cartons(drive_store)[0].code  # the drive's, from before receipts
    own = receiving.open_carton(drive_store, actor, receipt.id).code

    def written():
        with drive_store.read() as session:
            return session.scalar(select(func.count()).select_from(Event))

    before = written()
    shown = receiving.open_carton(drive_store, actor, receipt.id, old, show_other_arrival=True)
    assert (shown.code, shown.opened, shown.created, shown.receipt_id) == (old, False, False, None)
    assert shown.item_sets > 0 and written() == before
    reopened = receiving.open_carton(drive_store, actor, receipt.id, own, show_other_arrival=True)
    assert (reopened.opened, reopened.created) == (True, False)
    with pytest.raises(InvalidValue, match="another arrival"):  # without the flag: refused, as before
        receiving.open_carton(drive_store, actor, receipt.id, old)
