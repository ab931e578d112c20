"""Saving and printing documents from a view: PDF work runs on the thread pool with a progress dialog.

``view`` is the page asking (a ``views.base.View``) or a dialog of its own (the people dialog): a widget
with a ``feedback(kind, text)`` signal, which says where the file went or why it failed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from . import dialogs
from .pdf_printing import Job, print_pdf, start

#: render(path, progress) writes the PDF and returns how many pages it has
Render = Callable[[str, Callable[[int], None]], int]

_running: set[Job] = set()  # jobs not yet reported (this also keeps their signal objects alive)


def busy() -> bool:
    """Whether a PDF is being written or a document sent to the printer (the window must not go)."""
    return bool(_running)


def _run(view: QWidget, title: str, total: int, work: Callable[[Callable[[int], None]], object],
         done: Callable[[object], None]) -> Job:
    progress = QProgressDialog(title, QCoreApplication.translate("documents", "Please wait"), 0, max(total, 1), view)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setCancelButton(None)
    job = Job(work)
    job.signals.progress.connect(progress.setValue)

    def finished(result: object) -> None:
        _running.discard(job)
        progress.close()
        done(result)

    def failed(message: str) -> None:
        _running.discard(job)
        progress.close()
        view.feedback.emit("error", QCoreApplication.translate("documents", "Printing failed: {error}").format(error=message))

    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    _running.add(job)
    start(job)
    return job


def save_pdf(view: QWidget, suggested_name: str, pages: int, render: Render) -> None:
    """Ask for a file name, then write the PDF in the background; the banner says where it went."""
    path = dialogs.ask_save_path(view, suggested_name)
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"

    def done(written: object) -> None:
        view.feedback.emit("ok", QCoreApplication.translate("documents", "Saved {pages} page(s) to {path}").format(pages=written, path=path))

    _run(view, QCoreApplication.translate("documents", "Writing {name}…").format(name=Path(path).name), pages, lambda report: render(path, report), done)


def print_document(view: QWidget, pages: int, render: Render) -> None:
    """Show Qt's print dialog, then render and print in the background at the printer's resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not dialogs.ask_printer(view, printer):
        return
    view._printer = printer  # must outlive the job

    def work(report: Callable[[int], None]) -> int:
        with tempfile.TemporaryDirectory() as folder:
            pdf = str(Path(folder) / "print.pdf")
            count = render(pdf, report)
            print_pdf(pdf, printer, lambda n: report(count + n))
            return count

    def done(printed: object) -> None:
        view.feedback.emit("ok", QCoreApplication.translate("documents", "Sent {pages} page(s) to the printer").format(pages=printed))

    _run(view, QCoreApplication.translate("documents", "Printing…"), pages * 2, work, done)
