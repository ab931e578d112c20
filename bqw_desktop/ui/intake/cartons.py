"""The Receiving tab's two lists: the inbound cartons (read from SQL a page at a time) and the item sets
of the carton selected."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ...domain.catalogue import CATEGORY_LABELS
from ...domain.lifecycle import ITEM_SET_STATUS_LABELS
from ...queries import cartons, item_sets
from ...store.database import Store
from ..i18n import term
from ..widgets.paged import PagedRowsModel
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table


def carton_page(store: Store, offset: int, limit: int) -> tuple[list[tuple], list[str], bool]:
    """The cartons list's rows ``offset`` to ``offset + limit - 1`` as shown, their codes, whether more follow."""
    found, more = cartons.carton_page(store, offset, limit)
    return ([(c.code, c.donor, term(CATEGORY_LABELS[c.category]) if c.category else "", c.item_sets, c.inspected,
              f"{c.received_at.astimezone():%Y-%m-%d}") for c in found], [c.code for c in found], more)


class CartonLists(QObject):
    """The cartons list, added to ``carton_side``, and the selected carton's item sets, added to
    ``items_side`` (two parts of the Receiving tab's splitter)."""

    def __init__(self, store: Store, carton_side: QVBoxLayout, items_side: QVBoxLayout) -> None:
        super().__init__()
        self.store = store
        self.cartons = PagedRowsModel([self.tr("Carton"), self.tr("Donor"), self.tr("Category"), self.tr("Item sets"),
                                       self.tr("Inspected"), self.tr("Received")],
                                      lambda offset, limit: carton_page(store, offset, limit))
        self.carton_table = make_table(self.cartons)
        self.carton_table.selectionModel().currentRowChanged.connect(self._carton_chosen)
        carton_side.addWidget(QLabel(self.tr("Inbound cartons")))
        carton_side.addWidget(self.carton_table)
        self.items = RowsModel([self.tr("Item set"), self.tr("Category"), self.tr("Description"), self.tr("Size"),
                                self.tr("Pieces"), self.tr("Status")])
        self.item_table = make_table(self.items)
        self.items_caption = QLabel(self.tr("Item sets"))
        items_side.addWidget(self.items_caption)
        items_side.addWidget(self.item_table, 1)

    def read(self):  # noqa: ANN201 - a closure for the page's read
        """What a refresh re-reads, runnable in a worker thread: the cartons loaded (at least one page)."""
        store, count = self.store, self.cartons.loaded()
        return lambda: carton_page(store, 0, count)

    def show_cartons(self, page: tuple[list[tuple], list[str], bool]) -> None:
        """Show the cartons re-read by :meth:`read` (or now), keeping the carton selected."""
        chosen = self.current_carton()
        self.cartons.show_page(*page)
        self.select_carton(chosen or (page[1][0] if page[1] else None))

    def current_carton(self) -> str | None:
        row = self.carton_table.currentIndex().row()
        return self.cartons.keys[row] if 0 <= row < len(self.cartons.keys) else None

    def selected_items(self) -> list[str]:
        return [self.items.keys[i.row()] for i in self.item_table.selectionModel().selectedRows()]

    def item_codes(self, carton: str) -> list[str]:
        """The codes of ``carton``'s item sets: those shown, or read now."""
        if self.items_caption.property("carton") == carton:
            return list(self.items.keys)
        return [i.code for i in item_sets.carton_item_sets(self.store, carton)]

    def select_carton(self, code: str | None, item_code: str | None = None, *, again: bool = False) -> None:
        """Select carton ``code`` (its page read if not yet loaded) and show its item sets (re-read if
        ``again``), selecting ``item_code``'s row."""
        row = self.cartons.load_until(code) if code else -1
        if row < 0:
            self.items.set_rows([], [])
            return
        if again:
            self.items_caption.setProperty("carton", None)
        self.carton_table.selectRow(row)
        self._show_items(code)
        if item_code:
            item_row = self.items.row_of(item_code)
            self.item_table.selectionModel().setCurrentIndex(
                self.items.index(item_row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.item_table.scrollTo(self.items.index(item_row, 0))

    def _carton_chosen(self) -> None:
        code = self.current_carton()
        if code:
            self._show_items(code)

    def _show_items(self, carton_code: str, *, again: bool = False) -> None:
        if not again and self.items_caption.property("carton") == carton_code and self.items.keys:
            return
        items = item_sets.carton_item_sets(self.store, carton_code)
        self.items.set_rows(
            [(i.code, term(CATEGORY_LABELS[i.category]), i.description, i.size, i.pieces,
              term(ITEM_SET_STATUS_LABELS[i.status])) for i in items],
            [i.code for i in items],
        )
        self.items_caption.setProperty("carton", carton_code)
        self.items_caption.setText(self.tr("Item sets in carton {code}: {count}").format(code=carton_code, count=len(items)))
