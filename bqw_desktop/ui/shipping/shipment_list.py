"""The shipments list of the Shipments page: a new shipment by hand, the overdue threshold, every
shipment with its state, and the spend against the logistics budget."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.lifecycle import SHIPMENT_STATUS_LABELS, ShipmentStatus, can_move, packing_open
from ...domain.logistics import DEFAULT_OVERDUE_DAYS
from ...queries.rows import Choice, ShipmentView
from ...services import shipping, shipping_reports
from ...services.shipping_reports import fen_text
from ..i18n import term
from ..views.base import RequestToken, View
from ..widgets.fields import CountBox
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table
from ..widgets.text import ValueText

_OVERDUE_KEY = "shipping/overdue_days"


class ShipmentList(QWidget):
    """The list on the left of the Shipments tab.

    Signals: ``current_changed()`` when another row becomes current, ``created(code)`` after a shipment
    was made with the form, ``overdue_days_changed()`` when the threshold changed (kept for this station).
    """

    current_changed = Signal()
    created = Signal(str)
    overdue_days_changed = Signal()

    def __init__(self, page: View) -> None:
        super().__init__()
        self.page = page
        self.views: list[ShipmentView] = []
        self.overdue_set: set[str] = set()
        self.shipments = RowsModel([self.tr("Shipment"), self.tr("Status"), self.tr("Courier"), self.tr("Destination"),
                                    self.tr("Tracking number"), self.tr("Item sets"), self.tr("Overdue"),
                                    self.tr("Cost (CNY)")])
        self.overdue_days = CountBox()
        self.overdue_days.setRange(1, 60)
        # the coordinator's choice is kept for this station (QSettings)
        self.overdue_days.setValue(int(QSettings().value(_OVERDUE_KEY, DEFAULT_OVERDUE_DAYS)))
        self.overdue_days.setSuffix(self.tr(" days"))
        self.overdue_days.valueChanged.connect(self._overdue_days_changed)
        # the texts a pack scan changes repaint themselves only: a new QLabel text re-laid-out the whole
        # window, one level per pass of the event loop, into the next ten scans (bench/pack_scan.py)
        self.spend_label = ValueText(lines=2)
        self.table = make_table(self.shipments)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.current_changed.emit())

        self.new_box = QGroupBox(self.tr("New shipment"))
        new_form = QFormLayout(self.new_box)
        self.destination = QComboBox()
        self.courier = QComboBox()
        self.create_button = QPushButton(self.tr("Create shipment"))
        self.create_button.clicked.connect(self.create)
        # one click, one thing (C14): the same form pressed again is the same request; choosing a
        # destination or courier (even the same one again) or scanning makes a new one
        self.create_token = RequestToken()
        self.destination.activated.connect(self.create_token.renew)
        self.courier.activated.connect(self.create_token.renew)
        new_form.addRow(self.tr("Destination"), self.destination)
        new_form.addRow(self.tr("Courier"), self.courier)
        new_form.addRow(self.create_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.new_box)
        overdue_row = QHBoxLayout()
        overdue_row.addWidget(QLabel(self.tr("Overdue after")))
        overdue_row.addWidget(self.overdue_days)
        overdue_row.addStretch()
        layout.addLayout(overdue_row)
        layout.addWidget(self.table)
        layout.addWidget(self.spend_label)
        self.choices_loaded = False
        self.spend_report: shipping_reports.SpendReport | None = None

    def set_choices(self, destinations: list[Choice], couriers: list[Choice]) -> None:
        """Fill the new-shipment form's destinations and couriers (once)."""
        for choice in destinations:
            self.destination.addItem(choice.name, choice.code)
        for choice in couriers:
            self.courier.addItem(choice.name, choice.code)
        self.choices_loaded = True

    def current(self) -> ShipmentView | None:
        row = self.table.currentIndex().row()
        return self.views[row] if 0 <= row < len(self.views) else None

    def row_of(self, code: str) -> int:
        return self.shipments.row_of(code)

    def show_views(self, views: list[ShipmentView]) -> None:
        """Show ``views`` (every shipment), each flagged when overdue; the current row stays."""
        self.views = views
        self.overdue_set = shipping_reports.overdue_codes(views, self.overdue_days.value())
        self.shipments.set_rows([self._row(s) for s in views], [s.code for s in views])

    def replace(self, shipment: ShipmentView) -> None:
        """Show ``shipment`` anew in its row (a pack scan changed its counts); repaints its changed cells
        and, when its estimate changed (a new package), the budget line."""
        row = self.shipments.row_of(shipment.code)
        before, self.views[row] = self.views[row], shipment
        self.shipments.replace_row(row, self._row(shipment))
        if shipment.estimate_fen != before.estimate_fen and self.spend_report is not None:
            self.show_spend(shipping_reports.spend_report(
                [(c.code, c.name) for c in self.spend_report.couriers], self.views, self.spend_report.budget_fen))

    def _row(self, s: ShipmentView) -> tuple:
        return (s.code, term(SHIPMENT_STATUS_LABELS[s.status]), s.courier, s.destination, s.tracking_number,
                s.item_sets + s.allocated if packing_open(s.status) else s.item_sets,
                self.tr("overdue") if s.code in self.overdue_set else "",
                fen_text(s.cost_fen) if s.cost_fen is not None else "")

    def show_spend(self, report: shipping_reports.SpendReport) -> None:
        self.spend_report = report
        self.spend_label.setText(self.tr(
            "Logistics budget {budget} CNY: spent {spent}, expected with estimates {expected}, left {left}.").format(
            budget=fen_text(report.budget_fen), spent=fen_text(report.spent_fen),
            expected=fen_text(report.expected_fen), left=fen_text(report.remaining_fen)))

    def select(self, code: str | None) -> None:
        """Make ``code``'s row the only selected and current one (none when ``code`` is not listed)."""
        row = self.shipments.row_of(code) if code else -1
        if row >= 0:  # exactly this row: selectRow would extend the selection while Shift is down
            self.table.selectionModel().setCurrentIndex(
                self.shipments.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def clear_selection(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())

    def to_hand_over(self, shipment: ShipmentView) -> list[ShipmentView]:
        """The shipments to hand over with ``shipment`` at one pickup: the selected rows that may be handed
        over and go with its courier, when ``shipment`` is among them; else ``shipment`` alone."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        chosen = [view for row, view in enumerate(self.views) if row in rows
                  and can_move(view.status, ShipmentStatus.HANDED_OVER) and view.courier_code == shipment.courier_code]
        return chosen if shipment.code in {view.code for view in chosen} else [shipment]

    def _overdue_days_changed(self, days: int) -> None:
        QSettings().setValue(_OVERDUE_KEY, days)
        self.overdue_days_changed.emit()

    def create(self) -> None:
        page, token = self.page, self.create_token.value
        shipment = page.attempt_once(lambda: shipping.create_shipment(
            page.store, page.actor, self.destination.currentData(), self.courier.currentData(), token=token))
        if shipment is None:
            return
        self.created.emit(shipment.code)
        page.feedback.emit("ok", self.tr("Shipment {code} created: scan item sets to pack them.").format(
            code=shipment.code))

