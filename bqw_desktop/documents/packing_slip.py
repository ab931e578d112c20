"""The A4 packing slip (装箱单) that travels with a shipment and is signed at handover and receipt.

Page 1: title, drive name, the shipment code as Code 128 and text, the destination and shipment
details; then the item-set table (its header row repeats on every page), totals per category and
the signature lines. Every page has "第 x 页 / 共 y 页" in the footer. All text is in the embedded
CJK font (case C03). Cell text wraps between Chinese characters but never inside a run of ASCII
letters and digits, so tracking numbers, phone numbers and codes stay whole (case C04).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ..domain.catalogue import Category
from .a4 import CONTENT_WIDTH, HEAD_BG, PADDINGS, CellText, Output, a4_document, numbered, signature_lines, when
from .a4 import table_style as _style
from .barcodes import QUIET_ZONE_MODULES, code128_modules, draw_code128
from .fonts import register_cjk_font
from .terms import CATEGORY_ZH

#: 1/75 in = 0.339 mm: a whole number of dots at 150, 300, 600 and 1200 dpi (office printers)
SLIP_MODULE_PT = 72 / 75
_BAR_HEIGHT = 12 * mm


@dataclass(frozen=True)
class SlipLine:
    """One item set in the shipment: its code, category, description, size, pieces and inbound carton code."""

    code: str
    category: Category
    description: str
    size: str
    pieces: int
    carton_code: str
    package: int = 0  # the package (包裹) number it is in; 0: none


@dataclass(frozen=True)
class PackageLine:
    """One package of the shipment: its number, weight in grams (None: not weighed) and item-set count."""

    number: int
    weight_g: int | None
    item_sets: int


@dataclass(frozen=True)
class PackingSlipData:
    """Everything the slip prints; times are local wall-clock times, printed to the minute."""

    shipment_code: str
    destination_name: str
    destination_district: str
    destination_address: str
    contact_name: str
    contact_phone: str
    courier_name: str
    tracking_number: str | None
    status_zh: str
    created_at: datetime
    handed_over_at: datetime | None
    printed_at: datetime
    lines: Sequence[SlipLine]
    drive_name: str = "百千万爱心聪盟"
    delivered_at: datetime | None = None
    packages: Sequence[PackageLine] = ()


class _Barcode(Flowable):
    """Code 128 bars with their quiet zones; width = (modules + 2 quiet zones) × module."""

    def __init__(self, value: str, module_pt: float, height_pt: float) -> None:
        super().__init__()
        self.value, self.module, self.height = value, module_pt, height_pt
        self.width = (len(code128_modules(value)) + 2 * QUIET_ZONE_MODULES) * module_pt

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_code128(
            self.canv, QUIET_ZONE_MODULES * self.module, 0, self.value, module_pt=self.module, height_pt=self.height
        )


def render_packing_slip(data: PackingSlipData, out: Output) -> None:
    """Write the packing slip of ``data`` as an A4 PDF to ``out`` (a path or a binary file object).

    The shipment code is printed as Code 128 with :data:`SLIP_MODULE_PT` modules (1/75 in) and a
    12 mm bar height, plus as text.

    :raises FontUnavailable: the CJK font cannot be used (nothing is written then).
    :raises BarcodeValueError: the shipment code is not printable ASCII.
    """
    font = register_cjk_font()
    content_width = CONTENT_WIDTH
    doc = a4_document(out, title=f"装箱单 {data.shipment_code}", author=data.drive_name)
    story = [
        _heading(data, font, content_width),
        Spacer(0, 4 * mm),
        _details(data, font, content_width),
        Spacer(0, 5 * mm),
        _items(data.lines, font, content_width, len(data.packages)),
        Spacer(0, 5 * mm),
        KeepTogether([_summary(data, font, content_width), Spacer(0, 5 * mm), _signatures(font, content_width)]),
    ]
    footer = f"装箱单 {data.shipment_code} · {data.destination_name} · 打印时间 {when(data.printed_at)}"
    doc.build(story, canvasmaker=numbered(footer, font))


def _heading(data: PackingSlipData, font: str, width: float) -> Table:
    barcode = _Barcode(data.shipment_code, SLIP_MODULE_PT, _BAR_HEIGHT)
    left = [CellText("装箱单", font, 22), Spacer(0, 2 * mm), CellText(data.drive_name, font, 12)]
    right = [barcode, Spacer(0, 1 * mm), CellText(data.shipment_code, font, 12, align="center", wrap=False)]
    table = Table([[left, right]], colWidths=[width - barcode.width, barcode.width])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *((side, (0, 0), (-1, -1), 0) for side in PADDINGS)])
    )
    return table


def _details(data: PackingSlipData, font: str, width: float) -> Table:
    """Destination on the left, shipment on the right; two label/value tables side by side."""
    label_w = 18 * mm
    half = (width - 4 * mm) / 2

    def block(rows: list[tuple[str, str, bool]]) -> Table:
        cells = [
            [CellText(label, font), CellText(value, font, wrap=wrap)] for label, value, wrap in rows
        ]
        return Table(cells, colWidths=[label_w, half - label_w], style=_style(("BACKGROUND", (0, 0), (0, -1), HEAD_BG)))

    destination = block(
        [
            ("收货点", f"{data.destination_name}（{data.destination_district}）", True),
            ("地址", data.destination_address, True),
            ("联系人", data.contact_name, True),
            ("电话", data.contact_phone or "（未填写）", False),
        ]
    )
    shipment = block(
        [
            ("物流公司", data.courier_name, True),
            ("运单号", data.tracking_number or "（未填写）", False),
            ("状态", data.status_zh, True),
            ("创建时间", when(data.created_at), False),
            ("交接时间", when(data.handed_over_at), False),
            ("送达时间", when(data.delivered_at), False),
            ("打印时间", when(data.printed_at), False),
        ]
    )
    table = Table([[destination, "", shipment]], colWidths=[half, width - 2 * half, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *((p, (0, 0), (-1, -1), 0) for p in PADDINGS)]))
    return table


#: item table columns: title, width in mm, alignment, wraps
_COLUMNS = (
    ("序号", 11, "center", False),
    ("包裹", 13, "center", False),
    ("件套编号", 24, "left", False),
    ("类别", 22, "left", True),
    ("品名", 70, "left", True),
    ("规格/尺码", 19, "left", True),
    ("件数", 12, "right", False),
    ("来货箱", 24, "left", False),
)


def _items(lines: Sequence[SlipLine], font: str, width: float, packages: int = 0) -> Table:
    """The item-set table, by package; its header row repeats on every page. ``packages``: how many
    the shipment has (the "n/m" of the 包裹 column)."""
    of = packages or max((line.package for line in lines), default=0)
    header = [CellText(title, font, align="center") for title, *_ in _COLUMNS]
    rows = [
        [
            CellText(str(value), font, align=align, wrap=wrap)
            for value, (_, _, align, wrap) in zip(
                (n, f"{line.package}/{of}" if line.package else "—", line.code, CATEGORY_ZH[line.category],
                 line.description, line.size, line.pieces, line.carton_code),
                _COLUMNS,
                strict=True,
            )
        ]
        for n, line in enumerate(lines, 1)
    ]
    if not rows:
        rows = [[CellText("（尚未装入件套）", font, align="center"), *[""] * (len(_COLUMNS) - 1)]]
    widths = [w * mm for _, w, _, _ in _COLUMNS]
    widths[4] += width - sum(widths)  # 品名 takes what is left of the text width
    commands = [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]
    if not lines:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    return Table([header, *rows], colWidths=widths, repeatRows=1, style=_style(*commands))


def _totals(lines: Sequence[SlipLine], font: str) -> Table:
    """Item sets and pieces per category (in catalogue order), then the grand total."""
    sets = {category: 0 for category in Category}
    pieces = dict(sets)
    for line in lines:
        sets[line.category] += 1
        pieces[line.category] += line.pieces
    rows = [[CellText(t, font, align="center") for t in ("类别", "件套数", "件数")]]
    for category in Category:
        if sets[category]:
            rows.append(_total_row(CATEGORY_ZH[category], sets[category], pieces[category], font))
    rows.append(_total_row("合计", len(lines), sum(pieces.values()), font))
    return Table(
        rows,
        colWidths=[36 * mm, 24 * mm, 24 * mm],
        hAlign="LEFT",
        style=_style(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("BACKGROUND", (0, -1), (-1, -1), HEAD_BG)),
    )


def _packages(data: PackingSlipData, font: str) -> Table:
    """Per package: n/m, item sets, weight in kg; then the totals."""
    m = len(data.packages)
    rows = [[CellText(t, font, align="center") for t in ("包裹", "件套数", "重量（kg）")]]
    for p in data.packages:
        rows.append([CellText(f"{p.number}/{m}", font, align="center", wrap=False),
                     CellText(str(p.item_sets), font, align="right"),
                     CellText(kg(p.weight_g), font, align="right", wrap=False)])
    weights = [p.weight_g for p in data.packages]
    total = kg(sum(weights)) if weights and None not in weights else "—"  # type: ignore[arg-type]
    rows.append([CellText("合计", font), CellText(str(sum(p.item_sets for p in data.packages)), font, align="right"),
                 CellText(total, font, align="right", wrap=False)])
    return Table(rows, colWidths=[20 * mm, 20 * mm, 26 * mm], hAlign="LEFT",
                 style=_style(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("BACKGROUND", (0, -1), (-1, -1), HEAD_BG)))


def kg(weight_g: int | None) -> str:
    """A weight as printed: kilograms with two decimals ("3.25"); "—" when not weighed."""
    return "—" if weight_g is None else f"{weight_g / 1000:.2f}"


def _summary(data: PackingSlipData, font: str, width: float) -> Table:
    """Totals per category, and beside them the packages (when there are any)."""
    totals = _totals(data.lines, font)
    if not data.packages:
        return totals
    boxes = _packages(data, font)
    table = Table([[totals, "", boxes]], colWidths=[84 * mm, 8 * mm, width - 92 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *((p, (0, 0), (-1, -1), 0) for p in PADDINGS)]))
    return table


def _total_row(name: str, sets: int, pieces: int, font: str) -> list[CellText]:
    return [CellText(name, font), CellText(str(sets), font, align="right"), CellText(str(pieces), font, align="right")]


def _signatures(font: str, width: float) -> Table:
    """Three signature lines: courier at handover, destination at receipt, warehouse clerk."""
    return signature_lines(font, width, ("交接（物流公司签字）", "收货点签收（签字）", "仓库经办人"))
