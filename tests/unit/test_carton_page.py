"""The cartons list read a page at a time in SQL (issue 11) lists what ``list_cartons`` lists."""

from __future__ import annotations

from bqw_desktop.queries import cartons, item_sets


def test_pages_of_cartons_are_the_whole_list_in_order(drive_store):
    whole = item_sets.list_cartons(drive_store)
    pages, offset, more = [], 0, True
    while more:
        page, more = cartons.carton_page(drive_store, offset, 10)
        pages.append(page)
        offset += 10
    assert [len(p) for p in pages] == [10, 10, 8]
    assert [c for p in pages for c in p] == whole  # counts, inspected and majority category as well
