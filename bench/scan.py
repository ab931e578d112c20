"""Benchmark: one inspection scan (look-up + state change + audit event, one transaction) at 100× the drive.

Builds the drive at ``--scale`` (default 100: 2,800 cartons, 189,600 item sets) in a temporary SQLite
file, then times ``--scans`` scans through ``services.inspection.inspect`` and the same reads and
writes done with raw ``sqlite3`` (same pragmas, BEGIN IMMEDIATE), on different item sets of the same
file. Prints p50 / p95 in milliseconds and the service-to-raw ratio.

    .venv/bin/python bench/scan.py [--scale 100] [--scans 1000]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from bqw_desktop.domain import trail
from bqw_desktop.services import drive, inspection
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.database import BUSY_TIMEOUT_MS, open_store
from bqw_desktop.store.models import ItemSet

VIEW_SQL = """
SELECT i.code, c.code, d.name, i.category, i.description, i.pieces, i.size, i.status, s.code,
       (SELECT reason FROM inspection WHERE item_set_id = i.id ORDER BY id DESC LIMIT 1)
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
    """The service's reads and writes, by hand."""
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")  # as UTCDateTime stores it
    connection.execute("BEGIN IMMEDIATE")
    item_id, status = connection.execute("SELECT id, status FROM item_set WHERE code = ?", (code,)).fetchone()
    assert status == "received"
    connection.execute("UPDATE item_set SET status = 'passed' WHERE id = ?", (item_id,))
    connection.execute(
        "INSERT INTO inspection (item_set_id, result, inspector, station, at) VALUES (?, 'passed', 'bench', 'BENCH', ?)",
        (item_id, now),
    )
    raw_event(connection, now, "inspect", code, "received", "passed", None)
    row = connection.execute(VIEW_SQL, (code,)).fetchone()
    connection.execute("COMMIT")
    return row


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--scans", type=int, default=1000)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bqw-bench-"))
    path = folder / "drive.sqlite3"
    store = open_store(f"sqlite:///{path}")
    actor = Actor("bench", "BENCH", Role.ADMINISTRATOR)
    started = time.perf_counter()
    loaded = drive.load_drive(store, actor, scale=args.scale)
    print(f"drive ×{args.scale}: {loaded.cartons:,} cartons, {loaded.item_sets:,} item sets "
          f"loaded in {time.perf_counter() - started:.2f} s")

    with store.read() as session:  # spread over the whole file, not only its first pages
        codes = list(session.scalars(select(ItemSet.code).order_by(ItemSet.id)))
    step = len(codes) // (2 * args.scans)
    picked = codes[::step][: 2 * args.scans]
    service_codes, raw_codes = picked[0::2], picked[1::2]

    service = []
    for code in service_codes:
        t0 = time.perf_counter()
        inspection.inspect(store, actor, code, True)
        service.append((time.perf_counter() - t0) * 1000)

    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", f"busy_timeout={BUSY_TIMEOUT_MS}", "journal_mode=WAL", "synchronous=NORMAL"):
        connection.execute(f"PRAGMA {pragma}")
    raw = []
    for code in raw_codes:
        t0 = time.perf_counter()
        raw_scan(connection, code)
        raw.append((time.perf_counter() - t0) * 1000)
    connection.close()

    s50, s95 = percentiles(service)
    r50, r95 = percentiles(raw)
    print(f"{args.scans} scans     p50 ms   p95 ms")
    print(f"service       {s50:7.3f}  {s95:7.3f}")
    print(f"raw sqlite3   {r50:7.3f}  {r95:7.3f}")
    print(f"ratio         {s50 / r50:7.2f}× {s95 / r95:7.2f}×")
    store.dispose()


if __name__ == "__main__":
    main()
