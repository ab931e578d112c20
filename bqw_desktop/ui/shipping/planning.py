"""The Planning tab of the Shipments page: a proposal of shipments from the passed item sets in stock,
edited (lines dropped, couriers changed) and confirmed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.catalogue import CATEGORY_LABELS
from ...queries import shipments
from ...services import planning
from ..i18n import term
from ..views.base import View
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table


class PlanningPanel(QWidget):
    """The proposal being edited (``proposal``, None before one is made) and its lines.

    Signal: ``confirmed()`` after a proposal was confirmed (shipments may have been planned).
    """

    confirmed = Signal()

    def __init__(self, page: View) -> None:
        super().__init__()
        self.page = page
        self.proposal: planning.Proposal | None = None
        self.courier_names: dict[str, str] = {}  # code → name, read with each proposal (the couriers' own names)
        layout = QVBoxLayout(self)
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

    def make_proposal(self) -> None:
        page = self.page
        proposal = page.attempt(lambda: planning.propose(page.store))
        if proposal is None:
            return
        self.courier_names = {c.code: c.name for c in shipments.couriers(page.store)}
        self.proposal = proposal
        self._show_proposal()
        if proposal.lines:
            page.feedback.emit("ok", self.tr("Proposal: {sets} item sets in {shipments} shipments. Edit it, then confirm.")
                               .format(sets=proposal.item_sets, shipments=len(proposal.shipments())))
        else:
            page.feedback.emit("warn", self.tr("Every destination's needs are already planned."))

    def _show_proposal(self) -> None:
        proposal = self.proposal
        lines = proposal.lines if proposal else ()
        self.plan.set_rows(
            [(f"{line.destination_code} {line.destination_name}", line.district, term(CATEGORY_LABELS[line.category]),
              line.size or self.tr("any"), line.needed, len(line.item_set_codes), line.shortfall or "",
              self._courier(line.courier_code)) for line in lines],
            [str(i) for i in range(len(lines))])
        for button in (self.drop_button, self.change_courier_button, self.confirm_plan_button):
            button.setEnabled(bool(lines))
        if proposal is not None:
            loads = ", ".join(f"{self._courier(code)} {n}" for code, n in planning.proposal_summary(proposal))
            short = sum(line.shortfall for line in lines)
            self.plan_summary.setText(self.tr(
                "{sets} item sets in {shipments} shipments; per courier: {loads}; short of stock: {short}.").format(
                sets=proposal.item_sets, shipments=len(proposal.shipments()), loads=loads or "—", short=short))

    def _courier(self, code: str) -> str:
        """The courier's name as every other page shows it (物流合作方一), its code if unknown."""
        return self.courier_names.get(code, code)

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
            self.plan_courier.addItem(self._courier(code), code)
        self.plan_courier.setCurrentIndex(self.plan_courier.findData(line.courier_code))

    def drop_line(self) -> None:
        row = self._plan_row()
        if row < 0:
            self.page.feedback.emit("error", self.tr("Choose a line of the proposal first."))
            return
        self.proposal = planning.drop_line(self.proposal, row)
        self._show_proposal()
        if self.proposal.lines:
            self.plan_table.selectRow(min(row, len(self.proposal.lines) - 1))

    def change_courier(self) -> None:
        row = self._plan_row()
        if row < 0:
            self.page.feedback.emit("error", self.tr("Choose a line of the proposal first."))
            return
        changed = self.page.attempt(lambda: planning.change_courier(self.proposal, row, self.plan_courier.currentData()))
        if changed is None:
            return
        self.proposal = changed
        self._show_proposal()
        self.plan_table.selectRow(row)

    def confirm_proposal(self) -> None:
        if self.proposal is None:
            return
        page, proposal = self.page, self.proposal
        done = page.attempt(lambda: planning.confirm(page.store, page.actor, proposal))
        if done is None:
            return
        self.confirmed.emit()
        if done.created:
            page.feedback.emit("ok", self.tr("{count} shipments planned with {sets} item sets allocated.").format(
                count=len(done.shipment_codes), sets=done.item_sets))
        else:
            page.feedback.emit("warn", self.tr("This proposal was confirmed before: nothing was added."))
