"""Fields for codes and numbers (no input method) and the scan field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget


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
