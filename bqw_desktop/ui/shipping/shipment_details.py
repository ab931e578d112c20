"""The Contents tab of a shipment: its tracking number, its packages (the one scans go into, its weight),
packing by scan, the packed item sets and those still to pick, and its documents."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...domain.catalogue import CATEGORY_LABELS
from ...domain.lifecycle import ShipmentStatus, can_edit_weight_and_tracking, can_move, packing_open
from ...queries import shipments
from ...queries.rows import ShipmentView
from ...services import packing, shipping
from .. import dialogs
from ..i18n import term
from ..views.base import RequestToken, Undoable, View
from ..widgets.fields import CodeField, show_unless_edited
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table
from ..widgets.text import ValueText
from .shipment_documents import ShipmentDocuments


class ShipmentContents(QWidget):
    """What is packed into the current shipment (``current()``) and in which package.

    Signals: ``close_requested()`` (Close packing: the page moves the shipment on); ``packed(details)``
    after a pack scan, with the shipment's ``packing.ShipmentDetails`` as read back (the page shows them
    before the banner says so).
    """

    close_requested = Signal()
    packed = Signal(object)

    def __init__(self, page: View, current: Callable[[], ShipmentView | None]) -> None:
        super().__init__()
        self.page, self.current = page, current
        self.tracking = CodeField()
        self.tracking.setPlaceholderText(self.tr("courier's tracking number"))
        self.save_tracking = QPushButton(self.tr("Save tracking number"))
        self.save_tracking.clicked.connect(self._typed_tracking_number)
        self.tracking.returnPressed.connect(self._typed_tracking_number)
        tracking_row = QHBoxLayout()
        tracking_row.addWidget(QLabel(self.tr("Tracking number")))
        tracking_row.addWidget(self.tracking, 1)
        tracking_row.addWidget(self.save_tracking)

        self.package_label = ValueText()
        widest = max(self.tr("No package yet"), self.tr("Package {n}/{m}").format(n=99, m=99),
                     key=self.package_label.fontMetrics().horizontalAdvance)
        self.package_label.setFixedWidth(self.package_label.fontMetrics().horizontalAdvance(widest) + 8)
        self.weight = CodeField()
        self.weight.setPlaceholderText(self.tr("weight in kg, e.g. 3.2"))
        self.save_weight = QPushButton(self.tr("Save weight"))
        self.save_weight.clicked.connect(self.set_weight)
        self.weight.returnPressed.connect(self.set_weight)
        self.new_package = QPushButton(self.tr("New package"))
        self.new_package.clicked.connect(self.add_package)
        self.close_button = QPushButton(self.tr("Close packing"))
        self.close_button.clicked.connect(self.close_requested)
        package_row = QHBoxLayout()
        for widget, stretch in ((self.package_label, 0), (self.weight, 1), (self.save_weight, 0),
                                (self.new_package, 0), (self.close_button, 0)):
            package_row.addWidget(widget, stretch)
        self.package: str | None = None  # the package scans go into (its code)
        self.package_token = RequestToken()  # renewed by a scan or another shipment chosen
        self._package_token_for: str | None = None
        self._fields_of: tuple[str | None, str | None] = (None, None)  # the shipment and package the fields show

        self.lines = RowsModel([self.tr("Item set"), self.tr("Package"), self.tr("Category"), self.tr("Description"),
                                self.tr("Size"), self.tr("Pieces"), self.tr("Carton")])
        self.documents = ShipmentDocuments(page, current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tracking_row)
        layout.addLayout(package_row)
        layout.addWidget(QLabel(self.tr("Scan item sets to pack them into this shipment.")))
        layout.addWidget(make_table(self.lines))
        layout.addWidget(self.documents)

    def enable_for(self, shipment: ShipmentView | None) -> None:
        """Offer what the life cycle allows for ``shipment`` (``domain.lifecycle``)."""
        status = shipment.status if shipment is not None else None
        for widget in (self.tracking, self.save_tracking, self.weight, self.save_weight):
            widget.setEnabled(status is not None and can_edit_weight_and_tracking(status))
        self.new_package.setEnabled(status is not None and packing_open(status))
        self.close_button.setEnabled(status is not None and can_move(status, ShipmentStatus.PACKED))
        self.documents.enable_for(shipment)

    def clear(self) -> None:
        self._fields_of = (None, None)
        self.tracking.clear()
        self.package_label.setText("")
        self.lines.set_rows([], [])

    def show_details(self, details: packing.ShipmentDetails) -> None:
        """Show ``details``: the fields show the stored values; showing the same shipment and package
        again leaves a field alone while someone types in it (issue 9: "1", a refresh, "2" saved 3.32 kg,
        not 12). Only the lines that changed repaint."""
        shipment = details.shipment
        fill = QLineEdit.setText if self._fields_of[0] != shipment.code else show_unless_edited
        fill(self.tracking, shipment.tracking_number or "")
        items, boxes, number, to_pick = details.packed, details.packages, details.package_numbers, details.to_pick
        if self.package not in {b.code for b in boxes}:
            self.package = boxes[-1].code if boxes else None
        current = next((b for b in boxes if b.code == self.package), None)
        self.package_label.setText(self.tr("Package {n}/{m}").format(n=current.number, m=current.of)
                                   if current else self.tr("No package yet"))
        if self._fields_of[1] != self.package:
            fill = QLineEdit.setText
        fill(self.weight, "" if current is None or current.weight_g is None else f"{current.weight_g / 1000:g}")
        self._fields_of = (shipment.code, self.package)
        # after the packed ones, the item sets planned for this shipment and still to pick (a pick list)
        self.lines.update_in_place(
            [(i.code, f"{number.get(i.code, 0)}/{len(boxes)}", term(CATEGORY_LABELS[i.category]), i.description,
              i.size, i.pieces, i.carton_code)
             for i in items]
            + [(i.code, self.tr("to pick"), term(CATEGORY_LABELS[i.category]), i.description, i.size, i.pieces,
                i.carton_code) for i in to_pick],
            [i.code for i in (*items, *to_pick)],
        )

    def pack(self, shipment: ShipmentView, code: str, stages: bool) -> None:
        """Pack item set ``code`` into ``shipment`` (its current package), emit ``packed``, say so and
        offer the undo. ``stages``: read the stage times too (the Tracking tab is in sight)."""
        page, package = self.page, self.package
        packed = page.attempt(lambda: packing.pack(page.store, page.actor, shipment.code, code, package, stages=stages))
        if packed is None:
            return
        self.packed.emit(packed.details)
        item = packed.item
        page.feedback.emit("ok", self.tr("{code} packed into {shipment}: {description}").format(
            code=item.code, shipment=shipment.code, description=item.description))
        page.did.emit(Undoable(
            self.tr("packing of {code} into {shipment}").format(code=item.code, shipment=shipment.code),
            lambda: shipping.unpack(page.store, page.actor, shipment.code, item.code),
        ))

    def add_package(self) -> None:
        page, shipment = self.page, self.current()
        if shipment is None:
            return
        if self._package_token_for != shipment.code:
            self.package_token.renew()
            self._package_token_for = shipment.code
        token = self.package_token.value
        package = page.attempt_once(lambda: shipping.add_package(page.store, page.actor, shipment.code, token=token))
        if package is None:
            return
        self.package = package.code
        page.refresh()
        page.feedback.emit("ok", self.tr("Package {n}/{m} started: scan item sets into it.").format(
            n=package.number, m=package.of))

    def set_weight(self) -> None:
        """Save the weight typed for the current package (kg)."""
        if self.package is None:
            return
        page, code = self.page, self.package
        package = page.attempt(lambda: shipping.set_package_weight(page.store, page.actor, code, self.weight.text()))
        if package is None:
            return
        self.weight.setText(f"{package.weight_g / 1000:g}")  # saved: no longer the user's unsaved text
        page.refresh()
        page.feedback.emit("ok", self.tr("Package {n}/{m}: {kg} kg.").format(
            n=package.number, m=package.of, kg=f"{package.weight_g / 1000:g}"))

    def _typed_tracking_number(self) -> None:
        shipment = self.current()
        if shipment is not None:
            self.scanned_tracking_number(shipment, self.tracking.text())

    def scanned_tracking_number(self, shipment: ShipmentView, number: str) -> None:
        """A waybill scanned: when its number fits several couriers' rules, the user says which courier
        issued it (:func:`dialogs.ask_courier`; never guessed) and the service saves it only if that is
        the shipment's courier."""
        page = self.page
        candidates = page.attempt(lambda: shipments.couriers_for_tracking_number(page.store, number))
        if candidates is None:
            return
        chosen = None
        if len(candidates) > 1:
            chosen = dialogs.ask_courier(self, number, candidates)
            if chosen is None:
                page.feedback.emit("warn", self.tr("Tracking number {number} not saved: no courier chosen.").format(
                    number=number))
                return
        self.set_tracking_number(number, chosen)

    def set_tracking_number(self, number: str | None = None, issuer: str | None = None) -> None:
        """Save the tracking number typed in the field, or ``number`` (scanned from the courier's waybill);
        ``issuer`` the courier the user said issued it (``shipping.set_tracking_number``)."""
        page, shipment = self.page, self.current()
        if shipment is None:
            return
        text = self.tracking.text() if number is None else number
        updated = page.attempt(lambda: shipping.set_tracking_number(page.store, page.actor, shipment.code, text,
                                                                    issuer))
        if updated is None:
            return
        self.tracking.setText(updated.tracking_number or "")  # saved: no longer the user's unsaved text
        page.refresh()
        page.feedback.emit("ok", self.tr("Tracking number {number} saved for {code}.").format(
            number=updated.tracking_number, code=updated.code))
