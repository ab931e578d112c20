"""Quality inspection (质检): pass or fail a received item set, against its category's checklist.

Results are never edited or deleted. A second station scanning an inspected item set is refused
with who inspected it, where and when; a mistaken result is corrected by a coordinator with a new
inspection row (marked in ``inspection_correction``); an inspection taken back ("undo the last
scan") is marked in ``inspection_undo`` and the item set returns to the inspection queue.
Checklists (质检清单) per category are seeded by migration 0002 and edited by an administrator;
every edit is an audited write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Connection, Row, bindparam, func, select
from sqlalchemy.orm import Session

from ..domain.roles import Permission
from ..domain.catalogue import CATEGORY_LABELS, Category, NonconformanceReason
from ..domain.errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound, TransitionRefused
from ..domain.privacy import refuse_identity_numbers
from ..domain.identifiers import Code
from ..domain.lifecycle import ITEM_SET_STATUS_LABELS, ItemSetStatus, check_item_set_move, check_waiting_for_inspection, waiting_for_inspection
from ..domain.scanning import shown_code
from ..domain.undo import check_undo
from ..store.database import Store
from ..store.models import ChecklistItem, Inspection, InspectionCheck, InspectionCorrection, InspectionUndo
from ..store.statements import SET_ITEM_SET_STATUS
from . import audit
from .access import requires
from .context import Actor, now
from ..queries.item_sets import load_item_set, to_view, view_of, view_row
from .once import run_once
from ..queries.rows import ItemSetView

#: longest checklist text and source the store keeps (checklist_item.text / .source)
CHECK_TEXT_MAX, CHECK_SOURCE_MAX = 300, 120


@dataclass(frozen=True)
class ChecklistItemView:
    """One check of a category's checklist: its id (for :func:`inspect`'s ``checks``), order, Chinese
    text and the standard and clause topic it comes from."""

    id: int
    category: Category
    position: int
    text: str
    source: str
    active: bool


@dataclass(frozen=True)
class InspectionRecord:
    """One inspection row as the history shows it; ``at`` is aware UTC (show ``at.astimezone()``).

    ``corrects`` is the id of the row a correction overrides; ``undone`` whether it was taken back.
    """

    id: int
    code: str
    passed: bool
    reason: NonconformanceReason | None
    note: str | None
    inspector: str
    station: str
    at: datetime
    corrects: int | None
    why: str | None  # the coordinator's reason for a correction
    undone: bool
    checks: tuple[int, ...]


@dataclass(frozen=True)
class ItemToInspect:
    """What the inspection page shows for a scanned item set: the item set, and its category's active
    checklist when it is waiting for inspection (empty otherwise: there is nothing to tick)."""

    item: ItemSetView
    checks: tuple[ChecklistItemView, ...]


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# An inspection scan's reads and writes are Core statements on the session's connection, built once: an
# ORM load, its autoflush and the unit of work's flush, and building a statement for every scan, took
# most of a scan's time. bench/scan.py at the 100× drive, p50: 1.41 → 0.44 ms, raw sqlite3 0.05 ms
# (27× → 8.6×). What is left is SQLAlchemy's: an empty Store.write costs 0.09 ms, each Core statement
# 20–50 µs against sqlite3's 1–8; the same statements sent to the driver inside Store.write took 0.17 ms.
_LATEST = (select(Inspection.id, Inspection.inspector, Inspection.station, Inspection.at)
           .where(Inspection.item_set_id == bindparam("item")).order_by(Inspection.id.desc()).limit(1))
_ACTIVE_CHECKS = (select(ChecklistItem.id, ChecklistItem.category, ChecklistItem.position, ChecklistItem.text,
                         ChecklistItem.source, ChecklistItem.active)
                  .where(ChecklistItem.category == bindparam("category"), ChecklistItem.active.is_(True))
                  .order_by(ChecklistItem.position, ChecklistItem.id))
_NEW_INSPECTION = Inspection.__table__.insert()
_NEW_CHECKS = InspectionCheck.__table__.insert()


def _latest(connection: Connection, item_set_id: int) -> Row | None:
    """The newest inspection row of the item set (``id``, ``inspector``, ``station``, ``at``), if any."""
    return connection.execute(_LATEST, {"item": item_set_id}).first()


def _refuse_second_inspection(connection: Connection, item_set_id: int, item: ItemSetView) -> None:
    """Raise if ``item`` is not waiting for inspection, naming who inspected it, where and when."""
    current = item.status
    if waiting_for_inspection(current):
        return
    last = _latest(connection, item_set_id)
    if last is None:  # not inspected here (e.g. a status set by hand): the life cycle's own refusal
        check_waiting_for_inspection(item.code, current)
    raise TransitionRefused(
        QT_TRANSLATE_NOOP(
            "domain",
            "{code} has already been inspected by {inspector} at station {station} on {when}; it is now “{status}”. "
            "Nothing was changed.",
        ),
        code=item.code,
        inspector=last.inspector,
        station=last.station,
        when=_local(last.at),
        status=ITEM_SET_STATUS_LABELS[current],
    )


def _check_reason(passed: bool, reason: NonconformanceReason | None) -> None:
    if not passed and reason is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Choose why the item set failed inspection."))
    if passed and reason is not None:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "A passed item set has no nonconformance reason."))


def _why(why: str | None) -> str:
    text = (why or "").strip()
    if not text:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Give the reason for this change: it goes on record."))
    refuse_identity_numbers(text)
    return text


#: a refusal for unticked checks names the first few, each by position and the start of its text, so
#: that it fits the station's two-line banner (:func:`_checked`); the count says how many there are
SHOWN_MISSING_CHECKS, SHOWN_CHECK_LENGTH = 3, 10


def _active_checks(connection: Connection, category: Category) -> list[ChecklistItemView]:
    return [_checklist_view(row) for row in connection.execute(_ACTIVE_CHECKS, {"category": category.value})]


def _checked(connection: Connection, item: ItemSetView, checks: Iterable[int] | None, passed: bool,
             require_all: bool) -> list[int]:
    """The ticked ids, sorted, once each, after checking them against ``item``'s active checklist;
    ``checks`` None ticks every active check. The checklist is read only when there is something to
    check it for (ids given, every check asked for, or a pass that needs every check ticked).

    :raises InvalidValue: an id not on the category's active checklist; or ``require_all`` and a pass
        that leaves active checks unticked (the message gives their number and the first
        :data:`SHOWN_MISSING_CHECKS` of them as ``position. start of the text``, then "…" if more).
    """
    if checks is not None and not checks and not (passed and require_all):
        return []
    active = _active_checks(connection, item.category)
    if checks is None:
        return sorted(row.id for row in active)
    ids = sorted(set(checks))
    valid = {row.id for row in active}
    unknown = [i for i in ids if i not in valid]
    if unknown:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("domain", "Checklist item(s) {ids} are not on the active checklist of {category}."),
            ids=", ".join(map(str, unknown)),
            category=CATEGORY_LABELS[item.category],
        )
    missing = [row for row in active if row.id not in ids]
    if passed and require_all and missing:
        shown = [f"{row.position}. {shown_code(row.text, SHOWN_CHECK_LENGTH)}" for row in missing[:SHOWN_MISSING_CHECKS]]
        raise InvalidValue(
            QT_TRANSLATE_NOOP(
                "domain",
                "{code}: {count} check(s) not ticked, and this station passes only with every check ticked: "
                "{missing}. Nothing was recorded.",
            ),
            code=item.code,
            count=len(missing),
            missing=" · ".join(shown) + (" …" if len(missing) > len(shown) else ""),
        )
    return ids


def look_up(store: Store, code: str | Code) -> ItemToInspect:
    """The item set ``code`` (text, or a :class:`~..domain.identifiers.Code` already parsed) and, when
    it is waiting for inspection, its category's active checklist: one read transaction, two statements.

    :raises InvalidCode: / :raises NotFound: the code (see ``queries.item_sets.load_item_set``).
    """
    with store.read() as session:
        item = to_view(view_row(session, code))
        waiting = waiting_for_inspection(item.status)
        return ItemToInspect(item, tuple(_active_checks(session.connection(), item.category)) if waiting else ())


@requires(Permission.INSPECT)
def inspect(
    store: Store,
    actor: Actor,
    code: str | Code,
    passed: bool,
    reason: NonconformanceReason | None = None,
    note: str | None = None,
    checks: Iterable[int] | None = None,
    *,
    require_all_checks: bool = False,
    all_checks: bool = False,
) -> ItemSetView:
    """Record one inspection result; one transaction with its audit event.

    A failed item set goes to quarantine and needs a nonconformance reason. Its reads and writes are
    Core statements on one connection (about six with the transaction, no ORM object); the view
    returned is the one read before the writes, with its new status and reason.

    :param code: the item set's code, as text or as a :class:`~..domain.identifiers.Code` already parsed.
    :param checks: optional ids of the checklist items (:func:`checklist`) the inspector ticked;
        they are kept with the result (``inspection_check``).
    :param require_all_checks: the station's setting (``station.StationSettings.pass_needs_all_checks``):
        a pass must tick every active check of the item set's category. A fail needs no ticks.
    :param all_checks: tick every active check of the category as the store has it in this transaction
        (the command sheet's 全部检查通过), instead of ``checks``.
    :raises InvalidCode: / :raises NotFound: the code (see ``queries.item_sets.load_item_set``).
    :raises InvalidValue: failed without a reason, passed with one, a checked item that is not
        on the item set's active checklist, or (``require_all_checks``) a pass with active checks
        unticked — the message names them (params ``code``, ``count``, ``missing``); nothing is written.
    :raises TransitionRefused: the item set is not waiting for inspection (already inspected by
        anyone, at any station: nothing is overwritten). The message names the inspector, the
        station and the local time of the result on record (params ``inspector``, ``station``,
        ``when``, ``status``).
    """
    _check_reason(passed, reason)
    refuse_identity_numbers(note)
    target = ItemSetStatus.PASSED if passed else ItemSetStatus.FAILED
    with store.write() as session:
        connection = session.connection()
        row = view_row(session, code)
        item, item_set_id = to_view(row), row[-1]
        _refuse_second_inspection(connection, item_set_id, item)
        before = item.status
        check_item_set_move(item.code, before, target)
        ticked = _checked(connection, item, None if all_checks else tuple(checks or ()), passed, require_all_checks)
        inspection_id = connection.execute(_NEW_INSPECTION, {
            "item_set_id": item_set_id, "result": target.value, "reason": reason.value if reason else None,
            "note": (note or "").strip() or None, "inspector": actor.operator, "station": actor.station,
            "at": now(),
        }).inserted_primary_key[0]
        if ticked:
            connection.execute(_NEW_CHECKS, [{"inspection_id": inspection_id, "checklist_item_id": i} for i in ticked])
        connection.execute(SET_ITEM_SET_STATUS, {"item": item_set_id, "status": target.value})
        audit.record(
            session, actor, "inspect", "item_set", item.code, before.value, target.value,
            reason.value if reason else None,
        )
        # the newest inspection is this one: its reason is the one in force (to_view's last_reason)
        return replace(item, status=target, last_reason=reason)


@requires(Permission.CORRECT)
def correct_inspection(
    store: Store, actor: Actor, code: str, passed: bool, reason: NonconformanceReason | None, why: str
) -> ItemSetView:
    """A coordinator corrects a mistaken result: ``failed → passed`` or ``passed → failed``.

    Writes a NEW inspection row (inspector = the coordinator) marked as a correction of the
    latest one, plus an event ``correct_inspection`` whose detail is ``why``; the old row stays as
    it was. Only while the item set is not packed (the life cycle's rule). Coordinators only
    (``Permission.CORRECT``).

    :raises InvalidValue: no ``why``; failed without a reason or passed with one.
    :raises TransitionRefused: not inspected yet, packed or later, returned, disposed, or the
        result is already ``passed`` / ``failed`` as asked.
    """
    _check_reason(passed, reason)
    why = _why(why)
    target = ItemSetStatus.PASSED if passed else ItemSetStatus.FAILED
    with store.write() as session:
        item = load_item_set(session, code)
        before = ItemSetStatus(item.status)
        check_item_set_move(item.code, before, target, correction=True)
        corrected = _latest(session.connection(), item.id)
        if corrected is None:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP("domain", "{code} has not been inspected yet: there is no result to correct."),
                code=item.code,
            )
        item.status = target.value
        row = Inspection(
            item_set_id=item.id,
            result=target.value,
            reason=reason.value if reason else None,
            note=why,
            inspector=actor.operator,
            station=actor.station,
            at=now(),
        )
        session.add(row)
        session.flush()
        session.add(InspectionCorrection(inspection_id=row.id, corrects_id=corrected.id, why=why))
        audit.record(session, actor, "correct_inspection", "item_set", item.code, before.value, target.value, why)
        session.flush()
        return view_of(session, item.code)


@requires(Permission.INSPECT)
def undo_inspection(store: Store, actor: Actor, code: str, why: str) -> ItemSetView:
    """Take the latest inspection result back: ``passed | failed → received`` (the inspection queue).

    The inspection row is kept and marked in ``inspection_undo`` (with ``why``, who, where, when);
    an event ``undo_inspection`` is recorded. Meant for "undo the last scan" at a station: only the
    latest result, recorded at ``actor``'s station within ``domain.undo.UNDO_WINDOW`` (two minutes),
    may be undone (``domain.undo.check_undo``). An older or another station's result is corrected by a
    coordinator instead (:func:`correct_inspection`, no time limit).

    :raises InvalidValue: no ``why``.
    :raises TransitionRefused: the item set is not ``passed`` or ``failed`` (not inspected, packed,
        returned, disposed, ...), has no inspection row (a status set otherwise), or its latest
        result was recorded at another station or more than two minutes ago (params ``code``,
        ``station``, ``when``, ``minutes``).
    """
    why = _why(why)
    with store.write() as session:
        item = load_item_set(session, code)
        before = ItemSetStatus(item.status)
        last = _latest(session.connection(), item.id)
        if before not in (ItemSetStatus.PASSED, ItemSetStatus.FAILED) or last is None:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP("domain", "{code} is “{status}”: there is no inspection result to undo."),
                code=item.code,
                status=ITEM_SET_STATUS_LABELS[before],
            )
        check_item_set_move(item.code, before, ItemSetStatus.RECEIVED)
        at = now()
        check_undo(item.code, last.station, last.at, actor.station, at)
        item.status = ItemSetStatus.RECEIVED.value
        session.add(InspectionUndo(inspection_id=last.id, why=why, actor=actor.operator, station=actor.station, at=at))
        audit.record(session, actor, "undo_inspection", "item_set", item.code, before.value,
                     ItemSetStatus.RECEIVED.value, why)
        session.flush()
        return view_of(session, item.code)


def history(store: Store, code: str) -> list[InspectionRecord]:
    """Every inspection row of an item set, oldest first, with corrections, undos and checks.

    :raises InvalidCode: / :raises NotFound: the code.
    """
    with store.read() as session:
        item = load_item_set(session, code)
        rows = session.execute(
            select(Inspection, InspectionCorrection.corrects_id, InspectionCorrection.why, InspectionUndo.id)
            .outerjoin(InspectionCorrection, InspectionCorrection.inspection_id == Inspection.id)
            .outerjoin(InspectionUndo, InspectionUndo.inspection_id == Inspection.id)
            .where(Inspection.item_set_id == item.id)
            .order_by(Inspection.id)
        ).all()
        checks: dict[int, list[int]] = {}
        for inspection_id, item_id in session.execute(
            select(InspectionCheck.inspection_id, InspectionCheck.checklist_item_id)
            .join(Inspection, Inspection.id == InspectionCheck.inspection_id)
            .where(Inspection.item_set_id == item.id)
            .order_by(InspectionCheck.checklist_item_id)
        ):
            checks.setdefault(inspection_id, []).append(item_id)
        return [
            InspectionRecord(
                id=row.id,
                code=item.code,
                passed=row.result == ItemSetStatus.PASSED.value,
                reason=NonconformanceReason(row.reason) if row.reason else None,
                note=row.note,
                inspector=row.inspector,
                station=row.station,
                at=row.at,
                corrects=corrects,
                why=why,
                undone=undo_id is not None,
                checks=tuple(checks.get(row.id, ())),
            )
            for row, corrects, why, undo_id in rows
        ]


# --- checklists ---------------------------------------------------------------------------------


def _checklist_view(row: ChecklistItem) -> ChecklistItemView:
    return ChecklistItemView(row.id, Category(row.category), row.position, row.text, row.source, row.active)


def checklist(store: Store, category: Category, *, include_inactive: bool = False) -> list[ChecklistItemView]:
    """The checklist of ``category`` in its order (``position``); active items only unless asked."""
    with store.read() as session:
        query = select(ChecklistItem).where(ChecklistItem.category == category.value)
        if not include_inactive:
            query = query.where(ChecklistItem.active.is_(True))
        return [_checklist_view(row) for row in session.scalars(query.order_by(ChecklistItem.position, ChecklistItem.id))]


def _clean(text: str, limit: int, what: str) -> str:
    cleaned = " ".join((text or "").split())
    if not cleaned or len(cleaned) > limit:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("domain", "The checklist {what} must be 1 to {limit} characters long."),
            what=what, limit=limit,
        )
    return cleaned


def _load_check(session: Session, item_id: int) -> ChecklistItem:
    row = session.get(ChecklistItem, item_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "Checklist item {id} does not exist."), id=item_id)
    return row


@requires(Permission.CHECKLISTS)
def add_checklist_item(store: Store, actor: Actor, category: Category, text: str, source: str, *,
                       token: str | None = None) -> ChecklistItemView:
    """Append a check at the end of ``category``'s checklist (administrator; audited).

    :param source: the standard and clause (or clause topic) the check comes from.
    :param token: the request's idempotency token (:mod:`.once`): the same token again adds nothing.
    :raises InvalidValue: empty or too long text (300) or source (120).
    :raises AlreadyDone: this token added the check before (``result``: its view).
    """
    text = _clean(text, CHECK_TEXT_MAX, "text")
    source = _clean(source, CHECK_SOURCE_MAX, "source")

    def create(session: Session) -> tuple[ChecklistItemView, str]:
        last = session.scalar(select(func.max(ChecklistItem.position)).where(ChecklistItem.category == category.value))
        row = ChecklistItem(category=category.value, position=(last or 0) + 1, text=text, source=source, active=True)
        session.add(row)
        session.flush()
        audit.record(session, actor, "checklist_add", "checklist_item", str(row.id), None, category.value,
                     f"{text} [{source}]")
        return _checklist_view(row), str(row.id)

    return run_once(store, actor, token, "add_checklist_item", create,
                    lambda session, item_id: _checklist_view(_load_check(session, int(item_id))))


@requires(Permission.CHECKLISTS)
def edit_checklist_item(store: Store, actor: Actor, item_id: int, text: str, source: str) -> ChecklistItemView:
    """Change a check's text and source (administrator; the event keeps the old wording).

    :raises NotFound: no such checklist item. :raises InvalidValue: as :func:`add_checklist_item`.
    """
    text = _clean(text, CHECK_TEXT_MAX, "text")
    source = _clean(source, CHECK_SOURCE_MAX, "source")
    with store.write() as session:
        row = _load_check(session, item_id)
        detail = f"{row.text} [{row.source}] → {text} [{source}]"
        row.text, row.source = text, source
        audit.record(session, actor, "checklist_edit", "checklist_item", str(row.id), None, None, detail)
        session.flush()
        return _checklist_view(row)


@requires(Permission.CHECKLISTS)
def deactivate_checklist_item(store: Store, actor: Actor, item_id: int) -> ChecklistItemView:
    """Take a check off its checklist; it stays in the store for the inspections that ticked it.

    :raises NotFound: no such checklist item.
    """
    with store.write() as session:
        row = _load_check(session, item_id)
        if row.active:
            row.active = False
            audit.record(session, actor, "checklist_deactivate", "checklist_item", str(row.id), "active", "inactive",
                         row.text)
        session.flush()
        return _checklist_view(row)


@requires(Permission.CHECKLISTS)
def reorder_checklist(store: Store, actor: Actor, category: Category, item_ids: Sequence[int]) -> list[ChecklistItemView]:
    """Put ``category``'s active checks in the order of ``item_ids`` (positions 1, 2, …).

    :raises InvalidValue: ``item_ids`` is not exactly the category's active checks, each once.
    """
    with store.write() as session:
        rows = {
            row.id: row
            for row in session.scalars(
                select(ChecklistItem).where(ChecklistItem.category == category.value, ChecklistItem.active.is_(True))
            )
        }
        if sorted(item_ids) != sorted(rows) or len(set(item_ids)) != len(item_ids):
            raise InvalidValue(
                QT_TRANSLATE_NOOP("domain", "List every active check of {category} once to reorder them."),
                category=CATEGORY_LABELS[category],
            )
        inactive_last = len(rows) + 1
        for row in session.scalars(
            select(ChecklistItem).where(ChecklistItem.category == category.value, ChecklistItem.active.is_(False))
        ):
            row.position = inactive_last
            inactive_last += 1
        for position, item_id in enumerate(item_ids, start=1):
            rows[item_id].position = position
        audit.record(session, actor, "checklist_reorder", "checklist", category.value, None, None,
                     ",".join(map(str, item_ids)))
    return checklist(store, category)
