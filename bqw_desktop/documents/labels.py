"""Item-set and carton labels for a thermal label printer: one PDF page per label, page = label.

Layout of the default 60 × 40 mm label, top to bottom: Chinese title (category · description), the
Code 128 bars (~14 mm high, centred, quiet zones kept), the code under the bars (embedded font, so
every viewer spaces it alike), and one detail line. Text shrinks to fit the width, then is cut with “…”; nothing leaves the
margins. Drawn straight on a reportlab canvas (no platypus) so 1,896 labels take about a second.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .barcodes import QUIET_ZONE_MODULES, BarcodeValueError, code128_modules, draw_code128, module_width_pt
from .fonts import register_cjk_font

_MARGIN = 1.5 * mm  # thermal printers do not reach the very edge of the label
_GAP = 1.2 * mm
_BAR_HEIGHT = 14 * mm
_MIN_BAR_HEIGHT = 6 * mm
_TITLE_PT, _TITLE_MIN_PT = 11.0, 7.0
_ID_PT = 12.0
_DETAIL_PT, _DETAIL_MIN_PT = 8.5, 6.0
# vertical extents per point of font size, measured on the glyphs (WenQuanYi: 765/240 per 1000 em)
_CJK_ASCENT, _CJK_DESCENT = 0.80, 0.24
_ID_ASCENT, _ID_DESCENT = 0.72, 0.0  # codes are capitals and digits: no descenders
_PROGRESS_EVERY = 50


@dataclass(frozen=True)
class LabelProfile:
    """A label stock and printer: label size in mm, printer resolution in dpi, module width in dots.

    The default is 60 × 40 mm at 203 dpi with 2-dot (0.25 mm) modules; a 300-dpi printer wants
    ``module_dots=3`` (0.254 mm). Modules are whole dots so every bar prints the same width.
    """

    width_mm: float = 60
    height_mm: float = 40
    dpi: int = 203
    module_dots: int = 2

    @property
    def width_pt(self) -> float:
        return self.width_mm * mm

    @property
    def height_pt(self) -> float:
        return self.height_mm * mm

    @property
    def module_pt(self) -> float:
        return module_width_pt(self.dpi, self.module_dots)


DEFAULT_PROFILE = LabelProfile()


@dataclass(frozen=True)
class LabelData:
    """What one label shows.

    :ivar code: the ID, printed as Code 128 and as text under the bars (printable ASCII only).
    :ivar title: e.g. "服装 · 儿童羽绒服" (category · short description).
    :ivar detail: one line, e.g. "120–130cm · 2件 · 箱 CT000017"; may be empty.
    """

    code: str
    title: str
    detail: str = ""


@dataclass
class LabelBatchResult:
    """Outcome of :func:`render_labels`: pages written, and (value, zh_CN reason) per refused label."""

    pages: int
    refused: list[tuple[str, str]] = field(default_factory=list)


def render_labels(
    labels: Iterable[LabelData],
    out: str | os.PathLike | BinaryIO,
    profile: LabelProfile = DEFAULT_PROFILE,
    progress: Callable[[int], None] | None = None,
) -> LabelBatchResult:
    """Write one PDF page per label to ``out`` (a path or a binary file object).

    Page size is the profile's label size. A label whose code cannot be printed — not printable
    ASCII, or bars plus quiet zones wider than the label at whole-dot modules — gets no page and is
    listed in :attr:`LabelBatchResult.refused` with the :class:`BarcodeValueError` message; the other
    labels print (case C02). If every label is refused, the PDF holds one blank page.

    :param progress: called with the number of labels handled so far (printed or refused) every
        50 labels and once at the end.
    :raises FontUnavailable: the CJK font cannot be used (nothing is written then).
    """
    font = register_cjk_font()
    target = os.fspath(out) if isinstance(out, os.PathLike) else out  # reportlab takes str or a file only
    canvas = Canvas(target, pagesize=(profile.width_pt, profile.height_pt), pageCompression=1)
    canvas.setTitle("标签")
    canvas.setCreator("BQW Desktop")
    result = LabelBatchResult(pages=0)
    done = 0
    for label in labels:
        try:
            _draw_label(canvas, label, profile, font)
        except BarcodeValueError as exc:
            result.refused.append((label.code, str(exc)))
        else:
            canvas.showPage()
            result.pages += 1
        done += 1
        if progress and done % _PROGRESS_EVERY == 0:
            progress(done)
    canvas.save()
    if progress and done % _PROGRESS_EVERY:
        progress(done)
    return result


def _draw_label(canvas: Canvas, label: LabelData, profile: LabelProfile, font: str) -> None:
    """Draw one label on the current page; raises BarcodeValueError before drawing anything."""
    width, height, module = profile.width_pt, profile.height_pt, profile.module_pt
    pattern = code128_modules(label.code)
    bars_width = len(pattern) * module
    needed = bars_width + 2 * QUIET_ZONE_MODULES * module
    if needed > width:
        raise BarcodeValueError(
            label.code,
            f"条码“{label.code}”太长：连同两侧空白区需要 {needed / mm:.1f} mm，标签只有 {profile.width_mm:g} mm 宽。",
        )
    text_width = width - 2 * _MARGIN
    title, title_pt = _fit(label.title, font, _TITLE_PT, _TITLE_MIN_PT, text_width)
    id_pt = min(_ID_PT, math.floor(text_width / stringWidth(label.code, font, 1) * 10) / 10)  # never cut an ID
    detail, detail_pt = _fit(label.detail, font, _DETAIL_PT, _DETAIL_MIN_PT, text_width)

    top = height - _MARGIN - (_CJK_ASCENT + _CJK_DESCENT) * title_pt - _GAP  # below the title
    bottom = _MARGIN + ((_CJK_ASCENT + _CJK_DESCENT) * detail_pt + _GAP if detail else 0)  # above the detail
    id_height = (_ID_ASCENT + _ID_DESCENT) * id_pt
    bar_height = min(_BAR_HEIGHT, top - bottom - _GAP - id_height)
    if bar_height < _MIN_BAR_HEIGHT:  # only on a label stock far smaller than 60 × 40 mm
        raise BarcodeValueError(label.code, f"标签只有 {profile.height_mm:g} mm 高，放不下条码和文字。")
    block = bar_height + _GAP + id_height
    id_base = bottom + (top - bottom - block) / 2 + _ID_DESCENT * id_pt  # bars + code centred in the space
    bars_y = id_base - _ID_DESCENT * id_pt + id_height + _GAP
    dot = 72 / profile.dpi
    bars_x = round((width - bars_width) / 2 / dot) * dot  # bar edges on the printer's dot grid

    canvas.setFont(font, title_pt)
    canvas.drawCentredString(width / 2, height - _MARGIN - _CJK_ASCENT * title_pt, title)
    draw_code128(canvas, bars_x, bars_y, label.code, module_pt=module, height_pt=bar_height)
    canvas.setFont(font, id_pt)
    canvas.drawCentredString(width / 2, id_base, label.code)
    if detail:
        canvas.setFont(font, detail_pt)
        canvas.drawCentredString(width / 2, _MARGIN + _CJK_DESCENT * detail_pt, detail)


def _fit(text: str, font: str, size: float, min_size: float, width: float) -> tuple[str, float]:
    """Shrink ``text`` from ``size`` towards ``min_size`` pt to fit ``width`` pt, then cut it with “…”."""
    unit = stringWidth(text, font, 1)
    if unit * size <= width:
        return text, size
    if unit * min_size <= width:
        return text, math.floor(width / unit * 10) / 10
    while text and stringWidth(text + "…", font, min_size) > width:
        text = text[:-1]
    return text.rstrip() + "…", min_size
