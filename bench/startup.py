"""Benchmark: start-up to first paint of the main window, against a bare PySide6 window, on the drive and
at 100× (issue 11, goal ≤ 1.0 s); and ``status --json`` at 100× against raw sqlite3 doing the same counts.

Each run is a new Python process (cold imports, as a volunteer starting the program), timed from its
launch to the first paint event of its window, which it reports on stdout:

- ``app``: as ``bqw-desktop`` starts: ``bqw_desktop.cli`` imported, the store's check started
  (``check_file_soon``), ``bqw_desktop.ui.app`` imported, the application made (font, names), the store
  opened, the main window built with its first page and shown, signed in as an administrator (the
  sign-in dialog is left out: it waits for a person);
- ``bare``: a ``QApplication`` and an empty ``QMainWindow`` shown — the floor.

``status``: ``python -m bqw_desktop --db FILE status --json`` from launch to exit, beside a Python
process running the same three statements (``queries.status``) in raw sqlite3, and the same with
``PRAGMA quick_check(3)``, the check every open of the store makes (``store.database.check_file``).

The stores: the drive (``--scale 1``) and 100× (2,800 cartons, 189,600 item sets), each with the
walkthrough done (shipments packed, handed over, delivered) and, at 100×, 100,000 item sets passed and a
shipping plan confirmed. Runs offscreen; interleaved, so a busy moment slows every kind alike; prints
every run, the medians and the load (``os.getloadavg``, as ``uptime``).

    .venv/bin/python bench/startup.py [--runs 5] [--keep FOLDER]
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
from bqw_desktop import cli
from bqw_desktop.store.database import check_file_soon, open_store
check_file_soon(sys.argv[1])  # as cli.main does before it imports the window
from PySide6.QtCore import QEvent, QObject
from bqw_desktop.domain.roles import Role
from bqw_desktop.services.context import Actor
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

#: raw sqlite3: the file, a check to run first ("" for none), then the statements
CHILD_RAW = """
import json, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
if sys.argv[2]:
    assert connection.execute(sys.argv[2]).fetchall() == [("ok",)]
print(json.dumps([connection.execute(statement).fetchall() for statement in sys.argv[3:]], ensure_ascii=False))
"""


def build(path: Path, scale: int) -> None:
    """The drive at ``scale`` with the walkthrough done; at 100×, 100,000 item sets passed and a plan confirmed."""
    from sqlalchemy import select, update

    from bqw_desktop.domain.roles import Role
    from bqw_desktop.services import drive, planning
    from bqw_desktop.services.context import Actor
    from bqw_desktop.store.database import open_store
    from bqw_desktop.store.models import ItemSet

    actor = Actor("bench", "BENCH", Role.ADMINISTRATOR)
    store = open_store(f"sqlite:///{path}")
    drive.load_drive(store, actor, scale=scale)
    drive.walkthrough(store, actor)
    if scale > 1:
        with store.write() as session:
            first = select(ItemSet.id).where(ItemSet.status == "received").order_by(ItemSet.id).limit(100_000)
            session.execute(update(ItemSet).where(ItemSet.id.in_(first)).values(status="passed"))
        planning.confirm(store, actor, planning.propose(store))
    store.dispose()


def timed(argv: list[str], expect: str) -> float:
    """Seconds from launching ``argv`` to its exit; its stdout must hold ``expect``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
    elapsed = time.perf_counter() - start
    if result.returncode != 0 or expect not in result.stdout:
        raise RuntimeError(f"{argv[:3]}…: {result.stdout[-500:]}{result.stderr[-2000:]}")
    return elapsed


def paint(script: str, *args: str) -> float:
    """Seconds from launching a Python process running ``script`` to its first paint."""
    return timed([sys.executable, "-c", script + FIRST_PAINT, *args], "painted")


def store_file(folder: Path, scale: int) -> Path:
    path = folder / f"drive-{scale}x.sqlite3"
    if not path.exists():
        print(f"building the drive at {scale}× in {path} …", flush=True)
        build(path, scale)
    return path


def median_line(name: str, times: list[float]) -> float:
    median = statistics.median(times)
    print(f"  {name:<44} median {median:5.2f} s   runs {' '.join(f'{t:.2f}' for t in times)}")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the stores in this folder (reused when there)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bqw-startup-"))
    folder.mkdir(parents=True, exist_ok=True)
    drive, hundred = store_file(folder, 1), store_file(folder, 100)

    from bqw_desktop.queries.status import CARTONS, SHIPMENTS, STAGES

    statements = [str(statement) for statement in (CARTONS, STAGES, SHIPMENTS)]
    kinds = {
        "bare PySide6 window, first paint": lambda: paint(CHILD_BARE),
        "app on the drive, first paint": lambda: paint(CHILD_APP, f"sqlite:///{drive}"),
        "app at 100×, first paint": lambda: paint(CHILD_APP, f"sqlite:///{hundred}"),
        "status --json at 100×": lambda: timed(
            [sys.executable, "-m", "bqw_desktop", "--db", str(hundred), "status", "--json"], '"stages"'),
        "raw sqlite3, the same statements, 100×": lambda: timed(
            [sys.executable, "-c", CHILD_RAW, str(hundred), "", *statements], "]]"),
        "raw sqlite3, quick_check + statements, 100×": lambda: timed(
            [sys.executable, "-c", CHILD_RAW, str(hundred), "PRAGMA quick_check(3)", *statements], "]]"),
    }
    times: dict[str, list[float]] = {name: [] for name in kinds}
    loads = []
    for n in range(args.runs):  # interleaved, so a busy moment slows every kind
        loads.append(os.getloadavg()[0])
        for name, run in kinds.items():
            times[name].append(run())
        print(f"run {n + 1}: " + ", ".join(f"{times[name][-1]:.2f}" for name in kinds) + f" s (load {loads[-1]:.2f})",
              flush=True)
    print(f"medians of {args.runs} (load {min(loads):.2f}–{max(loads):.2f}, now {os.getloadavg()[0]:.2f}):")
    medians = {name: median_line(name, times[name]) for name in kinds}
    bare, status, raw = (medians["bare PySide6 window, first paint"], medians["status --json at 100×"],
                         medians["raw sqlite3, the same statements, 100×"])
    print(f"start-up to first paint: drive {medians['app on the drive, first paint'] / bare:.1f}×, "
          f"100× {medians['app at 100×, first paint'] / bare:.1f}× a bare window; "
          f"status --json {status / raw:.1f}× raw sqlite3")


if __name__ == "__main__":
    main()
