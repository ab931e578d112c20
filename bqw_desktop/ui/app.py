"""Starting the window: Qt application, font, language, the store, and the offer to load the drive."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import paths
from ..services import drive, overview
from ..services.context import Actor
from ..store.database import Store, StoreUnavailable, open_store
from . import dialogs
from .i18n import Translations, save_language, saved_language
from .main_window import MainWindow

log = logging.getLogger(__name__)
FONT_FILE = "fonts/wqy-microhei.ttc"


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
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    font = QFont(load_cjk_font())
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return app


class Application:
    """Keeps the translators and the main window; rebuilds the window when the language changes."""

    def __init__(self, store: Store, actor: Actor, language: str) -> None:
        self.store = store
        self.actor = actor
        self.translations = Translations()
        self.window: MainWindow | None = None
        self.show(language)

    def show(self, language: str) -> MainWindow:
        tab = self.window.tabs.currentIndex() if self.window else 0
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        self.translations.install(language)
        self.window = MainWindow(self.store, self.actor, language)
        self.window.language_chosen.connect(self._switch_language)
        self.window.tabs.setCurrentIndex(tab)
        self.window.show()
        return self.window

    def _switch_language(self, language: str) -> None:
        save_language(language)
        QTimer.singleShot(0, lambda: self.show(language))

    def offer_drive(self) -> None:
        """On an empty store, offer to load the 2021 drive (28 cartons, 1,896 item sets)."""
        if overview.pipeline(self.store).cartons:
            return
        question = QCoreApplication.translate(
            "Application", "This store is empty. Load the 2021 drive (28 cartons, 1,896 item sets)?")
        if dialogs.confirm(self.window, QCoreApplication.translate("Application", "Load the drive"), question):
            drive.load_drive(self.store, self.actor)
            for view in self.window.views():
                view.refresh()


def run(url: str, actor: Actor, language: str | None, *, create_folder: bool = False) -> int:
    """Open the main window on the store at ``url``; returns the exit status.

    ``create_folder``: make the database's folder if missing (only for the default location).
    """
    logging.basicConfig(level=logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    app = create_application()
    language = language or saved_language()
    try:
        store = open_store(url, create_folder=create_folder)
    except StoreUnavailable as error:
        log.error("cannot open the store: %s", error)
        Translations().install(language)
        dialogs.show_error(None, "BQW Desktop", QCoreApplication.translate(
            "Application", "The database {url} could not be opened:\n{error}").format(url=url, error=error))
        return 1
    main = Application(store, actor, language)
    QTimer.singleShot(0, main.offer_drive)
    return app.exec()
