"""The main window: a scan field on top, the result banner, and the four views in tabs."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.context import Actor
from ..store.database import Store
from .i18n import LANGUAGES
from .views.base import View
from .views.inspection import InspectionView
from .views.intake import IntakeView
from .views.overview import OverviewView
from .views.shipments import ShipmentsView
from .widgets import Banner, ScanField

REFRESH_MS = 5_000  # other stations write too: re-read the shown view this often


class MainWindow(QMainWindow):
    """Routes every scan to the view on show; refreshes views when any of them changed the store.

    ``language_chosen(code)`` asks the application to switch the interface language.
    """

    language_chosen = Signal(str)

    def __init__(self, store: Store, actor: Actor, language: str) -> None:
        super().__init__()
        self.store = store
        self.actor = actor
        self.setWindowTitle(self.tr("BQW Desktop — 百千万 drive warehouse"))
        self.resize(1280, 800)

        self.scan_field = ScanField()
        self.scan_field.setPlaceholderText(self.tr("Scan a barcode here (or type the code and press Enter)"))
        self.scan_field.scanned.connect(self.route_scan)
        self.banner = Banner()

        self.overview = OverviewView(store, actor)
        self.intake = IntakeView(store, actor)
        self.inspection = InspectionView(store, actor)
        self.shipments_view = ShipmentsView(store, actor)
        self.tabs = QTabWidget()
        for view in self.views():
            self.tabs.addTab(view, view.title())
            view.feedback.connect(self.banner.show_message)
            view.changed.connect(self.overview.refresh)
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
        self._menus(language)
        location = store.sqlite_path or store.url.render_as_string(hide_password=True)
        self.statusBar().addWidget(QLabel(self.tr("Station {station} · operator {operator} · store {location}").format(
            station=actor.station, operator=actor.operator, location=location)))

        QApplication.instance().focusChanged.connect(self._focus_changed)

        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.current_view().refresh())
        self.timer.start(REFRESH_MS)
        for view in self.views():
            view.refresh()
        self.scan_field.setFocus()

    def views(self) -> list[View]:
        return [self.overview, self.intake, self.inspection, self.shipments_view]

    def current_view(self) -> View:
        return self.tabs.currentWidget()

    def route_scan(self, code: str) -> None:
        """Hand a scanned code to the view on show (it refuses codes it does not take)."""
        self.current_view().handle_scan(code)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Keep the scan field ready: a click on a button, list or tab must not leave the next scan
        typed into nowhere. Fields where people type (tracking number, note) keep their focus."""
        if isinstance(new, QAbstractButton | QAbstractItemView | QTabBar) and self.isAncestorOf(new):
            self.scan_field.setFocus()

    def _tab_changed(self) -> None:
        self.current_view().refresh()
        self.scan_field.setFocus()

    def _menus(self, language: str) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == language)
            action.triggered.connect(lambda _checked, code=code: self.language_chosen.emit(code))
            group.addAction(action)
            language_menu.addAction(action)
