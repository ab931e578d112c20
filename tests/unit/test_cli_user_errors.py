"""The person's problems against our bugs at the command line (issue 11), each in a real process on a
real store file: a store another process keeps locked, a full disk, a read-only store say what to do in
one line (exit 2); a bug prints its trace and "internal error" (exit 70)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bqw_desktop.cli import EXIT_BUG
from tests.helpers.locking import write_lock_held_by_another_process
from tests.helpers.people import PIN

ROOT = Path(__file__).resolve().parents[2]

#: runs ``bqw-desktop ARGS`` in the new process after ``PRELUDE`` (a short busy timeout, a full disk, a bug)
_RUNNER = """
import sys
from bqw_desktop.store import database
from bqw_desktop.cli import main
database.BUSY_TIMEOUT_MS = 50
{prelude}
sys.exit(main(sys.argv[1:]))
"""


def bqw(db: Path, *args: str, prelude: str = "") -> subprocess.CompletedProcess[str]:
    """``bqw-desktop --db DB users add 周管理 --role administrator`` (a write) unless ``args`` say otherwise."""
    command = args or ("users", "add", "周管理", "--role", "administrator")
    code = _RUNNER.format(prelude=prelude)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BQW_NEW_PIN": PIN}
    return subprocess.run([sys.executable, "-c", code, "--db", str(db), *command], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


@pytest.fixture
def db(tmp_path, _migrated) -> Path:
    """A copy of the migrated, empty store (no administrator yet), closed."""
    path = tmp_path / "store" / "bqw.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(_migrated, path)
    return path


def one_line(result: subprocess.CompletedProcess[str]) -> bool:
    return (result.returncode == 2 and result.stdout == "" and result.stderr.startswith("bqw-desktop: ")
            and result.stderr.count("\n") == 1 and "internal error" not in result.stderr)


def test_a_store_locked_by_another_process_is_the_persons_to_retry(db):
    with write_lock_held_by_another_process(db):
        result = bqw(db)
    assert one_line(result) and "Another station is saving — try again." in result.stderr, result.stderr
    assert bqw(db).returncode == 0  # the lock gone, the same command saves


def test_a_full_disk_says_so_and_saves_nothing(db):
    full = f"from tests.helpers.fulldisk import full_disk\nfull = full_disk({str(db)!r})\nfull.__enter__()"
    result = bqw(db, "demo", prelude=full)  # the drive's 1,896 item sets need room
    assert one_line(result) and f"The disk holding {db} is full: nothing was saved." in result.stderr, result.stderr
    assert bqw(db, "status").stdout.startswith("cartons: 0  item sets: 0")


@pytest.fixture
def read_only(db):
    """``db`` made immutable (``chmod`` does not stop root); undone after the test."""
    subprocess.run(["chattr", "+i", str(db)], check=True)
    yield db
    subprocess.run(["chattr", "-i", str(db)], check=True)


def test_a_read_only_store_says_which_file_and_what_to_do(read_only):
    result = bqw(read_only)
    assert one_line(result) and str(read_only) in result.stderr and "read-only" in result.stderr, result.stderr


def test_a_bug_says_internal_error_with_its_trace(db):
    bug = ("from bqw_desktop.services import people\n"
           "def broken(*args, **kwargs): raise RuntimeError('a bug in the service')\n"
           "people.create_first_administrator = broken")
    result = bqw(db, prelude=bug)
    assert result.returncode == EXIT_BUG and "Traceback" in result.stderr, result.stderr
    assert result.stderr.splitlines()[-1].startswith("bqw-desktop: internal error")
    assert "RuntimeError: a bug in the service" in result.stderr
