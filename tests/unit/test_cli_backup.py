"""`bqw-desktop backup` and `restore` (issue 9, "Backups that can be restored")."""

from __future__ import annotations

import sqlite3

import pytest

from bqw_desktop.cli import main
from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import receiving
from bqw_desktop.store import backup
from bqw_desktop.store.database import open_store
from tests.helpers.damaged import damage


def donor_names(path) -> list[str]:  # noqa: ANN001
    connection = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in connection.execute("SELECT name FROM donor"))
    finally:
        connection.close()


@pytest.fixture
def backed_up(tmp_path, actor):
    """A store holding donor 甲, and its backup taken by the command line: (store, its path, the backup)."""
    path = tmp_path / "bqw.sqlite3"
    store = open_store(f"sqlite:///{path}")
    receiving.create_donor(store, actor, "甲", DonorKind.INDIVIDUAL)
    saved = tmp_path / "saved.sqlite3"
    assert main(["--db", str(path), "backup", "-o", str(saved)]) == 0
    yield store, path, saved
    store.dispose()


def test_backup_then_restore_on_the_command_line(backed_up, tmp_path, actor, capsys):
    store, path, saved = backed_up
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bqw.sqlite3", "bqw.sqlite3-shm", "bqw.sqlite3-wal",
                                                          "saved.sqlite3"]
    receiving.create_donor(store, actor, "乙", DonorKind.INDIVIDUAL)  # the window goes on meanwhile

    assert main(["--db", str(path), "restore", str(saved)]) == 0
    assert "restored" in capsys.readouterr().out
    assert donor_names(path) == ["甲"]
    assert sorted(d.name for d in receiving.find_donors(store, "")) == ["甲"]  # the open store too
    assert [b.reason for b in backup.backups(path)] == ["after-restore", "before-restore"]
    assert donor_names(backup.backups(path)[0].path) == ["甲"]  # the newest backup is what was restored
    assert donor_names(backup.backups(path)[1].path) == ["乙", "甲"]  # and what it replaced is kept


def test_restore_refuses_a_newer_schema_and_changes_nothing(backed_up, actor, capsys):
    store, path, saved = backed_up
    with sqlite3.connect(saved) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999future'")
    receiving.create_donor(store, actor, "乙", DonorKind.INDIVIDUAL)
    capsys.readouterr()
    assert main(["--db", str(path), "restore", str(saved)]) == 2
    assert "newer BQW Desktop" in capsys.readouterr().err
    assert donor_names(path) == ["乙", "甲"]


def test_restore_replaces_a_damaged_store_and_keeps_it_aside(drive_store, tmp_path, capsys):
    path = drive_store.sqlite_path
    saved = tmp_path / "saved.sqlite3"
    backup.write_copy(drive_store, saved, check=True)
    drive_store.dispose()  # the last connection: the -wal is merged and the file holds the drive
    damage(path)
    assert main(["--db", str(path), "status"]) == 2
    assert main(["--db", str(path), "restore", str(saved)]) == 0
    assert "damaged store was moved" in capsys.readouterr().out
    assert main(["--db", str(path), "status"]) == 0
    assert len(list(tmp_path.glob("bqw.sqlite3.damaged-*"))) == 1


def test_backup_never_writes_over_the_store(store, capsys):
    assert main(["--db", str(store.sqlite_path), "backup", "-o", str(store.sqlite_path)]) == 2
    assert "the warehouse's database file" in capsys.readouterr().err
