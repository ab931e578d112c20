"""Shipments (发货): create one to a destination with a courier, pack item sets by scanning, hand over."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue import CATEGORY_LABELS
from ...domain.scanning import Command, Scan, ScanKind
from ...domain.lifecycle import SHIPMENT_STATUS_LABELS, ShipmentStatus
from ...services import printing, shipping
from ...services.views import ShipmentView
from .. import documents
from ..printing import page_count
from ..i18n import term
from ..widgets import RowsModel, make_table
from .base import Undoable, View


class ShipmentsView(View):
    """The shipments list; the selected shipment's contents, tracking number, documents and hand-over.

    Scanning a shipment code selects it; an item-set code packs it into the selected shipment; a
    courier's tracking number (the waybill's barcode) is saved on it.
    """

    accepts = frozenset({ScanKind.SHIPMENT, ScanKind.PACKAGE, ScanKind.ITEM_SET, ScanKind.TRACKING_NUMBER,
                         ScanKind.COMMAND})

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.shipments = RowsModel([self.tr("Shipment"), self.tr("Status"), self.tr("Courier"), self.tr("Destination"),
                                    self.tr("Tracking number"), self.tr("Item sets")])
        self.shipment_table = make_table(self.shipments)
        self.shipment_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        new_box = QGroupBox(self.tr("New shipment"))
        new_form = QFormLayout(new_box)
        self.destination = QComboBox()
        self.courier = QComboBox()
        self.create_button = QPushButton(self.tr("Create shipment"))
        self.create_button.clicked.connect(self.create)
        new_form.addRow(self.tr("Destination"), self.destination)
        new_form.addRow(self.tr("Courier"), self.courier)
        new_form.addRow(self.create_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(new_box)
        left_layout.addWidget(self.shipment_table)

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("courier's tracking number"))
        self.save_tracking = QPushButton(self.tr("Save tracking number"))
        self.save_tracking.clicked.connect(lambda: self.set_tracking_number())
        self.tracking.returnPressed.connect(lambda: self.set_tracking_number())
        tracking_row = QHBoxLayout()
        tracking_row.addWidget(QLabel(self.tr("Tracking number")))
        tracking_row.addWidget(self.tracking, 1)
        tracking_row.addWidget(self.save_tracking)

        self.package_label = QLabel()
        self.weight = QLineEdit()
        self.weight.setPlaceholderText(self.tr("weight in kg, e.g. 3.2"))
        self.save_weight = QPushButton(self.tr("Save weight"))
        self.save_weight.clicked.connect(self.set_weight)
        self.weight.returnPressed.connect(self.set_weight)
        self.new_package = QPushButton(self.tr("New package"))
        self.new_package.clicked.connect(self.add_package)
        self.close_button = QPushButton(self.tr("Close packing"))
        self.close_button.clicked.connect(lambda: self._advance(shipping.close_packing))
        package_row = QHBoxLayout()
        package_row.addWidget(self.package_label)
        package_row.addWidget(self.weight, 1)
        package_row.addWidget(self.save_weight)
        package_row.addWidget(self.new_package)
        package_row.addWidget(self.close_button)
        self._package: str | None = None  # the package scans go into (its code)

        self.lines = RowsModel([self.tr("Item set"), self.tr("Package"), self.tr("Category"), self.tr("Description"),
                                self.tr("Size"), self.tr("Pieces"), self.tr("Carton")])
        self.save_slip = QPushButton(self.tr("Save packing slip as PDF…"))
        self.print_slip = QPushButton(self.tr("Print packing slip…"))
        self.hand_over_button = QPushButton(self.tr("Mark handed over"))
        self.deliver_button = QPushButton(self.tr("Mark delivered"))
        self.save_slip.clicked.connect(lambda: self._packing_slip(print_it=False))
        self.print_slip.clicked.connect(lambda: self._packing_slip(print_it=True))
        self.hand_over_button.clicked.connect(lambda: self._advance(shipping.hand_over))
        self.deliver_button.clicked.connect(lambda: self._advance(shipping.deliver))
        buttons = QHBoxLayout()
        for button in (self.save_slip, self.print_slip, self.hand_over_button, self.deliver_button):
            buttons.addWidget(button)
        buttons.addStretch()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addLayout(tracking_row)
        right_layout.addLayout(package_row)
        right_layout.addWidget(QLabel(self.tr("Scan item sets to pack them into this shipment.")))
        right_layout.addWidget(make_table(self.lines))
        right_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 760])
        QVBoxLayout(self).addWidget(splitter)
        self._choices_loaded = False

    def title(self) -> str:
        return self.tr("Shipments")

    def current(self) -> ShipmentView | None:
        row = self.shipment_table.currentIndex().row()
        return self._views[row] if 0 <= row < len(self._views) else None

    def refresh(self) -> None:
        if not self._choices_loaded:
            for choice in shipping.destinations(self.store):
                self.destination.addItem(choice.name, choice.code)
            for choice in shipping.couriers(self.store):
                self.courier.addItem(choice.name, choice.code)
            self._choices_loaded = True
        chosen = self.current()
        self._views = shipping.list_shipments(self.store)
        self.shipments.set_rows(
            [(s.code, term(SHIPMENT_STATUS_LABELS[s.status]), s.courier, s.destination, s.tracking_number, s.item_sets)
             for s in self._views],
            [s.code for s in self._views],
        )
        self.select(chosen.code if chosen else (self._views[0].code if self._views else None))

    def select(self, code: str | None) -> None:
        row = self.shipments.row_of(code) if code else -1
        if row >= 0:
            self.shipment_table.selectRow(row)
        self._show_current()

    def _show_current(self) -> None:
        shipment = self.current()
        status = shipment.status if shipment is not None else None
        is_open = status is ShipmentStatus.PLANNED
        for widget in (self.tracking, self.save_tracking):
            widget.setEnabled(status in (ShipmentStatus.PLANNED, ShipmentStatus.PACKED))
        for widget in (self.weight, self.save_weight):
            widget.setEnabled(status in (ShipmentStatus.PLANNED, ShipmentStatus.PACKED))
        self.new_package.setEnabled(is_open)
        self.close_button.setEnabled(is_open)
        self.hand_over_button.setEnabled(status is ShipmentStatus.PACKED)
        self.deliver_button.setEnabled(status in (ShipmentStatus.HANDED_OVER, ShipmentStatus.IN_TRANSIT))
        self.save_slip.setEnabled(shipment is not None)
        self.print_slip.setEnabled(shipment is not None)
        if shipment is None:
            self.heading.setText(self.tr("No shipment selected"))
            self.tracking.clear()
            self.package_label.setText("")
            self.lines.set_rows([], [])
            return
        self.heading.setText(self.tr("{code} · {destination} ({district}) · {courier} · {status}").format(
            code=shipment.code, destination=shipment.destination, district=shipment.district,
            courier=shipment.courier, status=term(SHIPMENT_STATUS_LABELS[shipment.status])))
        self.tracking.setText(shipment.tracking_number or "")
        items = shipping.shipment_item_sets(self.store, shipment.code)
        boxes = shipping.packages(self.store, shipment.code)
        number = {code: n for n, codes in shipping.package_contents(self.store, shipment.code).items() for code in codes}
        if self._package not in {b.code for b in boxes}:
            self._package = boxes[-1].code if boxes else None
        current = next((b for b in boxes if b.code == self._package), None)
        self.package_label.setText(self.tr("Package {n}/{m}").format(n=current.number, m=current.of)
                                   if current else self.tr("No package yet"))
        self.weight.setText("" if current is None or current.weight_g is None else f"{current.weight_g / 1000:g}")
        self.lines.set_rows(
            [(i.code, f"{number.get(i.code, 0)}/{len(boxes)}", term(CATEGORY_LABELS[i.category]), i.description,
              i.size, i.pieces, i.carton_code)
             for i in items],
            [i.code for i in items],
        )

    def create(self) -> None:
        shipment = self.attempt(lambda: shipping.create_shipment(
            self.store, self.actor, self.destination.currentData(), self.courier.currentData()))
        if shipment is None:
            return
        self.refresh()
        self.select(shipment.code)
        self.feedback.emit("ok", self.tr("Shipment {code} created: scan item sets to pack them.").format(code=shipment.code))

    def add_package(self) -> None:
        shipment = self.current()
        if shipment is None:
            return
        package = self.attempt(lambda: shipping.add_package(self.store, self.actor, shipment.code))
        if package is None:
            return
        self._package = package.code
        self.refresh()
        self.feedback.emit("ok", self.tr("Package {n}/{m} started: scan item sets into it.").format(
            n=package.number, m=package.of))

    def set_weight(self) -> None:
        """Save the weight typed for the current package (kg)."""
        if self._package is None:
            return
        code = self._package
        package = self.attempt(lambda: shipping.set_package_weight(self.store, self.actor, code, self.weight.text()))
        if package is None:
            return
        self.refresh()
        self.feedback.emit("ok", self.tr("Package {n}/{m}: {kg} kg.").format(
            n=package.number, m=package.of, kg=f"{package.weight_g / 1000:g}"))

    def on_scan(self, scan: Scan) -> None:
        if scan.kind is ScanKind.PACKAGE:
            package = self.attempt(lambda: shipping.find_package(self.store, scan.text))
            if package is not None:
                self._package = package.code
                if self.shipments.row_of(package.shipment_code) < 0:
                    self.refresh()
                self.select(package.shipment_code)
                self.feedback.emit("ok", self.tr("Package {n}/{m} of {code}: scan item sets into it.").format(
                    n=package.number, m=package.of, code=package.shipment_code))
            return
        if scan.kind is ScanKind.SHIPMENT:
            shipment = self.attempt(lambda: shipping.get_shipment(self.store, scan.text))
            if shipment is not None:
                if self.shipments.row_of(shipment.code) < 0:
                    self.refresh()
                self.select(shipment.code)
                self.feedback.emit("ok", self.tr("Shipment {code} selected: scan item sets to pack them.").format(
                    code=shipment.code))
            return
        if scan.kind is ScanKind.COMMAND:
            self._command(scan)
            return
        shipment = self.current()
        if shipment is None:
            self.feedback.emit("error", self.tr("Create or select a shipment first."))
            return
        if scan.kind is ScanKind.TRACKING_NUMBER:
            self.set_tracking_number(scan.text)
            return
        package = self._package
        item = self.attempt(lambda: shipping.pack(self.store, self.actor, shipment.code, scan.text, package))
        if item is None:
            return
        self.refresh()
        self.feedback.emit("ok", self.tr("{code} packed into {shipment}: {description}").format(
            code=item.code, shipment=shipment.code, description=item.description))
        self.did.emit(Undoable(
            self.tr("packing of {code} into {shipment}").format(code=item.code, shipment=shipment.code),
            lambda: shipping.unpack(self.store, self.actor, shipment.code, item.code),
        ))

    def _command(self, scan: Scan) -> None:
        shipment = self.current()
        if scan.command in (Command.PASS, Command.FAIL):
            self.feedback.emit("error", self.tr("Pass and Fail are scanned on the Inspection page."))
        elif scan.command is Command.DONE and shipment is not None:
            self.refresh()
            shipment = self.current()
            self.feedback.emit("ok", self.tr("Shipment {code}: {count} item set(s) packed.").format(
                code=shipment.code, count=shipment.item_sets))
        elif scan.command is Command.CANCEL:
            self.shipment_table.clearSelection()
            self.shipment_table.setCurrentIndex(QModelIndex())
            self._show_current()
            self.feedback.emit("ok", self.tr("No shipment selected. Scan a shipment to go on packing."))

    def set_tracking_number(self, number: str | None = None) -> None:
        """Save the tracking number typed in the field, or ``number`` (scanned from the courier's waybill)."""
        shipment = self.current()
        if shipment is None:
            return
        text = self.tracking.text() if number is None else number
        updated = self.attempt(lambda: shipping.set_tracking_number(self.store, self.actor, shipment.code, text))
        if updated is None:
            return
        self.refresh()
        self.feedback.emit("ok", self.tr("Tracking number {number} saved for {code}.").format(
            number=updated.tracking_number, code=updated.code))

    def _advance(self, action) -> None:  # noqa: ANN001 - shipping.hand_over or shipping.deliver
        shipment = self.current()
        if shipment is None:
            return
        updated = self.attempt(lambda: action(self.store, self.actor, shipment.code))
        if updated is None:
            return
        self.refresh()
        self.feedback.emit("ok", self.tr("{code} is now “{status}”.").format(
            code=updated.code, status=term(SHIPMENT_STATUS_LABELS[updated.status])))

    def _packing_slip(self, *, print_it: bool) -> None:
        shipment = self.current()
        if shipment is None:
            return

        def render(path: str, progress) -> int:  # noqa: ANN001
            printing.write_packing_slip(self.store, shipment.code, path)
            progress(1)
            return page_count(path)

        if print_it:
            documents.print_document(self, 1, render)
        else:
            documents.save_pdf(self, f"packing-slip-{shipment.code}.pdf", 1, render)
