"""The donation acknowledgement (捐赠接收确认单): real Chinese text, counts from the database."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from bqw_desktop.domain.catalogue import Category
from bqw_desktop.domain.receiving import Condition, DonorKind
from bqw_desktop.services import receiving
from bqw_desktop.services.receiving import ItemSetEntry


def test_acknowledgement_prints_donor_date_counts_and_signatures(store, actor, tmp_path):
    receiving.create_donor(store, actor, "西湖区第三党支部", DonorKind.PARTY_BRANCH, "王经理", "13800000000",
                           "杭州市西湖区测试路1号")
    receipt = receiving.create_receipt(store, actor, "西湖区第三党支部", date(2021, 6, 8))
    carton = receiving.open_carton(store, actor, receipt.id)
    receiving.register_item_sets(store, actor, carton.code, ItemSetEntry(Category.CLOTHING, "儿童羽绒服", 2, "130cm"), 30)
    receiving.register_item_sets(store, actor, carton.code,
                                 ItemSetEntry(Category.CLOTHING, "儿童T恤", 1, "120cm", Condition.USED), 5)
    receiving.register_item_sets(store, actor, carton.code, ItemSetEntry(Category.STUDY, "文具套装", 7), 40)
    path = tmp_path / "ack.pdf"
    data = receiving.write_acknowledgement(store, actor, receipt.id, path)
    assert [(c.category, c.item_sets, c.pieces, c.new, c.used) for c in data.counts] == [
        (Category.CLOTHING, 35, 65, 30, 5), (Category.STUDY, 40, 280, 40, 0)]
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in ("捐赠接收确认单", "西湖区第三党支部", "党支部", "13800000000", "2021-06-08", "R00001",
                     "服装", "文化学习用品", "合计", "75", "345", "经办人（签字）", "单位（盖章）", "1 箱"):
        assert expected in text, expected
