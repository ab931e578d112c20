"""This computer's settings file (station.json): defaults, round trip, forgiving reads, atomic writes."""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs

from bqw_desktop import paths, station
from bqw_desktop.station import StationSettings, settings_path as real_settings_path


def test_the_file_is_in_the_users_config_folder():
    assert real_settings_path() == Path(platformdirs.user_config_dir(paths.APP_NAME, paths.APP_AUTHOR)) / "station.json"


def test_no_file_gives_the_defaults(station_file):
    assert not station_file.exists()
    assert station.load() == StationSettings(name=None, idle_minutes=10, pass_needs_all_checks=False)


def test_saved_settings_come_back_and_nothing_else_is_left(station_file):
    settings = StationSettings(name="质检台-2", idle_minutes=5, pass_needs_all_checks=True)
    assert station.save(settings) is None
    assert station.load() == settings
    assert json.loads(station_file.read_text(encoding="utf-8")) == {
        "name": "质检台-2", "idle_minutes": 5, "pass_needs_all_checks": True}
    assert [p.name for p in station_file.parent.iterdir()] == ["station.json"]  # no temporary file left


def test_unknown_keys_are_ignored_and_kept_wrong_types_give_the_default(station_file):
    station_file.parent.mkdir(parents=True)
    station_file.write_text(json.dumps({"name": "A", "idle_minutes": "ten", "pass_needs_all_checks": 1,
                                        "printer": "Zebra"}), encoding="utf-8")
    assert station.load() == StationSettings(name="A")
    station.save(StationSettings(name="B", pass_needs_all_checks=True))
    assert json.loads(station_file.read_text(encoding="utf-8")) == {
        "name": "B", "idle_minutes": 10, "pass_needs_all_checks": True, "printer": "Zebra"}


def test_a_broken_file_gives_the_defaults_and_is_kept_aside_when_saving(station_file):
    station_file.parent.mkdir(parents=True)
    for broken in ('{"name": "A", ', "[1, 2]", "\xff\xfe"):
        station_file.write_bytes(broken.encode("latin-1"))
        assert station.load() == StationSettings()
        assert station_file.read_bytes() == broken.encode("latin-1")  # reading never rewrites it
        kept = station.save(StationSettings(pass_needs_all_checks=True))
        assert kept == station_file.with_name("station.json.broken")
        assert kept.read_bytes() == broken.encode("latin-1")
        assert station.load() == StationSettings(pass_needs_all_checks=True)
