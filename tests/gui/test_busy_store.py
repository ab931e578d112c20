"""Issue 9, fault 6 at the window: a pass scanned while another station holds the store's write lock
is not saved and the banner says so ("another station is saving — try again"), never "internal
error"; scanned again once the lock is gone, it is saved."""

from __future__ import annotations

from bqw_desktop.domain.lifecycle import ItemSetStatus
from bqw_desktop.domain.scanning import Command, command_text
from bqw_desktop.queries import item_sets
from bqw_desktop.store import database
from tests.helpers.keys import scanner_types
from tests.helpers.locking import write_lock_held_by_another_process


def test_a_scan_on_a_busy_store_tells_the_person_to_try_again(window, drive_store, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    drive_store.engine.dispose()  # new connections take the short busy timeout
    window.tabs.setCurrentWidget(window.inspection)
    with write_lock_held_by_another_process(drive_store.sqlite_path):
        scanner_types("IS000001L")
        assert window.inspection.current.code == "IS000001L"  # reading goes on
        scanner_types(command_text(Command.PASS))
        assert window.banner.kind == "error"
        assert window.banner.text() == "另一个工作站正在保存，请重试。"
        assert item_sets.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.RECEIVED
    scanner_types("IS000001L")  # as the person does; the same command twice in a row is a double read
    scanner_types(command_text(Command.PASS))
    assert item_sets.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.PASSED
    assert window.banner.kind == "ok"
