"""The audit trail's hash chain (操作日志): rules only, no SQL, no Qt.

Every event carries ``prev_hash``, the ``hash`` of the event before it (:data:`GENESIS` for a store's
first event), and its own ``hash``::

    hash = SHA-256( UTF-8( prev_hash + canonical(event) ) ), as 64 lower-case hex digits

``canonical(event)`` is the JSON array (RFC 8259) of the event's fields in this order::

    [id, at, actor, station, action, entity_kind, entity_code, before, after, detail]

``id`` a JSON integer; ``at`` the time in UTC as ISO 8601 with microseconds and offset
(``2021-09-01T01:00:00.000000+00:00``); the others JSON strings, or ``null`` when empty. Written
compact, as Python's ``json.dumps(fields, ensure_ascii=False, separators=(",", ":"))`` writes it:
no spaces, characters above U+001F as they are (not ``\\u`` escapes), ``"`` and ``\\`` escaped with a
backslash, control characters as ``\\b \\f \\n \\r \\t`` or ``\\u00xx``. An auditor can recompute every
hash from ``bqw-desktop audit export`` (which writes ``at`` in this form) with any SHA-256 tool, after
removing the leading ``'`` the export adds to a cell that starts with ``= + - @``, a tab, a carriage return
or ``'`` (so that Excel does not run it as a formula): the hash covers the text without it.

Changing any field of an event, or its hash, breaks its own link; deleting an event or inserting one
breaks the link of the event after it. Deleting the newest events, or rewriting the chain from some
event onwards, is only seen against a head (count and last hash) noted earlier: ``audit verify``
prints it for that reason.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from .errors import QT_TRANSLATE_NOOP, DomainError

#: ``prev_hash`` of a store's first event
GENESIS = "0" * 64

_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def utc_iso(at: datetime) -> str:
    """``at`` as UTC ISO 8601 with microseconds and offset, e.g. ``2021-09-01T01:00:00.000000+00:00``.

    A naive ``at`` is taken as UTC already (how SQLite keeps times, see ``store.models.UTCDateTime``).
    """
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "+00:00"


def canonical(id: int, at: datetime, actor: str, station: str, action: str, entity_kind: str,  # noqa: A002
              entity_code: str, before: str | None, after: str | None, detail: str | None) -> str:
    """The event's fields as the compact JSON array the hash covers (see the module docstring)."""
    return _ENCODE([id, utc_iso(at), actor, station, action, entity_kind, entity_code, before, after, detail])


def link(prev_hash: str, canonical_text: str) -> str:
    """The hash of an event whose predecessor's hash is ``prev_hash``: SHA-256 of
    ``prev_hash + canonical_text`` in UTF-8, 64 lower-case hex digits."""
    return hashlib.sha256((prev_hash + canonical_text).encode()).hexdigest()


class Fault(StrEnum):
    """How a link of the chain is broken."""

    EDITED = "edited"  # the event's fields or hash no longer give its hash (or it was inserted with a made-up hash)
    INSERTED = "inserted"  # an event chained to its predecessor, but the next event is chained past it
    DELETED = "deleted"  # the event's predecessor is not the event it was chained to


_MESSAGES = {
    Fault.EDITED: QT_TRANSLATE_NOOP(
        "domain", "The audit trail is broken at event {id} ({at}): its content does not match its hash "
                  "(edited, or inserted outside BQW Desktop)."),
    Fault.INSERTED: QT_TRANSLATE_NOOP(
        "domain", "The audit trail is broken at event {id} ({at}): it was inserted between two events."),
    Fault.DELETED: QT_TRANSLATE_NOOP(
        "domain", "The audit trail is broken at event {id} ({at}): the event before it is missing (deleted)."),
}


class BrokenLink(DomainError):
    """The first broken link of the chain: ``event_id``, its ``at`` (the time it claims) and its ``fault``.

    The message (context ``"domain"``) names the event's id and time.
    """

    def __init__(self, event_id: int, at: str, fault: Fault) -> None:
        super().__init__(_MESSAGES[fault], id=event_id, at=at)
        self.event_id = event_id
        self.at = at
        self.fault = fault


@dataclass(frozen=True)
class Walk:
    """What :func:`walk` found: ``count`` events intact from the first; ``head_id`` and ``head`` the id
    and hash of the last of them (0 and :data:`GENESIS` for none); the first broken link as
    ``(event id, fault)``, or ``None``."""

    count: int
    head_id: int
    head: str
    broken: tuple[int, Fault] | None


def walk(links: Iterable[tuple[int, bytes | None, str | None, str | None]],
         exact: Callable[[int], str] | None = None, *, count: int = 0,
         before: Sequence[tuple[int, str]] = ()) -> Walk:
    """Check the chain, oldest event first, up to the first broken link.

    :param links: ``(id, hashed, prev_hash, hash)`` per event in ``id`` order, where ``hashed`` is the
        UTF-8 of ``prev_hash`` + canonical text (``None`` when ``prev_hash`` is); the text may be produced
        by faster means than :func:`canonical` (SQL) as long as it is the same for ordinary rows.
    :param exact: ``id`` → :func:`canonical` of that event; asked only when a link does not hold with
        the given text, so that a different rendering of an unusual value is not taken for tampering.
    :param before: to walk a later part of the chain, whose earlier part is checked apart: the last two
        events before ``links`` (one when there is one) as ``(id, hash)``, oldest first. The result is
        the whole chain's walk up to the end of ``links`` whenever the earlier part holds (when it does
        not, its own walk finds a break first).
    :param count: added to ``Walk.count``: the number of events before ``links``. With 0 for a later
        part, ``count`` is the part's own (-1 when the last event of ``before`` was inserted).
    """
    sha256 = hashlib.sha256
    expected, earlier = GENESIS, None
    previous_id, earlier_id = 0, 0
    if before:
        previous_id, expected = before[-1]
        earlier_id, earlier = before[0] if len(before) == 2 else (0, GENESIS)
    for event_id, hashed, prev_hash, hash_ in links:
        if hashed is None or hash_ is None or sha256(hashed).hexdigest() != hash_:
            if prev_hash is None or hash_ is None or exact is None or link(prev_hash, exact(event_id)) != hash_:
                return Walk(count, previous_id, expected, (event_id, Fault.EDITED))
        if prev_hash != expected:
            if prev_hash == earlier:  # chained past the event before it: that one was put in between
                return Walk(count - 1, earlier_id, earlier, (previous_id, Fault.INSERTED))
            return Walk(count, previous_id, expected, (event_id, Fault.DELETED))
        count += 1
        earlier, expected = expected, hash_
        earlier_id, previous_id = previous_id, event_id
    return Walk(count, previous_id, expected, None)
