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
import sqlite3
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import event, func, insert, select, update  # noqa: E402

from bqw_desktop.domain.identifiers import CodeKind, make_code  # noqa: E402
from bqw_desktop.queries import shipments as shipment_rows  # noqa: E402
from bqw_desktop.services import audit, drive, planning  # noqa: E402
from bqw_desktop.services.context import Actor  # noqa: E402
from bqw_desktop.domain.roles import Role  # noqa: E402
from bqw_desktop.store.database import BUSY_TIMEOUT_MS, Store, open_store  # noqa: E402
from bqw_desktop.store.models import Courier, Destination, ItemSet, Package, Shipment, ShipmentLine  # noqa: E402
from bqw_desktop.ui.app import create_application  # noqa: E402
from bqw_desktop.ui.i18n import Translations  # noqa: E402
from bqw_desktop.ui.main_window import MainWindow  # noqa: E402
from bqw_desktop.ui.sounds import Sounds  # noqa: E402
from scan import raw_event  # noqa: E402 - bench/scan.py: an audit event chained by hand
from scan_latency import scan, scan_timed  # noqa: E402 - bench/scan_latency.py: keys as a scanner types them

ACTOR = Actor("bench", "BENCH", Role.ADMINISTRATOR)
PER_SHIPMENT, PER_PACKAGE = 40, 10


def add_history(store: Store, count: int) -> None:
    """``count`` handed-over shipments of passed item sets, as a drive well under way has them."""
    couriers = {c.code: c for c in shipment_rows.courier_details(store)}
    pairs = [(d.code, c) for d in shipment_rows.destination_details(store) for c in couriers.values()
             if not c.areas or d.district in c.areas]
    at = datetime.now(UTC) - timedelta(days=3)
    with store.write() as session:
        first = session.scalar(select(func.max(Shipment.id))) or 0
        destinations = {code: i for code, i in session.execute(select(Destination.code, Destination.id))}
        courier_ids = {code: i for code, i in session.execute(select(Courier.code, Courier.id))}
        first_package = session.scalar(select(func.max(Package.id))) or 0
        items = list(session.execute(select(ItemSet.id, ItemSet.code).where(
            ItemSet.status == "passed", ItemSet.id.not_in(select(ShipmentLine.item_set_id)))
            .order_by(ItemSet.id.desc()).limit(count * PER_SHIPMENT)))
        shipments, packages, lines, events = [], [], [], []
        for n in range(count):
            destination, courier = pairs[n % len(pairs)]
            shipment_id = first + n + 1
            code = make_code(CodeKind.SHIPMENT, shipment_id)
            shipments.append(dict(id=shipment_id, code=code, destination_id=destinations[destination],
                                  courier_id=courier_ids[courier.code], status="handed_over", created_at=at,
                                  packed_at=at, handed_over_at=at, tracking_number=f"BENCH{shipment_id:08d}"))
            for i, (item_id, item_code) in enumerate(items[n * PER_SHIPMENT:(n + 1) * PER_SHIPMENT]):
                if i % PER_PACKAGE == 0:
                    package_id = first_package + len(packages) + 1
                    packages.append(dict(id=package_id, code=make_code(CodeKind.PACKAGE, package_id),
                                         shipment_id=shipment_id, number=i // PER_PACKAGE + 1, weight_g=2500,
                                         created_at=at))
                lines.append(dict(shipment_id=shipment_id, item_set_id=item_id, packed_at=at, package_id=package_id))
                for action, before, after in (("pack", "passed", "packed"), ("handed_over", "packed", "shipped")):
                    events.append(dict(at=at, actor="bench", station="BENCH", action=action, entity_kind="item_set",
                                       entity_code=item_code, before=before, after=after, detail=code))
        session.execute(insert(Shipment), shipments)
        session.execute(insert(Package), packages)
        session.execute(insert(ShipmentLine), lines)
        audit.append(session, events)  # chained, as every event is (issue 10)
        session.execute(update(ItemSet).where(ItemSet.id.in_([i for i, _ in items])).values(status="shipped"))


def raw_pack(connection: sqlite3.Connection, shipment_code: str, item_code: str) -> tuple:
    """A pack scan's reads and writes and the page's read-back, by hand, in one transaction."""
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")  # as UTCDateTime stores it
    connection.execute("BEGIN IMMEDIATE")
    shipment_id, status = connection.execute("SELECT id, status FROM shipment WHERE code = ?",
                                             (shipment_code,)).fetchone()
    assert status == "planned"
    item_id, item_status = connection.execute("SELECT id, status FROM item_set WHERE code = ?", (item_code,)).fetchone()
    assert item_status == "passed"
    line_id, line_shipment = connection.execute("SELECT id, shipment_id FROM shipment_line WHERE item_set_id = ?",
                                                (item_id,)).fetchone()
    assert line_shipment == shipment_id
    package = connection.execute("SELECT id, code FROM package WHERE shipment_id = ? ORDER BY number DESC LIMIT 1",
                                 (shipment_id,)).fetchone()
    if package is None:
        serial = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM package").fetchone()[0]
        package = (serial, make_code(CodeKind.PACKAGE, serial))
        connection.execute("INSERT INTO package (id, code, shipment_id, number, created_at) VALUES (?, ?, ?, 1, ?)",
                           (*package, shipment_id, now))
    connection.execute("UPDATE shipment_line SET packed_at = ?, package_id = ? WHERE id = ?",
                       (now, package[0], line_id))
    connection.execute("UPDATE item_set SET status = 'packed' WHERE id = ?", (item_id,))
    raw_event(connection, now, "pack", item_code, "passed", "packed", f"{shipment_code} {package[1]}")
    counts = connection.execute(
        "SELECT s.code, c.name, d.name, (SELECT count(*) FROM shipment_line WHERE shipment_id = s.id AND packed_at "
        "IS NOT NULL), (SELECT count(*) FROM shipment_line WHERE shipment_id = s.id AND packed_at IS NULL), "
        "(SELECT count(*) FROM package WHERE shipment_id = s.id) FROM shipment s JOIN courier c ON c.id = s.courier_id "
        "JOIN destination d ON d.id = s.destination_id WHERE s.id = ?", (shipment_id,)).fetchone()
    boxes = connection.execute(
        "SELECT p.code, p.number, p.weight_g, (SELECT count(*) FROM shipment_line WHERE package_id = p.id) "
        "FROM package p WHERE p.shipment_id = ? ORDER BY p.number", (shipment_id,)).fetchall()
    items = connection.execute(
        "SELECT i.code, c.code, i.category, i.description, i.size, i.pieces, p.number, l.packed_at, c.received_at "
        "FROM shipment_line l JOIN item_set i ON i.id = l.item_set_id JOIN inbound_carton c ON c.id = i.carton_id "
        "LEFT JOIN package p ON p.id = l.package_id WHERE l.shipment_id = ? ORDER BY l.packed_at, l.id",
        (shipment_id,)).fetchall()
    codes = [row[0] for row in items]
    moves = connection.execute(
        f"SELECT entity_code, at, after FROM event WHERE entity_kind = 'item_set' AND entity_code IN "
        f"({','.join('?' * len(codes))}) AND after IS NOT NULL ORDER BY id", codes).fetchall()
    connection.execute("COMMIT")
    return counts, boxes, items, moves


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

    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", f"busy_timeout={BUSY_TIMEOUT_MS}", "journal_mode=WAL", "synchronous=NORMAL"):
        connection.execute(f"PRAGMA {pragma}")

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
