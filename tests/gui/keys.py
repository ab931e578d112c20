"""Keystrokes as a keyboard-wedge scanner sends them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ENTER, TAB = Qt.Key.Key_Return, Qt.Key.Key_Tab


def key_event(char: str) -> QKeyEvent:
    """The key press a keyboard wedge produces for ``char`` (control and full-width characters too)."""
    key = ord(char.upper()) if char.isascii() and char.isprintable() else Qt.Key.Key_unknown
    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)


def scanner_types(text: str, suffix: Qt.Key | None = ENTER) -> None:
    """Type ``text`` into whatever has the focus as fast as a scanner does, then the suffix key."""
    for char in text:
        QApplication.sendEvent(QApplication.focusWidget(), key_event(char))
    if suffix is not None:
        QTest.keyClick(QApplication.focusWidget(), suffix)
