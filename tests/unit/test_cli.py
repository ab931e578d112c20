"""The headless commands on a real database file, as a coordinator or a script would run them."""

import json
import subprocess
import sys

import pytest
from pypdf import PdfReader

from bqw_desktop.queries import item_sets
from bqw_desktop.store.database import open_store

from tests.helpers.people import staff
from tests.helpers.pdfcheck import code128, pages
from tests.helpers.cli import run


@pytest.mark.slow
def test_demo_status_labels_and_packing_slip(tmp_path, capsys):
    db = str(tmp_path / "drive.sqlite3")
    assert run(capsys, "--db", db, "demo")[0] == 0
    status, out, _ = run(capsys, "--db", db, "demo", "--walkthrough")
    assert status == 0 and "nothing loaded" in out

    status, out, _ = run(capsys, "--db", db, "status", "--json")
    report = json.loads(out)
    assert (report["cartons"], report["item_sets"]) == (28, 1896)
    assert sum(report["stages"].values()) == 1896
    assert {s["courier_code"] for s in report["shipments"]} == {"LP1", "LP2", "LP3"}

    labels = tmp_path / "all.pdf"
    status, out, _ = run(capsys, "--db", db, *staff(db), "labels", "--all", "-o", str(labels))
    assert status == 0 and "1896 label(s)" in out
    store = open_store(f"sqlite:///{db}")
    expected = [item.code for carton in item_sets.list_cartons(store) for item in item_sets.carton_item_sets(store, carton.code)]
    decoded = [code128(page) for page in pages(labels, 203)]
    assert decoded == [[code] for code in sorted(expected)]  # every label, exactly its own ID, at 203 dpi

    delivered = next(s for s in report["shipments"] if s["status"] == "delivered")
    slip = tmp_path / "slip.pdf"
    status, out, _ = run(capsys, "--db", db, "packing-slip", delivered["id"], "-o", str(slip))
    assert status == 0
    text = "".join(page.extract_text() for page in PdfReader(slip).pages)
    assert delivered["destination"] in text and delivered["tracking_number"] in text
    assert code128(next(pages(slip, 203))) == [delivered["id"]]


def test_labels_for_a_carton_and_for_ids(tmp_path, capsys):
    db = str(tmp_path / "drive.sqlite3")
    run(capsys, "--db", db, "demo")
    store = open_store(f"sqlite:///{db}")
    carton = item_sets.list_cartons(store)[1]
    out_pdf = tmp_path / "carton.pdf"
    assert run(capsys, "--db", db, *staff(db), "labels", "--carton", carton.code, "-o", str(out_pdf))[0] == 0
    decoded = [code128(page)[0] for page in pages(out_pdf, 203)]
    assert decoded[0] == carton.code and len(decoded) == carton.item_sets + 1
    assert set(decoded[1:]) == {i.code for i in item_sets.carton_item_sets(store, carton.code)}

    ids_pdf = tmp_path / "ids.pdf"
    assert run(capsys, "--db", db, *staff(db), "labels", "IS000001L", carton.code, "-o", str(ids_pdf))[0] == 2  # a reprint
    assert run(capsys, "--db", db, *staff(db), "labels", "IS000001L", carton.code, "-o", str(ids_pdf), "--reason", "重贴")[0] == 0
    assert [code128(page) for page in pages(ids_pdf, 203)] == [["IS000001L"], [carton.code]]


def test_bad_input_is_refused_with_a_message_and_exit_2(tmp_path, capsys):
    db = str(tmp_path / "drive.sqlite3")
    run(capsys, "--db", db, "demo")
    status, _, err = run(capsys, "--db", db, *staff(db), "labels", "IS000001M", "-o", str(tmp_path / "x.pdf"))
    assert status == 2 and "check character" in err and not (tmp_path / "x.pdf").exists()
    status, _, err = run(capsys, "--db", db, "packing-slip", "SH00009", "-o", str(tmp_path / "y.pdf"))
    assert status == 2 and "SH00009" in err


def test_database_url_from_the_environment(tmp_path):
    env_db = tmp_path / "env.sqlite3"
    open_store(f"sqlite:///{env_db}").dispose()  # an empty store (a missing one is refused: test_cli_robust)
    result = subprocess.run(
        [sys.executable, "-m", "bqw_desktop.cli", "status", "--json"],
        env={**__import__("os").environ, "BQW_DATABASE_URL": f"sqlite:///{env_db}"},
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["item_sets"] == 0


def test_unusable_outputs_and_stores_are_one_line_errors(tmp_path, capsys):
    db = str(tmp_path / "drive.sqlite3")
    run(capsys, "--db", db, "demo")
    for output in (str(tmp_path / "missing" / "x.pdf"), str(tmp_path), ""):
        status, _, err = run(capsys, "--db", db, *staff(db), "labels", "--all", "-o", output)
        assert status == 2 and err.startswith("bqw-desktop: cannot write") and err.count("\n") == 1
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("not a database")
    for args in (["--db", str(not_a_db)], ["--db", str(tmp_path)], ["--db", str(tmp_path / "typo" / "x.sqlite3")]):
        status, _, err = run(capsys, *args, "status")
        assert status == 2 and err.startswith("bqw-desktop: ") and err.count("\n") == 1, err
    assert not_a_db.read_text() == "not a database" and not (tmp_path / "typo").exists()
    empty = str(tmp_path / "empty.sqlite3")  # a store with nothing in it but its administrator
    status, _, err = run(capsys, "--db", empty, *staff(empty), "labels", "--all", "-o", str(tmp_path / "e.pdf"))
    assert status == 1 and "nothing to print" in err and not (tmp_path / "e.pdf").exists()


def test_two_stations_opening_a_new_store_at_once(tmp_path):
    for attempt in range(3):
        db = str(tmp_path / f"new-{attempt}.sqlite3")
        command = [sys.executable, "-m", "bqw_desktop.cli", "--db", db, "demo"]
        first, second = (subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                         for _ in range(2))
        results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in (first, second)]
        assert [r[0] for r in results] == [0, 0], results
        assert sorted(r[1].split(":")[0] for r in results) == ["loaded the 2021 drive", "the store already holds cartons"], results
        assert len(item_sets.list_cartons(open_store(f"sqlite:///{db}"))) == 28


def test_command_sheet(tmp_path, capsys):
    from bqw_desktop.documents.command_sheet import command_rows

    sheet = tmp_path / "sheet.pdf"
    assert run(capsys, "--db", str(tmp_path / "s.sqlite3"), "command-sheet", "-o", str(sheet))[0] == 0
    assert sorted(code128(next(pages(sheet, 203)))) == sorted(value for _, _, value in command_rows())


def test_a_failed_write_keeps_the_old_file_and_names_it(tmp_path, capsys, monkeypatch):
    import errno

    db = str(tmp_path / "drive.sqlite3")
    run(capsys, "--db", db, "demo")
    target = tmp_path / "labels.pdf"
    target.write_bytes(b"yesterday's labels")

    def disk_full(labels, out, *args, **kwargs):
        with open(out, "wb") as half:
            half.write(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("bqw_desktop.services.labelling.write_labels", disk_full)
    status, _, err = run(capsys, "--db", db, *staff(db), "labels", "--all", "-o", str(target))
    assert status == 2 and err == f"bqw-desktop: cannot write {target}: No space left on device\n"
    assert target.read_bytes() == b"yesterday's labels" and sorted(p.name for p in tmp_path.iterdir()) == [
        "drive.sqlite3", "drive.sqlite3-shm", "drive.sqlite3-wal", "labels.pdf"]


def test_a_mistyped_store_path_is_not_an_empty_warehouse(tmp_path, capsys):
    missing = tmp_path / "typo.sqlite3"
    status, out, err = run(capsys, "--db", str(missing), "status")
    assert status == 2 and "no store at" in err and out == "" and not missing.exists()
    assert f"--db {missing} demo` creates one" in err
    elsewhere = tmp_path / "nope" / "typo.sqlite3"  # demo would not make the folder: not suggested
    status, out, err = run(capsys, "--db", str(elsewhere), "status")
    assert (status, out) == (2, "") and err == f"bqw-desktop: there is no store at {elsewhere}, nor its folder {elsewhere.parent}: check the path\n"
    status, _, err = run(capsys, "--db", str(tmp_path), "import-manifest", str(tmp_path / "nope.csv"), "--receipt", "1")
    assert status == 2


def test_status_shows_what_planned_shipments_still_have_to_pick(tmp_path, capsys):
    db = str(tmp_path / "drive.sqlite3")
    run(capsys, "--db", db, "demo", "--walkthrough")
    assert run(capsys, "--db", db, *staff(db), "plan", "--confirm")[0] == 0
    report = json.loads(run(capsys, "--db", db, "status", "--json")[1])
    planned = [s for s in report["shipments"] if s["status"] == "planned" and s["allocated"]]
    store = open_store(f"sqlite:///{db}")
    from bqw_desktop.queries import shipments

    assert planned and all(
        s["allocated"] == len(shipments.shipment_item_sets(store, s["id"], allocated=True)) for s in planned)
    assert f"{planned[0]['allocated']} to pick" in run(capsys, "--db", db, "status")[1]


def test_the_store_s_own_files_are_refused_as_output_or_input(tmp_path, capsys):
    """A PDF written with ``-o`` over the store (or its -wal) would destroy the warehouse; a manifest read from it
    would drop the process's SQLite locks. Both are refused before anything is opened, and the store stays."""
    db = tmp_path / "bqw.sqlite3"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    for target in (db, tmp_path / "bqw.sqlite3-wal", tmp_path / "." / "bqw.sqlite3"):
        status, _, err = run(capsys, "--db", str(db), *staff(str(db)), "labels", "IS000001L", "-o", str(target))
        assert status == 2 and "database file" in err, err
    status, _, err = run(capsys, "--db", str(db), *staff(str(db)), "import-manifest", str(db), "--receipt", "1", "--check")
    assert status == 2 and f"cannot read {db}" in err and "database file" in err, err
    # still SQLite's (its size may change: the demo's last connection checkpoints the -wal when collected)
    assert db.read_bytes()[:16] == b"SQLite format 3\x00" and not any(tmp_path.glob("*.part"))
    status, out, _ = run(capsys, "--db", str(db), "status", "--json")
    assert status == 0 and json.loads(out)["item_sets"] == 1896
