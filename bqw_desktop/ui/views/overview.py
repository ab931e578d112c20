"""The live pipeline overview: counts per stage straight from the database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue import CATEGORY_LABELS
from ...domain.lifecycle import ITEM_SET_STAGES, ITEM_SET_STATUS_LABELS, SHIPMENT_STATUS_LABELS, ShipmentStatus
from ...services import overview
from ...queries.rows import Pipeline
from ..i18n import term
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table
from .base import View


class _Counter(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(120)
        layout = QVBoxLayout(self)
        self.value = QLabel("0")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.value.font()
        font.setPointSize(font.pointSize() * 2 + 4)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class OverviewView(View):
    """Cartons, item sets and every stage of the pipeline, plus shipments by status."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        layout = QVBoxLayout(self)
        totals = QHBoxLayout()
        self.cartons = _Counter(self.tr("inbound cartons"))
        self.item_sets = _Counter(self.tr("item sets"))
        totals.addWidget(self.cartons)
        totals.addWidget(self.item_sets)
        totals.addStretch()
        layout.addLayout(totals)

        stages = QGroupBox(self.tr("Item sets by stage"))
        grid = QGridLayout(stages)
        self.stages = {}
        for column, status in enumerate(ITEM_SET_STAGES):
            counter = _Counter(term(ITEM_SET_STATUS_LABELS[status]))
            self.stages[status] = counter
            grid.addWidget(counter, 0, column)
        layout.addWidget(stages)

        shipments = QGroupBox(self.tr("Shipments by status"))
        row = QHBoxLayout(shipments)
        self.shipments = {}
        for status in ShipmentStatus:
            counter = _Counter(term(SHIPMENT_STATUS_LABELS[status]))
            self.shipments[status] = counter
            row.addWidget(counter)
        row.addStretch()
        layout.addWidget(shipments)

        categories = QGroupBox(self.tr("Item sets by category and stage"))
        self.categories = RowsModel([self.tr("Category"), *(term(ITEM_SET_STATUS_LABELS[s]) for s in ITEM_SET_STAGES),
                                     self.tr("Total")])
        table = make_table(self.categories)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(categories).addWidget(table)
        layout.addWidget(categories, 1)

    def title(self) -> str:
        return self.tr("Overview")

    def read(self) -> Callable[[], Pipeline]:
        store = self.store
        return lambda: overview.pipeline(store)

    def show_read(self, counts: Pipeline) -> None:
        self.cartons.value.setText(f"{counts.cartons:,}")
        self.item_sets.value.setText(f"{counts.item_sets:,}")
        for status, counter in self.stages.items():
            counter.value.setText(f"{counts.stages[status]:,}")
        for status, counter in self.shipments.items():
            counter.value.setText(f"{counts.shipments[status]:,}")
        self.categories.set_rows(
            [(term(CATEGORY_LABELS[category]), *stages.values(), sum(stages.values()))
             for category, stages in counts.by_category.items()],
            [category.value for category in counts.by_category],
        )
