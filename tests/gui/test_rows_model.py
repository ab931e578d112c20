"""RowsModel.set_rows: one moved or added row changes only that row (no reset: no column re-measuring,
no repainting of the rest); anything else falls back to a reset. Checked by Qt's own model tester."""

from __future__ import annotations

import random

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from bqw_desktop.ui.widgets.rows import RowsModel

from bqw_desktop.ui.widgets.tables import make_table


def model_and_table(qtbot, keys):
    model = RowsModel(["code", "value"])
    table = make_table(model)
    qtbot.addWidget(table)
    table.show()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, table)
    model.set_rows([(k, 0) for k in keys], keys)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    return model, table, resets


def shown(model):
    return [tuple(model.index(r, c).data() for c in range(2)) for r in range(model.rowCount())]


def test_a_packed_item_set_moves_up_without_a_reset_and_the_selection_stays(qtbot):
    keys = ["IS1", "IS2", "TO1", "TO2", "TO3"]  # two packed, three to pick
    model, table, resets = model_and_table(qtbot, keys)
    table.selectRow(1)
    model.set_rows([("IS1", 0), ("IS2", 0), ("TO3", 1), ("TO1", 0), ("TO2", 0)], ["IS1", "IS2", "TO3", "TO1", "TO2"])
    assert resets == [] and shown(model) == [("IS1", "0"), ("IS2", "0"), ("TO3", "1"), ("TO1", "0"), ("TO2", "0")]
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]
    model.set_rows([("IS1", 0), ("IS2", 0), ("TO3", 1), ("NEW", 2), ("TO1", 0), ("TO2", 0)],
                      ["IS1", "IS2", "TO3", "NEW", "TO1", "TO2"])  # packed without a plan: added
    assert resets == [] and model.keys == ["IS1", "IS2", "TO3", "NEW", "TO1", "TO2"]
    model.set_rows([("A", 0)], ["A"])  # another shipment: a reset
    assert resets == [1] and shown(model) == [("A", "0")]


@pytest.mark.parametrize("method", ["set_rows", "update_in_place"])
def test_any_change_of_rows_ends_with_exactly_the_rows_given(qtbot, method):
    rng = random.Random(9)
    model, _table, resets = model_and_table(qtbot, [f"k{i}" for i in range(8)])
    change = getattr(model, method)
    for trial in range(300):
        keys = list(model.keys)
        kind = rng.choice(["move", "insert", "same", "other"])
        if kind == "move":
            keys.insert(rng.randrange(len(keys)), keys.pop(rng.randrange(len(keys))))
        elif kind == "insert":
            keys.insert(rng.randrange(len(keys) + 1), f"n{trial}")
        elif kind == "other":
            keys = [f"x{trial}-{i}" for i in range(rng.randrange(1, 10))]
        rows = [(k, rng.randrange(3)) for k in keys]
        before = len(resets)
        change(rows, keys)
        assert model.keys == keys and shown(model) == [(k, str(v)) for k, v in rows]
        if kind != "other":
            assert len(resets) == before, kind


def test_rows_updated_in_place_move_no_row_and_repaint_only_the_span_that_changed(qtbot):
    """A pack scan: the packed item set goes from the pick list up to the packed ones. A row move made
    the table lay out and repaint every row in sight on the next pass (bench/pack_scan.py)."""
    keys = ["IS1", "IS2", "TO1", "TO2", "TO3", "TO4"]
    model, _table, resets = model_and_table(qtbot, keys)
    signals = []
    model.rowsMoved.connect(lambda *_: signals.append("moved"))
    model.layoutChanged.connect(lambda *_: signals.append("layout"))
    model.dataChanged.connect(lambda first, last: signals.append((first.row(), last.row())))
    model.update_in_place([("IS1", 0), ("IS2", 0), ("TO3", 1), ("TO1", 0), ("TO2", 0), ("TO4", 0)],
                          ["IS1", "IS2", "TO3", "TO1", "TO2", "TO4"])
    assert signals == [(2, 2), (3, 3), (4, 4)] and resets == []  # one per row: see the test below
    assert shown(model) == [("IS1", "0"), ("IS2", "0"), ("TO3", "1"), ("TO1", "0"), ("TO2", "0"), ("TO4", "0")]
    model.update_in_place([("IS1", 0), ("IS2", 0), ("TO3", 1), ("NEW", 2), ("TO1", 0), ("TO2", 0), ("TO4", 0)],
                          ["IS1", "IS2", "TO3", "NEW", "TO1", "TO2", "TO4"])  # packed without a plan: inserted
    assert resets == [] and model.keys == ["IS1", "IS2", "TO3", "NEW", "TO1", "TO2", "TO4"]
    model.update_in_place([("A", 0)] * 7, list("ABCDEFG"))  # another shipment, as many rows: a reset
    assert resets == [1] and model.keys == list("ABCDEFG")


def test_rows_changed_out_of_sight_repaint_nothing_and_those_in_sight_only_themselves(qtbot):
    """Given one span of changed rows that ran out of sight, the table repainted every row in sight
    (Qt 6): a pack scan whose shifted pick-list rows were all below the rows in sight repainted the
    whole contents table (bench/pack_scan.py). One signal per changed row repaints only those in sight."""
    from PySide6.QtCore import QEvent, QObject, QRect
    from PySide6.QtWidgets import QApplication

    keys = [f"k{i:02d}" for i in range(60)]
    model, table, _resets = model_and_table(qtbot, keys)
    table.resize(300, 200)
    qtbot.waitExposed(table)
    in_sight = table.rowAt(table.viewport().height() - 1)
    assert 0 < in_sight < 40

    class Paints(QObject):
        regions: list[QRect] = []

        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                self.regions.append(event.rect())
            return False

    paints = Paints()
    table.viewport().installEventFilter(paints)
    QApplication.processEvents()
    paints.regions.clear()

    def pack(n):  # row n moves up to row `first`: the rows between shift by one
        moved = model.keys[n]
        rows_keys = model.keys[:first] + [moved] + [k for k in model.keys[first:] if k != moved]
        model.update_in_place([(k, 1 if k == moved else 0) for k in rows_keys], rows_keys)
        QApplication.processEvents()  # the updates asked for are painted

    first = in_sight + 2
    pack(55)  # rows in_sight + 2 .. 55 change, none in sight
    assert paints.regions == []
    first = in_sight - 1
    pack(50)  # rows in_sight - 1 .. 50 change: two rows in sight
    row = table.visualRect(model.index(first, 0))
    assert len(paints.regions) == 1 and paints.regions[0].top() == row.top()
    assert paints.regions[0].bottom() >= row.bottom() and paints.regions[0].height() <= 3 * row.height()


def test_data_answers_from_the_texts_made_when_rows_are_set(qtbot):
    """A view asks ``data`` about seven roles per cell painted: the texts and alignments are made once,
    when rows are set, moved, inserted or replaced (a pack scan repaints the contents rows in sight)."""
    from PySide6.QtCore import QModelIndex, Qt

    keys = [f"k{i}" for i in range(6)]
    model, _table, _resets = model_and_table(qtbot, keys)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def shown():
        return [(model.index(r, 0).data(), model.index(r, 1).data(),
                 model.index(r, 1).data(Qt.ItemDataRole.TextAlignmentRole)) for r in range(model.rowCount())]

    model.update_in_place([(k, None if k == "k3" else 7) for k in ["k3", *keys[:3], *keys[4:]]],
                          ["k3", *keys[:3], *keys[4:]])  # k3 moved to the top with a new value
    assert shown()[:2] == [("k3", "", None), ("k0", "7", right)]
    model.replace_row(1, ("k0", "x"))
    model.prepend(("n", 2), "n", limit=6)  # k5 dropped
    model.set_rows([*[(k, "?") for k in model.keys[:2]], ("new", 1), *[(k, "?") for k in model.keys[2:]]],
                   [*model.keys[:2], "new", *model.keys[2:]])  # one inserted, the rest changed
    assert shown() == [("n", "?", None), ("k3", "?", None), ("new", "1", right), ("k0", "?", None),
                       ("k1", "?", None), ("k2", "?", None), ("k4", "?", None)]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex()) is None
    assert [model._texts, model._aligns] == [[tuple("" if v is None else str(v) for v in row) for row in model._rows],
                                             [tuple(right if isinstance(v, int) else None for v in row)
                                              for row in model._rows]]


def test_a_replaced_row_repaints_from_its_first_to_its_last_changed_cell(qtbot):
    """A pack scan changes one cell of its shipment's row (the count): only that cell repaints."""
    model2 = RowsModel(["code", "status", "count", "cost"])
    changes = []
    model2.dataChanged.connect(lambda first, last: changes.append((first.row(), first.column(), last.column())))
    model2.set_rows([("a", "planned", 1, ""), ("b", "planned", 2, "")], ["a", "b"])
    model2.replace_row(1, ("b", "planned", 3, ""))
    model2.replace_row(0, ("a", "packed", 1, "9.00"))
    model2.replace_row(0, ("a", "packed", 1, "9.00"))
    assert changes == [(1, 2, 2), (0, 1, 3)]
    assert [model2.index(1, c).data() for c in range(4)] == ["b", "planned", "3", ""]
