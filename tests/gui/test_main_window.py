"""The real main window driven with qtbot: scan → inspect → pack → slip → print → hand over."""

from __future__ import annotations

import threading
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from bqw_desktop.domain.catalogue import NonconformanceReason
from bqw_desktop.domain.lifecycle import ItemSetStatus, ShipmentStatus
from bqw_desktop.queries import item_sets, shipments
from bqw_desktop.ui import dialogs
from bqw_desktop.ui.app import Application, create_application

from tests.helpers.pdfcheck import code128, pages
from tests.helpers.records import event_count, status
from tests.helpers.keys import scan


def test_scan_inspect_pack_print_and_hand_over(qtbot, window, drive_store, tmp_path, monkeypatch):
    assert window.windowTitle() == "百千万爱心聪盟 · 仓储物流"
    assert window.overview.item_sets.value.text() == "1,896"
    assert window.overview.cartons.value.text() == "28"

    # Inspection: pass one item set, fail another
    window.tabs.setCurrentWidget(window.inspection)
    scan(qtbot, window, "IS000001L")
    assert window.inspection.code_label.text() == "IS000001L"
    assert window.inspection.pass_button.isEnabled()
    qtbot.mouseClick(window.inspection.pass_button, Qt.MouseButton.LeftButton)
    assert status(drive_store, "IS000001L") is ItemSetStatus.PASSED
    assert (window.banner.kind, window.banner.text()) == ("ok", "IS000001L 合格。")
    assert not window.inspection.pass_button.isEnabled()  # a second click records nothing

    scan(qtbot, window, "IS000002J")
    window.inspection.reason.setCurrentIndex(window.inspection.reason.findData(NonconformanceReason.STAINED))
    qtbot.mouseClick(window.inspection.fail_button, Qt.MouseButton.LeftButton)
    assert status(drive_store, "IS000002J") is ItemSetStatus.FAILED
    assert "污渍" in window.banner.text() and window.inspection.history.rowCount() == 2

    # Shipments: create one to 淳安县千岛湖镇 with the second courier, scan item sets into it
    view = window.shipments_view
    window.tabs.setCurrentWidget(view)
    view.list.destination.setCurrentIndex(view.list.destination.findData("D018"))
    view.list.courier.setCurrentIndex(view.list.courier.findData("LP2"))
    qtbot.mouseClick(view.list.create_button, Qt.MouseButton.LeftButton)
    shipment = view.current()
    assert shipment is not None and shipment.destination == "淳安县千岛湖镇儿童之家"

    scan(qtbot, window, "IS000001L")
    assert status(drive_store, "IS000001L") is ItemSetStatus.PACKED
    assert view.contents.lines.keys == ["IS000001L"] and window.banner.kind == "ok"

    events_before = event_count(drive_store)
    scan(qtbot, window, "IS000002J")  # failed: must be refused, nothing written
    assert window.banner.kind == "error" and "隔离区" in window.banner.text()
    assert status(drive_store, "IS000002J") is ItemSetStatus.FAILED
    assert view.contents.lines.keys == ["IS000001L"] and event_count(drive_store) == events_before

    view.contents.tracking.setText("sf1234567890123")
    qtbot.mouseClick(view.contents.save_tracking, Qt.MouseButton.LeftButton)
    assert shipments.get_shipment(drive_store, shipment.code).tracking_number == "SF1234567890123"

    # Save the packing slip as PDF
    slip = tmp_path / "slip.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, name: str(slip))
    qtbot.mouseClick(view.contents.documents.save_slip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.banner.text().startswith("已保存"), timeout=20_000)
    text = "".join(page.extract_text() for page in PdfReader(slip).pages)
    assert "淳安县千岛湖镇儿童之家" in text and "SF1234567890123" in text and "儿童羽绒服" in text
    assert code128(next(pages(slip, 203))) == [shipment.code]

    # Print it through Qt's print system (to a PDF file instead of a printer)
    printed = tmp_path / "printed.pdf"

    def choose_printer(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(300)
        return True

    monkeypatch.setattr(dialogs, "ask_printer", choose_printer)
    qtbot.mouseClick(view.contents.documents.print_slip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.banner.text().startswith("已发送"), timeout=20_000)
    assert code128(next(pages(printed, 300))) == [shipment.code]

    # Weigh the package, close packing, hand over and deliver
    assert view.contents.package_label.text() == "包裹 1/1"
    view.contents.weight.setText("1.2")
    qtbot.mouseClick(view.contents.save_weight, Qt.MouseButton.LeftButton)
    assert shipments.packages(drive_store, shipment.code)[0].weight_g == 1200
    qtbot.mouseClick(view.contents.close_button, Qt.MouseButton.LeftButton)
    assert shipments.get_shipment(drive_store, shipment.code).status is ShipmentStatus.PACKED
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)  # hand over: asked first
    qtbot.mouseClick(view.tracking_panel.hand_over_button, Qt.MouseButton.LeftButton)
    assert shipments.get_shipment(drive_store, shipment.code).status is ShipmentStatus.HANDED_OVER
    assert status(drive_store, "IS000001L") is ItemSetStatus.SHIPPED
    assert not view.tracking_panel.hand_over_button.isEnabled() and view.tracking_panel.deliver_button.isEnabled()
    qtbot.mouseClick(view.tracking_panel.deliver_button, Qt.MouseButton.LeftButton)
    assert status(drive_store, "IS000001L") is ItemSetStatus.DELIVERED
    window.tabs.setCurrentWidget(window.overview)  # a page re-reads the store when shown
    assert window.overview.stages[ItemSetStatus.DELIVERED].value.text() == "1"
    assert window.overview.stages[ItemSetStatus.FAILED].value.text() == "1"


def test_unknown_and_misplaced_codes_change_nothing(qtbot, window, drive_store):
    before = event_count(drive_store)
    window.tabs.setCurrentWidget(window.inspection)
    scan(qtbot, window, "IS000001M")
    assert window.banner.kind == "error" and "校验位" in window.banner.text()
    scan(qtbot, window, "hello")
    assert window.banner.kind == "error" and "不是本系统认识的条码" in window.banner.text()
    carton = item_sets.list_cartons(drive_store)[0].code
    scan(qtbot, window, carton)
    assert window.banner.kind == "error" and "来货箱编号" in window.banner.text()
    assert window.inspection.current is None
    assert event_count(drive_store) == before
    assert status(drive_store, "IS000001L") is ItemSetStatus.RECEIVED


def test_intake_scan_selects_and_labels_print_with_progress(qtbot, window, drive_store, tmp_path, monkeypatch):
    window.tabs.setCurrentWidget(window.intake)
    carton = item_sets.list_cartons(drive_store)[3]
    scan(qtbot, window, carton.code)
    assert window.intake.receiving.lists.current_carton() == carton.code
    assert window.intake.receiving.lists.items.rowCount() == carton.item_sets

    target = tmp_path / "labels.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, name: str(target))
    qtbot.mouseClick(window.intake.receiving.save_carton_labels, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.banner.text().startswith("已保存"), timeout=30_000)
    decoded = [code128(page)[0] for page in pages(target, 203)]
    assert decoded == [carton.code, *window.intake.receiving.lists.items.keys]


def test_language_switch_rebuilds_the_window_in_english(qtbot, drive_store, actor):
    create_application()
    app = Application(drive_store, actor, "zh_CN")
    first = app.window
    assert first.tabs.tabText(2) == "质检"
    first.language_chosen.emit("en")
    qtbot.waitUntil(lambda: app.window is not first and app.window.tabs.tabText(2) == "Inspection")
    qtbot.addWidget(app.window)
    assert app.window.windowTitle() == "BQW Desktop — 百千万 drive warehouse"
    app.translations.install("en")


def test_first_start_offers_to_load_the_drive(qtbot, store, actor, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) or True)
    create_application()
    app = Application(store, actor, "zh_CN")
    qtbot.addWidget(app.window)
    assert app.window.overview.item_sets.value.text() == "0"
    app.offer_drive()
    assert asked and "1,896" in asked[0]
    assert app.window.overview.item_sets.value.text() == "1,896"
    assert app.window.overview.categories.rowCount() == 3
    app.offer_drive()  # a loaded store is not offered again
    assert len(asked) == 1
    app.translations.install("en")


def test_a_click_never_leaves_the_next_scan_typed_into_nowhere(qtbot, window, drive_store):
    window.activateWindow()
    window.tabs.setCurrentWidget(window.inspection)
    scan(qtbot, window, "IS000001L")
    qtbot.mouseClick(window.inspection.pass_button, Qt.MouseButton.LeftButton)
    assert window.scan_field.hasFocus()
    qtbot.keyClicks(window.scan_field, "IS000002J")  # the next scan, without touching the mouse
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Return)
    assert window.inspection.code_label.text() == "IS000002J"

    window.inspection.note.setFocus()  # a field people type into keeps its focus
    assert window.inspection.note.hasFocus()
    window.tabs.setCurrentWidget(window.shipments_view)
    window.shipments_view.list.table.setFocus()
    assert window.scan_field.hasFocus()


def test_the_window_stays_while_a_document_is_written(qtbot, window, tmp_path, monkeypatch):
    """Closing while labels are written or printed cut the job short (and its report then went to a
    deleted progress dialog): the window says so and stays until the job has reported."""
    from bqw_desktop.ui import document_actions

    target = tmp_path / "labels.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, name: str(target))
    go = threading.Event()

    def render(path, progress):
        go.wait(30)
        Path(path).write_bytes(b"%PDF-1.4\n")
        return 1

    document_actions.save_pdf(window.intake, "labels.pdf", 1, render)
    assert window.close() is False and window.isVisible()
    assert window.banner.kind == "warn" and "仍在" in window.banner.text()
    go.set()
    qtbot.waitUntil(lambda: window.banner.text().startswith("已保存"), timeout=30_000)
    assert target.exists() and not document_actions.busy()
    assert window.close() is True
