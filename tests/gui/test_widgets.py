"""Shared widgets: a table model that redraws only what changed (issue 9: a periodic refresh reset
every table, lost the current row and re-measured the columns — 0.1 s for 300 rows)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from bqw_desktop.ui.widgets import RowsModel, make_table


def test_new_and_gone_rows_are_inserted_and_removed_and_the_current_row_stays(qtbot):
    model = RowsModel(["code", "value"])
    view = make_table(model)
    qtbot.addWidget(view)
    model.set_rows([("1", "x"), ("2", "y"), ("3", "z")], ["1", "2", "3"])
    view.selectRow(1)
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last: changes.append((first.row(), last.row())))

    model.set_rows([("0", "w"), ("2", "Y"), ("3", "z"), ("4", "v")], ["0", "2", "3", "4"])
    assert resets == [] and model.keys == ["0", "2", "3", "4"]
    assert [model.index(row, 1).data() for row in range(4)] == ["w", "Y", "z", "v"]
    assert model.keys[view.currentIndex().row()] == "2"
    assert [index.row() for index in view.selectionModel().selectedRows()] == [1]
    assert changes == [(1, 1)]

    model.set_rows([("0", "w"), ("2", "Y"), ("3", "z"), ("4", "v")], ["0", "2", "3", "4"])
    assert resets == [] and changes == [(1, 1)]  # nothing changed: nothing redrawn

    model.set_rows([("3", "z"), ("2", "Y")], ["3", "2"])  # another order: a reset
    assert resets == [1] and [model.index(row, 0).data() for row in range(2)] == ["3", "2"]


def test_a_hidden_table_sizes_its_columns_when_shown_on_the_rows_in_sight(qtbot, monkeypatch):
    """Qt measures every row of a hidden table to size its columns (precision or not): a reset of a
    table on a tab not shown cost 82 s at 100,000 rows."""
    model = RowsModel(["code", "text"])
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "first")
    table = make_table(model)
    tabs.addTab(table, "second")
    tabs.resize(400, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    calls = []
    data = RowsModel.data
    monkeypatch.setattr(RowsModel, "data", lambda self, *args: calls.append(1) or data(self, *args))
    model.set_rows([(f"IS{n:07d}", "长" * (n % 30)) for n in range(20_000)], [str(n) for n in range(20_000)])
    assert calls == []  # hidden: nothing measured
    tabs.setCurrentWidget(table)
    assert 0 < len(calls) < 2_000 and table.columnWidth(0) > 0
