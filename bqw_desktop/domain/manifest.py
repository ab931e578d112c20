"""Reading a donor's manifest (清单) from CSV or XLSX as offices really save them (cases C08, C09).

Pure parsing and checking, no store: :func:`parse_manifest` takes the file's bytes and returns a
:class:`ManifestPreview` with every good line and every bad row (its spreadsheet row number and
reason). Storing is all-or-nothing and done by ``services.manifests``.

Text: UTF-8 with or without BOM, then GB18030 (a superset of GBK, what Chinese Excel writes as
"CSV"), and UTF-16 with a BOM (Excel's "Unicode text"); a file none of them decodes is refused with
:class:`ManifestEncodingError` — never read as mojibake. Cells are NFKC-normalised (full-width
digits and letters become ASCII) and trimmed; they are never converted to numbers, so "00123" keeps
its zeros. A cell in scientific notation ("6.90123E+12", "7.31E+13") is refused: Excel has already
lost its digits. XLSX numeric cells are written without ".0" (6901234567892 → "6901234567892");
a number beyond Excel's 15 significant digits is refused the same way. What Excel shows is what is
stored (case C13): a number with a zero-padding format (123 as ``00000``) is "00123"; a number in a
text column with any other custom format is refused, as Excel shows something other than its digits.

Bad input is refused with its row and column, never stored or cut: a cell longer than its column
allows (:data:`MAX_LENGTH`), a cell that starts like a spreadsheet formula (``=``, ``+``, ``-``, ``@``:
CSV injection, OWASP), a header that names the same column twice.

Columns (header row, first row of the file; names in Chinese or English, any order):
箱号 carton (optional, the donor's carton number), 类别 category (required), 品名 description,
条码 GTIN (optional, checked as in case C01), 尺码/规格 size (optional), 数量 item sets (required),
每套件数 pieces per set (optional, default 1). 品名 or 条码 is required.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import re
import unicodedata
from dataclasses import dataclass, field

from .catalogue import Category
from .errors import QT_TRANSLATE_NOOP, DomainError, InvalidValue
from .privacy import refuse_identity_numbers
from .receiving import typed_gtin


class ManifestEncodingError(DomainError):
    """The file is not text in an encoding offices use (UTF-8, GB18030/GBK, UTF-16 with BOM)."""


class ManifestFormatError(DomainError):
    """The file cannot be read as a manifest at all: no header, missing columns, not a workbook."""


#: header names (NFKC, lower case) per field
HEADERS = {
    "carton": ("箱号", "箱", "箱子编号", "carton", "carton no", "carton no."),
    "category": ("类别", "品类", "分类", "category"),
    "description": ("品名", "名称", "物品名称", "物品", "description", "item"),
    "gtin": ("条码", "商品条码", "条形码", "gtin", "ean", "barcode"),
    "size": ("尺码", "规格", "尺码/规格", "规格/尺码", "size"),
    "quantity": ("数量", "件套数", "套数", "quantity", "qty"),
    "pieces": ("每套件数", "件数", "pieces"),
}
_BY_HEADER = {name: key for key, names in HEADERS.items() for name in names}

#: category names as donors write them → category
CATEGORY_NAMES = {
    "服装": Category.CLOTHING, "衣服": Category.CLOTHING, "衣物": Category.CLOTHING, "clothing": Category.CLOTHING,
    "体育用品": Category.SPORTS, "体育": Category.SPORTS, "体育器材": Category.SPORTS, "sports": Category.SPORTS,
    "文化学习用品": Category.STUDY, "学习用品": Category.STUDY, "文具": Category.STUDY, "文体用品": Category.STUDY,
    "study": Category.STUDY,
    "生活用品": Category.DAILY, "日用品": Category.DAILY, "daily": Category.DAILY,
}

_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+$")
_EXCEL_DIGITS = 15

# the longest cell each column takes (the store's column widths; counts and codes are short)
MAX_LENGTH = {"carton": 40, "category": 20, "description": 200, "gtin": 20, "size": 40, "quantity": 20, "pieces": 20}
# the first characters that make a spreadsheet treat a cell as a formula; a cell of dashes only ("-",
# "--", "—", a donor's "none") is not one
_FORMULA_START = ("=", "+", "-", "@")
_DASHES = frozenset("-—–")
# columns whose cells are text: an Excel number shown through a custom format changes there
_TEXT_COLUMNS = frozenset({"carton", "description", "gtin", "size"})
_COUNT_COLUMNS = frozenset({"quantity", "pieces"})
# number formats under which Excel shows an integer as its plain digits
_PLAIN_FORMATS = frozenset({"General", "0", "@"})
_ZERO_PADDED = re.compile(r"^0+$")


class FormattedNumber(str):
    """An .xlsx number cell as its digits, carrying the custom ``number_format`` Excel shows it with."""

    number_format: str


@dataclass(frozen=True)
class ManifestLine:
    """One good manifest row: ``row`` is its row number in the file (the header is row 1)."""

    row: int
    carton: str
    category: Category
    description: str
    gtin: str | None
    size: str | None
    quantity: int
    pieces: int


@dataclass(frozen=True)
class RowError:
    """A refused row: its row number and why (a :class:`DomainError`, translatable)."""

    row: int
    error: DomainError

    def __str__(self) -> str:
        return f"row {self.row}: {self.error}"


@dataclass
class ManifestPreview:
    """What an import would store: ``lines`` when ``errors`` is empty, else nothing (all-or-nothing)."""

    lines: list[ManifestLine] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    encoding: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.lines)

    @property
    def item_sets(self) -> int:
        return sum(line.quantity for line in self.lines)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes: UTF-16 (with BOM), UTF-8 (BOM optional), else GB18030.

    :returns: (text without BOM, encoding name used).
    :raises ManifestEncodingError: neither decodes, or the text holds NUL/control bytes (a binary file).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ("utf-16",)
    else:
        candidates = ("utf-8-sig", "gb18030")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if any(unicodedata.category(c) == "Cc" and c not in "\r\n\t" for c in text[:65536]):
            break
        return text, encoding
    raise ManifestEncodingError(
        QT_TRANSLATE_NOOP(
            "domain",
            "The file is not text in UTF-8 or GB18030/GBK. In Excel, save it again as “CSV UTF-8” or as an .xlsx workbook.",
        )
    )


def read_csv_rows(data: bytes) -> tuple[list[list[str]], str]:
    """The rows of a CSV (or tab-separated) file as lists of raw cell strings, and the encoding used.

    :raises ManifestEncodingError: see :func:`decode_text`.
    """
    text, encoding = decode_text(data)
    first = text.split("\n", 1)[0]
    delimiter = max((",", "\t", ";"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    # csv's own cell limit (131,072 characters) would stop the whole file with no row or column: let a
    # cell be as long as the file and refuse it in parse_rows like any cell too long for its column.
    limit = csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    try:
        return list(reader), encoding
    finally:
        csv.field_size_limit(limit)


def read_xlsx_rows(data: bytes) -> list[list[str]]:
    """The first worksheet's rows as cell strings (openpyxl, read-only); numbers without ".0".

    A number Excel cannot hold exactly (more than 15 significant digits) becomes its scientific
    form, so the row is refused like a CSV cell in scientific notation.

    :raises ManifestFormatError: not an .xlsx workbook.
    """
    import zipfile

    from openpyxl import load_workbook  # only imported when a workbook is read

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise ManifestFormatError(QT_TRANSLATE_NOOP("domain", "The file is not an Excel workbook (.xlsx).")) from None
    try:
        sheet = book.worksheets[0]
        return [[_xlsx_cell(cell.value, getattr(cell, "number_format", "General")) for cell in row]
                for row in sheet.iter_rows()]
    finally:
        book.close()


def _xlsx_cell(value: object, number_format: str) -> str:
    """A cell as text: numbers as Excel shows them (zero padding kept), or a :class:`FormattedNumber`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        text = str(value) if len(str(abs(value))) <= _EXCEL_DIGITS else f"{value:.5E}"
    elif isinstance(value, float):
        if not value.is_integer():
            text = repr(value)
        else:
            text = str(int(value))
            if len(text.lstrip("-")) > _EXCEL_DIGITS:
                text = f"{value:.5E}"
    elif hasattr(value, "isoformat"):
        return value.isoformat()
    else:
        return str(value)
    if number_format in _PLAIN_FORMATS:
        return text
    if _ZERO_PADDED.match(number_format) and text.isdigit():
        return text.zfill(len(number_format))  # 123 as 00000: Excel shows, and the donor means, "00123"
    formatted = FormattedNumber(text)
    formatted.number_format = number_format
    return formatted


def parse_manifest(data: bytes, filename: str) -> ManifestPreview:
    """Read and check a manifest file: ``.xlsx`` by openpyxl, anything else as CSV text.

    :returns: the preview: good lines, and every bad row with its row number and reason.
    :raises ManifestEncodingError: a CSV that is not UTF-8/GB18030/UTF-16 text.
    :raises ManifestFormatError: not a workbook, no header row, or a required column missing.
    """
    if filename.lower().endswith((".xlsx", ".xlsm")):
        rows, encoding = read_xlsx_rows(data), "xlsx"
    else:
        rows, encoding = read_csv_rows(data)
    preview = parse_rows(rows)
    preview.encoding = encoding
    return preview


def parse_rows(rows: list[list[str]]) -> ManifestPreview:
    """Check rows (the first is the header) and return the preview; see :func:`parse_manifest`."""
    if not rows:
        raise ManifestFormatError(QT_TRANSLATE_NOOP("domain", "The manifest is empty."))
    columns: dict[str, int] = {}
    for index, name in enumerate(rows[0]):
        key = _BY_HEADER.get(_clean(name).lower())
        if key in columns:  # which of the two the donor meant is not ours to guess
            raise ManifestFormatError(
                QT_TRANSLATE_NOOP("domain", "The manifest's first row has the column {column} twice (columns {first} "
                                  "and {second}); keep one and import again."),
                column=HEADERS[key][0], first=column_letter(columns[key]), second=column_letter(index),
            )
        if key:
            columns[key] = index
    missing = [HEADERS[key][0] for key in ("category", "quantity") if key not in columns]
    if "description" not in columns and "gtin" not in columns:
        missing.append(HEADERS["description"][0])
    if missing:
        raise ManifestFormatError(
            QT_TRANSLATE_NOOP("domain", "The manifest's first row lacks the column(s) {columns}. "
                              "It needs 类别, 数量 and 品名 or 条码; 箱号, 尺码 and 每套件数 are optional."),
            columns="、".join(missing),
        )
    preview = ManifestPreview()
    width = max(columns.values()) + 1
    labels = {key: f"{HEADERS[key][0]} ({column_letter(index)})" for key, index in columns.items()}  # for messages
    for number, raw in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in raw if cell):
            continue  # blank rows (and Excel's empty trailing rows) are not lines
        cells = raw + [""] * (width - len(raw)) if len(raw) < width else raw
        try:
            preview.lines.append(_line(number, cells, columns, labels))
        except DomainError as error:
            preview.errors.append(RowError(number, error))
    if not preview.lines and not preview.errors:
        raise ManifestFormatError(QT_TRANSLATE_NOOP("domain", "The manifest has a header row but no lines."))
    return preview


def column_letter(index: int) -> str:
    """A 0-based column index as a spreadsheet names it: 0 → "A", 26 → "AA"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _clean(cell: str | None) -> str:
    if not cell:
        return ""
    if not cell.isascii():
        cell = unicodedata.normalize("NFKC", cell)
    return cell.strip()


def _line(number: int, cells: list[str], columns: dict[str, int], labels: dict[str, str]) -> ManifestLine:
    values = {}
    for key, index in columns.items():
        raw = cells[index]
        value = _clean(raw)
        column = labels[key]
        if len(value) > MAX_LENGTH[key]:  # checked first: the messages below quote the value
            raise InvalidValue(
                QT_TRANSLATE_NOOP("domain", "The cell in column {column} holds {length} characters; "
                                  "it takes at most {limit}."),
                column=column, length=f"{len(value):,}", limit=MAX_LENGTH[key],
            )
        # a count column takes digits only (its own message says so: "-3" is a negative count, not a formula)
        if value.startswith(_FORMULA_START) and key not in _COUNT_COLUMNS and not set(value) <= _DASHES:
            raise InvalidValue(
                QT_TRANSLATE_NOOP("domain", "“{value}” in column {column} starts like a spreadsheet formula "
                                  "(“{start}”); formulas are not imported. Remove the “{start}” or the formula."),
                value=value, column=column, start=value[0],
            )
        if isinstance(raw, FormattedNumber) and key in _TEXT_COLUMNS:
            raise InvalidValue(
                QT_TRANSLATE_NOOP("domain", "“{value}” in column {column} is a number that Excel shows through the "
                                  "format “{format}”, not as these digits; format the column as text, type the "
                                  "values as Excel shows them and export again."),
                value=value, column=column, format=raw.number_format,
            )
        if ("e" in value or "E" in value) and _SCIENTIFIC.match(value):
            raise InvalidValue(
                QT_TRANSLATE_NOOP("domain", "“{value}” in column {column} was converted to scientific notation by "
                                  "Excel and has lost digits; format the column as text and export again."),
                value=value, column=HEADERS[key][0],
            )
        values[key] = value
    category_text = values["category"]
    category = CATEGORY_NAMES.get(category_text.lower())
    if category is None:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("domain", "Unknown category “{value}”: use 服装, 体育用品, 文化学习用品 or 生活用品."),
            value=category_text,
        )
    quantity = _count(values["quantity"], labels["quantity"], required=True)
    pieces = _count(values.get("pieces", ""), labels.get("pieces", HEADERS["pieces"][0]), required=False) or 1
    gtin = _gtin(values["gtin"]) if values.get("gtin") else None
    description = values.get("description", "")
    if not description and not gtin:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "The row has neither a description (品名) nor a barcode (条码)."))
    refuse_identity_numbers(description, values.get("carton"))
    return ManifestLine(number, values.get("carton", ""), category, description, gtin,
                        values.get("size") or None, quantity, pieces)


@functools.lru_cache(maxsize=65_536)
def _gtin(text: str) -> str:
    """:func:`typed_gtin`, remembered: a manifest repeats a few GTINs over thousands of rows (errors are not cached)."""
    return typed_gtin(text)


def _count(text: str, column: str, *, required: bool) -> int:
    if not text and not required:
        return 0
    digits = text[:-2] if text.endswith(".0") else text  # a number cell exported by a tool as "12.0"
    if not digits.isdigit() or not 0 < int(digits) < 100_000:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("domain", "“{value}” in column {column} is not a whole number from 1 to 99,999."),
            value=text, column=column,
        )
    return int(digits)
