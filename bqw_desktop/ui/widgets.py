"""Small shared widgets: changing text, the result banner, the scan log, a read-only table model, fields for
codes and numbers (no input method) and the scan field."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt,
                            Signal)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPixmap, QRegion, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox, QTableView, QWidget


class ValueText(QWidget):
    """Text that changes with every scan (a code, a status, the banner).

    ``setText`` repaints this widget only. A QLabel asks the whole window to lay itself out again
    on every new text, which cost about 5 ms a scan here (bench/scan_latency.py). The size never
    follows the text: one line (elided) or, with ``lines`` > 1, that many wrapped lines.

    It paints its whole rectangle (``WA_OpaquePaintEvent``), so a new text repaints nothing beneath
    it: a see-through widget's update makes Qt repaint its ancestors under it first — on the
    Shipments page the window, tab panes and frames, up to 621×438 px on the first pack scan into a
    shipment (bench/pack_scan.py). What lies beneath (a tab pane, a group box: each a shade of its
    own) is drawn once into a pixmap by the ancestors themselves and drawn back under every new text;
    it is drawn again after the widget is shown, moved or resized or its look changes.
    """

    _BACKDROP_EVENTS = frozenset({QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.EnabledChange,
                                  QEvent.Type.ParentChange})

    def __init__(self, text: str = "", parent: QWidget | None = None, *, lines: int = 1, margin: int = 0) -> None:
        super().__init__(parent)
        self._text, self._lines, self._margin = text, lines, margin
        self._backdrop: QPixmap | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()

    def _fit_height(self) -> None:
        self.setFixedHeight(self._lines * self.fontMetrics().lineSpacing() + 2 * self._margin + 2)

    def setFont(self, font: QFont) -> None:  # noqa: N802 - Qt's name
        super().setFont(font)
        self._fit_height()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text != self._text:
            self._text = text
            self.update()

    def clear(self) -> None:
        self.setText("")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(120, self.height())

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize) or \
                event.type() in self._BACKDROP_EVENTS:
            self._backdrop = None
        return super().event(event)

    def _draw_backdrop(self) -> QPixmap:
        """What the ancestors paint under this widget (each one itself only, top-level first), as they
        would when repainting beneath a see-through widget."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.palette().color(QPalette.ColorRole.Window))
        ancestors, widget = [], self.parentWidget()
        while widget is not None:
            ancestors.append(widget)
            widget = None if widget.isWindow() else widget.parentWidget()
        for ancestor in reversed(ancestors):
            flags = QWidget.RenderFlag.DrawWindowBackground if ancestor.isWindow() else QWidget.RenderFlag(0)
            ancestor.render(pixmap, QPoint(0, 0), QRegion(QRect(self.mapTo(ancestor, QPoint(0, 0)), self.size())), flags)
        return pixmap

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        filled = self.autoFillBackground()  # a colour of its own (the banner): Qt leaves it to an opaque widget
        if not filled and self._backdrop is None:
            self._backdrop = self._draw_backdrop()
        painter = QPainter(self)
        if filled:
            painter.fillRect(self.rect(), self.palette().brush(self.backgroundRole()))
        else:
            painter.drawPixmap(0, 0, self._backdrop)
        area = self.rect().adjusted(self._margin, self._margin, -self._margin, -self._margin)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        if self._lines > 1:
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(area, flags, self._text)
        else:
            text = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


class Banner(ValueText):
    """A large coloured line saying what the last action did: green done, amber notice, red refused."""

    COLOURS = {"ok": ("#1b5e20", "#c8e6c9"), "warn": ("#6d4c00", "#ffe0a3"), "error": ("#b71c1c", "#ffcdd2"),
               "idle": ("#37474f", "#eceff1")}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, lines=2, margin=9)
        self.setAutoFillBackground(True)
        font = self.font()
        font.setPointSize(font.pointSize() + 4)
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)
        self.kind = "idle"
        self.show_message("idle", "")

    def show_message(self, kind: str, text: str) -> None:
        foreground, background = self.COLOURS[kind]
        self.kind = kind
        self.setText(text)
        # a palette, not a style sheet: a new style sheet per scan re-polishes and re-lays-out the window
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        self.setPalette(palette)
        self.update()


class ScanHistory(QPlainTextEdit):
    """The station's last ``size`` results, newest at the bottom, coloured like the banner.

    A log widget: appending a line paints one line (a list view re-measured all fifty per scan). Once
    full, a new line drops the oldest and the scroll bar ends where it was (at the bottom), but it
    moved on the way (the oldest line gone, then the new one shown): it is repainted only if it
    ended elsewhere — a 738 px Fusion scroll bar took 1.3-2.3 ms to paint, and Qt repainted the
    window, the dock and the frame beneath it first (bench/pack_scan.py).
    """

    def __init__(self, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setMaximumBlockCount(size)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def add(self, kind: str, line: str) -> None:
        foreground, background = Banner.COLOURS[kind]
        bar = self.verticalScrollBar()
        before = (bar.minimum(), bar.maximum(), bar.value(), bar.pageStep())
        bar.setUpdatesEnabled(False)  # its moves on the way ask for no repaint
        try:
            self.appendHtml(f'<span style="color:{foreground}; background:{background}">{html.escape(line)}</span>')
        finally:
            bar.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, False)  # setUpdatesEnabled would repaint it
        if (bar.minimum(), bar.maximum(), bar.value(), bar.pageStep()) != before:
            bar.update()

    def lines(self) -> list[str]:
        """The lines shown, oldest first."""
        text = self.toPlainText()
        return text.split("\n") if text else []


_DISPLAY, _ALIGNMENT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _cells(row: tuple) -> tuple[tuple[str, ...], tuple[int | None, ...]]:
    """A row as the table shows it: each value's text ("" for None) and alignment (numbers right)."""
    return (tuple("" if value is None else str(value) for value in row),
            tuple(_RIGHT if isinstance(value, int) else None for value in row))


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of tuples (small lists: a carton, a shipment, the shipments).

    Each row's texts and alignments are made when it is set: a view asks :meth:`data` about seven
    roles per cell it paints, so that is a look-up (a pack scan repaints the contents rows in sight).
    """

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple] = []
        self._texts: list[tuple[str, ...]] = []  # per row, as shown: from _cells
        self._aligns: list[tuple[int | None, ...]] = []
        self.keys: list[str] = []

    def _set(self, rows: list[tuple]) -> None:
        self._rows = rows
        cells = [_cells(row) for row in rows]
        self._texts = [texts for texts, _ in cells]
        self._aligns = [aligns for _, aligns in cells]

    def _put(self, number: int, row: tuple) -> None:
        self._rows[number] = row
        self._texts[number], self._aligns[number] = _cells(row)

    def _insert(self, number: int, rows: list[tuple]) -> None:
        cells = [_cells(row) for row in rows]
        self._rows[number:number] = rows
        self._texts[number:number] = [texts for texts, _ in cells]
        self._aligns[number:number] = [aligns for _, aligns in cells]

    def _delete(self, first: int, end: int) -> None:
        del self._rows[first:end], self._texts[first:end], self._aligns[first:end]

    def set_rows(self, rows: Sequence[tuple], keys: Sequence[str]) -> None:
        """Replace the rows; ``keys`` (one per row, e.g. its code) let views find a row again.

        Only what changed is redrawn, and the selection and current row stay (a periodic refresh must
        not move what the user chose): one row moved (an item set packed: from the pick list to the
        packed ones), rows whose key is new inserted, rows whose key is gone removed, changed values
        updated. Only keys in another order (or many scattered changes) reset the model — which also
        re-measures the columns, 0.1 s for 300 rows of 11 columns.
        """
        rows, keys = list(rows), list(keys)
        if keys != self.keys and not (self._move_or_insert(rows, keys) or self._insert_and_remove(rows, keys)):
            self.beginResetModel()
            self._set(rows)
            self.keys = keys
            self.endResetModel()
            return
        changed = [n for n, (old, new) in enumerate(zip(self._rows, rows)) if old != new]
        for n in changed:
            self._put(n, rows[n])
        self._rows_changed(changed)

    def update_in_place(self, rows: Sequence[tuple], keys: Sequence[str]) -> None:
        """:meth:`set_rows` where rows keep their places: when ``keys`` are the keys held in another
        order, the changed rows get their new values (and keys) in place, so a row that moved repaints
        only the rows between its two places that are in sight, one signal per row (:meth:`_rows_changed`;
        a selection stays on its row number).
        A move makes the view lay out and repaint all its rows in sight on the next pass of the event
        loop (2-3 ms a pack scan, bench/pack_scan.py). Other keys: as :meth:`set_rows`."""
        rows, keys = list(rows), list(keys)
        if len(keys) != len(self.keys) or set(keys) != set(self.keys):
            self.set_rows(rows, keys)
            return
        changed = [n for n, row in enumerate(rows) if row != self._rows[n] or keys[n] != self.keys[n]]
        for n in changed:
            self._put(n, rows[n])
        self.keys = keys
        self._rows_changed(changed)

    MOST_ROW_SIGNALS = 200

    def _rows_changed(self, numbers: list[int]) -> None:
        """Tell the views that rows ``numbers`` (ascending) changed: one ``dataChanged`` per row, so that
        a view repaints the changed rows in sight only. Given one span that runs out of sight, a
        QTableView repaints every row in sight (Qt 6): a pack scan whose moved rows were all below the
        pick list in sight repainted it whole, 3-5 ms (bench/pack_scan.py). Past ``MOST_ROW_SIGNALS``
        rows, one span (a refresh that changed much repaints what is in sight anyway)."""
        if not numbers:
            return
        last = len(self._headers) - 1
        if len(numbers) > self.MOST_ROW_SIGNALS:
            self.dataChanged.emit(self.index(numbers[0], 0), self.index(numbers[-1], last))
            return
        for n in numbers:
            self.dataChanged.emit(self.index(n, 0), self.index(n, last))

    def _insert_and_remove(self, rows: list[tuple], keys: list[str], most_runs: int = 20) -> bool:
        """Go from the shown keys to ``keys`` by removing and inserting runs of rows, if the keys kept
        keep their order and there are at most ``most_runs`` runs; whether it was done."""
        old, new = set(self.keys), set(keys)
        kept = [k for k in self.keys if k in new]
        if not kept or kept != [k for k in keys if k in old] or len(new) != len(keys) or len(old) != len(self.keys):
            return False
        removals = _runs([n for n, k in enumerate(self.keys) if k not in new])
        insertions = _runs([n for n, k in enumerate(keys) if k not in old])
        if len(removals) + len(insertions) > most_runs:
            return False
        for first, last in reversed(removals):
            self.beginRemoveRows(QModelIndex(), first, last)
            self._delete(first, last + 1)
            del self.keys[first:last + 1]
            self.endRemoveRows()
        for first, last in insertions:
            self.beginInsertRows(QModelIndex(), first, last)
            self._insert(first, rows[first:last + 1])
            self.keys[first:first] = keys[first:last + 1]
            self.endInsertRows()
        return True

    def _move_or_insert(self, rows: list[tuple], keys: list[str]) -> bool:
        """Move (with its old values) or insert (from ``rows``) the one row that makes the keys held
        ``keys``; False, changing nothing, when one move or insertion does not."""
        old = self.keys
        n = next((i for i, (a, b) in enumerate(zip(old, keys)) if a != b), min(len(old), len(keys)))
        if len(keys) == len(old) + 1 and keys[:n] + keys[n + 1:] == old:
            self.beginInsertRows(QModelIndex(), n, n)
            self._insert(n, [rows[n]])
            self.keys = keys
            self.endInsertRows()
            return True
        if len(keys) != len(old) or n == len(old) or set(keys) != set(old):
            return False
        for source, target in ((old.index(keys[n]), n), (n, keys.index(old[n]))):
            moved = old[:source] + old[source + 1:]
            moved.insert(target, old[source])
            if moved == keys:  # Qt's destination is a position in the old rows
                self.beginMoveRows(QModelIndex(), source, source, QModelIndex(),
                                   target + 1 if target > source else target)
                for cells in (self._rows, self._texts, self._aligns):
                    cells.insert(target, cells.pop(source))
                self.keys = keys
                self.endMoveRows()
                return True
        return False

    def replace_row(self, number: int, row: tuple) -> None:
        """Put ``row`` in place of row ``number`` (same key): no reset, the selection stays. Only the
        cells from the first to the last changed one repaint (a pack scan changes a shipment's count)."""
        changed = [n for n, (old, new) in enumerate(zip(self._rows[number], row)) if old != new]
        self._put(number, row)
        if changed:
            self.dataChanged.emit(self.index(number, changed[0]), self.index(number, changed[-1]))

    def prepend(self, row: tuple, key: str, limit: int) -> None:
        """Add ``row`` on top and drop rows past ``limit`` (histories: no reset, no re-measuring)."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._insert(0, [row])
        self.keys.insert(0, key)
        self.endInsertRows()
        if len(self._rows) > limit:
            self.beginRemoveRows(QModelIndex(), limit, len(self._rows) - 1)
            self._delete(limit, len(self._rows))
            del self.keys[limit:]
            self.endRemoveRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> object:
        # called about seven times per cell painted (one per role the delegate asks): the roles not
        # served return at once, the others are a look-up in what _cells made
        if role == _DISPLAY:
            cells = self._texts
        elif role == _ALIGNMENT:
            cells = self._aligns
        else:
            return None
        row = index.row()
        return cells[row][index.column()] if row >= 0 else None  # row -1: an invalid index

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def row_of(self, key: str) -> int:
        return self.keys.index(key) if key in self.keys else -1


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Ascending ``numbers`` as (first, last) runs of consecutive ones."""
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


class Table(QTableView):
    """A table whose columns are sized to the rows in sight whenever its model is reset.

    A hidden table (a tab not shown) is sized when it is next shown: Qt measures every row of a hidden
    table, whatever the header's precision — 82 s on the GUI thread for a 100,000-line manifest chosen
    while the Manifest tab was not shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_when_shown = False

    def fit_columns(self) -> None:
        if self.isVisible():
            self._fit()
        else:
            self._fit_when_shown = True

    def _fit(self) -> None:
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        if header.stretchLastSection():  # sized to its contents just now: it fills the rest again only when asked
            header.setStretchLastSection(False)
            header.setStretchLastSection(True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._fit_when_shown:
            self._fit_when_shown = False
            self._fit()


def make_table(model: RowsModel, parent: QWidget | None = None) -> Table:
    """A table view for ``model``: whole-row selection, columns sized to their contents."""
    view = Table(parent)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    # sized once per new content: ResizeToContents would measure every cell again on each repaint
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    # measured on the rows in sight only: 76 rows took 27 ms a reset (a pack scan's contents), these 5 ms
    view.horizontalHeader().setResizeContentsPrecision(0)
    model.modelReset.connect(view.fit_columns)
    return view


class NoInputMethod:
    """Mixin for a field of codes and numbers (tracking number, weight, GTIN, carton no., quantity): it
    takes no input method.

    With IBus Pinyin active a field that asks for an input method gets composed candidates: a scan of
    "SF1234567890123" arrived as "SF234567890123" (the "1" picked a candidate) and "sf…" became
    "司法…". ``WA_InputMethodEnabled`` and ``inputMethodHints`` did not stop that; a widget whose
    ``inputMethodQuery(ImEnabled)`` says False gets the exact keys (TRAPS, keyboard-wedge scanners).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)

    def inputMethodQuery(self, query: Qt.InputMethodQuery) -> object:  # noqa: N802 - Qt's name
        if query == Qt.InputMethodQuery.ImEnabled:
            return False
        return super().inputMethodQuery(query)


class CodeField(NoInputMethod, QLineEdit):
    """A line edit for codes and numbers, without an input method (:class:`NoInputMethod`)."""


class CountBox(NoInputMethod, QSpinBox):
    """A whole-number spin box (a quantity, pieces), without an input method (:class:`NoInputMethod`)."""


def show_unless_edited(field: QLineEdit, text: str) -> None:
    """Show ``text`` (a stored value re-read by a refresh) unless the user is at the field: it has the
    focus or holds typed text not yet saved. A refresh must never change what someone is typing."""
    if field.hasFocus() or field.isModified():
        return
    field.setText(text)


class ScanField(CodeField):
    """Where a code can be typed by hand (then Enter) when a label will not scan; emits ``scanned(text)``.

    Scanner bursts never reach it (``ScannerInput`` takes them first). It takes no input method
    (:class:`CodeField`).
    """

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.returnPressed.connect(self._emit)

    def _emit(self) -> None:
        code = self.text().strip()
        self.clear()
        if code:
            self.scanned.emit(code)
