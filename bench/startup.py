"""Benchmark: start-up to first paint of the main window, against a bare PySide6 window (issue 11, goal ≤ 1.0 s).

Each run is a new Python process (cold imports, as a volunteer starting the program), timed from its
launch to the first paint event of its window, which it reports on stdout:

- ``app``: ``bqw_desktop.ui.app`` imported, the application made (font, names), the store opened and
  checked, the main window built with every page and shown, signed in as an administrator (the
  sign-in dialog is left out: it waits for a person);
- ``bare``: a ``QApplication`` and an empty ``QMainWindow`` shown — the floor.

Runs offscreen (``QT_QPA_PLATFORM=offscreen``), on the drive (``--scale 1``) and at 100× (``--scale
100``: 2,800 cartons, 189,600 item sets); prints every run, the medians and their ratio, and the load.

    .venv/bin/python bench/startup.py [--scale 1] [--runs 5] [--keep FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD_APP = """
import sys
from PySide6.QtCore import QEvent, QObject
from bqw_desktop.domain.roles import Role
from bqw_desktop.services.context import Actor
from bqw_desktop.store.database import open_store
from bqw_desktop.ui.app import Application, create_application
app = create_application()
store = open_store(sys.argv[1])
main = Application(store, Actor("bench", "BENCH", Role.ADMINISTRATOR), "zh_CN")
"""

CHILD_BARE = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1280, 800)
window.show()
"""

#: appended to both: the first paint of the window ends the run
FIRST_PAINT = """
class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            app.exit(0)
        return False
_painted = _FirstPaint()
_window = main.window if "main" in globals() else window
_window.installEventFilter(_painted)
_window.update()
app.exec()
"""


def build(path: Path, scale: int) -> None:
    from bqw_desktop.domain.roles import Role
    from bqw_desktop.services import drive
    from bqw_desktop.services.context import Actor
    from bqw_desktop.store.database import open_store

    store = open_store(f"sqlite:///{path}")
    drive.load_drive(store, Actor("bench", "BENCH", Role.ADMINISTRATOR), scale=scale)
    store.dispose()


def once(script: str, *args: str) -> float:
    """Seconds from launching a Python process running ``script`` to its first paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", script + FIRST_PAINT, *args], capture_output=True, text=True,
                            env=env, timeout=120)
    elapsed = time.perf_counter() - start
    if "painted" not in result.stdout:
        raise RuntimeError(f"no paint: {result.stdout}{result.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the store here (reused when it exists)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bqw-startup-")
    path = args.keep or Path(folder) / "startup.sqlite3"
    if not path.exists():
        build(path, args.scale)
    url = f"sqlite:///{path}"
    app, bare = [], []
    for n in range(args.runs):  # interleaved, so a busy moment slows both
        load = os.getloadavg()[0]
        bare.append(once(CHILD_BARE))
        app.append(once(CHILD_APP, url))
        print(f"run {n + 1}: app {app[-1]:.2f} s, bare {bare[-1]:.2f} s (load {load:.2f})")
    median_app, median_bare = statistics.median(app), statistics.median(bare)
    print(f"scale {args.scale}: start-up to first paint median {median_app:.2f} s, bare PySide6 {median_bare:.2f} s, "
          f"ratio {median_app / median_bare:.1f}x (load {os.getloadavg()[0]:.2f})")


if __name__ == "__main__":
    main()
