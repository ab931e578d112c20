"""The person's problems against our bugs in the window (issue 11): a read-only store, a folder that
cannot be written, a printer that cannot start each say in the feedback line, in Chinese, what to do —
never "internal error"; a bug says internal error. (A store another station keeps locked and a full
disk: test_busy_store.py and test_full_disk.py.)"""

from __future__ import annotations

import sqlite3
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from bqw_desktop.domain.lifecycle import ItemSetStatus
from bqw_desktop.domain.scanning import Command, command_text
from bqw_desktop.queries import item_sets
from bqw_desktop.services import inspection_report
from bqw_desktop.store.database import sqlite_files
from bqw_desktop.ui import dialogs
from bqw_desktop.ui.problems import report_uncaught
from tests.helpers.keys import scanner_types


@pytest.fixture
def immutable():
    """``immutable(path)`` makes a file or folder unwritable, even by root; undone after the test."""
    made = []

    def make(path):  # noqa: ANN001, ANN202
        subprocess.run(["chattr", "+i", str(path)], check=True)
        made.append(path)

    yield make
    for path in made:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_pass_on_a_read_only_store_says_so(qtbot, window, drive_store, immutable):
    window.tabs.setCurrentWidget(window.inspection)
    drive_store.engine.dispose()  # the next connection opens the files read-only
    for file in sqlite_files(drive_store.sqlite_path):
        if file.exists():
            immutable(file)
    scanner_types("IS000001L")
    scanner_types(command_text(Command.PASS))
    assert window.banner.kind == "error"
    assert window.banner.text().startswith(f"无法写入数据库 {drive_store.sqlite_path}（该文件或其文件夹为只读）")
    assert item_sets.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.RECEIVED


def save_report(qtbot, window, monkeypatch, path) -> None:  # noqa: ANN001
    window.tabs.setCurrentWidget(window.quarantine)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, name: str(path))
    qtbot.mouseClick(window.quarantine.save_report, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.banner.kind == "error", timeout=20_000)


def test_saving_into_a_folder_that_cannot_be_written_says_which_and_what_to_do(qtbot, window, monkeypatch,
                                                                                tmp_path, immutable):
    folder = tmp_path / "只读"
    folder.mkdir()
    immutable(folder)
    save_report(qtbot, window, monkeypatch, folder / "report.pdf")
    assert window.banner.text() == (f"打印失败：无法写入 {folder / 'report.pdf'}（没有权限）：请选择其他文件夹，"
                                    f"或申请该位置的写入权限。")


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # Qt's own word for it
def test_a_printer_that_cannot_start_says_what_to_check(qtbot, window, monkeypatch):
    def choose_missing_printer(parent, printer: QPrinter) -> bool:  # noqa: ANN001
        printer.setPrinterName("仓库打印机")
        return True

    monkeypatch.setattr(dialogs, "ask_printer", choose_missing_printer)
    window.tabs.setCurrentWidget(window.quarantine)
    qtbot.mouseClick(window.quarantine.print_report, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.banner.kind == "error", timeout=20_000)
    assert "无法启动打印机" in window.banner.text() and "内部错误" not in window.banner.text()


def test_a_bug_says_internal_error(qtbot, window, monkeypatch, tmp_path):
    def broken(store, path):  # noqa: ANN001, ANN202
        raise RuntimeError("a bug in the report")

    monkeypatch.setattr(inspection_report, "write_inspection_report", broken)
    save_report(qtbot, window, monkeypatch, tmp_path / "report.pdf")
    assert window.banner.text() == "打印失败：内部错误：文档未写出。详情见日志。"



def sqlite_full_error() -> sqlite3.OperationalError:
    """SQLite's own "database or disk is full" (SQLITE_FULL), from a database that may not grow."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (x)")
    connection.execute("PRAGMA max_page_count=2")
    try:
        connection.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    except sqlite3.OperationalError as error:
        return error
    finally:
        connection.close()
    raise AssertionError("the database grew")


def test_an_exception_no_page_caught_is_told_as_what_it_is(window, drive_store, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    hook = report_uncaught(drive_store)
    full = sqlite_full_error()
    hook(type(full), full, full.__traceback__)
    bug = RuntimeError("a bug in a slot")
    hook(type(bug), bug, None)
    assert shown == [f"{drive_store.sqlite_path} 所在的磁盘已满：本次操作未保存。请腾出磁盘空间后重试。",
                     "内部错误：上一个操作可能没有完成。详情见日志。"]
    assert "a bug in a slot" in caplog.text
