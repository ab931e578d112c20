"""Badges (工牌): an A4 sheet of ID-card-sized badges, one per person, to cut out and scan at sign-in.

Each badge is 85.6 × 54 mm (ISO/IEC 7810 ID-1, so it fits a standard badge holder), ten to a page in two
columns with thin cut lines: the drive's name, the person's display name (a long one smaller, on two
lines: :func:`name_layout`), their role in Chinese, and a Code 128 symbol of their badge code
(``PE00001…``, ``domain.identifiers``) with the code in text below.
Modules are 1/75 inch, a whole number of dots at 150, 300 and 600 dpi, like the command sheet's.
"""

from __future__ import annotations

import math
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
_BAR_BOTTOM = 7 * mm  # above the badge's bottom edge, like the other distances here
_TITLE_BASELINE = BADGE_H - 6 * mm
NAME_WIDTH = BADGE_W - 8 * mm  # a line of the name is at most this wide: 4 mm clear of either edge
_NAME_PT = 20  # the size of a name that fits on one line at it
_ONE_LINE_MIN_PT = 14  # a name that would be smaller on one line goes on two, of at most this size
_LEADING = 1.15  # baseline to baseline, in font sizes
_ROLE_PT = 10
_ROLE_GAP = 5.5 * mm  # from the name's last baseline to the role's


@dataclass(frozen=True)
class BadgeData:
    """One badge: the display name, the role in Chinese (``documents.terms.ROLE_ZH``), the badge code."""

    name: str
    role_zh: str
    code: str


@dataclass(frozen=True)
class NameLayout:
    """How a display name is set on a badge: ``lines`` (one or two) at ``size`` (pt), centred; the first
    baseline ``baselines[0]`` and the next ones below it (pt above the badge's bottom edge), and the role's
    baseline ``role_baseline`` below the last."""

    size: float
    lines: tuple[str, ...]
    baselines: tuple[float, ...]
    role_baseline: float


def name_layout(name: str, font: str) -> NameLayout:
    """Set ``name`` (a display name, ``domain.roles.clean_name``) in ``font`` so that every line is at most
    :data:`NAME_WIDTH` wide, never clipped and clear of the role and the barcode below it.

    One line at up to 20 pt, while it fits at 14 pt or more; otherwise two lines as even in width as
    possible — split at a space when the name has one (the space dropped), else between any two
    characters — at the size at which the wider fits, at most 14 pt, in tenths of a point. Any name of 40
    characters (``domain.roles.NAME_LIMIT``) fits at 10.9 pt or more; a longer or wider one is set smaller
    still rather than run off the badge (a CJK character is 1 em wide, the font's widest).
    """
    size = _fitting(name, font, _NAME_PT)
    if size >= _ONE_LINE_MIN_PT:
        lines: tuple[str, ...] = (name,)
    else:
        splits = [i for i, c in enumerate(name) if c == " "] or range(1, len(name))
        lines = min(((name[:i].rstrip(), name[i:].lstrip()) for i in splits),
                    key=lambda pair: max(stringWidth(line, font, 1) for line in pair))
        size = min(_fitting(line, font, _ONE_LINE_MIN_PT) for line in lines)
    first = _TITLE_BASELINE - size - 1 * mm
    baselines = tuple(first - n * size * _LEADING for n in range(len(lines)))
    return NameLayout(size, lines, baselines, baselines[-1] - _ROLE_GAP)


def _fitting(text: str, font: str, largest: float) -> float:
    """The size (pt, at most ``largest``, in tenths of a point) at which ``text`` is :data:`NAME_WIDTH` wide
    or less."""
    width = stringWidth(text, font, 1)
    return largest if width * largest <= NAME_WIDTH else math.floor(10 * NAME_WIDTH / width) / 10


def _badge(canvas: Canvas, font: str, x: float, y: float, badge: BadgeData) -> None:
    """One badge with its bottom-left corner at (x, y), in points."""
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 2)
    canvas.rect(x, y, BADGE_W, BADGE_H, stroke=1, fill=0)  # the cut line
    canvas.setDash()
    middle = x + BADGE_W / 2
    canvas.setFont(font, 8)
    canvas.drawCentredString(middle, y + _TITLE_BASELINE, "百千万爱心聪盟 · 仓储物流工牌")
    layout = name_layout(badge.name, font)
    canvas.setFont(font, layout.size)
    for line, baseline in zip(layout.lines, layout.baselines):
        canvas.drawCentredString(middle, y + baseline, line)
    canvas.setFont(font, _ROLE_PT)
    canvas.drawCentredString(middle, y + layout.role_baseline, badge.role_zh)
    bars = len(code128_modules(badge.code)) * SLIP_MODULE_PT
    draw_code128(canvas, middle - bars / 2, y + _BAR_BOTTOM, badge.code, module_pt=SLIP_MODULE_PT,
                 height_pt=_BAR_HEIGHT)
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
