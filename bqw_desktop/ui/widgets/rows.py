"""A read-only table model over a list of tuples that redraws only what changed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

_DISPLAY, _ALIGNMENT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _cells(row: tuple) -> tuple[tuple[str, ...], tuple[int | None, ...]]:
    """A row as the table shows it: each value's text ("" for None) and alignment (numbers right)."""
    return (tuple("" if value is None else str(value) for value in row),
            tuple(_RIGHT if isinstance(value, int) else None for value in row))


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of tuples (small lists: a carton, a shipment, the shipments).

    Each row's texts and alignments are made when it is set: a view asks :meth:`data` about seven
    roles per cell it paints, so that is a look-up (a pack scan repaints the contents rows in sight).
    """

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple] = []
        self._texts: list[tuple[str, ...]] = []  # per row, as shown: from _cells
        self._aligns: list[tuple[int | None, ...]] = []
        self.keys: list[str] = []

    def _set(self, rows: list[tuple]) -> None:
        self._rows = rows
        cells = [_cells(row) for row in rows]
        self._texts = [texts for texts, _ in cells]
        self._aligns = [aligns for _, aligns in cells]

    def _put(self, number: int, row: tuple) -> None:
        self._rows[number] = row
        self._texts[number], self._aligns[number] = _cells(row)

    def _insert(self, number: int, rows: list[tuple]) -> None:
        cells = [_cells(row) for row in rows]
        self._rows[number:number] = rows
        self._texts[number:number] = [texts for texts, _ in cells]
        self._aligns[number:number] = [aligns for _, aligns in cells]

    def _delete(self, first: int, end: int) -> None:
        del self._rows[first:end], self._texts[first:end], self._aligns[first:end]

    def set_rows(self, rows: Sequence[tuple], keys: Sequence[str]) -> None:
        """Replace the rows; ``keys`` (one per row, e.g. its code) let views find a row again.

        Only what changed is redrawn, and the selection and current row stay (a periodic refresh must
        not move what the user chose): one row moved (an item set packed: from the pick list to the
        packed ones), rows whose key is new inserted, rows whose key is gone removed, changed values
        updated. Only keys in another order (or many scattered changes) reset the model — which also
        re-measures the columns, 0.1 s for 300 rows of 11 columns.
        """
        rows, keys = list(rows), list(keys)
        if keys != self.keys and not (self._move_or_insert(rows, keys) or self._insert_and_remove(rows, keys)):
            self.beginResetModel()
            self._set(rows)
            self.keys = keys
            self.endResetModel()
            return
        changed = [n for n, (old, new) in enumerate(zip(self._rows, rows)) if old != new]
        for n in changed:
            self._put(n, rows[n])
        self._rows_changed(changed)

    def update_in_place(self, rows: Sequence[tuple], keys: Sequence[str]) -> None:
        """:meth:`set_rows` where rows keep their places: when ``keys`` are the keys held in another
        order, the changed rows get their new values (and keys) in place, so a row that moved repaints
        only the rows between its two places that are in sight, one signal per row (:meth:`_rows_changed`;
        a selection stays on its row number).
        A move makes the view lay out and repaint all its rows in sight on the next pass of the event
        loop (2-3 ms a pack scan, bench/pack_scan.py). Other keys: as :meth:`set_rows`."""
        rows, keys = list(rows), list(keys)
        if len(keys) != len(self.keys) or set(keys) != set(self.keys):
            self.set_rows(rows, keys)
            return
        changed = [n for n, row in enumerate(rows) if row != self._rows[n] or keys[n] != self.keys[n]]
        for n in changed:
            self._put(n, rows[n])
        self.keys = keys
        self._rows_changed(changed)

    MOST_ROW_SIGNALS = 200

    def _rows_changed(self, numbers: list[int]) -> None:
        """Tell the views that rows ``numbers`` (ascending) changed: one ``dataChanged`` per row, so that
        a view repaints the changed rows in sight only. Given one span that runs out of sight, a
        QTableView repaints every row in sight (Qt 6): a pack scan whose moved rows were all below the
        pick list in sight repainted it whole, 3-5 ms (bench/pack_scan.py). Past ``MOST_ROW_SIGNALS``
        rows, one span (a refresh that changed much repaints what is in sight anyway)."""
        if not numbers:
            return
        last = len(self._headers) - 1
        if len(numbers) > self.MOST_ROW_SIGNALS:
            self.dataChanged.emit(self.index(numbers[0], 0), self.index(numbers[-1], last))
            return
        for n in numbers:
            self.dataChanged.emit(self.index(n, 0), self.index(n, last))

    def _insert_and_remove(self, rows: list[tuple], keys: list[str], most_runs: int = 20) -> bool:
        """Go from the shown keys to ``keys`` by removing and inserting runs of rows, if the keys kept
        keep their order and there are at most ``most_runs`` runs; whether it was done."""
        old, new = set(self.keys), set(keys)
        kept = [k for k in self.keys if k in new]
        if not kept or kept != [k for k in keys if k in old] or len(new) != len(keys) or len(old) != len(self.keys):
            return False
        removals = _runs([n for n, k in enumerate(self.keys) if k not in new])
        insertions = _runs([n for n, k in enumerate(keys) if k not in old])
        if len(removals) + len(insertions) > most_runs:
            return False
        for first, last in reversed(removals):
            self.beginRemoveRows(QModelIndex(), first, last)
            self._delete(first, last + 1)
            del self.keys[first:last + 1]
            self.endRemoveRows()
        for first, last in insertions:
            self.beginInsertRows(QModelIndex(), first, last)
            self._insert(first, rows[first:last + 1])
            self.keys[first:first] = keys[first:last + 1]
            self.endInsertRows()
        return True

    def _move_or_insert(self, rows: list[tuple], keys: list[str]) -> bool:
        """Move (with its old values) or insert (from ``rows``) the one row that makes the keys held
        ``keys``; False, changing nothing, when one move or insertion does not."""
        old = self.keys
        n = next((i for i, (a, b) in enumerate(zip(old, keys)) if a != b), min(len(old), len(keys)))
        if len(keys) == len(old) + 1 and keys[:n] + keys[n + 1:] == old:
            self.beginInsertRows(QModelIndex(), n, n)
            self._insert(n, [rows[n]])
            self.keys = keys
            self.endInsertRows()
            return True
        if len(keys) != len(old) or n == len(old) or set(keys) != set(old):
            return False
        for source, target in ((old.index(keys[n]), n), (n, keys.index(old[n]))):
            moved = old[:source] + old[source + 1:]
            moved.insert(target, old[source])
            if moved == keys:  # Qt's destination is a position in the old rows
                self.beginMoveRows(QModelIndex(), source, source, QModelIndex(),
                                   target + 1 if target > source else target)
                for cells in (self._rows, self._texts, self._aligns):
                    cells.insert(target, cells.pop(source))
                self.keys = keys
                self.endMoveRows()
                return True
        return False

    def replace_row(self, number: int, row: tuple) -> None:
        """Put ``row`` in place of row ``number`` (same key): no reset, the selection stays. Only the
        cells from the first to the last changed one repaint (a pack scan changes a shipment's count)."""
        changed = [n for n, (old, new) in enumerate(zip(self._rows[number], row)) if old != new]
        self._put(number, row)
        if changed:
            self.dataChanged.emit(self.index(number, changed[0]), self.index(number, changed[-1]))

    def prepend(self, row: tuple, key: str, limit: int) -> None:
        """Add ``row`` on top and drop rows past ``limit`` (histories: no reset, no re-measuring)."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._insert(0, [row])
        self.keys.insert(0, key)
        self.endInsertRows()
        if len(self._rows) > limit:
            self.beginRemoveRows(QModelIndex(), limit, len(self._rows) - 1)
            self._delete(limit, len(self._rows))
            del self.keys[limit:]
            self.endRemoveRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> object:
        # called about seven times per cell painted (one per role the delegate asks): the roles not
        # served return at once, the others are a look-up in what _cells made
        if role == _DISPLAY:
            cells = self._texts
        elif role == _ALIGNMENT:
            cells = self._aligns
        else:
            return None
        row = index.row()
        return cells[row][index.column()] if row >= 0 else None  # row -1: an invalid index

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def row_of(self, key: str) -> int:
        return self.keys.index(key) if key in self.keys else -1


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Ascending ``numbers`` as (first, last) runs of consecutive ones."""
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs
