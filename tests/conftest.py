"""Shared fixtures. Qt runs offscreen; user folders point into a temporary directory."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

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
from bqw_desktop.domain.roles import Role
from bqw_desktop.store import database  # noqa: E402
from bqw_desktop.store.database import Store, open_store, sqlite_files  # noqa: E402


@pytest.fixture(autouse=True)
def station_file(tmp_path, monkeypatch):
    """Each test its own ``station.json`` (none at first): a setting changed by one test, through
    ``station.save`` or a page's checkbox, does not reach the next one."""
    path = tmp_path / "station-config" / station.FILE_NAME
    monkeypatch.setattr(station, "settings_path", lambda: path)
    return path


@pytest.fixture
def short_new_file_grace(monkeypatch):
    """An empty store file is refused after 0.1 s instead of the 2 s another station may take to write its
    header: for tests of an empty file that no one is creating (they waited the whole grace each)."""
    monkeypatch.setattr(database, "_NEW_FILE_GRACE_S", 0.1)


#: who works in the tests' stores, and who loaded their drive
ACTOR = Actor(operator="测试员", station="TEST-1", role=Role.ADMINISTRATOR)


@pytest.fixture
def actor() -> Actor:
    return ACTOR


@pytest.fixture(scope="session")
def _migrated(tmp_path_factory) -> Path:
    """One store file migrated to the newest schema, closed (no -wal left), for :func:`store` to copy."""
    path = tmp_path_factory.mktemp("template") / "bqw.sqlite3"
    open_store(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture(scope="session")
def _drive_loaded(_migrated, tmp_path_factory) -> Path:
    """The migrated store file with the 2021 drive loaded by :data:`ACTOR`, closed, for :func:`store` to copy
    when the test asks for :func:`drive_store` (loading it for each test took a good part of the suite)."""
    path = tmp_path_factory.mktemp("drive") / "bqw.sqlite3"
    shutil.copyfile(_migrated, path)
    loaded = open_store(f"sqlite:///{path}")
    drive.load_drive(loaded, ACTOR)
    loaded.dispose()
    return path


@pytest.fixture
def store(request, tmp_path, _migrated) -> Store:
    """A migrated SQLite store in a temporary file: a copy of one migrated once a session, empty, or with the
    drive loaded when the test asks for :func:`drive_store` too."""
    template = request.getfixturevalue("_drive_loaded") if "drive_store" in request.fixturenames else _migrated
    path = tmp_path / "bqw.sqlite3"
    shutil.copyfile(template, path)
    opened = open_store(f"sqlite:///{path}")
    yield opened
    opened.dispose()


@pytest.fixture
def drive_store(store: Store) -> Store:
    """The store with the 2021 drive loaded (28 cartons, 1,896 item sets, all received, by :data:`ACTOR`)."""
    return store


@pytest.fixture(scope="session")
def _built(_drive_loaded, tmp_path_factory):
    """``_built(setup)``: a store file with the drive after ``setup(store, ACTOR)`` ran on it, closed, and what
    ``setup`` returned; made once a session for each ``setup`` (a module-level function)."""
    files = {}

    def build(setup):  # noqa: ANN001, ANN202
        if setup not in files:
            path = tmp_path_factory.mktemp(setup.__name__) / "bqw.sqlite3"
            shutil.copyfile(_drive_loaded, path)
            opened = open_store(f"sqlite:///{path}")
            result = setup(opened, ACTOR)
            opened.dispose()
            files[setup] = path, result
        return files[setup]

    return build


@pytest.fixture
def drive_store_after(drive_store, _built):
    """``drive_store_after(setup)``: :func:`drive_store` as ``setup(store, actor)`` leaves it, and what ``setup``
    returned. ``setup`` runs once a session and each test gets a copy of its file (a walkthrough in each
    test took a good part of some modules)."""
    def after(setup):  # noqa: ANN001, ANN202
        path, result = _built(setup)
        drive_store.engine.dispose()  # the next connections open the copy
        for side in sqlite_files(drive_store.sqlite_path)[1:]:
            side.unlink(missing_ok=True)
        shutil.copyfile(path, drive_store.sqlite_path)
        return result

    return after
