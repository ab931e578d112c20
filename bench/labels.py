"""Benchmark: item-set labels to PDF against a raw reportlab baseline drawing the same bars and text.

For each count (default 474, 948, 1,896 — the drive's item sets), times ``documents.labels.render_labels``
(60×40 mm, 203 dpi) and a raw baseline in the same run: a bare reportlab canvas that draws the same
Code 128 module pattern as one path of rectangles and the same three strings in the same embedded
font, with none of our fitting, checks or decoding. Reports seconds, the ratio (target ≤ 1.2×) and
peak Python memory (tracemalloc) per count, which should stay flat as the count grows.

    .venv/bin/python bench/labels.py [--counts 474 948 1896] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import re
import time
import tracemalloc

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bqw_desktop.documents.barcodes import code128_modules
from bqw_desktop.documents.fonts import register_cjk_font
from bqw_desktop.documents.labels import LabelData, LabelProfile, LabelTemplate, render_labels
from bqw_desktop.domain.identifiers import CodeKind, make_code

_BARS = re.compile("1+")


def labels(count: int) -> list[LabelData]:
    return [LabelData(make_code(CodeKind.ITEM_SET, n), f"服装 · 儿童羽绒服 {n}", f"120–130cm · 2件 · 箱 CT000{n % 28 + 1:02d}")
            for n in range(1, count + 1)]


def raw(items: list[LabelData], out: io.BytesIO) -> None:
    """The baseline: same page size, bars, module and strings, drawn with no layout logic."""
    font = register_cjk_font()
    canvas = Canvas(out, pagesize=(60 * mm, 40 * mm), pageCompression=1)
    module = 2 * 72 / 203
    for label in items:
        pattern = code128_modules(label.code)
        path = canvas.beginPath()
        for run in _BARS.finditer(pattern):
            path.rect(20 + run.start() * module, 40, (run.end() - run.start()) * module, 14 * mm)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.setFont(font, 11)
        canvas.drawCentredString(30 * mm, 35 * mm, label.title)
        canvas.setFont(font, 12)
        canvas.drawCentredString(30 * mm, 10 * mm, label.code)
        canvas.setFont(font, 8.5)
        canvas.drawCentredString(30 * mm, 2 * mm, label.detail)
        canvas.showPage()
    canvas.save()


def timed(work, repeat: int) -> tuple[float, int]:  # noqa: ANN001
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return best, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[474, 948, 1896])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    register_cjk_font()
    profile = LabelProfile.for_template(LabelTemplate.ITEM_60X40, 203)
    print(f"{'labels':>7} {'ours s':>8} {'raw s':>8} {'ratio':>6} {'ours MB':>8} {'raw MB':>8}")
    for count in args.counts:
        items = labels(count)
        ours, ours_mem = timed(lambda: render_labels(items, io.BytesIO(), profile), args.repeat)  # noqa: B023
        base, base_mem = timed(lambda: raw(items, io.BytesIO()), args.repeat)  # noqa: B023
        print(f"{count:>7} {ours:>8.3f} {base:>8.3f} {ours / base:>6.2f} {ours_mem / 2**20:>8.1f} {base_mem / 2**20:>8.1f}")


if __name__ == "__main__":
    main()
