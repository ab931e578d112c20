"""Case C10 (issue 9, fault 4): a typed quantity is never glued to the next one. A scan ends what was
typed before it, and the same code scanned again after the user typed, pressed Enter or clicked is a
new scan, not a double read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bqw_desktop.domain.catalogue import Category
from bqw_desktop.domain.identifiers import CodeKind, make_code
from bqw_desktop.services import receiving
from bqw_desktop.queries import item_sets
from bqw_desktop.services.receiving import ItemSetEntry
from tests.helpers.keys import person_types, scanner_types
from tests.helpers.intake import open_new_receipt

GTIN = "6901234567892"


def enter():
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


@pytest.fixture
def carton(window, drive_store, actor):
    """A carton being received on the Intake page; the product GTIN was registered once before."""
    view = open_new_receipt(window, drive_store, actor)
    code = make_code(CodeKind.CARTON, 900)
    scanner_types(code)
    assert view.receiving.receiving_carton == code
    receiving.register_item_sets(drive_store, actor, code, ItemSetEntry(Category.STUDY, "学生文具套装A", gtin=GTIN))
    return code


def quantities(store, carton):
    """How many item sets each registration added (codes of one entry are consecutive), after the first."""
    items = item_sets.carton_item_sets(store, carton)[1:]
    return len(items), {i.description for i in items}


def test_scan_two_scan_two_enter_is_two_entries_of_two_c10(window, drive_store, carton):
    scanner_types(GTIN)
    assert QApplication.focusWidget() is window.intake.receiving.form.quantity
    person_types("2")
    scanner_types(GTIN)  # well within a second of the first: typed in between, so not a double read
    person_types("2")
    enter()
    assert quantities(drive_store, carton) == (4, {"学生文具套装A"})
    assert window.banner.kind == "ok"


def test_the_same_code_after_enter_is_a_new_scan_c10(window, drive_store, carton):
    scanner_types(GTIN)
    enter()  # registers one
    scanner_types(GTIN)
    assert "重复读取" not in window.banner.text() and window.intake.receiving.form.gtin.text() == GTIN
    enter()
    assert quantities(drive_store, carton) == (2, {"学生文具套装A"})


def test_the_same_code_after_a_click_is_a_new_scan_c10(qtbot, window, drive_store, carton):
    scanner_types(GTIN)
    qtbot.mouseClick(window.intake.receiving.lists.item_table.viewport(), Qt.MouseButton.LeftButton)
    scanner_types(GTIN)  # the entry begun with the first scan is registered, the second begins
    assert "重复读取" not in window.banner.text() and window.intake.receiving.form.gtin.text() == GTIN
    assert quantities(drive_store, carton)[0] == 1


def test_two_reads_with_nothing_between_are_one(window, drive_store, carton):
    scanner_types(GTIN)
    scanner_types(GTIN)
    assert window.banner.kind == "warn" and "重复读取" in window.banner.text()
    assert quantities(drive_store, carton)[0] == 0
