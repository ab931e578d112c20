"""domain.undo: only the same station, within two minutes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bqw_desktop.domain.errors import TransitionRefused
from bqw_desktop.domain.undo import UNDO_WINDOW, check_undo, undo_allowed, within_undo_window


def test_undo_is_allowed_at_the_same_station_within_two_minutes():
    assert UNDO_WINDOW == timedelta(minutes=2)
    assert undo_allowed("仓库-质检1", "仓库-质检1", timedelta(seconds=120))
    assert not undo_allowed("仓库-质检1", "仓库-质检1", timedelta(seconds=121))
    assert not undo_allowed("仓库-质检1", "仓库-质检2", timedelta(seconds=1))
    assert within_undo_window(timedelta(seconds=-5))  # the clock set back: still the last action


def test_check_undo_names_the_station_and_the_window():
    at = datetime(2021, 9, 1, 1, 0, tzinfo=UTC)
    check_undo("IS000001L", "S1", at, "S1", at + timedelta(minutes=1))
    with pytest.raises(TransitionRefused) as refused:
        check_undo("IS000001L", "S1", at, "S1", at + timedelta(minutes=3))
    assert refused.value.params["station"] == "S1" and refused.value.params["minutes"] == 2
