"""Every string the program marks for translation has its Chinese in resources/i18n/bqw_zh_CN.ts.

Qt looks a translation up by (context, source); the context of ``self.tr()`` is the class's name, so a
string moved to another class, or a new one, shows in English in the Chinese window until the
catalogue has it. ``pyside6-lupdate`` lists what the sources ask for.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found[(name, message.findtext("source"))] = None if translation is None else translation.text
    return found


def test_every_marked_string_has_its_chinese(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    sources = sorted(str(p) for p in (ROOT / "bqw_desktop").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    asked = _messages(fresh)
    have = _messages(ROOT / "resources" / "i18n" / "bqw_zh_CN.ts")
    missing = sorted(key for key in asked if not have.get(key))
    assert len(asked) > 600  # lupdate read the sources
    assert missing == []
