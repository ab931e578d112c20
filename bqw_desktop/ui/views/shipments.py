"""Shipments (发货): plan them from a proposal or create one by hand, pack item sets by scanning, print
the packing slip, package labels and handover manifest, hand over, follow to the receiver's signature;
overdue flags, stage times and spend per courier against the budget."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue import CATEGORY_LABELS
from ...domain.lifecycle import (
    ITEM_SET_STATUS_LABELS,
    SHIPMENT_STATUS_LABELS,
    ItemSetStatus,
    ShipmentStatus,
    can_edit_weight_and_tracking,
    can_move,
    can_revert,
    packing_open,
)
from ...domain.logistics import DEFAULT_OVERDUE_DAYS
from ...domain.roles import Permission
from ...domain.scanning import Command, Scan, ScanKind
from ...services import packing, planning, shipping, shipping_documents, shipping_reports
from ...queries import shipments
from ...services.shipping_reports import days_text, fen_text
from ...queries.rows import Choice, ShipmentView
from .. import dialogs, document_actions
from ..pdf_printing import page_count
from ..i18n import term
from ..widgets.fields import CodeField, CountBox, show_unless_edited
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table
from ..widgets.text import ValueText
from .base import RequestToken, Undoable, View


_OVERDUE_KEY = "shipping/overdue_days"


def ask_courier(parent: QWidget, number: str, choices: list[Choice]) -> str | None:
    """Ask which courier issued a tracking number that fits several couriers' rules; the chosen code,
    or None when the user cancels. Tests replace this function (no modal dialog in tests)."""
    names = [f"{c.name} ({c.code})" for c in choices]
    name, ok = QInputDialog.getItem(
        parent, QInputDialog.tr("Which courier?"),
        QInputDialog.tr("{number} fits the numbers of several couriers. Which courier issued it?").format(
            number=number), names, 0, False)
    return choices[names.index(name)].code if ok and name in names else None


class ShipmentsView(View):
    """The shipments list; the selected shipment's contents, tracking number, documents and hand-over.

    Scanning a shipment code selects it; an item-set code packs it into the selected shipment; a
    courier's tracking number (the waybill's barcode) is saved on it.
    """

    accepts = frozenset({ScanKind.SHIPMENT, ScanKind.PACKAGE, ScanKind.ITEM_SET, ScanKind.TRACKING_NUMBER,
                         ScanKind.COMMAND})

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.proposal: planning.Proposal | None = None
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
        self.shipment_table = make_table(self.shipments)
        self.shipment_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.shipment_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        new_box = QGroupBox(self.tr("New shipment"))
        new_form = QFormLayout(new_box)
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

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(new_box)
        overdue_row = QHBoxLayout()
        overdue_row.addWidget(QLabel(self.tr("Overdue after")))
        overdue_row.addWidget(self.overdue_days)
        overdue_row.addStretch()
        left_layout.addLayout(overdue_row)
        left_layout.addWidget(self.shipment_table)
        left_layout.addWidget(self.spend_label)

        self.heading = ValueText(lines=2)
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
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
        self.close_button.clicked.connect(lambda: self._advance(shipping.close_packing))
        package_row = QHBoxLayout()
        package_row.addWidget(self.package_label)
        package_row.addWidget(self.weight, 1)
        package_row.addWidget(self.save_weight)
        package_row.addWidget(self.new_package)
        package_row.addWidget(self.close_button)
        self._package: str | None = None  # the package scans go into (its code)
        self.package_token = RequestToken()  # renewed by a scan or another shipment chosen
        self._package_token_for: str | None = None

        self.lines = RowsModel([self.tr("Item set"), self.tr("Package"), self.tr("Category"), self.tr("Description"),
                                self.tr("Size"), self.tr("Pieces"), self.tr("Carton")])
        self.save_slip = QPushButton(self.tr("Save packing slip as PDF…"))
        self.print_slip = QPushButton(self.tr("Print packing slip…"))
        self.hand_over_button = QPushButton(self.tr("Mark handed over"))
        self.deliver_button = QPushButton(self.tr("Mark delivered"))
        self.save_slip.clicked.connect(lambda: self._packing_slip(print_it=False))
        self.print_slip.clicked.connect(lambda: self._packing_slip(print_it=True))
        self.hand_over_button.clicked.connect(self._hand_over)
        self.deliver_button.clicked.connect(lambda: self._advance(shipping.deliver))
        self.save_labels = QPushButton(self.tr("Save package labels…"))
        self.print_labels = QPushButton(self.tr("Print package labels…"))
        self.save_manifest = QPushButton(self.tr("Save handover manifest…"))
        self.print_manifest = QPushButton(self.tr("Print handover manifest…"))
        self.save_labels.clicked.connect(lambda: self._package_labels(print_it=False))
        self.print_labels.clicked.connect(lambda: self._package_labels(print_it=True))
        self.save_manifest.clicked.connect(lambda: self._manifest(print_it=False))
        self.print_manifest.clicked.connect(lambda: self._manifest(print_it=True))
        buttons = QHBoxLayout()
        for button in (self.save_slip, self.print_slip, self.save_labels, self.print_labels):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons2 = QHBoxLayout()
        for button in (self.save_manifest, self.print_manifest):
            buttons2.addWidget(button)
        buttons2.addStretch()

        contents = QWidget()
        contents_layout = QVBoxLayout(contents)
        contents_layout.setContentsMargins(0, 0, 0, 0)
        contents_layout.addLayout(tracking_row)
        contents_layout.addLayout(package_row)
        contents_layout.addWidget(QLabel(self.tr("Scan item sets to pack them into this shipment.")))
        contents_layout.addWidget(make_table(self.lines))
        contents_layout.addLayout(buttons)
        contents_layout.addLayout(buttons2)

        self.details = QTabWidget()
        self.details.addTab(contents, self.tr("Contents"))
        self.tracking_panel = self._tracking_panel()
        self.details.addTab(self.tracking_panel, self.tr("Tracking"))
        self.details.currentChanged.connect(self._details_tab_changed)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.details)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 720])
        self.pages = QTabWidget()
        self.pages.addTab(splitter, self.tr("Shipments"))
        self.pages.addTab(self._planning_panel(), self.tr("Planning"))
        self.pages.addTab(self._reports_panel(), self.tr("Reports"))
        self.pages.currentChanged.connect(lambda *_: self.refresh())
        QVBoxLayout(self).addWidget(self.pages)
        self._choices_loaded = False
        self._views: list[ShipmentView] = []
        self._fields_of: tuple[str | None, str | None] = (None, None)  # the shipment and package the fields show
        self._tracking_of: str | None = None  # the shipment the Tracking tab shows (its cost field)
        self.restrict(Permission.PLAN, new_box, self.confirm_plan_button)
        self.restrict(Permission.PACK, self.save_weight, self.new_package, self.close_button)  # not auditors
        self.restrict(Permission.SHIP, self.save_tracking, self.hand_over_button, self.transit_button,
                      self.deliver_button, self.receipt_box, self.revert_reason, self.revert_button, self.save_cost)

    # -- panels -------------------------------------------------------------------------------------

    def _tracking_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.transit_button = QPushButton(self.tr("Mark in transit"))
        self.transit_button.clicked.connect(lambda: self._advance(shipping.mark_in_transit))
        steps = QHBoxLayout()
        for button in (self.hand_over_button, self.transit_button, self.deliver_button):
            steps.addWidget(button)
        steps.addStretch()
        layout.addLayout(steps)

        self.receipt_box = QGroupBox(self.tr("Receipt confirmed by the destination"))
        form = QFormLayout(self.receipt_box)
        self.receiver = QLineEdit()
        self.receiver.setPlaceholderText(self.tr("who signed for it"))
        self.receipt_date = QDateEdit(QDate.currentDate())
        self.receipt_date.setCalendarPopup(True)
        self.receipt_date.setDisplayFormat("yyyy-MM-dd")
        self.receipt_note = QLineEdit()
        self.confirm_button = QPushButton(self.tr("Confirm receipt"))
        self.confirm_button.clicked.connect(self.confirm_receipt)
        form.addRow(self.tr("Receiver"), self.receiver)
        form.addRow(self.tr("Date"), self.receipt_date)
        form.addRow(self.tr("Note"), self.receipt_note)
        form.addRow(self.confirm_button)
        layout.addWidget(self.receipt_box)

        back = QHBoxLayout()
        self.revert_reason = QLineEdit()
        self.revert_reason.setPlaceholderText(self.tr("why the step is taken back"))
        self.revert_button = QPushButton(self.tr("Take a step back"))
        self.revert_button.clicked.connect(self.revert)
        back.addWidget(self.revert_reason, 1)
        back.addWidget(self.revert_button)
        layout.addLayout(back)

        cost = QHBoxLayout()
        self.cost = CodeField()
        self.cost.setPlaceholderText(self.tr("actual cost in CNY, e.g. 36.50"))
        self.save_cost = QPushButton(self.tr("Save cost"))
        self.save_cost.clicked.connect(self.set_cost)
        self.estimate_label = QLabel()
        cost.addWidget(QLabel(self.tr("Cost")))
        cost.addWidget(self.cost, 1)
        cost.addWidget(self.save_cost)
        cost.addWidget(self.estimate_label)
        layout.addLayout(cost)

        self.stages = RowsModel([self.tr("Stage"), self.tr("Average days"), self.tr("Longest days")])
        layout.addWidget(QLabel(self.tr("Time the item sets of this shipment spent in each stage")))
        layout.addWidget(make_table(self.stages))
        return panel

    def _planning_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        row = QHBoxLayout()
        self.propose_button = QPushButton(self.tr("Make proposal"))
        self.propose_button.clicked.connect(self.make_proposal)
        self.drop_button = QPushButton(self.tr("Drop line"))
        self.drop_button.clicked.connect(self.drop_line)
        self.plan_courier = QComboBox()
        self.change_courier_button = QPushButton(self.tr("Change courier"))
        self.change_courier_button.clicked.connect(self.change_courier)
        self.confirm_plan_button = QPushButton(self.tr("Confirm proposal"))
        self.confirm_plan_button.clicked.connect(self.confirm_proposal)
        for widget in (self.propose_button, self.drop_button, QLabel(self.tr("Courier")), self.plan_courier,
                       self.change_courier_button, self.confirm_plan_button):
            row.addWidget(widget)
        row.addStretch()
        layout.addLayout(row)
        self.plan_summary = QLabel(self.tr("No proposal yet: make one from the passed item sets in stock."))
        self.plan_summary.setWordWrap(True)
        layout.addWidget(self.plan_summary)
        self.plan = RowsModel([self.tr("Destination"), self.tr("District"), self.tr("Category"), self.tr("Size"),
                               self.tr("Needed"), self.tr("Proposed"), self.tr("Short"), self.tr("Courier")])
        self.plan_table = make_table(self.plan)
        self.plan_table.selectionModel().currentRowChanged.connect(lambda *_: self._plan_line_chosen())
        layout.addWidget(self.plan_table)
        self._show_proposal()
        return panel

    def _reports_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.budget_label = QLabel()
        self.budget_label.setWordWrap(True)
        layout.addWidget(QLabel(self.tr("Spend per courier")))
        self.spend = RowsModel([self.tr("Courier"), self.tr("Shipments"), self.tr("With actual cost"),
                                self.tr("Actual (CNY)"), self.tr("Estimated, not yet costed (CNY)")])
        layout.addWidget(make_table(self.spend))
        layout.addWidget(self.budget_label)
        layout.addWidget(QLabel(self.tr("Overdue shipments")))
        self.overdue = RowsModel([self.tr("Shipment"), self.tr("Courier"), self.tr("Destination"),
                                  self.tr("Tracking number"), self.tr("Handed over"), self.tr("Days")])
        layout.addWidget(make_table(self.overdue))
        layout.addWidget(QLabel(self.tr("Time item sets spent in each stage (all shipments)")))
        self.all_stages = RowsModel([self.tr("Stage"), self.tr("Average days"), self.tr("Item sets")])
        layout.addWidget(make_table(self.all_stages))
        return panel

    def title(self) -> str:
        return self.tr("Shipments")

    def current(self) -> ShipmentView | None:
        row = self.shipment_table.currentIndex().row()
        return self._views[row] if 0 <= row < len(self._views) else None

    def _shipment_row(self, s: ShipmentView) -> tuple:
        return (s.code, term(SHIPMENT_STATUS_LABELS[s.status]), s.courier, s.destination, s.tracking_number,
                s.item_sets + s.allocated if packing_open(s.status) else s.item_sets,
                self.tr("overdue") if s.code in self.overdue_set else "",
                fen_text(s.cost_fen) if s.cost_fen is not None else "")

    def _show_spend(self, report: shipping_reports.SpendReport) -> None:
        self._spend = report
        self.spend_label.setText(self.tr(
            "Logistics budget {budget} CNY: spent {spent}, expected with estimates {expected}, left {left}.").format(
            budget=fen_text(report.budget_fen), spent=fen_text(report.spent_fen),
            expected=fen_text(report.expected_fen), left=fen_text(report.remaining_fen)))

    def read(self) -> Callable[[], tuple[tuple[list[Choice], list[Choice]] | None, list[ShipmentView],
                                        shipping_reports.SpendReport, packing.ShipmentDetails | None]]:
        store, choices = self.store, not self._choices_loaded
        chosen = self.current()
        code, stages = (chosen.code if chosen else None), self._tracking_shown()

        def read() -> tuple:
            views = shipments.list_shipments(store)
            shown = code or (views[0].code if views else None)  # none chosen: show_read chooses the first
            return ((shipments.destinations(store), shipments.couriers(store)) if choices else None,
                    views, shipping_reports.courier_spend(store),
                    packing.shipment_details(store, shown, stages=stages) if shown else None)

        return read

    def show_read(self, data: tuple[tuple[list[Choice], list[Choice]] | None, list[ShipmentView],
                                    shipping_reports.SpendReport, packing.ShipmentDetails | None]) -> None:
        choices, views, report, details = data
        if choices is not None and not self._choices_loaded:
            for choice in choices[0]:
                self.destination.addItem(choice.name, choice.code)
            for choice in choices[1]:
                self.courier.addItem(choice.name, choice.code)
            self._choices_loaded = True
        chosen = self.current()
        self._views = views
        days = self.overdue_days.value()
        self.overdue_set = shipping_reports.overdue_codes(self._views, days)
        self.shipments.set_rows([self._shipment_row(s) for s in self._views], [s.code for s in self._views])
        self._show_spend(report)
        if self.pages.currentIndex() == 2:
            self._show_reports(report)
        # a background read shows the contents it read, never reads them here: when another shipment
        # was chosen meanwhile (a scan), they are read again in the worker (no read on the GUI thread
        # between two scans)
        self.select(chosen.code if chosen else (self._views[0].code if self._views else None), details,
                    read=not self.delivering)

    def _show_reports(self, report: shipping_reports.SpendReport) -> None:
        self.spend.set_rows([(c.name, c.shipments, c.costed, fen_text(c.actual_fen), fen_text(c.estimate_fen))
                             for c in report.couriers], [c.code for c in report.couriers])
        self.budget_label.setText(self.spend_label.text())
        late = shipping_reports.overdue_shipments(self.store, self.overdue_days.value())
        self.overdue.set_rows([(o.code, o.courier, o.destination, o.tracking_number,
                                o.handed_over_at.astimezone().strftime("%Y-%m-%d %H:%M"), o.days) for o in late],
                              [o.code for o in late])
        times = shipping_reports.stage_times(self.store)
        average = shipping_reports.average_stage_times(times)
        entered = {stage: sum(1 for t in times if stage in t.stages) for stage in average}
        order = [s.value for s in ItemSetStatus if s.value in average]
        self.all_stages.set_rows([(term(ITEM_SET_STATUS_LABELS[ItemSetStatus(s)]), days_text(average[s]), entered[s])
                                  for s in order], order)

    def _overdue_days_changed(self, days: int) -> None:
        QSettings().setValue(_OVERDUE_KEY, days)
        self.refresh()

    def select(self, code: str | None, details: packing.ShipmentDetails | None = None, *, read: bool = True) -> None:
        """Make ``code`` the current shipment and show it (with ``details`` if they were read already;
        else read now, or with ``read`` False in the next background read)."""
        row = self.shipments.row_of(code) if code else -1
        if row >= 0:  # exactly this row: selectRow would extend the selection while Shift is down
            self.shipment_table.selectionModel().setCurrentIndex(
                self.shipments.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_current(details, read=read)

    def _show_current(self, details: packing.ShipmentDetails | None = None, *, read: bool = True) -> None:
        """Show the current shipment: from ``details`` when given (a refresh's worker or a pack scan read
        them), else read now — or, with ``read`` False (showing a background read), leave the contents
        as they are and read them again in the worker."""
        shipment = self.current()
        status = shipment.status if shipment is not None else None
        is_open = status is not None and packing_open(status)
        for widget in (self.tracking, self.save_tracking, self.weight, self.save_weight):
            widget.setEnabled(status is not None and can_edit_weight_and_tracking(status))
        self.new_package.setEnabled(is_open)
        # the moves the life cycle allows from here (domain.lifecycle), forward and back
        for button, target in ((self.close_button, ShipmentStatus.PACKED),
                               (self.hand_over_button, ShipmentStatus.HANDED_OVER),
                               (self.transit_button, ShipmentStatus.IN_TRANSIT),
                               (self.deliver_button, ShipmentStatus.DELIVERED)):
            button.setEnabled(status is not None and can_move(status, target))
        self.confirm_button.setEnabled(status in (ShipmentStatus.DELIVERED, ShipmentStatus.RECEIPT_CONFIRMED))
        self.revert_button.setEnabled(status is not None and can_revert(status))
        self.save_cost.setEnabled(shipment is not None and status is not ShipmentStatus.CANCELLED)
        for button in (self.save_slip, self.print_slip, self.save_labels, self.print_labels):
            button.setEnabled(shipment is not None)
        for button in (self.save_manifest, self.print_manifest):
            button.setEnabled(shipment is not None and shipment.pickup_code is not None)
        if shipment is None:
            self._fields_of = (None, None)
            self._tracking_of = None
            self.heading.setText(self.tr("No shipment selected"))
            self.tracking.clear()
            self.package_label.setText("")
            self.lines.set_rows([], [])
            self.status_label.setText("")
            self.stages.set_rows([], [])
            return
        # the fields show this shipment's (and package's) stored values; a refresh of the same ones leaves
        # a field alone while someone types in it (issue 9: "1", a refresh, "2" saved 3.32 kg, not 12)
        fill = QLineEdit.setText if self._fields_of[0] != shipment.code else show_unless_edited
        if (details is None or details.shipment.code != shipment.code) and not read:
            self._read_again = True
            return
        if details is None or details.shipment.code != shipment.code:
            details = packing.shipment_details(self.store, shipment.code, stages=self._tracking_shown())
        if details.stages is not None:
            self._show_tracking(shipment, details.stages)
        self.heading.setText(self.tr("{code} · {destination} ({district}) · {courier} · {status}").format(
            code=shipment.code, destination=shipment.destination, district=shipment.district,
            courier=shipment.courier, status=term(SHIPMENT_STATUS_LABELS[shipment.status])))
        fill(self.tracking, shipment.tracking_number or "")
        items, boxes, number, to_pick = details.packed, details.packages, details.package_numbers, details.to_pick
        if self._package not in {b.code for b in boxes}:
            self._package = boxes[-1].code if boxes else None
        current = next((b for b in boxes if b.code == self._package), None)
        self.package_label.setText(self.tr("Package {n}/{m}").format(n=current.number, m=current.of)
                                   if current else self.tr("No package yet"))
        if self._fields_of[1] != self._package:
            fill = QLineEdit.setText
        fill(self.weight, "" if current is None or current.weight_g is None else f"{current.weight_g / 1000:g}")
        self._fields_of = (shipment.code, self._package)
        # after the packed ones, the item sets planned for this shipment and still to pick (a pick list)
        self.lines.update_in_place(
            [(i.code, f"{number.get(i.code, 0)}/{len(boxes)}", term(CATEGORY_LABELS[i.category]), i.description,
              i.size, i.pieces, i.carton_code)
             for i in items]
            + [(i.code, self.tr("to pick"), term(CATEGORY_LABELS[i.category]), i.description, i.size, i.pieces,
                i.carton_code) for i in to_pick],
            [i.code for i in (*items, *to_pick)],
        )

    def _tracking_shown(self) -> bool:
        """Whether the Tracking tab is in sight: its stage times are read and shown only then (a pack scan
        spent about 1 ms on them for a hidden tab)."""
        return self.details.currentWidget() is self.tracking_panel

    def _details_tab_changed(self) -> None:
        """The Tracking tab brought into sight: show the current shipment's tracking and stage times
        (read now); nothing else on the page is touched (a tracking number being typed stays)."""
        shipment = self.current()
        if shipment is None or not self._tracking_shown():
            return
        times = self.attempt(lambda: shipping_reports.stage_times(self.store, shipment.code))
        if times is not None:
            self._show_tracking(shipment, times)

    def _show_tracking(self, shipment: ShipmentView, times: Sequence[shipping_reports.StageTimes]) -> None:
        """The Tracking tab: hand-over and delivery, the cost (left alone while someone types in it, when
        the tab already shows this shipment) and the time per stage."""
        def when(moment) -> str:  # noqa: ANN001
            return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"

        lines = [self.tr("Handed over: {at} (pickup {pickup})").format(at=when(shipment.handed_over_at),
                                                                     pickup=shipment.pickup_code or "—"),
                 self.tr("Delivered: {at}").format(at=when(shipment.delivered_at))]
        if shipment.code in self.overdue_set:
            lines.insert(0, self.tr("OVERDUE: with the courier more than {days} days.").format(
                days=self.overdue_days.value()))
        if shipment.receipt_confirmed_at:
            lines.append(self.tr("Receipt confirmed by {receiver} on {date}{note}").format(
                receiver=shipment.receiver, date=shipment.receipt_date,
                note=f" · {shipment.receipt_note}" if shipment.receipt_note else ""))
        self.status_label.setText("\n".join(lines))
        self.estimate_label.setText(self.tr("estimate {fen} CNY").format(fen=fen_text(shipment.estimate_fen)))
        fill = QLineEdit.setText if self._tracking_of != shipment.code else show_unless_edited
        fill(self.cost, "" if shipment.cost_fen is None else f"{shipment.cost_fen / 100:.2f}")
        self._tracking_of = shipment.code
        average = shipping_reports.average_stage_times(times)
        longest = {s: max(t.stages.get(s, average[s]) for t in times) for s in average}
        order = [s.value for s in ItemSetStatus if s.value in average]
        self.stages.set_rows([(term(ITEM_SET_STATUS_LABELS[ItemSetStatus(s)]), days_text(average[s]),
                                  days_text(longest[s])) for s in order], order)

    # -- planning -----------------------------------------------------------------------------------

    def make_proposal(self) -> None:
        proposal = self.attempt(lambda: planning.propose(self.store))
        if proposal is None:
            return
        self.proposal = proposal
        self._show_proposal()
        if proposal.lines:
            self.feedback.emit("ok", self.tr("Proposal: {sets} item sets in {shipments} shipments. Edit it, then confirm.")
                               .format(sets=proposal.item_sets, shipments=len(proposal.shipments())))
        else:
            self.feedback.emit("warn", self.tr("Every destination's needs are already planned."))

    def _show_proposal(self) -> None:
        proposal = self.proposal
        lines = proposal.lines if proposal else ()
        self.plan.set_rows(
            [(f"{line.destination_code} {line.destination_name}", line.district, term(CATEGORY_LABELS[line.category]),
              line.size or self.tr("any"), line.needed, len(line.item_set_codes), line.shortfall or "",
              line.courier_code) for line in lines],
            [str(i) for i in range(len(lines))])
        for button in (self.drop_button, self.change_courier_button, self.confirm_plan_button):
            button.setEnabled(bool(lines))
        if proposal is not None:
            loads = ", ".join(f"{code} {n}" for code, n in planning.proposal_summary(proposal))
            short = sum(line.shortfall for line in lines)
            self.plan_summary.setText(self.tr(
                "{sets} item sets in {shipments} shipments; per courier: {loads}; short of stock: {short}.").format(
                sets=proposal.item_sets, shipments=len(proposal.shipments()), loads=loads or "—", short=short))

    def _plan_row(self) -> int:
        row = self.plan_table.currentIndex().row()
        return row if self.proposal is not None and 0 <= row < len(self.proposal.lines) else -1

    def _plan_line_chosen(self) -> None:
        row = self._plan_row()
        self.plan_courier.clear()
        if row < 0:
            return
        line = self.proposal.lines[row]
        for code in line.couriers:
            self.plan_courier.addItem(code, code)
        self.plan_courier.setCurrentIndex(self.plan_courier.findData(line.courier_code))

    def drop_line(self) -> None:
        row = self._plan_row()
        if row < 0:
            self.feedback.emit("error", self.tr("Choose a line of the proposal first."))
            return
        self.proposal = planning.drop_line(self.proposal, row)
        self._show_proposal()
        if self.proposal.lines:
            self.plan_table.selectRow(min(row, len(self.proposal.lines) - 1))

    def change_courier(self) -> None:
        row = self._plan_row()
        if row < 0:
            self.feedback.emit("error", self.tr("Choose a line of the proposal first."))
            return
        changed = self.attempt(lambda: planning.change_courier(self.proposal, row, self.plan_courier.currentData()))
        if changed is None:
            return
        self.proposal = changed
        self._show_proposal()
        self.plan_table.selectRow(row)

    def confirm_proposal(self) -> None:
        if self.proposal is None:
            return
        proposal = self.proposal
        done = self.attempt(lambda: planning.confirm(self.store, self.actor, proposal))
        if done is None:
            return
        self.refresh()
        if done.created:
            self.feedback.emit("ok", self.tr("{count} shipments planned with {sets} item sets allocated.").format(
                count=len(done.shipment_codes), sets=done.item_sets))
        else:
            self.feedback.emit("warn", self.tr("This proposal was confirmed before: nothing was added."))

    # -- tracking -----------------------------------------------------------------------------------

    def confirm_receipt(self) -> None:
        shipment = self.current()
        if shipment is None:
            return
        day = self.receipt_date.date().toPython()
        updated = self.attempt(lambda: shipping.confirm_receipt(
            self.store, self.actor, shipment.code, self.receiver.text(), day, self.receipt_note.text()))
        if updated is None:
            return
        self.refresh()
        self.feedback.emit("ok", self.tr("{code}: receipt confirmed by {receiver}.").format(
            code=updated.code, receiver=updated.receiver))

    def revert(self) -> None:
        shipment = self.current()
        if shipment is None:
            return
        updated = self.attempt(lambda: shipping.revert(self.store, self.actor, shipment.code, self.revert_reason.text()))
        if updated is None:
            return
        self.revert_reason.clear()
        self.refresh()
        self.feedback.emit("ok", self.tr("{code} is back to “{status}”.").format(
            code=updated.code, status=term(SHIPMENT_STATUS_LABELS[updated.status])))

    def set_cost(self) -> None:
        shipment = self.current()
        if shipment is None:
            return
        updated = self.attempt(lambda: shipping.set_cost(self.store, self.actor, shipment.code, self.cost.text()))
        if updated is None:
            return
        self.cost.setText(f"{updated.cost_fen / 100:.2f}")  # saved: no longer the user's unsaved text
        self.refresh()
        self.feedback.emit("ok", self.tr("{code}: actual cost {cny} CNY saved.").format(
            code=updated.code, cny=fen_text(updated.cost_fen)))

    def create(self) -> None:
        token = self.create_token.value
        shipment = self.attempt_once(lambda: shipping.create_shipment(
            self.store, self.actor, self.destination.currentData(), self.courier.currentData(), token=token))
        if shipment is None:
            return
        self.refresh()
        self.select(shipment.code)
        self.feedback.emit("ok", self.tr("Shipment {code} created: scan item sets to pack them.").format(code=shipment.code))

    def add_package(self) -> None:
        shipment = self.current()
        if shipment is None:
            return
        if self._package_token_for != shipment.code:
            self.package_token.renew()
            self._package_token_for = shipment.code
        token = self.package_token.value
        package = self.attempt_once(lambda: shipping.add_package(self.store, self.actor, shipment.code, token=token))
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
        self.weight.setText(f"{package.weight_g / 1000:g}")  # saved: no longer the user's unsaved text
        self.refresh()
        self.feedback.emit("ok", self.tr("Package {n}/{m}: {kg} kg.").format(
            n=package.number, m=package.of, kg=f"{package.weight_g / 1000:g}"))

    def on_scan(self, scan: Scan) -> None:
        for token in (self.create_token, self.package_token):  # something done in between: new requests
            token.renew()
        if scan.kind is ScanKind.PACKAGE:
            package = self.attempt(lambda: shipments.find_package(self.store, scan.text))
            if package is not None:
                self._package = package.code
                if self.shipments.row_of(package.shipment_code) < 0:
                    self.refresh()
                self.select(package.shipment_code)
                self.feedback.emit("ok", self.tr("Package {n}/{m} of {code}: scan item sets into it.").format(
                    n=package.number, m=package.of, code=package.shipment_code))
            return
        if scan.kind is ScanKind.SHIPMENT:
            shipment = self.attempt(lambda: shipments.get_shipment(self.store, scan.text))
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
            self.scanned_tracking_number(shipment, scan.text)
            return
        package = self._package
        stages = self._tracking_shown()
        packed = self.attempt(lambda: packing.pack(self.store, self.actor, shipment.code, scan.text, package,
                                                   stages=stages))
        if packed is None:
            return
        self._show_packed(packed.details)
        item = packed.item
        self.feedback.emit("ok", self.tr("{code} packed into {shipment}: {description}").format(
            code=item.code, shipment=shipment.code, description=item.description))
        self.did.emit(Undoable(
            self.tr("packing of {code} into {shipment}").format(code=item.code, shipment=shipment.code),
            lambda: shipping.unpack(self.store, self.actor, shipment.code, item.code),
        ))

    def _show_packed(self, details: packing.ShipmentDetails) -> None:
        """After a pack scan, update what it changed from what it read back: the shipment's row, the
        budget line (a new package adds an estimate) and the contents. No other read."""
        self.showed_own_write()
        shipment = details.shipment
        row = self.shipments.row_of(shipment.code)
        before, self._views[row] = self._views[row], shipment
        self.shipments.replace_row(row, self._shipment_row(shipment))
        if shipment.estimate_fen != before.estimate_fen:
            self._show_spend(shipping_reports.spend_report([(c.code, c.name) for c in self._spend.couriers],
                                                           self._views, self._spend.budget_fen))
        self._show_current(details)

    def _command(self, scan: Scan) -> None:
        shipment = self.current()
        if scan.command in (Command.PASS, Command.PASS_ALL, Command.FAIL):
            self.feedback.emit("error", self.tr("Pass and Fail are scanned on the Inspection page."))
        elif scan.command is Command.DONE and shipment is None:  # said, not silently ignored (issue 9, fault 10)
            self.feedback.emit("error", self.tr("Create or select a shipment first."))
        elif scan.command is Command.DONE:
            self.refresh()
            shipment = self.current()
            self.feedback.emit("ok", self.tr("Shipment {code}: {count} item set(s) packed.").format(
                code=shipment.code, count=shipment.item_sets))
        elif scan.command is Command.CANCEL:
            self.shipment_table.clearSelection()
            self.shipment_table.setCurrentIndex(QModelIndex())
            self._show_current()
            self.feedback.emit("ok", self.tr("No shipment selected. Scan a shipment to go on packing."))

    def _typed_tracking_number(self) -> None:
        shipment = self.current()
        if shipment is not None:
            self.scanned_tracking_number(shipment, self.tracking.text())

    def scanned_tracking_number(self, shipment: ShipmentView, number: str) -> None:
        """A waybill scanned: when its number fits several couriers' rules, the user says which courier
        issued it (:func:`ask_courier`; never guessed) and the service saves it only if that is the
        shipment's courier."""
        candidates = self.attempt(lambda: shipments.couriers_for_tracking_number(self.store, number))
        if candidates is None:
            return
        chosen = None
        if len(candidates) > 1:
            chosen = ask_courier(self, number, candidates)
            if chosen is None:
                self.feedback.emit("warn", self.tr("Tracking number {number} not saved: no courier chosen.").format(
                    number=number))
                return
        self.set_tracking_number(number, chosen)

    def set_tracking_number(self, number: str | None = None, issuer: str | None = None) -> None:
        """Save the tracking number typed in the field, or ``number`` (scanned from the courier's waybill);
        ``issuer`` the courier the user said issued it (``shipping.set_tracking_number``)."""
        shipment = self.current()
        if shipment is None:
            return
        text = self.tracking.text() if number is None else number
        updated = self.attempt(lambda: shipping.set_tracking_number(self.store, self.actor, shipment.code, text,
                                                                    issuer))
        if updated is None:
            return
        self.tracking.setText(updated.tracking_number or "")  # saved: no longer the user's unsaved text
        self.refresh()
        self.feedback.emit("ok", self.tr("Tracking number {number} saved for {code}.").format(
            number=updated.tracking_number, code=updated.code))

    def _hand_over(self) -> None:
        """Hand the selected packed shipments of the current shipment's courier over at one pickup, so one
        handover manifest (交接单) lists them all (Ctrl/Shift-click rows to choose several). Asks first,
        naming each shipment and its packages (:func:`dialogs.confirm`); no answer, no change."""
        shipment = self.current()
        if shipment is None:
            return
        rows = {index.row() for index in self.shipment_table.selectionModel().selectedRows()}
        chosen = [view for row, view in enumerate(self._views) if row in rows
                  and can_move(view.status, ShipmentStatus.HANDED_OVER) and view.courier_code == shipment.courier_code]
        views = chosen if shipment.code in {view.code for view in chosen} else [shipment]
        lines = []
        for view in views:
            boxes = self.attempt(lambda: shipments.packages(self.store, view.code))
            if boxes is None:
                return
            lines.append(self.tr("{code} to {destination}, tracking no. {number}: {count} package(s) {packages}, "
                                 "{sets} item set(s)").format(
                code=view.code, destination=view.destination, number=view.tracking_number or "—",
                count=len(boxes), packages=" ".join(box.code for box in boxes), sets=view.item_sets))
        if not dialogs.confirm(self, self.tr("Hand over"), self.tr(
                "Hand {count} shipment(s) to {courier} at one pickup?\n\n{lines}\n\nA coordinator can take a "
                "hand-over back later, with a reason.").format(
                count=len(views), courier=shipment.courier, lines="\n".join(lines))):
            self.feedback.emit("warn", self.tr("Not handed over: nothing changed."))
            return
        codes = [view.code for view in views]
        pickup = self.attempt(lambda: shipping.hand_over_pickup(self.store, self.actor, shipment.courier_code, codes))
        if pickup is None:
            return
        self.refresh()
        self.feedback.emit("ok", self.tr(
            "{count} shipment(s) handed over to {courier} at pickup {pickup}: print its handover manifest.").format(
            count=len(pickup.shipment_codes), courier=pickup.courier, pickup=pickup.code))

    def _advance(self, action) -> None:  # noqa: ANN001 - a shipping service taking (store, actor, code)
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
            shipping_documents.write_packing_slip(self.store, shipment.code, path)
            progress(1)
            return page_count(path)

        if print_it:
            document_actions.print_document(self, 1, render)
        else:
            document_actions.save_pdf(self, f"packing-slip-{shipment.code}.pdf", 1, render)

    def _package_labels(self, *, print_it: bool) -> None:
        shipment = self.current()
        if shipment is None:
            return

        def render(path: str, progress) -> int:  # noqa: ANN001
            labels = shipping_documents.write_package_labels(self.store, shipment.code, path)
            progress(1)
            return len(labels)

        pages = max(shipment.packages, 1)
        if print_it:
            document_actions.print_document(self, pages, render)
        else:
            document_actions.save_pdf(self, f"package-labels-{shipment.code}.pdf", pages, render)

    def _manifest(self, *, print_it: bool) -> None:
        """The handover manifest of the pickup at which the selected shipment was handed over."""
        shipment = self.current()
        if shipment is None or shipment.pickup_code is None:
            return
        courier, pickup = shipment.courier_code, shipment.pickup_code

        def render(path: str, progress) -> int:  # noqa: ANN001
            shipping_documents.write_handover_manifest(self.store, courier, path, pickup)
            progress(1)
            return page_count(path)

        if print_it:
            document_actions.print_document(self, 1, render)
        else:
            document_actions.save_pdf(self, f"handover-{pickup}.pdf", 1, render)
