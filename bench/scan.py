"""Benchmark: an inspection scan and a pack scan at the service, against raw sqlite3 doing the same reads
and writes, at 100× the drive.

Builds the drive at ``--scale`` (default 100: 2,800 cartons, 189,600 item sets) in a temporary SQLite
file, then, in ``--rounds`` rounds:

- inspection: ``--scans`` scans through ``services.inspection.inspect`` (look-up, inspection row, state
  change, audit event: one transaction) and as many with :func:`raw_scan`, the same statements with raw
  ``sqlite3`` (same pragmas, ``BEGIN IMMEDIATE``), one after the other, on different item sets spread
  over the whole file;
- pack (after every item set still waiting is marked passed, a planning proposal confirmed and
  ``--history`` shipments already handed over added, as bench/pack_scan.py does): ``--packs`` pack scans
  through ``services.packing.pack`` (what the Shipments page calls: the pack, then the shipment's
  counts, packages and item sets read back in the same transaction) and then as many with
  :func:`raw_pack`, on the item sets allocated to the planned shipments, shipment after shipment.

Each side runs its scans back to back, as a station's scans follow each other: taking turns instead
(a service scan, a raw one) leaves each with colder processor caches, and raw sqlite3, a few dozen
microseconds a scan, pays that most (0.053 → 0.130 ms p50 for an inspection scan).

Prints per round p50 / p95 in milliseconds and the service-to-raw ratios, their medians over the
rounds, the SQL statements and transactions one service scan of each kind ran (counted on a scan
outside the timed ones), and with ``--profile`` where the timed service scans spent their time.

    .venv/bin/python bench/scan.py [--scale 100] [--rounds 5] [--scans 400] [--packs 100] [--profile]
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
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import event, func, insert, select, update

from bqw_desktop.domain import trail
from bqw_desktop.domain.identifiers import CodeKind, make_code
from bqw_desktop.domain.roles import Role
from bqw_desktop.queries import shipments as shipment_rows
from bqw_desktop.services import audit, drive, inspection, packing, planning
from bqw_desktop.services.context import Actor
from bqw_desktop.store.database import BUSY_TIMEOUT_MS, Store, open_store
from bqw_desktop.store.models import Courier, Destination, ItemSet, Package, Shipment, ShipmentLine

ACTOR = Actor("bench", "BENCH", Role.ADMINISTRATOR)
PER_SHIPMENT, PER_PACKAGE = 40, 10

VIEW_SQL = """
SELECT i.code, c.code, d.name, i.category, i.description, i.pieces, i.size, i.status, s.code,
       (SELECT reason FROM inspection WHERE item_set_id = i.id ORDER BY id DESC LIMIT 1), i.id
FROM item_set i JOIN inbound_carton c ON i.carton_id = c.id JOIN donor d ON i.donor_id = d.id
LEFT JOIN shipment_line l ON l.item_set_id = i.id LEFT JOIN shipment s ON l.shipment_id = s.id
WHERE i.code = ?
"""


def raw_event(connection: sqlite3.Connection, now: str, action: str, code: str, before: str, after: str,
              detail: str | None) -> None:
    """The audit event, chained by hand: the newest event's id and hash, then the hash of this one."""
    last_id, last_hash = connection.execute("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1").fetchone()
    text = trail.canonical(last_id + 1, datetime.fromisoformat(now), "bench", "BENCH", action, "item_set", code,
                           before, after, detail)
    connection.execute(
        "INSERT INTO event (id, at, actor, station, action, entity_kind, entity_code, before, after, detail, "
        "prev_hash, hash) VALUES (?, ?, 'bench', 'BENCH', ?, 'item_set', ?, ?, ?, ?, ?, ?)",
        (last_id + 1, now, action, code, before, after, detail, last_hash, trail.link(last_hash, text)))


def raw_scan(connection: sqlite3.Connection, code: str) -> tuple:
    """The inspection service's reads and writes, by hand: the item set as the page shows it (with its
    id), the inspection row, the new status, the event."""
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")  # as UTCDateTime stores it
    connection.execute("BEGIN IMMEDIATE")
    row = connection.execute(VIEW_SQL, (code,)).fetchone()
    assert row[7] == "received"
    connection.execute(
        "INSERT INTO inspection (item_set_id, result, inspector, station, at) VALUES (?, 'passed', 'bench', 'BENCH', ?)",
        (row[-1], now),
    )
    connection.execute("UPDATE item_set SET status = 'passed' WHERE id = ?", (row[-1],))
    raw_event(connection, now, "inspect", code, "received", "passed", None)
    connection.execute("COMMIT")
    return row


def add_history(store: Store, count: int) -> None:
    """``count`` handed-over shipments of passed item sets, as a drive well under way has them: 40 item
    sets in 4 packages each, with their pack and hand-over events (Core inserts: setting them up is not
    what is measured)."""
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


def raw_pack(connection: sqlite3.Connection, shipment_code: str, item_code: str, *, stages: bool = True) -> tuple:
    """A pack scan's reads and writes and the page's read-back, by hand, in one transaction; the item
    sets' stage events only with ``stages`` (the page reads them while its Tracking tab is shown)."""
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")  # as UTCDateTime stores it
    connection.execute("BEGIN IMMEDIATE")
    shipment_id, status = connection.execute("SELECT id, status FROM shipment WHERE code = ?",
                                             (shipment_code,)).fetchone()
    assert status == "planned"
    item_id, item_status, line_id, line_shipment = connection.execute(
        "SELECT i.id, i.status, l.id, l.shipment_id FROM item_set i LEFT JOIN shipment_line l ON l.item_set_id = i.id "
        "WHERE i.code = ?", (item_code,)).fetchone()
    assert item_status == "passed" and line_shipment == shipment_id
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
    items = connection.execute(  # the item sets as the page shows them (ItemSetView), with their package
        "SELECT i.code, c.code, d.name, i.category, i.description, i.pieces, i.size, i.status, s.code, "
        "(SELECT reason FROM inspection WHERE item_set_id = i.id ORDER BY id DESC LIMIT 1), l.packed_at IS NOT NULL, "
        "p.number FROM shipment_line l JOIN item_set i ON i.id = l.item_set_id JOIN inbound_carton c "
        "ON c.id = i.carton_id JOIN donor d ON d.id = i.donor_id JOIN shipment s ON s.id = l.shipment_id "
        "LEFT JOIN package p ON p.id = l.package_id WHERE l.shipment_id = ? ORDER BY l.packed_at, l.id",
        (shipment_id,)).fetchall()
    moves = []
    if stages:
        codes = [row[0] for row in items]
        moves = connection.execute(
            f"SELECT entity_code, at, after FROM event WHERE entity_kind = 'item_set' AND entity_code IN "
            f"({','.join('?' * len(codes))}) AND after IS NOT NULL ORDER BY id", codes).fetchall()
    connection.execute("COMMIT")
    return counts, boxes, items, moves


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def timed(action: Callable[[], object], samples: list[float], profile: cProfile.Profile | None = None) -> None:
    if profile is not None:
        profile.enable()
    started = time.perf_counter()
    action()
    samples.append((time.perf_counter() - started) * 1000)
    if profile is not None:
        profile.disable()


def counted(store: Store, action: Callable[[], object]) -> tuple[int, int]:
    """(SQL statements, transactions) that ``action`` runs on ``store``."""
    seen = {"statements": 0, "transactions": 0}

    def statement(*_: object) -> None:
        seen["statements"] += 1

    def begun(_: object) -> None:
        seen["transactions"] += 1

    event.listen(store.engine, "before_cursor_execute", statement)
    event.listen(store.engine, "begin", begun)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", statement)
        event.remove(store.engine, "begin", begun)
    return seen["statements"], seen["transactions"]


def compare(label: str, rounds: list[tuple[list[float], list[float]]], size: int) -> None:
    """Each round's p50 / p95 of the service and of raw sqlite3 and their ratios, then the medians."""
    print(f"{label}: {len(rounds)} rounds of {size} scans each way     p50 ms   p95 ms")
    figures = []
    for n, (service, raw) in enumerate(rounds, start=1):
        (s50, s95), (r50, r95) = percentiles(service), percentiles(raw)
        figures.append((s50, s95, r50, r95, s50 / r50, s95 / r95))
        print(f"  round {n}: service {s50:7.3f}  {s95:7.3f}   raw sqlite3 {r50:7.3f}  {r95:7.3f}"
              f"   ratio {s50 / r50:6.2f}× {s95 / r95:6.2f}×")
    s50, s95, r50, r95, q50, q95 = (statistics.median(f[i] for f in figures) for i in range(6))
    print(f"  median:  service {s50:7.3f}  {s95:7.3f}   raw sqlite3 {r50:7.3f}  {r95:7.3f}   ratio {q50:6.2f}× {q95:6.2f}×")


def raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", f"busy_timeout={BUSY_TIMEOUT_MS}", "journal_mode=WAL", "synchronous=NORMAL"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scans", type=int, default=400, help="inspection scans per round, each way")
    parser.add_argument("--packs", type=int, default=100, help="pack scans per round, each way")
    parser.add_argument("--history", type=int, default=2000, help="shipments already handed over")
    parser.add_argument("--profile", action="store_true", help="print where the timed service scans spend their time")
    args = parser.parse_args()
    profile = cProfile.Profile() if args.profile else None

    path = Path(tempfile.mkdtemp(prefix="bqw-bench-")) / "drive.sqlite3"
    store = open_store(f"sqlite:///{path}")
    started = time.perf_counter()
    loaded = drive.load_drive(store, ACTOR, scale=args.scale)
    print(f"drive ×{args.scale}: {loaded.cartons:,} cartons, {loaded.item_sets:,} item sets "
          f"loaded in {time.perf_counter() - started:.2f} s")
    connection = raw_connection(path)

    with store.read() as session:  # spread over the whole file, not only its first pages
        codes = list(session.scalars(select(ItemSet.code).order_by(ItemSet.id)))
    wanted = 2 * args.rounds * args.scans + 2
    picked = codes[:: max(1, len(codes) // wanted)][:wanted]
    inspection.inspect(store, ACTOR, picked.pop(), True)  # the first statements compiled: not timed
    statements, transactions = counted(store, lambda: inspection.inspect(store, ACTOR, picked.pop(), True))
    rounds = []
    for _ in range(args.rounds):
        service, raw = [], []
        for code in picked[-args.scans:]:
            timed(lambda: inspection.inspect(store, ACTOR, code, True), service, profile)
        for code in picked[-2 * args.scans:-args.scans]:
            timed(lambda: raw_scan(connection, code), raw)
        del picked[-2 * args.scans:]
        rounds.append((service, raw))
    compare("inspection scan", rounds, args.scans)
    print(f"  one service scan: {statements} SQL statements in {transactions} transaction(s)")

    with store.write() as session:
        session.execute(update(ItemSet).where(ItemSet.status == "received").values(status="passed"))
    done = planning.confirm(store, ACTOR, planning.propose(store))
    add_history(store, args.history)
    to_pack = []  # (shipment, item set), the shipments' item sets in a random order, shipment after shipment
    for code in done.shipment_codes:
        items = [i.code for i in shipment_rows.shipment_item_sets(store, code, allocated=True)]
        random.Random(code).shuffle(items)
        to_pack += [(code, item) for item in items]
    needed = 2 * args.rounds * args.packs + 2
    if len(to_pack) < needed:
        raise SystemExit(f"only {len(to_pack)} item sets to pick for {needed} pack scans: ask fewer --packs")
    packs = iter(to_pack)
    packing.pack(store, ACTOR, *next(packs))  # not timed, as above
    statements, transactions = counted(store, lambda: packing.pack(store, ACTOR, *next(packs)))
    rounds = []
    for _ in range(args.rounds):
        service, raw = [], []
        for _ in range(args.packs):
            shipment, item = next(packs)
            timed(lambda: packing.pack(store, ACTOR, shipment, item), service, profile)
        for _ in range(args.packs):
            shipment, item = next(packs)
            timed(lambda: raw_pack(connection, shipment, item, stages=False), raw)
        rounds.append((service, raw))
    compare("pack scan", rounds, args.packs)
    print(f"  one service scan: {statements} SQL statements in {transactions} transaction(s)")
    if profile is not None:
        pstats.Stats(profile).sort_stats(os.environ.get("BENCH_SORT", "cumulative")).print_stats(40)
    connection.close()
    store.dispose()


if __name__ == "__main__":
    main()
