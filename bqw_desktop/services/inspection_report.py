"""Inspection progress and results for coordinators and the auditor (质检报告).

Definitions (the same in the tables and the PDF):

- *inspected*: an item set whose status is no longer ``received`` (passed, failed, packed, shipped,
  delivered, returned, disposed); *remaining* = total − inspected. An item set sent to rework or
  whose inspection was undone is ``received`` again, so it counts as remaining.
- *passed* / *failed*: by its current status: passed = passed, packed, shipped or delivered;
  failed = failed (in quarantine), returned or disposed. *pass rate* = passed / inspected.
- *by inspector per day*: inspection rows per inspector and local calendar date (the station's
  time zone), not counting coordinators' corrections nor results that were undone.
- *failures*: every inspection row with result failed (also those later reworked, corrected or
  undone), with what became of it.
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import date
from typing import BinaryIO

from sqlalchemy import case, func, select

from ..domain.catalogue import Category, NonconformanceReason
from ..domain.lifecycle import ItemSetStatus
from ..store.database import Store
from ..store.models import (
    Disposition,
    Donor,
    InboundCarton,
    Inspection,
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
    FailureRow,
    InspectionReport,
    InspectionSummary,
    InspectorDay,
    ProgressRow,
    render_inspection_report,
)
from .context import now

__all__ = [
    "FailureRow", "InspectionReport", "InspectionSummary", "InspectorDay", "ProgressRow", "by_inspector_day",
    "failures", "inspection_report", "progress_by_carton", "progress_by_category", "progress_by_donor", "summary",
    "write_inspection_report",
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


def by_inspector_day(store: Store) -> list[InspectorDay]:
    """Ordinary inspections per inspector and local date (see the module docstring), by date then name."""
    with store.read() as session:
        rows = session.execute(
            select(Inspection.inspector, Inspection.at, Inspection.result)
            .outerjoin(InspectionCorrection, InspectionCorrection.inspection_id == Inspection.id)
            .outerjoin(InspectionUndo, InspectionUndo.inspection_id == Inspection.id)
            .where(InspectionCorrection.id.is_(None), InspectionUndo.id.is_(None))
        ).all()
    counts: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0])
    for inspector, at, result in rows:
        counts[(at.astimezone().date(), inspector)][0 if result == ItemSetStatus.PASSED.value else 1] += 1
    return [InspectorDay(inspector, day, p + f, p, f) for (day, inspector), (p, f) in sorted(counts.items())]


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
        failures=failures(store),
    )


def write_inspection_report(store: Store, out: str | os.PathLike | BinaryIO) -> int:
    """Write the inspection report (质检报告) as an A4 PDF; returns its number of pages."""
    return render_inspection_report(inspection_report(store), out)
