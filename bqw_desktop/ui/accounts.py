"""The administrator's people dialog (人员管理): accounts listed, added, deactivated, PINs set, badges printed.

Every change is a service call of ``services.people`` (administrators only; refused for others with
the role's message, shown in the dialog).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..domain.roles import ROLE_LABELS, Role
from ..services import people
from ..services.context import Actor
from ..store.database import Store
from . import document_actions
from .i18n import error_text, term
from .pdf_printing import page_count
from .signin import pin_field
from .widgets.rows import RowsModel
from .widgets.tables import make_table


class AccountsDialog(QDialog):
    """Accounts (name, role, badge, active, PIN set) above; add one, or act on the selected one, below.

    ``feedback(kind, text)`` — ``ok`` or ``error`` — shows in the dialog's message line (the documents'
    progress and results come through it too, as for a page).
    """

    feedback = Signal(str, str)

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("People"))
        self.resize(760, 560)
        self.rows = RowsModel([self.tr("Name"), self.tr("Role"), self.tr("Badge"), self.tr("Active"), self.tr("PIN")])
        self.table = make_table(self.rows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # a few dozen rows

        add_box = QGroupBox(self.tr("New account"))
        add_form = QFormLayout(add_box)
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(term(ROLE_LABELS[role]), role)
        self.new_pin = pin_field()
        self.new_pin.setPlaceholderText(self.tr("4 to 8 digits; volunteers need none"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        add_form.addRow(self.tr("Name"), self.name)
        add_form.addRow(self.tr("Role"), self.role)
        add_form.addRow(self.tr("PIN"), self.new_pin)
        add_row = QHBoxLayout()
        add_row.addStretch()
        add_row.addWidget(self.add_button)
        add_form.addRow(add_row)

        chosen_box = QGroupBox(self.tr("Selected account"))
        chosen = QHBoxLayout(chosen_box)
        self.pin = pin_field()
        self.pin.setPlaceholderText(self.tr("new PIN"))
        self.set_pin_button = QPushButton(self.tr("Set PIN"))
        self.set_pin_button.clicked.connect(self.set_pin)
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.deactivate_button.clicked.connect(self.deactivate)
        chosen.addWidget(self.pin, 1)
        chosen.addWidget(self.set_pin_button)
        chosen.addWidget(self.deactivate_button)

        self.save_badges = QPushButton(self.tr("Save badges as PDF…"))
        self.print_badges = QPushButton(self.tr("Print badges…"))
        self.save_badges.clicked.connect(lambda: document_actions.save_pdf(self, "badges.pdf", 1, self._render))
        self.print_badges.clicked.connect(lambda: document_actions.print_document(self, 1, self._render))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.feedback.connect(self._show_feedback)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        for button in (self.add_button, self.set_pin_button, self.deactivate_button, self.save_badges,
                       self.print_badges):
            button.setAutoDefault(False)

        badges = QHBoxLayout()
        badges.addWidget(QLabel(self.tr("Badges of every active account:")))
        badges.addWidget(self.save_badges)
        badges.addWidget(self.print_badges)
        badges.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(chosen_box)
        layout.addWidget(add_box)
        layout.addLayout(badges)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.load()

    def load(self) -> None:
        """Show every account, active ones first."""
        accounts = people.list_people(self.store)
        yes, no = self.tr("yes"), self.tr("no")
        self.rows.set_rows([(p.name, term(ROLE_LABELS[p.role]), p.badge, yes if p.active else no,
                             self.tr("set") if p.has_pin else "") for p in accounts], [p.name for p in accounts])

    def chosen(self) -> str | None:
        """The name of the selected account, if one is."""
        row = self.table.currentIndex().row()
        return self.rows.keys[row] if 0 <= row < len(self.rows.keys) else None

    def _show_feedback(self, kind: str, text: str) -> None:
        self.message.setStyleSheet("color: #c62828;" if kind == "error" else "")
        self.message.setText(text)

    def _run(self, action: Callable[[], people.PersonView], done: str) -> bool:
        """Call a service; say ``done`` (formatted with the account's ``name``) or why it was refused."""
        try:
            person = action()
        except DomainError as error:
            self.feedback.emit("error", error_text(error))
            return False
        self.load()
        self.feedback.emit("ok", done.format(name=person.name, badge=person.badge))
        return True

    def add(self) -> None:
        role = self.role.currentData()
        if self._run(lambda: people.add_person(self.store, self.actor, self.name.text(), role,
                                               self.new_pin.text() or None),
                     self.tr("{name} added, badge {badge}: print their badge.")):
            self.name.clear()
            self.new_pin.clear()

    def set_pin(self) -> None:
        name = self.chosen()
        if name is None:
            self.feedback.emit("error", self.tr("Select an account first."))
            return
        if self._run(lambda: people.set_pin(self.store, self.actor, name, self.pin.text()),
                     self.tr("{name} has a new PIN.")):
            self.pin.clear()

    def deactivate(self) -> None:
        name = self.chosen()
        if name is None:
            self.feedback.emit("error", self.tr("Select an account first."))
            return
        self._run(lambda: people.deactivate(self.store, self.actor, name),
                  self.tr("{name} can no longer sign in; their name stays on what they did."))

    def _render(self, path: str, progress: Callable[[int], None]) -> int:
        """The badge sheet of every active account (recorded as printed), written to ``path``; its pages."""
        people.write_badges(self.store, self.actor, path)
        pages = page_count(path)
        progress(pages)
        return pages
