"""Modal dialogs behind small functions, so tests can replace them (native dialogs hang headless).

File dialogs are Qt's own (never the platform's) and never read a file's content: closing any
descriptor the process has on the SQLite store's files drops SQLite's locks on them, and another
station can then delete the -wal file this process still writes to (see store.database). So their icon
provider answers from the name alone, the store's own files are hidden, and choosing one is refused.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QFileInfo, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QInputDialog, QLineEdit, QMessageBox, QWidget

from .. import paths
from ..queries.rows import Choice
from ..store.database import files_in_use


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file's name and ``stat`` only; Qt's providers sniff the content
    (MIME magic), which opens and closes the file."""

    def icon(self, what: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:
        if isinstance(what, QFileInfo):
            what = self.IconType.Folder if what.isDir() else self.IconType.File
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("dialogs", "Folder")
        suffix = info.suffix()
        return QCoreApplication.translate("dialogs", "{suffix} file").format(suffix=suffix.upper()) if suffix \
            else QCoreApplication.translate("dialogs", "File")


class HideStoreFiles(QSortFilterProxyModel):
    """Leaves out of a file dialog's listing the files of every store this process has open."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._hidden = {os.path.realpath(p) for p in files_in_use()}

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, QFileSystemModel):
            return True
        return os.path.realpath(model.filePath(model.index(row, 0, parent))) not in self._hidden


_icon_provider = NameOnlyIconProvider()  # outlives every dialog that uses it


def file_dialog(parent: QWidget | None, title: str, file_filter: str, *, save: bool) -> QFileDialog:
    """A Qt (not native) file dialog that never opens a file while browsing, starting in the user's
    documents folder; see the module docstring."""
    dialog = QFileDialog(parent, title)
    # before anything lists a folder: Qt's own widgets, our icon provider, the store's files hidden
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setIconProvider(_icon_provider)
    dialog.setProxyModel(HideStoreFiles(dialog))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(file_filter)
    # Qt's own Chinese catalogue leaves these two labels of its non-native dialog in English
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("dialogs", "Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate("dialogs", "Files of type:"))
    dialog.setDirectory(str(paths.documents_dir()))
    return dialog


def _chosen(dialog: QFileDialog) -> str | None:
    """The file chosen in ``dialog`` after ``exec()``; ``None`` when cancelled or a store file (refused)."""
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = dialog.selectedFiles()[0]
    if os.path.realpath(path) in {os.path.realpath(p) for p in files_in_use()}:
        show_error(dialog.parentWidget(), dialog.windowTitle(), QCoreApplication.translate(
            "dialogs", "{path} is BQW Desktop's database: choose another file.").format(path=path))
        return None
    return path


def _ask_save(parent: QWidget, title: str, file_filter: str, suffix: str, suggested_name: str) -> str | None:
    dialog = file_dialog(parent, title, file_filter, save=True)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested_name)
    return _chosen(dialog)


def ask_save_path(parent: QWidget, suggested_name: str) -> str | None:
    """Ask where to save a PDF; ``None`` when cancelled."""
    return _ask_save(parent, QCoreApplication.translate("dialogs", "Save as PDF"),
                     QCoreApplication.translate("dialogs", "PDF files (*.pdf)"), "pdf", suggested_name)


def ask_save_csv(parent: QWidget, suggested_name: str) -> str | None:
    """Ask where to save a CSV file (the audit trail's export); ``None`` when cancelled."""
    return _ask_save(parent, QCoreApplication.translate("dialogs", "Save as CSV"),
                     QCoreApplication.translate("dialogs", "CSV files (*.csv)"), "csv", suggested_name)


def ask_open_path(parent: QWidget, title: str, file_filter: str) -> str | None:
    """Ask for a file to open (e.g. a manifest); ``None`` when cancelled."""
    return _chosen(file_dialog(parent, title, file_filter, save=False))


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    """Ask for one line of text (e.g. why labels are printed again); ``None`` when cancelled or empty."""
    text, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, "")
    return text.strip() or None if accepted else None


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """Show Qt's print dialog for ``printer``; True when the user chose to print.

    Without "print to file": its file chooser is Qt's stock one, whose icons read the files it lists
    (PDFs are saved through :func:`ask_save_path`).
    """
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question; True for yes."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
    return answer == QMessageBox.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def offer_restore(parent: QWidget | None, title: str, text: str) -> bool:
    """Offer to restore a backup of a damaged store; True for "restore", False for "quit"."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton, parent)
    restore = box.addButton(QCoreApplication.translate("dialogs", "Restore the backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("dialogs", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def ask_courier(parent: QWidget, number: str, choices: list[Choice]) -> str | None:
    """Ask which courier issued a tracking number that fits several couriers' rules; the chosen code,
    or None when the user cancels. Tests replace this function (no modal dialog in tests)."""
    names = [f"{c.name} ({c.code})" for c in choices]
    name, ok = QInputDialog.getItem(
        parent, QInputDialog.tr("Which courier?"),
        QInputDialog.tr("{number} fits the numbers of several couriers. Which courier issued it?").format(
            number=number), names, 0, False)
    return choices[names.index(name)].code if ok and name in names else None
