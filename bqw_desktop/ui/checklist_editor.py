"""An administrator's editor for the inspection checklists (one per category).

Every change is an audited service call (``services.inspection``): add a check, edit its text or
source, take it off the list (deactivate: past inspections keep their ticks), move it up or down.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.catalogue import CATEGORY_LABELS, Category
from ..domain.errors import DomainError
from ..services import inspection
from ..services.context import Actor
from ..store.database import Store
from .i18n import error_text, term
from .views.base import RequestToken


class ChecklistEditor(QDialog):
    """Non-modal, so the station's scanner keeps working while it is open."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Inspection checklists"))
        self.resize(760, 520)
        self.category = QComboBox()
        for category in Category:
            self.category.addItem(term(CATEGORY_LABELS[category]), category)
        self.category.currentIndexChanged.connect(lambda: self.load())
        self.checks = QListWidget()
        self.checks.setWordWrap(True)
        self.checks.currentItemChanged.connect(self._chosen)
        self.text = QLineEdit()
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("standard and clause, e.g. GB 31701-2015 (cords and drawstrings)"))
        # one click, one check (C14): a new request once the text, source or category is changed
        self.add_token = RequestToken()
        for field in (self.text, self.source):
            field.textEdited.connect(self.add_token.renew)
        self.category.activated.connect(self.add_token.renew)
        self.message = QLabel()
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        actions = [
            (self.tr("Add as new check"), self._add),
            (self.tr("Save changes"), self._edit),
            (self.tr("Take off the list"), self._deactivate),
            (self.tr("Move up"), lambda: self._move(-1)),
            (self.tr("Move down"), lambda: self._move(1)),
        ]
        self.buttons = {}
        for caption, action in actions:
            button = QPushButton(caption)
            button.clicked.connect(action)
            buttons.addWidget(button)
            self.buttons[caption] = button
        form = QFormLayout()
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Check"), self.text)
        form.addRow(self.tr("Source"), self.source)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.checks, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.load()

    def current_category(self) -> Category:
        return self.category.currentData()

    def load(self, select_id: int | None = None) -> None:
        self.checks.clear()
        for check in inspection.checklist(self.store, self.current_category()):
            entry = QListWidgetItem(f"{check.text}\n    {check.source}")
            entry.setData(Qt.ItemDataRole.UserRole, check.id)
            self.checks.addItem(entry)
            if check.id == select_id:
                self.checks.setCurrentItem(entry)

    def ids(self) -> list[int]:
        return [self.checks.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.checks.count())]

    def _selected(self) -> int | None:
        entry = self.checks.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def _chosen(self) -> None:
        chosen = self._selected()
        check = next((c for c in inspection.checklist(self.store, self.current_category()) if c.id == chosen), None)
        if check:
            self.text.setText(check.text)
            self.source.setText(check.source)

    def _run(self, action, done: str) -> None:  # noqa: ANN001
        try:
            result = action()
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        self.load(getattr(result, "id", None) or self._selected())
        self.message.setText(done)

    def _add(self) -> None:
        token = self.add_token.value
        self._run(lambda: inspection.add_checklist_item(
            self.store, self.actor, self.current_category(), self.text.text(), self.source.text(), token=token),
            self.tr("Check added."))

    def _edit(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._run(lambda: inspection.edit_checklist_item(
                self.store, self.actor, chosen, self.text.text(), self.source.text()), self.tr("Check saved."))

    def _deactivate(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._run(lambda: inspection.deactivate_checklist_item(self.store, self.actor, chosen),
                      self.tr("Check taken off the list; past inspections keep it."))

    def _move(self, step: int) -> None:
        chosen, order = self._selected(), self.ids()
        if chosen is None or not 0 <= order.index(chosen) + step < len(order):
            return
        at = order.index(chosen)
        order[at], order[at + step] = order[at + step], order[at]
        self._run(lambda: inspection.reorder_checklist(self.store, self.actor, self.current_category(), order),
                  self.tr("Order saved."))
        self.checks.setCurrentRow(at + step)
