"""Keystrokes as a keyboard-wedge scanner sends them: like a US keyboard, Shift pressed and released
around every capital letter and shifted symbol."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ENTER, TAB = Qt.Key.Key_Return, Qt.Key.Key_Tab
_SHIFTED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ*~!@#$%^&()_+{}|:\"<>?")


def _send(kind: QEvent.Type, key: int, modifiers: Qt.KeyboardModifier, text: str) -> None:
    QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(kind, key, modifiers, text))


def scanner_types(text: str, suffix: Qt.Key | None = ENTER) -> None:
    """Type ``text`` into whatever has the focus as fast as a scanner does, then the suffix key."""
    type_keys(text)
    if suffix is not None:
        QTest.keyClick(QApplication.focusWidget(), suffix)


def type_keys(text: str, gap_ms: int = 0) -> None:
    """The key events of ``text`` for whatever has the focus, ``gap_ms`` apart (0: a scanner's burst;
    50: a person, slower than the scanner input's threshold)."""
    for char in text:
        if gap_ms:
            QTest.qWait(gap_ms)
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
    """Type ``text`` like a person (50 ms between keys, slower than a scanner) into whatever has the focus,
    then wait until the scanner input has handed the keys on to it (on a loaded machine its 40 ms timer
    can fire after a fixed wait is over)."""
    from bqw_desktop.ui.scanner import ScannerInput

    type_keys(text, gap_ms=50)
    scanners = [s for w in QApplication.topLevelWidgets() for s in w.findChildren(ScannerInput)]
    for _ in range(1000):  # 5 s at most
        if not any(s.holding for s in scanners):
            return
        QTest.qWait(5)
    raise AssertionError("the scanner input still holds the keys typed 5 s ago")
