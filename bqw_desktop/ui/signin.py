"""Who uses the station: signing in, idle sign-out (the first start's questions: :mod:`.first_start`).

A volunteer signs in by scanning their badge or picking their name; coordinators, administrators and
auditors also give their PIN (``services.people.sign_in``). The dialog calls the services itself and
shows a refusal in the dialog, in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import roles
from ..domain.errors import DomainError
from ..domain.receiving import pinyin_initials
from ..services import people
from ..services.context import Actor
from ..store.database import Store
from .i18n import error_text, term
from .scanner import ScannerInput
from .widgets.fields import CodeField

_ERROR_STYLE = "color: #c62828;"
_HINT_STYLE = "color: #1565c0;"


def pin_field() -> CodeField:
    """A PIN field: digits only (at most 8), shown as dots, no input method (``widgets.fields.NoInputMethod``)."""
    field = CodeField()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"), field))
    return field


def message_label() -> QLabel:
    """The line under a sign-in form where a refusal or a hint shows (:func:`say`)."""
    label = QLabel()
    label.setWordWrap(True)
    return label


def say(label: QLabel, text: str, *, error: bool = True) -> None:
    """Show ``text`` in ``label``, red for a refusal (``error``), else blue for a hint."""
    label.setStyleSheet(_ERROR_STYLE if error else _HINT_STYLE)
    label.setText(text)


class SignInDialog(QDialog):
    """Who uses the station now: a badge scanned (whatever has the focus in the dialog) or a name picked
    from the active accounts (double-click or Enter), then the PIN for the roles that need one. When
    accepted, ``actor`` is the person signed in.

    ``badge``: a badge scanned in the main window whose person needs a PIN: the dialog opens asking it
    (tried at once, as if scanned here).
    Nothing but *Quit* closes the dialog without someone signed in (not Escape: nobody may reach the
    window behind it); *Quit* rejects it.
    """

    def __init__(self, store: Store, station_name: str, parent: QWidget | None = None, *,
                 badge: str | None = None) -> None:
        super().__init__(parent)
        self.store, self.station = store, station_name
        self.actor: Actor | None = None
        self._who: dict[str, str] | None = None  # the account asked for its PIN: {"name": …} or {"badge": …}
        self.setWindowTitle(self.tr("Sign in"))
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(lambda code: self._try(badge=code))
        self.finished.connect(self.scanner.detach)

        heading = QLabel(self.tr("Station {station}").format(station=station_name))
        font = heading.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(self.tr("Scan your badge, or pick your name and press Enter."))
        hint.setWordWrap(True)
        self.names = QListWidget()
        font = self.names.font()
        font.setPointSize(font.pointSize() + 3)
        self.names.setFont(font)
        self.names.setStyleSheet("QListWidget::item { padding: 4px; }")
        active = [person for person in people.list_people(store) if person.active]
        for person in sorted(active, key=lambda p: (pinyin_initials(p.name), p.name)):  # 陈 before 王 before 张
            item = QListWidgetItem(self.tr("{name} ({role})").format(name=person.name,
                                                                     role=term(roles.ROLE_LABELS[person.role])))
            item.setData(Qt.ItemDataRole.UserRole, person.name)
            self.names.addItem(item)
        self.names.itemActivated.connect(lambda item: self._try(name=item.data(Qt.ItemDataRole.UserRole)))
        self.names.currentItemChanged.connect(self._other_name)
        self.pin_label = QLabel(self.tr("PIN"))
        self.pin = pin_field()
        self.pin.returnPressed.connect(self._submit)
        self.message = message_label()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.clicked.connect(self._submit)
        self.quit_button = QPushButton(self.tr("Quit BQW Desktop"))
        self.quit_button.clicked.connect(lambda: self.done(QDialog.DialogCode.Rejected))
        for button in (self.sign_in_button, self.quit_button):
            button.setAutoDefault(False)  # Enter belongs to the list and the PIN field, never twice

        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_label)
        pin_row.addWidget(self.pin, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch()
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.names, 1)
        layout.addLayout(pin_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumSize(480, 460)
        self._ask_pin(False)
        self.names.setFocus()
        if badge is not None:
            self._try(badge=badge)

    def reject(self) -> None:
        """Escape and the window's close button do nothing: someone signs in, or *Quit*."""

    def _ask_pin(self, shown: bool) -> None:
        self.pin.clear()
        self.pin_label.setVisible(shown)
        self.pin.setVisible(shown)
        if shown:
            self.pin.setFocus()

    def _other_name(self) -> None:
        """Another name picked: a PIN asked for the last one is no longer asked."""
        if self._who is not None and "name" in self._who:
            self._who = None
            self._ask_pin(False)
            self.message.clear()

    def _submit(self) -> None:
        """*Sign in* or Enter in the PIN field: the PIN for the account that asked for it, else the name picked."""
        if self._who is not None:
            self._try(**self._who, pin=self.pin.text())
        elif self.names.currentItem() is not None:
            self._try(name=self.names.currentItem().data(Qt.ItemDataRole.UserRole))
        else:
            say(self.message, self.tr("Scan your badge or pick your name first."))

    def _try(self, *, name: str | None = None, badge: str | None = None, pin: str | None = None) -> None:
        try:
            self.actor = people.sign_in(self.store, self.station, name=name, badge=badge, pin=pin)
        except people.PinNeeded as needed:
            self._who = {"name": name} if name is not None else {"badge": badge}
            self._ask_pin(True)
            say(self.message, error_text(needed), error=False)
            return
        except DomainError as error:
            if pin is None:  # not this account's PIN that was wrong: nobody is asked for a PIN any more
                self._who = None
                self._ask_pin(False)
            else:
                self.pin.clear()
                self.pin.setFocus()
            say(self.message, error_text(error))
            return
        self.accept()


class IdleWatch(QObject):
    """Says ``idle()`` once ``interval_ms`` passed without a key, mouse button, mouse move or wheel turn
    anywhere in the application, while started (:meth:`start`, :meth:`stop`)."""

    idle = Signal()
    _INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                        QEvent.Type.Wheel, QEvent.Type.InputMethod})

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle)
        # the filter installed last sees events first: make this after the scanner input, which swallows
        # the keys of a scan (a scan is input too)
        QApplication.instance().installEventFilter(self)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in self._INPUT and self.timer.isActive():
            self.timer.start()
        return False
