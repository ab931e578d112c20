"""Printing our PDFs through Qt's print system, and running long document work off the GUI thread.

A PDF page is rasterised by pdfium at the printer's own resolution and painted on a ``QPrinter``
page of the PDF page's size, so a 60×40 mm label stays 60×40 mm and each barcode module stays a
whole number of printer dots.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QRunnable, QSizeF, QThreadPool, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from ..domain.errors import PrinterUnavailable
from ..store.errors import user_error
from .i18n import error_text

log = logging.getLogger(__name__)
POINTS_PER_INCH = 72


def _page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    size = QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def print_pdf(pdf: str | Path, printer: QPrinter, progress: Callable[[int], None] | None = None) -> int:
    """Print every page of ``pdf`` on ``printer`` at its resolution (dots per inch); returns pages printed.

    :raises PrinterUnavailable: the printer could not start (no such printer, switched off, not connected).
    """
    import pypdfium2 as pdfium  # when a PDF is printed or counted, not at start-up (~0.05 s)

    document = pdfium.PdfDocument(str(pdf))
    try:
        dpi = printer.resolution()
        painter = QPainter()
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()  # points
            layout = _page_layout(width, height)
            if index == 0:
                printer.setFullPage(True)
                printer.setPageLayout(layout)
                if not painter.begin(printer):
                    raise PrinterUnavailable(printer.printerName() or printer.outputFileName())
            else:
                printer.setPageLayout(layout)
                printer.newPage()
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True)
            image = bitmap.to_pil()
            pixels = image.tobytes()  # kept alive while QImage borrows it
            qimage = QImage(pixels, image.width, image.height, image.width, QImage.Format.Format_Grayscale8)
            target = QRectF(0, 0, width * dpi / POINTS_PER_INCH, height * dpi / POINTS_PER_INCH)
            painter.drawImage(target, qimage)
            if progress:
                progress(index + 1)
        painter.end()
        return len(document)
    finally:
        document.close()


def page_count(pdf: str | Path) -> int:
    """Number of pages in a PDF file."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


class _Signals(QObject):
    progress = Signal(int)
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Run ``work(progress)`` on the thread pool; results come back to the GUI thread as signals.

    ``work`` gets a callable to report progress (an int) and returns a result object. ``failed`` carries
    the person's problem in their language (a printer, a read-only folder, a full disk: ``work`` writes
    files), else an internal error, its trace logged.
    """

    def __init__(self, work: Callable[[Callable[[int], None]], object]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as error:  # noqa: BLE001 - reported to the GUI, which shows it
            known = user_error(error, writing=True)
            if known is None:
                log.exception("internal error while writing or printing a document")
                self.signals.failed.emit(QCoreApplication.translate(
                    "documents", "Internal error: the document was not written. See the log."))
            else:
                self.signals.failed.emit(error_text(known))
        else:
            self.signals.finished.emit(result)


def start(job: Job) -> None:
    QThreadPool.globalInstance().start(job)
