"""Inspection station services on a real SQLite file: checklists, second stations, corrections,
undo, quarantine and every disposition, each recorded as rows and events; migration 0002 on data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import select, text

from bqw_desktop.domain.catalogue import Category, NonconformanceReason as R
from bqw_desktop.domain.errors import InvalidValue, NotFound, TransitionRefused
from bqw_desktop.domain.lifecycle import ItemSetStatus as S
from bqw_desktop.services import drive, inspection, quarantine, shipping
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.database import Store
from bqw_desktop.store.models import (
    ChecklistItem,
    Disposition,
    Event,
    Inspection,
    InspectionCheck,
    InspectionCorrection,
    InspectionUndo,
)
from tests.helpers.records import count, events, status

OTHER = Actor("李娜", "TEST-2", Role.ADMINISTRATOR)
COORDINATOR = Actor("王协调", "COORD-1", Role.COORDINATOR)


# --- checklists -----------------------------------------------------------------------------------


def test_the_migration_seeds_a_checklist_per_category_citing_the_standards(store):
    clothing = inspection.checklist(store, Category.CLOTHING)
    sports = inspection.checklist(store, Category.SPORTS)
    study = inspection.checklist(store, Category.STUDY)
    daily = inspection.checklist(store, Category.DAILY)
    assert [c.position for c in clothing] == list(range(1, len(clothing) + 1))
    assert any("GB 31701" in c.source and "绳带" in c.source for c in clothing)
    assert any("GB 31701" in c.source and "附件" in c.source for c in clothing)
    assert any("安全技术类别" in c.source for c in clothing)
    assert any("GB 6675" in c.source and "小零件" in c.source for c in sports)
    assert any("GB 6675" in c.source and "锐利" in c.source for c in sports)
    assert any("GB 21027" in c.source and "标识" in c.source for c in study)
    assert any("GB 21027" in c.source and "有害物质" in c.source for c in study)
    for items in (clothing, sports, study, daily):  # the four condition checks everywhere
        texts = " ".join(c.text for c in items)
        for word in ("干净", "完好无损", "成套齐全", "尺码"):
            assert word in texts
        assert all(c.source and c.active for c in items)


def test_admin_edits_are_audited_and_keep_old_items(store, actor):
    added = inspection.add_checklist_item(store, actor, Category.DAILY, "  毛巾无线头  ", "通用状况检查")
    assert (added.text, added.position, added.category) == ("毛巾无线头", 7, Category.DAILY)
    edited = inspection.edit_checklist_item(store, actor, added.id, "毛巾无脱线、无线头", "通用状况检查（本项目规定）")
    assert edited.text == "毛巾无脱线、无线头"
    first = inspection.checklist(store, Category.DAILY)[0]
    inspection.deactivate_checklist_item(store, actor, first.id)
    active = inspection.checklist(store, Category.DAILY)
    assert first.id not in [c.id for c in active] and len(active) == 6
    assert len(inspection.checklist(store, Category.DAILY, include_inactive=True)) == 7
    reordered = inspection.reorder_checklist(store, actor, Category.DAILY, [c.id for c in reversed(active)])
    assert [c.id for c in reordered] == [c.id for c in reversed(active)]
    assert [c.position for c in reordered] == [1, 2, 3, 4, 5, 6]
    with store.read() as session:
        actions = list(session.scalars(select(Event.action).where(Event.action.like("checklist%")).order_by(Event.id)))
        old = session.scalar(select(Event.detail).where(Event.action == "checklist_edit"))
    assert actions == ["checklist_add", "checklist_edit", "checklist_deactivate", "checklist_reorder"]
    assert old.startswith("毛巾无线头 [通用状况检查] → ")
    with pytest.raises(InvalidValue):
        inspection.reorder_checklist(store, actor, Category.DAILY, [c.id for c in active][:-1])
    with pytest.raises(InvalidValue):
        inspection.add_checklist_item(store, actor, Category.DAILY, "   ", "x")
    with pytest.raises(NotFound):
        inspection.edit_checklist_item(store, actor, 9999, "x", "y")


def test_ticked_checks_are_kept_with_the_inspection(drive_store, actor):
    ids = [c.id for c in inspection.checklist(drive_store, Category.CLOTHING)]  # IS000001L is clothing
    inspection.inspect(drive_store, actor, "IS000001L", True, checks=ids[:4])
    assert inspection.history(drive_store, "IS000001L")[0].checks == tuple(sorted(ids[:4]))
    sports = inspection.checklist(drive_store, Category.SPORTS)[0].id
    with pytest.raises(InvalidValue, match=str(sports)):
        inspection.inspect(drive_store, actor, "IS000002J", True, checks=[ids[0], sports])
    assert status(drive_store, "IS000002J") is S.RECEIVED and count(drive_store, InspectionCheck) == 4


# --- two stations, corrections, undo -----------------------------------------------------------


def test_a_second_station_is_told_who_inspected_where_and_when(drive_store, actor):
    inspection.inspect(drive_store, actor, "IS000001L", False, R.STAINED)
    with pytest.raises(TransitionRefused) as caught:
        inspection.inspect(drive_store, OTHER, "IS000001L", True)
    params = caught.value.params
    assert (params["inspector"], params["station"]) == ("测试员", "TEST-1")
    recorded = inspection.history(drive_store, "IS000001L")[0].at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert params["when"] == recorded
    assert "测试员" in str(caught.value) and "TEST-1" in str(caught.value) and recorded in str(caught.value)
    assert count(drive_store, Inspection) == 1 and status(drive_store, "IS000001L") is S.FAILED


def test_a_correction_is_a_new_row_and_an_event(drive_store, actor):
    inspection.inspect(drive_store, actor, "IS000001L", False, R.STAINED, "领口发黄")
    with pytest.raises(InvalidValue):
        inspection.correct_inspection(drive_store, COORDINATOR, "IS000001L", True, None, "  ")
    item = inspection.correct_inspection(drive_store, COORDINATOR, "IS000001L", True, None, "复核：是印花")
    assert item.status is S.PASSED
    first, second = inspection.history(drive_store, "IS000001L")
    assert (first.passed, first.reason, first.note, first.inspector) == (False, R.STAINED, "领口发黄", "测试员")
    assert (second.passed, second.corrects, second.why, second.inspector, second.station) == (
        True, first.id, "复核：是印花", "王协调", "COORD-1")
    assert events(drive_store, "IS000001L")[-1] == (
        "correct_inspection", "failed", "passed", "王协调", "COORD-1", "复核：是印花")
    # and back: passed → failed needs a reason; a packed item set can no longer be corrected
    inspection.correct_inspection(drive_store, COORDINATOR, "IS000001L", False, R.DAMAGED, "又发现破洞")
    assert status(drive_store, "IS000001L") is S.FAILED
    with pytest.raises(TransitionRefused, match="nothing to correct"):
        inspection.correct_inspection(drive_store, COORDINATOR, "IS000001L", False, R.DAMAGED, "重复")
    inspection.inspect(drive_store, actor, "IS000002J", True)
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    shipping.pack(drive_store, actor, shipment.code, "IS000002J")
    with pytest.raises(TransitionRefused, match="no longer be corrected"):
        inspection.correct_inspection(drive_store, COORDINATOR, "IS000002J", False, R.DAMAGED, "晚了")
    with pytest.raises(TransitionRefused, match="not been inspected"):
        inspection.correct_inspection(drive_store, COORDINATOR, "IS000003H", True, None, "无")
    assert count(drive_store, InspectionCorrection) == 2


def test_undo_keeps_the_row_and_returns_to_the_queue(drive_store, actor):
    inspection.inspect(drive_store, actor, "IS000001L", True)
    item = inspection.undo_inspection(drive_store, actor, "IS000001L", "扫错了")
    assert item.status is S.RECEIVED
    (row,) = inspection.history(drive_store, "IS000001L")
    assert row.passed and row.undone
    assert events(drive_store, "IS000001L")[-1][:3] == ("undo_inspection", "passed", "received")
    with pytest.raises(TransitionRefused, match="no inspection result to undo"):
        inspection.undo_inspection(drive_store, actor, "IS000001L", "再撤")
    inspection.inspect(drive_store, OTHER, "IS000001L", False, R.DAMAGED)  # inspected again, a new row
    assert [r.undone for r in inspection.history(drive_store, "IS000001L")] == [True, False]
    assert count(drive_store, InspectionUndo) == 1


# --- quarantine and dispositions ---------------------------------------------------------------


def test_quarantine_lists_failures_with_reason_inspector_and_age(drive_store, actor):
    inspection.inspect(drive_store, actor, "IS000001L", False, R.STAINED, "油渍")
    inspection.inspect(drive_store, OTHER, "IS000002J", False, R.DAMAGED)
    inspection.inspect(drive_store, actor, "IS000003H", True)
    rows = quarantine.quarantine(drive_store, at=datetime.now(UTC) + timedelta(days=3, hours=1))
    assert [(r.code, r.reason, r.note, r.inspector, r.station, r.age_days) for r in rows] == [
        ("IS000001L", R.STAINED, "油渍", "测试员", "TEST-1", 3),
        ("IS000002J", R.DAMAGED, None, "李娜", "TEST-2", 3),
    ]
    first = rows[0]
    assert (first.category, first.description, first.carton_code, first.donor) == (
        Category.CLOTHING, "儿童羽绒服", "CT00001B", "商会会员企业01")


def test_every_disposition_is_recorded_and_nothing_failed_is_packed(drive_store, actor):
    for code in ("IS000001L", "IS000002J", "IS000003H"):
        inspection.inspect(drive_store, actor, code, False, R.DAMAGED)
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    with pytest.raises(TransitionRefused, match="quarantine"):
        shipping.pack(drive_store, actor, shipment.code, "IS000001L")

    with pytest.raises(InvalidValue):
        quarantine.dispose(drive_store, actor, "IS000001L", " ")
    quarantine.dispose(drive_store, actor, "IS000001L", "王主任", "无法修复")
    note = quarantine.return_to_donor(drive_store, actor, "IS000002J", "捐赠方取回")
    quarantine.send_to_rework(drive_store, actor, "IS000003H", "清洗")
    assert [status(drive_store, c) for c in ("IS000001L", "IS000002J", "IS000003H")] == [
        S.DISPOSED, S.RETURNED, S.RECEIVED]
    assert quarantine.quarantine(drive_store) == []
    with drive_store.read() as session:
        rows = session.execute(select(Disposition.kind, Disposition.approved_by, Disposition.note, Disposition.actor,
                                      Disposition.station).order_by(Disposition.id)).all()
    assert rows == [("disposed", "王主任", "无法修复", "测试员", "TEST-1"),
                    ("returned", None, "捐赠方取回", "测试员", "TEST-1"),
                    ("rework", None, "清洗", "测试员", "TEST-1")]
    assert events(drive_store, "IS000001L")[-1][:3] == ("disposed", "failed", "disposed")
    assert events(drive_store, "IS000002J")[-1][:3] == ("return_to_donor", "failed", "returned")
    assert events(drive_store, "IS000003H")[-1][:3] == ("rework", "failed", "received")
    assert (note.number, note.code, note.donor, note.reason, note.return_note) == (
        "TH000002", "IS000002J", "商会会员企业01", R.DAMAGED, "捐赠方取回")

    for code in ("IS000001L", "IS000002J"):  # final: never packed, never inspected again
        with pytest.raises(TransitionRefused, match="cannot be packed"):
            shipping.pack(drive_store, actor, shipment.code, code)
        with pytest.raises(TransitionRefused):
            inspection.inspect(drive_store, actor, code, True)
        with pytest.raises(TransitionRefused, match="not in quarantine"):
            quarantine.send_to_rework(drive_store, actor, code)
    # rework: re-inspected, passes, and only then can be packed
    inspection.inspect(drive_store, OTHER, "IS000003H", True)
    assert shipping.pack(drive_store, actor, shipment.code, "IS000003H").status is S.PACKED
    assert [r.passed for r in inspection.history(drive_store, "IS000003H")] == [False, True]


def test_the_return_note_pdf_names_donor_item_set_and_reason(drive_store, actor, tmp_path):
    inspection.inspect(drive_store, OTHER, "IS000001L", False, R.STAINED, "袖口油渍")
    quarantine.return_to_donor(drive_store, actor, "IS000001L", "已电话通知")
    with pytest.raises(NotFound):
        quarantine.return_note(drive_store, "IS000002J")
    path = tmp_path / "return.pdf"
    assert quarantine.write_return_note(drive_store, "IS000001L", path) == 1
    lines = PdfReader(path).pages[0].extract_text().splitlines()
    for value in ("退货单", "编号 TH000001", "商会会员企业01", "IS000001L", "儿童羽绒服", "污渍", "袖口油渍", "李娜",
                  "TEST-2", "已电话通知", "仓库经办人（签字）", "捐赠方签收（签字）"):
        assert value in lines, value


# --- migration 0002 on a store that already holds the drive -------------------------------------


def test_migration_0002_upgrades_a_store_with_inspections(tmp_path, actor):
    store = Store(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    command.upgrade(store._alembic_config(), "0001")
    drive.load_drive(store, actor)  # Core inserts into the 0001 tables
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE item_set SET status='failed' WHERE id <= 3"))
        connection.execute(text(
            "INSERT INTO inspection (item_set_id, result, reason, inspector, station, at) "
            "SELECT id, 'failed', 'damaged', 'x', 'S', '2021-06-08 01:00:00' FROM item_set WHERE id <= 3"))
    assert store.current_revision() == "0001"
    command.upgrade(store._alembic_config(), "0002")
    assert store.current_revision() == "0002"
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert count(store, ChecklistItem) > 20 and count(store, Inspection) == 3
    store.upgrade()  # later migrations, so the services' models match the schema
    assert store.current_revision() == store.head_revision()
    quarantine.dispose(store, actor, "IS000001L", "王主任")  # the new status is accepted
    assert status(store, "IS000001L") is S.DISPOSED
    with pytest.raises(Exception, match="CHECK constraint"), store.engine.begin() as connection:
        connection.execute(text("UPDATE item_set SET status='lost' WHERE id = 2"))
    store.dispose()
