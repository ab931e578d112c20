"""What a tester found on the command line: a full disk, tracebacks instead of one line, a mistyped
BQW_DATABASE_URL taken for an empty warehouse, a backup of a store that is not there. Each is refused in
one line with exit status 2, and nothing is created or changed."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import date

import pytest

from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import manifests, receiving
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store import backup
from bqw_desktop.store.database import open_store
from tests.helpers.fulldisk import full_disk

from tests.helpers.people import staff
from tests.helpers.cli import run

TOO_BIG = "99999999999999999999"  # beyond SQLite's 64-bit INTEGER


def one_line(err: str) -> bool:
    return err.startswith("bqw-desktop: ") and err.count("\n") == 1 and "Traceback" not in err


@pytest.fixture
def receipt_store(tmp_path):
    """A store file with one receipt; (its path, the receipt's number)."""
    path = tmp_path / "receipts.sqlite3"
    store = open_store(f"sqlite:///{path}")
    actor = Actor("测试员", "TEST-1", Role.ADMINISTRATOR)
    receiving.create_donor(store, actor, "某某爱心企业", DonorKind.ENTERPRISE)
    receipt = receiving.create_receipt(store, actor, "某某爱心企业", date(2021, 6, 8))
    store.dispose()
    return path, receipt.id


def manifest_file(tmp_path, lines: int = 600):  # noqa: ANN001, ANN201
    file = tmp_path / "one.csv"
    rows = "".join(f"服装,外套{n:04d},2\r\n" for n in range(lines))
    file.write_bytes(("类别,品名,数量\r\n" + rows).encode())
    return file


@pytest.fixture
def unwritable(tmp_path):
    """A folder nothing can be written into, even by root (immutable), else skipped."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    immutable = False
    probe = folder / "probe"
    try:
        probe.touch()
    except PermissionError:
        pass
    else:
        probe.unlink()
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("cannot make a folder unwritable here")
        immutable = True
    yield folder
    if immutable:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    folder.chmod(0o755)


def test_import_manifest_on_a_full_disk(tmp_path, capsys, receipt_store):
    path, receipt = receipt_store
    operator = staff(str(path))
    with full_disk(path):
        status, out, err = run(capsys, "--db", str(path), *operator, "import-manifest", str(manifest_file(tmp_path)),
                               "--receipt", str(receipt))
    assert status == 2 and out == "" and one_line(err), err
    assert f"The disk holding {path} is full: nothing was saved" in err
    store = open_store(f"sqlite:///{path}")
    try:
        assert manifests.manifest_lines(store, receipt) == []
    finally:
        store.dispose()


def test_backup_onto_a_full_disk(tmp_path, capsys, receipt_store):
    path, _ = receipt_store
    saved = tmp_path / "b.sqlite3"
    with full_disk(tmp_path / "b.sqlite3.part"):
        status, _, err = run(capsys, "--db", str(path), "backup", "-o", str(saved))
    assert status == 2 and one_line(err) and "is full: nothing was saved" in err, err
    assert not saved.exists() and not (tmp_path / "b.sqlite3.part").exists()


def test_restore_onto_a_full_disk(tmp_path, capsys, receipt_store, drive_store):
    path, receipt = receipt_store
    saved = tmp_path / "drive-backup.sqlite3"
    backup.write_copy(drive_store, saved, check=True)  # far bigger than the store it would replace
    with full_disk(path):
        status, _, err = run(capsys, "--db", str(path), "restore", str(saved))
    assert status == 2 and one_line(err) and "is full: nothing was saved" in err, err
    store = open_store(f"sqlite:///{path}")
    try:
        assert receiving.get_receipt(store, receipt).donor == "某某爱心企业"  # as it was
    finally:
        store.dispose()


def test_restore_into_a_missing_folder_or_a_folder(tmp_path, capsys, drive_store):
    saved = tmp_path / "saved.sqlite3"
    backup.write_copy(drive_store, saved, check=True)
    status, _, err = run(capsys, "--db", str(tmp_path / "nonexistent-dir" / "x.sqlite3"), "restore", str(saved))
    assert status == 2 and one_line(err) and "The folder" in err and "does not exist" in err, err
    assert not (tmp_path / "nonexistent-dir").exists()
    folder = tmp_path / "a-folder"
    folder.mkdir()
    status, _, err = run(capsys, "--db", str(folder), "restore", str(saved))
    assert status == 2 and one_line(err) and "is a folder, not a database file" in err, err
    assert list(folder.iterdir()) == []


def test_backup_into_a_folder_that_cannot_be_written(tmp_path, capsys, receipt_store, unwritable):
    path, _ = receipt_store
    target = unwritable / "b.sqlite3"
    status, _, err = run(capsys, "--db", str(path), "backup", "-o", str(target))
    assert status == 2 and one_line(err) and err.startswith(f"bqw-desktop: cannot write {target}: "), err
    assert list(unwritable.iterdir()) == []


def test_a_receipt_number_too_big_for_sqlite_is_no_receipt(tmp_path, capsys, receipt_store):
    path, _ = receipt_store
    status, _, err = run(capsys, "--db", str(path), *staff(str(path)), "import-manifest", str(manifest_file(tmp_path, 2)),
                         "--receipt", TOO_BIG)
    assert status == 2 and one_line(err) and f"There is no receipt number {TOO_BIG}" in err, err
    status, _, err = run(capsys, "--db", str(path), *staff(str(path)), "acknowledgement", TOO_BIG, "-o", str(tmp_path / "a.pdf"))
    assert status == 2 and one_line(err) and f"There is no receipt number {TOO_BIG}" in err, err
    assert not (tmp_path / "a.pdf").exists()


def test_any_other_database_failure_is_one_line(tmp_path, capsys, receipt_store):
    path, _ = receipt_store
    with sqlite3.connect(path) as connection:  # a store an old tool or a person broke: a table is gone
        connection.execute("DROP TABLE item_set")
    connection.close()
    status, out, err = run(capsys, "--db", str(path), "status")
    assert status == 2 and out == "" and one_line(err) and "no such table" in err, err


def test_a_mistyped_database_url_is_not_an_empty_warehouse(tmp_path, capsys, monkeypatch):
    typo = tmp_path / "typo.sqlite3"
    monkeypatch.setenv("BQW_DATABASE_URL", f"sqlite:///{typo}")
    status, out, err = run(capsys, "status")
    assert status == 2 and out == "" and one_line(err) and f"no store at {typo}" in err, err
    assert not typo.exists()
    assert run(capsys, "demo")[0] == 0  # as with --db, demo makes one there
    assert typo.exists() and run(capsys, "status")[0] == 0


def test_backup_without_a_store_creates_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    status, _, err = run(capsys, "backup", "-o", str(tmp_path / "b.sqlite3"))
    assert status == 2 and one_line(err) and "nothing to back up" in err, err
    assert not list((tmp_path / "data").rglob("*.sqlite3*")) and not (tmp_path / "b.sqlite3").exists()


def test_a_file_that_cannot_be_put_in_place_is_not_reported_written(tmp_path, capsys, monkeypatch):
    """The command sheet was said "wrote … to FILE" and then "cannot write FILE" when the finished file
    could not replace the old one (a locked or read-only FILE): only the failure is said now."""
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"the old sheet")

    def refused(source, destination):  # noqa: ANN001, ANN202 - os.replace's signature
        raise PermissionError(1, "Operation not permitted", str(destination))

    monkeypatch.setattr("bqw_desktop.cli.os.replace", refused)
    status, out, err = run(capsys, "--db", str(tmp_path / "s.sqlite3"), "command-sheet", "-o", str(target))
    assert (status, out) == (2, "")
    assert err == f"bqw-desktop: cannot write {target}: Operation not permitted\n"
    assert target.read_bytes() == b"the old sheet"
    monkeypatch.undo()
    status, out, _ = run(capsys, "--db", str(tmp_path / "s.sqlite3"), "command-sheet", "-o", str(target))
    assert status == 0 and out == f"wrote the command sheet to {target}\n" and target.read_bytes()[:5] == b"%PDF-"
