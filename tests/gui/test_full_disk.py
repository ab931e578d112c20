"""A full disk in the window: the banner says the disk is full and nothing was saved — not "internal
error" — and once there is room the same click saves."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bqw_desktop.services import manifests
from bqw_desktop.ui import dialogs
from tests.helpers.fulldisk import full_disk
from tests.helpers.intake import manifest_rows, open_new_receipt, write_csv


def test_storing_a_manifest_on_a_full_disk_says_so(qtbot, window, drive_store, actor, tmp_path, monkeypatch):
    view = open_new_receipt(window, drive_store, actor)
    receipt = view.chosen.id
    view.sections.setCurrentWidget(view.manifest)
    file = tmp_path / "清单.csv"
    write_csv(file, manifest_rows())
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, title, filter: str(file))
    qtbot.mouseClick(view.manifest.import_button, Qt.MouseButton.LeftButton)
    assert view.manifest.store_button.isEnabled()

    drive_store.engine.dispose()  # the next connections find the disk full
    with full_disk(drive_store.sqlite_path):
        qtbot.mouseClick(view.manifest.store_button, Qt.MouseButton.LeftButton)
        assert window.banner.kind == "error"
        assert window.banner.text() == f"{drive_store.sqlite_path} 所在的磁盘已满：本次操作未保存。请腾出磁盘空间后重试。"
        assert manifests.manifest_lines(drive_store, receipt) == []
    drive_store.engine.dispose()
    qtbot.mouseClick(view.manifest.store_button, Qt.MouseButton.LeftButton)
    assert len(manifests.manifest_lines(drive_store, receipt)) == 200
