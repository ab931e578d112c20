"""Expected (manifest) vs received per carton and per receipt, the differences a coordinator resolves, and
the receipt's donation acknowledgement (捐赠接收确认单)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...domain.catalogue import CATEGORY_LABELS
from ...domain.receiving import DISCREPANCY_LABELS, receipt_number
from ...services import receiving
from .. import document_actions
from ..i18n import term
from ..pdf_printing import page_count
from ..views.base import View
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table
from .receipt import ChosenReceipt


class ReconciliationPanel(QWidget):
    """The differences of the current receipt; select one, type how it was resolved, press Enter."""

    def __init__(self, view: View, chosen: ChosenReceipt) -> None:
        super().__init__()
        self.view, self.chosen = view, chosen
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = RowsModel([self.tr("Carton no."), self.tr("Category"), self.tr("Difference"), self.tr("Expected"),
                               self.tr("Received"), self.tr("Resolution"), self.tr("Resolved by")])
        self.table = make_table(self.rows)
        self.resolution = QLineEdit()
        self.resolution.setPlaceholderText(self.tr("How the selected difference was resolved (e.g. 捐赠方确认少发 2 套)"))
        self.resolution.returnPressed.connect(self.resolve)
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.resolve_button.clicked.connect(self.resolve)
        resolve_row = QHBoxLayout()
        resolve_row.addWidget(self.resolution, 1)
        resolve_row.addWidget(self.resolve_button)

        self.save_acknowledgement = QPushButton(self.tr("Save donation acknowledgement (PDF)…"))
        self.print_acknowledgement = QPushButton(self.tr("Print donation acknowledgement…"))
        self.save_acknowledgement.clicked.connect(lambda: self.acknowledge(print_it=False))
        self.print_acknowledgement.clicked.connect(lambda: self.acknowledge(print_it=True))
        papers = QHBoxLayout()
        papers.addWidget(self.save_acknowledgement)
        papers.addWidget(self.print_acknowledgement)
        papers.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(resolve_row)
        layout.addLayout(papers)

    def refresh(self) -> None:
        """Re-read the differences; the selected one stays selected."""
        receipt = self.chosen.id
        for widget in (self.resolution, self.resolve_button, self.save_acknowledgement, self.print_acknowledgement):
            widget.setEnabled(receipt is not None)
        if receipt is None:
            self.rows.set_rows([], [])
            self.summary.setText(self.tr("Open or choose a receipt first."))
            return
        chosen = self.selected_key()
        found = self.view.attempt(lambda: receiving.discrepancies(self.view.store, receipt))
        if found is None:
            return
        self.rows.set_rows(
            [(d.discrepancy.carton or self.tr("whole receipt"), term(CATEGORY_LABELS[d.discrepancy.category]),
              term(DISCREPANCY_LABELS[d.discrepancy.kind]), d.discrepancy.expected, d.discrepancy.received,
              d.resolution or "", d.resolved_by or "") for d in found],
            [d.discrepancy.key for d in found])
        if chosen and self.rows.row_of(chosen) >= 0:
            self.table.selectRow(self.rows.row_of(chosen))
        open_ = sum(d.resolution is None for d in found)
        info = self.chosen.info
        counts = self.tr("Expected {expected} item set(s), received {received} in {cartons} carton(s).").format(
            expected=info.expected, received=info.item_sets, cartons=info.cartons) if info else ""
        if not found:
            self.summary.setText(counts + " " + self.tr("Everything received matches the manifest."))
        else:
            self.summary.setText(counts + " " + self.tr("{n} difference(s), {open} not resolved yet.").format(
                n=len(found), open=open_))

    def selected_key(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.rows.keys[row] if 0 <= row < len(self.rows.keys) else None

    def resolve(self) -> None:
        receipt, key, note = self.chosen.id, self.selected_key(), self.resolution.text()
        if receipt is None or key is None:
            self.view.feedback.emit("warn", self.tr("Select a difference in the list first."))
            return
        done = self.view.attempt(
            lambda: receiving.resolve_discrepancy(self.view.store, self.view.actor, receipt, key, note) or True)
        if not done:
            return
        self.resolution.clear()
        self.refresh()
        self.view.feedback.emit("ok", self.tr("Difference resolved: {note}").format(note=note.strip()))

    def acknowledge(self, *, print_it: bool) -> None:
        receipt = self.chosen.id
        if receipt is None:
            return
        store, actor = self.view.store, self.view.actor

        def render(path: str, progress) -> int:  # noqa: ANN001
            receiving.write_acknowledgement(store, actor, receipt, path)
            pages = page_count(path)
            progress(pages)
            return pages

        if print_it:
            document_actions.print_document(self.view, 1, render)
        else:
            name = self.tr("acknowledgement-{number}.pdf").format(number=receipt_number(receipt))
            document_actions.save_pdf(self.view, name, 1, render)
