"""Keystrokes as a keyboard-wedge scanner sends them: like a US keyboard, Shift pressed and released
around every capital letter and shifted symbol; and as a person types them.

Time between keys is :data:`CLOCK`'s, not the machine's: tests/gui/conftest.py makes it the clock of every
scanner input, and the typing here moves it on, a scanner's 5 ms or a person's 50 ms per key, so a loaded
machine never turns a scan into typing. The scanner input's own timers (when a held key or a burst without
terminator ends) still run on real time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ENTER, TAB = Qt.Key.Key_Return, Qt.Key.Key_Tab
_SHIFTED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ*~!@#$%^&()_+{}|:\"<>?")
SCANNER_GAP_MS = 5  # scanners: 1–20 ms per character
PERSON_GAP_MS = 50  # slower than the scanner input's 40 ms


class Clock:
    """A monotonic clock in seconds that moves only when told."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms / 1000


CLOCK = Clock()


def _send(kind: QEvent.Type, key: int, modifiers: Qt.KeyboardModifier, text: str) -> None:
    QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(kind, key, modifiers, text))


def scanner_types(text: str, suffix: Qt.Key | None = ENTER) -> None:
    """Type ``text`` into whatever has the focus as fast as a scanner does, then the suffix key."""
    type_keys(text)
    if suffix is not None:
        QTest.keyClick(QApplication.focusWidget(), suffix)


def type_keys(text: str, gap_ms: int = SCANNER_GAP_MS) -> None:
    """The key events of ``text`` for whatever has the focus, ``gap_ms`` apart on :data:`CLOCK` (a scanner's
    burst unless told; :data:`PERSON_GAP_MS`: a person, slower than the scanner input's threshold)."""
    for char in text:
        CLOCK.advance(gap_ms)
        key = ord(char.upper()) if char.isascii() and char.isprintable() else Qt.Key.Key_unknown
        shift = char in _SHIFTED
        modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        if shift:
            _send(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier, "")
        _send(QEvent.Type.KeyPress, key, modifiers, char)
        _send(QEvent.Type.KeyRelease, key, modifiers, char)
        if shift:
            _send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier, "")


def person_types(text: str) -> None:
    """Type ``text`` like a person (:data:`PERSON_GAP_MS` between keys) into whatever has the focus, then
    wait until the scanner input has handed the last key on to it (its hold timer runs on real time)."""
    from bqw_desktop.ui.scanner import ScannerInput

    type_keys(text, gap_ms=PERSON_GAP_MS)
    CLOCK.advance(PERSON_GAP_MS)
    scanners = [s for w in QApplication.topLevelWidgets() for s in w.findChildren(ScannerInput)]
    for _ in range(1000):  # 5 s at most
        if not any(s.holding for s in scanners):
            return
        QTest.qWait(5)
    raise AssertionError("the scanner input still holds the keys typed 5 s ago")


def scan(qtbot, window, code: str) -> None:  # noqa: ANN001 - pytest-qt's qtbot, the main window
    """``code`` typed into the window's scan field as one burst, then Enter."""
    window.scan_field.setFocus()
    qtbot.keyClicks(window.scan_field, code)
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Return)
