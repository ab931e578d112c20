"""The Intake page's cartons list is read from SQL a page at a time (issue 11: 2,800 cartons at 100×)."""

from __future__ import annotations

import pytest

from bqw_desktop.queries import item_sets
from bqw_desktop.services import inspection
from bqw_desktop.ui.widgets.paged import PagedRowsModel


@pytest.fixture
def lists(window, monkeypatch):
    monkeypatch.setattr(PagedRowsModel, "PAGE", 10)
    window.tabs.setCurrentWidget(window.intake)
    lists = window.intake.receiving.lists
    lists.cartons.show_page([], [], False)  # as the page first shows it, with pages of 10 cartons
    lists.show_cartons(lists.read()())
    return lists


def test_the_cartons_list_reads_a_page_at_a_time(lists, drive_store):
    codes = [c.code for c in item_sets.list_cartons(drive_store)]
    model = lists.cartons
    assert model.keys == codes[:10] and model.canFetchMore()
    model.fetchMore()
    assert model.keys == codes[:20]
    model.fetchMore()
    assert model.keys == codes and not model.canFetchMore()


def test_scrolling_to_the_end_reads_the_next_page(qtbot, lists):
    lists.carton_table.scrollToBottom()
    qtbot.waitUntil(lambda: lists.cartons.rowCount() > 10)


def test_a_carton_not_yet_read_is_found_and_a_refresh_keeps_the_rows_read(window, lists, drive_store, actor):
    last = item_sets.list_cartons(drive_store)[-1]
    lists.select_carton(last.code)
    assert lists.current_carton() == last.code and lists.items.rowCount() == last.item_sets
    assert lists.cartons.rowCount() == 28
    inspection.inspect(drive_store, actor, lists.items.keys[0], True)
    window.intake.refresh()
    row = lists.cartons.row_of(last.code)
    assert lists.cartons.rowCount() == 28 and lists.current_carton() == last.code
    assert lists.cartons.index(row, 4).data() == "1"  # inspected: re-read for every row loaded
