"""Badges: a name of up to 40 characters stays on the badge, clear of the role and the barcode."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from bqw_desktop.documents import badges
from bqw_desktop.documents.badges import BADGE_H, BADGE_W, NAME_WIDTH, BadgeData, name_layout, render_badges
from bqw_desktop.documents.fonts import register_cjk_font
from bqw_desktop.domain.roles import NAME_LIMIT

#: names of :data:`NAME_LIMIT` characters, the widest glyphs of the font among them, and a shorter long one
LONG_NAMES = ["欧阳" * (NAME_LIMIT // 2), "W" * NAME_LIMIT, "Ｗ" * NAME_LIMIT, "Maximilian Alexander von Habsburg-Lothringen",
              "Anna-Maria Wwwwwwwwwwwwwwwwwwwwwwwwwwwwww", "欧阳娜娜娜娜娜娜娜娜娜娜娜娜娜娜"]


@pytest.mark.parametrize("name", [*LONG_NAMES, "张伟", "i" * 40])
def test_every_line_of_a_name_fits_clear_of_the_role_and_the_barcode(name):
    font = register_cjk_font()
    layout = name_layout(name, font)
    assert 1 <= len(layout.lines) <= 2 and 9 <= layout.size <= 20
    assert all(stringWidth(line, font, layout.size) <= NAME_WIDTH for line in layout.lines)
    assert (" " if " " in name else "").join(layout.lines) == name  # split at a space when there is one
    assert layout.baselines[0] + layout.size < BADGE_H - 6 * mm  # below the title's baseline
    bar_top = badges._BAR_BOTTOM + badges._BAR_HEIGHT
    assert layout.role_baseline - 0.25 * badges._ROLE_PT > bar_top  # the role's descenders above the bars


def test_a_short_name_is_one_large_line_a_long_one_two_smaller():
    font = register_cjk_font()
    assert (name_layout("张伟", font).lines, name_layout("张伟", font).size) == (("张伟",), 20)
    assert name_layout("欧阳" * 20, font).lines == ("欧阳" * 10, "欧阳" * 10)
    assert name_layout("Maximilian Alexander von Habsburg", font).lines == ("Maximilian Alexander", "von Habsburg")


def test_the_printed_names_lie_inside_their_badges(tmp_path):
    """Read back from the PDF: every text's box (width from the font) inside the badge it is on."""
    font = register_cjk_font()
    out = tmp_path / "badges.pdf"
    render_badges([BadgeData(name, "质检员", f"PE{n:05d}") for n, name in enumerate(LONG_NAMES, 1)], out)
    width, height = A4
    left, top = (width - 2 * BADGE_W) / 2, (height + 5 * BADGE_H) / 2
    texts = []
    PdfReader(out).pages[0].extract_text(visitor_text=lambda text, cm, tm, font_dict, size: texts.append(
        (text.strip(), tm[4], tm[5], size)) if text.strip() else None)
    printed = "".join(text for text, *_ in texts)
    assert all(name.replace(" ", "") in printed.replace(" ", "") for name in LONG_NAMES)
    for text, x, y, size in texts:
        column, row = int((x - left) // BADGE_W), int((top - y) // BADGE_H)
        badge_left, badge_bottom = left + column * BADGE_W, top - (row + 1) * BADGE_H
        assert badge_left < x and x + stringWidth(text, font, size) < badge_left + BADGE_W, text
        assert badge_bottom < y - 0.25 * size and y + size < badge_bottom + BADGE_H, text
