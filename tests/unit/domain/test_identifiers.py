import pytest

from bqw_desktop.domain.errors import InvalidCode
from bqw_desktop.domain.identifiers import CodeKind, expect_kind, make_code, parse_code

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def test_codes_are_short_ascii_and_round_trip():
    code = make_code(CodeKind.ITEM_SET, 1)
    assert code == "IS000001L"
    parsed = parse_code(code)
    assert (parsed.kind, parsed.serial, parsed.text) == (CodeKind.ITEM_SET, 1, code)
    assert make_code(CodeKind.CARTON, 28) == "CT00028" + make_code(CodeKind.CARTON, 28)[-1]
    assert len(make_code(CodeKind.SHIPMENT, 99999)) == 8
    assert make_code(CodeKind.ITEM_SET, 189_600).isascii()


def test_typed_lower_case_and_spaces_are_accepted():
    assert parse_code("  is000001l ").text == "IS000001L"


@pytest.mark.parametrize("serial", [1, 7, 1896, 189_600])
def test_every_single_character_error_is_refused(serial):
    code = make_code(CodeKind.ITEM_SET, serial)
    for position in range(2, len(code)):
        for replacement in ALPHABET:
            if replacement == code[position]:
                continue
            typo = code[:position] + replacement + code[position + 1:]
            with pytest.raises(InvalidCode):
                parse_code(typo)


@pytest.mark.parametrize("serial", [12, 345, 1896])
def test_adjacent_swaps_are_refused(serial):
    code = make_code(CodeKind.ITEM_SET, serial)
    for i in range(2, len(code) - 1):
        if code[i] != code[i + 1]:
            swapped = code[:i] + code[i + 1] + code[i] + code[i + 2:]
            with pytest.raises(InvalidCode):
                parse_code(swapped)


@pytest.mark.parametrize("text", ["", "hello", "IS12", "XX0000013", "IS00000013", "仓A-01", "SF1234567890123"])
def test_non_codes_are_refused_with_a_message(text):
    with pytest.raises(InvalidCode) as caught:
        parse_code(text)
    assert str(caught.value)


def test_expect_kind_names_both_kinds():
    with pytest.raises(InvalidCode) as caught:
        expect_kind(make_code(CodeKind.SHIPMENT, 1), CodeKind.ITEM_SET)
    assert str(caught.value) == "SH00001Q is a shipment code; an item-set code is needed here."


def test_a_parsed_code_is_not_parsed_again_and_keeps_its_kind(monkeypatch):
    from bqw_desktop.domain import identifiers

    shipment = parse_code(make_code(CodeKind.SHIPMENT, 1))
    monkeypatch.setattr(identifiers, "parse_code", lambda text: pytest.fail(f"{text} parsed again"))
    assert expect_kind(shipment, CodeKind.SHIPMENT) is shipment
    with pytest.raises(InvalidCode) as caught:
        expect_kind(shipment, CodeKind.ITEM_SET)
    assert str(caught.value) == "SH00001Q is a shipment code; an item-set code is needed here."


def test_child_and_wish_codes_have_room_for_the_100x_drive_and_their_own_kind():
    for kind in (CodeKind.CHILD, CodeKind.WISH):
        code = make_code(kind, 1_000_000 - 1)
        assert len(code) == 10 and parse_code(code).kind is kind
        assert parse_code(make_code(kind, 1)).serial == 1
    assert make_code(CodeKind.WISH, 1) == "WS0000001G"
    with pytest.raises(InvalidCode) as caught:
        expect_kind("WS0000001G", CodeKind.CHILD)
    assert str(caught.value) == "WS0000001G is a wish code; a child's code is needed here."
    with pytest.raises(InvalidCode):
        parse_code("WS0000001H")  # wrong check character
    with pytest.raises(InvalidCode):
        parse_code("WS000001G")  # six digits: the length of an item set's serial
