"""Cleaning and classifying scans: cases C05 (full width) and C06 (framing, prefixes, GS1)."""

from datetime import date

import pytest

from bqw_desktop.domain.catalogue import NonconformanceReason
from bqw_desktop.domain.errors import InvalidCode
from bqw_desktop.domain.scanning import Command, ScanKind, classify, clean_scan, command_text, parse_gs1


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
    assert classify("6901234567892").kind is ScanKind.GTIN
    assert classify("96385074").kind is ScanKind.GTIN
    assert classify("SF1234567890123").kind is ScanKind.TRACKING_NUMBER
    assert classify("RR123456785CN").kind is ScanKind.TRACKING_NUMBER
    for bad in ("6901234567890", "IS000001M", "hello", "仓A-01", "CMD-JUMP", "CMD-FAIL", "CMD-PASS-DAMAGED"):
        with pytest.raises(InvalidCode):
            classify(bad)


def test_commands_round_trip():
    for command in (Command.PASS, Command.DONE, Command.UNDO, Command.CANCEL):
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
