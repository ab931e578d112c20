"""The main window: scan field and result banner on top, the views in tabs, the scan history beside.

Every scan — from the scanner (``ScannerInput``) or typed into the scan field — goes through
:meth:`MainWindow.handle_scan`: cleaned, checked for a double read, classified, then handed to the view
on show if it takes that kind; otherwise the banner says what the code is and where it belongs, and
nothing changes. A badge, on whatever page, asks the application to switch person (``badge_scanned``).

The person signed in (:meth:`MainWindow.set_actor`) shows in the status bar; what their role may not do
is hidden (``View.restrict``, the people menu).
"""

from __future__ import annotations

import gc
import time
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..domain.roles import ROLE_LABELS, Permission, allows
from ..domain.scanning import SCAN_KIND_LABELS, Command, ScanKind, classify, clean_scan, shown_code
from ..domain.undo import UNDO_WINDOW, within_undo_window
from ..services.changes import ChangeWatch
from ..services.context import Actor
from ..store.database import Store
from . import document_actions
from .accounts import AccountsDialog
from .background import Reader
from .i18n import error_text, term
from .menus import add_menus
from .pages import PAGES, PageTabs
from .scanner import ScannerInput
from .sounds import Sounds
from .views.base import Undoable, View
from .widgets.fields import ScanField
from .widgets.text import Banner, ScanHistory

CHANGE_POLL_MS = 1_000  # other stations write too: ask this often whether the store changed (a few µs a time)
DOUBLE_READ_S = 1.0  # the same code again within this time is a double read, applied once
HISTORY_SIZE = 50


def _page(index: int, name: str) -> property:
    return property(lambda window: window.tabs.page(index), doc=f"The {name} page (built when first asked for).")


class MainWindow(QMainWindow):
    """Routes every scan to the view on show; the page on show re-reads the store when shown and when the
    store changed (asked every ``CHANGE_POLL_MS``), in a worker thread (:class:`background.Reader`). A page
    is built and filled when first shown or asked for (:class:`.pages.PageTabs`), a scan's page too.

    ``language_chosen(code)`` asks the application to switch the interface language; ``badge_scanned(code)``
    to switch to the person of that badge; ``sign_out_requested()`` to sign the person out (menu).
    """

    language_chosen = Signal(str)
    badge_scanned = Signal(str)
    sign_out_requested = Signal()
    overview, intake, inspection = _page(0, "Overview"), _page(1, "Intake"), _page(2, "Inspection")
    quarantine, shipments_view, auditor = _page(3, "Quarantine"), _page(4, "Shipments"), _page(5, "Audit")

    def __init__(self, store: Store, actor: Actor, language: str, sounds: Sounds | None = None) -> None:
        super().__init__()
        self.store = store
        self.actor: Actor | None = actor
        self.accounts: AccountsDialog | None = None
        self.sounds = sounds or Sounds()
        self.last_action: Undoable | None = None
        self._last_scan: tuple[str, float] = ("", 0.0)
        self._scanning_code = ""
        self.setWindowTitle(self.tr("BQW Desktop — 百千万 drive warehouse"))
        self.resize(1280, 800)

        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.handle_scan)
        self.scanner.user_input.connect(self._person_acted)
        self.scan_field = ScanField()
        self.scan_field.setPlaceholderText(self.tr("Scan a barcode here (or type the code and press Enter)"))
        self.scan_field.scanned.connect(self.handle_scan)
        self.banner = Banner()
        self.banner.show_message("idle", self.tr("Ready: scan a label."))

        self.tabs = PageTabs(self._make_page)
        self.tabs.currentChanged.connect(self._tab_changed)

        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("Scan:")))
        scan_row.addWidget(self.scan_field, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(scan_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.history = ScanHistory(HISTORY_SIZE)
        dock = QDockWidget(self.tr("Scans at this station"), self)
        dock.setObjectName("scan-history")
        dock.setWidget(self.history)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.resizeDocks([dock], [300], Qt.Orientation.Horizontal)

        add_menus(self, language)
        self.station = actor.station
        self.signed_in = QLabel()
        self.statusBar().addWidget(self.signed_in)
        self._show_signed_in()

        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.reader = Reader(self)
        self.changes = ChangeWatch(store)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll_changes)
        self.timer.start(CHANGE_POLL_MS)
        self.tabs.current_page()  # built and filled; the others when first shown
        self.scan_field.setFocus()
        # What is alive now lives as long as the window: out of the garbage collector's sight, a full
        # collection no longer scans it (0.1 s with the GIL held, so on the GUI thread too, at 100×).
        gc.collect()
        gc.freeze()

    def _make_page(self, view_class: type[View]) -> View:
        view = view_class(self.store, self.actor)
        view.feedback.connect(self.show_feedback)
        view.did.connect(self._remember)
        return view

    def views(self) -> list[View]:
        """Every page, in tab order; those not built yet are built and filled now."""
        return [self.tabs.page(index) for index in range(self.tabs.count())]

    def current_view(self) -> View:
        """The page on show (built and filled now if it was not yet)."""
        return self.tabs.current_page()

    # -- who is signed in ----------------------------------------------------------------------------

    def set_actor(self, actor: Actor | None) -> None:
        """Act for ``actor`` from now on, on every page (``None``: nobody is signed in, the sign-in dialog
        is up). Nothing typed on the pages is lost; the last scan action is no longer undoable (it was
        the previous person's), and the people dialog opened for them closes."""
        self.actor = actor
        self.last_action = None
        if self.accounts is not None:
            self.accounts.reject()
        for view in self.tabs.built():  # a page built later is made for self.actor
            view.set_actor(actor)
        self._show_signed_in()

    def _show_signed_in(self) -> None:
        """The status bar: station, the person and their role, the store; the people menu for administrators."""
        location = self.store.sqlite_path or self.store.url.render_as_string(hide_password=True)
        if self.actor is None:
            text = self.tr("Station {station} · nobody signed in · store {location}").format(
                station=self.station, location=location)
        else:
            text = self.tr("Station {station} · {operator} ({role}) · store {location}").format(
                station=self.station, operator=self.actor.operator, role=term(ROLE_LABELS[self.actor.role]),
                location=location)
        self.signed_in.setText(text)
        self.accounts_action.setVisible(self.actor is not None and allows(self.actor.role, Permission.ACCOUNTS))
        self.sign_out_action.setEnabled(self.actor is not None)

    def open_accounts(self) -> None:
        """The administrator's people dialog (window-modal), for the person signed in now."""
        self.accounts = AccountsDialog(self.store, self.actor, self)
        self.accounts.finished.connect(self._accounts_closed)
        self.accounts.open()

    def _accounts_closed(self) -> None:
        self.accounts.deleteLater()
        self.accounts = None

    def poll_changes(self) -> None:
        """Re-read the page on show if the store changed since the last look (the timer's job)."""
        if self.changes.changed():
            self.current_view().refresh_in_background(self.reader)

    # -- scans ---------------------------------------------------------------------------------------

    def handle_scan(self, raw: str) -> None:
        """Use one scan: clean, refuse a double read, classify, and give it to the view on show."""
        code = clean_scan(raw)
        if not code:
            return
        self._scanning_code = shown_code(code)  # the log line never carries a long scan whole
        try:
            self._use(code)
        finally:
            self._scanning_code = ""

    def _person_acted(self) -> None:
        """A key typed or a click: the next scan is new even if it repeats the last code (C10)."""
        self._last_scan = ("", 0.0)

    def _use(self, code: str) -> None:
        if QApplication.activeModalWidget() is not None:
            self.show_feedback("warn", self.tr("{code} was not used: close the open window first.").format(code=shown_code(code)))
            return
        now = time.monotonic()
        previous, when = self._last_scan
        self._last_scan = (code, now)
        if code == previous and now - when < DOUBLE_READ_S:
            self.show_feedback("warn", self.tr("{code} was read twice: used once.").format(code=shown_code(code)))
            return
        try:
            scan = classify(code, self.current_view().accepts)
        except DomainError as error:
            self.show_feedback("error", error_text(error))
            return
        if scan.command is Command.UNDO:
            self.undo_last()
            return
        if scan.kind is ScanKind.BADGE:
            self.badge_scanned.emit(scan.text)
            return
        view = self.current_view()
        if scan.kind in view.accepts:
            view.on_scan(scan)
            return
        pages = " / ".join(p.shown_title() for p in PAGES if scan.kind in p.accepts and p.work_page)
        kind = term(SCAN_KIND_LABELS[scan.kind])
        if pages:
            text = self.tr("{code} is {kind}: scan it on the “{pages}” page.").format(code=scan.text, kind=kind, pages=pages)
        else:
            text = self.tr("{code} is {kind}: this app does not use it. Scan the item set's own label.").format(
                code=scan.text, kind=kind)
        self.show_feedback("error", text)

    def show_feedback(self, kind: str, text: str) -> None:
        """Banner, sound and the history line for one result."""
        self.banner.show_message(kind, text)
        self.sounds.play("error" if kind == "error" else "ok")
        code = f"{self._scanning_code}  " if self._scanning_code and self._scanning_code not in text else ""
        self.history.add(kind, f"{time.strftime('%H:%M:%S')}  {code}{text}")

    # -- undo ----------------------------------------------------------------------------------------

    def _remember(self, action: Undoable) -> None:
        self.last_action = action

    def undo_last(self) -> None:
        """Take back the station's last scan action (a new audited action), while the domain allows it
        (``domain.undo``: the window holds only this station's last action; the service checks again)."""
        action, self.last_action = self.last_action, None
        if action is None or not within_undo_window(timedelta(seconds=time.monotonic() - action.at)):
            self.show_feedback("warn", self.tr("Nothing to undo: only the last action of the past {minutes} minutes can be undone.").format(
                minutes=int(UNDO_WINDOW.total_seconds()) // 60))
            return
        if self.current_view().attempt(action.undo) is None:
            return
        for view in self.tabs.built():  # the others read the store when first shown
            view.refresh()
        self.show_feedback("ok", self.tr("Undone: {action}.").format(action=action.description))

    # -- focus, tabs, menus --------------------------------------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Keep the scan field ready: a click on a button, list or tab must not leave the focus on a
        widget where a typed code would go nowhere. Fields where people type (tracking number, note)
        keep their focus; the scanner input works whatever has the focus."""
        if isinstance(new, QAbstractButton | QAbstractItemView | QTabBar) and self.isAncestorOf(new):
            self.scan_field.setFocus()

    def _tab_changed(self, index: int) -> None:
        """A page re-reads the store when shown (and when the store changed), never while another page is
        scanning: the overview's counts over the whole store must not slow a scan down. A page shown for
        the first time is built now, and filled as it is re-read."""
        if self.tabs.is_built(index):
            self.tabs.page(index).refresh_in_background(self.reader)
        else:
            self.tabs.page(index, self.reader)
        self.scan_field.setFocus()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        if document_actions.busy():  # quitting now would cut the file or the print job short
            self.show_feedback("warn", self.tr("A document is still being written or printed: close the "
                                               "window when it is done."))
            event.ignore()
            return
        self.scanner.detach()
        self.timer.stop()
        self.reader.wait()
        self.changes.close()
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        super().closeEvent(event)
