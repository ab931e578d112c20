"""Benchmark: manifest import — a 10,000-row XLSX (target ≤ 2 s) and a 100,000-row CSV (target ≤ 1 s).

Writes both files (UTF-8 with BOM CSV; an .xlsx by openpyxl) into a temporary folder, then times
``domain.manifest.parse_manifest`` (decode, NFKC, scientific-notation and GTIN checks per row) and
the whole import into a fresh SQLite store (``services.manifests.import_manifest``: parse + one
transaction with a Core bulk insert), best of ``--repeat``.

    .venv/bin/python bench/manifest.py [--xlsx-rows 10000] [--csv-rows 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from bqw_desktop.domain.manifest import parse_manifest
from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import manifests, receiving
from bqw_desktop.services.context import Actor
from bqw_desktop.store.database import open_store

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xlsx-rows", type=int, default=10_000)
    parser.add_argument("--csv-rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bqw-bench-"))
    csv_path = folder / "manifest.csv"
    lines = [",".join(HEADER)] + [",".join(str(v) for v in row(n)) for n in range(args.csv_rows)]
    csv_path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode())
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
    store.dispose()


if __name__ == "__main__":
    main()
