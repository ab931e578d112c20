"""The whole history of one thing from the audit trail (操作日志), for the auditor: who, station, when,
before → after.

:func:`history` takes a scanned or typed code of an item set (IS…), inbound carton (CT…), shipment
(SH…) or package (PK…, shown as its shipment's history) and returns its events oldest first, with the
events recorded on other things that name it:

* an item set: its own events and its label's prints, and the ``register_item_sets`` event of its
  carton whose code range holds it (its registration);
* a carton: its own events and its label's prints;
* a shipment: its own events, its packages' events, and the events of item sets allocated to it,
  packed into it, unpacked from it or released from it (recorded on the item set with the shipment's
  code in ``detail``). The item sets' status moves that follow the shipment's own (``shipped``,
  ``delivered`` …) are left out: the shipment's event says it once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, InvalidCode, NotFound
from ..domain.identifiers import KIND_LABELS, CodeKind, parse_code
from ..store.database import Store
from ..store.models import Event, InboundCarton, ItemSet, Package, Shipment
from .context import now

#: item-set actions that name a shipment in ``detail`` (``"SH… PK…"`` for ``pack``, else ``"SH…"``)
SHIPMENT_ITEM_ACTIONS = ("allocate", "release", "pack", "unpack")

_REGISTERED_RANGE = re.compile(r": (IS\w+)–(IS\w+)$")  # register_item_sets' detail ends "…: IS000001L–IS000040X"


@dataclass(frozen=True)
class HistoryRow:
    """One event: ``id`` its number in the trail, ``at`` when (timezone-aware, UTC), ``actor`` the
    person's display name, ``station``, ``action`` code (``domain.events.ACTION_LABELS``), what it was
    recorded on (``entity_kind``, ``entity_code``: another thing for events that name this one),
    ``before`` and ``after`` (state values or ``None``) and ``detail``."""

    id: int
    at: datetime
    actor: str
    station: str
    action: str
    entity_kind: str
    entity_code: str
    before: str | None
    after: str | None
    detail: str | None


@dataclass(frozen=True)
class History:
    """:func:`history`'s answer: ``asked`` the code given (cleaned), ``kind`` and ``code`` of the thing
    whose history ``rows`` are (a package's shipment for a package), ``read_at`` when it was read (UTC)."""

    asked: str
    kind: CodeKind
    code: str
    rows: tuple[HistoryRow, ...]
    read_at: datetime


_COLUMNS = (Event.id, Event.at, Event.actor, Event.station, Event.action, Event.entity_kind, Event.entity_code,
            Event.before, Event.after, Event.detail)
_NOT_FOUND = {
    CodeKind.ITEM_SET: QT_TRANSLATE_NOOP("domain", "Item set {code} is not in this warehouse."),
    CodeKind.CARTON: QT_TRANSLATE_NOOP("domain", "Carton {code} is not in this warehouse."),
    CodeKind.SHIPMENT: QT_TRANSLATE_NOOP("domain", "Shipment {code} does not exist."),
    CodeKind.PACKAGE: QT_TRANSLATE_NOOP("domain", "Package {code} does not exist."),
}
_MODELS = {CodeKind.ITEM_SET: ItemSet, CodeKind.CARTON: InboundCarton, CodeKind.SHIPMENT: Shipment,
           CodeKind.PACKAGE: Package}


def history(store: Store, text: str) -> History:
    """Every event of the item set, carton, shipment or package ``text`` names, oldest first (by id, the
    trail's order), in one read transaction; see the module docstring for what is included.

    :raises InvalidCode: not one of our codes, a wrong check character, or a badge's code.
    :raises NotFound: a well-formed code that names nothing in this store.
    """
    code = parse_code(text)
    if code.kind not in _MODELS:
        raise InvalidCode(
            QT_TRANSLATE_NOOP("domain", "{code} is {kind}: give the code of an item set, carton, shipment or package."),
            code=code.text, kind=KIND_LABELS[code.kind])
    model = _MODELS[code.kind]
    with store.read() as session:
        row = session.execute(select(model).where(model.code == code.text)).scalar_one_or_none()
        if row is None:
            raise NotFound(_NOT_FOUND[code.kind], code=code.text)
        if code.kind is CodeKind.ITEM_SET:
            kind, subject, rows = code.kind, code.text, _item_set(session, row)
        elif code.kind is CodeKind.CARTON:
            kind, subject, rows = code.kind, code.text, _events(session, _own(("carton", "label"), code.text))
        else:
            shipment = row if code.kind is CodeKind.SHIPMENT else session.get(Shipment, row.shipment_id)
            kind, subject, rows = CodeKind.SHIPMENT, shipment.code, _shipment(session, shipment)
    return History(code.text, kind, subject, tuple(rows), now())


def _own(kinds: tuple[str, ...], *codes: str):  # noqa: ANN202 - a SQL condition
    """Events recorded on one of ``codes`` as one of ``kinds`` (the ``ix_event_entity`` index)."""
    return and_(Event.entity_kind.in_(kinds), Event.entity_code.in_(codes))


def _events(session: Session, condition) -> list[HistoryRow]:  # noqa: ANN001 - a SQL condition
    return [HistoryRow(*row) for row in session.execute(select(*_COLUMNS).where(condition).order_by(Event.id))]


def _item_set(session: Session, item: ItemSet) -> list[HistoryRow]:
    carton = session.get(InboundCarton, item.carton_id)
    registered = and_(_own(("carton",), carton.code), Event.action == "register_item_sets")
    rows = _events(session, or_(_own(("item_set", "label"), item.code), registered))
    return [row for row in rows if row.entity_kind != "carton" or _registers(row.detail, item.code)]


def _registers(detail: str | None, code: str) -> bool:
    """Whether a ``register_item_sets`` event's ``detail`` names a code range holding item set ``code``."""
    match = _REGISTERED_RANGE.search(detail or "")
    if match is None:
        return False
    first, last = (parse_code(found).serial for found in match.groups())
    return first <= parse_code(code).serial <= last


def _shipment(session: Session, shipment: Shipment) -> list[HistoryRow]:
    packages = list(session.scalars(select(Package.code).where(Package.shipment_id == shipment.id)))
    own = _events(session, or_(_own(("shipment",), shipment.code), _own(("package",), *packages)))
    # The item sets' events that name it come after its first event: a range of the primary key, read
    # on its own (in an OR with the indexed conditions SQLite scans the whole table), and with the kind
    # kept out of ix_event_entity (which would walk every item set's events). Measured on a million
    # events: 6 ms for a shipment 1,000 events old, 0.1 s for one 100,000 old, 1 s for the first.
    named = and_(Event.id >= (own[0].id if own else 0), Event.entity_kind.concat("") == "item_set",
                 Event.action.in_(SHIPMENT_ITEM_ACTIONS),
                 or_(Event.detail == shipment.code, Event.detail.startswith(shipment.code + " ", autoescape=True)))
    return sorted(own + _events(session, named), key=lambda row: row.id)
