"""The return note (退货单): an A4 page that goes with a failed item set given back to its donor.

Top to bottom: title and note number, the donor, the item set (code, category, description, size,
pieces, inbound carton), why it failed inspection (reason, note, inspector, station, time), the
return itself (who, when, note) and the signature lines (warehouse clerk, donor's receipt, date).
All text in the embedded CJK font; codes never wrap (see ``a4.CellText``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from ..domain.catalogue import Category, NonconformanceReason
from .a4 import CONTENT_WIDTH, HEAD_BG, CellText, Output, a4_document, signature_lines, when
from .a4 import table_style as _style
from .fonts import register_cjk_font
from .terms import CATEGORY_ZH, REASON_ZH


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


def render_return_note(data: ReturnNoteData, out: Output) -> int:
    """Write the return note as a one-page A4 PDF to ``out`` (a path or a binary file); returns 1 (pages).

    :raises FontUnavailable: the CJK font cannot be used.
    """
    font = register_cjk_font()
    width = CONTENT_WIDTH
    doc = a4_document(out, title=f"退货单 {data.number}", author=data.drive_name, footer=False)
    label_w = 28 * mm

    def block(title: str, rows: list[tuple[str, str, bool]]) -> Table:
        cells = [[CellText(title, font, 11), ""]]
        cells += [[CellText(label, font), CellText(value, font, wrap=wrap)] for label, value, wrap in rows]
        return Table(
            cells,
            colWidths=[label_w, width - label_w],
            style=_style(("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                         ("BACKGROUND", (0, 1), (0, -1), HEAD_BG)),
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
        signature_lines(font, width, ("仓库经办人（签字）", "捐赠方签收（签字）"), row_height_mm=12),
    ]
    doc.build(story)
    return 1

