"""Receiving rules: typed GTINs (case C01), pinyin initials, reconciliation."""

from __future__ import annotations

import pytest

from bqw_desktop.domain.catalogue import Category
from bqw_desktop.domain.errors import InvalidCode
from bqw_desktop.domain.receiving import (
    HEIGHT_SIZES,
    Discrepancy,
    DiscrepancyKind,
    pinyin_initials,
    reconcile,
    scanned_gtin,
    typed_gtin,
)


def test_c01_wrong_check_digit_is_refused_and_names_the_right_one():
    with pytest.raises(InvalidCode) as refused:
        typed_gtin("6901234567890")
    assert "should be 2" in str(refused.value) and refused.value.params["digit"] == "2"


def test_c01_twelve_digits_get_their_check_digit_and_thirteen_stay():
    assert typed_gtin("690123456789") == "6901234567892"
    assert typed_gtin("6901234567892") == "6901234567892"
    assert typed_gtin("６９０１２３４５６７８９２") == "6901234567892"
    assert typed_gtin("96385074") == "96385074"  # EAN-8
    with pytest.raises(InvalidCode):
        typed_gtin("69012345")  # an EAN-8 with a wrong check digit
    with pytest.raises(InvalidCode, match="8, 12, 13 or 14"):
        typed_gtin("69O1234567892")


def test_c12_a_typed_upc_a_is_the_same_gtin_as_its_scan():
    assert typed_gtin("012345678905") == scanned_gtin("012345678905") == "0012345678905"
    assert typed_gtin("0 12345 67890 5") == "0012345678905"  # as printed under the bars
    assert typed_gtin("036000291452") == "0036000291452"
    # only 12 digits that are not a valid UPC-A are an EAN-13 without its check digit (C01)
    assert typed_gtin("690123456789") == "6901234567892"
    assert typed_gtin("012345678900") == "0123456789005"


def test_a_scanned_upc_a_is_kept_as_gtin_13():
    assert scanned_gtin("036000291452") == "0036000291452"
    assert scanned_gtin("6901234567892") == "6901234567892"


def test_sizes_by_height_run_from_90_to_170_cm():
    assert HEIGHT_SIZES[0] == "90cm" and HEIGHT_SIZES[-1] == "170cm" and len(HEIGHT_SIZES) == 9


def test_pinyin_initials():
    assert pinyin_initials("杭州市某某爱心企业") == "hzsmmaxqy"
    assert pinyin_initials("ABC 公司") == "abcgs"


def test_reconcile_short_over_and_a_category_not_expected():
    expected = [("1", Category.CLOTHING, 10), ("1", Category.STUDY, 5), ("2", Category.SPORTS, 4)]
    received = ([("1", Category.CLOTHING)] * 8 + [("1", Category.STUDY)] * 6 + [("2", Category.SPORTS)] * 4
                + [("2", Category.DAILY)] * 2)
    assert reconcile(expected, received) == [
        Discrepancy("1", Category.CLOTHING, DiscrepancyKind.SHORT, 10, 8),
        Discrepancy("1", Category.STUDY, DiscrepancyKind.OVER, 5, 6),
        Discrepancy("2", Category.DAILY, DiscrepancyKind.CATEGORY, 0, 2),
        Discrepancy("", Category.CLOTHING, DiscrepancyKind.SHORT, 10, 8),
        Discrepancy("", Category.STUDY, DiscrepancyKind.OVER, 5, 6),
        Discrepancy("", Category.DAILY, DiscrepancyKind.CATEGORY, 0, 2),
    ]
    assert reconcile([("", Category.SPORTS, 3)], [("", Category.SPORTS)] * 3) == []
