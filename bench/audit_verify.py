"""Benchmark: verifying the audit trail's hash chain at 1,000,000 events (target ≤ 5 s; issue 10).

Builds a SQLite store of ``--events`` chained events (pack-scan-like rows: Chinese actor, item-set
code, before → after, every other one with a detail) through ``services.audit.append`` in one write
transaction (what is measured is the walk, not the build), then, for ``--runs`` rounds, times:

- ``audit.verify``: the service — a read transaction, SQLite rendering each event's canonical JSON,
  the domain's walk hashing each link and checking it against its predecessor, in parts by worker
  processes (one per processor) at this size;
- raw hashing baseline: ``sqlite3`` alone in one thread, one SELECT of the canonical text (as the
  service rendered it before it walked in parts), ``hashlib.sha256`` of ``prev_hash + text`` compared
  with ``hash`` in a tight loop (no layers, no classification);
- raw read baseline: ``sqlite3`` reading every column of every event, no hashing (the floor).

Prints each round's wall-clock and CPU seconds (CPU of this process and of its worker processes, which
a busy machine inflates less than wall-clock) with the machine's load (1-minute average of runnable
processes, ``os.getloadavg``) before the round, then the median of each over the rounds and the
service's median wall-clock as a multiple of the raw hashing baseline's.

    .venv/bin/python bench/audit_verify.py [--events 1000000] [--runs 5] [--keep FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bqw_desktop.services import audit
from bqw_desktop.store.database import open_store

_SELECT_TEXT = (
    "SELECT id, json_array(id, substr(at, 1, 10) || 'T' || substr(at, 12, 8) || substr(at || '.000000', 20, 7) "
    "|| '+00:00', actor, station, action, entity_kind, entity_code, before, after, detail), prev_hash, hash "
    "FROM event ORDER BY id")
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


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of its waited-for children (the worker processes)."""
    usages = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(usage.ru_utime + usage.ru_stime for usage in usages)


def timed(work) -> tuple[float, float, object]:  # noqa: ANN001
    """``(wall-clock seconds, CPU seconds, result)`` of ``work()``."""
    wall, cpu = time.perf_counter(), _cpu()
    result = work()
    return time.perf_counter() - wall, _cpu() - cpu, result


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
    loads = []
    for run in range(1, args.runs + 1):
        loads.append(os.getloadavg()[0])
        wall, cpu, verified = timed(lambda: audit.verify(store))
        assert verified.intact, verified.broken
        results["audit.verify"].append((wall, cpu))
        wall, cpu, count = timed(lambda: raw_hash(path))
        assert count == verified.count
        results["raw sqlite3 + sha256"].append((wall, cpu))
        results["raw sqlite3 read only"].append(timed(lambda: raw_read(path))[:2])
        print(f"round {run} (load {loads[-1]:.2f}): " + "  ".join(
            f"{name} {w:.2f} s (cpu {c:.2f})" for name, ((w, c),) in ((n, r[-1:]) for n, r in results.items())))
    print(f"median of {args.runs} rounds, {verified.count:,} events, {os.cpu_count()} processor(s), "
          f"load {min(loads):.2f}–{max(loads):.2f}:")
    medians = {name: statistics.median(w for w, _ in samples) for name, samples in results.items()}
    for name, samples in results.items():
        print(f"  {name:<22} {medians[name]:6.2f} s wall  {statistics.median(c for _, c in samples):6.2f} s cpu")
    print(f"audit.verify / raw sqlite3 + sha256: {medians['audit.verify'] / medians['raw sqlite3 + sha256']:.2f}")
    store.dispose()


if __name__ == "__main__":
    main()
