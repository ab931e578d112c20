"""Checks that were really done (issue 10): the station's "a pass needs every check" rule, the
walkthrough's ticks, and the checklist coverage the inspection report counts."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bqw_desktop.domain.catalogue import Category, NonconformanceReason
from bqw_desktop.domain.errors import InvalidValue
from bqw_desktop.domain.lifecycle import ItemSetStatus
from bqw_desktop.services import drive, inspection, inspection_report
from bqw_desktop.queries import item_sets
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.models import Event, Inspection, InspectionCheck

CODE = "IS000001L"  # clothing: ten checks


def counts(store) -> tuple[int, int, int]:
    with store.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(t)) for t in (Inspection, InspectionCheck, Event))


def test_a_pass_with_missing_ticks_is_refused_when_the_station_says_so(drive_store, actor):
    checks = inspection.checklist(drive_store, Category.CLOTHING)
    assert len(checks) == 10
    ticked = [c.id for c in checks if c.position not in (4, 9)]
    before = counts(drive_store)
    with pytest.raises(InvalidValue) as refused:
        inspection.inspect(drive_store, actor, CODE, True, checks=ticked, require_all_checks=True)
    error = refused.value
    assert (error.params["code"], error.params["count"]) == (CODE, 2)
    assert error.params["missing"] == "4. 使用说明（耐久性标签… · 9. 成套齐全：件数与标签…"
    assert str(error).endswith("Nothing was recorded.")
    with pytest.raises(InvalidValue) as refused:  # nothing ticked: the first three, and "…" for the rest
        inspection.inspect(drive_store, actor, CODE, True, require_all_checks=True)
    assert refused.value.params["count"] == 10 and refused.value.params["missing"].count(" · ") == 2
    assert refused.value.params["missing"].endswith("3. 附件和衣物上无锐利尖… …")
    # the store is as it was: no result, no ticks, no event, still waiting
    assert counts(drive_store) == before
    assert item_sets.find_item_set(drive_store, CODE).status is ItemSetStatus.RECEIVED
    assert inspection.history(drive_store, CODE) == []

    # with every check ticked it passes; the same ticks without the setting pass too
    inspection.inspect(drive_store, actor, CODE, True, checks=[c.id for c in checks], require_all_checks=True)
    assert inspection.history(drive_store, CODE)[-1].checks == tuple(sorted(c.id for c in checks))
    inspection.inspect(drive_store, actor, "IS000002J", True, checks=ticked)
    assert inspection.history(drive_store, "IS000002J")[-1].checks == tuple(sorted(ticked))


def test_a_fail_needs_no_ticks_and_a_retired_check_is_not_asked_for(drive_store, actor):
    inspection.inspect(drive_store, actor, CODE, False, NonconformanceReason.STAINED, require_all_checks=True)
    assert item_sets.find_item_set(drive_store, CODE).status is ItemSetStatus.FAILED
    checks = inspection.checklist(drive_store, Category.CLOTHING)
    inspection.deactivate_checklist_item(drive_store, actor, checks[-1].id)
    inspection.inspect(drive_store, actor, "IS000002J", True, checks=[c.id for c in checks[:-1]],
                       require_all_checks=True)
    assert item_sets.find_item_set(drive_store, "IS000002J").status is ItemSetStatus.PASSED


def test_walkthrough_passes_have_their_checks_ticked(drive_store, actor):
    drive.walkthrough(drive_store, actor)
    with drive_store.read() as session:
        ticks = dict(session.execute(
            select(Inspection.id, func.count(InspectionCheck.id))
            .outerjoin(InspectionCheck, InspectionCheck.inspection_id == Inspection.id)
            .where(Inspection.result == ItemSetStatus.PASSED.value).group_by(Inspection.id)).all())
    assert len(ticks) == 234 and min(ticks.values()) > 0
    by_category = {row.key: row for row in inspection_report.coverage_by_category(drive_store)}
    # one pass in nine leaves the last check unticked: 26 of the 240 (none of them one of the 6 fails)
    assert sum(r.passes for r in by_category.values()) == 234
    assert sum(r.all_ticked for r in by_category.values()) == 234 - 26
    assert sum(r.no_ticks for r in by_category.values()) == 0
    clothing = by_category["clothing"]
    assert (clothing.passes, clothing.expected) == (108, 1080)
    assert clothing.ticked == 1080 - (108 - clothing.all_ticked)


def test_coverage_counts_ordinary_passes_against_todays_checklist(drive_store, actor):
    other = Actor("李娜", "TEST-2", Role.VOLUNTEER)
    checks = [c.id for c in inspection.checklist(drive_store, Category.CLOTHING)]
    inspection.inspect(drive_store, actor, "IS000001L", True, checks=checks)
    inspection.inspect(drive_store, actor, "IS000002J", True, checks=checks[:5])
    inspection.inspect(drive_store, other, "IS000003H", True)  # nothing ticked
    inspection.inspect(drive_store, other, "IS000004F", True)
    inspection.undo_inspection(drive_store, other, "IS000004F", "扫错")  # undone: not counted
    inspection.inspect(drive_store, other, "IS000005D", False, NonconformanceReason.DAMAGED)  # a fail: not counted
    inspection.correct_inspection(drive_store, Actor("王协调", "COORD-1", Role.COORDINATOR), "IS000005D", True, None, "复核合格")

    def rows():
        return ({r.key: (r.passes, r.all_ticked, r.no_ticks, r.ticked, r.expected)
                 for r in inspection_report.coverage_by_inspector(drive_store)},
                [(r.key, r.passes, r.rate) for r in inspection_report.coverage_by_category(drive_store)])

    assert rows() == ({"测试员": (2, 1, 0, 15, 20), "李娜": (1, 0, 1, 0, 10)}, [("clothing", 3, 15 / 30)])
    inspection.deactivate_checklist_item(drive_store, actor, checks[0])  # ticked by both of 测试员's passes
    assert rows()[0] == {"测试员": (2, 1, 0, 13, 18), "李娜": (1, 0, 1, 0, 9)}
