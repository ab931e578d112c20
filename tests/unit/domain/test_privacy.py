"""Resident identity card numbers are refused in free text (issue 10, "Children's data"; PIPL art. 28/31)."""

from __future__ import annotations

import pytest
from stdnum.cn import ric

from bqw_desktop.domain.errors import InvalidValue
from bqw_desktop.domain.privacy import refuse_identity_numbers
from bqw_desktop.domain.roles import clean_name

#: the specimen number of GB 11643 examples (Beijing, Chaoyang, born 1949-12-31)
SPECIMEN = "11010519491231002X"


def with_check_digit(first17: str) -> str:
    return first17 + ric.calc_check_digit(first17 + "0")


#: a child born 2015 in Hangzhou's 临平区 (330113, a district since 2021): stdnum's region table lacks it
LINPING_CHILD = with_check_digit("33011320150601123")


@pytest.mark.parametrize("text", [
    SPECIMEN,
    f"家长身份证 {SPECIMEN} 已核对",
    f"孩子证件号{SPECIMEN.lower()}。",
    "110105 19491231 002X",
    "110105-19491231-002X",
    "１１０１０５１９４９１２３１００２Ｘ",  # full-width, as a Chinese input method types it
    "110105.19491231.002X",
    "110105/19491231/002X",
    "110105_19491231_002x",
    "110105·19491231·002X",
    "110105  19491231  002X",  # two spaces
    "110105\u300019491231\u3000002X",  # the ideographic (full-width) space
    "１１０１０５－１９４９１２３１－００２Ｘ",
    "1101 0519 4912 3100 2X",  # groups of four
    "110 105 194 912 310 02X",
    "1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 X",
    "110105 - 19491231 - 002X",
    f"第3箱 {SPECIMEN}",  # a number before it, joined by a space, does not hide it
    "件数 2 110105 19491231 002X 号",
    LINPING_CHILD,
])
def test_an_id_card_number_is_refused_with_it_masked_in_the_message(text):
    with pytest.raises(InvalidValue, match="ID card number") as refused:
        refuse_identity_numbers(text)
    shown = refused.value.params["number"]
    assert len(shown) == 18 and shown[6:14] == "*" * 8  # the birth date is never repeated back
    assert SPECIMEN not in str(refused.value) and LINPING_CHILD not in str(refused.value)


@pytest.mark.parametrize("text", [
    None, "", "完好，已签收",
    SPECIMEN[:-1] + "1",  # wrong check digit
    with_check_digit("11010519491331002"),  # month 13: not a date
    "1" + SPECIMEN,  # 19 characters: not an ID card number
    "SF1234567890123 13812340000",  # tracking and phone numbers
    "EA202100017CN 202100000003",
    "2 " + SPECIMEN[:-1],  # 18 digits only with the number before it, and no check digit then
    "13812340000 13912340000",  # two phone numbers
    "1101 0519 4912 3100 2X3",  # 19 characters
    "2021-09-01 12:30 110105 1949",
])
def test_other_text_passes(text):
    refuse_identity_numbers(text)


def test_several_texts_are_checked_and_any_one_refuses():
    refuse_identity_numbers("张伟", None, "备注")
    with pytest.raises(InvalidValue):
        refuse_identity_numbers("张伟", None, f"备注 {SPECIMEN}")


def test_an_account_name_cannot_hold_an_id_card_number():
    assert clean_name(" 张伟 ") == "张伟"
    with pytest.raises(InvalidValue, match="ID card number"):
        clean_name(f"张伟{SPECIMEN}")
