"""The return note (退货单): an A4 page that goes with a failed item set given back to its donor.

Top to bottom: title and note number, the donor, the item set (code, category, description, size,
pieces, inbound carton), why it failed inspection (reason, note, inspector, station, time), the
return itself (who, when, note) and the signature lines (warehouse clerk, donor's receipt, date).
All text in the embedded CJK font; codes never wrap (see ``packing_slip.CellText``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.catalogue import Category, NonconformanceReason
from .fonts import register_cjk_font
from .packing_slip import CellText
from .terms import CATEGORY_ZH

_MARGIN = 15 * mm
_FRAME_PAD = 6  # SimpleDocTemplate's frame pads its content by 6 pt on each side
_GRID = colors.HexColor("#808080")
_HEAD_BG = colors.HexColor("#E6E6E6")

#: nonconformance reasons as printed (shared/GLOSSARY.md)
REASON_ZH = {
    NonconformanceReason.DAMAGED: "破损",
    NonconformanceReason.STAINED: "污渍",
    NonconformanceReason.UNSAFE: "安全隐患",
    NonconformanceReason.EXPIRED: "过期",
    NonconformanceReason.INCOMPLETE: "不成套",
    NonconformanceReason.WRONG_CATEGORY: "类别不符",
}


@dataclass(frozen=True)
class ReturnNoteData:
    """Everything the return note prints; times are aware datetimes, printed in local time.

    ``number`` is the note's own number (``TH`` + the disposition's serial, e.g. ``TH000003``).
    """

    number: str
    donor: str
    code: str
    category: Category
    description: str
    size: str
    pieces: int
    carton_code: str
    reason: NonconformanceReason
    inspection_note: str
    inspector: str
    inspection_station: str
    failed_at: datetime
    returned_by: str
    returned_station: str
    returned_at: datetime
    return_note: str
    printed_at: datetime
    drive_name: str = "百千万爱心聪盟"


def when(moment: datetime | None) -> str:
    """A time as printed on our documents: local wall-clock time to the minute, "—" for none."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


def _style(*commands: tuple) -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            *commands,
        ]
    )


def render_return_note(data: ReturnNoteData, out: str | os.PathLike | BinaryIO) -> int:
    """Write the return note as a one-page A4 PDF to ``out`` (a path or a binary file); returns 1 (pages).

    :raises FontUnavailable: the CJK font cannot be used.
    """
    font = register_cjk_font()
    width = A4[0] - 2 * _MARGIN
    doc = SimpleDocTemplate(
        os.fspath(out) if isinstance(out, os.PathLike) else out,
        pagesize=A4,
        leftMargin=_MARGIN - _FRAME_PAD,
        rightMargin=_MARGIN - _FRAME_PAD,
        topMargin=_MARGIN - _FRAME_PAD,
        bottomMargin=_MARGIN - _FRAME_PAD,
        title=f"退货单 {data.number}",
        author=data.drive_name,
        creator="BQW Desktop",
    )
    label_w = 28 * mm

    def block(title: str, rows: list[tuple[str, str, bool]]) -> Table:
        cells = [[CellText(title, font, 11), ""]]
        cells += [[CellText(label, font), CellText(value, font, wrap=wrap)] for label, value, wrap in rows]
        return Table(
            cells,
            colWidths=[label_w, width - label_w],
            style=_style(("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), _HEAD_BG),
                         ("BACKGROUND", (0, 1), (0, -1), _HEAD_BG)),
        )

    heading = Table(
        [[CellText("退货单", font, 22), CellText(f"编号 {data.number}", font, 12, align="right", wrap=False)],
         [CellText(f"{data.drive_name} · 质检不合格件套退回捐赠方", font, 11), ""]],
        colWidths=[width * 0.6, width * 0.4],
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("SPAN", (0, 1), (-1, 1)),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
    )
    story = [
        heading,
        Spacer(0, 5 * mm),
        block("捐赠方", [("捐赠方", data.donor, True)]),
        Spacer(0, 4 * mm),
        block("退回件套", [
            ("件套编号", data.code, False),
            ("类别", CATEGORY_ZH[data.category], True),
            ("品名", data.description, True),
            ("规格/尺码", data.size or "—", True),
            ("件数", str(data.pieces), False),
            ("来货箱", data.carton_code, False),
        ]),
        Spacer(0, 4 * mm),
        block("质检结果：不合格", [
            ("不合格原因", REASON_ZH[data.reason], True),
            ("质检备注", data.inspection_note or "—", True),
            ("质检员", data.inspector, True),
            ("工作站", data.inspection_station, False),
            ("质检时间", when(data.failed_at), False),
        ]),
        Spacer(0, 4 * mm),
        block("处置：退回捐赠方", [
            ("经办人", data.returned_by, True),
            ("工作站", data.returned_station, False),
            ("退回时间", when(data.returned_at), False),
            ("备注", data.return_note or "—", True),
            ("打印时间", when(data.printed_at), False),
        ]),
        Spacer(0, 10 * mm),
        _signatures(font, width, ("仓库经办人（签字）", "捐赠方签收（签字）")),
    ]
    doc.build(story)
    return 1


def _signatures(font: str, width: float, who: tuple[str, ...]) -> Table:
    """One signature line and one date line per signer."""
    rows = [[CellText(name, font, 10), "", CellText("日期", font, 10, align="right"), ""] for name in who]
    return Table(
        rows,
        colWidths=[42 * mm, width - 42 * mm - 60 * mm, 14 * mm, 46 * mm],
        rowHeights=12 * mm,
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.7, colors.black),
                ("LINEBELOW", (3, 0), (3, -1), 0.7, colors.black),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        ),
    )
