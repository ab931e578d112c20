"""Phone numbers as lists show them to roles that do not phone people (issue 10)."""

from __future__ import annotations

import pytest

from bqw_desktop.domain.roles import Role, mask_phone, sees_whole_phone


@pytest.mark.parametrize(("phone", "shown"), [
    ("13812340000", "138****0000"),  # the contract
    (" 13812340000 ", "138****0000"),
    ("138 1234 0000", "138****0000"),
    ("138-1234-0000", "138****0000"),
    ("１３８１２３４００００", "138****0000"),  # full-width digits
    ("+86 138 1234 0000", "+86 138****0000"),
    ("+8613812340000", "+86 138****0000"),
    ("008613812340000", "+86 138****0000"),
    ("+86-138-1234-0000", "+86 138****0000"),
    ("+852 9123 4567", "+852 ****4567"),  # 8 digits: four stay hidden
    ("0571-87654321", "057*****4321"),  # a landline with its area code
    ("(0571) 8765 4321", "057*****4321"),
    ("87654321", "****4321"),
    ("912345678", "9****5678"),
    ("12345", "***45"),  # short: only the last two
    ("110", "*10"),
    ("12", "12"),
    ("无", "无"),  # nothing to hide
    ("", ""),
    (None, None),
])
def test_mask_phone(phone, shown):
    assert mask_phone(phone) == shown


def test_a_masked_number_never_shows_the_middle_digits_of_a_mobile():
    for phone in ("13812345678", "+86 138 1234 5678", "008613812345678"):
        assert "1234" not in mask_phone(phone)


@pytest.mark.parametrize(("role", "whole"), [
    (Role.VOLUNTEER, False), (Role.COORDINATOR, True), (Role.ADMINISTRATOR, True), (Role.AUDITOR, False)])
def test_who_sees_whole_numbers(role, whole):
    assert sees_whole_phone(role) is whole
