"""Large label batches are written in parts: the labels are read lazily, and the joined PDF is one
document whose pages, sheets and barcodes are the same as a batch written at once (issue 11)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from bqw_desktop.documents import labels as labels_module
from bqw_desktop.documents.labels import LabelData, LabelProfile, SheetLayout, render_labels
from bqw_desktop.domain.identifiers import CodeKind, make_code

from tests.helpers.pdfcheck import code128, pages

PART = 40


@pytest.fixture(autouse=True)
def small_parts(monkeypatch):
    monkeypatch.setattr(labels_module, "PART_LABELS", PART)


def label(n: int) -> LabelData:
    return LabelData(make_code(CodeKind.ITEM_SET, n), f"服装 · 儿童羽绒服 {n}", f"120–130cm · 2件 · 箱 CT0000{n % 9 + 1}")


class Recording(io.BytesIO):
    """An output that notes, at each write, how many labels the generator had yielded."""

    def __init__(self) -> None:
        super().__init__()
        self.yielded = 0
        self.at_writes: list[int] = []

    def write(self, data) -> int:  # noqa: ANN001
        self.at_writes.append(self.yielded)
        return super().write(data)


def test_labels_are_read_lazily_part_by_part():
    out = Recording()

    def labels():
        for n in range(1, 5 * PART + 1):
            out.yielded += 1
            yield label(n)

    result = render_labels(labels(), out)
    assert result.pages == 5 * PART
    # the first part reached the output before the generator had given more than one part's labels
    first_part = next(at for at in out.at_writes if at)
    assert first_part <= PART + 1
    assert len(PdfReader(io.BytesIO(out.getvalue())).pages) == 5 * PART


def test_parts_join_into_one_pdf_that_scans_in_order(tmp_path):
    path = tmp_path / "labels.pdf"
    items = [label(n) for n in range(1, 2 * PART + 8)]
    result = render_labels(iter(items), path)
    assert result.pages == len(items) and result.refused == []
    assert [code128(image) for image in pages(path, 203)] == [[item.code] for item in items]
    data = path.read_bytes()
    tags = set(re.findall(rb"/FontName /([A-Z]{6})\+WenQuanYi", data))
    assert len(tags) == 3  # one font subset per part, each with a tag of its own


def test_sheets_stay_full_across_parts_and_refusals(tmp_path):
    profile = LabelProfile(sheet=SheetLayout(rows=7, columns=3, margin_top_mm=5, margin_left_mm=5))
    items = [label(n) if n % 10 else LabelData(f"坏{n}", "refused") for n in range(1, 3 * PART + 1)]
    path = tmp_path / "sheets.pdf"
    result = render_labels(items, path, profile)
    printed = [item.code for item in items if item.code.isascii()]
    assert result.labels == len(printed) and len(result.refused) == len(items) - len(printed)
    texts = [page.extract_text() for page in PdfReader(path).pages]
    assert result.pages == len(texts) == -(-len(printed) // 21)
    on_pages = [re.findall(r"IS\S{7}", text) for text in texts]
    assert [code for codes in on_pages for code in codes] == printed
    assert all(len(codes) == 21 for codes in on_pages[:-1])  # no sheet is left part-empty mid-batch


def test_nothing_printable_gives_an_empty_pdf_and_a_failed_write_leaves_no_file(tmp_path):
    result = render_labels([LabelData("坏", "x")], tmp_path / "none.pdf")
    assert result.pages == 0 and len(PdfReader(tmp_path / "none.pdf").pages) == 0

    def broken():
        yield from (label(n) for n in range(1, PART + 3))
        raise RuntimeError("the store went away")

    with pytest.raises(RuntimeError):
        render_labels(broken(), tmp_path / "broken.pdf")
    assert not (tmp_path / "broken.pdf").exists()
