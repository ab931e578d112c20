"""The receipt the Intake page receives into, shared by its panels (their narrow interface to the page)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...services.receiving import ReceiptView


class ChosenReceipt(QObject):
    """``id`` of the receipt chosen at the top of the Intake page (``None``: none) and ``info``, its summary
    as last read. The page sets both; a panel only reads them and asks through the signals:
    ``opened(id)`` a new receipt was opened (the page chooses it), ``changed()`` what the receipt holds
    changed (a manifest stored, a carton or item sets added: the page re-reads its summary)."""

    opened = Signal(int)
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.id: int | None = None
        self.info: ReceiptView | None = None
