"""Settings of this computer (工作站), not of the warehouse: a small JSON file in the user config folder.

The file is ``station.json`` in ``platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)`` (on Linux
``~/.config/bqw-desktop/station.json``). What the store holds is shared by every station; what is
here belongs to one computer: its name, when an idle sign-in ends, whether a pass needs every
checklist item ticked. No Qt here, so the CLI and the services' tests can read it too.

Reading is forgiving: a missing file gives the defaults; keys this version does not know are
ignored (and kept when saving, for a newer version of the app on the same computer); a value of the
wrong type falls back to that field's default. A file that cannot be read as a JSON object gives the
defaults and is never overwritten silently: :func:`save` first moves it aside to
``station.json.broken`` and says so.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

from . import paths

log = logging.getLogger(__name__)

FILE_NAME = "station.json"
BROKEN_SUFFIX = ".broken"


@dataclass(frozen=True)
class StationSettings:
    """One station's settings.

    :ivar name: the station's name (工作站名称) as the audit trail records it; ``None``: not set.
    :ivar idle_minutes: minutes without input after which the person on the station is signed out.
    :ivar pass_needs_all_checks: a pass (合格) is refused unless every active checklist item of the item
        set's category is ticked (``inspection.inspect(..., require_all_checks=...)``).
    """

    name: str | None = None
    idle_minutes: int = 10
    pass_needs_all_checks: bool = False


def settings_path() -> Path:
    """Where this station's settings are kept (the folder may not exist yet)."""
    return Path(platformdirs.user_config_dir(paths.APP_NAME, paths.APP_AUTHOR)) / FILE_NAME


def _read(path: Path) -> dict | None:
    """The file's JSON object; ``{}`` when there is no file; ``None`` when it is broken or unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        log.warning("station settings %s cannot be read (%s): using the defaults", path, error)
        return None
    try:
        data = json.loads(text)
    except ValueError as error:
        log.warning("station settings %s are not JSON (%s): using the defaults", path, error)
        return None
    if not isinstance(data, dict):
        log.warning("station settings %s are not a JSON object: using the defaults", path)
        return None
    return data


#: the JSON values each field's annotation takes (a bool is not taken for an int, nor an int for a bool)
_JSON_TYPES = {"str | None": (str, type(None)), "int": (int,), "bool": (bool,)}


def _fits(value: object, annotation: str) -> bool:
    kinds = _JSON_TYPES[annotation]
    return isinstance(value, kinds) and isinstance(value, bool) == (bool in kinds)


def load() -> StationSettings:
    """This station's settings (see the module docstring for missing, unknown and broken values)."""
    data = _read(settings_path()) or {}
    values = {}
    for f in fields(StationSettings):
        if f.name not in data:
            continue
        if _fits(data[f.name], f.type):
            values[f.name] = data[f.name]
        else:
            log.warning("station setting %s=%r is not a %s: using %r", f.name, data[f.name], f.type, f.default)
    return StationSettings(**values)


def save(settings: StationSettings) -> Path | None:
    """Write ``settings`` atomically (a temporary file in the same folder, then ``os.replace``).

    Keys of the existing file that :class:`StationSettings` does not know are kept.

    :returns: where a broken settings file was moved to before writing (``station.json.broken``), so
        the caller can say so; ``None`` when there was none.
    :raises OSError: the folder or the file cannot be written (nothing is changed then).
    """
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    existing = _read(path)
    kept = None
    if existing is None:
        kept = path.with_name(path.name + BROKEN_SUFFIX)
        os.replace(path, kept)
        log.warning("broken station settings moved to %s", kept)
        existing = {}
    data = {**existing, **asdict(settings)}
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return kept
