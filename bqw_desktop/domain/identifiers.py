"""Identifiers printed on labels: short, ASCII, Code 128-safe, with an ISO 7064 check character.

Shape: a two-letter prefix naming the kind, a zero-padded serial number, and one check character
computed with ISO 7064 MOD 37-2 (python-stdnum) over prefix and serial, e.g. ``IS000001L``.
MOD 37-2 detects every single wrong character and every swap of two adjacent characters, so a
mistyped code is refused instead of naming another item.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from stdnum.exceptions import ValidationError
from stdnum.iso7064 import mod_37_2

from .errors import QT_TRANSLATE_NOOP, InvalidCode


class CodeKind(enum.Enum):
    """What an identifier names; the value is its prefix."""

    ITEM_SET = "IS"
    CARTON = "CT"
    SHIPMENT = "SH"
    PACKAGE = "PK"  # a box inside a shipment (包裹), printed on its 100×150 mm label
    BADGE = "PE"  # a person's badge (工牌), scanned to sign in at a station
    CHILD = "CH"  # a child's pseudonymous code (受助儿童, issue 12): never a name
    WISH = "WS"  # a micro-wish (微心愿), printed on its wish card


#: digits of the serial number per kind (IS: room for the 100x drive, 189,600 item sets; CH and WS: for
#: 1,000,000 wishes, the 100x drive's)
SERIAL_DIGITS = {CodeKind.ITEM_SET: 6, CodeKind.CARTON: 5, CodeKind.SHIPMENT: 5, CodeKind.PACKAGE: 6, CodeKind.BADGE: 5,
                 CodeKind.CHILD: 7, CodeKind.WISH: 7}

KIND_LABELS = {
    CodeKind.ITEM_SET: QT_TRANSLATE_NOOP("term", "an item-set code"),
    CodeKind.CARTON: QT_TRANSLATE_NOOP("term", "a carton code"),
    CodeKind.SHIPMENT: QT_TRANSLATE_NOOP("term", "a shipment code"),
    CodeKind.PACKAGE: QT_TRANSLATE_NOOP("term", "a package code"),
    CodeKind.BADGE: QT_TRANSLATE_NOOP("term", "a badge"),
    CodeKind.CHILD: QT_TRANSLATE_NOOP("term", "a child's code"),
    CodeKind.WISH: QT_TRANSLATE_NOOP("term", "a wish code"),
}

_SHAPE = re.compile(r"^([A-Z]{2})(\d+)([0-9A-Z*])$")


@dataclass(frozen=True)
class Code:
    """A parsed identifier: its kind, serial number and full text."""

    kind: CodeKind
    serial: int
    text: str


def make_code(kind: CodeKind, serial: int) -> str:
    """Return the identifier text for ``serial`` (1 ≤ serial < 10**digits) of ``kind``.

    :raises ValueError: serial out of range (a programming error, not a user's).
    """
    digits = SERIAL_DIGITS[kind]
    if not 0 < serial < 10**digits:
        raise ValueError(f"serial {serial} out of range for {kind.name}")
    body = f"{kind.value}{serial:0{digits}d}"
    return body + mod_37_2.calc_check_digit(body)


def parse_code(text: str) -> Code:
    """Parse a scanned or typed identifier (surrounding spaces ignored, letters case-insensitive).

    :raises InvalidCode: not of our shape, unknown prefix, wrong length, or a wrong check character.
    """
    cleaned = text.strip().upper()
    match = _SHAPE.match(cleaned)
    if not match:
        raise InvalidCode(
            QT_TRANSLATE_NOOP("domain", "“{code}” is not a BQW code (e.g. IS000001L)."), code=text.strip()
        )
    prefix, serial, _ = match.groups()
    try:
        kind = CodeKind(prefix)
    except ValueError:
        raise InvalidCode(
            QT_TRANSLATE_NOOP("domain", "“{code}” is not a BQW code (e.g. IS000001L)."), code=cleaned
        ) from None
    if len(serial) != SERIAL_DIGITS[kind]:
        raise InvalidCode(
            QT_TRANSLATE_NOOP("domain", "“{code}” has the wrong length for {kind}."),
            code=cleaned,
            kind=KIND_LABELS[kind],
        )
    try:
        mod_37_2.validate(cleaned)
    except ValidationError:
        raise InvalidCode(
            QT_TRANSLATE_NOOP(
                "domain", "“{code}” has a wrong check character: it was mistyped or misread. Scan it again."
            ),
            code=cleaned,
        ) from None
    return Code(kind, int(serial), cleaned)


def expect_kind(text: str | Code, kind: CodeKind) -> Code:
    """Parse ``text`` and require it to be of ``kind``; a :class:`Code` already parsed (a scan's,
    ``scanning.Scan.code``) is not parsed again.

    :raises InvalidCode: as :func:`parse_code`, or the code names another kind of thing.
    """
    code = text if isinstance(text, Code) else parse_code(text)
    if code.kind is not kind:
        raise InvalidCode(
            QT_TRANSLATE_NOOP("domain", "{code} is {actual}; {expected} is needed here."),
            code=code.text,
            actual=KIND_LABELS[code.kind],
            expected=KIND_LABELS[kind],
        )
    return code
