"""Quarantine (隔离区): failed item sets with reason, inspector and age, and their dispositions.

Pick a row (or scan an item set's label): return it to its donor (then save its return note),
dispose of it (who approved it is typed in the field, not asked in a dialog), send it to rework
(back to the inspection queue), or, as a coordinator, correct its result with a reason. Scanning a
passed item set lets a coordinator correct it to failed. The inspection report (质检报告) can be
saved or printed from here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue import CATEGORY_LABELS, REASON_LABELS, NonconformanceReason
from ...domain.lifecycle import ITEM_SET_STATUS_LABELS, ItemSetStatus, correction_of, in_quarantine
from ...domain.roles import Permission
from ...domain.scanning import Scan, ScanKind
from ...services import inspection, inspection_report, quarantine
from ...queries import item_sets
from ...queries.rows import ItemSetView
from .. import document_actions
from ..i18n import term
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table
from .base import View


class QuarantineView(View):
    """The quarantine list above, the selected item set and its dispositions below."""

    accepts = frozenset({ScanKind.ITEM_SET})

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.current: ItemSetView | None = None
        self.last_returned: str | None = None

        self.rows = RowsModel([self.tr("Item set"), self.tr("Category"), self.tr("Description"), self.tr("Donor"),
                               self.tr("Carton"), self.tr("Reason"), self.tr("Note"), self.tr("Inspector"),
                               self.tr("Station"), self.tr("Failed at"), self.tr("Age (days)")])
        self.table = make_table(self.rows)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._select_row(current.row()))
        self.count_label = QLabel()

        details = QGroupBox(self.tr("Selected item set"))
        form = QFormLayout(details)
        self.code_label = QLabel("—")
        self.status_label = QLabel()
        form.addRow(self.tr("Item set"), self.code_label)
        form.addRow(self.tr("Status"), self.status_label)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.approved_by = QLineEdit()
        self.approved_by.setPlaceholderText(self.tr("Who approved disposing of it"))
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("Reason for the correction (required)"))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("— reason for failing —"), None)
        for reason in NonconformanceReason:
            self.reason.addItem(term(REASON_LABELS[reason]), reason)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Approved by"), self.approved_by)
        form.addRow(self.tr("Correction"), self.why)
        form.addRow(self.tr("Reason (correcting to failed)"), self.reason)

        self.return_button = QPushButton(self.tr("Return to donor"))
        self.dispose_button = QPushButton(self.tr("Dispose"))
        self.rework_button = QPushButton(self.tr("Clean/repair, then re-inspect"))
        self.correct_button = QPushButton(self.tr("Correct the result"))
        self.return_button.clicked.connect(self.return_to_donor)
        self.dispose_button.clicked.connect(self.dispose)
        self.rework_button.clicked.connect(self.send_to_rework)
        self.correct_button.clicked.connect(self.correct)
        actions = QHBoxLayout()
        for button in (self.return_button, self.dispose_button, self.rework_button, self.correct_button):
            actions.addWidget(button)
        actions.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Failed item sets wait here for a disposition. Select one or scan its label.")))
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(details)
        layout.addLayout(actions)
        layout.addLayout(self._papers())
        self.restrict(Permission.DISPOSE, self.return_button, self.dispose_button, self.rework_button,
                      *self._row(form, self.note), *self._row(form, self.approved_by))
        self.restrict(Permission.CORRECT, self.correct_button, *self._row(form, self.why), *self._row(form, self.reason))
        self._show(None)

    def _papers(self) -> QHBoxLayout:
        """The buttons for the inspection report and the return note."""
        self.save_report = QPushButton(self.tr("Save inspection report (PDF)…"))
        self.print_report = QPushButton(self.tr("Print inspection report…"))
        self.save_return_note = QPushButton(self.tr("Save return note (PDF)…"))
        self.save_report.clicked.connect(self._save_report)
        self.print_report.clicked.connect(self._print_report)
        self.save_return_note.clicked.connect(self._save_return_note)
        papers = QHBoxLayout()
        for button in (self.save_report, self.print_report, self.save_return_note):
            papers.addWidget(button)
        papers.addStretch()
        return papers

    @staticmethod
    def _row(form: QFormLayout, field: QWidget) -> tuple[QWidget, QWidget]:
        return form.labelForField(field), field

    def title(self) -> str:
        return self.tr("Quarantine")

    # --- what is shown ---------------------------------------------------------------------------

    def read(self) -> Callable[[], tuple[list[tuple], list[str], ItemSetView | None]]:
        store, code = self.store, self.current.code if self.current else None

        def read() -> tuple[list[tuple], list[str], ItemSetView | None]:
            rows = quarantine.quarantine(store)
            shown = [(r.code, term(CATEGORY_LABELS[r.category]), r.description, r.donor, r.carton_code,
                      term(REASON_LABELS[r.reason]) if r.reason else "", r.note or "", r.inspector, r.station,
                      r.failed_at.astimezone().strftime("%Y-%m-%d %H:%M"), r.age_days) for r in rows]
            return shown, [r.code for r in rows], item_sets.find_item_set(store, code) if code else None
        return read

    def show_read(self, data: tuple[list[tuple], list[str], ItemSetView | None]) -> None:
        rows, keys, item = data
        self.rows.set_rows(rows, keys)
        self.count_label.setText(self.tr("{n} item set(s) in quarantine").format(n=len(rows)))
        if item is not None and self.current is not None and self.current.code == item.code:
            self._show(item)
        self.save_return_note.setEnabled(self.last_returned is not None)

    def _select_row(self, row: int) -> None:
        if 0 <= row < len(self.rows.keys):
            code = self.rows.keys[row]
            if self.current is None or self.current.code != code:
                self._show(self.attempt(lambda: item_sets.find_item_set(self.store, code)))

    def _show(self, item: ItemSetView | None) -> None:
        self.current = item
        failed = item is not None and in_quarantine(item.status)
        for button in (self.return_button, self.dispose_button, self.rework_button):
            button.setEnabled(failed)
        correction = correction_of(item.status) if item is not None else None
        self.correct_button.setEnabled(correction is not None)
        self.reason.setEnabled(correction is ItemSetStatus.FAILED)  # a reason only for a result corrected to failed
        self.save_return_note.setEnabled(self.last_returned is not None)
        if item is None:
            self.code_label.setText("—")
            self.status_label.clear()
            return
        self.code_label.setText(f"{item.code} · {term(CATEGORY_LABELS[item.category])} · {item.description}")
        status = term(ITEM_SET_STATUS_LABELS[item.status])
        if item.last_reason is not None and item.status is ItemSetStatus.FAILED:
            status += f" · {term(REASON_LABELS[item.last_reason])}"
        self.status_label.setText(status)

    def on_scan(self, scan: Scan) -> None:
        item = self.attempt(lambda: item_sets.find_item_set(self.store, scan.text))
        if item is None:
            return
        self._show(item)
        row = self.rows.row_of(item.code)
        if row >= 0:
            self.table.selectRow(row)
        if in_quarantine(item.status):
            self.feedback.emit("ok", self.tr("{code} is in quarantine: choose its disposition.").format(code=item.code))
        else:
            self.feedback.emit("warn", self.tr("{code} is not in quarantine: it is “{status}”.").format(
                code=item.code, status=term(ITEM_SET_STATUS_LABELS[item.status])))

    # --- actions -------------------------------------------------------------------------------

    def _done(self, item: ItemSetView | None, message: str) -> None:
        if item is None:
            return
        self.note.clear()
        self.approved_by.clear()
        self.why.clear()
        self.reason.setCurrentIndex(0)
        self.current = item
        self.refresh()
        self.feedback.emit("ok", message.format(code=item.code))

    def return_to_donor(self) -> None:
        """Return the selected failed item set to its donor; its return note can then be saved."""
        if self.current is None:
            return
        code, note = self.current.code, self.note.text()
        if self.attempt(lambda: quarantine.return_to_donor(self.store, self.actor, code, note)) is None:
            return
        self.last_returned = code
        self._done(item_sets.find_item_set(self.store, code),
                   self.tr("{code} is returned to its donor: save or print its return note."))

    def dispose(self) -> None:
        """Dispose of the selected failed item set; who approved it comes from the field."""
        if self.current is None:
            return
        code = self.current.code
        approved, note = self.approved_by.text(), self.note.text()
        self._done(self.attempt(lambda: quarantine.dispose(self.store, self.actor, code, approved, note)),
                   self.tr("{code} is disposed of."))

    def send_to_rework(self) -> None:
        """Send the selected failed item set to cleaning or repair, then back to inspection."""
        if self.current is None:
            return
        code, note = self.current.code, self.note.text()
        self._done(self.attempt(lambda: quarantine.send_to_rework(self.store, self.actor, code, note)),
                   self.tr("{code} goes to rework and back to the inspection queue."))

    def correct(self) -> None:
        """A coordinator's correction: failed → passed, or passed → failed with the chosen reason."""
        if self.current is None:
            return
        code, why = self.current.code, self.why.text()
        to_pass = correction_of(self.current.status) is ItemSetStatus.PASSED
        reason = None if to_pass else self.reason.currentData()
        self._done(
            self.attempt(lambda: inspection.correct_inspection(self.store, self.actor, code, to_pass, reason, why)),
            self.tr("{code}'s result was corrected; the correction is on record."),
        )

    # --- documents -----------------------------------------------------------------------------

    def _render_report(self, path: str, progress) -> int:  # noqa: ANN001
        pages = inspection_report.write_inspection_report(self.store, path)
        progress(pages)
        return pages

    def _save_report(self) -> None:
        document_actions.save_pdf(self, self.tr("inspection-report.pdf"), 3, self._render_report)

    def _print_report(self) -> None:
        document_actions.print_document(self, 3, self._render_report)

    def _save_return_note(self) -> None:
        code = self.last_returned
        if code is None:
            return

        def render(path: str, progress) -> int:  # noqa: ANN001
            pages = quarantine.write_return_note(self.store, code, path)
            progress(pages)
            return pages

        document_actions.save_pdf(self, self.tr("return-note-{code}.pdf").format(code=code), 1, render)
