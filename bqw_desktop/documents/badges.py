"""Badges (工牌): an A4 sheet of ID-card-sized badges, one per person, to cut out and scan at sign-in.

Each badge is 85.6 × 54 mm (ISO/IEC 7810 ID-1, so it fits a standard badge holder), ten to a page in two
columns with thin cut lines: the drive's name, the person's display name, their role in Chinese, and a
Code 128 symbol of their badge code (``PE00001…``, ``domain.identifiers``) with the code in text below.
Modules are 1/75 inch, a whole number of dots at 150, 300 and 600 dpi, like the command sheet's.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .barcodes import code128_modules, draw_code128
from .fonts import register_cjk_font
from .packing_slip import SLIP_MODULE_PT

BADGE_W, BADGE_H = 85.6 * mm, 54 * mm  # ISO/IEC 7810 ID-1
_COLUMNS, _ROWS = 2, 5
_BAR_HEIGHT = 13 * mm
_NAME_PT = 20


@dataclass(frozen=True)
class BadgeData:
    """One badge: the display name, the role in Chinese (``documents.terms.ROLE_ZH``), the badge code."""

    name: str
    role_zh: str
    code: str


def _badge(canvas: Canvas, font: str, x: float, y: float, badge: BadgeData) -> None:
    """One badge with its bottom-left corner at (x, y), in points."""
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 2)
    canvas.rect(x, y, BADGE_W, BADGE_H, stroke=1, fill=0)  # the cut line
    canvas.setDash()
    middle = x + BADGE_W / 2
    canvas.setFont(font, 8)
    canvas.drawCentredString(middle, y + BADGE_H - 6 * mm, "百千万爱心聪盟 · 仓储物流工牌")
    size = _NAME_PT
    while size > 10 and stringWidth(badge.name, font, size) > BADGE_W - 8 * mm:
        size -= 1  # a long name is set smaller, never clipped
    canvas.setFont(font, size)
    canvas.drawCentredString(middle, y + BADGE_H - 6 * mm - size - 1 * mm, badge.name)
    canvas.setFont(font, 10)
    canvas.drawCentredString(middle, y + BADGE_H - 6 * mm - size - 6.5 * mm, badge.role_zh)
    bars = len(code128_modules(badge.code)) * SLIP_MODULE_PT
    draw_code128(canvas, middle - bars / 2, y + 7 * mm, badge.code, module_pt=SLIP_MODULE_PT, height_pt=_BAR_HEIGHT)
    canvas.setFont(font, 8)
    canvas.drawCentredString(middle, y + 3 * mm, badge.code)


def render_badges(badges: Sequence[BadgeData], out: str | os.PathLike | BinaryIO) -> int:
    """Write ``badges`` to ``out`` (A4 portrait, ten a page) and return the number of pages.

    :raises ValueError: no badges.
    :raises BarcodeValueError: a code Code 128 cannot carry (not one of ours).
    """
    if not badges:
        raise ValueError("no badges to print")
    font = register_cjk_font()
    width, height = A4
    left = (width - _COLUMNS * BADGE_W) / 2
    top = (height + _ROWS * BADGE_H) / 2
    canvas = Canvas(os.fspath(out) if isinstance(out, os.PathLike) else out, pagesize=A4)
    canvas.setTitle("工牌")
    per_page = _COLUMNS * _ROWS
    pages = 0
    for first in range(0, len(badges), per_page):
        for n, badge in enumerate(badges[first:first + per_page]):
            row, column = divmod(n, _COLUMNS)
            _badge(canvas, font, left + column * BADGE_W, top - (row + 1) * BADGE_H, badge)
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages
