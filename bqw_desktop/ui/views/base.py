"""What every view shares: the store and the person acting, feedback to the banner, scans and undo."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from ...domain import roles
from ...domain.errors import AlreadyDone, DomainError
from ...domain.scanning import Scan, ScanKind
from ...services import once
from ...services.context import Actor
from ...store.database import Store
from ...store.errors import user_error
from ..background import Outcome, Reader
from ..i18n import error_text

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Undoable:
    """The last scan action at this station, and how to take it back (a new audited action)."""

    description: str
    undo: Callable[[], object]
    at: float = field(default_factory=time.monotonic)


class RequestToken:
    """The idempotency token of one create on a page (case C14: one click, one thing).

    It is kept until :meth:`renew` — called when the person changes what the create depends on (the
    form, the chosen shipment or carton) or scans something — and not when the create succeeds: a
    second click, Space or Enter on an unchanged form is the same request, which the service answers
    with what the first one made (:class:`~bqw_desktop.domain.errors.AlreadyDone`).
    """

    def __init__(self) -> None:
        self.renew()

    def renew(self, *_: object) -> None:
        """A new request from now on (takes and ignores a signal's arguments)."""
        self.value = once.new_token()


class View(QWidget):
    """A page of the main window.

    ``accepts``: the kinds of scan this page takes; the main window refuses the others and says where
    they belong (the pages with ``work_page`` that take them). Signals: ``feedback(kind, text)`` for the banner, kind one of ``ok``, ``warn``,
    ``error``; ``did(Undoable)`` after a scan action that the station may undo.

    ``actor``: who is signed in at the station, changed by :meth:`set_actor` when another person signs in
    (``None`` while nobody is); always read at the moment of a service call, never kept elsewhere.
    """

    accepts: frozenset[ScanKind] = frozenset()
    #: whether the banner sends people here with a scan of a kind in ``accepts`` made on another page (a
    #: page that only reads, like the auditor's, is never where a code belongs)
    work_page = True
    feedback = Signal(str, str)
    did = Signal(object)

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = actor
        self._restricted: list[tuple[roles.Permission, tuple[QWidget, ...]]] = []
        self._generation = 0
        self._reading = self._read_again = False
        self.delivering = False  # show_read is showing a background read's result (not a refresh's)

    def title(self) -> str:
        raise NotImplementedError

    def may(self, permission: roles.Permission) -> bool:
        """Whether the person signed in may make changes of kind ``permission`` (nobody signed in: no)."""
        return self.actor is not None and roles.allows(self.actor.role, permission)

    def restrict(self, permission: roles.Permission, *widgets: QWidget) -> None:
        """Show ``widgets`` (already laid out) only while the person signed in may make changes of kind
        ``permission``: a volunteer does not see a coordinator's buttons. The services refuse anyway."""
        self._restricted.append((permission, widgets))
        self._show_allowed(permission, widgets)

    def _show_allowed(self, permission: roles.Permission, widgets: tuple[QWidget, ...]) -> None:
        allowed = self.may(permission)
        for widget in widgets:
            widget.setVisible(allowed)

    def set_actor(self, actor: Actor | None) -> None:
        """Act for ``actor`` from now on (``None``: nobody is signed in); what is typed on the page stays."""
        self.actor = actor
        for permission, widgets in self._restricted:
            self._show_allowed(permission, widgets)

    def read(self) -> Callable[[], object]:
        """A function that reads from the store what the page shows (called on the GUI thread: it takes
        what it needs from the widgets now). It may run in a worker thread, so it uses plain values
        only — no widget, no ``attempt`` — and returns plain values for :meth:`show_read`."""
        return lambda: None

    def show_read(self, data: object) -> None:
        """Show what the function from :meth:`read` returned (GUI thread). Fields the user is typing in
        are left alone (``widgets.fields.show_unless_edited``)."""

    def refresh(self) -> None:
        """Re-read what the view shows from the store, now (after this station's own actions)."""
        self._generation += 1  # a background read started before this is out of date
        self.attempt(lambda: self.show_read(self.read()()))

    def refresh_in_background(self, reader: Reader) -> None:
        """Re-read in ``reader``'s worker thread and show the result here; one read at a time per page.
        A result is dropped if :meth:`refresh` ran meanwhile (it showed newer data)."""
        if self._reading:
            self._read_again = True  # the store changed during the read: once more when it is done
            return
        self._reading, self._read_again = True, False
        generation = self._generation

        def done(outcome: Outcome) -> None:
            self._reading = False
            if generation == self._generation:
                self.delivering = True
                try:
                    self.attempt(lambda: self.show_read(outcome()))
                finally:
                    self.delivering = False
            if self._read_again:
                self.refresh_in_background(reader)

        reader.run(self.read(), done)

    def showed_own_write(self) -> None:
        """The page now shows what one of its own writes read back (a pack scan): a background read
        begun before it is older, and is dropped when it comes — showing it would take the page back
        to before the write until the next read. Nothing is lost: the write is a change the window's
        next poll sees, and it reads again (in the worker)."""
        self._generation += 1

    def on_scan(self, scan: Scan) -> None:
        """A scan of a kind in :attr:`accepts` arrived while this view is shown."""

    def attempt(self, action: Callable[[], T]) -> T | None:
        """Run a service call; a refused action goes to the banner in red and returns ``None``.

        A store another station keeps locked, a full disk, a read-only store (see :func:`.errors.user_error`)
        are the person's to fix, never an internal error (issue 9, fault 6); only a bug is, with its trace logged.
        """
        try:
            return action()
        except DomainError as error:
            self.feedback.emit("error", error_text(error))
        except Exception as error:
            known = user_error(error, self.store.sqlite_path)
            if known is not None:
                log.warning("refused by the store or the disk: %s", error)
                self.feedback.emit("error", error_text(known))
                return None
            log.exception("internal error")  # a bug: keep the window and the user's data, say so
            self.feedback.emit("error", QCoreApplication.translate("View", "Internal error: the action was not saved. See the log."))
        return None

    def attempt_once(self, action: Callable[[], T]) -> T | None:
        """:meth:`attempt` for a create carrying a :class:`RequestToken`: a repeat of a request already
        carried out goes to the banner as a warning (what was made, by whom, when) and returns ``None``."""
        def run() -> T | None:
            try:
                return action()
            except AlreadyDone as done:
                self.feedback.emit("warn", error_text(done))
                return None

        return self.attempt(run)
