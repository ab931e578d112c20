"""Scans as a real keyboard-wedge scanner types them, through the real window (cases C05–C07)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout
from sqlalchemy import select

from bqw_desktop.domain.catalogue import NonconformanceReason
from bqw_desktop.domain.identifiers import CodeKind, make_code
from bqw_desktop.domain.lifecycle import ItemSetStatus
from bqw_desktop.domain.scanning import Command, command_text
from bqw_desktop.documents.command_sheet import command_rows, render_command_sheet
from bqw_desktop.services import inspection, shipping
from bqw_desktop.queries import item_sets, shipments
from bqw_desktop.store.models import Event
from bqw_desktop.ui.scanner import ScannerInput
from tests.helpers.keys import CLOCK, ENTER, TAB, person_types, scanner_types
from tests.helpers.pdfcheck import code128, pages
from tests.helpers.records import event_count, status


def test_a_burst_with_enter_is_one_scan_and_the_field_gets_nothing(window):
    window.tabs.setCurrentWidget(window.inspection)
    scanner_types("IS000001L")
    assert window.scans == ["IS000001L"]
    assert window.scan_field.text() == ""
    assert window.inspection.code_label.text() == "IS000001L"


def test_tab_suffix_and_stx_etx_framing(window):
    window.tabs.setCurrentWidget(window.inspection)
    window.scan_field.setFocus()
    scanner_types("IS000002J", TAB)
    assert window.scans == ["IS000002J"] and window.scan_field.hasFocus()  # Tab did not move the focus
    scanner_types("\x02IS000003H\x03", None)
    assert window.scans == ["IS000002J", "IS000003H"]
    assert window.inspection.code_label.text() == "IS000003H"


def test_input_method_characters_and_a_pause_stay_in_one_scan(window):
    window.tabs.setCurrentWidget(window.inspection)
    scanner_types("IS0000", None)
    commit = QInputMethodEvent()
    commit.setCommitString("01")  # an input method handed over two characters at once
    QApplication.sendEvent(QApplication.focusWidget(), commit)
    CLOCK.advance(120)  # the scanner paused mid-burst
    scanner_types("L")
    assert window.scans == ["IS000001L"]
    assert window.inspection.code_label.text() == "IS000001L"


def test_a_scanner_without_suffix_ends_by_silence(qtbot, window):
    window.tabs.setCurrentWidget(window.inspection)
    scanner_types("IS000001L", None)
    qtbot.waitUntil(lambda: window.scans == ["IS000001L"], timeout=2000)


def test_people_typing_are_not_scans(window):
    window.tabs.setCurrentWidget(window.inspection)
    note = window.inspection.note
    note.setFocus()
    person_types("stain")
    assert note.text() == "stain" and window.scans == []


@pytest.mark.slow
def test_on_the_real_clock_a_burst_is_a_scan_and_a_persons_keys_are_typing(qtbot, window, monkeypatch):
    """The scanner input on ``time.monotonic``, keys as fast as this machine sends them, then a person's
    90 ms apart; slow only in that it waits real time (and could fail on a machine stalled for 40 ms)."""
    monkeypatch.setattr(ScannerInput, "clock", staticmethod(time.monotonic))
    window.tabs.setCurrentWidget(window.inspection)
    note = window.inspection.note
    note.setFocus()
    scanner_types("IS000001L")
    assert window.scans == ["IS000001L"] and note.text() == ""
    for char in "stain":
        QTest.keyClick(note, char, Qt.KeyboardModifier.NoModifier, 90)
    qtbot.wait(100)
    assert note.text() == "stain" and window.scans == ["IS000001L"]


def test_full_width_scan_is_normalised_c05(window, drive_store, actor):
    inspection.inspect(drive_store, actor, "IS000001L", True)
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP2")  # LP2 issues SF numbers
    window.tabs.setCurrentWidget(window.shipments_view)
    window.shipments_view.refresh()
    window.shipments_view.select(shipment.code)
    scanner_types("ＳＦ１２３４５６７８９０１２３")
    assert window.scans == ["SF1234567890123"]
    assert shipments.get_shipment(drive_store, shipment.code).tracking_number == "SF1234567890123"
    scanner_types(" ｉｓ０００００１ｌ ")
    assert status(drive_store, "IS000001L") is ItemSetStatus.PACKED


@pytest.mark.parametrize("suffix", [ENTER, TAB])
def test_the_scanners_enter_never_presses_the_focused_button_c07(window, drive_store, suffix):
    view = window.inspection
    window.tabs.setCurrentWidget(view)
    scanner_types("IS000001L")
    QApplication.instance().focusChanged.disconnect(window._focus_changed)  # keep the focus on the button
    view.pass_button.setAutoDefault(True)  # Enter clicks it, as it would a dialog button
    view.pass_button.setFocus()  # as if a volunteer had tabbed onto 合格
    assert QApplication.focusWidget() is view.pass_button
    scanner_types("IS000002J", suffix)
    assert status(drive_store, "IS000001L") is ItemSetStatus.RECEIVED  # 合格 was not pressed
    assert view.code_label.text() == "IS000002J"
    QApplication.instance().focusChanged.connect(window._focus_changed)  # closeEvent disconnects it


def test_the_scanners_enter_never_presses_a_dialogs_default_button_c07(qtbot, window, drive_store):
    dialog = QDialog(window)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    QVBoxLayout(dialog).addWidget(buttons)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()
    before = event_count(drive_store)
    scanner_types("IS000001L")
    assert dialog.isVisible() and dialog.result() == 0
    assert window.banner.kind == "warn" and "关闭" in window.banner.text()
    assert event_count(drive_store) == before
    dialog.reject()


def test_codes_of_another_page_say_where_they_belong(window, drive_store, actor):
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    window.tabs.setCurrentWidget(window.inspection)
    before = event_count(drive_store)
    scanner_types(shipment.code)
    assert window.banner.kind == "error"
    assert window.banner.text() == f"{shipment.code} 是发货单编号，请在“发货”页面扫描。"
    scanner_types("6901234567892")
    assert "商品条码" in window.banner.text()
    assert event_count(drive_store) == before


def test_a_double_read_is_applied_once(window, drive_store, actor):
    inspection.inspect(drive_store, actor, "IS000001L", True)
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    window.tabs.setCurrentWidget(window.shipments_view)
    window.shipments_view.refresh()
    window.shipments_view.select(shipment.code)
    scanner_types("IS000001L")
    scanner_types("IS000001L")
    assert window.banner.kind == "warn" and "重复读取" in window.banner.text()
    assert shipments.get_shipment(drive_store, shipment.code).item_sets == 1
    assert len(window.history.lines()) == 2 and "重复读取" in window.history.lines()[-1]


def test_undo_of_a_packing_scan_is_a_new_event(window, drive_store, actor):
    inspection.inspect(drive_store, actor, "IS000001L", True)
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    window.tabs.setCurrentWidget(window.shipments_view)
    window.shipments_view.refresh()
    window.shipments_view.select(shipment.code)
    scanner_types("IS000001L")
    assert status(drive_store, "IS000001L") is ItemSetStatus.PACKED
    scanner_types(command_text(Command.UNDO))
    assert status(drive_store, "IS000001L") is ItemSetStatus.PASSED
    assert window.banner.text().startswith("已撤销")
    with drive_store.read() as session:
        actions = list(session.scalars(select(Event.action).where(Event.entity_code == "IS000001L").order_by(Event.id)))
    assert actions == ["inspect", "pack", "unpack"]
    scanner_types(command_text(Command.UNDO))  # nothing left to undo
    assert window.banner.kind == "warn"


def test_every_command_on_the_sheet_decodes_and_works(tmp_path, window, drive_store):
    sheet = tmp_path / "commands.pdf"
    render_command_sheet(sheet)
    decoded = code128(next(pages(sheet, 203)))
    assert sorted(decoded) == sorted(value for _, _, value in command_rows())
    by_name = {zh: value for zh, _, value in command_rows()}

    window.tabs.setCurrentWidget(window.inspection)
    scanner_types("IS000001L")
    scanner_types(by_name["合格"])
    assert status(drive_store, "IS000001L") is ItemSetStatus.PASSED
    for n, reason in enumerate(NonconformanceReason, start=10):  # every 不合格 code on the sheet
        code = make_code(CodeKind.ITEM_SET, n)
        scanner_types(code)
        scanner_types(next(value for zh, _, value in command_rows() if zh.startswith("不合格") and
                           value.endswith(reason.name)))
        item = item_sets.find_item_set(drive_store, code)
        assert (item.status, item.last_reason) == (ItemSetStatus.FAILED, reason)
    scanner_types("IS000003H")
    scanner_types(by_name["取消"])
    assert window.inspection.current is None and status(drive_store, "IS000003H") is ItemSetStatus.RECEIVED
    scanner_types("IS000004F")
    scanner_types(by_name["完成"])
    assert window.inspection.current is None
    scanner_types("IS000005D")
    scanner_types(by_name["合格"])
    scanner_types(by_name["撤销"])
    assert status(drive_store, "IS000005D") is ItemSetStatus.RECEIVED
    view = window.inspection  # the page shows the undone result as it is now, and the list says so
    assert view.current.status is ItemSetStatus.RECEIVED and view.pass_button.isEnabled()
    assert view.history.index(0, 1).data() == "IS000005D" and view.history.index(0, 2).data() == "已撤销"


def test_the_scan_field_refuses_the_input_method_c05(window):
    # With IBus Pinyin active, a widget that asks for an input method gets composed candidates
    # ("SF1…" became "司法…"); one that reports ImEnabled = False gets the scanner's exact keys.
    assert window.scan_field.inputMethodQuery(Qt.InputMethodQuery.ImEnabled) is False
    assert window.inspection.note.inputMethodQuery(Qt.InputMethodQuery.ImEnabled) is True  # people type Chinese notes
