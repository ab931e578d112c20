"""The one CJK font every printed document uses, embedded in the PDF.

reportlab's CID fonts (``STSong-Light``) are not embedded and its ``TTFont`` cannot read CFF/OpenType
outlines, so we ship WenQuanYi Micro Hei (TrueType outlines, Latin and Chinese in one face) and
embed it (shared/TRAPS.md, "PDFs with Chinese"; case C03).
"""

from __future__ import annotations

import functools

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource_path

FONT_RESOURCE = "fonts/wqy-microhei.ttc"
FONT_NAME = "WenQuanYiMicroHei"
#: characters the font must map; a Latin-only font at the path would print Chinese as blobs
_PROBE = "装箱单张伟收货点0A…"


class FontUnavailable(RuntimeError):
    """The shipped CJK font is missing, unreadable or has no Chinese glyphs (an installation fault)."""


@functools.cache
def register_cjk_font() -> str:
    """Register the shipped CJK font with reportlab once and return its reportlab font name.

    Reads ``resources/fonts/wqy-microhei.ttc`` (subfont 0). The result is cached, so calling it
    before every document costs nothing; a failure is not cached.

    :raises FontUnavailable: the file is missing, is not a TrueType font reportlab can embed, or
        lacks Chinese glyphs. Never falls back to another font (case C03).
    """
    path = resource_path(FONT_RESOURCE)
    if not path.is_file():
        raise FontUnavailable(f"CJK font not found: {path}. Reinstall BQW Desktop; documents cannot be printed.")
    try:
        font = TTFont(FONT_NAME, str(path), subfontIndex=0)
    except Exception as exc:  # reportlab raises TTFError, struct.error, ... for a damaged file
        raise FontUnavailable(f"CJK font {path} cannot be used: {exc}") from exc
    missing = [ch for ch in _PROBE if ord(ch) not in font.face.charToGlyph]
    if missing:
        raise FontUnavailable(f"CJK font {path} has no glyphs for {''.join(missing)!r}.")
    pdfmetrics.registerFont(font)
    return FONT_NAME
