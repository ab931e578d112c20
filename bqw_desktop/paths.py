"""Where things are: shipped resources, Alembic scripts, and the user's data folder.

Resources live beside the package in a source checkout and under ``sys._MEIPASS`` in a PyInstaller
build (``build.spec`` copies ``resources/`` and ``database/`` there).
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "bqw-desktop"
APP_AUTHOR = "BQW"


def install_root() -> Path:
    """The folder holding ``resources/`` and ``database/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource_path(relative: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("fonts/wqy-microhei.ttc")``."""
    return install_root() / "resources" / relative


def migrations_path() -> Path:
    """The Alembic script folder (``database/``)."""
    return install_root() / "database"


def user_data_dir() -> Path:
    """Per-user data folder (platformdirs), created on demand."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path:
    """Per-user cache folder (compiled translations), created on demand."""
    path = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """The embedded SQLite store used when neither ``--db`` nor ``BQW_DATABASE_URL`` is given."""
    return user_data_dir() / "bqw.sqlite3"


def backup_dir(database: Path) -> Path:
    """The backup folder of the SQLite store file ``database``: ``backups`` beside it (for the default
    store, the user data folder's ``backups``)."""
    return database.parent / "backups"


def documents_dir() -> Path:
    """Where save dialogs start: the user's documents folder, else the home folder (never the store's)."""
    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else Path.home()
