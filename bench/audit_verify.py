"""Benchmark: verifying the audit trail's hash chain at 1,000,000 events (target ≤ 5 s; issue 10).

Builds a SQLite store of ``--events`` chained events (pack-scan-like rows: Chinese actor, item-set
code, before → after, every other one with a detail) through ``services.audit.append`` in one write
transaction (what is measured is the walk, not the build), then, for ``--runs`` rounds, times:

- ``audit.verify``: the service — a read transaction, SQLite rendering each event's canonical JSON,
  the domain's walk hashing each link and checking it against its predecessor;
- raw hashing baseline: ``sqlite3`` alone, the same SELECT of the canonical text, ``hashlib.sha256`` of
  ``prev_hash + text`` compared with ``hash`` in a tight loop (no layers, no classification);
- raw read baseline: ``sqlite3`` reading every column of every event, no hashing (the floor).

Prints each round's wall-clock and CPU seconds (CPU time, which a busy machine inflates less) and the
median of each over the rounds.

    .venv/bin/python bench/audit_verify.py [--events 1000000] [--runs 5] [--keep FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bqw_desktop.services import audit
from bqw_desktop.store.database import open_store

_SELECT_TEXT = audit._SQLITE_LINKS_SQL  # the service's own SELECT: the baseline differs in what follows it
_ACTIONS = (("inspect", "received", "passed"), ("pack", "passed", "packed"), ("handed_over", "packed", "shipped"))


def build(path: Path, events: int) -> None:
    store = open_store(f"sqlite:///{path}")
    start = datetime(2021, 6, 8, 1, tzinfo=UTC)
    chunk = 20_000
    with store.write() as session:
        for first in range(0, events, chunk):
            rows = []
            for n in range(first, min(first + chunk, events)):
                action, before, after = _ACTIONS[n % 3]
                rows.append(dict(at=start + timedelta(seconds=n, microseconds=n % 997), actor=f"志愿者{n % 40}",
                                 station=f"仓库-质检{n % 4}", action=action, entity_kind="item_set",
                                 entity_code=f"IS{n // 3:06d}L", before=before, after=after,
                                 detail=f"SH{n // 120:05d}X PK{n // 30:06d}X" if n % 2 else None))
            audit.append(session, rows)
    store.dispose()


def raw_hash(path: Path) -> int:
    connection = sqlite3.connect(path)
    sha256, expected, count = hashlib.sha256, "0" * 64, 0
    for _id, text, prev_hash, hash_ in connection.execute(_SELECT_TEXT):
        if prev_hash != expected or sha256((prev_hash + text).encode()).hexdigest() != hash_:
            break
        expected = hash_
        count += 1
    connection.close()
    return count


def raw_read(path: Path) -> int:
    connection = sqlite3.connect(path)
    count = 0
    for _row in connection.execute("SELECT id, at, actor, station, action, entity_kind, entity_code, before, after, "
                                   "detail, prev_hash, hash FROM event ORDER BY id"):
        count += 1
    connection.close()
    return count


def timed(work) -> tuple[float, float, object]:  # noqa: ANN001
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", metavar="FILE", help="build the store in FILE, or reuse it when it exists")
    args = parser.parse_args()

    path = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bqw-bench-")) / "trail.sqlite3"
    if not path.exists():
        began = time.perf_counter()
        build(path, args.events)
        print(f"built {args.events:,} chained events in {time.perf_counter() - began:.1f} s ({path})")
    store = open_store(f"sqlite:///{path}")
    results: dict[str, list[tuple[float, float]]] = {"audit.verify": [], "raw sqlite3 + sha256": [],
                                                       "raw sqlite3 read only": []}
    for run in range(1, args.runs + 1):
        wall, cpu, verified = timed(lambda: audit.verify(store))
        assert verified.intact, verified.broken
        results["audit.verify"].append((wall, cpu))
        wall, cpu, count = timed(lambda: raw_hash(path))
        assert count == verified.count
        results["raw sqlite3 + sha256"].append((wall, cpu))
        results["raw sqlite3 read only"].append(timed(lambda: raw_read(path))[:2])
        print(f"round {run}: " + "  ".join(f"{name} {w:.2f} s (cpu {c:.2f})" for name, ((w, c), *_)
                                          in ((n, r[-1:]) for n, r in results.items())))
    print(f"median of {args.runs} rounds, {verified.count:,} events:")
    for name, samples in results.items():
        print(f"  {name:<22} {statistics.median(w for w, _ in samples):6.2f} s wall  "
              f"{statistics.median(c for _, c in samples):6.2f} s cpu")
    store.dispose()


if __name__ == "__main__":
    main()
