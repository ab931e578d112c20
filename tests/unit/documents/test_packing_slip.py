"""The A4 packing slip: real Chinese text (C03), whole numbers in cells (C04), scannable shipment code."""

from __future__ import annotations

from datetime import datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate, Table

from bqw_desktop.documents.fonts import register_cjk_font
from bqw_desktop.documents.a4 import CellText
from bqw_desktop.documents.packing_slip import PackingSlipData, SlipLine, render_packing_slip
from bqw_desktop.domain.catalogue import Category
from bqw_desktop.domain.identifiers import CodeKind, make_code

from tests.helpers.pdfcheck import code128, pages

SHIPMENT = make_code(CodeKind.SHIPMENT, 7)
DESCRIPTIONS = ["儿童羽绒服", "篮球（7号）", "小学生文具套装（书包、铅笔盒、笔记本、彩色铅笔、橡皮、尺子）", "毛巾牙刷洗漱套装"]


def slip(n_lines: int, **changes) -> PackingSlipData:
    categories = list(Category)
    lines = [
        SlipLine(
            make_code(CodeKind.ITEM_SET, i),
            categories[i % 4],
            DESCRIPTIONS[i % 4],
            ["120–130cm", "7号", "标准", "均码"][i % 4],
            1 + i % 3,
            make_code(CodeKind.CARTON, i % 28 + 1),
        )
        for i in range(1, n_lines + 1)
    ]
    data = dict(
        shipment_code=SHIPMENT,
        destination_name="千岛湖镇中心小学",
        destination_district="淳安县",
        destination_address="杭州市淳安县千岛湖镇测试路1号",
        contact_name="张伟",
        contact_phone="13800000000",
        courier_name="顺丰速运",
        tracking_number="SF1234567890123",
        status_zh="已交接",
        created_at=datetime(2025, 3, 1, 9, 30),
        handed_over_at=datetime(2025, 3, 2, 14, 5),
        printed_at=datetime(2025, 3, 2, 15, 0),
        lines=lines,
    )
    return PackingSlipData(**{**data, **changes})


def text_lines(path) -> list[list[str]]:
    return [page.extract_text().splitlines() for page in PdfReader(path).pages]


def contains_run(lines: list[str], run: list[str]) -> bool:
    return any(lines[i : i + len(run)] == run for i in range(len(lines)))


def test_c03_receiver_address_and_phone_are_real_text(tmp_path):
    path = tmp_path / "slip.pdf"
    render_packing_slip(slip(3), path)
    first = text_lines(path)[0]
    for value in ("装箱单", "百千万爱心聪盟", "张伟", "杭州市淳安县千岛湖镇测试路1号", "13800000000", SHIPMENT, "已交接"):
        assert value in first  # each a whole line: no boxes, no "?", nothing split
    assert contains_run(first, ["收货点", "千岛湖镇中心小学（淳安县）"])
    assert contains_run(first, ["运单号", "SF1234567890123"])
    assert contains_run(first, ["打印时间", "2025-03-02 15:00"])


def test_missing_tracking_number_is_marked(tmp_path):
    path = tmp_path / "slip.pdf"
    render_packing_slip(slip(1, tracking_number=None, handed_over_at=None, status_zh="装箱中"), path)
    first = text_lines(path)[0]
    assert contains_run(first, ["运单号", "（未填写）"])
    assert contains_run(first, ["交接时间", "—"])


@pytest.mark.parametrize("dpi", [150, 203, 300])
def test_shipment_barcode_scans(tmp_path, dpi):
    path = tmp_path / "slip.pdf"
    render_packing_slip(slip(2), path)
    assert code128(next(pages(path, dpi))) == [SHIPMENT]


def test_multi_page_slip_repeats_the_header_numbers_pages_and_totals(tmp_path):
    path = tmp_path / "slip.pdf"
    data = slip(120)
    render_packing_slip(data, path)
    texts = text_lines(path)
    assert len(texts) >= 3
    header = ["序号", "包裹", "件套编号", "类别", "品名", "规格/尺码", "件数", "来货箱"]
    for number, lines in enumerate(texts, 1):
        assert contains_run(lines, header), number
        assert f"第 {number} 页 / 共 {len(texts)} 页" in lines
    printed = [line for lines in texts for line in lines if line.startswith("IS")]
    assert printed == [line.code for line in data.lines]  # every item set once, in order

    last = texts[-1]
    assert contains_run(last, ["类别", "件套数", "件数"])
    for name, sets, pieces in (("服装", 30, 60), ("体育用品", 30, 60), ("文化学习用品", 30, 60), ("生活用品", 30, 60)):
        assert contains_run(last, [name, str(sets), str(pieces)])
    assert contains_run(last, ["合计", "120", "240"])
    for signature in ("交接（物流公司签字）", "收货点签收（签字）", "仓库经办人"):
        assert signature in last


def test_totals_list_only_categories_present(tmp_path):
    data = slip(2)  # item sets 1 and 2: sports and study
    path = tmp_path / "slip.pdf"
    render_packing_slip(data, path)
    lines = text_lines(path)[-1]
    assert contains_run(lines, ["体育用品", "1", "2"]) and contains_run(lines, ["文化学习用品", "1", "3"])
    assert contains_run(lines, ["合计", "2", "5"])
    assert not contains_run(lines, ["服装", "0", "0"])


def test_c04_numbers_stay_whole_in_narrow_cells(tmp_path):
    font = register_cjk_font()
    tracking = CellText("运单号SF1234567890123", font)
    address = CellText("杭州市淳安县千岛湖镇测试路1号社区服务中心三楼 13800000000", font)
    path = tmp_path / "cells.pdf"
    table = Table([[tracking, address]], colWidths=[30 * mm, 40 * mm])
    SimpleDocTemplate(str(path)).build([table])

    lines = text_lines(path)[0]
    for number in ("SF1234567890123", "13800000000"):
        assert sum(number in line for line in lines) == 1, lines  # whole, on one line
    for cell, width in ((tracking, 30 * mm), (address, 40 * mm)):
        inner = width - 12  # Table's default padding: 6 pt each side
        assert len(cell.lines) > 1
        assert max(stringWidth(line, font, cell.size) for line in cell.lines) <= inner


def test_c04_a_number_wider_than_its_cell_shrinks_instead_of_overflowing():
    font = register_cjk_font()
    cell = CellText("SF" + "1234567890" * 4, font)
    width = 30 * mm
    cell.wrap(width, 100)
    assert len(cell.lines) == 1
    assert stringWidth(cell.lines[0], font, cell.size) <= width


def test_long_address_wraps_in_the_slip_but_keeps_the_phone_whole(tmp_path):
    path = tmp_path / "slip.pdf"
    address = "浙江省杭州市淳安县千岛湖镇测试路1号千岛湖镇中心小学教学楼三楼总务处办公室 联系电话13800000000"
    render_packing_slip(slip(1, destination_address=address), path)
    first = text_lines(path)[0]
    assert any(line.endswith("13800000000") for line in first)
    assert "".join(first).count("13800000000") == 2  # the address and the 电话 field


def test_empty_shipment_prints_a_placeholder_row(tmp_path):
    path = tmp_path / "slip.pdf"
    render_packing_slip(slip(0, tracking_number=None), path)
    lines = text_lines(path)[0]
    assert "（尚未装入件套）" in lines
    assert contains_run(lines, ["合计", "0", "0"])
