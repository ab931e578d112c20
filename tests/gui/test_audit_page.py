"""The auditor's page in the real window (Chinese): verification, a broken chain, export, history by scan."""

from __future__ import annotations

import csv
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bqw_desktop.domain.roles import Role
from bqw_desktop.services import inspection, shipping
from bqw_desktop.services.context import Actor
from bqw_desktop.ui import dialogs

from tests.helpers.keys import person_types, scanner_types

PACKER = Actor("李娜", "PACK-2", Role.COORDINATOR)


def open_page(qtbot, window):
    window.tabs.setCurrentWidget(window.auditor)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "审计"
    return window.auditor


def column(page, number):
    return [page.rows.data(page.rows.index(row, number)) for row in range(page.rows.rowCount())]


def test_verify_shows_intact_then_the_broken_link_after_an_edit(qtbot, window):
    inspection.inspect(window.store, window.actor, "IS000001L", True)
    with sqlite3.connect(window.store.sqlite_path) as raw:
        (count,) = raw.execute("SELECT count(*) FROM event").fetchone()
        (inspected,) = raw.execute("SELECT id FROM event WHERE action = 'inspect'").fetchone()
    page = open_page(qtbot, window)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.result.text().startswith(f"完整：{count} 条记录，最后一条 #{count}（")
    assert window.banner.kind == "ok"
    with sqlite3.connect(window.store.sqlite_path) as raw:  # another program edits the file
        raw.execute("UPDATE event SET after = 'failed' WHERE id = ?", (inspected,))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.result.text().startswith(f"操作日志在第 {inspected} 条（")
    assert f"此前的 {inspected - 1} 条记录完整" in page.result.text()
    assert window.banner.kind == "error" and f"第 {inspected} 条" in window.banner.text()


def test_export_writes_the_csv_where_the_person_chose(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "trail"
    monkeypatch.setattr(dialogs, "ask_save_csv", lambda parent, name: str(target))
    page = open_page(qtbot, window)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with open(tmp_path / "trail.csv", encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][:3] == ["id", "at", "actor"] and len(rows) > 1
    assert window.banner.text() == f"已导出 {len(rows) - 1} 条记录到 {target}.csv"


def test_a_scanned_item_set_shows_its_history_and_a_typed_shipment_its_own(qtbot, window):
    inspection.inspect(window.store, window.actor, "IS000001L", True)
    shipment = shipping.create_shipment(window.store, PACKER, "D018", "LP2").code
    shipping.pack(window.store, PACKER, shipment, "IS000001L")
    page = open_page(qtbot, window)
    page.code.setFocus()
    scanner_types("IS000001L")
    assert window.scans[-1] == "IS000001L"
    assert page.code.text() == "IS000001L"
    assert column(page, 1) == ["测试员", "李娜"]
    assert column(page, 2) == ["TEST-1", "PACK-2"]
    assert column(page, 3) == ["已质检", "已装箱"]
    assert column(page, 5) == ["已接收 → 合格", "合格 → 已装箱"]
    assert column(page, 6)[1].startswith(shipment)
    assert page.subject.text() == "IS000001L 的历史记录：共 2 条，按时间先后排列。"

    page.code.clear()
    page.code.setFocus()
    person_types(shipment.lower())
    QTest.keyClick(page.code, Qt.Key.Key_Return)
    assert column(page, 3) == ["发货单已创建", "已新增包裹", "已装箱"]
    assert column(page, 4) == [shipment, shipment, "IS000001L"]


def test_a_bad_code_is_refused_and_the_history_stays(qtbot, window):
    page = open_page(qtbot, window)
    page.show_history("IS000001L")
    shown = page.rows.rowCount()
    page.show_history("IS000001M")
    assert window.banner.kind == "error" and "校验" in window.banner.text()
    page.show_history("PE000011")
    assert window.banner.kind == "error"
    assert page.rows.rowCount() == shown
