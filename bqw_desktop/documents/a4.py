"""What every A4 document shares: page geometry, table style, cell text, page numbers, times, signatures.

Used by the packing slip, the inspection report, the return note and the handover manifest, so the
documents look alike and a fix (wrapping, page numbers) is made once. All sizes are points unless
named ``*_mm``; 1 mm = 2.835 pt. Text is drawn in the embedded CJK font (case C03).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from datetime import datetime
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

MARGIN = 15 * mm  # page edge to the content (tables, footer)
FRAME_PAD = 6  # SimpleDocTemplate's frame pads its content by 6 pt on each side
FOOTER_ROOM = 5 * mm  # extra bottom margin on documents with a page-number footer
GRID = colors.HexColor("#808080")
HEAD_BG = colors.HexColor("#E6E6E6")
PADDINGS = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
BODY_PT = 9.0
#: the width between the margins, in points
CONTENT_WIDTH = A4[0] - 2 * MARGIN

_LEADING = 1.25  # line height per point of font size
_MIN_PT = 5.0
_DESCENT = 0.24  # WenQuanYi's descent per point of size: kept below the baseline inside the line
# a run of printable ASCII without spaces is never split; a CJK closing mark stays with what precedes it
_TOKENS = re.compile(r"(?:[!-~]+|[^\s!-~])[，。、；：？！）》」』】”’]*|\s+")

Output = str | os.PathLike | BinaryIO


def when(moment: datetime | None) -> str:
    """A time as printed on our documents: local wall-clock time to the minute, "—" for none.

    Aware times are converted to the station's zone; naive ones are taken as local already.
    """
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


def table_style(*commands: tuple, vpad: float = 2.5) -> TableStyle:
    """Grid, 3 pt side padding, ``vpad`` pt top/bottom padding and middle alignment, plus ``commands``."""
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), vpad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), vpad),
            *commands,
        ]
    )


def a4_document(out: Output, *, title: str, author: str, footer: bool = True) -> SimpleDocTemplate:
    """A portrait A4 doc template whose content sits :data:`MARGIN` from the edges.

    :param footer: leave :data:`FOOTER_ROOM` more at the bottom for :class:`NumberedCanvas`'s footer.
    """
    return SimpleDocTemplate(
        os.fspath(out) if isinstance(out, os.PathLike) else out,  # reportlab takes str or a file only
        pagesize=A4,
        leftMargin=MARGIN - FRAME_PAD,
        rightMargin=MARGIN - FRAME_PAD,
        topMargin=MARGIN - FRAME_PAD,
        bottomMargin=MARGIN + (FOOTER_ROOM if footer else 0) - FRAME_PAD,
        title=title,
        author=author,
        creator="BQW Desktop",
    )


class NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say "第 x 页 / 共 y 页".

    Use as ``doc.build(story, canvasmaker=numbered(footer, font))``; the footer text is printed on the
    left, 10 mm above the bottom edge, the page numbers on the right, 8 pt.
    """

    def __init__(self, *args, footer: str, font: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._footer, self._font, self._pages = footer, font, []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.setFont(self._font, 8)
            self.setFillColor(colors.black)
            self.drawString(MARGIN, 10 * mm, self._footer)
            self.drawRightString(A4[0] - MARGIN, 10 * mm, f"第 {number} 页 / 共 {len(self._pages)} 页")
            super().showPage()
        super().save()


def numbered(footer: str, font: str):  # noqa: ANN201 - a reportlab canvasmaker
    """A canvasmaker for ``doc.build`` that prints ``footer`` and the page numbers on every page."""
    return lambda *a, **kw: NumberedCanvas(*a, footer=footer, font=font, **kw)


class CellText(Flowable):
    """Text that fits the width it is given (a table cell): no overflow, numbers never split.

    Lines break between CJK characters and at spaces, never inside a run of ASCII letters, digits
    and punctuation (tracking numbers, phone numbers, codes). If the longest such run is wider than
    the cell, the font shrinks until it fits (case C04). ``wrap=False`` keeps all the text on one
    line and shrinks it instead. Sizes are points.
    """

    def __init__(
        self, text: str, font: str, size: float = BODY_PT, *, align: str = "left", wrap: bool = True
    ) -> None:
        super().__init__()
        self.text, self.font, self.base_size, self.align, self.wrap_lines = text, font, size, align, wrap
        self.size, self.lines = size, [text]
        self._wrapped_for: float | None = None  # the width of the last wrap (a Table wraps a cell 2–3 times)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width != self._wrapped_for:
            self._lay_out(avail_width)
            self._wrapped_for = avail_width
        self.width, self.height = avail_width, len(self.lines) * self.size * _LEADING
        return self.width, self.height

    def _lay_out(self, avail_width: float) -> None:
        """Set :attr:`size` (pt) and :attr:`lines` for a cell ``avail_width`` pt wide."""
        self.size = self.base_size
        # most cells fit on one line as they are: no token is wider than the whole text, and no
        # prefix is, so the shrinking and breaking below would change nothing (sums of widths ≥ 0)
        if (stringWidth(self.text, self.font, 1) * self.size <= avail_width
                and stringWidth(self.text, self.font, self.size) <= avail_width):
            self.lines = [self.text.strip() if self.wrap_lines else self.text.rstrip()]
            return
        tokens = _TOKENS.findall(self.text) if self.wrap_lines else [self.text]
        widest = max((stringWidth(t, self.font, 1) for t in tokens), default=0)
        # shrink in half points for the longest unbreakable piece; below _MIN_PT, whatever it takes
        while widest * self.size > avail_width and self.size > _MIN_PT:
            self.size -= 0.5
        if widest * self.size > avail_width:
            self.size = avail_width / widest
        self.lines = self._break(tokens, avail_width)

    def _break(self, tokens: list[str], width: float) -> list[str]:
        lines, line = [], ""
        for token in tokens:
            if line and stringWidth(line + token, self.font, self.size) > width:
                lines.append(line.rstrip())
                line = ""
            if line or not token.isspace():  # a line never starts with a space
                line += token
        return [*lines, line.rstrip()]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802,N803 - reportlab's names
        """Draw the lines with the cell's bottom-left corner at (``x``, ``y``) pt.

        Unlike :meth:`Flowable.drawOn` there is no save/translate/restore of the graphics state around
        each cell (a 500-line slip has 4,000 cells): the strings are placed at absolute positions, and
        the font is set only when the canvas is not in it already.
        """
        x, leading = self._hAlignAdjust(x, _sW), self.size * _LEADING
        if (canvas._fontname, canvas._fontsize) != (self.font, self.size):  # reportlab keeps them per state
            canvas.setFont(self.font, self.size)
        for i, line in enumerate(self.lines):
            base = y + self.height - (i + 1) * leading + (leading - self.size) / 2 + _DESCENT * self.size
            if self.align == "right":
                canvas.drawRightString(x + self.width, base, line)
            elif self.align == "center":
                canvas.drawCentredString(x + self.width / 2, base, line)
            else:
                canvas.drawString(x, base, line)


def signature_lines(font: str, width: float, who: Sequence[str], row_height_mm: float = 10) -> Table:
    """One row per signer: the name, a line to sign on, "日期" and a line for the date.

    :param width: the table's width in points; the signer's name gets 42 mm, the date 60 mm.
    """
    rows = [[CellText(name, font, 10), "", CellText("日期", font, 10, align="right"), ""] for name in who]
    return Table(
        rows,
        colWidths=[42 * mm, width - 42 * mm - 60 * mm, 14 * mm, 46 * mm],
        rowHeights=row_height_mm * mm,
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
