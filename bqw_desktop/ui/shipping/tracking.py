"""The Tracking tab of a shipment: hand-over, transit and delivery, the receipt confirmed by the
destination, a step taken back with a reason, the actual cost and the time per stage."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, \
    QVBoxLayout, QWidget

from ...domain.lifecycle import (
    ITEM_SET_STATUS_LABELS,
    SHIPMENT_STATUS_LABELS,
    ItemSetStatus,
    ShipmentStatus,
    can_confirm_receipt,
    can_move,
    can_revert,
    can_set_cost,
)
from ...queries.rows import ShipmentView
from ...services import shipping, shipping_reports
from ...services.shipping_reports import days_text, fen_text
from ..i18n import term
from ..views.base import View
from ..widgets.fields import CodeField, show_unless_edited
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table


class ShipmentTracking(QWidget):
    """The current shipment (``current()``) after packing.

    Signal: ``hand_over_requested()`` (the page asks which shipments go at the same pickup).
    """

    hand_over_requested = Signal()

    def __init__(self, page: View, current: Callable[[], ShipmentView | None]) -> None:
        super().__init__()
        self.page, self.current = page, current
        layout = QVBoxLayout(self)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.hand_over_button = QPushButton(self.tr("Mark handed over"))
        self.hand_over_button.clicked.connect(self.hand_over_requested)
        self.transit_button = QPushButton(self.tr("Mark in transit"))
        self.transit_button.clicked.connect(lambda: self.advance(shipping.mark_in_transit))
        self.deliver_button = QPushButton(self.tr("Mark delivered"))
        self.deliver_button.clicked.connect(lambda: self.advance(shipping.deliver))
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
        self._shows: str | None = None  # the shipment shown (its cost field)

    def enable_for(self, status: ShipmentStatus | None) -> None:
        """Offer what the life cycle allows from ``status`` (``domain.lifecycle``), forward and back."""
        for button, target in ((self.hand_over_button, ShipmentStatus.HANDED_OVER),
                               (self.transit_button, ShipmentStatus.IN_TRANSIT),
                               (self.deliver_button, ShipmentStatus.DELIVERED)):
            button.setEnabled(status is not None and can_move(status, target))
        self.confirm_button.setEnabled(status is not None and can_confirm_receipt(status))
        self.revert_button.setEnabled(status is not None and can_revert(status))
        self.save_cost.setEnabled(status is not None and can_set_cost(status))

    def clear(self) -> None:
        self._shows = None
        self.status_label.setText("")
        self.stages.set_rows([], [])

    def show_shipment(self, shipment: ShipmentView, times: Sequence[shipping_reports.StageTimes],
                      overdue_days: int | None) -> None:
        """Hand-over and delivery, the cost (left alone while someone types in it, when the tab already
        shows this shipment) and the time per stage; ``overdue_days`` when the shipment is overdue."""
        def when(moment) -> str:  # noqa: ANN001
            return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"

        lines = [self.tr("Handed over: {at} (pickup {pickup})").format(at=when(shipment.handed_over_at),
                                                                     pickup=shipment.pickup_code or "—"),
                 self.tr("Delivered: {at}").format(at=when(shipment.delivered_at))]
        if overdue_days is not None:
            lines.insert(0, self.tr("OVERDUE: with the courier more than {days} days.").format(days=overdue_days))
        if shipment.receipt_confirmed_at:
            lines.append(self.tr("Receipt confirmed by {receiver} on {date}{note}").format(
                receiver=shipment.receiver, date=shipment.receipt_date,
                note=f" · {shipment.receipt_note}" if shipment.receipt_note else ""))
        self.status_label.setText("\n".join(lines))
        self.estimate_label.setText(self.tr("estimate {fen} CNY").format(fen=fen_text(shipment.estimate_fen)))
        fill = QLineEdit.setText if self._shows != shipment.code else show_unless_edited
        fill(self.cost, "" if shipment.cost_fen is None else f"{shipment.cost_fen / 100:.2f}")
        self._shows = shipment.code
        average = shipping_reports.average_stage_times(times)
        longest = {s: max(t.stages.get(s, average[s]) for t in times) for s in average}
        order = [s.value for s in ItemSetStatus if s.value in average]
        self.stages.set_rows([(term(ITEM_SET_STATUS_LABELS[ItemSetStatus(s)]), days_text(average[s]),
                               days_text(longest[s])) for s in order], order)

    def advance(self, action) -> None:  # noqa: ANN001 - a shipping service taking (store, actor, code)
        """Move the current shipment on with ``action``, refresh the page and say its new state."""
        page, shipment = self.page, self.current()
        if shipment is None:
            return
        updated = page.attempt(lambda: action(page.store, page.actor, shipment.code))
        if updated is None:
            return
        page.refresh()
        page.feedback.emit("ok", self.tr("{code} is now “{status}”.").format(
            code=updated.code, status=term(SHIPMENT_STATUS_LABELS[updated.status])))

    def confirm_receipt(self) -> None:
        page, shipment = self.page, self.current()
        if shipment is None:
            return
        day = self.receipt_date.date().toPython()
        updated = page.attempt(lambda: shipping.confirm_receipt(
            page.store, page.actor, shipment.code, self.receiver.text(), day, self.receipt_note.text()))
        if updated is None:
            return
        page.refresh()
        page.feedback.emit("ok", self.tr("{code}: receipt confirmed by {receiver}.").format(
            code=updated.code, receiver=updated.receiver))

    def revert(self) -> None:
        page, shipment = self.page, self.current()
        if shipment is None:
            return
        updated = page.attempt(lambda: shipping.revert(page.store, page.actor, shipment.code, self.revert_reason.text()))
        if updated is None:
            return
        self.revert_reason.clear()
        page.refresh()
        page.feedback.emit("ok", self.tr("{code} is back to “{status}”.").format(
            code=updated.code, status=term(SHIPMENT_STATUS_LABELS[updated.status])))

    def set_cost(self) -> None:
        page, shipment = self.page, self.current()
        if shipment is None:
            return
        updated = page.attempt(lambda: shipping.set_cost(page.store, page.actor, shipment.code, self.cost.text()))
        if updated is None:
            return
        self.cost.setText(f"{updated.cost_fen / 100:.2f}")  # saved: no longer the user's unsaved text
        page.refresh()
        page.feedback.emit("ok", self.tr("{code}: actual cost {cny} CNY saved.").format(
            code=updated.code, cny=fen_text(updated.cost_fen)))
