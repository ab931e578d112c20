"""Code 128 values, module widths and vector drawing (case C02; TRAPS "Barcodes")."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bqw_desktop.documents.barcodes import (
    QUIET_ZONE_MODULES,
    BarcodeValueError,
    check_code128,
    code128_modules,
    draw_code128,
    module_width_pt,
)

from tests.helpers.pdfcheck import code128, pages

# values starting with "99" were silently mis-encoded by python-barcode 0.16 (the pair was dropped)
VALUES = ["IS0000013", "SF1234567890123", "9912345", "99G1G/P7u9b9j)64V", "0", "123", "A12345B", "a b~!{|}"]


@pytest.mark.parametrize("value", ["仓A-01", "IS00０013", "é", "tab\there", "x\x7f"])
def test_non_ascii_and_control_characters_are_refused_in_chinese(value):
    with pytest.raises(BarcodeValueError) as refused:
        check_code128(value)
    message = str(refused.value)
    assert "条码只能包含英文字母、数字和常用符号（ASCII 32–126）" in message
    assert refused.value.value == value


def test_the_refusal_names_the_bad_character():
    with pytest.raises(BarcodeValueError, match="“仓”"):
        code128_modules("仓A-01")


def test_empty_value_is_refused():
    with pytest.raises(BarcodeValueError, match="为空"):
        check_code128("")


def test_module_width_is_whole_dots():
    assert module_width_pt(203, 2) == pytest.approx(0.25 * mm, abs=0.001)
    assert module_width_pt(300, 3) == pytest.approx(0.254 * mm)
    with pytest.raises(ValueError):
        module_width_pt(203, 1.5)


@pytest.mark.parametrize("dpi", [203, 300])
def test_drawn_bars_decode_to_the_value(tmp_path, dpi):
    module = module_width_pt(dpi, 2 if dpi == 203 else 3)
    path = tmp_path / "bars.pdf"
    canvas = Canvas(str(path), pagesize=(80 * mm, 20 * mm))
    for value in VALUES:
        width = draw_code128(canvas, QUIET_ZONE_MODULES * module, 3 * mm, value, module_pt=module, height_pt=14 * mm)
        assert width == pytest.approx(len(code128_modules(value)) * module)
        canvas.showPage()
    canvas.save()
    assert [code128(image) for image in pages(path, dpi)] == [[value] for value in VALUES]


def test_bars_are_vector_rectangles_one_per_run():
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    draw_code128(canvas, 0, 0, "IS0000013", module_pt=1, height_pt=10)
    canvas.save()
    runs = len([r for r in code128_modules("IS0000013").split("0") if r])
    assert buffer.getvalue().count(b" re") == runs
    assert b"/XObject" not in buffer.getvalue()  # no bitmap
