"""Inspection (质检): scan an item set, then Pass, or Fail with a nonconformance reason."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ... import station
from ...domain.catalogue import CATEGORY_LABELS, REASON_LABELS, Category, NonconformanceReason
from ...domain.roles import Permission
from ...domain.scanning import Command, Scan, ScanKind
from ...domain.lifecycle import ITEM_SET_STATUS_LABELS, waiting_for_inspection
from ...services import inspection
from ...queries import item_sets
from ...services.context import Actor
from ...queries.rows import ItemSetView
from ..checklist_editor import ChecklistEditor
from ..i18n import term
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table
from ..widgets.text import ValueText
from .base import Undoable, View

log = logging.getLogger(__name__)

_BUTTON_STYLE = (
    "QPushButton {{ background: {colour}; color: white; padding: 10px 24px; font-weight: bold; }}"
    "QPushButton:disabled {{ background: #cfd8dc; color: #78909c; }}"
)


class InspectionView(View):
    """One item set at a time; results of this session listed below, newest first.

    Scan an item set, then Pass or Fail by button or by command barcode (合格, 不合格 + reason);
    全部检查通过 ticks every check of the category and passes; Done / Cancel put it aside. The station
    setting "a pass needs every check ticked" (:mod:`bqw_desktop.station`) is shown and changed here;
    the inspection service enforces it.
    """

    accepts = frozenset({ScanKind.ITEM_SET, ScanKind.COMMAND})

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.current: ItemSetView | None = None
        self.editor: ChecklistEditor | None = None

        details = QGroupBox(self.tr("Item set being inspected"))
        form = QFormLayout(details)
        self.code_label = ValueText("—")
        font = self.code_label.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.category_label = ValueText()
        self.description_label = ValueText()
        self.size_label = ValueText()
        self.donor_label = ValueText()
        self.status_label = ValueText()
        form.addRow(self.tr("Item set"), self.code_label)
        form.addRow(self.tr("Category"), self.category_label)
        form.addRow(self.tr("Description"), self.description_label)
        form.addRow(self.tr("Size · pieces"), self.size_label)
        form.addRow(self.tr("Donor · carton"), self.donor_label)
        form.addRow(self.tr("Status"), self.status_label)

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

        checks = QGroupBox(self.tr("Checklist for this category (tick what you checked)"))
        self.checklist = QListWidget()
        self.checklist.setWordWrap(True)
        self.edit_checklists = QPushButton(self.tr("Edit checklists…"))
        self.edit_checklists.clicked.connect(self._open_editor)
        self.needs_all_checks = QCheckBox(self.tr("A pass needs every check ticked (this station)"))
        self.needs_all_checks.setChecked(station.load().pass_needs_all_checks)
        self.needs_all_checks.toggled.connect(self._save_needs_all_checks)
        checks_layout = QVBoxLayout(checks)
        checks_layout.addWidget(self.checklist)
        below = QHBoxLayout()
        below.addWidget(self.needs_all_checks, 1)
        below.addWidget(self.edit_checklists)
        checks_layout.addLayout(below)
        self._checklists: dict[Category, list] = {}
        self._shown_checklist: list | None = None
        top = QHBoxLayout()
        top.addWidget(details, 1)
        top.addWidget(checks, 1)

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
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Inspected at this station")))
        layout.addWidget(make_table(self.history))
        self.restrict(Permission.CHECKLISTS, self.edit_checklists)
        self.restrict(Permission.INSPECT, self.pass_button, self.reason, self.fail_button, self.note)  # not auditors
        self._show(None)

    def title(self) -> str:
        return self.tr("Inspection")

    def read(self) -> Callable[[], ItemSetView | None]:
        store, code = self.store, self.current.code if self.current else None
        return lambda: item_sets.find_item_set(store, code) if code else None

    def show_read(self, item: ItemSetView | None) -> None:
        self._checklists.clear()  # an administrator may have edited them
        self._shown_checklist = None
        if item is not None and self.current is not None and self.current.code == item.code:
            self._show(item)  # another station, or an undo, may have changed it

    def _undo(self, code: str) -> ItemSetView:
        """Take this station's result for ``code`` back (a new audited event) and say so in the list."""
        item = inspection.undo_inspection(self.store, self.actor, code, "undo at the station")
        self.history.prepend((datetime.now().strftime("%H:%M:%S"), item.code, self.tr("undone"), "",
                              item.description), item.code, 50)
        return item

    def set_actor(self, actor: Actor | None) -> None:
        """Another person (or nobody) at the station: the checklist editor opened for the last one closes."""
        if self.editor is not None:
            self.editor.close()
        super().set_actor(actor)

    def _open_editor(self) -> None:
        """The administrator's checklist editor (non-modal); the next scan shows the edited list."""
        self.editor = ChecklistEditor(self.store, self.actor, self)
        self.editor.finished.connect(self.refresh)
        self.editor.show()

    def _save_needs_all_checks(self, on: bool) -> None:
        """Keep the checkbox's state as this station's setting (``station.json``) and say what it means."""
        try:
            kept = station.save(replace(station.load(), pass_needs_all_checks=on))
        except OSError as error:
            log.error("station settings not saved: %s", error)
            self.needs_all_checks.blockSignals(True)
            self.needs_all_checks.setChecked(not on)
            self.needs_all_checks.blockSignals(False)
            self.feedback.emit("error", self.tr("The station's settings could not be saved: {error}").format(
                error=error))
            return
        if kept is not None:
            self.feedback.emit("warn", self.tr(
                "The station's settings file could not be read; it was kept as {path} and written anew.").format(
                    path=kept))
        elif on:
            self.feedback.emit("ok", self.tr("From now on a pass at this station needs every check ticked."))
        else:
            self.feedback.emit("ok", self.tr("A pass at this station no longer needs every check ticked."))

    def _tick_all(self) -> bool:
        """Tick every active check of the current item set's category, as the store has it now (an
        administrator may just have edited it); False if the checklist could not be read."""
        category = self.current.category
        checks = self.attempt(lambda: inspection.checklist(self.store, category))
        if checks is None:
            return False
        self._checklists[category] = checks
        self._show_checklist(self.current)
        for row in range(self.checklist.count()):
            self.checklist.item(row).setCheckState(Qt.CheckState.Checked)
        return True

    def _shortcut(self, keys: QKeySequence, action) -> None:  # noqa: ANN001
        shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: self.isVisible() and action())

    def _fail_with(self, reason: NonconformanceReason) -> None:
        self.reason.setCurrentIndex(self.reason.findData(reason))
        self.record(False)

    def _show_checklist(self, item: ItemSetView | None) -> None:
        if item is None:
            self.checklist.clear()
            self._shown_checklist = None
            return
        if item.category not in self._checklists:
            self._checklists[item.category] = inspection.checklist(self.store, item.category)
        checks = self._checklists[item.category]
        if self._shown_checklist == checks:  # the same list: untick it (re-laying out wrapped items costs a frame)
            for row in range(self.checklist.count()):
                self.checklist.item(row).setCheckState(Qt.CheckState.Unchecked)
            return
        self.checklist.clear()
        self._shown_checklist = checks
        for check in checks:
            entry = QListWidgetItem(check.text)
            entry.setToolTip(check.source)
            entry.setData(Qt.ItemDataRole.UserRole, check.id)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.checklist.addItem(entry)

    def checked(self) -> list[int]:
        """Ids of the checklist items ticked for the current item set."""
        items = (self.checklist.item(row) for row in range(self.checklist.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _show(self, item: ItemSetView | None) -> None:
        self.current = item
        waiting = item is not None and waiting_for_inspection(item.status)
        self.pass_button.setEnabled(waiting)
        self.fail_button.setEnabled(waiting)
        if item is None:
            self._show_checklist(None)
            for label in (self.category_label, self.description_label, self.size_label, self.donor_label,
                          self.status_label):
                label.clear()
            self.code_label.setText("—")
            return
        self.code_label.setText(item.code)
        self.category_label.setText(term(CATEGORY_LABELS[item.category]))
        self.description_label.setText(item.description)
        pieces = self.tr("{n} piece(s)").format(n=item.pieces)
        self.size_label.setText(f"{item.size or '—'} · {pieces}")
        self.donor_label.setText(f"{item.donor} · {item.carton_code}")
        status = term(ITEM_SET_STATUS_LABELS[item.status])
        if item.last_reason is not None:
            status += f" · {term(REASON_LABELS[item.last_reason])}"
        self.status_label.setText(status)

    def on_scan(self, scan: Scan) -> None:
        if scan.kind is ScanKind.COMMAND:
            self._command(scan)
            return
        item = self.attempt(lambda: item_sets.find_item_set(self.store, scan.text))
        if item is None:
            return
        self._show(item)
        self._show_checklist(item if waiting_for_inspection(item.status) else None)
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
            if scan.command is Command.PASS_ALL and not self._tick_all():
                return
            if scan.reason is not None:
                self.reason.setCurrentIndex(self.reason.findData(scan.reason))
            self.record(scan.command is not Command.FAIL)
        else:  # DONE and CANCEL: put the current item set away without recording anything more
            code = self.current.code if self.current else None
            self._show(None)
            if code:
                self.feedback.emit("ok", self.tr("{code} put aside. Scan the next item set.").format(code=code))
            else:  # the person scanned it for a reason: say that nothing was open
                self.feedback.emit("warn", self.tr("No item set is open: scan one to inspect it."))

    def record(self, passed: bool) -> None:
        """Save the result for the current item set (the Pass / Fail buttons)."""
        if self.current is None:
            return
        reason = None if passed else self.reason.currentData()
        note = self.note.text().strip() or None
        checks = self.checked()
        needs_all = self.needs_all_checks.isChecked()
        item = self.attempt(lambda: inspection.inspect(self.store, self.actor, self.current.code, passed, reason, note,
                                                       checks, require_all_checks=needs_all))
        if item is None:
            return
        self._show(item)
        result = term(ITEM_SET_STATUS_LABELS[item.status])
        self.history.prepend((datetime.now().strftime("%H:%M:%S"), item.code, result,
                              term(REASON_LABELS[reason]) if reason else "", item.description), item.code, 50)
        if passed:
            self.feedback.emit("ok", self.tr("{code} passed.").format(code=item.code))
        else:
            self.feedback.emit("warn", self.tr("{code} failed ({reason}) and goes to quarantine.").format(
                code=item.code, reason=term(REASON_LABELS[reason])))
        self.did.emit(Undoable(
            self.tr("inspection of {code}").format(code=item.code),
            lambda: self._undo(item.code),
        ))
