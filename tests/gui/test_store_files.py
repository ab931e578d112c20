"""Fault 1 of issue 9: a file dialog on the store's folder must not drop SQLite's locks.

Closing any descriptor of a file drops all of the process's POSIX locks on it; Qt's file dialog opened
and closed the store's files to find their type and icon, a second station then checkpointed and deleted
the -wal file, and the window's next writes went to a deleted file (lost, and the store corrupted on
quit). These tests drive the real dialog the window uses on the store's folder, with real processes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QWidget

from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import receiving
from bqw_desktop.store.database import StoreLocksLost, open_store
from bqw_desktop.ui import dialogs
from bqw_desktop.ui.app import create_application
from tests.helpers.stations import donors_and_integrity, replace_wal_file, second_station_adds_donor

def browse_store_folder(qtbot, folder) -> list[str]:
    """Open the window's save dialog, go to ``folder`` as a person would, wait until it has listed and
    drawn the folder, cancel. Returns the names the dialog listed."""
    listed: list[str] = []

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        model = dialog.findChild(QFileSystemModel)
        with qtbot.waitSignal(model.directoryLoaded, timeout=10_000, raising=False):
            dialog.setDirectory(str(folder))
        qtbot.wait(1_000)  # icons and types of the listed files are asked for while it is shown
        view_model = dialog.proxyModel() or model
        root = view_model.index(str(folder)) if view_model is model else \
            view_model.mapFromSource(model.index(str(folder)))
        listed.extend(view_model.index(row, 0, root).data() for row in range(view_model.rowCount(root)))
        dialog.reject()

    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, in_dialog)
    assert dialogs.ask_save_path(parent, "装箱单.pdf") is None
    return listed


@pytest.mark.parametrize("name", ["x.sqlite", "x.db"])
def test_a_file_dialog_on_the_stores_folder_loses_no_write(qtbot, tmp_path, actor, name):
    create_application()
    url = f"sqlite:///{tmp_path / name}"
    store = open_store(url)
    try:
        receiving.create_donor(store, actor, "甲", DonorKind.INDIVIDUAL)  # the window's connection is open
        listed = browse_store_folder(qtbot, tmp_path)
        second_station_adds_donor(url, "乙")
        receiving.create_donor(store, actor, "丙", DonorKind.INDIVIDUAL)  # lost on the code before the fix
        donors, integrity = donors_and_integrity(tmp_path / name)
    finally:
        store.dispose()
    assert donors == sorted(["甲", "乙", "丙"])
    assert integrity == "ok"
    assert not {name, f"{name}-wal", f"{name}-shm"} & set(listed)  # the store's own files are not offered


def test_the_store_file_is_refused_when_typed_in_the_dialog(qtbot, tmp_path, store, monkeypatch):
    create_application()
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))

    def type_the_store_name() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.setDirectory(str(store.sqlite_path.parent))
        dialog.selectFile(str(store.sqlite_path))
        dialog.accept()

    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, type_the_store_name)
    assert dialogs.ask_open_path(parent, "清单", "*") is None
    assert len(errors) == 1 and str(store.sqlite_path) in errors[0]


def test_lost_locks_reach_the_banner_and_nothing_pretends_success(window, qtbot, actor):
    """The guard's refusal is a user error: the window's banner says it (View.attempt), in Chinese."""
    replace_wal_file(window.store.sqlite_path)
    view = window.views()[0]
    with qtbot.waitSignal(view.feedback) as shown:
        result = view.attempt(lambda: receiving.create_donor(window.store, actor, "丁", DonorKind.INDIVIDUAL))
    assert result is None
    assert shown.args[0] == "error"
    assert "重新启动" in shown.args[1], shown.args[1]
    with pytest.raises(StoreLocksLost):  # and every later write too
        receiving.create_donor(window.store, actor, "戊", DonorKind.INDIVIDUAL)


def test_the_file_dialog_speaks_chinese(window):
    """Qt's zh_CN catalogue leaves the non-native dialog's 'Look in:' and 'Files of type:' in English."""
    from PySide6.QtWidgets import QFileDialog

    from bqw_desktop.ui import dialogs

    dialog = dialogs.file_dialog(window, "保存为 PDF", "PDF 文件 (*.pdf)", save=True)
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "查找范围："
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "文件类型："
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == "保存(&S)"
