"""Cleaning and classifying scans: cases C05 (full width) and C06 (framing, prefixes, GS1)."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bqw_desktop.domain.catalogue import NonconformanceReason
from bqw_desktop.domain.errors import InvalidCode
from bqw_desktop.domain.scanning import (
    GS1_SYMBOLOGY_IDS,
    MAX_SCAN_LENGTH,
    SHOWN_CODE_LENGTH,
    Command,
    ScanKind,
    classify,
    clean_scan,
    command_text,
    parse_gs1,
    shown_code,
)


@pytest.mark.parametrize(
    "raw,prefix,expected",
    [
        ("６９０１２３４５６７８９２", "", "6901234567892"),  # C05: full-width digits
        ("ＳＦ１２３", "", "SF123"),
        ("  IS000001L \t", "", "IS000001L"),
        ("\x02DN0001\x03", "", "DN0001"),  # C06: STX/ETX framing
        ("\x02IS000001L\x03\r\n", "", "IS000001L"),
        ("\x00026IS000001L", "\x00026", "IS000001L"),  # C06: configured prefix with a NUL
        ("\x00026IS000001L", "026", "IS000001L"),
        ("IS0\x0700001L\x7f", "", "IS000001L"),  # other control characters never stored
    ],
)
def test_clean_scan(raw, prefix, expected):
    assert clean_scan(raw, prefix=prefix) == expected


def test_configured_suffix_is_stripped():
    assert clean_scan("IS000001L#END", suffix="#END") == "IS000001L"


def test_gs1_element_strings_c06():
    scan = classify(clean_scan("]C1" + "0106901234567892" + "10LOT7" + "\x1d" + "17261231"))
    assert scan.kind is ScanKind.GTIN and scan.text == "06901234567892"
    assert (scan.gs1.gtin, scan.gs1.lot, scan.gs1.expiry) == ("06901234567892", "LOT7", date(2026, 12, 31))
    with pytest.raises(InvalidCode, match="ambiguous") as caught:  # the separator was lost: flagged
        classify(clean_scan("]C1" + "0106901234567892" + "10LOT7" + "17261231"))
    assert caught.value.params["ai"] == "10"


@pytest.mark.parametrize("identifier", ["]C1", "]d2", "]Q3"])
def test_gs1_symbology_identifiers(identifier):
    data = parse_gs1("0106901234567892" + "21SER9" + "\x1d" + "10LOT")
    assert (data.serial, data.lot) == ("SER9", "LOT")
    assert classify(identifier + "0106901234567892" + "21SER9").gs1.serial == "SER9"


@pytest.mark.parametrize("broken", ["0106901234567890", "01069012", "99", "17991399" + "0106901234567892"])
def test_broken_gs1_is_refused(broken):
    with pytest.raises(InvalidCode):
        classify("]C1" + broken)


def test_classify_kinds():
    assert classify("IS000001L").kind is ScanKind.ITEM_SET
    assert classify("is000001l").text == "IS000001L"
    assert classify("SH00001Q").kind is ScanKind.SHIPMENT
    assert classify("ws0000001g").kind is ScanKind.WISH  # a wish card's barcode (issue 12)
    assert classify("WS0000001G").code.serial == 1
    assert classify("CH0000001B").kind is ScanKind.CHILD
    assert classify("6901234567892").kind is ScanKind.GTIN
    assert classify("96385074").kind is ScanKind.GTIN
    assert classify("SF1234567890123").kind is ScanKind.TRACKING_NUMBER
    assert classify("RR123456785CN").kind is ScanKind.TRACKING_NUMBER
    for bad in ("6901234567890", "IS000001M", "WS0000001H", "hello", "仓A-01", "CMD-JUMP", "CMD-FAIL", "CMD-PASS-DAMAGED",
                "CMD-PASSALL-DAMAGED"):
        with pytest.raises(InvalidCode):
            classify(bad)


def test_commands_round_trip():
    for command in (Command.PASS, Command.PASS_ALL, Command.DONE, Command.UNDO, Command.CANCEL):
        scan = classify(command_text(command))
        assert (scan.kind, scan.command, scan.reason) == (ScanKind.COMMAND, command, None)
    for reason in NonconformanceReason:
        scan = classify(command_text(Command.FAIL, reason))
        assert (scan.command, scan.reason) == (Command.FAIL, reason)


def test_all_digit_waybills_on_a_page_that_takes_tracking_numbers():
    shipping_page = frozenset({ScanKind.SHIPMENT, ScanKind.ITEM_SET, ScanKind.TRACKING_NUMBER})
    for digits in ("202100000003", "123456789012", "6901234567892"):  # even one with a valid GTIN check digit
        scan = classify(digits, shipping_page)
        assert (scan.kind, scan.text) == (ScanKind.TRACKING_NUMBER, digits)
    assert classify("6901234567892").kind is ScanKind.GTIN  # elsewhere digits are a product's GTIN
    assert classify("6901234567892", frozenset({ScanKind.GTIN, ScanKind.TRACKING_NUMBER})).kind is ScanKind.GTIN
    with pytest.raises(InvalidCode):
        classify("202100000003")  # not a valid GTIN, and no page asked for a waybill


def test_a_upu_number_whose_letters_are_one_of_our_prefixes_is_a_tracking_number():
    """A postal S10 number (two letters, eight digits and a check digit, the country) starting with CT, IS
    or WS was read as a carton, item set or wish code of the wrong length and refused."""
    for number in ("CT123456789CN", "IS987654321CN", "WS000000011CN", "PK 123 456 789 CN"):
        scan = classify(clean_scan(number))
        assert (scan.kind, scan.text) == (ScanKind.TRACKING_NUMBER, number.replace(" ", ""))
    assert classify("CT00001B").kind is ScanKind.CARTON  # ours still are ours
    with pytest.raises(InvalidCode, match="CT1234567"):
        classify("CT1234567")  # a code of ours with a digit too many is still refused as one of ours


def test_c11_a_tracking_number_typed_in_the_scan_field_as_printed():
    shipping_page = frozenset({ScanKind.SHIPMENT, ScanKind.ITEM_SET, ScanKind.TRACKING_NUMBER})
    for typed, number in (("SF 1234 5678 90123", "SF1234567890123"), ("1234-5678-9012", "123456789012"),
                          ("ＳＦ　１２３４－５６７８　９０１２３", "SF1234567890123")):
        scan = classify(clean_scan(typed), shipping_page)
        assert (scan.kind, scan.text) == (ScanKind.TRACKING_NUMBER, number)
    assert classify("6901-2345-67892").text == "6901234567892"  # a GTIN typed in groups, elsewhere


@pytest.mark.parametrize("broken", ["3101", "3101" + "\x1d", "3152(", "8(030((4)28378", "3103", "392"])
def test_gs1_data_the_parser_trips_on_is_a_refusal(broken):
    # "]C13101": net weight with no value raised decimal.InvalidOperation out of the window (issue 9, fault 10)
    with pytest.raises(InvalidCode, match="cannot be read"):
        classify(clean_scan("]C1" + broken))


def test_a_huge_scan_is_refused_at_once_without_being_echoed_whole():
    huge = "IS000001L" * 111_112  # 1,000,008 characters
    with pytest.raises(InvalidCode) as refused:  # the window froze minutes echoing it whole
        classify(clean_scan(huge))
    message = str(refused.value)
    assert len(message) < 200 and "200" in message and message.count("IS000001L") == 4
    assert len(clean_scan("\x00" * 10**6)) == MAX_SCAN_LENGTH + 1  # not cleaned down to something short
    exact = "6901234567892" + " " * (MAX_SCAN_LENGTH - 13)  # at the limit: still cleaned and taken
    assert classify(clean_scan(exact)).text == "6901234567892"


def test_shown_code_is_short_and_visible():
    assert shown_code("IS000001L") == "IS000001L"
    assert shown_code("x" * 1000) == "x" * SHOWN_CODE_LENGTH + "…"
    assert shown_code("01\x1d10\x00") == "01<GS>10\ufffd"


_AFFIXES = st.sampled_from(["", *GS1_SYMBOLOGY_IDS, "CMD-", "CMD-FAIL-", "IS", "CT", "WS", "CH", "SF", "RR", "\x02",
                           "\x00026"])
_BODIES = st.one_of(
    st.text(max_size=80),  # any Unicode: control characters, full width, surrogates excluded by hypothesis
    st.text(alphabet="0123456789()\x1d", max_size=60),  # GS1-like element strings
    st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ -\u3000", max_size=40),
    st.text(alphabet="０１２３４５６７８９ＳＦ　－", max_size=30),  # full width
    st.integers(MAX_SCAN_LENGTH - 5, 5000).map(lambda n: "9" * n),  # at and over the limit
)
#: scans in the shape of random text; a random choice of what the page on show takes
RANDOM_SCANS = st.tuples(_AFFIXES, _BODIES, _AFFIXES).map("".join)
_WANTED = st.frozensets(st.sampled_from(list(ScanKind)))


@settings(max_examples=1000, deadline=None)
@given(raw=RANDOM_SCANS, wanted=_WANTED)
def test_property_random_scans_are_classified_or_refused_never_crash(raw, wanted):
    """Issue 9, fault 10: whatever the scanner types, the only exception is a refusal (InvalidCode)."""
    try:
        text = clean_scan(raw)
        scan = classify(text, wanted)
    except InvalidCode as refused:
        assert len(str(refused)) < 400  # a refusal never echoes a long scan whole
    else:
        assert scan.text and len(scan.text) <= MAX_SCAN_LENGTH and scan.text.isprintable()
