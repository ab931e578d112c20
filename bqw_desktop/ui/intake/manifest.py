"""A receipt's expected manifest (清单): import a CSV/XLSX file or type lines, preview every bad row, store
all or nothing (services.manifests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtCore import Qt

from ...domain.catalogue import CATEGORY_LABELS
from ...domain.manifest import HEADERS, ManifestLine, ManifestPreview, parse_rows
from ...services import manifests
from .. import dialogs
from ..i18n import error_text, term
from ..views.base import View
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table
from .receipt import ChosenReceipt

#: the typed-lines table's columns: the manifest headers a file would have (domain.manifest.HEADERS)
TYPED_COLUMNS = ("carton", "category", "description", "gtin", "size", "quantity", "pieces")


class ManifestPanel(QWidget):
    """Import or type → preview (lines, and every bad row with its row number and reason) → store."""

    def __init__(self, view: View, chosen: ChosenReceipt) -> None:
        super().__init__()
        self.view, self.chosen = view, chosen
        self.preview: ManifestPreview | None = None
        self.source = ""

        self.import_button = QPushButton(self.tr("Import manifest (CSV / XLSX)…"))
        self.import_button.clicked.connect(self.import_file)
        self.store_button = QPushButton(self.tr("Store this manifest"))
        self.store_button.clicked.connect(self.store_preview)
        self.discard_button = QPushButton(self.tr("Discard preview"))
        self.discard_button.clicked.connect(self.discard)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.store_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch()

        self.errors = RowsModel([self.tr("Row"), self.tr("Why the row is refused")])
        self.error_table = make_table(self.errors)
        self.lines = RowsModel([self.tr("Row"), self.tr("Carton no."), self.tr("Category"), self.tr("Description"),
                                self.tr("GTIN"), self.tr("Size"), self.tr("Item sets"), self.tr("Pieces per set")])
        self.line_table = make_table(self.lines)
        self.lines_caption = QLabel(self.tr("Manifest lines"))
        errors_box = QGroupBox(self.tr("Bad rows (nothing is stored until the file is fixed)"))
        QVBoxLayout(errors_box).addWidget(self.error_table)

        lines_box = QWidget()
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(self.lines_caption)
        lines_layout.addWidget(self.line_table)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(errors_box)
        right.addWidget(self._typing_box())
        splitter = QSplitter()
        splitter.addWidget(lines_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self._add_typed_line()
        self.show_stored()

    def _typing_box(self) -> QGroupBox:
        """Where the manifest is typed line by line instead of imported."""
        typed = QGroupBox(self.tr("Type the manifest instead"))
        self.typed = QTableWidget(0, len(TYPED_COLUMNS))
        self.typed.setHorizontalHeaderLabels([HEADERS[key][0] for key in TYPED_COLUMNS])
        self.typed.horizontalHeader().setDefaultSectionSize(58)
        self.typed.horizontalHeader().setStretchLastSection(True)
        self.add_line = QPushButton(self.tr("Add line"))
        self.add_line.clicked.connect(self._add_typed_line)
        self.check_typed = QPushButton(self.tr("Check typed lines"))
        self.check_typed.clicked.connect(self.check_typed_lines)
        typed_buttons = QHBoxLayout()
        typed_buttons.addWidget(self.add_line)
        typed_buttons.addWidget(self.check_typed)
        typed_buttons.addStretch()
        typed_layout = QVBoxLayout(typed)
        typed_layout.addWidget(self.typed)
        typed_layout.addLayout(typed_buttons)
        return typed

    # --- what is shown -----------------------------------------------------------------------------

    def show_stored(self) -> None:
        """The current receipt's stored manifest (when no preview is waiting)."""
        if self.preview is not None:
            return
        receipt = self.chosen.id
        stored = self.view.attempt(lambda: manifests.manifest_lines(self.view.store, receipt)) if receipt else []
        self._show_lines(stored or [])
        self.errors.set_rows([], [])
        self.store_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        if receipt is None:
            self.status.setText(self.tr("Open or choose a receipt first."))
        elif stored:
            self.status.setText(self.tr("Stored manifest: {lines} line(s), {sets} item set(s) expected.").format(
                lines=len(stored), sets=sum(line.quantity for line in stored)))
        else:
            self.status.setText(self.tr("This receipt has no manifest yet: import a file or type the lines."))

    def _show_lines(self, lines: list[ManifestLine]) -> None:
        self.lines.set_rows(
            [(line.row, line.carton, term(CATEGORY_LABELS[line.category]), line.description, line.gtin or "",
              line.size or "", line.quantity, line.pieces) for line in lines],
            [str(line.row) for line in lines])
        self.lines_caption.setText(self.tr("Manifest lines: {n}").format(n=len(lines)))

    def show_preview(self, preview: ManifestPreview, source: str, stored_as: str | None = None) -> None:
        """Show what an import would store; ``stored_as`` is the source recorded (default: ``source``)."""
        self.preview, self.source = preview, stored_as or source
        self._show_lines(preview.lines)
        self.errors.set_rows([(e.row, error_text(e.error)) for e in preview.errors], [str(e.row) for e in preview.errors])
        self.discard_button.setEnabled(True)
        self.store_button.setEnabled(preview.ok and self.chosen.id is not None)
        if preview.errors:
            self.status.setText(self.tr("{source}: {bad} bad row(s) of {total}. Nothing is stored: fix the rows listed "
                                        "and import the file again.").format(
                source=source, bad=len(preview.errors), total=len(preview.errors) + len(preview.lines)))
            self.view.feedback.emit("error", self.tr("{source}: {bad} bad row(s); the first is row {row}: {reason}").format(
                source=source, bad=len(preview.errors), row=preview.errors[0].row,
                reason=error_text(preview.errors[0].error)))
        else:
            self.status.setText(self.tr("{source}: {lines} line(s), {sets} item set(s), no bad rows. Check the lines, "
                                        "then store them (this replaces the receipt's manifest).").format(
                source=source, lines=len(preview.lines), sets=preview.item_sets))
            self.view.feedback.emit("ok", self.tr("{source} read: {lines} line(s), no bad rows.").format(
                source=source, lines=len(preview.lines)))

    # --- actions -----------------------------------------------------------------------------------

    def import_file(self) -> None:
        if self.chosen.id is None:
            self.view.feedback.emit("warn", self.tr("Open or choose a receipt first."))
            return
        path = dialogs.ask_open_path(self, self.tr("Import a manifest"),
                                     self.tr("Manifests (*.csv *.txt *.xlsx);;All files (*)"))
        if not path:
            return
        preview = self.view.attempt(lambda: manifests.preview_file(path))
        if preview is not None:
            self.show_preview(preview, Path(path).name)

    def store_preview(self) -> None:
        receipt, preview = self.chosen.id, self.preview
        if receipt is None or preview is None:
            return
        result = self.view.attempt(lambda: manifests.store_preview(self.view.store, self.view.actor, receipt, preview,
                                                                   self.source))
        if result is None:
            return
        self.preview = None
        self.chosen.changed.emit()  # shows the stored manifest too
        self.view.feedback.emit("ok", self.tr("Manifest stored: {lines} line(s), {sets} item set(s) expected.").format(
            lines=result.lines, sets=result.item_sets))

    def discard(self) -> None:
        self.preview = None
        self.show_stored()

    def _add_typed_line(self) -> None:
        self.typed.insertRow(self.typed.rowCount())

    def check_typed_lines(self) -> None:
        rows = [[HEADERS[key][0] for key in TYPED_COLUMNS]]
        for r in range(self.typed.rowCount()):
            cells = [self.typed.item(r, c).text() if self.typed.item(r, c) else "" for c in range(len(TYPED_COLUMNS))]
            rows.append(cells)
        preview = self.view.attempt(lambda: parse_rows(rows))
        if preview is not None:
            self.show_preview(preview, self.tr("typed lines"), "typed")
