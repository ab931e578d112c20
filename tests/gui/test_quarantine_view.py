"""The quarantine view on its own, driven with qtbot: list, dispositions, correction, PDFs."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from bqw_desktop.domain.catalogue import NonconformanceReason as R
from bqw_desktop.domain.lifecycle import ItemSetStatus as S
from bqw_desktop.domain.scanning import classify
from bqw_desktop.services import inspection, quarantine
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.ui import dialogs
from bqw_desktop.ui.views.quarantine import QuarantineView
from tests.helpers.records import status

OTHER = Actor("李娜", "TEST-2", Role.ADMINISTRATOR)


@pytest.fixture
def view(qtbot, drive_store, actor):
    inspection.inspect(drive_store, OTHER, "IS000001L", False, R.STAINED, "油渍")
    inspection.inspect(drive_store, OTHER, "IS000002J", False, R.DAMAGED)
    inspection.inspect(drive_store, OTHER, "IS000003H", False, R.UNSAFE)
    inspection.inspect(drive_store, OTHER, "IS000004F", False, R.INCOMPLETE)
    inspection.inspect(drive_store, actor, "IS000005D", True)
    widget = QuarantineView(drive_store, actor)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    messages: list[tuple[str, str]] = []
    widget.feedback.connect(lambda kind, text: messages.append((kind, text)))
    widget.messages = messages
    return widget


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select(view, code):
    view.table.selectRow(view.rows.row_of(code))
    assert view.current is not None and view.current.code == code


def cell(view, row, column):
    return view.rows.data(view.rows.index(row, column))


def test_lists_the_quarantine_with_reason_inspector_and_age(view):
    assert view.title() == "Quarantine"
    assert view.rows.keys == ["IS000001L", "IS000002J", "IS000003H", "IS000004F"]
    assert [cell(view, 0, c) for c in (5, 6, 7, 8, 10)] == ["stained", "油渍", "李娜", "TEST-2", "0"]
    assert view.count_label.text() == "4 item set(s) in quarantine"
    assert not view.save_return_note.isEnabled()  # nothing returned yet


def test_the_three_dispositions_and_a_correction(qtbot, view, drive_store, tmp_path, monkeypatch):
    select(view, "IS000002J")
    click(qtbot, view.dispose_button)  # no approver typed: refused, nothing written
    assert view.messages[-1][0] == "error" and status(drive_store, "IS000002J") is S.FAILED
    view.approved_by.setText("王主任")
    view.note.setText("无法修复")
    click(qtbot, view.dispose_button)
    assert status(drive_store, "IS000002J") is S.DISPOSED and view.messages[-1][0] == "ok"
    assert "IS000002J" not in view.rows.keys and view.approved_by.text() == ""

    select(view, "IS000003H")
    click(qtbot, view.rework_button)
    assert status(drive_store, "IS000003H") is S.RECEIVED

    select(view, "IS000004F")
    click(qtbot, view.correct_button)  # no reason for the correction: refused
    assert status(drive_store, "IS000004F") is S.FAILED and view.messages[-1][0] == "error"
    view.why.setText("复核：配件在箱底")
    click(qtbot, view.correct_button)
    assert status(drive_store, "IS000004F") is S.PASSED
    history = inspection.history(drive_store, "IS000004F")
    assert [(r.passed, r.why) for r in history] == [(False, None), (True, "复核：配件在箱底")]

    view.on_scan(classify("IS000001L"))  # by scan
    assert view.current.code == "IS000001L" and view.messages[-1][0] == "ok"
    view.note.setText("捐赠方取回")
    click(qtbot, view.return_button)
    assert status(drive_store, "IS000001L") is S.RETURNED
    assert view.rows.keys == [] and view.count_label.text() == "0 item set(s) in quarantine"
    assert [kind for kind, _ in view.messages].count("ok") >= 4

    note = tmp_path / "note.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, name: str(note))
    click(qtbot, view.save_return_note)
    qtbot.waitUntil(lambda: view.messages[-1][1].startswith("Saved"), timeout=20_000)
    lines = PdfReader(note).pages[0].extract_text().splitlines()
    assert "IS000001L" in lines and "捐赠方取回" in lines and "污渍" in lines
    assert quarantine.return_note(drive_store, "IS000001L").number == "TH000003"


def test_a_passed_item_set_scanned_here_can_be_corrected_to_failed(qtbot, view, drive_store):
    view.on_scan(classify("IS000005D"))
    assert view.messages[-1][0] == "warn" and not view.return_button.isEnabled()
    view.why.setText("复核：有破洞")
    view.reason.setCurrentIndex(view.reason.findData(R.DAMAGED))
    click(qtbot, view.correct_button)
    assert status(drive_store, "IS000005D") is S.FAILED
    assert "IS000005D" in view.rows.keys


def test_saves_the_inspection_report(qtbot, view, tmp_path, monkeypatch):
    target = tmp_path / "report"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, name: str(target))
    click(qtbot, view.save_report)
    qtbot.waitUntil(lambda: bool(view.messages) and view.messages[-1][1].startswith("Saved"), timeout=20_000)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "report.pdf").pages)
    assert "质检报告" in text and "IS000001L" in text and "隔离区待处置" in text
