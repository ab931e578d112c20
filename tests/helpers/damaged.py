"""A store file damaged as a failing disk or a bad copy leaves it."""

from __future__ import annotations

import random
from pathlib import Path


def damage(path: Path) -> None:
    """64 KiB of garbage in the middle of the file, as a failing disk or a bad copy leaves it."""
    size = path.stat().st_size
    with open(path, "r+b") as file:
        file.seek(size // 2 - 32 * 1024)
        file.write(random.Random(11).randbytes(64 * 1024))  # the same garbage every run
