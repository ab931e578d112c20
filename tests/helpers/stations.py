"""Other processes on the same store file, for tests of what one station's process does to another's."""

from __future__ import annotations

import json
import subprocess
import sys

# a second station: adds one donor, then exits (its last connection checkpoints and deletes the -wal
# file when it can take the exclusive lock, i.e. when no other process holds a lock on the store)
_SECOND_STATION = """
import sys
from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import receiving
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.database import open_store
store = open_store(sys.argv[1])
receiving.create_donor(store, Actor("乙", "TEST-2", Role.ADMINISTRATOR), sys.argv[2], DonorKind.INDIVIDUAL)
store.dispose()
"""
# a process that only reads the file: the donors it sees and SQLite's integrity check
_READER = """
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(json.dumps([sorted(r[0] for r in c.execute("SELECT name FROM donor")),
                  c.execute("PRAGMA integrity_check").fetchone()[0]]))
"""


def run_python(code: str, *args: str) -> str:
    """Run ``code`` in a new Python process; its standard output. Fails the test if it fails."""
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def second_station_adds_donor(url: str, name: str) -> None:
    run_python(_SECOND_STATION, url, name)


def donors_and_integrity(path) -> tuple[list[str], str]:  # noqa: ANN001 - a path
    """What a third process reads from the file: the donors' names (sorted) and ``integrity_check``."""
    donors, integrity = json.loads(run_python(_READER, str(path)))
    return donors, integrity


def replace_wal_file(path) -> None:  # noqa: ANN001 - a path
    """From another process, put a new file (same content, new inode) in place of the store's -wal file:
    what a station does when this process's locks were lost."""
    wal = f"{path}-wal"
    run_python("import os, shutil, sys; shutil.copy(sys.argv[1], sys.argv[1] + '.new'); "
               "os.replace(sys.argv[1] + '.new', sys.argv[1])", wal)
