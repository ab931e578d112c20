"""Label PDFs: every page scans as its ID at the printer's resolution, text is real and stays on the label."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from bqw_desktop.documents.barcodes import QUIET_ZONE_MODULES
from bqw_desktop.documents.labels import DEFAULT_PROFILE, LabelData, LabelProfile, render_labels
from bqw_desktop.domain.identifiers import CodeKind, make_code

from tests.helpers.pdfcheck import code128, pages

DRIVE_ITEM_SETS = 1896
LONG = LabelData(
    make_code(CodeKind.ITEM_SET, 21),
    "文化学习用品 · 小学生文具套装（书包、铅笔盒、笔记本、彩色铅笔、橡皮、尺子、卷笔刀）",
    "规格：标准套装 · 1套 · 箱 CT000018 · 捐赠方：杭州市某某爱心企业有限公司第三党支部",
)


def drive_labels() -> list[LabelData]:
    return [
        LabelData(make_code(CodeKind.ITEM_SET, n), f"服装 · 儿童羽绒服 {n}", f"120–130cm · 2件 · 箱 {make_code(CodeKind.CARTON, n % 28 + 1)}")
        for n in range(1, DRIVE_ITEM_SETS + 1)
    ]


@pytest.fixture(scope="module")
def drive_batch(tmp_path_factory):
    """The drive's 1,896 labels rendered once for each printer resolution: {dpi: (path, result)}."""
    batches = {}
    for profile in (DEFAULT_PROFILE, LabelProfile(dpi=300, module_dots=3)):
        path = tmp_path_factory.mktemp("labels") / f"labels-{profile.dpi}.pdf"
        batches[profile.dpi] = path, render_labels(drive_labels(), path, profile)
    return batches


@pytest.mark.slow
@pytest.mark.parametrize("dpi", [203, 300])
def test_every_drive_label_scans_as_its_id(drive_batch, dpi):
    path, result = drive_batch[dpi]
    assert result.pages == DRIVE_ITEM_SETS and result.refused == []
    expected = [[label.code] for label in drive_labels()]
    assert [code128(image) for image in pages(path, dpi)] == expected


@pytest.mark.slow
def test_drive_batch_is_small(drive_batch):
    path, _ = drive_batch[203]
    # an embedded-PNG approach made 35 MB (shared/TRAPS.md); its time is bench/labels.py's to measure
    assert path.stat().st_size < 4_000_000


@pytest.mark.slow  # the whole drive's 1,896 labels at two resolutions (1.6 s)
def test_drive_batch_text_is_real_text(drive_batch):
    path, _ = drive_batch[203]
    reader = PdfReader(path)
    labels = drive_labels()
    for i in range(0, DRIVE_ITEM_SETS, 97):
        text = reader.pages[i].extract_text()
        assert labels[i].title in text and labels[i].code in text and labels[i].detail in text


def test_page_is_the_label_size(tmp_path):
    path = tmp_path / "one.pdf"
    render_labels([LONG], path)
    box = PdfReader(path).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((60 * mm, 40 * mm))


def test_chinese_titles_are_extractable_and_barcodes_scan(tmp_path):
    labels = [
        LabelData("IS0000013", "服装 · 儿童羽绒服", "120–130cm · 2件 · 箱 CT000017"),
        LabelData("CT00017X", "来货箱 · 体育用品"),  # carton label: same data, no detail
        LabelData("SH00007D", "发货单 · 千岛湖镇中心小学", "顺丰速运 SF1234567890123"),
    ]
    path = tmp_path / "few.pdf"
    assert render_labels(labels, path).pages == 3
    reader = PdfReader(path)
    for label, page, image in zip(labels, reader.pages, pages(path, 203), strict=True):
        assert label.title in page.extract_text()
        assert code128(image) == [label.code]


def test_c02_a_bad_value_is_listed_and_the_rest_print(tmp_path):
    labels = [LabelData(make_code(CodeKind.ITEM_SET, n), "服装 · 儿童羽绒服") for n in (1, 2)]
    labels.insert(1, LabelData("仓A-01", "库位 · A 区 01 架"))
    path = tmp_path / "batch.pdf"
    result = render_labels(labels, path)
    assert result.pages == 2
    assert [value for value, _ in result.refused] == ["仓A-01"]
    assert "ASCII 32–126" in result.refused[0][1]
    assert [code128(image) for image in pages(path, 203)] == [[labels[0].code], [labels[2].code]]


def test_a_code_too_wide_for_the_label_is_refused_not_shrunk(tmp_path):
    too_long = "ABCDEFGHIJKLMNOPQRSTUVWX"  # 24 characters: 310 modules ≈ 77 mm at 0.25 mm
    result = render_labels([LabelData(too_long, "x"), LONG], tmp_path / "wide.pdf")
    assert result.pages == 1
    assert result.refused[0][0] == too_long and "太长" in result.refused[0][1]


def test_progress_is_reported_every_50_labels_and_at_the_end():
    seen = []
    render_labels([LONG] * 120, io.BytesIO(), progress=seen.append)
    assert seen == [50, 100, 120]


@pytest.mark.parametrize("profile", [DEFAULT_PROFILE, LabelProfile(dpi=300, module_dots=3)], ids=["203dpi", "300dpi"])
def test_long_text_stays_inside_the_label_without_overlapping(tmp_path, profile):
    """Title, bars, ID and detail are four separate bands of ink, none within 1 mm of the edge."""
    path = tmp_path / "long.pdf"
    render_labels([LONG], path, profile)
    assert LONG.title[:6] in PdfReader(path).pages[0].extract_text()  # cut with “…”, not dropped
    image = next(pages(path, profile.dpi))
    ink = image.point(lambda p: 255 if p < 128 else 0)
    width, height = ink.size
    edge = round(1 * mm / 72 * profile.dpi)
    left, top, right, bottom = ink.getbbox()
    assert left >= edge and top >= edge and right <= width - edge and bottom <= height - edge

    inked = [ink.crop((0, y, width, y + 1)).getbbox() is not None for y in range(height)]
    bands = []  # [first row, last row] of each run of rows with ink
    for y, dark in enumerate(inked):
        if dark and (not bands or bands[-1][1] != y - 1):
            bands.append([y, y])
        elif dark:
            bands[-1][1] = y
    assert len(bands) == 4, bands  # title, bars, ID, detail
    bars_top, bars_bottom = bands[1]
    assert (bars_bottom - bars_top) / profile.dpi * 25.4 == pytest.approx(14, abs=0.3)
    # quiet zones: nothing within 10 modules of the bars, in the rows the bars occupy
    bars = ink.crop((0, bars_top, width, bars_bottom + 1)).getbbox()
    quiet = QUIET_ZONE_MODULES * profile.module_dots
    assert bars[0] >= quiet and bars[2] <= width - quiet
