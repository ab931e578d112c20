"""Intake (入库): donors and receipts, manifests, receiving cartons and item sets by scan, labels,
reconciliation and the donation acknowledgement.

The page is a shell of four sections (tabs), each a panel in :mod:`bqw_desktop.ui.intake`: *Receiving*
(:class:`~bqw_desktop.ui.intake.receiving.ReceivingPanel`, which takes the page's scans); *Donors &
receipts*; *Manifest*; and *Reconciliation*. The receipt being received is chosen at the top and
applies to all of them: the panels read it from a shared
:class:`~bqw_desktop.ui.intake.receipt.ChosenReceipt` and never import this page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout

from ...documents.labels import LabelProfile
from ...domain.receiving import receipt_number
from ...domain.scanning import Scan, ScanKind
from ...services import labelling, receiving
from ...services.context import Actor
from ...services.receiving import ReceiptView
from ..intake.donors import DonorsPanel
from ..intake.manifest import ManifestPanel
from ..intake.receipt import ChosenReceipt
from ..intake.receiving import ReceivingPanel
from ..intake.reconciliation import ReconciliationPanel
from .base import View

#: what :meth:`IntakeView.read` reads: the cartons loaded (rows, keys, more), the receipts, the label
#: printer profiles, the chosen receipt's summary
IntakeRead = tuple[tuple[list[tuple], list[str], bool], list[ReceiptView], list[LabelProfile], ReceiptView | None]


class IntakeView(View):
    """The receipt chosen at the top, the four sections below."""

    accepts = frozenset({ScanKind.CARTON, ScanKind.ITEM_SET, ScanKind.GTIN, ScanKind.COMMAND})

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self._receipt_ids: tuple[int, ...] = ()
        self.chosen = ChosenReceipt()
        self.chosen.opened.connect(self.receipt_opened)
        self.chosen.changed.connect(self.receipt_changed)
        self.receipt_box = QComboBox()
        self.receipt_box.setMinimumContentsLength(36)
        self.receipt_box.currentIndexChanged.connect(self._receipt_chosen)
        self.receipt_summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Receipt:")))
        top.addWidget(self.receipt_box)
        top.addWidget(self.receipt_summary, 1)

        self.receiving = ReceivingPanel(self, self.chosen)
        self.donors = DonorsPanel(self, self.chosen)
        self.manifest = ManifestPanel(self, self.chosen)
        self.reconciliation = ReconciliationPanel(self, self.chosen)
        self.receiving.started.connect(lambda: self.sections.setCurrentWidget(self.receiving))
        self.sections = QTabWidget()
        self.sections.addTab(self.receiving, self.tr("Receiving"))
        self.sections.addTab(self.donors, self.tr("Donors && receipts"))
        self.sections.addTab(self.manifest, self.tr("Manifest"))
        self.sections.addTab(self.reconciliation, self.tr("Reconciliation && acknowledgement"))
        self.sections.currentChanged.connect(self._section_shown)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sections, 1)

    def title(self) -> str:
        return self.tr("Intake")

    # --- receipts ----------------------------------------------------------------------------------

    def _load_receipts(self, receipts: list[ReceiptView] | None = None) -> None:
        """Fill the receipt list when receipts were added (by this station or another); ``receipts`` as
        read by :meth:`read`, or read now."""
        if receipts is None:
            receipts = receiving.list_receipts(self.store)
        ids = tuple(r.id for r in receipts)
        if ids == self._receipt_ids:
            return
        self._receipt_ids = ids
        chosen = self.chosen.id
        self.receipt_box.blockSignals(True)
        self.receipt_box.clear()
        self.receipt_box.addItem(self.tr("— no receipt: choose or open one —"), None)
        for r in receipts:
            self.receipt_box.addItem(f"{receipt_number(r.id)} · {r.donor} · {r.received_on:%Y-%m-%d}", r.id)
        self.receipt_box.setCurrentIndex(max(self.receipt_box.findData(chosen), 0) if chosen else 0)
        self.receipt_box.blockSignals(False)
        if self.receipt_box.currentData() != chosen:
            self._receipt_chosen()

    def receipt_opened(self, receipt_id: int) -> None:
        """A receipt was created on this page: choose it and go on to its manifest."""
        self._load_receipts()
        self.receipt_box.setCurrentIndex(self.receipt_box.findData(receipt_id))
        self.sections.setCurrentWidget(self.manifest)

    def _receipt_chosen(self) -> None:
        self.chosen.id = self.receipt_box.currentData()
        self.receiving.receipt_chosen()
        self.manifest.preview = None
        self.receipt_changed()

    def receipt_changed(self) -> None:
        """Re-read the chosen receipt's summary, manifest and differences."""
        self._summary()
        self._section_shown()  # the manifest and the differences are read only for their tab in sight

    def _summary(self, info: ReceiptView | None = None) -> None:
        """The line at the top: the receipt's donor, date and counts (three small queries, unless ``info``
        was read already)."""
        rid = self.chosen.id
        if info is None:
            info = self.attempt(lambda: receiving.get_receipt(self.store, rid)) if rid else None
        self.chosen.info = info
        if info is None:
            self.receipt_summary.setText(self.tr("Choose a receipt to receive into, or open one under “Donors & receipts”."))
        else:
            self.receipt_summary.setText(self.tr(
                "{donor} · arrived {date} · {cartons} carton(s) · {received} of {expected} expected item set(s) "
                "received").format(donor=info.donor, date=f"{info.received_on:%Y-%m-%d}", cartons=info.cartons,
                                   received=info.item_sets, expected=info.expected))
        self.receiving.show_receiving_carton()

    def _section_shown(self) -> None:
        if self.sections.currentWidget() is self.manifest:
            self.manifest.show_stored()
        elif self.sections.currentWidget() is self.reconciliation:
            self.reconciliation.refresh()
        elif self.sections.currentWidget() is self.donors and not self.donors.donors.keys:
            self.donors.find()

    # --- what is shown -----------------------------------------------------------------------------

    def read(self) -> Callable[[], IntakeRead]:
        store, rid, cartons = self.store, self.chosen.id, self.receiving.lists.read()
        return lambda: (cartons(), receiving.list_receipts(store), labelling.list_profiles(store),
                        receiving.get_receipt(store, rid) if rid is not None else None)

    def set_actor(self, actor: Actor | None) -> None:
        """As :meth:`View.set_actor`; the donors' phone numbers are shown at once as the new person may see them."""
        super().set_actor(actor)
        self.donors.show_found()

    def show_read(self, data: IntakeRead) -> None:
        cartons, receipts, profiles, info = data
        self.receiving.lists.show_cartons(cartons)
        self._load_receipts(receipts)
        self.receiving.labels.load_profiles(profiles)
        self.donors.show_found()
        if self.chosen.id is not None:
            self._summary(info if info is not None and info.id == self.chosen.id else None)
            if self.sections.currentWidget() is self.reconciliation:
                self.reconciliation.refresh()

    def on_scan(self, scan: Scan) -> None:
        self.receiving.on_scan(scan)
