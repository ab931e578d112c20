"""Reads off the GUI thread, their results back on it (as MusicBrainz Picard's ``util/thread.py``).

A page's periodic re-read of the store took 126–206 ms on the GUI thread at the 100× drive; meanwhile
no key was handled, so a scanner's burst arrived split ("IS" in one field, "ISIS000094G" next). Here
the read runs in one worker thread and only showing its result runs on the GUI thread. Tests set
:attr:`Reader.threaded` to False: the read then runs at once, in order, on the calling thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

#: what a reader hands back: returns the read value, or raises what the read raised
Outcome = Callable[[], Any]


def _value(value: Any) -> Outcome:  # noqa: ANN401 - any plain value a read returns
    return lambda: value


def _raise(error: BaseException) -> Outcome:
    def outcome() -> Any:  # noqa: ANN401
        raise error
    return outcome


class _Task(QRunnable):
    def __init__(self, read: Callable[[], Any], deliver: Callable[[Outcome], None]) -> None:
        super().__init__()
        self._read, self._deliver = read, deliver

    def run(self) -> None:
        try:
            outcome = _value(self._read())
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which reports it
            outcome = _raise(error)
        try:
            self._deliver(outcome)
        except RuntimeError:  # the reader was deleted meanwhile (its window closed): nobody to tell
            pass


class Reader(QObject):
    """Runs store reads one at a time in a worker thread; ``done(outcome)`` is called on the GUI thread.

    A read must use its own sessions and plain values only (no widget, no live ORM object).
    """

    threaded = True
    _delivered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # reads queue behind each other, never pile up in parallel
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(self, read: Callable[[], Any], done: Callable[[Outcome], None]) -> None:
        """Run ``read()``; then ``done(outcome)`` on this object's (the GUI) thread."""
        if not self.threaded:
            try:
                outcome = _value(read())
            except Exception as error:  # noqa: BLE001 - reported by ``done``
                outcome = _raise(error)
            done(outcome)
            return
        self._pool.start(_Task(read, lambda outcome: self._delivered.emit((done, outcome))))

    @Slot(object)
    def _deliver(self, item: tuple[Callable[[Outcome], None], Outcome]) -> None:
        done, outcome = item
        done(outcome)

    def wait(self) -> None:
        """Let the running read finish (before the store is closed)."""
        self._pool.waitForDone()
