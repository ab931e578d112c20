"""Code 128 symbols as vector bars for reportlab.

Rules (shared/TRAPS.md, "Barcodes"): only printable ASCII is accepted (case C02; reportlab's own
Code128 silently drops other characters); bars are vector rectangles, never an embedded bitmap; a
module is a whole number of printer dots; callers keep a quiet zone of at least
:data:`QUIET_ZONE_MODULES` modules on each side. python-barcode has mis-encoded some values in some
versions, so every pattern is decoded back here before it is used.
"""

from __future__ import annotations

import re

import barcode
from barcode.charsets import code128 as _charset
from reportlab.pdfgen.canvas import Canvas

#: blank modules each side of the bars (ISO/IEC 15417 asks for 10)
QUIET_ZONE_MODULES = 10

_ALLOWED_HINT = "条码只能包含英文字母、数字和常用符号（ASCII 32–126）"
_SYMBOLS = {pattern: value for value, pattern in enumerate(_charset.CODES)}
_STOP = _charset.STOP + "11"  # python-barcode appends the final two-module bar to STOP
_START = {103: "A", 104: "B", 105: "C"}
_BARS = re.compile("1+")


class _Code128(barcode.Code128):
    """python-barcode 0.16 takes a leading digit pair "99" (symbol 99) for a charset switch and drops it."""

    def _try_to_optimize(self, encoded: list[int]) -> list[int]:
        return encoded if self.code[:2].isdigit() else super()._try_to_optimize(encoded)


class BarcodeValueError(ValueError):
    """A value that cannot be printed as our Code 128 barcode; ``str(exc)`` is a zh_CN message.

    :ivar value: the refused value, as given.
    """

    def __init__(self, value: str, message: str) -> None:
        super().__init__(message)
        self.value = value


def check_code128(value: str) -> None:
    """Accept ``value`` for Code 128 or raise; call it where codes are entered (case C02).

    :raises BarcodeValueError: ``value`` is empty or has a character outside printable ASCII
        (0x20–0x7E), e.g. “仓A-01”. The zh_CN message names the allowed characters and the bad ones.
    """
    if not value:
        raise BarcodeValueError(value, f"条码内容为空。{_ALLOWED_HINT}。")
    bad = dict.fromkeys(ch for ch in value if not " " <= ch <= "~")
    if bad:
        def visible(ch: str) -> str:  # control characters would vanish from the message
            return ch if ch.isprintable() else f"U+{ord(ch):04X}"

        shown = "、".join(f"“{visible(ch)}”" for ch in bad)
        raise BarcodeValueError(value, f"{_ALLOWED_HINT}：“{''.join(map(visible, value))}”中的 {shown} 不能用于条码。")


def code128_modules(value: str) -> str:
    """Return the Code 128 module pattern of ``value``: ``'1'`` bar, ``'0'`` space, one char per module.

    Includes start, check and stop symbols, excludes quiet zones. The pattern is decoded back and
    compared with ``value`` before it is returned.

    :raises BarcodeValueError: as :func:`check_code128`.
    :raises RuntimeError: python-barcode produced a pattern that does not read back as ``value``.
    """
    check_code128(value)
    pattern = _Code128(value).build()[0]  # a fresh object: Code128 keeps charset state between builds
    if _decode(pattern) != value:
        raise RuntimeError(f"python-barcode mis-encoded {value!r} as Code 128; refusing to print it")
    return pattern


def module_width_pt(dpi: int, dots: int) -> float:
    """Width in points (1/72 in) of a module ``dots`` printer dots wide at ``dpi`` dots per inch.

    E.g. ``module_width_pt(203, 2)`` = 0.709 pt = 0.25 mm; ``module_width_pt(300, 3)`` = 0.254 mm.
    A whole number of dots keeps every bar the same width on a thermal printer.

    :raises ValueError: ``dpi`` or ``dots`` is not a positive integer.
    """
    if not (isinstance(dpi, int) and isinstance(dots, int) and dpi > 0 and dots > 0):
        raise ValueError(f"dpi and dots must be positive integers, got {dpi!r}, {dots!r}")
    return dots * 72 / dpi


def draw_code128(
    canvas: Canvas, x_pt: float, y_pt: float, value: str, *, module_pt: float, height_pt: float
) -> float:
    """Draw the bars of ``value`` with their bottom-left corner at (``x_pt``, ``y_pt``) and return their width.

    All lengths are points. Each run of bar modules is one filled rectangle in a single path, so the
    symbol stays vector at any printer resolution. The quiet zones (:data:`QUIET_ZONE_MODULES` ×
    ``module_pt`` each side) are not drawn: the caller keeps them blank.

    :raises BarcodeValueError: as :func:`check_code128`.
    """
    pattern = code128_modules(value)
    path = canvas.beginPath()
    for run in _BARS.finditer(pattern):
        path.rect(x_pt + run.start() * module_pt, y_pt, (run.end() - run.start()) * module_pt, height_pt)
    canvas.drawPath(path, stroke=0, fill=1)
    return len(pattern) * module_pt


def _decode(pattern: str) -> str | None:
    """Read a module pattern back to text (printable-ASCII subset of Code 128); ``None`` if malformed."""
    if not pattern.endswith(_STOP) or (len(pattern) - len(_STOP)) % 11:
        return None
    body = pattern[: -len(_STOP)]
    try:
        values = [_SYMBOLS[body[i : i + 11]] for i in range(0, len(body), 11)]
    except KeyError:
        return None
    *data, check = values
    if not data or data[0] not in _START or check != (data[0] + sum(i * v for i, v in enumerate(data[1:], 1))) % 103:
        return None
    charset, text = _START[data[0]], []
    for v in data[1:]:
        if charset == "C" and v < 100:
            text.append(f"{v:02d}")
        elif v == 99 and charset != "C" or v == 100 and charset != "B" or v == 101 and charset != "A":
            charset = {99: "C", 100: "B", 101: "A"}[v]
        elif charset != "C" and v < (64 if charset == "A" else 96):
            text.append(chr(v + 32))
        else:
            return None  # control characters, FNC and SHIFT never come from printable-ASCII values
    return "".join(text)
