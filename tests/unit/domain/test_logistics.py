"""Overdue shipments and the time spent in each stage (domain.logistics)."""

from datetime import UTC, datetime, timedelta

import pytest

from bqw_desktop.domain.errors import InvalidValue
from bqw_desktop.domain.logistics import DEFAULT_OVERDUE_DAYS, is_overdue, stage_durations

T0 = datetime(2021, 9, 1, 9, tzinfo=UTC)


def day(n: float) -> datetime:
    return T0 + timedelta(days=n)


def test_overdue_is_strictly_more_than_the_days_since_handover():
    assert not is_overdue(None, day(30))
    assert not is_overdue(T0, day(3), days=3)
    assert is_overdue(T0, day(3) + timedelta(seconds=1), days=3)
    assert is_overdue(T0, day(DEFAULT_OVERDUE_DAYS + 0.5)) and not is_overdue(T0, day(DEFAULT_OVERDUE_DAYS))
    with pytest.raises(InvalidValue):
        is_overdue(T0, day(1), days=0)


def test_each_stage_gets_the_time_until_the_next_move_and_the_last_until_now():
    moves = [(day(2), "passed"), (day(5), "packed"), (day(6), "shipped")]
    assert stage_durations(T0, moves, "received", day(9)) == {
        "received": timedelta(days=2), "passed": timedelta(days=3), "packed": timedelta(days=1),
        "shipped": timedelta(days=3)}


def test_a_state_entered_twice_counts_both_stays_and_moves_are_put_in_time_order():
    moves = [(day(4), "passed"), (day(1), "passed"), (day(2), "packed")]  # packed, unpacked again
    assert stage_durations(T0, moves, "received", day(5)) == {
        "received": timedelta(days=1), "passed": timedelta(days=1) + timedelta(days=1),
        "packed": timedelta(days=2)}


def test_the_clock_stops_in_a_final_state_and_early_events_count_from_the_start():
    moves = [(T0 - timedelta(days=1), "passed"), (day(3), "delivered")]
    durations = stage_durations(T0, moves, "received", day(40), final=("delivered",))
    assert durations == {"received": timedelta(0), "passed": timedelta(days=3), "delivered": timedelta(0)}
    # without a final state the last stage runs until now (the earlier behaviour, still available)
    assert stage_durations(T0, moves, "received", day(40))["delivered"] == timedelta(days=37)
    assert stage_durations(T0, [], "received", T0 - timedelta(days=1)) == {"received": timedelta(0)}
