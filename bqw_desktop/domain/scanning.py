"""What a scan is: cleaning what a keyboard-wedge scanner typed, and telling what kind of code it is.

Cleaning (:func:`clean_scan`): STX/ETX framing and the configured scanner prefix and suffix are
stripped, full-width characters are NFKC-normalised (a Chinese input method in full-width mode types
``６９０…``), control characters are removed — except the GS separator (0x1D) inside GS1 data — and
surrounding spaces are trimmed. Text longer than :data:`MAX_SCAN_LENGTH` is not a code (keys held down, a
pasted text, two labels read as one): it is neither cleaned nor echoed whole, and :func:`classify` refuses it.

Meaning (:func:`classify`): one of our identifiers (item set, carton, shipment, package, badge, child, wish), a
command barcode from the command sheet (``CMD-PASS`` …), GS1 data behind a symbology identifier (``]C1`` GS1-128,
``]d2`` GS1 DataMatrix, ``]Q3`` GS1 QR, ``]e0`` GS1 DataBar) parsed with python-stdnum's ``gs1_128``,
a manufacturer's GTIN (GTIN-8/12/13/14, check digit verified), or a courier tracking number (typed as
printed on a waybill, with spaces or hyphens: case C11). Whatever the text, the only exception raised
is :class:`~bqw_desktop.domain.errors.InvalidCode` (issue 9, fault 10: fuzzed scans).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from stdnum import ean, gs1_128
from stdnum.exceptions import ValidationError

from .catalogue import NonconformanceReason
from .errors import QT_TRANSLATE_NOOP, InvalidCode
from .identifiers import Code, CodeKind, parse_code
from .tracking import without_separators

STX, ETX, GS = "\x02", "\x03", "\x1d"

#: symbology identifiers (ISO/IEC 15424) that announce GS1 element strings
GS1_SYMBOLOGY_IDS = ("]C1", "]d2", "]Q3", "]e0")

#: the longest scan taken, as typed: our IDs have 8 to 10 characters, tracking numbers at most 30 and GS1-128
#: at most 48 data characters, so anything longer is not one of our codes (a 1,000,000-character "scan"
#: echoed whole froze the window for 163 s: issue 9, fault 10)
MAX_SCAN_LENGTH = 200
#: characters of a code shown in a message (:func:`shown_code`)
SHOWN_CODE_LENGTH = 40


def clean_scan(raw: str, prefix: str = "", suffix: str = "") -> str:
    """The scanned text without framing, configured prefix/suffix, control characters or outer spaces.

    :param raw: what the scanner typed, terminator already removed.
    :param prefix: / :param suffix: what the scanner is set to add (stripped when present).
    :returns: the cleaned text; GS (0x1D) is kept only in GS1 data, where it separates fields. A
        ``raw`` longer than :data:`MAX_SCAN_LENGTH` comes back uncleaned as its first
        ``MAX_SCAN_LENGTH + 1`` characters, control characters shown as U+FFFD: still too long, so
        :func:`classify` refuses it, and no work or message grows with its length.
    """
    if len(raw) > MAX_SCAN_LENGTH:
        return "".join("\ufffd" if unicodedata.category(c)[0] == "C" else c for c in raw[:MAX_SCAN_LENGTH + 1])
    text = raw
    if STX in text:
        text = text.split(STX, 1)[1]
    text = text.split(ETX, 1)[0]
    text = unicodedata.normalize("NFKC", text)
    gs1 = _without_controls(text).lstrip().startswith(GS1_SYMBOLOGY_IDS)
    text = _without_controls(text, keep=GS if gs1 else "").strip()
    # the configured affixes are compared without their control characters too (a NUL + "026" prefix)
    if prefix:
        text = text.removeprefix(_without_controls(prefix))
    if suffix:
        text = text.removesuffix(_without_controls(suffix))
    return text.strip()


def _without_controls(text: str, keep: str = "") -> str:
    """``text`` without Unicode control/format characters (category C), except those in ``keep``."""
    return "".join(c for c in text if c in keep or unicodedata.category(c)[0] != "C")


class ScanKind(enum.Enum):
    """What a scanned code is; views declare which kinds they take."""

    ITEM_SET = "item_set"
    CARTON = "carton"
    SHIPMENT = "shipment"
    PACKAGE = "package"
    COMMAND = "command"
    GTIN = "gtin"
    TRACKING_NUMBER = "tracking_number"
    BADGE = "badge"  # a person's badge: signs them in, whatever page is on show
    CHILD = "child"
    WISH = "wish"  # a wish card's barcode


SCAN_KIND_LABELS = {
    ScanKind.ITEM_SET: QT_TRANSLATE_NOOP("term", "an item-set code"),
    ScanKind.CARTON: QT_TRANSLATE_NOOP("term", "a carton code"),
    ScanKind.SHIPMENT: QT_TRANSLATE_NOOP("term", "a shipment code"),
    ScanKind.PACKAGE: QT_TRANSLATE_NOOP("term", "a package code"),
    ScanKind.COMMAND: QT_TRANSLATE_NOOP("term", "a command barcode"),
    ScanKind.GTIN: QT_TRANSLATE_NOOP("term", "a manufacturer's product barcode (GTIN)"),
    ScanKind.TRACKING_NUMBER: QT_TRANSLATE_NOOP("term", "a courier tracking number"),
    ScanKind.BADGE: QT_TRANSLATE_NOOP("term", "a badge"),
    ScanKind.CHILD: QT_TRANSLATE_NOOP("term", "a child's code"),
    ScanKind.WISH: QT_TRANSLATE_NOOP("term", "a wish code"),
}

_KIND_OF_CODE = {CodeKind.ITEM_SET: ScanKind.ITEM_SET, CodeKind.CARTON: ScanKind.CARTON,
                 CodeKind.SHIPMENT: ScanKind.SHIPMENT, CodeKind.PACKAGE: ScanKind.PACKAGE,
                 CodeKind.BADGE: ScanKind.BADGE, CodeKind.CHILD: ScanKind.CHILD, CodeKind.WISH: ScanKind.WISH}


class Command(enum.Enum):
    """Command barcodes printed on the command sheet, so a station needs no keyboard."""

    PASS = "PASS"
    PASS_ALL = "PASSALL"  # 全部检查通过: tick every active check of the item set's checklist, then pass
    FAIL = "FAIL"  # with a NonconformanceReason
    DONE = "DONE"
    UNDO = "UNDO"
    CANCEL = "CANCEL"


COMMAND_PREFIX = "CMD-"


def command_text(command: Command, reason: NonconformanceReason | None = None) -> str:
    """The barcode value of a command, e.g. ``CMD-PASS``, ``CMD-PASSALL`` or ``CMD-FAIL-STAINED``."""
    return COMMAND_PREFIX + command.value + (f"-{reason.name}" if reason else "")


@dataclass(frozen=True)
class GS1Data:
    """Fields parsed from GS1 element strings; ``ambiguous`` names a field that swallowed another."""

    gtin: str | None = None
    lot: str | None = None
    expiry: date | None = None
    serial: str | None = None
    fields: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Scan:
    """A classified scan: its kind, the cleaned text, and what it carries for that kind."""

    kind: ScanKind
    text: str
    code: Code | None = None  # our identifiers
    command: Command | None = None
    reason: NonconformanceReason | None = None  # with Command.FAIL
    gs1: GS1Data | None = None  # GTIN scans that came as GS1 data


_TRACKING = re.compile(r"^[A-Z]{0,4}[0-9]{8,26}[A-Z]{0,2}$")
_DIGITS = re.compile(r"^[0-9]+$")  # ASCII digits only: str.isdigit() also takes "١" or "²"
_OUR_PREFIX = re.compile(r"^(%s)\d" % "|".join(kind.value for kind in CodeKind))
# ours end in one check character after the digits; a UPU S10 number ends in two letters (CT123456789CN)
_ENDS_LIKE_OURS = re.compile(r"\d[0-9A-Z*]$")


def classify(text: str, wanted: frozenset[ScanKind] = frozenset()) -> Scan:
    """Tell what the cleaned scan ``text`` is.

    :param wanted: the kinds the page on show takes. Only digits can be two things — a product's GTIN
        or a courier's all-digit waybill number (12 digits for some couriers) — and a page that takes
        tracking numbers but not GTINs reads them as a tracking number; elsewhere they are a GTIN.
    :raises InvalidCode: longer than :data:`MAX_SCAN_LENGTH`, an identifier of ours with a wrong check
        character or length, an unknown command, a GTIN with a wrong check digit, GS1 data that does not
        parse or whose variable-length field seems to have swallowed the next field (a missing GS
        separator), or nothing we know. Messages show at most :data:`SHOWN_CODE_LENGTH` characters of it.
    """
    if len(text) > MAX_SCAN_LENGTH:
        raise InvalidCode(
            QT_TRANSLATE_NOOP("domain", "“{code}” is longer than {limit} characters: it is not a code this app knows. "
                              "Scan one label at a time."),
            code=shown_code(text), limit=MAX_SCAN_LENGTH,
        )
    if text.startswith(GS1_SYMBOLOGY_IDS):
        data = parse_gs1(text[3:])
        if data.gtin is None:
            raise InvalidCode(QT_TRANSLATE_NOOP("domain", "The GS1 barcode “{code}” carries no GTIN."),
                              code=shown_code(text))
        return Scan(ScanKind.GTIN, data.gtin, gs1=data)
    upper = text.upper()
    if upper.startswith(COMMAND_PREFIX):
        return _command(upper)
    if _OUR_PREFIX.match(upper) and (_ENDS_LIKE_OURS.search(upper) or not _TRACKING.match(without_separators(upper))):
        code = parse_code(upper)
        return Scan(_KIND_OF_CODE[code.kind], code.text, code=code)
    number = without_separators(upper)  # typed in the scan field as printed: "SF 1234 5678 90123" (C11)
    waybill = ScanKind.TRACKING_NUMBER in wanted and ScanKind.GTIN not in wanted and _TRACKING.match(number)
    if _DIGITS.match(number) and len(number) in (8, 12, 13, 14) and not waybill:
        return Scan(ScanKind.GTIN, validate_gtin(number))
    if _TRACKING.match(number):
        return Scan(ScanKind.TRACKING_NUMBER, number)
    raise InvalidCode(QT_TRANSLATE_NOOP("domain", "“{code}” is not a code this app knows."), code=shown_code(text))


def _command(text: str) -> Scan:
    name, _, detail = text[len(COMMAND_PREFIX):].partition("-")
    try:
        command = Command(name)
        reason = NonconformanceReason[detail] if detail else None
    except (ValueError, KeyError):
        command = reason = None
    if command is None or (command is Command.FAIL) != (reason is not None):
        raise InvalidCode(QT_TRANSLATE_NOOP("domain", "“{code}” is not a command on the command sheet."), code=text)
    return Scan(ScanKind.COMMAND, text, command=command, reason=reason)


def validate_gtin(digits: str) -> str:
    """Check a GTIN-8, -12, -13 or -14 (GS1 mod-10 check digit, python-stdnum's ``ean``) and return it unchanged.

    A wrong check digit is refused, never repaired (case C01).

    :raises InvalidCode: not 8, 12, 13 or 14 digits, or a wrong check digit.
    """
    try:
        return ean.validate(digits)
    except ValidationError:
        raise InvalidCode(
            QT_TRANSLATE_NOOP("domain", "“{code}” is not a valid product barcode: its check digit is wrong."),
            code=digits,
        ) from None


def parse_gs1(data: str) -> GS1Data:
    """Parse GS1 element strings (after the symbology identifier), fields separated by GS (0x1D).

    :raises InvalidCode: the data does not parse, a check digit is wrong, or a variable-length field
        (lot, serial …) ends in what looks like a whole further field — the GS separator was lost,
        so ``10LOT717261231`` is flagged instead of being read as lot ``LOT717261231`` (case C06).
    """
    try:
        fields = gs1_128.info(data, separator=GS)
    except Exception:  # noqa: BLE001 - python-stdnum's parser is not hardened against arbitrary input
        # Besides ValidationError it was seen raising ValueError (an impossible date),
        # decimal.InvalidOperation ("3101" with no value: issue 9, fault 10) and AttributeError
        # ("8(030((4)28378"). Whatever the parser trips on, the barcode cannot be read: a refusal.
        raise InvalidCode(QT_TRANSLATE_NOOP("domain", "The GS1 barcode “{code}” cannot be read."),
                          code=shown_code(data)) from None
    for ai, value in fields.items():
        if isinstance(value, str) and _ends_in_a_field(value) and not _fixed_length(ai):
            raise InvalidCode(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "The GS1 barcode “{code}” is ambiguous: field ({ai}) seems to contain the next field. "
                    "Check the scanner's GS1 separator setting.",
                ),
                code=shown_code(data), ai=ai,
            )
    expiry = fields.get("17")
    return GS1Data(
        gtin=fields.get("01"),
        lot=fields.get("10"),
        expiry=expiry if isinstance(expiry, date) else None,
        serial=fields.get("21"),
        fields=fields,
    )


# AIs whose first two digits give a predefined length (GS1 General Specifications, figure 5.10.1-2):
# no separator follows them, so they cannot swallow the next field.
_PREDEFINED_LENGTH = ("00", "01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
                      "31", "32", "33", "34", "35", "36", "41")


def _fixed_length(ai: str) -> bool:
    return ai[:2] in _PREDEFINED_LENGTH

_DATE_AIS = ("11", "12", "13", "15", "16", "17")


def _ends_in_a_field(value: str) -> bool:
    """Whether ``value`` ends in a whole date field (``17YYMMDD`` …) or a whole GTIN field (``01`` + 14)."""
    for ai in _DATE_AIS:
        match = re.search(ai + r"(\d{6})$", value)
        if match and _valid_yymmdd(match.group(1)):
            return True
    match = re.search(r"01(\d{14})$", value)
    return bool(match) and ean.is_valid(match.group(1))


def _valid_yymmdd(digits: str) -> bool:
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and 0 <= day <= 31


def shown_code(text: str, limit: int = SHOWN_CODE_LENGTH) -> str:
    """``text`` as a message shows it: at most ``limit`` characters, then "…"; GS as ``<GS>`` and other
    control characters as U+FFFD, so a banner never carries invisible characters or a whole pasted text."""
    shown = "".join("<GS>" if c == GS else "\ufffd" if unicodedata.category(c)[0] == "C" else c for c in text[:limit])
    return shown + "…" if len(text) > limit else shown
