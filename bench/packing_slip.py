"""Benchmark: the packing slip of a 500-line shipment against a raw reportlab baseline (issue 11: ≤ 0.5 s).

Sets up a real SQLite store in a temporary folder as bench/shipping.py does (the drive loaded, 500
item sets passed and packed into 10 packages), then times, ``--repeat`` times each:

- ours: ``services.shipping_documents.write_packing_slip`` (gather from the store + render the A4 PDF);
- render: ``documents.packing_slip.render_packing_slip`` alone, on data gathered once;
- raw: a bare reportlab canvas drawing the same 500 rows of the same 8 texts in the same embedded
  font at 9 pt, one line below each row, 32 rows to an A4 page: no table layout, wrapping or fitting.

Reports the median and best, seconds, the ratio of the medians to raw, and the load average before
and after (a loaded machine stretches every figure).

    .venv/bin/python bench/packing_slip.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from shipping import slip_store

from bqw_desktop.documents.fonts import register_cjk_font
from bqw_desktop.documents.packing_slip import PackingSlipData, render_packing_slip
from bqw_desktop.documents.terms import CATEGORY_ZH
from bqw_desktop.services import shipping_documents

_COLUMNS_MM = (11, 13, 24, 22, 70, 19, 12, 24)  # the slip's item columns


def raw(data: PackingSlipData, out: io.BytesIO) -> None:
    """The baseline: the slip's row texts drawn at fixed places, 32 rows to a page."""
    font = register_cjk_font()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    xs = [15 * mm + sum(_COLUMNS_MM[:i]) * mm + 3 for i in range(len(_COLUMNS_MM))]
    for n, line in enumerate(data.lines):
        row = n % 32
        if n and not row:
            canvas.showPage()
        y = A4[1] - 40 * mm - row * 6 * mm
        canvas.setFont(font, 9)
        texts = (str(n + 1), f"{line.package}/{len(data.packages)}", line.code, CATEGORY_ZH[line.category],
                 line.description, line.size, str(line.pieces), line.carton_code)
        for x, text in zip(xs, texts, strict=True):
            canvas.drawString(x, y, text)
        canvas.line(15 * mm, y - 2, A4[0] - 15 * mm, y - 2)
    canvas.showPage()
    canvas.save()


def timed(work, repeat: int) -> tuple[float, float]:  # noqa: ANN001
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        store, code = slip_store(Path(name))
        data = shipping_documents.packing_slip_data(store, code)
        render_packing_slip(data, io.BytesIO())  # font registered, modules warm
        print(f"load average before {os.getloadavg()[0]:.2f}; {len(data.lines)} lines, {len(data.packages)} packages")
        base, base_best = timed(lambda: raw(data, io.BytesIO()), args.repeat)
        for what, work in (("ours (gather + render)", lambda: shipping_documents.write_packing_slip(store, code, io.BytesIO())),
                           ("render only", lambda: render_packing_slip(data, io.BytesIO()))):
            median, best = timed(work, args.repeat)
            print(f"{what:<24} median {median:.3f} s  best {best:.3f} s  {median / base:.1f}× raw  (target ≤ 0.5 s)")
        print(f"{'raw canvas':<24} median {base:.3f} s  best {base_best:.3f} s")
        print(f"load average after {os.getloadavg()[0]:.2f}")
        store.dispose()


if __name__ == "__main__":
    main()
