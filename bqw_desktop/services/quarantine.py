"""Quarantine (隔离区) and dispositions (处置) of failed item sets.

A failed item set waits in quarantine until one disposition settles its failed inspection:
return to donor (退回捐赠方, with a return note), dispose (报废, with who approved it), or
clean/repair then re-inspect (整改后复检: back to ``received``, the inspection queue). Each is one
audited transaction that writes a ``disposition`` row and an event; nothing is edited or deleted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.roles import Permission
from ..documents.return_note import ReturnNoteData, render_return_note
from ..domain.catalogue import Category, NonconformanceReason
from ..domain.errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound, TransitionRefused
from ..domain.lifecycle import ITEM_SET_STATUS_LABELS, ItemSetStatus, check_item_set_move, in_quarantine
from ..domain.privacy import refuse_identity_numbers
from ..store.database import Store
from ..store.models import Disposition, Donor, InboundCarton, Inspection, ItemSet
from . import audit
from .access import requires
from .context import Actor, now
from ..queries.item_sets import load_item_set, view_of
from ..queries.rows import ItemSetView

#: disposition kinds as stored (``disposition.kind``)
RETURNED, DISPOSED, REWORK = "returned", "disposed", "rework"


@dataclass(frozen=True)
class QuarantineRow:
    """A failed item set waiting for its disposition, with the inspection that failed it.

    ``failed_at`` is aware UTC (show ``failed_at.astimezone()``); ``age_days`` whole days since.
    """

    code: str
    category: Category
    description: str
    donor: str
    carton_code: str
    reason: NonconformanceReason | None
    note: str | None
    inspector: str
    station: str
    failed_at: datetime
    age_days: int


def quarantine(store: Store, at: datetime | None = None) -> list[QuarantineRow]:
    """Every item set now ``failed``, oldest failure first.

    :param at: the moment ages are counted to (aware; default now).
    """
    moment = at or now()
    last_id = (
        select(func.max(Inspection.id)).where(Inspection.item_set_id == ItemSet.id).correlate(ItemSet).scalar_subquery()
    )
    with store.read() as session:
        rows = session.execute(
            select(ItemSet.code, ItemSet.category, ItemSet.description, Donor.name, InboundCarton.code,
                   Inspection.reason, Inspection.note, Inspection.inspector, Inspection.station, Inspection.at)
            .join(Donor, ItemSet.donor_id == Donor.id)
            .join(InboundCarton, ItemSet.carton_id == InboundCarton.id)
            .join(Inspection, Inspection.id == last_id)
            .where(ItemSet.status == ItemSetStatus.FAILED.value)
            .order_by(Inspection.at, ItemSet.code)
        ).all()
    return [
        QuarantineRow(
            code=code, category=Category(category), description=description, donor=donor, carton_code=carton,
            reason=NonconformanceReason(reason) if reason else None, note=note, inspector=inspector,
            station=station, failed_at=failed_at, age_days=max(0, (moment - failed_at).days),
        )
        for code, category, description, donor, carton, reason, note, inspector, station, failed_at in rows
    ]


def _settle(session: Session, actor: Actor, code: str, kind: str, target: ItemSetStatus,
            approved_by: str | None, note: str | None) -> tuple[ItemSet, Disposition, Inspection]:
    """Move a failed item set to ``target`` and record the disposition of its failed inspection.

    :raises InvalidValue: ``approved_by`` or ``note`` holds an ID card number (``domain.privacy``).
    :raises TransitionRefused: the item set is not in quarantine (``failed``).
    """
    refuse_identity_numbers(approved_by, note)
    item = load_item_set(session, code)
    before = ItemSetStatus(item.status)
    if not in_quarantine(before):
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "{code} is “{status}”, not in quarantine: there is nothing to settle."),
            code=item.code,
            status=ITEM_SET_STATUS_LABELS[before],
        )
    check_item_set_move(item.code, before, target)
    failed = session.scalars(
        select(Inspection).where(Inspection.item_set_id == item.id).order_by(Inspection.id.desc()).limit(1)
    ).one()
    item.status = target.value
    disposition = Disposition(
        item_set_id=item.id, inspection_id=failed.id, kind=kind, approved_by=approved_by,
        note=(note or "").strip() or None, actor=actor.operator, station=actor.station, at=now(),
    )
    session.add(disposition)
    session.flush()
    detail = "; ".join(part for part in (f"approved by {approved_by}" if approved_by else "", disposition.note or "")
                       if part)
    audit.record(session, actor, kind if kind != RETURNED else "return_to_donor", "item_set", item.code,
                 before.value, target.value, detail or None)
    return item, disposition, failed


@requires(Permission.DISPOSE)
def dispose(store: Store, actor: Actor, code: str, approved_by: str, note: str | None = None) -> ItemSetView:
    """Dispose of (报废) a quarantined item set: ``failed → disposed``, with who approved it.

    :raises InvalidValue: no ``approved_by``; it or ``note`` holds an ID card number.
    :raises TransitionRefused: the item set is not in quarantine (``failed``).
    """
    approver = (approved_by or "").strip()
    if not approver:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Enter who approved disposing of the item set."))
    with store.write() as session:
        item, _, _ = _settle(session, actor, code, DISPOSED, ItemSetStatus.DISPOSED, approver, note)
        session.flush()
        return view_of(session, item.code)


@requires(Permission.DISPOSE)
def send_to_rework(store: Store, actor: Actor, code: str, note: str | None = None) -> ItemSetView:
    """Clean or repair, then re-inspect (整改后复检): ``failed → received``, back in the inspection queue.

    The failed inspection stays on record with this disposition; the next inspection is a new row.

    :raises InvalidValue: ``note`` holds an ID card number (``domain.privacy``).
    :raises TransitionRefused: the item set is not in quarantine (``failed``).
    """
    with store.write() as session:
        item, _, _ = _settle(session, actor, code, REWORK, ItemSetStatus.RECEIVED, None, note)
        session.flush()
        return view_of(session, item.code)


@requires(Permission.DISPOSE)
def return_to_donor(store: Store, actor: Actor, code: str, note: str | None = None) -> ReturnNoteData:
    """Return a quarantined item set to its donor: ``failed → returned``; returns the return note's data.

    :raises InvalidValue: ``note`` holds an ID card number (``domain.privacy``).
    :raises TransitionRefused: the item set is not in quarantine (``failed``).
    """
    with store.write() as session:
        item, disposition, _ = _settle(session, actor, code, RETURNED, ItemSetStatus.RETURNED, None, note)
        return _note(session, item, disposition)


def return_note(store: Store, code: str) -> ReturnNoteData:
    """The return note of an item set returned to its donor (to print it again).

    :raises InvalidCode: / :raises NotFound: the code, or the item set was not returned.
    """
    with store.read() as session:
        item = load_item_set(session, code)
        disposition = session.scalars(
            select(Disposition).where(Disposition.item_set_id == item.id, Disposition.kind == RETURNED)
            .order_by(Disposition.id.desc()).limit(1)
        ).first()
        if disposition is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "{code} was not returned to its donor."), code=item.code)
        return _note(session, item, disposition)


def write_return_note(store: Store, code: str, out: str | os.PathLike | BinaryIO) -> int:
    """Write the return note of ``code`` as an A4 PDF; returns the number of pages (1)."""
    return render_return_note(return_note(store, code), out)


def _note(session: Session, item: ItemSet, disposition: Disposition) -> ReturnNoteData:
    failed = session.get(Inspection, disposition.inspection_id)
    return ReturnNoteData(
        number=f"TH{disposition.id:06d}",
        donor=item.donor.name,
        code=item.code,
        category=Category(item.category),
        description=item.description,
        size=item.size or "",
        pieces=item.pieces,
        carton_code=item.carton.code,
        reason=NonconformanceReason(failed.reason),
        inspection_note=failed.note or "",
        inspector=failed.inspector,
        inspection_station=failed.station,
        failed_at=failed.at,
        returned_by=disposition.actor,
        returned_station=disposition.station,
        returned_at=disposition.at,
        return_note=disposition.note or "",
        printed_at=now(),
    )
