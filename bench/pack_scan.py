"""Benchmark: a packing scan from its last keystroke to the banner, in the real window, at the 100× drive.

Builds the drive at ``--scale`` (default 100: 189,600 item sets, all marked passed with one Core
UPDATE) in a temporary SQLite file, confirms a planning proposal, whose shipments hold the item sets
to pick, and adds ``--history`` shipments already handed over (40 item sets in 4 packages each, with
their pack and hand-over events; Core inserts, as setting them up is not what is measured). Then the
main window is opened offscreen on the Shipments page (its change-poll timer stopped: the
refresh is measured elsewhere, this is the scan path) and, for ``--runs`` rounds, a planned shipment
is scanned, then half of its allocated item sets, in a random order (not the pick list's), are typed
as a scanner does (keys back to back), then Enter. Each latency runs from sending the Enter key to
the banner having repainted with the result. The window is let settle (idle passes of the event
loop, as while a person picks up the next item) after it opens and after each shipment scan, which
are not measured (nor the page's first read, in the worker thread, begun by showing it: waited
for); the timed scans follow each other with one pass between them.

The raw baseline, in the same round on the other half of the same shipments: ``raw_pack`` does the
pack's reads and writes and reads back what the page shows (the shipment's counts, its packages, its
item sets, their stage events) with ``sqlite3``, in one ``BEGIN IMMEDIATE`` transaction.

Prints per round p50 / p95 / max in milliseconds (wall clock, and the process's CPU time, which a busy
machine does not inflate) and the median of each over the rounds, and the transactions one pack
scan in the window opened: reads and writes on the GUI thread, and reads in the worker thread (a
page's background refresh) begun meanwhile.

    .venv/bin/python bench/pack_scan.py [--scale 100] [--history 2000] [--runs 5] [--scans 60]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import statistics
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import event, update  # noqa: E402

from bqw_desktop.queries import shipments as shipment_rows  # noqa: E402
from bqw_desktop.services import drive, planning  # noqa: E402
from bqw_desktop.store.database import open_store  # noqa: E402
from bqw_desktop.store.models import ItemSet  # noqa: E402
from bqw_desktop.ui.app import create_application  # noqa: E402
from bqw_desktop.ui.i18n import Translations  # noqa: E402
from bqw_desktop.ui.main_window import MainWindow  # noqa: E402
from bqw_desktop.ui.sounds import Sounds  # noqa: E402
from scan import ACTOR, add_history, raw_connection, raw_pack  # noqa: E402 - bench/scan.py: the drive under way, a pack by hand
from scan_latency import scan, scan_timed  # noqa: E402 - bench/scan_latency.py: keys as a scanner types them

def settle(app: QApplication) -> None:
    """Idle passes of the event loop: a layout request climbs one level of the window per pass."""
    for _ in range(30):
        app.processEvents()


def stats(samples: list[float]) -> tuple[float, float, float]:
    """p50, p95 and max of ``samples`` (ms)."""
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)], ordered[-1]


def line(label: str, figures: tuple[float, float, float]) -> str:
    return f"{label:<24} p50 {figures[0]:7.2f}   p95 {figures[1]:7.2f}   max {figures[2]:7.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--history", type=int, default=2000, help="shipments already handed over")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scans", type=int, default=60, help="pack scans in the window per round (as many raw)")
    parser.add_argument("--profile", action="store_true", help="print where the timed scans spend their time")
    args = parser.parse_args()
    profile = cProfile.Profile()

    path = Path(tempfile.mkdtemp(prefix="bqw-bench-")) / "drive.sqlite3"
    store = open_store(f"sqlite:///{path}")
    loaded = drive.load_drive(store, ACTOR, scale=args.scale)
    with store.write() as session:
        session.execute(update(ItemSet).values(status="passed"))
    done = planning.confirm(store, ACTOR, planning.propose(store))
    add_history(store, args.history)
    planned = [(code, [i.code for i in shipment_rows.shipment_item_sets(store, code, allocated=True)])
               for code in done.shipment_codes]
    print(f"drive ×{args.scale}: {loaded.item_sets:,} item sets; {args.history:,} shipments handed over; "
          f"{len(planned)} planned with {done.item_sets:,} item sets to pick")

    begins: list[tuple[bool, bool]] = []  # per transaction begun: (a write, on the GUI thread)
    event.listen(store.engine, "begin", lambda c: begins.append(
        (bool(c.get_execution_options().get("bqw_write")), threading.current_thread() is threading.main_thread())))

    app = create_application()
    Translations().install("zh_CN")
    window = MainWindow(store, ACTOR, "zh_CN", sounds=Sounds(enabled=False))
    window.timer.stop()
    window.show()
    window.activateWindow()
    window.tabs.setCurrentWidget(window.shipments_view)
    window.reader.wait()  # the page's first read, in the worker, begun by showing it (not a scan's)
    settle(app)
    window.scan_field.setFocus()

    connection = raw_connection(path)

    rounds_window, rounds_cpu, rounds_raw, per_scan = [], [], [], set()
    for run in range(args.runs):
        in_window, cpu, raw = [], [], []
        while len(in_window) < args.scans and planned:
            code, items = planned.pop(0)
            random.Random(code).shuffle(items)
            half = len(items) // 2
            scan(app, window, code)
            settle(app)
            for item in items[:half][:args.scans - len(in_window)]:
                begins.clear()
                if args.profile:
                    profile.enable()
                wall, used = scan_timed(app, window, item)
                profile.disable()
                in_window.append(wall)
                cpu.append(used)
                assert window.banner.kind == "ok", window.banner.text()
                per_scan.add((begins.count((False, True)), begins.count((True, True)), begins.count((False, False))))
            for item in items[half:][:len(in_window) - len(raw)]:
                started = time.perf_counter()
                raw_pack(connection, code, item)
                raw.append((time.perf_counter() - started) * 1000)
        rounds_window.append(stats(in_window))
        rounds_cpu.append(stats(cpu))
        rounds_raw.append(stats(raw))
        print(f"round {run + 1}: {len(in_window)} scans")
        print("  " + line("pack scan, key → banner", rounds_window[-1]))
        print("  " + line("  its CPU time", rounds_cpu[-1]))
        print("  " + line("raw sqlite3 pack", rounds_raw[-1]))
    print(f"median of {args.runs} rounds:")
    for label, rounds in (("pack scan, key → banner", rounds_window), ("  its CPU time", rounds_cpu),
                          ("raw sqlite3 pack", rounds_raw)):
        print("  " + line(label, tuple(statistics.median(r[i] for r in rounds) for i in range(3))))
    print("transactions per pack scan (reads, writes on the GUI thread; reads in the worker): "
          + ", ".join(map(str, sorted(per_scan))))
    if args.profile:
        pstats.Stats(profile).sort_stats(os.environ.get("BENCH_SORT", "cumulative")).print_stats(40)
    connection.close()
    window.close()
    store.dispose()


if __name__ == "__main__":
    main()
