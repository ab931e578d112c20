"""Inspection progress and results for coordinators and the auditor (质检报告).

Definitions (the same in the tables and the PDF):

- *inspected*: an item set whose status is no longer ``received`` (passed, failed, packed, shipped,
  delivered, returned, disposed); *remaining* = total − inspected. An item set sent to rework or
  whose inspection was undone is ``received`` again, so it counts as remaining.
- *passed* / *failed*: by its current status: passed = passed, packed, shipped or delivered;
  failed = failed (in quarantine), returned or disposed. *pass rate* = passed / inspected.
- *ordinary* inspection rows: not coordinators' corrections, nor results that were undone.
- *by inspector per day*: ordinary inspection rows per inspector and local calendar date (the
  station's time zone).
- *checklist coverage*, per category and per inspector, over the ordinary pass rows: the checks of
  the item set's category that are active now (as the checklist stands at the report, so a check
  added later counts as not ticked and a retired one is left out) against those ticked with the
  pass (``inspection_check``). *All ticked*: every such check ticked; *no ticks*: none ticked of a
  non-empty checklist.
- *failures*: every inspection row with result failed (also those later reworked, corrected or
  undone), with what became of it.
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import date
from typing import BinaryIO

from sqlalchemy import Select, case, func, select

from ..domain.catalogue import Category, NonconformanceReason
from ..domain.lifecycle import ItemSetStatus
from ..store.database import Store
from ..store.models import (
    ChecklistItem,
    Disposition,
    Donor,
    InboundCarton,
    Inspection,
    InspectionCheck,
    InspectionCorrection,
    InspectionUndo,
    ItemSet,
)
from ..documents.inspection_report import (
    CORRECTED,
    FAILED_STATUSES,
    PASSED_STATUSES,
    QUARANTINE,
    REWORK,
    UNDONE,
    CheckCoverage,
    FailureRow,
    InspectionReport,
    InspectionSummary,
    InspectorDay,
    ProgressRow,
    render_inspection_report,
)
from .context import now

__all__ = [
    "CheckCoverage", "FailureRow", "InspectionReport", "InspectionSummary", "InspectorDay", "ProgressRow",
    "by_inspector_day", "coverage_by_category", "coverage_by_inspector", "failures", "inspection_report",
    "progress_by_carton", "progress_by_category", "progress_by_donor", "summary", "write_inspection_report",
]

def _progress(session, key_column, order_by) -> list[ProgressRow]:  # noqa: ANN001
    status = ItemSet.status
    counted = lambda statuses: func.sum(case((status.in_([s.value for s in statuses]), 1), else_=0))  # noqa: E731
    query = (
        select(
            key_column,
            func.count(),
            func.sum(case((status != ItemSetStatus.RECEIVED.value, 1), else_=0)),
            counted(PASSED_STATUSES),
            counted(FAILED_STATUSES),
        )
        .select_from(ItemSet)
        .join(InboundCarton, ItemSet.carton_id == InboundCarton.id)
        .join(Donor, ItemSet.donor_id == Donor.id)
        .group_by(key_column)
        .order_by(order_by)
    )
    return [ProgressRow(str(key), total, inspected or 0, passed or 0, failed or 0)
            for key, total, inspected, passed, failed in session.execute(query)]


def progress_by_carton(store: Store) -> list[ProgressRow]:
    """Inspected / remaining per inbound carton, in carton code order."""
    with store.read() as session:
        return _progress(session, InboundCarton.code, InboundCarton.code)


def progress_by_category(store: Store) -> list[ProgressRow]:
    """Per category present in the store (``key`` is the :class:`Category` value), in catalogue order."""
    with store.read() as session:
        rows = {row.key: row for row in _progress(session, ItemSet.category, ItemSet.category)}
    return [rows[c.value] for c in Category if c.value in rows]


def progress_by_donor(store: Store) -> list[ProgressRow]:
    """Per donor, by donor name."""
    with store.read() as session:
        return _progress(session, Donor.name, Donor.name)


def _ordinary(query: Select) -> Select:
    """``query`` over ``Inspection`` narrowed to ordinary rows: no correction, not undone."""
    return (
        query.outerjoin(InspectionCorrection, InspectionCorrection.inspection_id == Inspection.id)
        .outerjoin(InspectionUndo, InspectionUndo.inspection_id == Inspection.id)
        .where(InspectionCorrection.id.is_(None), InspectionUndo.id.is_(None))
    )


def by_inspector_day(store: Store) -> list[InspectorDay]:
    """Ordinary inspections per inspector and local date (see the module docstring), by date then name."""
    with store.read() as session:
        rows = session.execute(_ordinary(select(Inspection.inspector, Inspection.at, Inspection.result))).all()
    counts: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0])
    for inspector, at, result in rows:
        counts[(at.astimezone().date(), inspector)][0 if result == ItemSetStatus.PASSED.value else 1] += 1
    return [InspectorDay(inspector, day, p + f, p, f) for (day, inspector), (p, f) in sorted(counts.items())]


def _coverage(store: Store) -> list[tuple[str, str, CheckCoverage]]:
    """(inspector, category value, coverage) for each pair with ordinary passes; one grouped query."""
    expected_per_category = (
        select(ChecklistItem.category, func.count().label("n"))
        .where(ChecklistItem.active.is_(True)).group_by(ChecklistItem.category).subquery()
    )
    ticked_per_pass = (
        select(InspectionCheck.inspection_id, func.count().label("n"))
        .join(ChecklistItem, ChecklistItem.id == InspectionCheck.checklist_item_id)
        .where(ChecklistItem.active.is_(True)).group_by(InspectionCheck.inspection_id).subquery()
    )
    ticked, expected = func.coalesce(ticked_per_pass.c.n, 0), func.coalesce(expected_per_category.c.n, 0)
    query = _ordinary(
        select(Inspection.inspector, ItemSet.category, func.count(),
               func.sum(case((ticked >= expected, 1), else_=0)),
               func.sum(case(((ticked == 0) & (expected > 0), 1), else_=0)),
               func.sum(ticked), func.sum(expected))
        .select_from(Inspection)
        .join(ItemSet, ItemSet.id == Inspection.item_set_id)
        .outerjoin(ticked_per_pass, ticked_per_pass.c.inspection_id == Inspection.id)
        .outerjoin(expected_per_category, expected_per_category.c.category == ItemSet.category)
    ).where(Inspection.result == ItemSetStatus.PASSED.value).group_by(Inspection.inspector, ItemSet.category)
    with store.read() as session:
        return [(inspector, category, CheckCoverage("", *counts)) for inspector, category, *counts in session.execute(query)]


def _sum_by(groups: list[tuple[str, CheckCoverage]]) -> dict[str, CheckCoverage]:
    """The coverage rows added up per key."""
    by_key: dict[str, list[CheckCoverage]] = defaultdict(list)
    for key, row in groups:
        by_key[key].append(row)
    return {key: CheckCoverage.total(key, rows) for key, rows in by_key.items()}


def coverage_by_category(store: Store) -> list[CheckCoverage]:
    """Checklist coverage of ordinary passes per category with passes (``key``: the :class:`Category`
    value), in catalogue order; see the module docstring."""
    rows = _sum_by([(category, row) for _, category, row in _coverage(store)])
    return [rows[c.value] for c in Category if c.value in rows]


def coverage_by_inspector(store: Store) -> list[CheckCoverage]:
    """Checklist coverage of ordinary passes per inspector (``key``: the name), by name."""
    rows = _sum_by([(inspector, row) for inspector, _, row in _coverage(store)])
    return [rows[name] for name in sorted(rows)]


def failures(store: Store) -> list[FailureRow]:
    """Every failed inspection with its outcome, in the order they were recorded."""
    with store.read() as session:
        corrections = {
            corrects_id: (row.inspector, row.at, why)
            for corrects_id, row, why in session.execute(
                select(InspectionCorrection.corrects_id, Inspection, InspectionCorrection.why)
                .join(Inspection, Inspection.id == InspectionCorrection.inspection_id)
            )
        }
        undos = {u.inspection_id: u for u in session.scalars(select(InspectionUndo))}
        dispositions = {d.inspection_id: d for d in session.scalars(select(Disposition))}
        rows = session.execute(
            select(Inspection, ItemSet.code, ItemSet.category, ItemSet.description, Donor.name, InboundCarton.code,
                   ItemSet.status)
            .join(ItemSet, Inspection.item_set_id == ItemSet.id)
            .join(Donor, ItemSet.donor_id == Donor.id)
            .join(InboundCarton, ItemSet.carton_id == InboundCarton.id)
            .where(Inspection.result == ItemSetStatus.FAILED.value)
            .order_by(Inspection.id)
        ).all()
        result = []
        for inspection, code, category, description, donor, carton, status in rows:
            outcome, by, approved, at, note = QUARANTINE, None, None, None, None
            if inspection.id in dispositions:
                d = dispositions[inspection.id]
                outcome, by, approved, at, note = d.kind, d.actor, d.approved_by, d.at, d.note
            elif inspection.id in corrections:
                outcome = CORRECTED
                by, at, note = corrections[inspection.id]
            elif inspection.id in undos:
                u = undos[inspection.id]
                outcome, by, at, note = UNDONE, u.actor, u.at, u.why
            elif status != ItemSetStatus.FAILED.value:  # not reachable through the services; say so plainly
                outcome = status
            result.append(FailureRow(
                code=code, category=Category(category), description=description, donor=donor, carton_code=carton,
                reason=NonconformanceReason(inspection.reason) if inspection.reason else None,
                note=inspection.note, inspector=inspection.inspector, station=inspection.station, at=inspection.at,
                outcome=outcome, outcome_by=by, approved_by=approved, outcome_at=at, outcome_note=note,
            ))
        return result


def summary(store: Store) -> InspectionSummary:
    """The headline figures (see the module docstring for what each counts)."""
    with store.read() as session:
        by_status = dict(session.execute(select(ItemSet.status, func.count()).group_by(ItemSet.status)).all())
        inspections = session.scalar(select(func.count()).select_from(Inspection))
        corrections = session.scalar(select(func.count()).select_from(InspectionCorrection))
        undone = session.scalar(select(func.count()).select_from(InspectionUndo))
        reworked = session.scalar(select(func.count()).select_from(Disposition).where(Disposition.kind == REWORK))
    count = lambda statuses: sum(by_status.get(s.value, 0) for s in statuses)  # noqa: E731
    total = sum(by_status.values())
    return InspectionSummary(
        item_sets=total,
        inspected=total - by_status.get(ItemSetStatus.RECEIVED.value, 0),
        passed=count(PASSED_STATUSES),
        failed=count(FAILED_STATUSES),
        in_quarantine=by_status.get(ItemSetStatus.FAILED.value, 0),
        returned=by_status.get(ItemSetStatus.RETURNED.value, 0),
        disposed=by_status.get(ItemSetStatus.DISPOSED.value, 0),
        inspections=inspections,
        corrections=corrections,
        undone=undone,
        reworked=reworked,
    )


def inspection_report(store: Store) -> InspectionReport:
    """Everything the auditor's inspection report prints (several reads; figures as of the call)."""
    return InspectionReport(
        generated_at=now(),
        summary=summary(store),
        by_carton=progress_by_carton(store),
        by_category=progress_by_category(store),
        by_donor=progress_by_donor(store),
        by_inspector_day=by_inspector_day(store),
        coverage_by_category=coverage_by_category(store),
        coverage_by_inspector=coverage_by_inspector(store),
        failures=failures(store),
    )


def write_inspection_report(store: Store, out: str | os.PathLike | BinaryIO) -> int:
    """Write the inspection report (质检报告) as an A4 PDF; returns its number of pages."""
    return render_inspection_report(inspection_report(store), out)
