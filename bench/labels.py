"""Benchmark: item-set labels to PDF against a raw reportlab baseline drawing the same bars and text.

For each count (default 474, 948, 1,896 — the drive's item sets), times ``documents.labels.render_labels``
(60×40 mm, 203 dpi) and a raw baseline in the same run: a bare reportlab canvas that draws the same
Code 128 module pattern as one path of rectangles and the same three strings in the same embedded
font, with none of our fitting, checks or decoding. Reports seconds, the ratio (target ≤ 1.2×) and
peak Python memory (tracemalloc) per count, which should stay flat as the count grows.

``--rss 10000 50000`` instead measures the peak resident set (MB, ``ru_maxrss``) of a fresh process
writing that many labels from a generator to a file, ours beside the raw canvas (which keeps every
page until it saves), and the load average.

    .venv/bin/python bench/labels.py [--counts 474 948 1896] [--repeat 3]
    .venv/bin/python bench/labels.py --rss 10000 50000
"""

from __future__ import annotations

import argparse
import io
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterable, Iterator

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bqw_desktop.documents.barcodes import code128_modules
from bqw_desktop.documents.fonts import register_cjk_font
from bqw_desktop.documents.labels import LabelData, LabelProfile, LabelTemplate, render_labels
from bqw_desktop.domain.identifiers import CodeKind, make_code

_BARS = re.compile("1+")


def generate(count: int) -> Iterator[LabelData]:
    for n in range(1, count + 1):
        yield LabelData(make_code(CodeKind.ITEM_SET, n), f"服装 · 儿童羽绒服 {n}", f"120–130cm · 2件 · 箱 CT000{n % 28 + 1:02d}")


def labels(count: int) -> list[LabelData]:
    return list(generate(count))


def raw(items: Iterable[LabelData], out: io.BytesIO | str) -> None:
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


def peak_rss(which: str, count: int) -> float:
    """Run ``which`` ("ours" or "raw") for ``count`` generated labels in a fresh process; its peak RSS in MB."""
    child = subprocess.run([sys.executable, __file__, "--child", which, str(count)], check=True,
                           capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    return float(child.stdout)


def child(which: str, count: int) -> None:
    """In the child process: write the labels to a temporary file, print the peak RSS in MB."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "labels.pdf")
        if which == "ours":
            render_labels(generate(count), path, LabelProfile.for_template(LabelTemplate.ITEM_60X40, 203))
        else:
            raw(generate(count), path)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[474, 948, 1896])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rss", type=int, nargs="+", metavar="COUNT")
    parser.add_argument("--child", nargs=2, metavar=("WHICH", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    if args.rss:
        print(f"load average {os.getloadavg()[0]:.2f}")
        print(f"{'labels':>7} {'ours RSS MB':>12} {'raw RSS MB':>11}")
        for count in args.rss:
            print(f"{count:>7} {peak_rss('ours', count):>12.0f} {peak_rss('raw', count):>11.0f}")
        print(f"load average {os.getloadavg()[0]:.2f}")
        return
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
