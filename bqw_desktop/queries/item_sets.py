"""Reading cartons and their item sets as received, and looking an item set up by its code."""

from __future__ import annotations

from sqlalchemy import Row, Select, bindparam, case, func, select
from sqlalchemy.orm import Session

from ..domain.catalogue import Category, NonconformanceReason
from ..domain.errors import QT_TRANSLATE_NOOP, NotFound
from ..domain.identifiers import Code, CodeKind, expect_kind
from ..domain.lifecycle import ItemSetStatus
from ..store.database import Store
from ..store.models import Donor, InboundCarton, Inspection, ItemSet, Shipment, ShipmentLine
from .rows import CartonView, ItemSetView


def _item_set_query() -> Select:
    last_reason = (
        select(Inspection.reason)
        .where(Inspection.item_set_id == ItemSet.id)
        .order_by(Inspection.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(
            ItemSet.code,
            InboundCarton.code,
            Donor.name,
            ItemSet.category,
            ItemSet.description,
            ItemSet.pieces,
            ItemSet.size,
            ItemSet.status,
            Shipment.code,
            last_reason,
        )
        .join(InboundCarton, ItemSet.carton_id == InboundCarton.id)
        .join(Donor, ItemSet.donor_id == Donor.id)
        .outerjoin(ShipmentLine, ShipmentLine.item_set_id == ItemSet.id)
        .outerjoin(Shipment, ShipmentLine.shipment_id == Shipment.id)
    )


_ITEM_SET_QUERY = _item_set_query()  # built once: statements are immutable, and building one costs a scan time


def item_set_query() -> Select:
    """Columns of an :class:`ItemSetView`, with its carton, donor and shipment joined."""
    return _ITEM_SET_QUERY


_QUARANTINED = {ItemSetStatus.FAILED, ItemSetStatus.RETURNED, ItemSetStatus.DISPOSED}


# stored value → member by a dict look-up: calling the Enum class took half of to_view's time (76
# rows a pack scan read back, bench/pack_scan.py)
_CATEGORIES = {member.value: member for member in Category}
_STATUSES = {member.value: member for member in ItemSetStatus}


def to_view(row) -> ItemSetView:  # noqa: ANN001 - a Row from item_set_query()
    status = _STATUSES[row[7]]
    return ItemSetView(
        code=row[0],
        carton_code=row[1],
        donor=row[2],
        category=_CATEGORIES[row[3]],
        description=row[4],
        pieces=row[5],
        size=row[6],
        status=status,
        shipment_code=row[8],
        # the reason of a failure still in force: not after an undo, a correction or a re-inspection
        last_reason=NonconformanceReason(row[9]) if row[9] and status in _QUARANTINED else None,
    )


_NOT_HERE = QT_TRANSLATE_NOOP("domain", "Item set {code} is not in this warehouse.")


def load_item_set(session: Session, text: str | Code) -> ItemSet:
    """The item set whose code is ``text`` (scanned or typed, or a :class:`Code` already parsed).

    :raises InvalidCode: not an item-set code, or a wrong check character.
    :raises NotFound: a valid code that is not in this store.
    """
    code = expect_kind(text, CodeKind.ITEM_SET)
    item = session.scalars(select(ItemSet).where(ItemSet.code == code.text)).one_or_none()
    if item is None:
        raise NotFound(_NOT_HERE, code=code.text)
    return item


_VIEW_ROW = _ITEM_SET_QUERY.add_columns(ItemSet.id).where(ItemSet.code == bindparam("code"))


def view_row(session: Session, text: str | Code) -> Row:
    """The columns of the :class:`ItemSetView` (:func:`to_view`) of the item set whose code is ``text``,
    then its id (``row[-1]``): one Core statement, built once, on ``session``'s connection (no ORM object).

    :raises InvalidCode: / :raises NotFound: as :func:`load_item_set`.
    """
    code = expect_kind(text, CodeKind.ITEM_SET)
    row = session.connection().execute(_VIEW_ROW, {"code": code.text}).first()
    if row is None:
        raise NotFound(_NOT_HERE, code=code.text)
    return row


def find_item_set(store: Store, text: str | Code) -> ItemSetView:
    """Look an item set up by its code (text, or a :class:`Code` already parsed); one statement.

    :raises InvalidCode: as :func:`load_item_set`.
    :raises NotFound: as :func:`load_item_set`.
    """
    with store.read() as session:
        return to_view(view_row(session, text))


def view_of(session: Session, code: str) -> ItemSetView:
    """The :class:`ItemSetView` of an item set known to exist (as seen inside ``session``)."""
    return to_view(session.execute(item_set_query().where(ItemSet.code == code)).one())


def list_cartons(store: Store) -> list[CartonView]:
    """All inbound cartons in arrival order, with item-set counts and how many were inspected."""
    inspected = func.sum(case((ItemSet.status != ItemSetStatus.RECEIVED.value, 1), else_=0))
    with store.read() as session:
        counts = {
            carton_id: (total, done or 0)
            for carton_id, total, done in session.execute(
                select(ItemSet.carton_id, func.count(), inspected).group_by(ItemSet.carton_id)
            )
        }
        majority: dict[int, tuple[int, str]] = {}
        for carton_id, category, n in session.execute(
            select(ItemSet.carton_id, ItemSet.category, func.count()).group_by(ItemSet.carton_id, ItemSet.category)
        ):
            if n > majority.get(carton_id, (0, ""))[0]:
                majority[carton_id] = (n, category)
        rows = session.execute(
            select(InboundCarton.id, InboundCarton.code, Donor.name, InboundCarton.received_at)
            .join(Donor)
            .order_by(InboundCarton.received_at, InboundCarton.code)
        )
        return [
            CartonView(
                code=code,
                donor=donor,
                received_at=received_at,
                category=Category(majority[carton_id][1]) if carton_id in majority else None,
                item_sets=counts.get(carton_id, (0, 0))[0],
                inspected=counts.get(carton_id, (0, 0))[1],
            )
            for carton_id, code, donor, received_at in rows
        ]


def carton_item_sets(store: Store, carton_code: str) -> list[ItemSetView]:
    """The item sets of one carton, by code.

    :raises InvalidCode: not a carton code.
    :raises NotFound: no such carton.
    """
    code = expect_kind(carton_code, CodeKind.CARTON)
    with store.read() as session:
        if session.scalar(select(InboundCarton.id).where(InboundCarton.code == code.text)) is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "Carton {code} is not in this warehouse."), code=code.text)
        rows = session.execute(item_set_query().where(InboundCarton.code == code.text).order_by(ItemSet.code))
        return [to_view(row) for row in rows]
