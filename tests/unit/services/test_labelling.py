"""Location labels (C02), reprints that ask why, printer profiles kept in the store."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bqw_desktop.documents.barcodes import BarcodeValueError
from bqw_desktop.documents.labels import LabelProfile, LabelTemplate, SheetLayout, render_labels
from bqw_desktop.domain.errors import InvalidValue
from bqw_desktop.services import labelling
from bqw_desktop.store.models import Event

from tests.helpers.pdfcheck import code128, pages


def test_c02_a_location_code_with_chinese_is_refused_where_typed_naming_allowed_characters():
    with pytest.raises(BarcodeValueError) as refused:
        labelling.check_location_code("仓A-01")
    message = str(refused.value)
    assert "英文字母、数字和常用符号" in message and "“仓”" in message
    assert labelling.check_location_code(" a-01-03 ") == "A-01-03"


def test_c02_a_batch_with_one_bad_location_prints_the_rest_and_lists_it(tmp_path):
    labels, refused = labelling.location_labels(["A-01-01", "仓A-01", "B-02-03"])
    assert [l.code for l in labels] == ["A-01-01", "B-02-03"] and [v for v, _ in refused] == ["仓A-01"]
    path = tmp_path / "loc.pdf"
    render_labels(labels, path, LabelProfile.for_template(LabelTemplate.LOCATION_80X50))
    assert [code128(p) for p in pages(path, 203)] == [["A-01-01"], ["B-02-03"]]


def test_reprinting_asks_why_and_is_recorded(drive_store, actor):
    labelling.record_printed(drive_store, actor, ["IS000001L", "IS000002J"])
    with pytest.raises(labelling.ReprintNeedsReason) as refused:
        labelling.record_printed(drive_store, actor, ["IS000003H", "IS000002J"])
    assert refused.value.codes == ["IS000002J"]
    labelling.record_printed(drive_store, actor, ["IS000003H", "IS000002J"], "标签被雨水打湿")
    with drive_store.read() as session:
        rows = session.execute(select(Event.action, Event.entity_code, Event.detail)
                               .where(Event.entity_kind == "label").order_by(Event.id)).all()
    assert rows[-2:] == [("label_printed", "IS000003H", None), ("label_reprinted", "IS000002J", "标签被雨水打湿")]


def test_profiles_are_saved_and_read_back(store, actor):
    sheet = LabelProfile.for_template(LabelTemplate.ITEM_60X40, 300, sheet=SheetLayout(7, 3, 13.5, 7, 66, 40),
                                      offset_x_mm=0.5)
    labelling.save_profile(store, actor, "办公室A4", sheet)
    labelling.save_profile(store, actor, "斑马 ZD421", LabelProfile.for_template(LabelTemplate.ITEM_40X30, 203, gap_mm=3))
    assert [p.name for p in labelling.list_profiles(store)] == ["办公室A4", "斑马 ZD421"]
    back = labelling.profile_named(store, "办公室A4")
    assert (back.sheet, back.dpi, back.module_dots, back.offset_x_mm) == (sheet.sheet, 300, 3, 0.5)
    with pytest.raises(InvalidValue):
        labelling.save_profile(store, actor, "x", LabelProfile.for_template(LabelTemplate.ITEM_40X30, 150))


def test_two_stations_printing_the_same_labels_at_once_record_one_first_print(drive_store):
    """Issue 9, fault 12: both stations saw no earlier print, printed, and both were recorded as first prints.

    Another connection holds the write lock while both stations record, so both have done whatever they
    read before writing; the lock released, exactly one records first prints and the other is refused.
    """
    import sqlite3
    import threading
    import time

    from bqw_desktop.domain.roles import Role
    from bqw_desktop.services.context import Actor
    from bqw_desktop.store.database import open_store

    codes = ["IS000001L", "IS000002J", "CT00001B"]
    stations = {name: open_store(str(drive_store.url)) for name in ("仓库东", "仓库西")}
    assert all(labelling.printed_before(store, codes) == [] for store in stations.values())  # no reason asked
    outcome = {}

    def record(name):
        try:
            labelling.record_printed(stations[name], Actor(f"志愿者{name[-1]}", name, Role.ADMINISTRATOR), codes)
            outcome[name] = "first"
        except labelling.ReprintNeedsReason as refused:
            outcome[name] = refused

    blocker = sqlite3.connect(drive_store.sqlite_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    threads = [threading.Thread(target=record, args=(name,)) for name in stations]
    for thread in threads:
        thread.start()
    time.sleep(0.5)  # both stations are now waiting for the write lock
    blocker.rollback()
    for thread in threads:
        thread.join(timeout=20)
    blocker.close()

    winner = next(name for name, result in outcome.items() if result == "first")
    loser, refused = next((name, result) for name, result in outcome.items() if name != winner)
    assert isinstance(refused, labelling.ReprintNeedsReason) and refused.codes == codes
    assert (refused.first.station, refused.first.operator) == (winner, f"志愿者{winner[-1]}")
    assert f"at station {winner} by 志愿者{winner[-1]}" in str(refused) and "reason" in str(refused)
    with drive_store.read() as session:
        events = session.execute(select(Event.action, Event.station, Event.entity_code)
                                 .where(Event.entity_kind == "label").order_by(Event.id)).all()
    assert events == [("label_printed", winner, code) for code in codes]

    with pytest.raises(labelling.ReprintNeedsReason):
        labelling.check_print(stations[loser], codes)  # asked before printing again
    labelling.check_print(stations[loser], codes, "第二台打印机也打印了")
    labelling.record_printed(stations[loser], Actor("志愿者", loser, Role.ADMINISTRATOR), codes, "第二台打印机也打印了")
    with drive_store.read() as session:
        assert session.execute(select(Event.action, Event.station, Event.detail).where(
            Event.entity_kind == "label").order_by(Event.id.desc()).limit(1)).one() == (
            "label_reprinted", loser, "第二台打印机也打印了")
    for store in stations.values():
        store.dispose()
