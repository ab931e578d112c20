"""Benchmark: manifest import — a 10,000-row XLSX (target ≤ 2 s) and a 100,000-row CSV (target ≤ 1 s),
and how long an import holds the write lock (target ≤ 0.5 s at 100,000 lines; issue 9, fault 6).

Writes both files (UTF-8 with BOM CSV; an .xlsx by openpyxl) into a temporary folder, then times
``domain.manifest.parse_manifest`` (decode, NFKC, scientific-notation and GTIN checks per row) and
the whole import into a fresh SQLite store (``services.manifests.import_manifest``: parse + one
transaction with a Core bulk insert), best of ``--repeat``.

Lock hold: for each of ``--lock-rows`` a CSV is imported ``--repeat`` times into one receipt (each
import replaces the last, as a corrected file does); the time spent inside ``Store.write`` (BEGIN
IMMEDIATE to COMMIT: what every other station waits for) is compared, median to median, with raw
sqlite3 doing the same delete + executemany of prepared tuples in one transaction.

    .venv/bin/python bench/manifest.py [--xlsx-rows 10000] [--csv-rows 100000] [--repeat 3]
                                       [--lock-rows 40000,100000,200000]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from bqw_desktop.domain.manifest import parse_manifest
from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import manifests, receiving
from bqw_desktop.services.context import Actor
from bqw_desktop.store.database import Store, open_store

HEADER = ["箱号", "类别", "品名", "条码", "尺码", "数量", "每套件数"]
CATEGORIES = ["服装", "体育用品", "文化学习用品", "生活用品"]


def row(n: int) -> list:
    return [f"{n // 50 + 1:05d}", CATEGORIES[n % 4], f"儿童用品 {n}", "6901234567892", f"{90 + n % 9 * 10}cm",
            1 + n % 5, 1 + n % 3]


def best(work, repeat: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def write_csv(path: Path, rows: int) -> None:
    lines = [",".join(HEADER)] + [",".join(str(v) for v in row(n)) for n in range(rows)]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode())


def timing_writes(store: Store) -> list[float]:
    """Time every ``store.write()`` block from now on; returns the list the times are appended to."""
    holds: list[float] = []
    write = store.write

    @contextmanager
    def timed():  # noqa: ANN202
        start = time.perf_counter()
        with write() as session:
            yield session
        holds.append(time.perf_counter() - start)

    store.write = timed
    return holds


def raw_hold(path: Path, receipt_id: int, preview) -> float:  # noqa: ANN001 - ManifestPreview
    """Raw sqlite3: BEGIN IMMEDIATE, delete the receipt's lines, executemany prepared tuples, COMMIT."""
    rows = [(receipt_id, l.row, l.carton, l.category.value, l.description, l.gtin, l.size, l.quantity, l.pieces)
            for l in preview.lines]
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("DELETE FROM manifest_line WHERE receipt_id = ?", (receipt_id,))
        connection.executemany(
            'INSERT INTO manifest_line (receipt_id, "row", carton_ref, category, description, gtin, size, quantity, '
            "pieces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        connection.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        connection.close()


def lock_holds(folder: Path, store: Store, actor: Actor, sizes: list[int], repeat: int) -> None:
    holds = timing_writes(store)
    for rows in sizes:
        path = folder / f"lock-{rows}.csv"
        write_csv(path, rows)
        receipt = receiving.create_receipt(store, actor, "基准测试捐赠方", date(2021, 6, 8))
        holds.clear()
        for _ in range(repeat):
            manifests.import_manifest(store, actor, receipt.id, path)
        ours = statistics.median(holds)
        preview = parse_manifest(path.read_bytes(), path.name)
        raw = statistics.median(raw_hold(store.sqlite_path, receipt.id, preview) for _ in range(repeat))
        print(f"lock hold {rows:>7} lines: import {ours:.3f} s, raw sqlite3 {raw:.3f} s, ratio {ours / raw:.2f} "
              f"(median of {repeat}; target ≤ 0.5 s at 100,000)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xlsx-rows", type=int, default=10_000)
    parser.add_argument("--csv-rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lock-rows", default="40000,100000,200000", help="comma-separated line counts")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bqw-bench-"))
    csv_path = folder / "manifest.csv"
    write_csv(csv_path, args.csv_rows)
    xlsx_path = folder / "manifest.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for n in range(args.xlsx_rows):
        values = row(n)
        values[3] = 6901234567892  # a numeric cell, as Excel keeps typed barcodes
        sheet.append(values)
    book.save(xlsx_path)

    store = open_store(f"sqlite:///{folder / 'bqw.sqlite3'}")
    actor = Actor("bench", "BENCH")
    receiving.create_donor(store, actor, "基准测试捐赠方", DonorKind.ENTERPRISE)
    receipt = receiving.create_receipt(store, actor, "基准测试捐赠方", date(2021, 6, 8))
    for path, rows, target in ((xlsx_path, args.xlsx_rows, 2.0), (csv_path, args.csv_rows, 1.0)):
        data = path.read_bytes()
        preview = parse_manifest(data, path.name)
        assert preview.ok and len(preview.lines) == rows, preview.errors[:3]
        parse = best(lambda: parse_manifest(data, path.name), args.repeat)  # noqa: B023
        full = best(lambda: manifests.import_manifest(store, actor, receipt.id, path), args.repeat)  # noqa: B023
        print(f"{path.suffix[1:]:>4} {rows:>7} rows: parse {parse:.3f} s, parse + store {full:.3f} s (target ≤ {target:g} s)")
    lock_holds(folder, store, actor, [int(n) for n in args.lock_rows.split(",") if n], args.repeat)
    store.dispose()


if __name__ == "__main__":
    main()
