"""Inspection (质检): scan an item set, then Pass, or Fail with a nonconformance reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...domain.catalogue import CATEGORY_LABELS, REASON_LABELS, NonconformanceReason
from ...domain.identifiers import Code
from ...domain.lifecycle import ITEM_SET_STATUS_LABELS, waiting_for_inspection
from ...domain.roles import Permission
from ...domain.scanning import Command, Scan, ScanKind
from ...queries import item_sets
from ...queries.rows import ItemSetView
from ...services import inspection
from ...services.context import Actor
from ..checklist_panel import ChecklistPanel
from ..i18n import term
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table
from ..widgets.text import ValueText
from .base import Undoable, View

_BUTTON_STYLE = (
    "QPushButton {{ background: {colour}; color: white; padding: 10px 24px; font-weight: bold; }}"
    "QPushButton:disabled {{ background: #cfd8dc; color: #78909c; }}"
)
HISTORY_ROWS = 50  # results listed on the page, newest first


class InspectionView(View):
    """One item set at a time; results of this session listed below, newest first.

    Scan an item set, then Pass or Fail by button or by command barcode (合格, 不合格 + reason);
    全部检查通过 ticks every check of the category and passes; Done / Cancel put it aside. The station
    setting "a pass needs every check ticked" is in the checklist panel (:class:`ChecklistPanel`); the
    inspection service enforces it.

    A scan is one transaction (``inspection.look_up``, ``inspection.inspect``, given the code the scan
    parsed), and the page then changes only what the scan changed: after a result, the status, the
    buttons and one new row of the list.
    """

    accepts = frozenset({ScanKind.ITEM_SET, ScanKind.COMMAND})

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.current: ItemSetView | None = None
        self._code: Code | None = None  # the current item set's code as its scan parsed it
        self.checks = ChecklistPanel(self.store, lambda: self.actor)
        self.checks.feedback.connect(self.feedback)
        top = QHBoxLayout()
        top.addWidget(self._details(), 1)
        top.addWidget(self.checks, 1)

        # one key per result, besides the command barcodes: F2 Pass, F3… Fail with each reason
        self._shortcut(QKeySequence(Qt.Key.Key_F2), lambda: self.record(True))
        for n, reason in enumerate(NonconformanceReason):
            self._shortcut(QKeySequence(Qt.Key.Key_F3 + n), lambda reason=reason: self._fail_with(reason))

        self.history = RowsModel([self.tr("Time"), self.tr("Item set"), self.tr("Result"), self.tr("Reason"),
                                  self.tr("Description")])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Scan an item set's label, check it, then scan 合格, 全部检查通过 or 不合格 on the command sheet "
            "(or press F2 for Pass, F3–F8 for Fail with a reason).")))
        layout.addLayout(top)
        layout.addLayout(self._actions())
        layout.addWidget(QLabel(self.tr("Inspected at this station")))
        layout.addWidget(make_table(self.history))
        self.restrict(Permission.CHECKLISTS, self.checks.edit_checklists)
        self.restrict(Permission.INSPECT, self.pass_button, self.reason, self.fail_button, self.note)  # not auditors
        self._show(None, None)

    def _details(self) -> QGroupBox:
        """The item set being inspected: its code (large), category, description, size, donor, status."""
        details = QGroupBox(self.tr("Item set being inspected"))
        form = QFormLayout(details)
        self.code_label = ValueText("—")
        font = self.code_label.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.category_label, self.description_label, self.size_label, self.donor_label, self.status_label = (
            ValueText() for _ in range(5))
        form.addRow(self.tr("Item set"), self.code_label)
        form.addRow(self.tr("Category"), self.category_label)
        form.addRow(self.tr("Description"), self.description_label)
        form.addRow(self.tr("Size · pieces"), self.size_label)
        form.addRow(self.tr("Donor · carton"), self.donor_label)
        form.addRow(self.tr("Status"), self.status_label)
        return details

    def _actions(self) -> QHBoxLayout:
        """Pass; the reason, Fail and a note."""
        self.pass_button = QPushButton(self.tr("Pass"))
        self.pass_button.setStyleSheet(_BUTTON_STYLE.format(colour="#2e7d32"))
        self.fail_button = QPushButton(self.tr("Fail"))
        self.fail_button.setStyleSheet(_BUTTON_STYLE.format(colour="#c62828"))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("— reason for failing —"), None)
        for reason in NonconformanceReason:
            self.reason.addItem(term(REASON_LABELS[reason]), reason)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.pass_button.clicked.connect(lambda: self.record(True))
        self.fail_button.clicked.connect(lambda: self.record(False))
        actions = QHBoxLayout()
        actions.addWidget(self.pass_button)
        actions.addSpacing(24)
        actions.addWidget(self.reason)
        actions.addWidget(self.fail_button)
        actions.addWidget(self.note, 1)
        return actions

    def title(self) -> str:
        return self.tr("Inspection")

    def read(self) -> Callable[[], ItemSetView | None]:
        store, code = self.store, self._code
        return lambda: item_sets.find_item_set(store, code) if code else None

    def show_read(self, item: ItemSetView | None) -> None:
        if item is not None and self.current is not None and self.current.code == item.code:
            self._show_status(item)  # another station, or an undo, may have changed it

    def _log(self, item: ItemSetView, result: str, reason: str = "") -> None:
        """One new row on top of the list of this station's results."""
        self.history.prepend((datetime.now().strftime("%H:%M:%S"), item.code, result, reason, item.description),
                             item.code, HISTORY_ROWS)

    def _undo(self, code: str) -> ItemSetView:
        """Take this station's result for ``code`` back (a new audited event) and say so in the list."""
        item = inspection.undo_inspection(self.store, self.actor, code, "undo at the station")
        self._log(item, self.tr("undone"))
        if self.current is not None and self.current.code == item.code:  # to be checked anew: no ticks shown
            self._show_status(item)
            self.checks.tick_all(Qt.CheckState.Unchecked)
        return item

    def set_actor(self, actor: Actor | None) -> None:
        """Another person (or nobody) at the station: the checklist editor opened for the last one closes."""
        self.checks.close_editor()
        super().set_actor(actor)

    def _shortcut(self, keys: QKeySequence, action) -> None:  # noqa: ANN001
        shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: self.isVisible() and action())

    def _fail_with(self, reason: NonconformanceReason) -> None:
        self.reason.setCurrentIndex(self.reason.findData(reason))
        self.record(False)

    def _show(self, item: ItemSetView | None, code: Code | None) -> None:
        """Show another item set (``code``: its code as scanned), or none."""
        self._code = code
        if item is None:
            self.checks.show_checks(())
            for label in (self.category_label, self.description_label, self.size_label, self.donor_label,
                          self.status_label):
                label.clear()
            self.code_label.setText("—")
        else:
            self.code_label.setText(item.code)
            self.category_label.setText(term(CATEGORY_LABELS[item.category]))
            self.description_label.setText(item.description)
            pieces = self.tr("{n} piece(s)").format(n=item.pieces)
            self.size_label.setText(f"{item.size or '—'} · {pieces}")
            self.donor_label.setText(f"{item.donor} · {item.carton_code}")
        self._show_status(item)

    def _show_status(self, item: ItemSetView | None) -> None:
        """The current item set's status (and reason) and the buttons it allows: what a result changes."""
        self.current = item
        waiting = item is not None and waiting_for_inspection(item.status)
        self.pass_button.setEnabled(waiting)
        self.fail_button.setEnabled(waiting)
        if item is not None:
            status = term(ITEM_SET_STATUS_LABELS[item.status])
            if item.last_reason is not None:
                status += f" · {term(REASON_LABELS[item.last_reason])}"
            self.status_label.setText(status)

    def on_scan(self, scan: Scan) -> None:
        if scan.kind is ScanKind.COMMAND:
            self._command(scan)
            return
        found = self.attempt(lambda: inspection.look_up(self.store, scan.code))
        if found is None:
            return
        item = found.item
        self._show(item, scan.code)
        self.checks.show_checks(found.checks)
        self.reason.setCurrentIndex(0)
        self.note.clear()
        if waiting_for_inspection(item.status):
            self.feedback.emit("ok", self.tr("{code} ready: check it, then Pass or Fail.").format(code=item.code))
        else:
            self.feedback.emit("warn", self.tr("{code} was already inspected: it is “{status}”.").format(
                code=item.code, status=term(ITEM_SET_STATUS_LABELS[item.status])))

    def _command(self, scan: Scan) -> None:
        if scan.command in (Command.PASS, Command.PASS_ALL, Command.FAIL):
            if self.current is None or not waiting_for_inspection(self.current.status):
                self.feedback.emit("warn", self.tr("Scan an item set waiting for inspection first."))
                return
            if scan.reason is not None:
                self.reason.setCurrentIndex(self.reason.findData(scan.reason))
            self.record(scan.command is not Command.FAIL, all_checks=scan.command is Command.PASS_ALL)
        else:  # DONE and CANCEL: put the current item set away without recording anything more
            code = self.current.code if self.current else None
            self._show(None, None)
            if code:
                self.feedback.emit("ok", self.tr("{code} put aside. Scan the next item set.").format(code=code))
            else:  # the person scanned it for a reason: say that nothing was open
                self.feedback.emit("warn", self.tr("No item set is open: scan one to inspect it."))

    def record(self, passed: bool, *, all_checks: bool = False) -> None:
        """Save the result for the current item set (the Pass / Fail buttons); ``all_checks``: with every
        active check ticked (全部检查通过), which the checklist then shows."""
        if self.current is None:
            return
        reason = None if passed else self.reason.currentData()
        note = self.note.text().strip() or None
        checks = self.checks.checked()
        needs_all = self.checks.needs_all_checks.isChecked()
        item = self.attempt(lambda: inspection.inspect(self.store, self.actor, self._code, passed, reason, note,
                                                       checks, require_all_checks=needs_all, all_checks=all_checks))
        if item is None:
            return
        self.showed_own_write()  # a background read begun before the write would show it undone
        self._show_status(item)
        if all_checks:
            self.checks.tick_all()
        self._log(item, term(ITEM_SET_STATUS_LABELS[item.status]), term(REASON_LABELS[reason]) if reason else "")
        if passed:
            self.feedback.emit("ok", self.tr("{code} passed.").format(code=item.code))
        else:
            self.feedback.emit("warn", self.tr("{code} failed ({reason}) and goes to quarantine.").format(
                code=item.code, reason=term(REASON_LABELS[reason])))
        self.did.emit(Undoable(
            self.tr("inspection of {code}").format(code=item.code),
            lambda: self._undo(item.code),
        ))
