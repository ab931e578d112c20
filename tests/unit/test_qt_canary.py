"""Canary for PySide6 6.12.0 on Python 3.11: each void Qt call dropped a reference to None and the
interpreter aborted after ~5,000 calls ("Fatal Python error: none_dealloc"). An upgrade that brings it
back fails here instead of in a volunteer's hands."""

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for n in range(20_000):
    label.setText(str(n))
    label.resize(100 + n % 7, 20)
print(label.text())
"""


def test_twenty_thousand_void_qt_calls_do_not_abort():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "19999"
