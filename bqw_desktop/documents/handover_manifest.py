"""The courier handover manifest (交接单): one courier, one pickup (上门取件), every shipment and package
handed over, signed by the warehouse and the courier.

A4 portrait via :mod:`.a4`: title, drive name, the pickup code as Code 128 (1/75 in modules) and text;
courier, pickup time and warehouse clerk; a table with one row per package (序号, 发货单号, 收货点,
运单号, 包裹 n/m, 包裹编号, 件套数, 重量 kg), its header repeated on every page; totals (shipments,
packages, item sets, weight); two signature lines. Tracking numbers and codes never wrap (C04); all
text in the embedded CJK font (C03). Footer with "第 x 页 / 共 y 页".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from .a4 import CONTENT_WIDTH, HEAD_BG, PADDINGS, CellText, Output, a4_document, numbered, signature_lines, when
from .a4 import table_style as _style
from .fonts import register_cjk_font
from .packing_slip import SLIP_MODULE_PT, _Barcode, kg


@dataclass(frozen=True)
class ManifestPackage:
    """One package: its number within the shipment, code, item sets and weight in grams (None: unweighed)."""

    number: int
    code: str
    item_sets: int
    weight_g: int | None


@dataclass(frozen=True)
class ManifestShipment:
    """One shipment handed over: code, destination (name, district), tracking number and packages."""

    code: str
    destination: str
    district: str
    tracking_number: str | None
    packages: Sequence[ManifestPackage]


@dataclass(frozen=True)
class HandoverManifestData:
    """Everything the manifest prints; times local wall-clock."""

    pickup_code: str
    courier_name: str
    courier_phone: str
    picked_up_at: datetime
    clerk: str
    station: str
    printed_at: datetime
    shipments: Sequence[ManifestShipment]
    drive_name: str = "百千万爱心聪盟"

    @property
    def packages(self) -> int:
        return sum(len(s.packages) for s in self.shipments)

    @property
    def item_sets(self) -> int:
        return sum(p.item_sets for s in self.shipments for p in s.packages)

    @property
    def weight_g(self) -> int | None:
        """Total grams; None when any package is unweighed."""
        weights = [p.weight_g for s in self.shipments for p in s.packages]
        return None if None in weights else sum(weights)  # type: ignore[arg-type]


#: table columns: title, width in mm (品名-like stretch column: 收货点), alignment, wraps
_COLUMNS = (
    ("序号", 10, "center", False),
    ("发货单号", 24, "left", False),
    ("收货点", 50, "left", True),
    ("运单号", 36, "left", False),
    ("包裹", 13, "center", False),
    ("包裹编号", 22, "left", False),
    ("件套数", 13, "right", False),
    ("重量(kg)", 15, "right", False),
)


def render_handover_manifest(data: HandoverManifestData, out: Output) -> None:
    """Write the manifest as an A4 PDF to ``out``.

    :raises FontUnavailable: the CJK font cannot be used. :raises BarcodeValueError: a bad pickup code.
    """
    font = register_cjk_font()
    width = CONTENT_WIDTH
    doc = a4_document(out, title=f"交接单 {data.pickup_code}", author=data.drive_name)
    story = [
        _heading(data, font, width),
        Spacer(0, 4 * mm),
        _details(data, font, width),
        Spacer(0, 5 * mm),
        _table(data, font, width),
        Spacer(0, 5 * mm),
        KeepTogether([_totals(data, font), Spacer(0, 8 * mm),
                      signature_lines(font, width, ("仓库交件人（签字）", "物流公司取件人（签字）"))]),
    ]
    footer = f"交接单 {data.pickup_code} · {data.courier_name} · 打印时间 {when(data.printed_at)}"
    doc.build(story, canvasmaker=numbered(footer, font))


def _heading(data: HandoverManifestData, font: str, width: float) -> Table:
    barcode = _Barcode(data.pickup_code, SLIP_MODULE_PT, 12 * mm)
    left = [CellText("物流交接单", font, 22), Spacer(0, 2 * mm), CellText(data.drive_name, font, 12)]
    right = [barcode, Spacer(0, 1 * mm), CellText(data.pickup_code, font, 12, align="center", wrap=False)]
    table = Table([[left, right]], colWidths=[width - barcode.width, barcode.width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               *((side, (0, 0), (-1, -1), 0) for side in PADDINGS)]))
    return table


def _details(data: HandoverManifestData, font: str, width: float) -> Table:
    label = 22 * mm
    half = width / 2
    rows = [
        ("物流公司", data.courier_name, "取件时间", when(data.picked_up_at)),
        ("联系电话", data.courier_phone or "—", "仓库经办", f"{data.clerk}（{data.station}）"),
    ]
    cells = [[CellText(a, font), CellText(b, font, wrap=a != "联系电话"), CellText(c, font),
              CellText(d, font, wrap=c != "取件时间")] for a, b, c, d in rows]
    return Table(cells, colWidths=[label, half - label, label, half - label],
                 style=_style(("BACKGROUND", (0, 0), (0, -1), HEAD_BG), ("BACKGROUND", (2, 0), (2, -1), HEAD_BG)))


def _table(data: HandoverManifestData, font: str, width: float) -> Table:
    header = [CellText(title, font, align="center") for title, *_ in _COLUMNS]
    rows = []
    n = 0
    for shipment in data.shipments:
        of = len(shipment.packages)
        for package in shipment.packages:
            n += 1
            place = shipment.destination if shipment.district in shipment.destination else (
                f"{shipment.destination}（{shipment.district}）")
            values = (n, shipment.code, place,
                      shipment.tracking_number or "（未填写）", f"{package.number}/{of}", package.code,
                      package.item_sets, kg(package.weight_g))
            rows.append([CellText(str(v), font, align=align, wrap=wrap)
                         for v, (_, _, align, wrap) in zip(values, _COLUMNS, strict=True)])
    if not rows:
        rows = [[CellText("（本次取件没有包裹）", font, align="center"), *[""] * (len(_COLUMNS) - 1)]]
    widths = [w * mm for _, w, _, _ in _COLUMNS]
    widths[2] += width - sum(widths)
    commands = [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]
    if n == 0:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    return Table([header, *rows], colWidths=widths, repeatRows=1, style=_style(*commands))


def _totals(data: HandoverManifestData, font: str) -> Table:
    titles = ("发货单数", "包裹数", "件套数", "总重量(kg)")
    values = (len(data.shipments), data.packages, data.item_sets, kg(data.weight_g))
    rows = [[CellText(t, font, align="center") for t in titles],
            [CellText(str(v), font, align="center", wrap=False) for v in values]]
    return Table(rows, colWidths=[28 * mm] * 4, hAlign="LEFT", style=_style(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)))
