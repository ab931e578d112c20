"""Text that changes with every scan: a value, the result banner and the scan log."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPixmap, QRegion
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


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
