"""Intake (入库): the inbound cartons and their item sets, and their labels."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...domain.catalogue import CATEGORY_LABELS
from ...domain.scanning import Scan, ScanKind
from ...domain.lifecycle import ITEM_SET_STATUS_LABELS
from ...services import intake, printing
from .. import documents
from ..i18n import term
from ..widgets import RowsModel, make_table
from .base import View


class IntakeView(View):
    """Cartons on the left, the selected carton's item sets on the right; label printing below.

    Scanning a carton code selects the carton; an item-set code selects its carton and its row.
    """

    accepts = frozenset({ScanKind.CARTON, ScanKind.ITEM_SET})

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.cartons = RowsModel([self.tr("Carton"), self.tr("Donor"), self.tr("Category"), self.tr("Item sets"),
                                  self.tr("Inspected"), self.tr("Received")])
        self.items = RowsModel([self.tr("Item set"), self.tr("Category"), self.tr("Description"), self.tr("Size"),
                                self.tr("Pieces"), self.tr("Status")])
        self.carton_table = make_table(self.cartons)
        self.item_table = make_table(self.items)
        self.carton_table.selectionModel().currentRowChanged.connect(self._carton_chosen)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Inbound cartons")))
        left_layout.addWidget(self.carton_table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.items_caption = QLabel(self.tr("Item sets"))
        right_layout.addWidget(self.items_caption)
        right_layout.addWidget(self.item_table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 720])

        self.save_carton_labels = QPushButton(self.tr("Save carton labels as PDF…"))
        self.print_carton_labels = QPushButton(self.tr("Print carton labels…"))
        self.save_selected_labels = QPushButton(self.tr("Save labels of selected item sets…"))
        self.print_selected_labels = QPushButton(self.tr("Print labels of selected item sets…"))
        self.save_carton_labels.clicked.connect(lambda: self._labels(print_them=False, selected_only=False))
        self.print_carton_labels.clicked.connect(lambda: self._labels(print_them=True, selected_only=False))
        self.save_selected_labels.clicked.connect(lambda: self._labels(print_them=False, selected_only=True))
        self.print_selected_labels.clicked.connect(lambda: self._labels(print_them=True, selected_only=True))
        buttons = QHBoxLayout()
        for button in (self.save_carton_labels, self.print_carton_labels, self.save_selected_labels,
                       self.print_selected_labels):
            buttons.addWidget(button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addLayout(buttons)

    def title(self) -> str:
        return self.tr("Intake")

    def current_carton(self) -> str | None:
        row = self.carton_table.currentIndex().row()
        return self.cartons.keys[row] if 0 <= row < len(self.cartons.keys) else None

    def refresh(self) -> None:
        chosen = self.current_carton()
        rows = intake.list_cartons(self.store)
        self.cartons.set_rows(
            [(c.code, c.donor, term(CATEGORY_LABELS[c.category]) if c.category else "", c.item_sets, c.inspected,
              f"{c.received_at.astimezone():%Y-%m-%d}") for c in rows],
            [c.code for c in rows],
        )
        self.select_carton(chosen or (rows[0].code if rows else None))

    def select_carton(self, code: str | None, item_code: str | None = None) -> None:
        row = self.cartons.row_of(code) if code else -1
        if row < 0:
            self.items.set_rows([], [])
            return
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

    def _show_items(self, carton_code: str) -> None:
        if self.items_caption.property("carton") == carton_code and self.items.keys:
            return
        items = intake.carton_item_sets(self.store, carton_code)
        self.items.set_rows(
            [(i.code, term(CATEGORY_LABELS[i.category]), i.description, i.size, i.pieces,
              term(ITEM_SET_STATUS_LABELS[i.status])) for i in items],
            [i.code for i in items],
        )
        self.items_caption.setProperty("carton", carton_code)
        self.items_caption.setText(self.tr("Item sets in carton {code}: {count}").format(code=carton_code, count=len(items)))

    def on_scan(self, scan: Scan) -> None:
        if scan.kind is ScanKind.CARTON:
            if self.attempt(lambda: intake.carton_item_sets(self.store, scan.text)) is not None:
                self.items_caption.setProperty("carton", None)
                self.select_carton(scan.text)
                self.feedback.emit("ok", self.tr("Carton {code}").format(code=scan.text))
        elif scan.kind is ScanKind.ITEM_SET:
            item = self.attempt(lambda: intake.find_item_set(self.store, scan.text))
            if item is not None:
                self.select_carton(item.carton_code, item.code)
                self.feedback.emit("ok", self.tr("{code}: {description} — {status}").format(
                    code=item.code, description=item.description, status=term(ITEM_SET_STATUS_LABELS[item.status])))

    def _labels(self, *, print_them: bool, selected_only: bool) -> None:
        carton = self.current_carton()
        if carton is None:
            return
        if selected_only:
            codes = [self.items.keys[i.row()] for i in self.item_table.selectionModel().selectedRows()]
            if not codes:
                self.feedback.emit("warn", self.tr("Select item sets in the list first."))
                return
            labels = self.attempt(lambda: printing.labels_for_codes(self.store, codes))
        else:
            labels = self.attempt(lambda: printing.labels_for_carton(self.store, carton))
        if not labels:
            return

        def render(path: str, progress) -> int:  # noqa: ANN001
            return printing.write_labels(labels, path, progress=progress).pages

        if print_them:
            documents.print_document(self, len(labels), render)
        else:
            documents.save_pdf(self, f"labels-{carton}.pdf", len(labels), render)
