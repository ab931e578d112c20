"""Printing our PDFs through Qt's print system, and running long document work off the GUI thread.

A PDF page is rasterised by pdfium at the printer's own resolution and painted on a ``QPrinter``
page of the PDF page's size, so a 60×40 mm label stays 60×40 mm and each barcode module stays a
whole number of printer dots.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QRunnable, QSizeF, QThreadPool, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from ..domain.errors import DomainError
from .i18n import error_text

POINTS_PER_INCH = 72


def _page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    size = QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def print_pdf(pdf: str | Path, printer: QPrinter, progress: Callable[[int], None] | None = None) -> int:
    """Print every page of ``pdf`` on ``printer`` at its resolution (dots per inch); returns pages printed.

    :raises RuntimeError: the printer could not start (no such printer, or a file it cannot write).
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
                    raise RuntimeError("the printer could not be started")
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

    ``work`` gets a callable to report progress (an int) and returns a result object.
    """

    def __init__(self, work: Callable[[Callable[[int], None]], object]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except DomainError as error:  # the user's problem (e.g. printed meanwhile at another station)
            self.signals.failed.emit(error_text(error))
        except Exception as error:  # noqa: BLE001 - reported to the GUI, which shows and logs it
            self.signals.failed.emit("".join(traceback.format_exception_only(error)).strip())
            traceback.print_exc()
        else:
            self.signals.finished.emit(result)


def start(job: Job) -> None:
    QThreadPool.globalInstance().start(job)
