"""The table view every list uses: whole-row selection, columns sized to what is in sight."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget


class Table(QTableView):
    """A table whose columns are sized to the rows in sight whenever its model is reset or its first rows come.

    A hidden table (a tab not shown) is sized when it is next shown: Qt measures every row of a hidden
    table, whatever the header's precision — 82 s on the GUI thread for a 100,000-line manifest chosen
    while the Manifest tab was not shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_when_shown = False

    def fit_columns(self) -> None:
        if self.isVisible():
            self._fit()
        else:
            self._fit_when_shown = True

    def _fit(self) -> None:
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        if header.stretchLastSection():  # sized to its contents just now: it fills the rest again only when asked
            header.setStretchLastSection(False)
            header.setStretchLastSection(True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._fit_when_shown:
            self._fit_when_shown = False
            self._fit()


def make_table(model: QAbstractItemModel, parent: QWidget | None = None) -> Table:
    """A table view for ``model``: whole-row selection, columns sized to their contents."""
    view = Table(parent)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    # sized once per new content: ResizeToContents would measure every cell again on each repaint
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    # measured on the rows in sight only: 76 rows took 27 ms a reset (a pack scan's contents), these 5 ms
    view.horizontalHeader().setResizeContentsPrecision(0)
    model.modelReset.connect(view.fit_columns)
    # the first rows of an empty list (an item set registered in a new carton) are sized too: before,
    # the columns kept the empty table's widths and showed "I…" until the list was read again
    model.rowsInserted.connect(
        lambda _parent, first, last: view.fit_columns() if first == 0 and model.rowCount() == last + 1 else None)
    return view
