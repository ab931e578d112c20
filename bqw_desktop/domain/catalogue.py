"""Categories of goods and nonconformance reasons (names from shared/GLOSSARY.md)."""

from __future__ import annotations

import enum

from .errors import QT_TRANSLATE_NOOP


class Category(enum.Enum):
    """Category of an item set; the drive's goods were clothing, sports and study supplies."""

    CLOTHING = "clothing"
    SPORTS = "sports"
    STUDY = "study"
    DAILY = "daily"


CATEGORY_LABELS = {
    Category.CLOTHING: QT_TRANSLATE_NOOP("term", "clothing"),
    Category.SPORTS: QT_TRANSLATE_NOOP("term", "sports equipment"),
    Category.STUDY: QT_TRANSLATE_NOOP("term", "study & cultural supplies"),
    Category.DAILY: QT_TRANSLATE_NOOP("term", "daily necessities"),
}


class NonconformanceReason(enum.Enum):
    """Why an item set failed inspection."""

    DAMAGED = "damaged"
    STAINED = "stained"
    UNSAFE = "unsafe"
    EXPIRED = "expired"
    INCOMPLETE = "incomplete"
    WRONG_CATEGORY = "wrong_category"


REASON_LABELS = {
    NonconformanceReason.DAMAGED: QT_TRANSLATE_NOOP("term", "damaged"),
    NonconformanceReason.STAINED: QT_TRANSLATE_NOOP("term", "stained"),
    NonconformanceReason.UNSAFE: QT_TRANSLATE_NOOP("term", "unsafe"),
    NonconformanceReason.EXPIRED: QT_TRANSLATE_NOOP("term", "expired"),
    NonconformanceReason.INCOMPLETE: QT_TRANSLATE_NOOP("term", "incomplete"),
    NonconformanceReason.WRONG_CATEGORY: QT_TRANSLATE_NOOP("term", "wrong category"),
}
