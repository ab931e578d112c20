"""Starting the window: Qt application, font, language, the store, who signs in, and the offer to load
the drive; while it runs, who is signed in (a badge scan switches person, idle time signs them out)."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import paths, station
from ..domain.roles import ROLE_LABELS, Permission, allows
from ..services import overview, people
from ..services.context import Actor
from ..store import backup
from ..store.database import (Store, StoreDamaged, StoreFull, StoreNotADatabase, StoreUnavailable, missing_store_file,
                              open_store)
from . import dialogs, first_start, signin
from .i18n import Translations, error_text, save_language, saved_language, term
from .main_window import MainWindow
from .problems import problem_text, report_uncaught

log = logging.getLogger(__name__)
FONT_FILE = "fonts/wqy-microhei.ttc"
BACKUP_INTERVAL_MS = 10 * 60 * 1000  # a backup every 10 minutes while this station writes


def load_cjk_font() -> str:
    """Register the shipped CJK font with Qt and return its family name.

    :raises RuntimeError: the font file is missing or unreadable (Chinese would show as boxes).
    """
    path = paths.resource_path(FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise RuntimeError(f"The Chinese font {path} is missing or unusable; reinstall BQW Desktop.")
    return families[0]


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names (for QSettings) and the shipped CJK font as default font."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    # a platform's native file dialog reads the files it lists, which drops SQLite's locks (ui.dialogs)
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    font = QFont(load_cjk_font())
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return app


class Application:
    """Keeps the translators and the main window; rebuilds the window when the language changes; keeps
    who is signed in at the station.

    ``actor``: the person signed in (``None`` while the sign-in dialog is up). A badge scanned in the
    window switches to its person (:meth:`switch`); the menu (:meth:`sign_out`) and ``idle_ms`` without
    input (default: the station's ``idle_minutes``) sign them out, and the sign-in dialog
    (``sign_in_dialog``, application-modal) comes back. Each is recorded (``people.sign_in`` /
    ``sign_out``).
    """

    def __init__(self, store: Store, actor: Actor, language: str, *, idle_ms: int | None = None) -> None:
        self.store = store
        self.actor: Actor | None = actor
        self.station = actor.station
        self.sign_in_dialog: signin.SignInDialog | None = None
        self.idle_ms = idle_ms if idle_ms is not None else station.load().idle_minutes * 60_000
        self.idle: signin.IdleWatch | None = None
        self.translations = Translations()
        self.window: MainWindow | None = None
        self.backup_timer = QTimer()
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(self._back_up_in_background)
        self.backup_timer.start()
        self._backup_thread: threading.Thread | None = None
        self.show(language)

    def _back_up_in_background(self) -> None:
        """The timer's backup, off the GUI thread (it reads the whole file: ~0.2 s at the 100× drive)."""
        if self._backup_thread is not None and self._backup_thread.is_alive():
            return
        self._backup_thread = threading.Thread(target=self.back_up, args=("timer",), name="backup")
        self._backup_thread.start()

    def wait_for_backup(self) -> None:
        """Return when the timer's backup, if one is running, is done."""
        if self._backup_thread is not None:
            self._backup_thread.join()

    def back_up(self, reason: str) -> Path | None:
        """Back up the store if this station wrote since the last backup (on the timer and at quit).

        A failed backup is logged and never stops the station (the store itself is unharmed).
        """
        try:
            return backup.backup_if_written(self.store, reason)
        except (OSError, sqlite3.Error, StoreFull):
            log.exception("the backup (%s) failed", reason)
            return None

    def show(self, language: str) -> MainWindow:
        tab = self.window.tabs.currentIndex() if self.window else 0
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        self.translations.install(language)
        self.window = MainWindow(self.store, self.actor, language)
        self.window.language_chosen.connect(self._switch_language)
        self.window.badge_scanned.connect(self.switch)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.tabs.setCurrentIndex(tab)
        self.window.show()
        # made after the window's scanner input, so it sees a scan's keys before that swallows them; it
        # goes with the window (a window closed is no longer signed out for being idle)
        self.idle = signin.IdleWatch(self.idle_ms, self.window)
        self.idle.idle.connect(self._idle)
        self.idle.start()
        return self.window

    def _switch_language(self, language: str) -> None:
        save_language(language)
        QTimer.singleShot(0, lambda: self.show(language))

    # -- who is signed in ----------------------------------------------------------------------------

    def switch(self, badge: str) -> None:
        """A badge scanned in the window: its person takes the station over. A volunteer is signed in at
        once, and the one before is recorded as switched out; for a person who needs a PIN, the one before
        is signed out and the sign-in dialog asks the PIN. An unknown or inactive badge changes nothing
        (the banner says why)."""
        def sign_in() -> Actor | people.PinNeeded:
            try:
                return people.sign_in(self.store, self.station, badge=badge)
            except people.PinNeeded as needed:
                return needed

        outcome = self.window.current_view().attempt(sign_in)
        if isinstance(outcome, people.PinNeeded):
            self.sign_out("switched", badge=badge)
        elif outcome is not None:
            previous, self.actor = self.actor, outcome
            if previous is not None and previous.operator != outcome.operator:
                self.window.current_view().attempt(lambda: people.sign_out(self.store, previous, "switched"))
            self._signed_in(outcome)

    def sign_out(self, why: str = "signed out", *, badge: str | None = None) -> None:
        """Sign the person out (recorded with ``why``: ``signed out``, ``idle`` or ``switched``) and show the
        sign-in dialog over the window (asking the PIN of ``badge``'s person, when given)."""
        self.idle.stop()
        previous, self.actor = self.actor, None
        if previous is not None:
            self.window.current_view().attempt(lambda: people.sign_out(self.store, previous, why))
        self.window.set_actor(None)
        self.sign_in_dialog = signin.SignInDialog(self.store, self.station, self.window, badge=badge)
        self.sign_in_dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.sign_in_dialog.accepted.connect(lambda dialog=self.sign_in_dialog: self._signed_in(dialog.actor))
        self.sign_in_dialog.rejected.connect(self._quit)
        self.sign_in_dialog.open()

    def _idle(self) -> None:
        if self.window.isVisible():
            self.sign_out("idle")

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.window.set_actor(actor)
        self.idle.start()
        self.window.show_feedback("ok", QCoreApplication.translate("Application", "{name} ({role}) is signed in.").format(
            name=actor.operator, role=term(ROLE_LABELS[actor.role])))

    def _quit(self) -> None:
        """*Quit* in the sign-in dialog: close the window; if it may not close yet (a document is being
        written), nobody is signed in, so the sign-in dialog comes back."""
        if not self.window.close():
            self.sign_out()

    def offer_drive(self) -> None:
        """On an empty store, offer an administrator to load the 2021 drive (28 cartons, 1,896 item sets):
        loading it is a settings change (``Permission.SETTINGS``)."""
        if self.actor is None or not allows(self.actor.role, Permission.SETTINGS):
            return
        if overview.pipeline(self.store).cartons:
            return
        question = QCoreApplication.translate(
            "Application", "This store is empty. Load the 2021 drive (28 cartons, 1,896 item sets)?")
        if dialogs.confirm(self.window, QCoreApplication.translate("Application", "Load the drive"), question):
            from ..services import drive  # only for an empty store

            try:
                drive.load_drive(self.store, self.actor)
            except Exception as error:  # rolled back: the store is as empty as it was
                dialogs.show_error(self.window, "BQW Desktop", problem_text(error, self.store.sqlite_path))
                return
            for view in self.window.tabs.built():
                view.refresh()


def open_or_restore(url: str, *, create_folder: bool = False, ask_to_create: bool = False) -> Store | None:
    """Open the store at ``url`` for the window; ``None`` when it cannot be used (the person was told) or
    should not be made.

    ``ask_to_create``: the person named the store (``--db``, ``BQW_DATABASE_URL``), so an SQLite file
    that does not exist is made only when they say so: a mistyped path would otherwise open a new, empty
    warehouse, and a station would scan into it while the others use the real one.

    A damaged SQLite store is not opened: the person is told which file and what is wrong and is offered
    the newest good backup (restored, then the store is opened) or to quit. So is a store file that is
    empty or no longer SQLite (its header destroyed) when good backups of it exist; without any, it is
    refused as any file that is not a store. Needs the translations installed; every question goes
    through :mod:`.dialogs`.
    """
    title = "BQW Desktop"
    missing = missing_store_file(url) if ask_to_create else None
    # in a folder that does not exist it is not offered: open_store refuses to make the folder, and says so
    if missing is not None and missing.parent.is_dir() and not dialogs.confirm(None, title, QCoreApplication.translate(
            "Application", "There is no database at {path}.\n\nCreate a new, empty warehouse database there? "
            "(If the path is mistyped, answer No and start again with the right one.)").format(path=missing)):
        return None
    try:
        return open_store(url, create_folder=create_folder)
    except (StoreDamaged, StoreNotADatabase) as damage:
        log.error("the store is damaged: %s", damage)
        found = backup.newest_good_backup(damage.path)
        if found is None and isinstance(damage, StoreNotADatabase):
            dialogs.show_error(None, title, error_text(damage))  # it names the file
            return None
        if found is None:
            dialogs.show_error(None, title, QCoreApplication.translate(
                "Application", "{error}\nThere is no good backup of it in {folder}.").format(
                error=error_text(damage), folder=backup.backup_folder(damage.path)))
            return None
        question = QCoreApplication.translate(
            "Application", "{error}\n\nRestore the newest good backup, taken {when} ({file})? Changes made after "
            "it are lost; the damaged file is kept beside it, renamed “.damaged-…”.").format(
            error=error_text(damage), when=found.taken_at.strftime("%Y-%m-%d %H:%M"), file=found.path)
        if not dialogs.offer_restore(None, title, question):
            return None
        try:
            backup.restore(damage.path, found.path)
            return open_store(url, create_folder=create_folder)
        except Exception as error:  # e.g. a read-only folder: say it, keep every file
            dialogs.show_error(None, title, problem_text(error, damage.path, writing=True))
            return None
    except (StoreUnavailable, StoreFull) as error:
        log.error("cannot open the store: %s", error)
        dialogs.show_error(None, title, error_text(error))  # each of these names the store and says what to do
        return None


def run(url: str, station: str | None, language: str | None, *, create_folder: bool = False,
        ask_to_create: bool = False) -> int:
    """Open the main window on the store at ``url``; returns the exit status.

    ``create_folder``: make the database's folder if missing (only for the default location);
    ``ask_to_create``: see :func:`open_or_restore`; ``station``: this run's station name (else this
    computer's, asked at its first start). Someone signs in first (the administrator is created on a
    store without one). The store is backed up at quit when this station wrote to it.
    """
    logging.basicConfig(level=logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    app = create_application()
    language = language or saved_language()
    start_up = Translations()
    start_up.install(language)
    store = open_or_restore(url, create_folder=create_folder, ask_to_create=ask_to_create)
    if store is None:
        return 1
    name = first_start.station_name(station)
    actor = first_start.first_sign_in(store, name) if name else None
    start_up.install("en")  # the Application installs its own
    if actor is None:  # the person quit before anyone signed in
        store.dispose()
        return 0
    main = Application(store, actor, language)
    sys.excepthook = report_uncaught(store)
    QTimer.singleShot(0, main.offer_drive)
    status = app.exec()
    sys.excepthook = sys.__excepthook__
    if main.actor is not None:
        main.window.current_view().attempt(lambda: people.sign_out(store, main.actor))
    main.wait_for_backup()
    main.back_up("quit")
    store.dispose()
    return status
