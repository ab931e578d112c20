"""The documents of one shipment, saved as PDF or printed: its packing slip, its package labels and the
handover manifest of the pickup it left at."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...queries.rows import ShipmentView
from ...services import shipping_documents
from .. import document_actions
from ..pdf_printing import page_count
from ..views.base import View


class ShipmentDocuments(QWidget):
    """Two rows of buttons for the current shipment (``current()``); ``page`` shows the outcome."""

    def __init__(self, page: View, current: Callable[[], ShipmentView | None]) -> None:
        super().__init__()
        self.page, self.current = page, current
        self.save_slip = QPushButton(self.tr("Save packing slip as PDF…"))
        self.print_slip = QPushButton(self.tr("Print packing slip…"))
        self.save_labels = QPushButton(self.tr("Save package labels…"))
        self.print_labels = QPushButton(self.tr("Print package labels…"))
        self.save_manifest = QPushButton(self.tr("Save handover manifest…"))
        self.print_manifest = QPushButton(self.tr("Print handover manifest…"))
        self.save_slip.clicked.connect(lambda: self._packing_slip(print_it=False))
        self.print_slip.clicked.connect(lambda: self._packing_slip(print_it=True))
        self.save_labels.clicked.connect(lambda: self._package_labels(print_it=False))
        self.print_labels.clicked.connect(lambda: self._package_labels(print_it=True))
        self.save_manifest.clicked.connect(lambda: self._manifest(print_it=False))
        self.print_manifest.clicked.connect(lambda: self._manifest(print_it=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for row in ((self.save_slip, self.print_slip, self.save_labels, self.print_labels),
                    (self.save_manifest, self.print_manifest)):
            buttons = QHBoxLayout()
            for button in row:
                buttons.addWidget(button)
            buttons.addStretch()
            layout.addLayout(buttons)

    def enable_for(self, shipment: ShipmentView | None) -> None:
        for button in (self.save_slip, self.print_slip, self.save_labels, self.print_labels):
            button.setEnabled(shipment is not None)
        for button in (self.save_manifest, self.print_manifest):
            button.setEnabled(shipment is not None and shipment.pickup_code is not None)

    def _output(self, print_it: bool, name: str, pages: int, render: document_actions.Render) -> None:
        """Print the document ``render`` writes (about ``pages`` pages), or save it, suggesting ``name``."""
        if print_it:
            document_actions.print_document(self.page, pages, render)
        else:
            document_actions.save_pdf(self.page, name, pages, render)

    def _packing_slip(self, *, print_it: bool) -> None:
        shipment, store = self.current(), self.page.store
        if shipment is None:
            return

        def render(path: str, progress) -> int:  # noqa: ANN001
            shipping_documents.write_packing_slip(store, shipment.code, path)
            progress(1)
            return page_count(path)

        self._output(print_it, f"packing-slip-{shipment.code}.pdf", 1, render)

    def _package_labels(self, *, print_it: bool) -> None:
        shipment, store = self.current(), self.page.store
        if shipment is None:
            return

        def render(path: str, progress) -> int:  # noqa: ANN001
            labels = shipping_documents.write_package_labels(store, shipment.code, path)
            progress(1)
            return len(labels)

        self._output(print_it, f"package-labels-{shipment.code}.pdf", max(shipment.packages, 1), render)

    def _manifest(self, *, print_it: bool) -> None:
        """The handover manifest of the pickup at which the current shipment was handed over."""
        shipment, store = self.current(), self.page.store
        if shipment is None or shipment.pickup_code is None:
            return
        courier, pickup = shipment.courier_code, shipment.pickup_code

        def render(path: str, progress) -> int:  # noqa: ANN001
            shipping_documents.write_handover_manifest(store, courier, path, pickup)
            progress(1)
            return page_count(path)

        self._output(print_it, f"handover-{pickup}.pdf", 1, render)
