"""Inspection progress and results, checked against the database itself."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from bqw_desktop.domain.catalogue import Category, NonconformanceReason as R
from bqw_desktop.services import inspection, inspection_report as report, quarantine
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.models import InboundCarton, ItemSet

OTHER = Actor("李娜", "TEST-2", Role.ADMINISTRATOR)
COORDINATOR = Actor("王协调", "COORD-1", Role.COORDINATOR)


#: when the inspections of :func:`worked` happen, so that their local day is known whatever the time
AT = datetime(2024, 5, 20, 4, 0, tzinfo=UTC)


@pytest.fixture
def worked(drive_store, actor, monkeypatch):
    """Carton 1's first 10 item sets: 6 passed by 测试员, 4 failed by 李娜, then settled in four ways, all
    at :data:`AT`."""
    monkeypatch.setattr(inspection, "now", lambda: AT)
    with drive_store.read() as session:
        codes = list(session.scalars(select(ItemSet.code).order_by(ItemSet.id).limit(10)))
    for code in codes[:6]:
        inspection.inspect(drive_store, actor, code, True)
    for code, reason in zip(codes[6:], (R.STAINED, R.DAMAGED, R.UNSAFE, R.INCOMPLETE), strict=True):
        inspection.inspect(drive_store, OTHER, code, False, reason)
    quarantine.return_to_donor(drive_store, actor, codes[6])
    quarantine.dispose(drive_store, actor, codes[7], "王主任")
    quarantine.send_to_rework(drive_store, actor, codes[8], "清洗")
    inspection.correct_inspection(drive_store, COORDINATOR, codes[9], True, None, "复核合格")
    inspection.undo_inspection(drive_store, actor, codes[5], "扫错")  # one pass undone: remaining again
    return drive_store, codes


def test_summary_matches_the_statuses(worked):
    store, _ = worked
    s = report.summary(store)
    assert (s.item_sets, s.inspected, s.remaining) == (1896, 8, 1888)  # 5 + returned + disposed + corrected
    assert (s.passed, s.failed, s.in_quarantine, s.returned, s.disposed) == (6, 2, 0, 1, 1)
    assert (s.inspections, s.corrections, s.undone, s.reworked) == (11, 1, 1, 1)
    assert s.pass_rate == pytest.approx(6 / 8)
    with store.read() as session:  # the same figures straight from SQL
        by_status = dict(session.execute(select(ItemSet.status, func.count()).group_by(ItemSet.status)).all())
    assert by_status == {"received": 1888, "passed": 6, "returned": 1, "disposed": 1}


def test_progress_per_carton_category_and_donor(worked):
    store, _ = worked
    cartons = report.progress_by_carton(store)
    assert len(cartons) == 28
    with store.read() as session:
        sizes = dict(session.execute(
            select(InboundCarton.code, func.count()).join(ItemSet, ItemSet.carton_id == InboundCarton.id)
            .group_by(InboundCarton.code)).all())
    assert {r.key: r.total for r in cartons} == sizes
    first = cartons[0]
    assert (first.key, first.inspected, first.remaining, first.passed, first.failed) == (
        "CT00001B", 8, sizes["CT00001B"] - 8, 6, 2)
    assert all(r.inspected == 0 and r.pass_rate is None for r in cartons[1:])

    categories = report.progress_by_category(store)
    assert [r.key for r in categories] == ["clothing", "sports", "study"]
    assert [(r.total, r.inspected, r.passed) for r in categories] == [(712, 8, 6), (448, 0, 0), (736, 0, 0)]
    assert categories[0].pass_rate == pytest.approx(0.75)

    donors = {r.key: r for r in report.progress_by_donor(store)}
    assert sum(r.total for r in donors.values()) == 1896
    assert (donors["商会会员企业01"].inspected, donors["商会会员企业01"].failed) == (8, 2)


def test_by_inspector_per_local_day_leaves_out_corrections_and_undone(worked):
    store, _ = worked
    rows = report.by_inspector_day(store)
    day = AT.astimezone().date()
    assert [(r.inspector, r.day, r.inspections, r.passed, r.failed) for r in rows] == [
        ("李娜", day, 4, 0, 4), ("测试员", day, 5, 5, 0)]


def test_every_failure_with_its_disposition(worked):
    store, codes = worked
    rows = report.failures(store)
    assert [(r.code, r.reason, r.inspector, r.station, r.outcome) for r in rows] == [
        (codes[6], R.STAINED, "李娜", "TEST-2", "returned"),
        (codes[7], R.DAMAGED, "李娜", "TEST-2", "disposed"),
        (codes[8], R.UNSAFE, "李娜", "TEST-2", "rework"),
        (codes[9], R.INCOMPLETE, "李娜", "TEST-2", "corrected"),
    ]
    assert (rows[1].approved_by, rows[1].outcome_by) == ("王主任", "测试员")
    assert (rows[3].outcome_by, rows[3].outcome_note) == ("王协调", "复核合格")
    assert rows[0].category is Category.CLOTHING and rows[0].carton_code == "CT00001B"
    # a new failure waits in quarantine
    inspection.inspect(store, OTHER, codes[8], False, R.STAINED)
    assert report.failures(store)[-1].outcome == "quarantine"
    assert report.summary(store).in_quarantine == 1
