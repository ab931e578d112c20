"""Two short sounds, one for a scan that worked and one for a refusal, where the platform can play them.

PySide6-Essentials has no QtMultimedia, so the tones are written once as WAV files (stdlib ``wave``)
into the cache folder and played by the platform's own player without waiting: ``winsound`` on
Windows, ``afplay`` on macOS, ``paplay`` or ``aplay`` on Linux. Without one, a refusal still beeps
(``QApplication.beep``) and success stays silent.
"""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .. import paths

RATE = 16_000  # samples per second
#: (frequency Hz, duration s) per tone: success is one high note, a refusal two low ones
TONES = {"ok": [(1760, 0.08)], "error": [(330, 0.14), (0, 0.05), (330, 0.14)]}


def write_tone(path: Path, notes: list[tuple[int, float]]) -> Path:
    """Write ``notes`` (frequency in Hz, 0 for silence; duration in s) as 16-bit mono WAV at ``RATE``."""
    frames = bytearray()
    for frequency, seconds in notes:
        count = int(RATE * seconds)
        for n in range(count):
            fade = min(1.0, n / 160, (count - n) / 160)  # no clicks at the edges
            value = math.sin(2 * math.pi * frequency * n / RATE) * 0.4 * fade if frequency else 0.0
            frames += struct.pack("<h", int(value * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return path


def _player() -> list[str] | None:
    for name in ("afplay", "paplay", "aplay"):
        found = shutil.which(name)
        if found:
            return [found, "-q"] if name == "aplay" else [found]
    return None


class Sounds:
    """Plays the sound for a banner kind (``ok`` or ``error``); ``enabled`` switches them off."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._files: dict[str, Path] = {}
        self._player = _player()

    def file(self, kind: str) -> Path:
        if kind not in self._files:
            self._files[kind] = write_tone(paths.user_cache_dir() / f"scan-{kind}.wav", TONES[kind])
        return self._files[kind]

    def play(self, kind: str) -> None:
        if not self.enabled or kind not in TONES:
            return
        if sys.platform == "win32":
            import winsound  # noqa: PLC0415 - Windows only

            winsound.PlaySound(str(self.file(kind)), winsound.SND_FILENAME | winsound.SND_ASYNC)
        elif self._player:
            subprocess.Popen([*self._player, str(self.file(kind))], stdout=subprocess.DEVNULL,  # noqa: S603
                             stderr=subprocess.DEVNULL)
        elif kind == "error":
            QApplication.beep()
