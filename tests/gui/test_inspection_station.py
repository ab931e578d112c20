"""Issue 5 at the real window: a whole carton inspected by scans only, one-key results, checklists."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bqw_desktop.domain.catalogue import NonconformanceReason
from bqw_desktop.domain.lifecycle import ItemSetStatus
from bqw_desktop.domain.scanning import Command, command_text
from bqw_desktop.services import inspection, inspection_report, intake, quarantine
from tests.gui.keys import scanner_types


def test_a_whole_carton_by_scans_only(window, drive_store, tmp_path):
    carton = intake.list_cartons(drive_store)[2]
    items = intake.carton_item_sets(drive_store, carton.code)
    window.tabs.setCurrentWidget(window.inspection)
    reasons = list(NonconformanceReason)
    failed = {}
    for n, item in enumerate(items):
        scanner_types(item.code)
        if n % 10 == 9:
            reason = reasons[n % len(reasons)]
            failed[item.code] = reason
            scanner_types(command_text(Command.FAIL, reason))
        else:
            scanner_types(command_text(Command.PASS))
    after = {i.code: i for i in intake.carton_item_sets(drive_store, carton.code)}
    assert all(after[c].status is ItemSetStatus.FAILED and after[c].last_reason is failed[c] for c in failed)
    assert sum(i.status is ItemSetStatus.PASSED for i in after.values()) == len(items) - len(failed)

    row = next(r for r in inspection_report.progress_by_carton(drive_store) if r.key == carton.code)
    assert (row.total, row.inspected, row.passed, row.failed, row.remaining) == (
        len(items), len(items), len(items) - len(failed), len(failed), 0)
    assert {q.code for q in quarantine.quarantine(drive_store)} == set(failed)

    # one failure goes through repair and re-inspection, by scan again
    code = next(iter(failed))
    quarantine.send_to_rework(drive_store, window.actor, code, "洗净")
    scanner_types(code)
    scanner_types(command_text(Command.PASS))
    assert intake.find_item_set(drive_store, code).status is ItemSetStatus.PASSED

    report = tmp_path / "report.pdf"
    inspection_report.write_inspection_report(drive_store, report)
    text = "".join(page.extract_text() for page in PdfReader(report).pages)
    assert carton.code in text


def test_one_key_results_and_ticked_checks(window, drive_store):
    window.tabs.setCurrentWidget(window.inspection)
    scanner_types("IS000001L")
    view = window.inspection
    assert view.checklist.count() == len(inspection.checklist(drive_store, view.current.category)) > 0
    view.checklist.item(0).setCheckState(Qt.CheckState.Checked)
    view.checklist.item(2).setCheckState(Qt.CheckState.Checked)
    ticked = view.checked()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    assert intake.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.PASSED
    assert inspection.history(drive_store, "IS000001L")[-1].checks == tuple(sorted(ticked))

    scanner_types("IS000002J")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F4)  # F3 + 1: the second reason
    item = intake.find_item_set(drive_store, "IS000002J")
    assert (item.status, item.last_reason) == (ItemSetStatus.FAILED, list(NonconformanceReason)[1])


def test_done_or_cancel_with_nothing_open_says_so(window):
    """完成 scanned with no item set open left the banner as it was: the person did not know it was read."""
    window.tabs.setCurrentWidget(window.inspection)
    for command in (Command.DONE, Command.CANCEL):
        window.banner.show_message("idle", "就绪：请扫码。")
        scanner_types(command_text(command))
        assert window.banner.kind == "warn" and window.banner.text() == "没有打开的件套：请先扫描要检验的件套。"
