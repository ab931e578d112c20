"""The main window's pages in tabs, each built and filled when first shown (or first asked for).

A page's module is imported only then: the Intake and Shipments pages bring the document makers
(reportlab, barcodes) with them, which the start-up and the Overview do not need (issue 11, "Fast to
open"). Until then its tab holds an empty placeholder, and the window knows of it only what
:data:`PAGES` says: its title and the scans it takes (a test checks them against the built view).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.scanning import ScanKind
from .background import Reader
from .views.base import View


@dataclass(frozen=True)
class Page:
    """A page: its view class ``view`` in ``module`` (under ``bqw_desktop.ui``), the title the view gives
    (``title``, in the view class's translation context) and its ``accepts`` and ``work_page``."""

    module: str
    view: str
    title: str
    accepts: frozenset[ScanKind] = frozenset()
    work_page: bool = True

    def shown_title(self) -> str:
        """The title in the interface language, as the view's own ``title()`` says it."""
        return QCoreApplication.translate(self.view, self.title)


PAGES = (
    Page(".views.overview", "OverviewView", QT_TRANSLATE_NOOP("OverviewView", "Overview")),
    Page(".views.intake", "IntakeView", QT_TRANSLATE_NOOP("IntakeView", "Intake"),
         frozenset({ScanKind.CARTON, ScanKind.ITEM_SET, ScanKind.GTIN, ScanKind.COMMAND})),
    Page(".views.inspection", "InspectionView", QT_TRANSLATE_NOOP("InspectionView", "Inspection"),
         frozenset({ScanKind.ITEM_SET, ScanKind.COMMAND})),
    Page(".views.quarantine", "QuarantineView", QT_TRANSLATE_NOOP("QuarantineView", "Quarantine"),
         frozenset({ScanKind.ITEM_SET})),
    Page(".views.shipments", "ShipmentsView", QT_TRANSLATE_NOOP("ShipmentsView", "Shipments"),
         frozenset({ScanKind.SHIPMENT, ScanKind.PACKAGE, ScanKind.ITEM_SET, ScanKind.TRACKING_NUMBER,
                    ScanKind.COMMAND})),
    Page(".views.audit", "AuditView", QT_TRANSLATE_NOOP("AuditView", "Audit"),
         frozenset({ScanKind.ITEM_SET, ScanKind.CARTON, ScanKind.SHIPMENT, ScanKind.PACKAGE}), work_page=False),
)


class PageTabs(QTabWidget):
    """A tab per page of :data:`PAGES`; :meth:`page` builds one with ``make(view_class)``, puts it in its
    tab in place of the placeholder (without a ``currentChanged``) and fills it."""

    def __init__(self, make: Callable[[type[View]], View]) -> None:
        super().__init__()
        self._make = make
        self._built: dict[int, View] = {}
        for page in PAGES:
            self.addTab(QWidget(), page.shown_title())

    def is_built(self, index: int) -> bool:
        return index in self._built

    def page(self, index: int, reader: Reader | None = None) -> View:
        """The page at ``index``, built now if it was not yet, and filled: now, or by ``reader`` in its
        worker thread (a tab shown: the first read of a page at 100× the drive must not hold the window
        up, any more than its later ones)."""
        if index in self._built:
            return self._built[index]
        spec = PAGES[index]
        view = self._make(getattr(importlib.import_module(spec.module, __package__), spec.view))
        self._built[index] = view
        current = self.currentIndex()
        placeholder = self.widget(index)
        blocked = self.blockSignals(True)  # the same page stays on show: no currentChanged
        try:
            self.removeTab(index)
            self.insertTab(index, view, view.title())
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(blocked)
        placeholder.deleteLater()
        if reader is None:
            view.refresh()
        else:
            view.refresh_in_background(reader)
        return view

    def built(self) -> list[View]:
        """The pages built so far, in tab order."""
        return [self._built[index] for index in sorted(self._built)]

    def current_page(self) -> View:
        return self.page(self.currentIndex())
