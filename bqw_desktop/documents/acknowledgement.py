"""The donation acknowledgement (捐赠接收确认单) the warehouse gives a donor for one receipt.

One A4 page (more only for a very long category list): title and drive name; the receipt's number,
the donor (name, kind, contact, phone, address) and the arrival (date, station, cartons); a table of
item sets and pieces per category (new / used), with the total; a line of thanks; and the signature
block — the warehouse's receiving clerk, the warehouse (盖章, seal) and the donor's representative.
All text in the embedded CJK font via documents.a4 (case C03); codes and phone numbers never wrap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from ..domain.catalogue import Category
from .a4 import CONTENT_WIDTH, HEAD_BG, PADDINGS, CellText, Output, a4_document, numbered, table_style, when
from .fonts import register_cjk_font
from .terms import CATEGORY_ZH

DONOR_KIND_ZH = {"enterprise": "企业", "party_branch": "党支部", "charity": "爱心组织", "individual": "个人"}


@dataclass(frozen=True)
class CategoryCount:
    """Item sets and pieces received in one category, split by condition."""

    category: Category
    item_sets: int
    pieces: int
    new: int
    used: int


@dataclass(frozen=True)
class AcknowledgementData:
    """Everything the acknowledgement prints; ``donor_kind`` is a DonorKind value."""

    receipt_number: str
    donor_name: str
    donor_kind: str
    contact: str
    phone: str
    address: str
    received_on: date
    station: str
    cartons: int
    counts: Sequence[CategoryCount]
    printed_at: datetime
    warehouse: str = "临时仓库"
    drive_name: str = "百千万爱心聪盟"


def render_acknowledgement(data: AcknowledgementData, out: Output) -> None:
    """Write the acknowledgement as an A4 PDF to ``out`` (a path or a binary file object).

    :raises FontUnavailable: the CJK font cannot be used (nothing is written then).
    """
    font = register_cjk_font()
    doc = a4_document(out, title=f"捐赠接收确认单 {data.receipt_number}", author=data.drive_name)
    story = [
        CellText("捐赠接收确认单", font, 22, align="center", wrap=False),
        Spacer(0, 2 * mm),
        CellText(f"{data.drive_name} · {data.warehouse}", font, 11, align="center"),
        Spacer(0, 7 * mm),
        _details(data, font),
        Spacer(0, 6 * mm),
        CellText("兹确认收到以下捐赠物资：", font, 10.5),
        Spacer(0, 2 * mm),
        _counts(data.counts, font),
        Spacer(0, 6 * mm),
        CellText("衷心感谢贵方对留守儿童和困境儿童的关爱与支持！所捐物资将经质量检验后，通过民政、慈善渠道"
                 "送到受助儿童手中，去向可查询。", font, 10.5),
        Spacer(0, 10 * mm),
        KeepTogether(_signatures(font)),
    ]
    footer = f"捐赠接收确认单 {data.receipt_number} · {data.donor_name} · 打印时间 {when(data.printed_at)}"
    doc.build(story, canvasmaker=numbered(footer, font))


def _details(data: AcknowledgementData, font: str) -> Table:
    label_w = 22 * mm
    half = (CONTENT_WIDTH - 4 * mm) / 2

    def block(rows: list[tuple[str, str, bool]]) -> Table:
        cells = [[CellText(label, font), CellText(value or "—", font, wrap=wrap)] for label, value, wrap in rows]
        return Table(cells, colWidths=[label_w, half - label_w], style=table_style(("BACKGROUND", (0, 0), (0, -1), HEAD_BG)))

    donor = block([
        ("捐赠方", data.donor_name, True),
        ("类型", DONOR_KIND_ZH.get(data.donor_kind, data.donor_kind), True),
        ("联系人", data.contact, True),
        ("电话", data.phone, False),
        ("地址", data.address, True),
    ])
    receipt = block([
        ("入库单号", data.receipt_number, False),
        ("接收日期", f"{data.received_on:%Y-%m-%d}", False),
        ("来货箱数", f"{data.cartons} 箱", False),
        ("件套总数", f"{sum(c.item_sets for c in data.counts)} 件套", False),
        ("接收工作站", data.station, True),
    ])
    table = Table([[donor, "", receipt]], colWidths=[half, CONTENT_WIDTH - 2 * half, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *((p, (0, 0), (-1, -1), 0) for p in PADDINGS)]))
    return table


_COLUMNS = (("类别", 50, "left"), ("件套数", 30, "right"), ("件数", 30, "right"), ("其中全新", 30, "right"),
            ("其中旧物", 30, "right"))


def _counts(counts: Sequence[CategoryCount], font: str) -> Table:
    header = [CellText(title, font, align="center") for title, _, _ in _COLUMNS]
    rows = [[CellText(v, font, align=a) for v, (_, _, a) in zip(
        (CATEGORY_ZH[c.category], str(c.item_sets), str(c.pieces), str(c.new), str(c.used)), _COLUMNS, strict=True)]
        for c in counts]
    if not rows:
        rows = [[CellText("（尚未登记件套）", font, align="center"), "", "", "", ""]]
    total = ["合计", *(str(sum(getattr(c, f) for c in counts)) for f in ("item_sets", "pieces", "new", "used"))]
    rows.append([CellText(v, font, align=a) for v, (_, _, a) in zip(total, _COLUMNS, strict=True)])
    widths = [w * mm for _, w, _ in _COLUMNS]
    widths[0] += CONTENT_WIDTH - sum(widths)
    commands = [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("BACKGROUND", (0, -1), (-1, -1), HEAD_BG)]
    if not counts:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    return Table([header, *rows], colWidths=widths, style=table_style(*commands, vpad=4))


def _signatures(font: str) -> Table:
    """Left: the warehouse (clerk, seal, date); right: the donor's representative and date."""
    half = CONTENT_WIDTH / 2
    label = 30 * mm

    def side(title: str, lines: list[str]) -> Table:
        rows = [[CellText(title, font, 11), ""]] + [[CellText(text, font, 10), ""] for text in lines]
        return Table(rows, colWidths=[label, half - label - 8 * mm], rowHeights=[8 * mm] + [12 * mm] * len(lines),
                     style=TableStyle([
                         ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                         ("SPAN", (0, 0), (-1, 0)),
                         ("LINEBELOW", (1, 1), (1, -1), 0.7, colors.black),
                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                     ]))

    warehouse = side("接收方（仓库）", ["经办人（签字）", "单位（盖章）", "日期"])
    donor = side("捐赠方", ["代表（签字）", "单位（盖章）", "日期"])
    table = Table([[warehouse, donor]], colWidths=[half, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *((p, (0, 0), (-1, -1), 0) for p in PADDINGS)]))
    return table
