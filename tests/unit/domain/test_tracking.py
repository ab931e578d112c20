"""Courier tracking-number rules: patterns, UPU S10 check digits, and ambiguity never guessed."""

import pytest

from bqw_desktop.domain.errors import InvalidValue
from bqw_desktop.domain.tracking import (
    CheckDigit,
    TrackingRule,
    check_tracking_number,
    matching_rules,
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
