"""The Reports tab of the Shipments page: spend per courier against the budget, the overdue shipments
and the time item sets spent in each stage."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.lifecycle import ITEM_SET_STATUS_LABELS, ItemSetStatus
from ...services import shipping_reports
from ...services.shipping_reports import days_text, fen_text
from ..i18n import term
from ..views.base import View
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table


class ShipmentReports(QWidget):
    """Three tables and the budget line; :meth:`show_report` fills them (it reads overdue shipments and
    stage times, so only while the tab is in sight)."""

    def __init__(self, page: View) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
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

    def show_report(self, report: shipping_reports.SpendReport, budget_text: str, overdue_days: int) -> None:
        """Show ``report`` with ``budget_text`` (the list's budget line) and the shipments with the courier
        more than ``overdue_days`` days."""
        store = self.page.store
        self.spend.set_rows([(c.name, c.shipments, c.costed, fen_text(c.actual_fen), fen_text(c.estimate_fen))
                             for c in report.couriers], [c.code for c in report.couriers])
        self.budget_label.setText(budget_text)
        late = shipping_reports.overdue_shipments(store, overdue_days)
        self.overdue.set_rows([(o.code, o.courier, o.destination, o.tracking_number,
                                o.handed_over_at.astimezone().strftime("%Y-%m-%d %H:%M"), o.days) for o in late],
                              [o.code for o in late])
        times = shipping_reports.stage_times(store)
        average = shipping_reports.average_stage_times(times)
        entered = {stage: sum(1 for t in times if stage in t.stages) for stage in average}
        order = [s.value for s in ItemSetStatus if s.value in average]
        self.all_stages.set_rows([(term(ITEM_SET_STATUS_LABELS[ItemSetStatus(s)]), days_text(average[s]), entered[s])
                                  for s in order], order)
