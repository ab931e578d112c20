"""Shipments (发货): plan them from a proposal or create one by hand, pack item sets by scanning, print
the packing slip, package labels and handover manifest, hand over, follow to the receiver's signature;
overdue flags, stage times and spend per courier against the budget.

The page is a shell: the panels in ``ui.shipping`` each show one part and take the page as a plain
``View``; the page routes scans, reads in the background and tells each panel what to show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from ...domain.lifecycle import SHIPMENT_STATUS_LABELS
from ...domain.roles import Permission
from ...domain.scanning import Command, Scan, ScanKind
from ...queries import shipments
from ...queries.rows import Choice, ShipmentView
from ...services import packing, shipping, shipping_reports
from .. import dialogs
from ..i18n import term
from ..shipping.planning import PlanningPanel
from ..shipping.reports import ShipmentReports
from ..shipping.shipment_details import ShipmentContents
from ..shipping.shipment_list import ShipmentList
from ..shipping.tracking import ShipmentTracking
from ..widgets.text import ValueText
from .base import View

Read = tuple[tuple[list[Choice], list[Choice]] | None, list[ShipmentView], shipping_reports.SpendReport,
             packing.ShipmentDetails | None]


class ShipmentsView(View):
    """The shipments list; the selected shipment's contents, tracking number, documents and hand-over.

    Scanning a shipment code selects it; an item-set code packs it into the selected shipment; a
    courier's tracking number (the waybill's barcode) is saved on it.
    """

    accepts = frozenset({ScanKind.SHIPMENT, ScanKind.PACKAGE, ScanKind.ITEM_SET, ScanKind.TRACKING_NUMBER,
                         ScanKind.COMMAND})

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.list = ShipmentList(self)
        self.list.current_changed.connect(self._show_current)
        self.list.created.connect(self._created)
        self.list.overdue_days_changed.connect(self.refresh)
        self.heading = ValueText(lines=2)
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.contents = ShipmentContents(self, self.current)
        self.tracking_panel = ShipmentTracking(self, self.current)
        self.contents.packed.connect(self._show_packed)
        self.contents.close_requested.connect(lambda: self.tracking_panel.advance(shipping.close_packing))
        self.tracking_panel.hand_over_requested.connect(self._hand_over)
        self.details = QTabWidget()
        self.details.addTab(self.contents, self.tr("Contents"))
        self.details.addTab(self.tracking_panel, self.tr("Tracking"))
        self.details.currentChanged.connect(self._details_tab_changed)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.details)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 720])
        self.planning = PlanningPanel(self)
        self.planning.confirmed.connect(self.refresh)
        self.reports = ShipmentReports(self)
        self.pages = QTabWidget()
        self.pages.addTab(splitter, self.tr("Shipments"))
        self.pages.addTab(self.planning, self.tr("Planning"))
        self.pages.addTab(self.reports, self.tr("Reports"))
        self.pages.currentChanged.connect(lambda *_: self.refresh())
        QVBoxLayout(self).addWidget(self.pages)
        contents, tracking = self.contents, self.tracking_panel
        self.restrict(Permission.PLAN, self.list.new_box, self.planning.confirm_plan_button)
        self.restrict(Permission.PACK, contents.save_weight, contents.new_package, contents.close_button)  # not auditors
        self.restrict(Permission.SHIP, contents.save_tracking, tracking.hand_over_button, tracking.transit_button,
                      tracking.deliver_button, tracking.receipt_box, tracking.revert_reason, tracking.revert_button,
                      tracking.save_cost)

    def title(self) -> str:
        return self.tr("Shipments")

    def current(self) -> ShipmentView | None:
        return self.list.current()

    def read(self) -> Callable[[], Read]:
        store, choices = self.store, not self.list.choices_loaded
        chosen = self.current()
        code, stages = (chosen.code if chosen else None), self._tracking_shown()

        def read() -> Read:
            views = shipments.list_shipments(store)
            shown = code or (views[0].code if views else None)  # none chosen: show_read chooses the first
            return ((shipments.destinations(store), shipments.couriers(store)) if choices else None,
                    views, shipping_reports.courier_spend(store),
                    packing.shipment_details(store, shown, stages=stages) if shown else None)

        return read

    def show_read(self, data: Read) -> None:
        choices, views, report, details = data
        if choices is not None and not self.list.choices_loaded:
            self.list.set_choices(*choices)
        chosen = self.current()
        self.list.show_views(views)
        self.list.show_spend(report)
        if self.pages.currentWidget() is self.reports:
            self.reports.show_report(report, self.list.spend_label.text(), self.list.overdue_days.value())
        # a background read shows the contents it read, never reads them here: when another shipment
        # was chosen meanwhile (a scan), they are read again in the worker (no read on the GUI thread
        # between two scans)
        self.select(chosen.code if chosen else (views[0].code if views else None), details,
                    read=not self.delivering)

    def select(self, code: str | None, details: packing.ShipmentDetails | None = None, *, read: bool = True) -> None:
        """Make ``code`` the current shipment and show it (with ``details`` if they were read already;
        else read now, or with ``read`` False in the next background read)."""
        self.list.select(code)
        self._show_current(details, read=read)

    def _show_current(self, details: packing.ShipmentDetails | None = None, *, read: bool = True) -> None:
        """Show the current shipment: from ``details`` when given (a refresh's worker or a pack scan read
        them), else read now — or, with ``read`` False (showing a background read), leave the contents
        as they are and read them again in the worker."""
        shipment = self.current()
        self.contents.enable_for(shipment)
        self.tracking_panel.enable_for(shipment.status if shipment is not None else None)
        if shipment is None:
            self.heading.setText(self.tr("No shipment selected"))
            self.contents.clear()
            self.tracking_panel.clear()
            return
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
        self.contents.show_details(details)

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

    def _show_tracking(self, shipment: ShipmentView, times) -> None:  # noqa: ANN001 - StageTimes rows
        overdue = self.list.overdue_days.value() if shipment.code in self.list.overdue_set else None
        self.tracking_panel.show_shipment(shipment, times, overdue)

    def _created(self, code: str) -> None:
        self.refresh()
        self.select(code)

    def on_scan(self, scan: Scan) -> None:
        for token in (self.list.create_token, self.contents.package_token):  # something done in between
            token.renew()
        if scan.kind is ScanKind.PACKAGE:
            package = self.attempt(lambda: shipments.find_package(self.store, scan.text))
            if package is not None:
                self.contents.package = package.code
                self._select_scanned(package.shipment_code)
                self.feedback.emit("ok", self.tr("Package {n}/{m} of {code}: scan item sets into it.").format(
                    n=package.number, m=package.of, code=package.shipment_code))
            return
        if scan.kind is ScanKind.SHIPMENT:
            shipment = self.attempt(lambda: shipments.get_shipment(self.store, scan.text))
            if shipment is not None:
                self._select_scanned(shipment.code)
                self.feedback.emit("ok", self.tr("Shipment {code} selected: scan item sets to pack them.").format(
                    code=shipment.code))
            return
        if scan.kind is ScanKind.COMMAND:
            self._command(scan)
            return
        shipment = self.current()
        if shipment is None:
            self.feedback.emit("error", self.tr("Create or select a shipment first."))
        elif scan.kind is ScanKind.TRACKING_NUMBER:
            self.contents.scanned_tracking_number(shipment, scan.text)
        else:
            self.contents.pack(shipment, scan.text, self._tracking_shown())

    def _select_scanned(self, code: str) -> None:
        if self.list.row_of(code) < 0:  # made elsewhere since the last read
            self.refresh()
        self.select(code)

    def _show_packed(self, details: packing.ShipmentDetails) -> None:
        """After a pack scan, update what it changed from what it read back: the shipment's row, the
        budget line (a new package adds an estimate) and the contents. No other read."""
        self.showed_own_write()
        self.list.replace(details.shipment)
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
            self.list.clear_selection()
            self._show_current()
            self.feedback.emit("ok", self.tr("No shipment selected. Scan a shipment to go on packing."))

    def _hand_over(self) -> None:
        """Hand the selected packed shipments of the current shipment's courier over at one pickup, so one
        handover manifest (交接单) lists them all (Ctrl/Shift-click rows to choose several). Asks first,
        naming each shipment and its packages (:func:`dialogs.confirm`); no answer, no change."""
        shipment = self.current()
        if shipment is None:
            return
        views = self.list.to_hand_over(shipment)
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
