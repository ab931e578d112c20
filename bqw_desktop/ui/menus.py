"""The main window's menus: File (sign out, people, quit), Scan (undo, the command sheet), Language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from . import document_actions
from .i18n import LANGUAGES

if TYPE_CHECKING:
    from .main_window import MainWindow


def add_menus(window: MainWindow, language: str) -> None:
    """Fill ``window``'s menu bar; sets its ``sign_out_action`` and ``accounts_action`` (shown or enabled
    for the person signed in). ``language``: the one ticked."""
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.sign_out_action = QAction(QCoreApplication.translate("MainWindow", "Sign out"), window)
    window.sign_out_action.triggered.connect(lambda: window.sign_out_requested.emit())
    window.accounts_action = QAction(QCoreApplication.translate("MainWindow", "People…"), window)
    window.accounts_action.triggered.connect(window.open_accounts)
    file_menu.addAction(window.sign_out_action)
    file_menu.addAction(window.accounts_action)
    file_menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("MainWindow", "Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    scan_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Scan"))
    undo = QAction(QCoreApplication.translate("MainWindow", "Undo the last scan action"), window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.triggered.connect(window.undo_last)
    save_sheet = QAction(QCoreApplication.translate("MainWindow", "Save the command sheet as PDF…"), window)
    save_sheet.triggered.connect(lambda: document_actions.save_pdf(
        window.current_view(), "command-sheet.pdf", 1, _render_command_sheet))
    print_sheet = QAction(QCoreApplication.translate("MainWindow", "Print the command sheet…"), window)
    print_sheet.triggered.connect(lambda: document_actions.print_document(window.current_view(), 1, _render_command_sheet))
    for action in (undo, save_sheet, print_sheet):
        scan_menu.addAction(action)

    language_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    for code, name in LANGUAGES.items():
        action = QAction(name, window, checkable=True, checked=code == language)
        action.triggered.connect(lambda _checked, code=code: window.language_chosen.emit(code))
        group.addAction(action)
        language_menu.addAction(action)


def _render_command_sheet(path: str, progress) -> int:  # noqa: ANN001
    from ..documents.command_sheet import render_command_sheet  # reportlab: only when a sheet is made

    render_command_sheet(path)
    progress(1)
    return 1
