"""A donor's manifest as a CSV file, and a new receipt opened on the Intake page."""

from __future__ import annotations

import csv
from datetime import date

from bqw_desktop.domain.catalogue import Category
from bqw_desktop.services import receiving

HEADER = ["箱号", "类别", "品名", "条码", "尺码", "数量", "每套件数"]
ZH = {Category.CLOTHING: "服装", Category.SPORTS: "体育用品", Category.STUDY: "文化学习用品", Category.DAILY: "生活用品"}
#: the donor's cartons and what the manifest says is in each
PLAN = {"1": [Category.CLOTHING], "2": [Category.SPORTS], "3": [Category.STUDY], "4": [Category.CLOTHING, Category.STUDY]}


def manifest_rows() -> list[list[str]]:
    rows = []
    for n in range(200):
        carton = str(n % 4 + 1)
        categories = PLAN[carton]
        category = categories[(n // 4) % len(categories)]
        size = f"{90 + 10 * (n % 9)}cm" if category is Category.CLOTHING else ""
        rows.append([carton, ZH[category], f"物品{n:03d}", "", size, str(1 + n % 2), "1"])
    return rows


def write_csv(path, rows) -> None:  # noqa: ANN001
    with open(path, "w", encoding="utf-8-sig", newline="") as f:  # starts with the BOM (EF BB BF), as Excel saves it
        csv.writer(f).writerows([HEADER, *rows])


def open_new_receipt(window, store, actor):  # noqa: ANN001, ANN201
    """A new receipt from a new individual donor, chosen on the Intake page (shown); returns the page."""
    receiving.create_donor(store, actor, "测试个人", receiving.DonorKind.INDIVIDUAL)
    receipt = receiving.create_receipt(store, actor, "测试个人", date(2024, 5, 1))
    view = window.intake
    window.tabs.setCurrentWidget(view)
    view.refresh()
    view.receipt_box.setCurrentIndex(view.receipt_box.findData(receipt.id))
    return view
