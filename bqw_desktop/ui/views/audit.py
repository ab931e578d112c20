"""The auditor's page (审计): the audit trail's verification and export, and the whole history of one
item set, carton, shipment or package, scanned or typed.

Verifying walks the whole chain and exporting writes every event: both can take seconds on a big
store, so they run in the page's own worker thread (:class:`~..background.Reader`), one at a time, and
never hold up the window's refreshes. A history is read in that thread too, and read again when the
store changes while the page is shown (the window's poll).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...domain.events import ACTION_LABELS, FEN_ACTIONS, GRAMS_ACTIONS, STATE_LABELS
from ...domain.identifiers import CodeKind
from ...domain.scanning import Scan, ScanKind
from ...services import audit
from ...services.history import History, HistoryRow, history
from ...services.shipping_reports import fen_text
from .. import dialogs
from ..background import Outcome, Reader
from ..i18n import error_text, term
from ..widgets.fields import CodeField
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table
from .base import View

_GREEN, _RED = "#1b5e20", "#b71c1c"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditView", text)


def _value(row: HistoryRow, value: str | None) -> str:
    """``before`` or ``after`` as shown: a state's label, a weight in kg, a cost in yuan, else as recorded."""
    if value is None:
        return "—"
    if value.isdigit() and row.action in GRAMS_ACTIONS:
        return _tr("{kg} kg").format(kg=f"{int(value) / 1000:g}")
    if value.isdigit() and row.action in FEN_ACTIONS:
        return _tr("¥{yuan}").format(yuan=fen_text(int(value)))
    label = STATE_LABELS.get(row.entity_kind, {}).get(value)
    return term(label) if label else value


def shown_rows(found: History) -> list[tuple]:
    """The table's rows for ``found``: local time, person, station, action, recorded on, before → after,
    detail."""
    rows = []
    for row in found.rows:
        label = ACTION_LABELS.get(row.action)
        change = "" if row.before is None and row.after is None else f"{_value(row, row.before)} → {_value(row, row.after)}"
        rows.append((row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), row.actor, row.station,
                     term(label) if label else row.action, row.entity_code, change, row.detail or ""))
    return rows


class AuditView(View):
    """The verification result and export above, a code field and its history below."""

    accepts = frozenset({ScanKind.ITEM_SET, ScanKind.CARTON, ScanKind.SHIPMENT, ScanKind.PACKAGE})
    work_page = False

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.asked: str | None = None  # the code whose history is shown
        self.shown: str | None = None  # the code of the thing whose history it is (a package's shipment)
        self.worker = Reader(self)
        QCoreApplication.instance().aboutToQuit.connect(self.worker.wait)  # before the store is closed

        trail = QGroupBox(self.tr("Audit trail (操作日志)"))
        self.verify_button = QPushButton(self.tr("Verify the audit trail"))
        self.export_button = QPushButton(self.tr("Export the audit trail (CSV)…"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        self.result = QLabel(self.tr("Not verified yet: press “Verify the audit trail”."))
        self.result.setWordWrap(True)
        font = self.result.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.result.setFont(font)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch()
        box = QVBoxLayout(trail)
        box.addLayout(buttons)
        box.addWidget(self.result)

        self.code = CodeField()
        self.code.setPlaceholderText(self.tr("Scan or type the code of an item set, carton, shipment or package"))
        self.code.returnPressed.connect(lambda: self.show_history(self.code.text()))
        self.show_button = QPushButton(self.tr("Show history"))
        self.show_button.clicked.connect(lambda: self.show_history(self.code.text()))
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.show_button)
        self.subject = QLabel(self.tr("Scan a label to see everything that happened to it."))
        self.rows = RowsModel([self.tr("Time"), self.tr("Person"), self.tr("Station"), self.tr("Action"),
                               self.tr("Recorded on"), self.tr("Before → after"), self.tr("Detail")])
        self.table = make_table(self.rows)

        layout = QVBoxLayout(self)
        layout.addWidget(trail)
        layout.addLayout(code_row)
        layout.addWidget(self.subject)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Audit")

    # --- verification and export -----------------------------------------------------------------

    def verify(self) -> None:
        """Walk the whole chain in the worker thread; the result shows green (intact) or red (broken)."""
        self.verify_button.setEnabled(False)
        self._show_result(None, self.tr("Verifying the audit trail…"))
        store = self.store
        self.worker.run(lambda: audit.verify(store), self._verified)

    def _verified(self, outcome: Outcome) -> None:
        self.verify_button.setEnabled(True)
        result = self.attempt(outcome)
        if result is None:
            self._show_result(None, self.tr("Not verified: see the message above."))
            return
        checked = datetime.now().strftime("%H:%M:%S")
        if result.intact:
            self._show_result(_GREEN, self.tr("Intact: {count} event(s), the last #{id} (verified at {time}).").format(
                count=result.count, id=result.head_id, time=checked))
            self.feedback.emit("ok", self.tr("The audit trail is intact."))
        else:
            self._show_result(_RED, self.tr("{broken} {count} event(s) before it are intact (verified at {time}).").format(
                broken=error_text(result.broken), count=result.count, time=checked))
            self.feedback.emit("error", error_text(result.broken))

    def _show_result(self, colour: str | None, text: str) -> None:
        palette = self.palette()
        if colour is not None:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self.result.setPalette(palette)
        self.result.setText(text)

    def export(self) -> None:
        """Ask where, then write every event as CSV (``audit.export_csv``) in the worker thread."""
        path = dialogs.ask_save_csv(self, self.tr("audit-trail.csv"))
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        self.export_button.setEnabled(False)
        store = self.store

        def done(outcome: Outcome) -> None:
            self.export_button.setEnabled(True)
            count = self.attempt(outcome)
            if count is not None:
                self.feedback.emit("ok", self.tr("Exported {count} event(s) to {path}").format(count=count, path=path))

        self.worker.run(lambda: audit.export_csv(store, Path(path)), done)

    # --- history ---------------------------------------------------------------------------------

    def on_scan(self, scan: Scan) -> None:
        self.code.setText(scan.text)
        self.show_history(scan.text)

    def show_history(self, text: str) -> None:
        """Read and show the history of the code ``text`` (in the worker thread); a bad or unknown code
        goes to the banner and the history shown stays."""
        text = text.strip()
        if not text:
            return
        read = self._history_read(text)

        def done(outcome: Outcome) -> None:
            shown = self.attempt(outcome)
            if shown is not None:
                self.asked = shown[0].asked
                self.show_read(shown)
                self.feedback.emit("ok", self.subject.text())

        self.showed_own_write()  # a refresh begun before shows the code asked before: dropped
        self.worker.run(read, done)

    def _history_read(self, code: str) -> Callable[[], tuple[History, list[tuple]]]:
        store = self.store

        def read() -> tuple[History, list[tuple]]:
            found = history(store, code)
            return found, shown_rows(found)
        return read

    def read(self) -> Callable[[], tuple[History, list[tuple]] | None]:
        return self._history_read(self.asked) if self.asked else lambda: None

    def show_read(self, data: tuple[History, list[tuple]] | None) -> None:
        if data is None:
            return
        found, rows = data
        self.rows.set_rows(rows, [str(row.id) for row in found.rows])
        if found.code != self.shown:  # another thing's rows, which may share events with the last: sized anew
            self.shown = found.code
            self.table.fit_columns()
        if found.kind is CodeKind.SHIPMENT and found.asked != found.code:
            text = self.tr("Package {package} is in shipment {code}: the shipment's history, {count} event(s).")
        else:
            text = self.tr("History of {code}: {count} event(s), oldest first.")
        self.subject.setText(text.format(package=found.asked, code=found.code, count=len(rows)))
