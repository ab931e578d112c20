"""What every view shares: the store and actor, feedback to the banner, scans it does not take."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from ...domain.errors import DomainError
from ...domain.identifiers import KIND_LABELS, Code, parse_code
from ...services.context import Actor
from ...store.database import Store
from ..i18n import error_text, term

log = logging.getLogger(__name__)
T = TypeVar("T")


class View(QWidget):
    """A page of the main window.

    Signals: ``changed`` after this view wrote to the store (others refresh); ``feedback(kind, text)``
    for the banner, kind one of ``ok``, ``warn``, ``error``.
    """

    changed = Signal()
    feedback = Signal(str, str)

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-read what the view shows from the store."""

    def handle_scan(self, code: str) -> None:
        """A scanned code arrived while this view is shown: parse it, then hand it to :meth:`on_scan`.

        A code that is not ours, or has a wrong check character, goes to the banner and no further.
        """
        parsed = self.attempt(lambda: parse_code(code))
        if parsed is not None:
            self.on_scan(parsed)

    def on_scan(self, code: Code) -> None:
        """A well-formed code for this view; the default takes none."""
        self.refuse_scan(code)

    def refuse_scan(self, code: Code) -> None:
        """Say what ``code`` is and that it does not belong here; change nothing."""
        self.feedback.emit(
            "error",
            QCoreApplication.translate("View", "{code} is {kind}: it cannot be used on this page.").format(
                code=code.text, kind=term(KIND_LABELS[code.kind])
            ),
        )

    def attempt(self, action: Callable[[], T]) -> T | None:
        """Run a service call; a refused action goes to the banner in red and returns ``None``."""
        try:
            return action()
        except DomainError as error:
            self.feedback.emit("error", error_text(error))
        except Exception:  # a bug: keep the window and the user's data, say so, log the trace
            log.exception("internal error")
            self.feedback.emit("error", QCoreApplication.translate("View", "Internal error: the action was not saved. See the log."))
        return None
