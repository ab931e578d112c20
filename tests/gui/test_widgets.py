"""Shared widgets: a table model that redraws only what changed (issue 9: a periodic refresh reset
every table, lost the current row and re-measured the columns — 0.1 s for 300 rows)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from bqw_desktop.ui.widgets.rows import RowsModel

from bqw_desktop.ui.widgets.tables import make_table


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


def test_a_new_value_text_repaints_nothing_beneath_it_and_looks_as_before(qtbot):
    """A see-through widget's update made Qt repaint its ancestors beneath it first (on the Shipments
    page, the window and its panes: up to 621×438 px on the first pack scan into a shipment). A
    ValueText paints its whole rectangle: what its ancestors paint beneath it (a group box's shade
    here), drawn once, then the text."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QGroupBox, QTabWidget, QVBoxLayout, QWidget

    from bqw_desktop.ui.widgets.text import Banner, ValueText

    class Paints(QObject):
        def __init__(self):
            super().__init__()
            self.count = 0

        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    window = QTabWidget()
    page = QWidget()
    window.addTab(page, "page")
    box = QGroupBox("box")
    QVBoxLayout(page).addWidget(box)
    inner = QVBoxLayout(box)
    label, banner = ValueText("—"), Banner()
    inner.addWidget(label)
    inner.addWidget(banner)
    qtbot.addWidget(window)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    beneath, own = Paints(), Paints()
    for widget in (window, page, box):
        widget.installEventFilter(beneath)
    label.installEventFilter(own)

    label.setText("IS000001L")
    banner.show_message("ok", "IS000001L packed")
    QApplication.processEvents()
    assert (beneath.count, own.count) == (0, 1)

    # its look: the group box's own shade around the text, as before; the banner its colour
    image, box_image = label.grab().toImage(), box.grab().toImage()
    corner = label.mapTo(box, label.rect().bottomRight())
    assert image.pixelColor(label.width() - 1, label.height() - 1) == box_image.pixelColor(corner)
    assert box_image.pixelColor(corner) != window.palette().color(window.backgroundRole())  # a shade of its own
    assert banner.grab().toImage().pixelColor(1, 1).name() == Banner.COLOURS["ok"][1]


def test_a_full_scan_log_repaints_its_scroll_bar_only_when_it_ends_elsewhere(qtbot):
    """Once the log is full, a new line drops the oldest and the scroll bar ends where it was, at the
    bottom: it is not repainted (a tall Fusion scroll bar, and the window beneath it, took 2-4 ms a
    scan). While it fills, it moves and is repainted; and the lines shown are the last ``size``."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from bqw_desktop.ui.widgets.text import ScanHistory

    log = ScanHistory(20)
    qtbot.addWidget(log)
    log.resize(200, 150)
    log.show()
    qtbot.waitExposed(log)
    bar = log.verticalScrollBar()

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    paints = Paints()
    bar.installEventFilter(paints)
    moved = []
    for n in range(30):
        Paints.count = 0
        maximum = bar.maximum()
        log.add("ok", f"IS{n:06d}L 已装入 SH00001Q")
        QApplication.processEvents()
        assert bar.value() == bar.maximum()
        moved.append((bar.maximum() != maximum, Paints.count))
    assert bar.isVisible() and bar.maximum() > 0
    assert moved[12:20] == [(True, 1)] * 8  # filling (past what is in sight): it moves, it is repainted
    assert moved[25:] == [(False, 0)] * 5  # full: it ends where it was, no repaint
    assert log.lines() == [f"IS{n:06d}L 已装入 SH00001Q" for n in range(10, 30)]
    assert bar.updatesEnabled()
    bar.setValue(0)
    QApplication.processEvents()
    assert Paints.count == 1


def test_the_first_row_of_an_empty_table_sizes_its_columns(qtbot):
    """An item set registered in a new carton came as the first row of an empty list, inserted, not
    reset: the columns kept the empty table's widths and the code showed as "I…"."""
    model = RowsModel(["ID", "description"])
    table = make_table(model)
    qtbot.addWidget(table)
    table.resize(600, 200)
    table.show()
    qtbot.waitExposed(table)
    model.set_rows([("x", "y")], ["x"])
    model.set_rows([("z", "w"), ("v", "u")], ["z", "v"])  # another carton: a reset, sized to its short rows
    model.set_rows([], [])  # a new carton, empty
    model.set_rows([("IS0000241Q", "学生文具套装A（笔袋、铅笔、橡皮）")], ["IS0000241Q"])
    assert model.rowCount() == 1
    needed = table.fontMetrics().horizontalAdvance("IS0000241Q")
    assert table.columnWidth(0) >= needed
    assert table.visualRect(model.index(0, 0)).width() >= needed
