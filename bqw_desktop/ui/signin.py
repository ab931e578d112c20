"""Who uses the station: its name at the first start, the first administrator, signing in, idle sign-out.

A volunteer signs in by scanning their badge or picking their name; coordinators, administrators and
auditors also give their PIN (``services.people.sign_in``). The dialogs call the services themselves and
show a refusal in the dialog, in the interface language; they are shown through :func:`run_dialog` at
start-up, so tests can drive the real dialogs without a nested event loop.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
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

from .. import station
from ..domain import roles
from ..domain.errors import DomainError
from ..domain.receiving import pinyin_initials
from ..services import people
from ..services.context import Actor
from ..store.database import Store
from . import dialogs
from .i18n import error_text, term
from .scanner import ScannerInput
from .widgets.fields import CodeField

log = logging.getLogger(__name__)

_ERROR_STYLE = "color: #c62828;"
_HINT_STYLE = "color: #1565c0;"


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally until it closes; True when accepted (tests replace this function)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def pin_field() -> CodeField:
    """A PIN field: digits only (at most 8), shown as dots, no input method (``widgets.fields.NoInputMethod``)."""
    field = CodeField()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"), field))
    return field


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def _say(label: QLabel, text: str, *, error: bool = True) -> None:
    label.setStyleSheet(_ERROR_STYLE if error else _HINT_STYLE)
    label.setText(text)


class StationNameDialog(QDialog):
    """The first start of this computer: its name (工作站名称, e.g. 仓库-质检1), recorded with everything done
    here. ``name`` is set when accepted (``domain.roles.clean_station``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name: str | None = None
        self.setWindowTitle(self.tr("Name this station"))
        self.field = QLineEdit()  # Chinese names: the input method stays on
        self.field.setPlaceholderText(self.tr("e.g. 仓库-质检1"))
        self.message = _message_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        intro = QLabel(self.tr("This computer has no station name yet. Give it one that says where it stands and "
                               "what it is for: the name is recorded with everything done here and shown in the "
                               "status bar. It is kept on this computer."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Station name"), self.field)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def accept(self) -> None:
        try:
            self.name = roles.clean_station(self.field.text())
        except DomainError as error:
            _say(self.message, error_text(error))
            return
        super().accept()


class FirstAdministratorDialog(QDialog):
    """The first start on a store without an administrator: their display name and PIN, given twice. When
    accepted, ``people.create_first_administrator`` made the account and signed them in (``actor``)."""

    def __init__(self, store: Store, station_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.station = store, station_name
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Create the administrator"))
        self.name = QLineEdit()
        self.pin = pin_field()
        self.pin_again = pin_field()
        self.message = _message_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create and sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr("This warehouse has no administrator yet. You become its administrator: you add "
                               "the volunteers, coordinators and auditors and print their badges. Choose a PIN of "
                               "4 to 8 digits; you give it whenever you sign in."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Station"), QLabel(station_name))
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def accept(self) -> None:
        if self.pin.text() != self.pin_again.text():
            _say(self.message, self.tr("The two PINs differ: type the same PIN twice."))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        try:
            self.actor = people.create_first_administrator(self.store, self.station, self.name.text(), self.pin.text())
        except DomainError as error:
            _say(self.message, error_text(error))
            return
        super().accept()


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
        self.message = _message_label()
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
            _say(self.message, self.tr("Scan your badge or pick your name first."))

    def _try(self, *, name: str | None = None, badge: str | None = None, pin: str | None = None) -> None:
        try:
            self.actor = people.sign_in(self.store, self.station, name=name, badge=badge, pin=pin)
        except people.PinNeeded as needed:
            self._who = {"name": name} if name is not None else {"badge": badge}
            self._ask_pin(True)
            _say(self.message, error_text(needed), error=False)
            return
        except DomainError as error:
            if pin is None:  # not this account's PIN that was wrong: nobody is asked for a PIN any more
                self._who = None
                self._ask_pin(False)
            else:
                self.pin.clear()
                self.pin.setFocus()
            _say(self.message, error_text(error))
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


def station_name(override: str | None) -> str | None:
    """This run's station name: ``override`` (``--station``, not saved), else this computer's saved one,
    else asked (:class:`StationNameDialog`) and saved in the station settings. ``None``: the person
    cancelled."""
    if override:
        return override
    settings = station.load()
    if settings.name:
        return settings.name
    dialog = StationNameDialog()
    if not run_dialog(dialog):
        return None
    try:
        kept = station.save(replace(settings, name=dialog.name))
    except OSError as error:
        log.error("the station name could not be saved: %s", error)
        dialogs.show_error(None, "BQW Desktop", QCoreApplication.translate(
            "signin", "The station name could not be saved ({error}): it is asked again at the next start.").format(
            error=error))
        return dialog.name
    if kept is not None:
        dialogs.show_error(None, "BQW Desktop", QCoreApplication.translate(
            "signin", "This computer's station settings could not be read; they were kept as {path}.").format(
            path=kept))
    return dialog.name


def first_sign_in(store: Store, station_name: str) -> Actor | None:
    """The first person of this run at ``station_name``: on a store without an administrator, the
    administrator, created (:class:`FirstAdministratorDialog`); else whoever signs in
    (:class:`SignInDialog`). ``None``: they quit."""
    if people.needs_administrator(store):
        dialog: FirstAdministratorDialog | SignInDialog = FirstAdministratorDialog(store, station_name)
    else:
        dialog = SignInDialog(store, station_name)
    return dialog.actor if run_dialog(dialog) else None
