"""What the window says about an error: the person's problem in their language, or an internal error
with its trace logged (the classification is :func:`..store.errors.user_error`, shared with the CLI)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ..store.database import Store
from ..store.errors import user_error
from . import dialogs
from .i18n import error_text

log = logging.getLogger(__name__)


def problem_text(error: BaseException, store_path: Path | None, *, writing: bool = False) -> str:
    """What a message box says about ``error``: the person's problem in their language (see
    :func:`.errors.user_error`), else an internal error, its trace logged."""
    known = user_error(error, store_path, writing=writing)
    if known is not None:
        log.error("refused: %s", error)
        return error_text(known)
    log.error("internal error", exc_info=error)
    return QCoreApplication.translate("Application", "Internal error: the last action may not have been completed. "
                                                     "See the log.")


def report_uncaught(store: Store) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """A ``sys.excepthook`` for the window on ``store``: an exception no page caught is shown in a message
    box, as the person's problem when it is one (a full disk, a locked store), else as an internal error
    with its trace logged; the window goes on."""
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        dialogs.show_error(QApplication.activeWindow(), "BQW Desktop", problem_text(error, store.sqlite_path))

    return hook
