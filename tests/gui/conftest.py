"""The real main window on a store with the drive, in Chinese, sounds off; ``window.scans`` records
every ``scanned`` signal of the scanner input. Store reads for refreshes run at once on the test's
thread (``Reader.threaded`` False), as Picard's tests run its thread pool synchronously. Every scanner
input measures the time between keys on ``tests.helpers.keys.CLOCK``, which the tests' typing moves on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from bqw_desktop.ui.app import create_application
from bqw_desktop.ui.background import Reader
from bqw_desktop.ui.i18n import Translations
from bqw_desktop.ui.main_window import MainWindow
from bqw_desktop.ui.scanner import ScannerInput
from bqw_desktop.ui.sounds import Sounds
from tests.helpers.keys import CLOCK


@pytest.fixture(autouse=True)
def synchronous_reads(monkeypatch):
    monkeypatch.setattr(Reader, "threaded", False)


@pytest.fixture(autouse=True)
def keys_clock(monkeypatch):
    """Gaps between keys as the tests' typing says, not as fast as the machine happens to be."""
    monkeypatch.setattr(ScannerInput, "clock", CLOCK)


@pytest.fixture
def window(qtbot, drive_store, actor):
    create_application()
    translations = Translations()
    translations.install("zh_CN")
    main = MainWindow(drive_store, actor, "zh_CN", sounds=Sounds(enabled=False))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    scans = []
    main.scanner.scanned.connect(scans.append)
    main.scans = scans
    yield main
    # a print job still running reports to the window: let it finish while the window exists
    QThreadPool.globalInstance().waitForDone(60_000)
    QApplication.processEvents()
    translations.install("en")
