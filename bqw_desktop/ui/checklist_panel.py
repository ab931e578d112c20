"""The inspection page's checklist: the checks of the item set being inspected, to tick, this station's
setting "a pass needs every check ticked" and the administrator's checklist editor."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from .. import station
from ..services.context import Actor
from ..services.inspection import ChecklistItemView
from ..store.database import Store
from .checklist_editor import ChecklistEditor

log = logging.getLogger(__name__)


class ChecklistPanel(QGroupBox):
    """Shows the checks it is given (:meth:`show_checks`) and says which are ticked (:meth:`checked`).

    ``feedback(kind, text)`` for the banner, as a page's: whether the station's setting was saved.
    ``actor`` gives the person signed in at the moment the editor is opened.
    """

    feedback = Signal(str, str)

    def __init__(self, store: Store, actor: Callable[[], Actor | None]) -> None:
        super().__init__(self.tr("Checklist for this category (tick what you checked)"))
        self.store, self.actor = store, actor
        self.editor: ChecklistEditor | None = None
        self._shown: tuple[ChecklistItemView, ...] = ()
        self.checklist = QListWidget()
        self.checklist.setWordWrap(True)
        # a scroll bar that came and went with the list's length (10 checks, or fewer) resized the list,
        # laid its wrapped items out again and repainted the page beneath: 4 ms more on one scan in seven
        # (bench/scan_latency.py)
        self.checklist.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.edit_checklists = QPushButton(self.tr("Edit checklists…"))
        self.edit_checklists.clicked.connect(self._open_editor)
        self.needs_all_checks = QCheckBox(self.tr("A pass needs every check ticked (this station)"))
        self.needs_all_checks.setChecked(station.load().pass_needs_all_checks)
        self.needs_all_checks.toggled.connect(self._save_needs_all_checks)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checklist)
        below = QHBoxLayout()
        below.addWidget(self.needs_all_checks, 1)
        below.addWidget(self.edit_checklists)
        layout.addLayout(below)

    def show_checks(self, checks: tuple[ChecklistItemView, ...]) -> None:
        """Show ``checks``, none ticked (an empty tuple: nothing to tick)."""
        if self._shown == checks:  # the same list: untick it (re-laying out wrapped items costs a frame)
            self.tick_all(Qt.CheckState.Unchecked)
            return
        self.checklist.clear()
        self._shown = checks
        for check in checks:
            entry = QListWidgetItem(check.text)
            entry.setToolTip(check.source)
            entry.setData(Qt.ItemDataRole.UserRole, check.id)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.checklist.addItem(entry)

    def tick_all(self, state: Qt.CheckState = Qt.CheckState.Checked) -> None:
        for row in range(self.checklist.count()):
            self.checklist.item(row).setCheckState(state)

    def checked(self) -> list[int]:
        """Ids of the checklist items ticked for the current item set."""
        items = (self.checklist.item(row) for row in range(self.checklist.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def close_editor(self) -> None:
        """Another person (or nobody) at the station: the editor opened for the last one closes."""
        if self.editor is not None:
            self.editor.close()

    def _open_editor(self) -> None:
        """The administrator's checklist editor (non-modal); the next scan shows the edited list."""
        self.editor = ChecklistEditor(self.store, self.actor(), self)
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
