"""Labels for thermal label printers (one PDF page per label, page = label) and A4 label sheets.

Templates (:class:`LabelTemplate`): item set 40×30, 50×30 and 60×40 mm, carton 100×70 mm, storage
location 80×50 mm, and the 100×150 mm package label size used by shipping. A :class:`LabelProfile`
is one printer: label size, gap, resolution (203/300/600 dpi) with the Code 128 module a whole
number of dots, x/y offset calibration, and optionally an A4 :class:`SheetLayout` (rows × columns,
margins, pitch) for offices without a label printer. :func:`render_calibration` prints the page that
helps set the offsets.

Layout of the default 60 × 40 mm label, top to bottom: Chinese title (category · description), the
Code 128 bars (~14 mm high, centred, quiet zones kept), the code under the bars (embedded font, so
every viewer spaces it alike), and one detail line. Text shrinks to fit the width, then is cut with “…”; nothing leaves the
margins. Drawn straight on a reportlab canvas (no platypus) so 1,896 labels take about a second.
"""

from __future__ import annotations

import enum
import io
import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .barcodes import QUIET_ZONE_MODULES, BarcodeValueError, code128_modules, draw_code128, module_width_pt
from .fonts import register_cjk_font
from .pdf_parts import PdfParts

_MARGIN = 1.5 * mm  # thermal printers do not reach the very edge of the label
_GAP = 1.2 * mm
_MIN_BAR_HEIGHT = 6 * mm
# vertical extents per point of font size, measured on the glyphs (WenQuanYi: 765/240 per 1000 em)
_CJK_ASCENT, _CJK_DESCENT = 0.80, 0.24
_ID_ASCENT, _ID_DESCENT = 0.72, 0.0  # codes are capitals and digits: no descenders
_PROGRESS_EVERY = 50
#: labels per part of a large batch (see :func:`render_labels`): a part's pages stay in memory until it is written
PART_LABELS = 1000


class LabelTemplate(enum.Enum):
    """What a label is for and its size; the value is stored in printer profiles."""

    ITEM_40X30 = "item_40x30"
    ITEM_50X30 = "item_50x30"
    ITEM_60X40 = "item_60x40"
    CARTON_100X70 = "carton_100x70"
    LOCATION_80X50 = "location_80x50"
    PACKAGE_100X150 = "package_100x150"  # size profile for shipping's package label (its content is theirs)


@dataclass(frozen=True)
class TemplateSpec:
    """Size (mm), text sizes (pt), bar height (mm) and module scale (× the profile's module) of a template."""

    width_mm: float
    height_mm: float
    title_pt: float
    title_min_pt: float
    id_pt: float
    detail_pt: float
    detail_min_pt: float
    bar_mm: float
    module_scale: int = 1
    name_zh: str = ""


TEMPLATES = {
    LabelTemplate.ITEM_40X30: TemplateSpec(40, 30, 8, 6, 9, 6.5, 5, 10, 1, "件套 40×30"),
    LabelTemplate.ITEM_50X30: TemplateSpec(50, 30, 8.5, 6, 10, 7, 5, 10, 1, "件套 50×30"),
    LabelTemplate.ITEM_60X40: TemplateSpec(60, 40, 11, 7, 12, 8.5, 6, 14, 1, "件套 60×40"),
    LabelTemplate.CARTON_100X70: TemplateSpec(100, 70, 16, 10, 18, 11, 7, 25, 2, "来货箱 100×70"),
    LabelTemplate.LOCATION_80X50: TemplateSpec(80, 50, 14, 9, 16, 10, 7, 20, 2, "库位 80×50"),
    LabelTemplate.PACKAGE_100X150: TemplateSpec(100, 150, 18, 11, 20, 12, 8, 30, 2, "包裹 100×150"),
}

#: the thinnest module we print, mm (GS1 / ISO 15417 practice for short-range scanners)
MIN_MODULE_MM = 0.25


def module_dots_for(dpi: int) -> int:
    """The fewest whole printer dots that make a module at least :data:`MIN_MODULE_MM` wide: 203 → 2, 300 → 3, 600 → 6."""
    return max(1, math.ceil(MIN_MODULE_MM / 25.4 * dpi - 0.05))


@dataclass(frozen=True)
class SheetLayout:
    """Labels on an A4 sheet (office printer): ``rows`` × ``columns``, the top-left label's corner at
    (``margin_left_mm``, ``margin_top_mm``) from the page's top-left corner, and ``pitch_*_mm`` from one
    label's corner to the next (0: the label's own size, no gap)."""

    rows: int
    columns: int
    margin_top_mm: float = 0
    margin_left_mm: float = 0
    pitch_x_mm: float = 0
    pitch_y_mm: float = 0

    @property
    def per_page(self) -> int:
        return self.rows * self.columns


@dataclass(frozen=True)
class LabelProfile:
    """A label stock and printer: label size in mm, printer resolution in dpi, module width in dots.

    The default is 60 × 40 mm at 203 dpi with 2-dot (0.25 mm) modules; a 300-dpi printer wants
    ``module_dots=3`` (0.254 mm). Modules are whole dots so every bar prints the same width.
    ``gap_mm`` is the gap between labels on the roll (the printer's media setting; the PDF has one
    page per label). ``offset_x_mm`` moves the print right, ``offset_y_mm`` down (calibration, see
    :func:`render_calibration`). ``sheet`` prints on A4 sheets instead of one page per label.
    """

    width_mm: float = 60
    height_mm: float = 40
    dpi: int = 203
    module_dots: int = 2
    template: LabelTemplate = LabelTemplate.ITEM_60X40
    gap_mm: float = 2.0
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    sheet: SheetLayout | None = None
    name: str = ""

    @classmethod
    def for_template(cls, template: LabelTemplate, dpi: int = 203, **changes: object) -> LabelProfile:
        """A profile for ``template`` at ``dpi`` with the module from :func:`module_dots_for`."""
        spec = TEMPLATES[template]
        return replace(cls(spec.width_mm, spec.height_mm, dpi, module_dots_for(dpi), template), **changes)

    @property
    def spec(self) -> TemplateSpec:
        return TEMPLATES[self.template]

    @property
    def width_pt(self) -> float:
        return self.width_mm * mm

    @property
    def height_pt(self) -> float:
        return self.height_mm * mm

    @property
    def module_pt(self) -> float:
        return module_width_pt(self.dpi, self.module_dots * self.spec.module_scale)

    def positions(self) -> list[tuple[float, float]]:
        """Bottom-left corners (pt, page coordinates) of the labels on one page, in reading order.

        :raises ValueError: a sheet layout whose labels do not fit on A4.
        """
        if self.sheet is None:
            return [(0.0, 0.0)]
        sheet = self.sheet
        pitch_x = (sheet.pitch_x_mm or self.width_mm) * mm
        pitch_y = (sheet.pitch_y_mm or self.height_mm) * mm
        right = sheet.margin_left_mm * mm + (sheet.columns - 1) * pitch_x + self.width_pt
        bottom = sheet.margin_top_mm * mm + (sheet.rows - 1) * pitch_y + self.height_pt
        if sheet.rows < 1 or sheet.columns < 1 or right > A4[0] + 0.01 or bottom > A4[1] + 0.01:
            raise ValueError(f"{sheet.rows}×{sheet.columns} labels of {self.width_mm:g}×{self.height_mm:g} mm "
                             "do not fit on an A4 sheet")
        return [(sheet.margin_left_mm * mm + c * pitch_x, A4[1] - sheet.margin_top_mm * mm - r * pitch_y - self.height_pt)
                for r in range(sheet.rows) for c in range(sheet.columns)]

    @property
    def page_size(self) -> tuple[float, float]:
        return A4 if self.sheet else (self.width_pt, self.height_pt)


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
    labels: int = 0  # labels printed (equals ``pages`` on a roll; more on A4 sheets)


def render_labels(
    labels: Iterable[LabelData],
    out: str | os.PathLike | BinaryIO,
    profile: LabelProfile = DEFAULT_PROFILE,
    progress: Callable[[int], None] | None = None,
) -> LabelBatchResult:
    """Write one PDF page per label to ``out`` (a path or a binary file object).

    Page size is the profile's label size, or A4 with ``profile.sheet`` (labels fill each sheet in
    reading order). The profile's offsets move every label. A label whose code cannot be printed — not printable
    ASCII, or bars plus quiet zones wider than the label at whole-dot modules — gets no page and is
    listed in :attr:`LabelBatchResult.refused` with the :class:`BarcodeValueError` message; the other
    labels print (case C02). If every label is refused, the PDF has no page.

    ``labels`` is read once, as it is needed: the PDF is made in parts of about :data:`PART_LABELS`
    labels (whole pages) joined by :class:`~.pdf_parts.PdfParts`, so memory stays flat however many
    labels an iterator yields; only refused labels are kept.

    :param progress: called with the number of labels handled so far (printed or refused) every
        50 labels and once at the end.
    :raises FontUnavailable: the CJK font cannot be used (nothing is written then).
    """
    font = register_cjk_font()
    slots = profile.positions()
    per_part = max(1, PART_LABELS // len(slots)) * len(slots)
    result = LabelBatchResult(pages=0)
    done = 0
    items = iter(labels)
    with PdfParts(out) as joined:
        while True:
            part = io.BytesIO()
            canvas = Canvas(part, pagesize=profile.page_size, pageCompression=1)
            canvas.setTitle("标签")
            canvas.setCreator("BQW Desktop")
            printed, slot = result.labels, 0
            for label in items:
                x, y = slots[slot]
                try:
                    _draw_label(canvas, label, profile, font,
                                (x + profile.offset_x_mm * mm, y - profile.offset_y_mm * mm))
                except BarcodeValueError as exc:
                    result.refused.append((label.code, str(exc)))
                else:
                    result.labels += 1
                    slot = (slot + 1) % len(slots)
                    if not slot:
                        canvas.showPage()
                done += 1
                if progress and done % _PROGRESS_EVERY == 0:
                    progress(done)
                if result.labels - printed == per_part:
                    break
            if slot:
                canvas.showPage()
            pages = -(-(result.labels - printed) // len(slots))
            if pages or not joined.parts:  # a part without labels only when nothing printed
                canvas.save()
                joined.add(part.getvalue())
                result.pages += pages
            if not pages or result.labels - printed < per_part:
                break
    if progress and done % _PROGRESS_EVERY:
        progress(done)
    return result


def _draw_label(canvas: Canvas, label: LabelData, profile: LabelProfile, font: str,
                origin: tuple[float, float] = (0.0, 0.0)) -> None:
    """Draw one label with its bottom-left corner at ``origin`` (pt); raises BarcodeValueError before drawing."""
    width, height, module, spec = profile.width_pt, profile.height_pt, profile.module_pt, profile.spec
    pattern = code128_modules(label.code)
    bars_width = len(pattern) * module
    needed = bars_width + 2 * QUIET_ZONE_MODULES * module
    if needed > width:
        raise BarcodeValueError(
            label.code,
            f"条码“{label.code}”太长：连同两侧空白区需要 {needed / mm:.1f} mm，标签只有 {profile.width_mm:g} mm 宽。",
        )
    text_width = width - 2 * _MARGIN
    title, title_pt = _fit(label.title, font, spec.title_pt, spec.title_min_pt, text_width)
    id_pt = min(spec.id_pt, math.floor(text_width / stringWidth(label.code, font, 1) * 10) / 10)  # never cut an ID
    detail, detail_pt = _fit(label.detail, font, spec.detail_pt, spec.detail_min_pt, text_width)

    top = height - _MARGIN - (_CJK_ASCENT + _CJK_DESCENT) * title_pt - _GAP  # below the title
    bottom = _MARGIN + ((_CJK_ASCENT + _CJK_DESCENT) * detail_pt + _GAP if detail else 0)  # above the detail
    id_height = (_ID_ASCENT + _ID_DESCENT) * id_pt
    bar_height = min(spec.bar_mm * mm, top - bottom - _GAP - id_height)
    if bar_height < _MIN_BAR_HEIGHT:  # only on a label stock far smaller than 60 × 40 mm
        raise BarcodeValueError(label.code, f"标签只有 {profile.height_mm:g} mm 高，放不下条码和文字。")
    block = bar_height + _GAP + id_height
    id_base = bottom + (top - bottom - block) / 2 + _ID_DESCENT * id_pt  # bars + code centred in the space
    bars_y = id_base - _ID_DESCENT * id_pt + id_height + _GAP
    dot = 72 / profile.dpi
    ox, oy = origin
    bars_x = round((ox + (width - bars_width) / 2) / dot) * dot - ox  # bar edges on the printer's dot grid

    canvas.saveState()
    canvas.translate(ox, oy)
    canvas.setFont(font, title_pt)
    canvas.drawCentredString(width / 2, height - _MARGIN - _CJK_ASCENT * title_pt, title)
    draw_code128(canvas, bars_x, bars_y, label.code, module_pt=module, height_pt=bar_height)
    canvas.setFont(font, id_pt)
    canvas.drawCentredString(width / 2, id_base, label.code)
    if detail:
        canvas.setFont(font, detail_pt)
        canvas.drawCentredString(width / 2, _MARGIN + _CJK_DESCENT * detail_pt, detail)
    canvas.restoreState()


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


def render_calibration(out: str | os.PathLike | BinaryIO, profile: LabelProfile = DEFAULT_PROFILE) -> None:
    """Write a calibration page for ``profile``: at each label position a frame exactly 2 mm inside the
    label's edges, a centre cross, millimetre ticks from each edge and the profile's current settings.

    Print it, then measure: if the frame's left line is 2 + n mm from the label's left edge, set the
    x offset to its current value − n (likewise y from the top edge). Offsets are applied as in
    :func:`render_labels`.
    """
    font = register_cjk_font()
    target = os.fspath(out) if isinstance(out, os.PathLike) else out
    canvas = Canvas(target, pagesize=profile.page_size)
    canvas.setTitle("标签校准页")
    w, h, inset = profile.width_pt, profile.height_pt, 2 * mm
    for x, y in profile.positions():
        canvas.saveState()
        canvas.translate(x + profile.offset_x_mm * mm, y - profile.offset_y_mm * mm)
        canvas.setLineWidth(0.3)
        canvas.rect(inset, inset, w - 2 * inset, h - 2 * inset)
        canvas.line(w / 2 - 3 * mm, h / 2, w / 2 + 3 * mm, h / 2)
        canvas.line(w / 2, h / 2 - 3 * mm, w / 2, h / 2 + 3 * mm)
        ruler_y, ruler_x = h - 9 * mm, 9 * mm  # rulers start at the label's left and top edges
        for n in range(0, int(w / mm / 2) + 1):
            tick = (2.5 if n % 5 == 0 else 1.2) * mm
            canvas.line(n * mm, ruler_y, n * mm, ruler_y - tick)
        for n in range(0, int(h / mm / 2) + 1):
            tick = (2.5 if n % 5 == 0 else 1.2) * mm
            canvas.line(ruler_x, h - n * mm, ruler_x + tick, h - n * mm)
        size = max(4.5, min(8.0, h / mm / 40 * 6, w / mm / 60 * 6))
        lines = [f"校准页 {profile.width_mm:g}×{profile.height_mm:g} mm · {profile.dpi} dpi",
                 f"X 偏移 {profile.offset_x_mm:+.1f} mm · Y 偏移 {profile.offset_y_mm:+.1f} mm",
                 "框线应距边缘 2 mm", "偏右/偏下 n mm：偏移减 n"]
        for i, text in enumerate(lines):
            fitted, pt = _fit(text, font, size, 4, w - 2 * inset - 4)
            canvas.setFont(font, pt)
            canvas.drawCentredString(w / 2, h / 2 - 2 * mm - i * size * 1.3, fitted)
        canvas.restoreState()
    canvas.showPage()
    canvas.save()
