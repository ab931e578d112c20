"""Modal dialogs behind small functions, so tests can replace them (native dialogs hang headless)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def ask_save_path(parent: QWidget, suggested_name: str) -> str | None:
    """Ask where to save a PDF; ``None`` when cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("dialogs", "Save as PDF"), suggested_name,
        QCoreApplication.translate("dialogs", "PDF files (*.pdf)"),
    )
    return path or None


def ask_open_path(parent: QWidget, title: str, file_filter: str) -> str | None:
    """Ask for a file to open (e.g. a manifest); ``None`` when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return path or None


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    """Ask for one line of text (e.g. why labels are printed again); ``None`` when cancelled or empty."""
    text, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, "")
    return text.strip() or None if accepted else None


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """Show Qt's print dialog for ``printer``; True when the user chose to print."""
    return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question; True for yes."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
    return answer == QMessageBox.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)
