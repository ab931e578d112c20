"""Every label template at 203 and 300 dpi, A4 sheets, offsets and the calibration page."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from bqw_desktop.documents.labels import (
    TEMPLATES,
    LabelData,
    LabelProfile,
    LabelTemplate,
    SheetLayout,
    module_dots_for,
    render_calibration,
    render_labels,
)
from bqw_desktop.domain.identifiers import CodeKind, make_code

from tests.helpers.pdfcheck import code128, pages

SAMPLES = {
    LabelTemplate.ITEM_40X30: [LabelData(make_code(CodeKind.ITEM_SET, n), "服装 · 儿童羽绒服", "130cm · 2件")
                               for n in (1, 99, 1896)],
    LabelTemplate.ITEM_50X30: [LabelData(make_code(CodeKind.ITEM_SET, n), "体育用品 · 篮球", "1件 · 全新") for n in (2, 3)],
    LabelTemplate.ITEM_60X40: [LabelData(make_code(CodeKind.ITEM_SET, 7), "文化学习用品 · 文具套装", "7件")],
    LabelTemplate.CARTON_100X70: [LabelData(make_code(CodeKind.CARTON, n), "来货箱 · 服装", "杭州市某某爱心企业 · 2021-06-08")
                                  for n in (1, 28)],
    LabelTemplate.LOCATION_80X50: [LabelData("A-01-03", "库位 · A 区 01 架 03 层"), LabelData("B-12-01", "库位 · B 区 12 架 01 层")],
    LabelTemplate.PACKAGE_100X150: [LabelData(make_code(CodeKind.SHIPMENT, 5), "包裹 · 淳安县千岛湖镇儿童之家", "1/3")],
}


def test_module_widths_are_whole_dots_of_at_least_a_quarter_millimetre():
    assert [module_dots_for(dpi) for dpi in (203, 300, 600)] == [2, 3, 6]


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("template", list(LabelTemplate), ids=lambda t: t.value)
def test_every_template_scans_as_its_ids_and_has_its_chinese_text(tmp_path, template, dpi):
    profile = LabelProfile.for_template(template, dpi)
    labels = SAMPLES[template]
    path = tmp_path / "labels.pdf"
    result = render_labels(labels, path, profile)
    assert result.refused == [] and result.pages == len(labels)
    reader = PdfReader(path)
    spec = TEMPLATES[template]
    for label, page, image in zip(labels, reader.pages, pages(path, dpi), strict=True):
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (spec.width_mm * mm, spec.height_mm * mm))
        text = page.extract_text()
        assert label.title in text and label.code in text and label.detail in text
        assert code128(image) == [label.code]


@pytest.mark.parametrize("dpi", [203, 300])
def test_a4_sheet_layout_places_every_label_and_each_scans(tmp_path, dpi):
    sheet = SheetLayout(rows=7, columns=3, margin_top_mm=13.5, margin_left_mm=7, pitch_x_mm=66, pitch_y_mm=40)
    profile = LabelProfile.for_template(LabelTemplate.ITEM_60X40, dpi, sheet=sheet)
    labels = [LabelData(make_code(CodeKind.ITEM_SET, n), f"服装 · 儿童外套 {n}", "120cm") for n in range(1, 26)]
    path = tmp_path / "sheet.pdf"
    result = render_labels(labels, path, profile)
    assert (result.pages, result.labels) == (2, 25)
    reader = PdfReader(path)
    assert (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)) == pytest.approx(A4)
    found = []
    for image in pages(path, dpi):
        width = image.width
        cell_w, cell_h = round(66 * mm / 72 * dpi), round(40 * mm / 72 * dpi)
        left, top = round(7 * mm / 72 * dpi), round(13.5 * mm / 72 * dpi)
        for r in range(7):
            for c in range(3):
                box = (left + c * cell_w, top + r * cell_h, min(width, left + c * cell_w + round(60 * mm / 72 * dpi)),
                       top + r * cell_h + round(40 * mm / 72 * dpi))
                found += code128(image.crop(box))
    assert found == [label.code for label in labels]
    assert "儿童外套 25" in reader.pages[1].extract_text()


def test_a_sheet_that_does_not_fit_a4_is_refused(tmp_path):
    profile = LabelProfile.for_template(LabelTemplate.CARTON_100X70, sheet=SheetLayout(rows=5, columns=2))
    with pytest.raises(ValueError, match="A4"):
        render_labels([], tmp_path / "x.pdf", profile)


def test_offsets_move_the_print(tmp_path):
    label = [LabelData("IS0000013", "服装")]
    plain, moved = tmp_path / "a.pdf", tmp_path / "b.pdf"
    render_labels(label, plain, LabelProfile.for_template(LabelTemplate.ITEM_60X40, 300))
    render_labels(label, moved, LabelProfile.for_template(LabelTemplate.ITEM_60X40, 300, offset_x_mm=2, offset_y_mm=1))
    ink = lambda path: next(pages(path, 300)).point(lambda p: 255 if p < 128 else 0).getbbox()  # noqa: E731
    a, b = ink(plain), ink(moved)
    dots = lambda v: round(v / 25.4 * 300)  # noqa: E731
    assert b[0] - a[0] == pytest.approx(dots(2), abs=1) and b[1] - a[1] == pytest.approx(dots(1), abs=1)
    assert code128(next(pages(moved, 300))) == ["IS0000013"]


def test_calibration_page_shows_the_settings(tmp_path):
    path = tmp_path / "cal.pdf"
    render_calibration(path, LabelProfile.for_template(LabelTemplate.ITEM_50X30, 300, offset_x_mm=-1.5))
    text = PdfReader(path).pages[0].extract_text()
    assert "50×30 mm" in text and "300 dpi" in text and "X 偏移 -1.5 mm" in text
    sheet = LabelProfile.for_template(LabelTemplate.ITEM_60X40, sheet=SheetLayout(7, 3, 13.5, 7, 66, 40))
    render_calibration(path, sheet)
    assert PdfReader(path).pages[0].extract_text().count("校准页") == 21
