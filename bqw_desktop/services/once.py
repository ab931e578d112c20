"""One click, one thing (case C14): creates guarded by an idempotency token.

The window takes a token (:func:`new_token`) for each create form and keeps it until the person changes
what the create depends on; the service stores the token with what it made, in the same transaction
(table ``idempotency_key``, the token its primary key). The same token again — a double click, Space or
Enter twice, the same request arriving from another station — creates nothing: it raises
:class:`~bqw_desktop.domain.errors.AlreadyDone` carrying the first result. A plan's confirmation
uses the proposal's own token. A call without a token (command line, drive loader) is not guarded.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, AlreadyDone, InvalidValue
from ..store.database import Store
from ..store.models import IdempotencyKey
from .context import Actor, now

T = TypeVar("T")

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def new_token() -> str:
    """A fresh token: 32 random hex digits (uuid4)."""
    return uuid.uuid4().hex


def shown(result: str) -> str:
    """A stored result as the message shows it: one code or name, or the first and last of several."""
    codes = result.splitlines()
    return codes[0] if len(codes) == 1 else f"{codes[0]}–{codes[-1]} ({len(codes)})"


def _check_done(session: Session, token: str, kind: str, replay: Callable[[Session, str], object]) -> None:
    row = session.get(IdempotencyKey, token)
    if row is None:
        return
    if row.kind != kind:
        raise ValueError(f"token {token} was used for {row.kind}, not {kind}")  # a bug in the caller
    raise AlreadyDone(
        QT_TRANSLATE_NOOP("domain", "Already done: {made} was made by this same request ({actor}, {station}, "
                                    "{at}). Nothing was made twice."),
        replay(session, row.result), made=shown(row.result), actor=row.actor, station=row.station,
        at=row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
    )


def run_once(store: Store, actor: Actor, token: str | None, kind: str,
             create: Callable[[Session], tuple[T, str | None]], replay: Callable[[Session, str], object]) -> T:
    """Run ``create`` in one write transaction, once per ``token``.

    :param kind: which create (e.g. ``"create_shipment"``); a token is good for one kind only.
    :param create: makes the rows inside the session; returns (its value, the result to store: a code or
        name, or several codes one a line), or (value, ``None``) when it made nothing new (a carton
        reopened), which leaves the token free.
    :param replay: the service's value for a stored result, read again (what :class:`AlreadyDone` carries).
    :raises AlreadyDone: the token was used before, by this station or another.
    :raises InvalidValue: not a token (16–64 letters, digits, ``-`` or ``_``).
    """
    if token is not None and not _TOKEN.match(token):
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "“{value}” is not a request token."), value=token)
    try:
        with store.write() as session:
            if token is not None:
                _check_done(session, token, kind, replay)
            value, result = create(session)
            if token is not None and result is not None:
                session.add(IdempotencyKey(token=token, kind=kind, result=result, at=now(), actor=actor.operator,
                                           station=actor.station))
                session.flush()
            return value
    except IntegrityError:
        # a server database (PostgreSQL) lets two stations check at once; the second one's key then
        # clashes when the first commits: it is told what the first made
        if token is None:
            raise
        with store.read() as session:
            _check_done(session, token, kind, replay)
        raise
