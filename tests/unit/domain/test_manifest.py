"""Manifests as offices save them: real bytes for each case (C08 encodings, C09 Excel's numbers)."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from bqw_desktop.domain.catalogue import Category
from bqw_desktop.domain.manifest import (
    ManifestEncodingError,
    ManifestFormatError,
    parse_manifest,
    read_csv_rows,
)

HEADER = "条码,数量,类别,品名,箱号,尺码,每套件数"


def test_c08_utf8_bom_first_column_is_the_barcode():
    data = b"\xef\xbb\xbf" + f"{HEADER}\r\n6901234567892,3,服装,儿童T恤,00123,120cm,2\r\n".encode()
    assert data.startswith(bytes.fromhex("EFBBBF")) and "条码,数量".encode() in data
    rows, encoding = read_csv_rows(data)
    assert rows[0][0] == "条码" and encoding == "utf-8-sig"
    preview = parse_manifest(data, "list.csv")
    assert preview.ok and preview.errors == []
    (line,) = preview.lines
    assert (line.gtin, line.quantity, line.category, line.description, line.carton, line.size, line.pieces) == (
        "6901234567892", 3, Category.CLOTHING, "儿童T恤", "00123", "120cm", 2)


def test_c08_gbk_from_chinese_excel():
    data = f"{HEADER}\r\n6901234567892,5,文化学习用品,文具套装,,,\r\n".encode("gbk")
    assert data.startswith(bytes.fromhex("CCF5C2EB2CCAFDC1BF"))  # 条码,数量 in GBK
    rows, encoding = read_csv_rows(data)
    assert rows[0][:2] == ["条码", "数量"] and encoding == "gb18030"
    preview = parse_manifest(data, "清单.csv")
    assert [(l.description, l.quantity, l.category) for l in preview.lines] == [("文具套装", 5, Category.STUDY)]


def test_c08_neither_utf8_nor_gb18030_is_a_clear_error_not_mojibake():
    with pytest.raises(ManifestEncodingError, match="UTF-8 or GB18030"):
        parse_manifest(b"\x80\x81\xff\xfe\x00garbage", "x.csv")
    with pytest.raises(ManifestEncodingError):
        parse_manifest(b"PK\x03\x04\x00\x00binary", "x.csv")  # an .xlsx renamed to .csv


def test_utf16_unicode_text_from_excel():
    data = "\ufeff类别\t品名\t数量\r\n体育用品\t篮球\t4\r\n".encode("utf-16-le")
    preview = parse_manifest(data, "list.txt")
    assert [(l.category, l.description, l.quantity) for l in preview.lines] == [(Category.SPORTS, "篮球", 4)]


def test_c09_scientific_notation_is_refused_with_row_numbers_and_zeros_kept():
    data = (f"{HEADER}\r\n"
            "6.90123E+12,2,服装,儿童外套,001,,\r\n"      # row 2: barcode mangled by Excel
            "6901234567892,1,服装,儿童外套,00123,,\r\n"    # row 3: fine, zeros kept
            "6901234567890,1,服装,儿童外套,002,,\r\n"      # row 4: wrong check digit
            ",7.31E+13,体育用品,跳绳,003,,\r\n"            # row 5: a number in scientific notation
            ",2,玩具,积木,004,,\r\n").encode()             # row 6: unknown category
    preview = parse_manifest(data, "m.csv")
    assert not preview.ok
    assert [e.row for e in preview.errors] == [2, 4, 5, 6]
    reasons = [str(e.error) for e in preview.errors]
    assert "converted to scientific notation by Excel" in reasons[0] and "6.90123E+12" in reasons[0]
    assert "check digit should be 2" in reasons[1]
    assert "converted to scientific notation by Excel" in reasons[2] and "7.31E+13" in reasons[2]
    assert "玩具" in reasons[3]
    assert [l.carton for l in preview.lines] == ["00123"]


def test_full_width_digits_are_normalised():
    data = f"{HEADER}\r\n６９０１２３４５６７８９２,１２,生活用品,毛巾,００７,,\r\n".encode()
    (line,) = parse_manifest(data, "m.csv").lines
    assert (line.gtin, line.quantity, line.carton) == ("6901234567892", 12, "007")


def xlsx(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_c09_xlsx_numeric_cells_have_no_point_zero_and_text_zeros_stay():
    data = xlsx([HEADER.split(","), [6901234567892, 3, "服装", "儿童羽绒服", "00123", "130cm", 2],
                 ["690123456789", 2.0, "体育用品", "足球", 17, None, None]])
    preview = parse_manifest(data, "m.xlsx")
    assert preview.errors == []
    first, second = preview.lines
    assert first.gtin == "6901234567892" and first.carton == "00123" and first.quantity == 3
    assert second.gtin == "6901234567892" and second.carton == "17" and second.quantity == 2  # 12 digits + check


def test_xlsx_number_beyond_excel_precision_is_refused():
    data = xlsx([["类别", "品名", "数量", "箱号"], ["服装", "外套", 1, 12345678901234567]])
    preview = parse_manifest(data, "m.xlsx")
    assert [e.row for e in preview.errors] == [2]
    assert "scientific notation" in str(preview.errors[0].error)


def test_missing_columns_and_not_a_workbook():
    with pytest.raises(ManifestFormatError, match="数量"):
        parse_manifest("类别,品名\r\n服装,外套\r\n".encode(), "m.csv")
    with pytest.raises(ManifestFormatError, match="workbook"):
        parse_manifest(b"not a zip", "m.xlsx")


def test_blank_rows_are_skipped_and_bad_quantities_refused():
    data = "类别,品名,数量\r\n服装,外套,2\r\n,,\r\n服装,外套,两\r\n服装,外套,0\r\n".encode()
    preview = parse_manifest(data, "m.csv")
    assert [l.row for l in preview.lines] == [2] and [e.row for e in preview.errors] == [4, 5]


def test_c13_a_number_excel_shows_zero_padded_is_stored_as_shown():
    book = Workbook()
    sheet = book.active
    sheet.append(["箱号", "类别", "品名", "数量"])
    sheet.append([123, "服装", "外套", 2])
    sheet["A2"].number_format = "00000"  # Excel shows 00123
    sheet.append([7, "服装", "外套", 1])
    sheet["A3"].number_format = '"CT-"000'  # Excel shows CT-007: neither "7" nor "007" is what it shows
    sheet.append([45, "服装", "外套", 3])  # General: shown and stored as 45
    out = io.BytesIO()
    book.save(out)
    preview = parse_manifest(out.getvalue(), "m.xlsx")
    assert [(l.row, l.carton) for l in preview.lines] == [(2, "00123"), (4, "45")]
    (error,) = preview.errors
    assert error.row == 3
    assert "箱号 (A)" in str(error.error) and '"CT-"000' in str(error.error) and "Excel shows" in str(error.error)


def test_a_cell_longer_than_csv_s_limit_is_refused_with_its_row_and_column_not_quoted():
    long = "长" * 140_000  # over csv's 131,072-character field limit
    data = f"类别,数量,品名\r\n服装,1,外套\r\n服装,2,{long}\r\n".encode()
    preview = parse_manifest(data, "m.csv")
    assert [l.row for l in preview.lines] == [2]
    (error,) = preview.errors
    assert error.row == 3
    message = str(error.error)
    assert "品名 (C)" in message and "140,000 characters" in message and "200" in message
    assert len(message) < 200  # the banner is not handed the cell


@pytest.mark.parametrize("column, limit", [("箱号", 40), ("尺码", 40), ("类别", 20)])
def test_cells_too_long_for_their_column_are_refused_not_cut(column, limit):
    cells = {"箱号": "1", "尺码": "120cm", "类别": "服装"}
    cells[column] = "9" * (limit + 1)
    data = (f"箱号,尺码,类别,品名,数量\r\n{cells['箱号']},{cells['尺码']},{cells['类别']},外套,1\r\n").encode()
    preview = parse_manifest(data, "m.csv")
    assert preview.lines == [] and [e.row for e in preview.errors] == [2]
    assert f"{column} (" in str(preview.errors[0].error) and f"at most {limit}" in str(preview.errors[0].error)


def test_a_column_named_twice_is_refused_naming_both_columns():
    data = "类别,数量,品名,qty\r\n服装,1,外套,5\r\n".encode()
    with pytest.raises(ManifestFormatError) as refused:
        parse_manifest(data, "m.csv")
    assert "数量" in str(refused.value) and "columns B and D" in str(refused.value)
    with pytest.raises(ManifestFormatError, match="columns B and C"):
        parse_manifest("类别,数量,数量,品名\r\n服装,1,2,外套\r\n".encode(), "m.csv")


@pytest.mark.parametrize("cell", [
    '=HYPERLINK("http://example.com/x","点击领取")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
])
def test_formula_text_is_refused_with_row_and_column(cell):
    import csv

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerows([["类别", "数量", "品名", "尺码"], ["服装", "1", "外套", "-"], ["服装", "1", cell, ""]])
    preview = parse_manifest(out.getvalue().encode(), "m.csv")
    assert [(l.row, l.size) for l in preview.lines] == [(2, "-")]  # a lone dash ("none") is not a formula
    (error,) = preview.errors
    assert error.row == 3 and "品名 (C)" in str(error.error) and "formula" in str(error.error)
    if not cell.startswith("="):  # openpyxl would write "=…" as a formula; Excel text cells are checked alike
        assert parse_manifest(xlsx([["类别", "数量", "品名"], ["服装", 1, cell]]), "m.xlsx").errors[0].row == 2



@pytest.mark.parametrize("cell", ["-3", "+1+cmd|' /C calc'!A0"])
def test_a_count_column_says_it_takes_a_whole_number_not_that_a_formula_was_seen(cell):
    """A negative 数量 was refused as "starts like a spreadsheet formula"; a count takes digits only,
    so whatever else it holds (a formula too) is refused as not a whole number."""
    (error,) = parse_manifest(f"类别,数量,品名\r\n服装,{cell},外套\r\n".encode(), "m.csv").errors
    assert "数量 (B)" in str(error.error) and "not a whole number from 1 to 99,999" in str(error.error)
