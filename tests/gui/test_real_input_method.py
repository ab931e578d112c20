"""Issue 9, fault 3, with a real Chinese input method: IBus Pinyin (ibus-libpinyin) on a private Xvfb,
xdotool typing like a keyboard-wedge scanner into the real window (tests/gui/ime/run_ime_scan.sh, from
../shared/tools/ime). Before the fix "SF1234567890123" typed into the tracking-number field arrived as
"SF234567890123" or "SF234563789012"; now it arrives exact and once, in the fields where the Shipments
page leaves the focus.

Needs the system packages xvfb, xdotool, dbus-x11, ibus, ibus-libpinyin, x11-utils, python3-gi and
gir1.2-ibus-1.0 (scripts/setup.sh); without them the test fails and says what is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bqw_desktop.services import inspection, shipping
from bqw_desktop.queries import shipments

HARNESS = Path(__file__).parent / "ime" / "run_ime_scan.sh"
ROOT = Path(__file__).parents[2]
TRACKING = "SF1234567890123"  # courier LP2's rule
TOOLS = ("Xvfb", "xdotool", "dbus-launch", "ibus-daemon", "ibus", "xprop")


@pytest.mark.slow
@pytest.mark.parametrize("field", ["contents.tracking", "contents.weight"])
def test_a_scan_through_ibus_pinyin_arrives_exact(drive_store, actor, tmp_path, field):
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    assert not missing, f"the input-method test needs {', '.join(missing)}: run scripts/setup.sh"
    inspection.inspect(drive_store, actor, "IS000001L", True)
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP2")
    shipping.pack(drive_store, actor, shipment.code, "IS000001L")
    out = tmp_path / "ime"
    app = f"cd {ROOT} && {sys.executable} -m tests.gui.ime.station {drive_store.sqlite_path} {field}"
    environment = {**os.environ, "APP_CMD": app, "OUT_DIR": str(out), "IME_ENGINE": "libpinyin"}
    environment.pop("QT_QPA_PLATFORM", None)  # the station runs on the Xvfb display (xcb)
    done = subprocess.run(["bash", str(HARNESS), TRACKING], env=environment, capture_output=True, text=True,
                          timeout=120)
    report = done.stderr[-3000:]
    assert done.returncode == 0, f"Xvfb, D-Bus or IBus did not start (exit {done.returncode}):\n{report}"
    received = (out / "received.txt").read_text(encoding="utf-8").splitlines() if (out / "received.txt").exists() else []
    assert received[::2] == [f"scan {TRACKING}"], report
    assert shipments.get_shipment(drive_store, shipment.code).tracking_number == TRACKING
    assert received[1] == ("field " + (TRACKING if field == "contents.tracking" else ""))  # nothing of it in the weight
