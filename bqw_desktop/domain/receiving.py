"""Receiving rules: donors, category templates, children's sizes, condition, typed GTINs, reconciliation.

Pure rules (no Qt, no SQL). Sources: shared/GLOSSARY.md for the names, shared/cases/README.md C01
for GTINs, the issue "Intake and labels" for the templates and the reconciliation kinds.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from stdnum import ean

from .catalogue import Category
from .errors import QT_TRANSLATE_NOOP, InvalidCode, InvalidValue


class DonorKind(enum.Enum):
    """Who gives goods (捐赠方): enterprise, Party branch, charity organisation or individual."""

    ENTERPRISE = "enterprise"
    PARTY_BRANCH = "party_branch"
    CHARITY = "charity"
    INDIVIDUAL = "individual"


DONOR_KIND_LABELS = {
    DonorKind.ENTERPRISE: QT_TRANSLATE_NOOP("term", "enterprise"),
    DonorKind.PARTY_BRANCH: QT_TRANSLATE_NOOP("term", "Party branch"),
    DonorKind.CHARITY: QT_TRANSLATE_NOOP("term", "charity organisation"),
    DonorKind.INDIVIDUAL: QT_TRANSLATE_NOOP("term", "individual"),
}


class Condition(enum.Enum):
    """Whether an item set is new or used (全新 / 旧物)."""

    NEW = "new"
    USED = "used"


CONDITION_LABELS = {
    Condition.NEW: QT_TRANSLATE_NOOP("term", "new"),
    Condition.USED: QT_TRANSLATE_NOOP("term", "used"),
}

#: children's clothing sizes by body height (GB/T 1335.3 号型: height in cm, 10 cm steps), 90–170 cm
HEIGHT_SIZES = tuple(f"{h}cm" for h in range(90, 171, 10))
#: the same by age, for donors who label by age instead of height
AGE_SIZES = ("1–2岁", "2–3岁", "3–4岁", "4–5岁", "5–6岁", "6–7岁", "7–8岁", "8–9岁", "9–10岁", "10–12岁", "12–14岁",
             "14–16岁")


@dataclass(frozen=True)
class Template:
    """A quick-entry template for item sets: category, a default description and pieces per set.

    ``sizes`` is the size list offered (empty: no size); ``name`` is the zh_CN name on the button.
    """

    key: str
    category: Category
    name: str
    description: str
    pieces: int
    sizes: tuple[str, ...] = ()


TEMPLATES = (
    Template("clothing_height", Category.CLOTHING, "服装（按身高）", "儿童服装套装", 2, HEIGHT_SIZES),
    Template("clothing_age", Category.CLOTHING, "服装（按年龄）", "儿童服装套装", 2, AGE_SIZES),
    Template("sports", Category.SPORTS, "体育用品", "儿童体育用品", 1),
    Template("study", Category.STUDY, "文化学习用品", "学生文具套装", 1),
    Template("daily", Category.DAILY, "生活用品", "儿童生活用品", 1),
)


def template(key: str) -> Template:
    """The template named ``key``; :raises KeyError: no such template (a programming error)."""
    return next(t for t in TEMPLATES if t.key == key)


def pinyin_initials(name: str) -> str:
    """Lower-case pinyin initials of ``name`` (pypinyin), Latin letters and digits kept as they are.

    E.g. "杭州市某某爱心企业" → "hzsmmaxqy", "ABC公司" → "abcgs". Used to find a donor by initials.
    """
    from pypinyin import Style, lazy_pinyin  # on first use: importing it costs ~0.3 s and ~50 MB at start-up

    parts = lazy_pinyin(unicodedata.normalize("NFKC", name), style=Style.FIRST_LETTER, errors="default")
    return "".join(ch for ch in "".join(parts).lower() if ch.isalnum())


def typed_gtin(text: str) -> str:
    """A GTIN typed from a wrapper, checked and normalised (case C01); never repaired.

    NFKC first (full-width digits), spaces and hyphens removed. 13 digits (EAN-13), 8 (EAN-8) and 14
    (GTIN-14) must carry a right check digit and are returned unchanged. 12 digits that are a valid
    UPC-A (the last digit is their own check digit) are that UPC-A, stored as :func:`scanned_gtin`
    stores a scan of the same wrapper: "012345678905" → "0012345678905" (case C12). Other 12 digits
    are an EAN-13 typed without its check digit (many wrappers print it apart): the check digit is
    computed and appended, e.g. "690123456789" → "6901234567892" (case C01).

    :raises InvalidCode: not digits, a wrong length, or a wrong check digit — the message names the
        check digit it should have been, e.g. "6901234567890": should be 2.
    """
    digits = unicodedata.normalize("NFKC", text).strip().replace(" ", "").replace("-", "")
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        raise InvalidCode(
            QT_TRANSLATE_NOOP("domain", "“{code}” is not a product barcode (GTIN): give 8, 12, 13 or 14 digits."),
            code=text.strip(),
        )
    if len(digits) == 12:
        return scanned_gtin(digits) if ean.is_valid(digits) else digits + ean.calc_check_digit(digits)
    expected = ean.calc_check_digit(digits[:-1])
    if digits[-1] != expected:
        raise InvalidCode(
            QT_TRANSLATE_NOOP(
                "domain", "“{code}” is not a valid product barcode: its check digit should be {digit}. "
                "Type it again from the wrapper."),
            code=digits, digit=expected,
        )
    return digits


def scanned_gtin(text: str) -> str:
    """A GTIN from a scan (already validated by the scanner's check and :func:`classify`) as stored:
    a 12-digit UPC-A becomes its 13-digit form with a leading 0; 8, 13 and 14 digits are kept."""
    return "0" + text if len(text) == 12 else text


def check_pieces(pieces: int) -> int:
    """:raises InvalidValue: fewer than one piece per set, or an implausible 1,000 or more."""
    if not 0 < pieces < 1000:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Pieces per set must be between 1 and 999, not {pieces}."),
                           pieces=pieces)
    return pieces


def check_size(size: str | None) -> str | None:
    """A size as stored: NFKC, trimmed, at most 40 characters; ``None`` for empty.

    :raises InvalidValue: longer than 40 characters.
    """
    if size is None:
        return None
    size = unicodedata.normalize("NFKC", size).strip()
    if len(size) > 40:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "The size “{size}” is longer than 40 characters."), size=size)
    return size or None


# --- reconciliation -------------------------------------------------------------------------------


class DiscrepancyKind(enum.Enum):
    """How received differs from expected: fewer (短少), more (多出), or a category not on the manifest (类别不符)."""

    SHORT = "short"
    OVER = "over"
    CATEGORY = "category"


DISCREPANCY_LABELS = {
    DiscrepancyKind.SHORT: QT_TRANSLATE_NOOP("term", "short"),
    DiscrepancyKind.OVER: QT_TRANSLATE_NOOP("term", "over"),
    DiscrepancyKind.CATEGORY: QT_TRANSLATE_NOOP("term", "different category"),
}


@dataclass(frozen=True)
class Discrepancy:
    """One difference between manifest and receiving.

    ``carton`` is the donor's carton reference (the manifest's 箱号) for a per-carton difference, or
    ``""`` for the receipt as a whole. ``expected`` and ``received`` count item sets.
    """

    carton: str
    category: Category
    kind: DiscrepancyKind
    expected: int
    received: int

    @property
    def key(self) -> str:
        """Stable identity, used to record a coordinator's resolution."""
        return f"{self.carton}|{self.category.value}|{self.kind.value}"


def reconcile(expected: Iterable[tuple[str, Category, int]], received: Iterable[tuple[str, Category]]) -> list[Discrepancy]:
    """Compare a manifest with what was received, per carton and for the whole receipt.

    :param expected: (carton reference or "", category, item-set count) per manifest line.
    :param received: (carton reference or "", category) per item set received.
    :returns: per-carton differences (only for cartons the manifest names) then whole-receipt ones,
        each sorted by carton and category. A category received but not expected at all is
        :attr:`DiscrepancyKind.CATEGORY`; otherwise fewer is SHORT and more is OVER.
    """
    want: Counter = Counter()
    got: Counter = Counter()
    for carton, category, count in expected:
        want[(carton, category)] += count
    received = list(received)
    for carton, category in received:
        got[(carton, category)] += 1
    named = {carton for carton, _ in want if carton}
    result = []
    for carton in sorted(named):
        result += _compare(carton, {c: n for (k, c), n in want.items() if k == carton},
                           {c: n for (k, c), n in got.items() if k == carton})
    total_want: Counter = Counter()
    total_got: Counter = Counter()
    for (_, category), n in want.items():
        total_want[category] += n
    for (_, category), n in got.items():
        total_got[category] += n
    return result + _compare("", total_want, total_got)


def _compare(carton: str, want: dict[Category, int], got: dict[Category, int]) -> list[Discrepancy]:
    out = []
    for category in Category:
        e, r = want.get(category, 0), got.get(category, 0)
        if e == r:
            continue
        kind = DiscrepancyKind.CATEGORY if e == 0 else DiscrepancyKind.SHORT if r < e else DiscrepancyKind.OVER
        out.append(Discrepancy(carton, category, kind, e, r))
    return out


def receipt_number(receipt_id: int) -> str:
    """The receipt's number as printed and shown, e.g. ``R00012`` for receipt 12."""
    return f"R{receipt_id:05d}"


def parse_receipt_number(text: str) -> int:
    """The receipt id in a receipt number as shown (``R00012``, ``r12``) or as the bare id (``12``).

    :raises InvalidValue: anything else (the message shows the form to type).
    """
    match = re.fullmatch(r"[Rr]?0*(\d+)", text.strip())
    if match is None or int(match.group(1)) == 0:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "{text} is not a receipt number: type it as shown, e.g. R00012."),
                           text=text)
    return int(match.group(1))

