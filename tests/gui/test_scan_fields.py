"""Issue 9, fault 3: a scan is the scanner's characters wherever the focus is. Fields for codes and
numbers take no input method (with IBus Pinyin "SF1234567890123" arrived as "SF234567890123" in the
tracking-number field); a burst in any field — keys, or commit strings as an input method delivers
them — is taken whole by the scanner input, once, and nothing of it lands in the field."""

from __future__ import annotations

from operator import attrgetter

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bqw_desktop.services import inspection, shipping
from bqw_desktop.queries import shipments
from tests.helpers.keys import CLOCK, ENTER, scanner_types, type_keys

TRACKING = "SF1234567890123"  # fits courier LP2's rule


def commits(text, chunks=(2, 1)):
    """``text`` as an input method hands it over: commit strings of ``chunks`` characters in turn."""
    n, size = 0, 0
    while n < len(text):
        size = chunks[(size and chunks.index(size) + 1) % len(chunks)] if size else chunks[0]
        event = QInputMethodEvent()
        event.setCommitString(text[n:n + size])
        QApplication.sendEvent(QApplication.focusWidget(), event)
        n += size
    QTest.keyClick(QApplication.focusWidget(), ENTER)


@pytest.fixture
def packing(window, drive_store, actor):
    """The Shipments page with a planned LP2 shipment selected, one item set packed, its package 3.32 kg."""
    inspection.inspect(drive_store, actor, "IS000001L", True)
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP2")
    shipping.pack(drive_store, actor, shipment.code, "IS000001L")
    shipping.set_package_weight(drive_store, actor, shipments.packages(drive_store, shipment.code)[0].code, "3.32")
    view = window.shipments_view
    window.tabs.setCurrentWidget(view)
    view.refresh()
    view.select(shipment.code)
    return view, shipment.code


def test_fields_for_codes_and_numbers_take_no_input_method(window):
    shipments, intake = window.shipments_view, window.intake
    for field in (window.scan_field, shipments.contents.tracking, shipments.contents.weight,
                  shipments.tracking_panel.cost, shipments.list.overdue_days,
                  intake.receiving.donor_ref, intake.receiving.form.gtin, intake.receiving.form.quantity,
                  intake.receiving.form.pieces, intake.donors.phone):
        assert field.inputMethodQuery(Qt.InputMethodQuery.ImEnabled) is False, field
    for field in (window.inspection.note, shipments.tracking_panel.receiver, shipments.tracking_panel.revert_reason,
                  intake.receiving.form.description,
                  intake.donors.name):  # where people type Chinese
        assert field.inputMethodQuery(Qt.InputMethodQuery.ImEnabled) is True, field


@pytest.mark.parametrize("deliver", ["keys", "input method"])
@pytest.mark.parametrize("field_name", ["contents.tracking", "contents.weight", "tracking_panel.revert_reason"])
def test_a_scan_in_a_field_arrives_whole_and_once_and_the_field_keeps_its_text(window, drive_store, packing,
                                                                               deliver, field_name):
    view, code = packing
    field = attrgetter(field_name)(view)
    if field_name == "tracking_panel.revert_reason":  # a field that keeps the input method
        view.details.setCurrentIndex(1)
    field.setFocus()
    before = field.text()
    if deliver == "keys":
        scanner_types(TRACKING)
    else:
        commits(TRACKING)
    assert window.scans == [TRACKING]
    assert shipments.get_shipment(drive_store, code).tracking_number == TRACKING
    QTest.qWait(300)  # nothing held back lands later either
    assert field.text() == (TRACKING if field_name == "contents.tracking" else before)


def test_a_scan_right_after_a_typed_key_stays_whole(qtbot, window):
    """A typed key is held 40 ms to tell it from a scan; when the GUI thread was busy meanwhile, the burst
    that follows used to lose its first character to the field ("x" + "I", then "S000001L")."""
    window.tabs.setCurrentWidget(window.quarantine)
    note = window.quarantine.note
    note.setFocus()
    type_keys("x")
    CLOCK.advance(80)  # the GUI thread is busy: the hold timer cannot fire before the burst arrives
    scanner_types("IS000001L")
    qtbot.wait(100)
    assert window.scans == ["IS000001L"] and note.text() == "x"
    assert window.quarantine.current.code == "IS000001L"


class Seen(QObject):
    """What reaches a widget after the application's event filters (the scanner input) let it through."""

    def __init__(self) -> None:
        super().__init__()
        self.input_method: list[str] = []

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.InputMethod:
            self.input_method.append(event.preeditString() + event.commitString())
        return False


def test_composing_text_inside_a_burst_never_reaches_the_field(window):
    window.tabs.setCurrentWidget(window.quarantine)
    note = window.quarantine.note
    note.setFocus()
    seen = Seen()
    note.installEventFilter(seen)
    type_keys("IS0000")
    QApplication.sendEvent(note, QInputMethodEvent("01", []))  # an input method composing inside the burst
    scanner_types("01L")
    assert window.scans == ["IS000001L"] and note.text() == "" and seen.input_method == []
    note.removeEventFilter(seen)


def stamped_keys(text, first_ms, step_ms=5):
    """Keys as the window system delivers them, each stamped with when it was typed (ms)."""
    for n, char in enumerate(text):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, ord(char), Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(first_ms + n * step_ms)
            QApplication.sendEvent(QApplication.focusWidget(), event)


def test_a_busy_gui_thread_does_not_split_a_burst(window):
    """A refresh that kept the GUI thread busy longer than a scanner's pause split a scan: "IS" stayed
    behind and the next scan became "ISIS000094G". The keys' own times tell that they came as a burst."""
    window.tabs.setCurrentWidget(window.inspection)
    window.scan_field.setFocus()
    stamped_keys("IS000", 1_000)
    CLOCK.advance(300)  # the GUI thread is busy; the scanner's keys wait in the queue
    stamped_keys("001L", 1_025)
    QTest.keyClick(QApplication.focusWidget(), ENTER)
    assert window.scans == ["IS000001L"] and window.scan_field.text() == ""
    assert window.inspection.code_label.text() == "IS000001L"
