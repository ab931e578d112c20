"""What the drills share: store copies and checks, worker processes, a zygote to fork and kill them."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role

ROOT = Path(__file__).resolve().parents[2]
ACTOR = Actor("演练员", "DRILL", Role.ADMINISTRATOR)


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of a closed or open store (sqlite3's online backup)."""
    with sqlite3.connect(source) as origin, sqlite3.connect(target) as copy:
        origin.backup(copy)
    origin.close()
    copy.close()


def integrity(path: Path) -> tuple[str, list]:
    """``PRAGMA integrity_check``'s first line and the foreign key violations of the store file."""
    connection = sqlite3.connect(path)
    try:
        return (connection.execute("PRAGMA integrity_check").fetchone()[0],
                connection.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        connection.close()


def workload(*args: str) -> subprocess.Popen:
    """``python -m tests.drills.workloads ARGS`` from the repository; lines in on stdin, out on stdout."""
    return subprocess.Popen([sys.executable, "-m", "tests.drills.workloads", *args], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)


class Zygote:
    """A ``workloads zygote`` process: :meth:`run_and_kill` forks a worker and kills it with SIGKILL."""

    def __init__(self, *args: str) -> None:
        self.process = workload("zygote", *args)
        assert self.readline() == "zygote ready"

    def readline(self) -> str:
        line = self.process.stdout.readline()
        assert line, "the zygote ended"
        return line.strip()

    def run_and_kill(self, rng: random.Random, low: float, high: float, steps: tuple[str, int] | None = None,
                     ) -> tuple[list[str], int]:
        """Fork a worker and SIGKILL it a random ``low``–``high`` s after its ``ready`` line, or, with
        ``steps`` (prefix, n), after its n-th line starting with prefix (a fast worker's progress).

        :returns: the worker's lines after ``ready``, and the signal that ended it (0: it finished first).
        """
        self.process.stdin.write("fork\n")
        self.process.stdin.flush()
        kind, pid = self.readline().split()
        assert kind == "child"
        assert self.readline() == "ready"
        lines = []
        if steps:
            prefix, count = steps
            while count:
                lines.append(self.readline())
                if lines[-1].startswith(f"exit {pid} "):  # it ended by itself (finished, or failed): say so
                    return lines[:-1], int(lines[-1].split()[2])
                count -= lines[-1].startswith(prefix)
        time.sleep(rng.uniform(low, high))
        try:
            os.kill(int(pid), signal.SIGKILL)
        except ProcessLookupError:
            pass
        # were a worker killed mid-line, the zygote's "exit" line would follow its part of a line
        while f"exit {pid} " not in (line := self.readline()):
            lines.append(line)
        return lines, int(line.partition(f"exit {pid} ")[2])

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]
