"""Shared fixtures. Qt runs offscreen; user folders point into a temporary directory."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt or platformdirs: no screen, and never the tester's own data or settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="bqw-tests-")
for _name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
    os.environ[_name] = os.path.join(_HOME, _name.lower())
os.environ.pop("BQW_DATABASE_URL", None)

import pytest  # noqa: E402

from bqw_desktop import station  # noqa: E402
from bqw_desktop.services import drive  # noqa: E402
from bqw_desktop.services.context import Actor  # noqa: E402
from bqw_desktop.store.database import Store, open_store  # noqa: E402


@pytest.fixture(autouse=True)
def station_file(tmp_path, monkeypatch):
    """Each test its own ``station.json`` (none at first): a setting changed by one test, through
    ``station.save`` or a page's checkbox, does not reach the next one."""
    path = tmp_path / "station-config" / station.FILE_NAME
    monkeypatch.setattr(station, "settings_path", lambda: path)
    return path


@pytest.fixture
def actor() -> Actor:
    return Actor(operator="测试员", station="TEST-1")


@pytest.fixture
def store(tmp_path) -> Store:
    """An empty, migrated SQLite store in a temporary file."""
    opened = open_store(f"sqlite:///{tmp_path / 'bqw.sqlite3'}")
    yield opened
    opened.dispose()


@pytest.fixture
def drive_store(store: Store, actor: Actor) -> Store:
    """The store with the 2021 drive loaded (28 cartons, 1,896 item sets, all received)."""
    drive.load_drive(store, actor)
    return store
