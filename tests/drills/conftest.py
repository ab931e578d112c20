"""Drills (issue 9, "Also required"): processes killed with SIGKILL mid-write, stations racing one file.

The drive is loaded once per session into template files; each drill works on its own copy
(SQLite's backup API, never a file copy). Figures are printed: run with ``pytest -s`` to see them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bqw_desktop.services import drive, inspection, shipping
from bqw_desktop.queries import item_sets
from bqw_desktop.store.database import open_store
from tests.drills.harness import ACTOR, copy_store

#: item sets passed in the pack template: more than twenty kills can pack
PACKABLE = 1_000


@pytest.fixture(scope="session")
def drive_template(tmp_path_factory) -> Path:
    """A store file with the 2021 drive loaded five times over (9,480 item sets: four stations cannot pass
    them all in a drill), closed: copy it with :func:`copy_store`."""
    path = tmp_path_factory.mktemp("drill-template") / "drive.sqlite3"
    store = open_store(f"sqlite:///{path}")
    drive.load_drive(store, ACTOR, scale=5)
    store.dispose()
    return path


@pytest.fixture(scope="session")
def pack_template(drive_template, tmp_path_factory) -> tuple[Path, str]:
    """The drive with PACKABLE item sets passed and a planned shipment to pack them into."""
    path = tmp_path_factory.mktemp("drill-template") / "pack.sqlite3"
    copy_store(drive_template, path)
    store = open_store(f"sqlite:///{path}")
    codes = [i.code for c in item_sets.list_cartons(store) for i in item_sets.carton_item_sets(store, c.code)]
    for code in codes[:PACKABLE]:
        inspection.inspect(store, ACTOR, code, True)
    shipment = shipping.create_shipment(store, ACTOR, "D018", "LP2").code
    store.dispose()
    return path, shipment

