"""`bqw-desktop labels` records its prints, and a reprint needs a reason (issue 9, fault 12)."""

import subprocess
import sys

from sqlalchemy import select

from bqw_desktop.services import labelling
from bqw_desktop.queries import item_sets
from bqw_desktop.store.database import open_store
from bqw_desktop.store.models import Event

from tests.helpers.pdfcheck import code128, pages
from tests.helpers.people import staff
from tests.helpers.cli import run


def label_events(db):
    store = open_store(f"sqlite:///{db}")
    with store.read() as session:
        rows = session.execute(select(Event.action, Event.entity_code, Event.station, Event.actor, Event.detail)
                               .where(Event.entity_kind == "label").order_by(Event.id)).all()
    store.dispose()
    return rows


def test_labels_are_recorded_and_a_reprint_needs_a_reason(tmp_path, capsys):
    db = str(tmp_path / "drive.sqlite3")
    run(capsys, "--db", db, "demo")
    staff(db, 小王="volunteer", 小李="coordinator")
    first = tmp_path / "first.pdf"
    status, _, _ = run(capsys, "--db", db, "--station", "东门", "--operator", "小王", "labels", "IS000001L", "IS000002J",
                       "-o", str(first))
    assert status == 0 and [code128(p) for p in pages(first, 203)] == [["IS000001L"], ["IS000002J"]]
    assert label_events(db) == [("label_printed", "IS000001L", "东门", "小王", None),
                                ("label_printed", "IS000002J", "东门", "小王", None)]

    again = tmp_path / "again.pdf"  # a second station, no reason: refused before anything is written
    status, _, err = run(capsys, "--db", db, "--station", "西门", "--operator", "小李", "labels", "IS000003H", "IS000002J",
                         "-o", str(again))
    assert status == 2 and not again.exists() and len(label_events(db)) == 2
    assert "IS000002J at station 东门 by 小王" in err and "--reason" in err and err.count("\n") == 1

    status, _, _ = run(capsys, "--db", db, "--station", "西门", "--operator", "小李", "labels", "IS000003H", "IS000002J",
                       "-o", str(again), "--reason", "标签被雨水打湿")
    assert status == 0 and [code128(p) for p in pages(again, 203)] == [["IS000003H"], ["IS000002J"]]
    assert label_events(db)[2:] == [("label_printed", "IS000003H", "西门", "小李", None),
                                    ("label_reprinted", "IS000002J", "西门", "小李", "标签被雨水打湿")]


def test_two_stations_printing_a_carton_at_once_record_one_first_print(tmp_path, capsys):
    db = str(tmp_path / "drive.sqlite3")
    run(capsys, "--db", db, "demo")
    operator = staff(db)
    store = open_store(f"sqlite:///{db}")
    carton = item_sets.list_cartons(store)[2]
    codes = [carton.code, *(i.code for i in item_sets.carton_item_sets(store, carton.code))]
    store.dispose()
    outputs = [tmp_path / f"station{n}.pdf" for n in (1, 2)]
    processes = [subprocess.Popen([sys.executable, "-m", "bqw_desktop.cli", "--db", db, "--station", f"S{n}",
                                   *operator, "labels", "--carton", carton.code, "-o", str(out)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for n, out in enumerate(outputs, 1)]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in processes]
    assert sorted(status for status, _ in results) == [0, 2], results
    winner = next(n for n, (status, _) in enumerate(results, 1) if status == 0)
    assert [out.exists() for out in outputs] == [n == winner for n in (1, 2)]
    assert [code128(p)[0] for p in pages(outputs[winner - 1], 203)] == codes
    events = label_events(db)
    assert sorted((action, code, station) for action, code, station, _, _ in events) == sorted(
        ("label_printed", code, f"S{winner}") for code in codes)
    store = open_store(f"sqlite:///{db}")
    assert labelling.printed_before(store, codes) == codes
    store.dispose()


def test_an_id_listed_twice_is_a_reprint_that_needs_a_reason(tmp_path, capsys):
    """`labels IS1 IS1 IS1` printed three labels and recorded one first print, past the reprint rule."""
    db = str(tmp_path / "drive.sqlite3")
    run(capsys, "--db", db, "demo")
    staff(db, 小王="coordinator")
    pdf = tmp_path / "copies.pdf"
    status, _, err = run(capsys, "--db", db, "--operator", "小王", "labels", "IS000001L", "IS000001L", "IS000001L", "-o", str(pdf))
    assert status == 2 and "IS000001L listed more than once" in err and not pdf.exists()
    assert label_events(db) == []
    status, _, _ = run(capsys, "--db", db, "--operator", "小王", "labels", "IS000001L", "IS000001L", "-o", str(pdf),
                       "--reason", "两个包装都要贴")
    assert status == 0 and [code128(p) for p in pages(pdf, 203)] == [["IS000001L"], ["IS000001L"]]
    assert [(e[0], e[1], e[4]) for e in label_events(db)] == [("label_printed", "IS000001L", None),
                                                               ("label_reprinted", "IS000001L", "两个包装都要贴")]
