"""Undo at a station (撤销): which action may still be taken back, and by whom.

A station may take back its own last scan action — an inspection result, a packing scan — within
:data:`UNDO_WINDOW` of it ("undo the last scan", the command sheet's 撤销 barcode). The window keeps
only its own station's last action; the services check the station and the time against the store,
so a command line or a script cannot take back an older action or another station's. An older or
another station's inspection result is corrected by a coordinator, with a reason
(``services.inspection.correct_inspection``), which has no time limit.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .errors import QT_TRANSLATE_NOOP, TransitionRefused

#: how long after an action its station may still undo it
UNDO_WINDOW = timedelta(minutes=2)


def within_undo_window(age: timedelta) -> bool:
    """Whether an action ``age`` old may still be undone (at most :data:`UNDO_WINDOW`; a negative age, the
    clock set back since, counts as new)."""
    return age <= UNDO_WINDOW


def undo_allowed(action_station: str, actor_station: str, age: timedelta) -> bool:
    """Whether a person at ``actor_station`` may undo an action done at ``action_station`` ``age`` ago:
    the same station, within :data:`UNDO_WINDOW`."""
    return action_station == actor_station and within_undo_window(age)


def check_undo(code: str, action_station: str, action_at: datetime, actor_station: str, now: datetime) -> None:
    """Refuse to undo the action on ``code`` done at ``action_station`` at ``action_at`` (aware) unless
    :func:`undo_allowed` for a person at ``actor_station`` at ``now``.

    :raises TransitionRefused: another station's action, or older than :data:`UNDO_WINDOW`; the message
        names the station and local time of the action and says that a coordinator corrects it.
    """
    if undo_allowed(action_station, actor_station, now - action_at):
        return
    raise TransitionRefused(
        QT_TRANSLATE_NOOP(
            "domain",
            "{code}: the action at station {station} on {when} can no longer be undone here (only this "
            "station's last action of the past {minutes} minutes can be). A coordinator corrects an older "
            "inspection result.",
        ),
        code=code,
        station=action_station,
        when=action_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        minutes=int(UNDO_WINDOW.total_seconds()) // 60,
    )
