"""The first start: this computer's station name, the store's first administrator, the first person to
sign in. The dialogs call the services themselves and show a refusal in the dialog, in the interface
language; they are shown through :func:`run_dialog`, so tests can drive the real dialogs without a nested
event loop.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from .. import station
from ..domain import roles
from ..domain.errors import DomainError
from ..services import people
from ..services.context import Actor
from ..store.database import Store
from . import dialogs
from .i18n import error_text
from .signin import SignInDialog, message_label, pin_field, say

log = logging.getLogger(__name__)


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally until it closes; True when accepted (tests replace this function)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def _lay_out(dialog: QDialog, intro: str, rows: list[tuple[str, QWidget]]) -> QPushButton:
    """``intro`` above a form of ``rows`` (label, field), then ``dialog.message`` and OK / Cancel; returns OK."""
    text = QLabel(intro)
    text.setWordWrap(True)
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addLayout(form)
    layout.addWidget(dialog.message)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(560)
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


class StationNameDialog(QDialog):
    """The first start of this computer: its name (工作站名称, e.g. 仓库-质检1), recorded with everything done
    here. ``name`` is set when accepted (``domain.roles.clean_station``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name: str | None = None
        self.setWindowTitle(self.tr("Name this station"))
        self.field = QLineEdit()  # Chinese names: the input method stays on
        self.field.setPlaceholderText(self.tr("e.g. 仓库-质检1"))
        self.message = message_label()
        self.ok_button = _lay_out(self, self.tr(
            "This computer has no station name yet. Give it one that says where it stands and what it is for: the "
            "name is recorded with everything done here and shown in the status bar. It is kept on this computer."),
            [(self.tr("Station name"), self.field)])

    def accept(self) -> None:
        try:
            self.name = roles.clean_station(self.field.text())
        except DomainError as error:
            say(self.message, error_text(error))
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
        self.message = message_label()
        self.ok_button = _lay_out(self, self.tr(
            "This warehouse has no administrator yet. You become its administrator: you add the volunteers, "
            "coordinators and auditors and print their badges. Choose a PIN of 4 to 8 digits; you give it whenever "
            "you sign in."), [(self.tr("Station"), QLabel(station_name)), (self.tr("Your name"), self.name),
                              (self.tr("PIN"), self.pin), (self.tr("PIN again"), self.pin_again)])
        self.ok_button.setText(self.tr("Create and sign in"))

    def accept(self) -> None:
        if self.pin.text() != self.pin_again.text():
            say(self.message, self.tr("The two PINs differ: type the same PIN twice."))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        try:
            self.actor = people.create_first_administrator(self.store, self.station, self.name.text(), self.pin.text())
        except DomainError as error:
            say(self.message, error_text(error))
            return
        super().accept()


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
