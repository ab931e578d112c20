"""Scan feedback sounds and per-station scanner settings."""

from __future__ import annotations

import wave

from PySide6.QtCore import QSettings

from bqw_desktop.ui.scanner import ScannerSettings
from bqw_desktop.ui.sounds import RATE, TONES, write_tone
from tests.helpers.keys import scanner_types


def test_success_and_error_tones_differ(tmp_path):
    for kind, notes in TONES.items():
        path = write_tone(tmp_path / f"{kind}.wav", notes)
        with wave.open(str(path)) as sound:
            assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, RATE)
            frames = sound.readframes(sound.getnframes())
            assert sound.getnframes() == sum(int(RATE * seconds) for _, seconds in notes)
        samples = [int.from_bytes(frames[i:i + 2], "little", signed=True) for i in range(0, len(frames), 2)]
        first = samples[: int(RATE * notes[0][1])]
        crossings = sum(1 for a, b in zip(first, first[1:]) if a < 0 <= b)  # one per period
        assert abs(crossings / notes[0][1] - notes[0][0]) < 0.05 * notes[0][0]
    assert TONES["ok"][0][0] > 3 * TONES["error"][0][0]  # a high note for success, low ones for a refusal


def test_scanner_settings_come_from_the_stations_settings(qapp):
    settings = QSettings()
    settings.setValue("scanner/max_key_gap_ms", 25)
    settings.setValue("scanner/prefix", "026")
    try:
        loaded = ScannerSettings.load()
        assert (loaded.max_key_gap_ms, loaded.prefix, loaded.suffix) == (25, "026", "")
    finally:
        settings.remove("scanner")
    assert ScannerSettings.load() == ScannerSettings()


def test_a_configured_prefix_is_stripped_from_scans(window):
    window.scanner.settings.prefix = "026"
    scanner_types("026IS000001L")
    assert window.scans == ["IS000001L"]
