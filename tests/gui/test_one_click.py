"""Issue 9 in the real window. C14: two quick clicks, Space twice or Enter twice on a create make one
thing, the repeat told it was already done; a change in between makes a new one. Fault 9: 标记为已交接
asks first, naming the shipments and their packages, and a coordinator can take it back with a reason."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from bqw_desktop.domain.lifecycle import ItemSetStatus, ShipmentStatus
from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import receiving, shipping
from bqw_desktop.queries import item_sets, shipments
from bqw_desktop.store.models import Event, InboundCarton, Package, Receipt, Shipment
from bqw_desktop.ui import dialogs
from tests.helpers.keys import person_types, scanner_types


def count(store, model):
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def double_click(qtbot, button):
    """Two clicks as fast as a hand makes them (both handled, one after the other)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_new_shipment_once_per_request(qtbot, window, drive_store):
    view = window.shipments_view
    window.tabs.setCurrentWidget(view)
    double_click(qtbot, view.list.create_button)
    assert count(drive_store, Shipment) == 1
    assert window.banner.kind == "warn" and "SH" in window.banner.text()  # the second was told it was done

    view.list.destination.setFocus()
    QTest.keyClick(view.list.destination, Qt.Key.Key_Down)  # another destination chosen: a new request
    view.list.create_button.setFocus()
    QTest.keyClick(view.list.create_button, Qt.Key.Key_Space)
    QTest.keyClick(view.list.create_button, Qt.Key.Key_Space)
    assert count(drive_store, Shipment) == 2 and window.banner.kind == "warn"


def test_new_package_once_per_request(qtbot, window, drive_store, actor):
    codes = [shipping.create_shipment(drive_store, actor, "D001", "LP1").code for _ in range(2)]
    view = window.shipments_view
    window.tabs.setCurrentWidget(view)
    view.refresh()
    view.select(codes[0])
    double_click(qtbot, view.contents.new_package)
    assert count(drive_store, Package) == 1 and window.banner.kind == "warn"
    view.select(codes[1])  # another shipment: its own request
    double_click(qtbot, view.contents.new_package)
    assert [len(shipments.packages(drive_store, code)) for code in codes] == [1, 1]


@pytest.fixture
def receiving_page(qtbot, window, drive_store, actor, monkeypatch):
    """The Intake page's Receiving panel with a new receipt chosen; label printing answered "not now"
    (``view.printed``)."""
    printed = []
    monkeypatch.setattr(dialogs, "ask_printer", lambda parent, printer: printed.append(1) and False)
    receiving.create_donor(drive_store, actor, "杭州测试爱心企业", DonorKind.ENTERPRISE)
    receipt = receiving.create_receipt(drive_store, actor, "杭州测试爱心企业", date(2021, 6, 8))
    page = window.intake
    window.tabs.setCurrentWidget(page)
    page.refresh()
    page.receipt_box.setCurrentIndex(page.receipt_box.findData(receipt.id))
    view = page.receiving
    view.printed, view.receipt = printed, receipt
    return view


def test_new_carton_once_per_request(qtbot, window, drive_store, receiving_page):
    view = receiving_page
    cartons = count(drive_store, InboundCarton)
    double_click(qtbot, view.new_carton)
    assert count(drive_store, InboundCarton) == cartons + 1 and window.banner.kind == "warn"
    assert len(view.printed) == 1  # one carton, one label
    assert receiving.get_receipt(drive_store, view.receipt.id).cartons == 1

    # item sets registered in between: the next click is a new carton, and the same entry goes into it
    first = view.receiving_carton
    view.form.template.setFocus()
    QTest.keyClick(view.form.template, Qt.Key.Key_Return)
    double_click(qtbot, view.new_carton)
    assert count(drive_store, InboundCarton) == cartons + 2 and view.receiving_carton != first
    view.form.template.setFocus()
    QTest.keyClick(view.form.template, Qt.Key.Key_Return)
    assert [len(item_sets.carton_item_sets(drive_store, code)) for code in (first, view.receiving_carton)] == [1, 1]


def test_item_set_form_registers_once_per_entry(qtbot, window, drive_store, actor, receiving_page):
    view = receiving_page
    carton = receiving.open_carton(drive_store, actor, view.receipt.id).code
    scanner_types(carton)
    qtbot.waitUntil(lambda: view.receiving_carton == carton)

    # Enter twice on the form: one entry (the form was readied for the next one in between)
    view.form.template.setFocus()
    QTest.keyClick(view.form.template, Qt.Key.Key_Return)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert len(item_sets.carton_item_sets(drive_store, carton)) == 1 and window.banner.kind == "warn"
    # a quantity typed: a new entry; two clicks, then Space twice on 登记, register it once
    view.form.quantity.setFocus()
    view.form.quantity.selectAll()
    person_types("2")
    qtbot.waitUntil(lambda: view.form.quantity.value() == 2)
    double_click(qtbot, view.register_button)
    QTest.keyClick(view.register_button, Qt.Key.Key_Space)
    QTest.keyClick(view.register_button, Qt.Key.Key_Space)
    assert len(item_sets.carton_item_sets(drive_store, carton)) == 3 and window.banner.kind == "warn"


def test_open_receipt_once_per_request(qtbot, window, drive_store, actor):
    receiving.create_donor(drive_store, actor, "杭州测试爱心企业", DonorKind.ENTERPRISE)
    view = window.intake
    window.tabs.setCurrentWidget(view)
    view.sections.setCurrentWidget(view.donors)
    view.donors.search.setText("hzcs")
    assert view.donors.donors.keys == ["杭州测试爱心企业"]
    receipts = count(drive_store, Receipt)
    view.sections.setCurrentWidget(view.donors)
    qtbot.mouseClick(view.donors.receipt_button, Qt.MouseButton.LeftButton)
    view.sections.setCurrentWidget(view.donors)  # the page went on to the manifest: come back and click again
    qtbot.mouseClick(view.donors.receipt_button, Qt.MouseButton.LeftButton)
    assert count(drive_store, Receipt) == receipts + 1 and window.banner.kind == "warn"


def test_add_donor_once_per_request(qtbot, window, drive_store):
    from bqw_desktop.store.models import Donor

    view = window.intake
    window.tabs.setCurrentWidget(view)
    view.sections.setCurrentWidget(view.donors)
    donors = count(drive_store, Donor)
    view.donors.name.setFocus()
    person_types("测试爱心企业")
    qtbot.waitUntil(lambda: view.donors.name.text() == "测试爱心企业")
    double_click(qtbot, view.donors.add_button)
    # one donor, and the second click is told so (not "a donor needs a name": the form was cleared)
    assert count(drive_store, Donor) == donors + 1 and window.banner.kind == "warn", window.banner.text()


def test_add_check_once_per_request(qtbot, window, drive_store, actor):
    from bqw_desktop.domain.catalogue import Category
    from bqw_desktop.services import inspection
    from bqw_desktop.ui.checklist_editor import ChecklistEditor

    editor = ChecklistEditor(drive_store, actor)
    qtbot.addWidget(editor)
    editor.category.setCurrentIndex(editor.category.findData(Category.SPORTS))
    before = len(inspection.checklist(drive_store, Category.SPORTS))
    editor.text.setText("气压适中，无漏气")
    editor.source.setText("使用状况检查")
    double_click(qtbot, editor.buttons[editor.tr("Add as new check")])
    assert len(inspection.checklist(drive_store, Category.SPORTS)) == before + 1
    assert editor.message.text().startswith("已处理过")  # the second click is told it was done


def handed_over_ready(store, actor):
    from tests.helpers.shipments import packed_shipment

    shipment = packed_shipment(store, actor, "D018", "LP2", ("IS000001L", "IS000002J"))
    shipping.close_packing(store, actor, shipment.code)
    shipping.set_tracking_number(store, actor, shipment.code, "SF1000000000001")
    return shipment


def test_hand_over_asks_first_and_can_be_taken_back(qtbot, window, drive_store, actor, monkeypatch):
    shipment = handed_over_ready(drive_store, actor)
    package = shipments.packages(drive_store, shipment.code)[0].code
    view = window.shipments_view
    window.tabs.setCurrentWidget(view)
    view.refresh()
    view.select(shipment.code)
    view.details.setCurrentIndex(1)
    events = count(drive_store, Event)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) and False)
    qtbot.mouseClick(view.tracking_panel.hand_over_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and shipment.code in asked[0] and package in asked[0] and "SF1000000000001" in asked[0]
    assert shipments.get_shipment(drive_store, shipment.code).status is ShipmentStatus.PACKED  # cancelled: no change
    assert count(drive_store, Event) == events and window.banner.kind == "warn"
    assert not view.tracking_panel.revert_button.isEnabled() or view.current().status is ShipmentStatus.PACKED

    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)
    qtbot.mouseClick(view.tracking_panel.hand_over_button, Qt.MouseButton.LeftButton)
    assert shipments.get_shipment(drive_store, shipment.code).status is ShipmentStatus.HANDED_OVER
    assert item_sets.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.SHIPPED

    # a coordinator takes it back, with a reason
    assert view.tracking_panel.revert_button.isEnabled()
    qtbot.mouseClick(view.tracking_panel.revert_button, Qt.MouseButton.LeftButton)  # no reason: refused
    assert window.banner.kind == "error"
    assert shipments.get_shipment(drive_store, shipment.code).status is ShipmentStatus.HANDED_OVER
    view.tracking_panel.revert_reason.setText("快递员未取走")
    qtbot.mouseClick(view.tracking_panel.revert_button, Qt.MouseButton.LeftButton)
    back = shipments.get_shipment(drive_store, shipment.code)
    assert (back.status, back.pickup_code) == (ShipmentStatus.PACKED, None), window.banner.text()
    assert item_sets.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.PACKED
    with drive_store.read() as session:
        last = session.execute(select(Event.action, Event.before, Event.after, Event.detail, Event.actor)
                               .order_by(Event.id.desc()).limit(1)).one()
    assert tuple(last) == ("revert", "handed_over", "packed", "快递员未取走", actor.operator)
    assert view.tracking_panel.hand_over_button.isEnabled()
