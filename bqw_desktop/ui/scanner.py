"""One scanner input for the whole application: keystroke bursts become ``scanned(code)``.

A USB keyboard-wedge scanner "types" a code in a burst — a character every few milliseconds — then
Enter, Tab or ETX. People type far slower. This filter sits on the QApplication and watches the key
(and input-method) events meant for the focused widget of the window it serves:

* the first character is held back for ``max_key_gap_ms``; if the next one follows that fast, it is a
  scan and every character of the burst is swallowed (the widget never sees it, so an Enter suffix
  cannot press the focused button or a dialog's default button — case C07 — and a Tab suffix cannot
  move the focus); otherwise the held character is handed on to the widget, unchanged;
* a pause inside a burst of up to ``max_pause_ms`` (``max_pauses`` times) does not split the scan;
* characters committed by an input method count like keys, and every one restarts the timers; while a
  burst is held, the input method's composing text (pre-edit) is swallowed too, so nothing of a scan
  lands in the focused field, whatever field it is;
* a burst that ends without a terminator is a scan too, once ``max_pause_ms`` has passed;
* a burst that starts right after typed characters (a person's "2", then a scan) starts a new hold:
  the typed characters go to the widget, the burst stays whole;
* gaps are measured with the keys' window-system times when they have them, so keys that waited
  while the GUI thread was busy still count as the burst they were; otherwise by ``ScannerInput.clock``
  (``time.monotonic``; tests put in one that moves only when their keys say so).

Views never read keystrokes: they get ``scanned`` (cleaned by ``domain.scanning.clean_scan``).
``user_input`` says a person acted (typed a key that was not part of a scan, or pressed a mouse
button in the window): the main window's double-read check must not swallow a scan after that (C10).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ..domain.scanning import ETX, clean_scan

_TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
_SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
                  Qt.Key.Key_CapsLock}


@dataclass
class ScannerSettings:
    """How scans are told from typing (milliseconds) and what the scanner adds around a code.

    Stored per station in QSettings under ``scanner/``.
    """

    max_key_gap_ms: int = 40  # scanners: 1–20 ms per character; people rarely type two keys this fast
    max_pause_ms: int = 250  # a USB or Bluetooth hiccup inside one scan
    max_pauses: int = 2
    min_length: int = 3
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def load(cls) -> ScannerSettings:
        settings, defaults = QSettings(), cls()
        values = {}
        for name, default in vars(defaults).items():
            value = settings.value(f"scanner/{name}", default)
            values[name] = int(value) if isinstance(default, int) else str(value)
        return cls(**values)


@dataclass
class _Held:
    """A key or input-method event held back until we know whether it is part of a scan."""

    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    commit: bool  # came as an input-method commit string


class ScannerInput(QObject):
    """The application-wide scan capture for ``window`` (the main window, or a dialog of its own such as
    the sign-in); emits ``scanned(code)`` per scan."""

    scanned = Signal(str)
    user_input = Signal()

    #: when a key arrives, in seconds (monotonic); replaceable on the class or on one scanner input
    clock: Callable[[], float] = staticmethod(time.monotonic)

    def __init__(self, window: QWidget, settings: ScannerSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings or ScannerSettings.load()
        self._held: list[_Held] = []
        self._scanning = False
        self._pauses = 0
        self._last = 0.0
        self._last_stamp = 0  # the window system's time of the last key (ms), 0 when unknown
        self._target: QWidget | None = None
        self._replaying = False
        self._swallowed_keys: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._end_held)
        QApplication.instance().installEventFilter(self)

    @property
    def holding(self) -> bool:
        """Whether keys are held back, not yet known to be a scan or typing (for at most
        ``max_key_gap_ms``, or ``max_pause_ms`` inside a scan)."""
        return bool(self._held)

    def detach(self) -> None:
        """Stop listening (the window is closing)."""
        QApplication.instance().removeEventFilter(self)

    # -- the filter ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            if isinstance(watched, QWidget) and watched.window() is self.window:
                self.user_input.emit()
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
                        QEvent.Type.InputMethod):
            return False
        if self._replaying or not self._serves(watched):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            if self._held:  # inside a burst, no key may trigger a shortcut
                event.accept()
                return True
            return False
        if kind == QEvent.Type.KeyRelease:
            if event.key() in self._swallowed_keys:
                self._swallowed_keys.discard(event.key())
                return True
            return False
        if kind == QEvent.Type.InputMethod:
            text = event.commitString()
            if not text:  # composing (pre-edit) only: inside a burst it is part of the scan, not the field's
                return bool(self._held)
            return self._characters(watched, [_Held(0, Qt.KeyboardModifier.NoModifier, c, True) for c in text])
        passed_on = not self._key(watched, event)
        if passed_on and event.key() not in _MODIFIER_KEYS:
            self.user_input.emit()  # a person's key (Enter, Backspace, a shortcut…) reached the window
        return not passed_on

    def _serves(self, watched: QObject) -> bool:
        """Only the first delivery, to the focused widget of our window (not its parents or the QWindow),
        and only while no other window is modal (our window may be: the sign-in dialog takes badges)."""
        return (isinstance(watched, QWidget) and watched is QApplication.focusWidget()
                and watched.window() is self.window and QApplication.activeModalWidget() in (None, self.window))

    def _key(self, watched: QWidget, event: QKeyEvent) -> bool:
        key, text = event.key(), event.text()
        if key in _MODIFIER_KEYS:  # a wedge presses Shift for every capital: part of the burst, not typing
            return False
        if event.modifiers() & _SHORTCUT_MODIFIERS:
            self._hand_on()
            return False
        if key in _TERMINATORS or text == ETX:
            if self._scanning:
                self._swallowed_keys.add(key)
                self._finish()
                return True
            self._hand_on()
            return False
        if len(text) == 1 and (text.isprintable() or text in "\x02\x1d"):
            self._swallowed_keys.add(key)
            return self._characters(watched, [_Held(key, event.modifiers(), text, False)], event.timestamp())
        self._hand_on()  # arrows, Backspace, F-keys: a person is at the keyboard
        return False

    def _characters(self, watched: QWidget, chars: list[_Held], stamp: int = 0) -> bool:
        """Hold ``chars`` (typed, or committed by an input method); ``stamp``: the key's window-system time
        in ms (0 unknown). That time, not when the GUI thread got round to the key, tells a burst: keys
        that waited out a busy GUI thread come all at once, but their stamps keep the scanner's pace."""
        now = self.clock()
        gap_ms = (now - self._last) * 1000
        if stamp and self._last_stamp and 0 <= stamp - self._last_stamp < gap_ms:
            gap_ms = stamp - self._last_stamp
        self._last, self._last_stamp = now, stamp
        if self._held:
            if gap_ms <= self.settings.max_key_gap_ms:
                self._scanning = True
            elif self._scanning and gap_ms <= self.settings.max_pause_ms and self._pauses < self.settings.max_pauses:
                self._pauses += 1
            else:  # too slow to belong to what is held, which is over (a scan, or typing); these start anew
                self._end_held()
                self._swallowed_keys.clear()
                self._swallowed_keys.update(c.key for c in chars if not c.commit)
        if not self._held:
            self._target = watched
        self._held.extend(chars)
        self._timer.start(self.settings.max_pause_ms if self._scanning else self.settings.max_key_gap_ms)
        return True

    def _end_held(self) -> None:
        """Nothing more came in time: what is held is a scan, or was typed."""
        if self._scanning and len(self._held) >= self.settings.min_length:
            self._finish()  # a scanner set to send no terminator
        else:
            self._hand_on()

    def _finish(self) -> None:
        raw = "".join(h.text for h in self._held)
        self._reset()
        code = clean_scan(raw, self.settings.prefix, self.settings.suffix)
        if code:
            self.scanned.emit(code)

    def _reset(self) -> None:
        self._timer.stop()
        self._held = []
        self._scanning = False
        self._pauses = 0

    def _hand_on(self) -> None:
        """Give the held characters to the widget they were typed into, as they came."""
        held, target = self._held, self._target
        self._reset()
        if not held:
            return
        self.user_input.emit()  # typed by a person
        if target is None or not shiboken6.isValid(target):  # the widget may be gone by now
            return
        widget = target
        self._replaying = True
        try:
            for item in held:
                if item.commit:
                    event = QInputMethodEvent()
                    event.setCommitString(item.text)
                    QApplication.sendEvent(widget, event)
                else:
                    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, item.key, item.modifiers, item.text))
                    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, item.key, item.modifiers, item.text))
        finally:
            self._replaying = False
