"""Benchmark: from a scan's last keystroke to the banner showing its result, in the real window.

Builds the drive at ``--scale`` (default 100: 189,600 item sets) in a temporary SQLite file, opens
the main window offscreen on the Inspection page and, ``--scans`` times, types an item-set code as a
scanner does (keys 1 ms apart are far faster than the 40 ms threshold; here they come back to back),
then Enter; then the 合格 command barcode, then Enter. Each latency runs from sending the Enter key to
the banner having repainted with the result. Prints p50 / p95 in milliseconds for the look-up scan
(a read) and the Pass scan (a write: inspection, status, audit event in one transaction), wall clock
and the process's CPU time (which a busy machine does not inflate); then the SQL statements and the
transactions one scan of each kind ran on the GUI thread (each count seen, with how many scans saw it),
and those the page's background re-reads (in the worker thread, begun by the window's change poll)
ran meanwhile.

    .venv/bin/python bench/scan_latency.py [--scale 100] [--scans 1000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import event, select  # noqa: E402

from bqw_desktop.domain.lifecycle import ItemSetStatus  # noqa: E402
from bqw_desktop.domain.scanning import Command, command_text  # noqa: E402
from bqw_desktop.services import drive  # noqa: E402
from bqw_desktop.services.context import Actor  # noqa: E402
from bqw_desktop.domain.roles import Role  # noqa: E402
from bqw_desktop.store.database import open_store  # noqa: E402
from bqw_desktop.store.models import ItemSet  # noqa: E402
from bqw_desktop.ui.app import create_application  # noqa: E402
from bqw_desktop.ui.i18n import Translations  # noqa: E402
from bqw_desktop.ui.main_window import MainWindow  # noqa: E402
from bqw_desktop.ui.sounds import Sounds  # noqa: E402


def send(widget, key: int, text: str) -> None:  # noqa: ANN001
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def scan(app: QApplication, window: MainWindow, code: str) -> float:
    """Type ``code`` + Enter as a scanner; return ms from the Enter to the banner painted."""
    return scan_timed(app, window, code)[0]


def scan_timed(app: QApplication, window: MainWindow, code: str) -> tuple[float, float]:
    """:func:`scan`, returning the wall-clock ms and this process's CPU ms (on a busy machine the
    first waits for the processor, the second does not)."""
    for char in code:
        send(QApplication.focusWidget(), ord(char) if char.isascii() else 0, char)
    started, cpu = time.perf_counter(), time.process_time()
    send(QApplication.focusWidget(), Qt.Key.Key_Return, "\r")
    window.banner.repaint()
    app.processEvents()
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


def report(label: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(f"{label:<22} p50 {statistics.median(ordered):7.2f} ms   p95 {p95:7.2f} ms   max {ordered[-1]:7.2f} ms")


class Counts:
    """SQL statements and transactions begun on ``store``'s engine, on the GUI thread and in workers."""

    def __init__(self, store) -> None:  # noqa: ANN001
        self.gui, self.worker = Counter(), Counter()
        event.listen(store.engine, "before_cursor_execute", lambda *_: self._add("statements"))
        event.listen(store.engine, "begin", lambda _: self._add("transactions"))

    def _add(self, what: str) -> None:
        (self.gui if threading.current_thread() is threading.main_thread() else self.worker)[what] += 1

    def take(self) -> tuple[int, int, int, int]:
        """(statements, transactions) on the GUI thread, then in workers, since the last call."""
        counts = (self.gui["statements"], self.gui["transactions"], self.worker["statements"],
                  self.worker["transactions"])
        self.gui.clear()
        self.worker.clear()
        return counts


def counted(label: str, seen: Counter) -> None:
    print(f"{label:<22} " + "; ".join(
        f"{n}× {gui} statements in {gui_tx} transactions (+ worker {worker} in {worker_tx})"
        for (gui, gui_tx, worker, worker_tx), n in sorted(seen.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--scans", type=int, default=1000)
    args = parser.parse_args()

    store = open_store(f"sqlite:///{Path(tempfile.mkdtemp(prefix='bqw-bench-')) / 'drive.sqlite3'}")
    actor = Actor("bench", "BENCH", Role.ADMINISTRATOR)
    loaded = drive.load_drive(store, actor, scale=args.scale)
    print(f"drive ×{args.scale}: {loaded.item_sets:,} item sets; {args.scans} scans of each kind")
    with store.read() as session:
        codes = list(session.scalars(select(ItemSet.code).order_by(ItemSet.id)))
    picked = codes[:: max(1, len(codes) // args.scans)][: args.scans]

    app = create_application()
    translations = Translations()  # kept: its translators must outlive the run
    translations.install("zh_CN")
    window = MainWindow(store, actor, "zh_CN", sounds=Sounds(enabled=False))
    window.show()
    window.activateWindow()
    window.tabs.setCurrentWidget(window.inspection)
    app.processEvents()
    window.scan_field.setFocus()

    look_up, passed = [], []
    look_up_counts, passed_counts = Counter(), Counter()
    pass_code = command_text(Command.PASS)
    counts = Counts(store)
    for code in picked:
        counts.take()
        look_up.append(scan_timed(app, window, code))
        look_up_counts[counts.take()] += 1
        passed.append(scan_timed(app, window, pass_code))
        passed_counts[counts.take()] += 1
        assert window.inspection.current.status is ItemSetStatus.PASSED, window.banner.text()
    for label, samples in (("scan item set (read)", look_up), ("scan 合格 (write)", passed)):
        report(label, [wall for wall, _ in samples])
        report("  its CPU time", [cpu for _, cpu in samples])
    counted("scan item set (read)", look_up_counts)
    counted("scan 合格 (write)", passed_counts)
    window.close()
    store.dispose()


if __name__ == "__main__":
    main()
