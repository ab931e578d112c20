"""Courier tracking-number rules: patterns, UPU S10 check digits, and ambiguity never guessed."""

import pytest

from bqw_desktop.domain.errors import InvalidValue
from bqw_desktop.domain.tracking import (
    CheckDigit,
    TrackingRule,
    check_tracking_number,
    matching_rules,
    read_tracking_number,
    s10_check_digit,
    s10_is_valid,
)

POST = TrackingRule("LP1", r"[A-Z]{2}\d{9}CN", CheckDigit.UPU_S10)
SF = TrackingRule("LP2", r"SF\d{13}|\d{12}")
DIGITS = TrackingRule("LP3", r"\d{12,15}")


def test_s10_check_digit_follows_the_upu_weights():
    # UPU S10's own example: RR 47312482 9 GB; 10 → 0 and 11 → 5 by the standard's rule
    assert s10_check_digit("47312482") == "9"
    assert s10_is_valid("RR473124829GB")
    assert not s10_is_valid("RR473124828GB")
    assert s10_check_digit("00000000") == "5"  # sum 0: 11 - 0 = 11 → 5
    with pytest.raises(ValueError):
        s10_check_digit("1234567")


def test_a_wrong_check_digit_is_refused_never_repaired():
    assert check_tracking_number(" rr473124829cn ", POST) == "RR473124829CN"
    with pytest.raises(InvalidValue, match="check digit"):
        check_tracking_number("RR473124828CN", POST)
    with pytest.raises(InvalidValue, match="not a tracking number of courier LP1"):
        check_tracking_number("SF1234567890123", POST)
    assert check_tracking_number("sf1234567890123", None) == "SF1234567890123"  # no rule: shape only


def test_a_number_several_couriers_issue_is_ambiguous():
    rules = [POST, SF, DIGITS]
    assert [r.courier for r in matching_rules("123456789012", rules)] == ["LP2", "LP3"]
    assert [r.courier for r in matching_rules("SF1234567890123", rules)] == ["LP2"]
    assert [r.courier for r in matching_rules("RR473124829CN", rules)] == ["LP1"]
    assert matching_rules("RR473124828CN", rules) == []


@pytest.mark.parametrize("typed,stored", [
    ("SF 1234 5678 90123", "SF1234567890123"),  # C11: as printed on the waybill
    ("1234-5678-9012", "123456789012"),
    ("1234 5678 9012", "123456789012"),
    ("sf\u30001234\u00a05678\u200990123", "SF1234567890123"),  # full-width, no-break and thin spaces
    ("ＳＦ１２３４－５６７８‑９０１２３", "SF1234567890123"),  # full-width letters and hyphen, non-breaking hyphen
    (" RR 473 124 829 CN ", "RR473124829CN"),
])
def test_c11_spaces_and_hyphens_inside_are_dropped_before_the_rule_check(typed, stored):
    assert read_tracking_number(typed) == stored
    assert check_tracking_number(typed, None) == stored
    assert [r.courier for r in matching_rules(typed, [POST, SF, DIGITS])] == \
        [r.courier for r in matching_rules(stored, [POST, SF, DIGITS])] != []
    assert check_tracking_number("SF 1234 5678 90123", SF) == "SF1234567890123"
    assert check_tracking_number("RR 4731 2482 9CN", POST) == "RR473124829CN"


@pytest.mark.parametrize("typed", ["SF.1234.5678.90123", "SF/1234567890123", "SF_1234567890123",
                                   "SF\t1234567890123", "运单号 SF1234567890123"])
def test_c11_nothing_but_spaces_and_hyphens_is_dropped(typed):
    with pytest.raises(InvalidValue):
        read_tracking_number(typed)


def test_c11_a_wrong_check_digit_typed_with_spaces_is_still_refused():
    with pytest.raises(InvalidValue, match="check digit"):
        check_tracking_number("RR 4731 2482 8CN", POST)
