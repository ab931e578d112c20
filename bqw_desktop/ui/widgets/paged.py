"""A table model over a long list read from SQL a page at a time (as qutebrowser's history completion)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QWidget

from .rows import RowsModel

#: ``fetch(offset, limit)``: rows ``offset`` to ``offset + limit - 1`` as shown, their keys, whether more follow
Fetch = Callable[[int, int], tuple[list[tuple], list[str], bool]]


class PagedRowsModel(RowsModel):
    """A :class:`RowsModel` holding only the first rows of a list sorted in SQL: the view asks for the next
    ``PAGE`` rows (``canFetchMore``/``fetchMore``) when scrolled to the end, so a refresh of 2,800 cartons
    reads and formats 200 of them, and the columns are sized to those (a sample), not to every row."""

    PAGE = 200

    def __init__(self, headers: Sequence[str], fetch: Fetch, parent: QWidget | None = None) -> None:
        super().__init__(headers, parent)
        self._fetch = fetch
        self._more = False

    def loaded(self) -> int:
        """How many rows a refresh re-reads: those loaded, at least one page."""
        return max(len(self.keys), self.PAGE)

    def show_page(self, rows: Sequence[tuple], keys: Sequence[str], more: bool) -> None:
        """Show the first rows re-read (``fetch(0, loaded())``, e.g. in a worker) as :meth:`set_rows` does."""
        self._more = more
        self.set_rows(rows, keys)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        rows, keys, self._more = self._fetch(len(self.keys), self.PAGE)
        if rows:
            first = len(self.keys)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._insert(first, rows)
            self.keys.extend(keys)
            self.endInsertRows()

    def load_until(self, key: str) -> int:
        """The row of ``key``, reading pages until it is loaded; -1 when it is in none."""
        while self.row_of(key) < 0 and self._more:
            self.fetchMore()
        return self.row_of(key)
