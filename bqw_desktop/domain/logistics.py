"""Rules of the logistics side: destination kinds, couriers' pickup days and rate cards, overdue shipments,
and the time an item set spent in each stage.

Money is kept as integer CNY fen (1/100 yuan) so sums are exact; weights as integer grams.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .errors import QT_TRANSLATE_NOOP, InvalidValue


class InstitutionKind(enum.Enum):
    """What kind of place a destination (收货点) is."""

    TOWNSHIP_OFFICE = "township_office"  # 乡镇政府 / 街道办事处
    SCHOOL = "school"  # 学校
    COMMUNITY_CENTRE = "community_centre"  # 社区服务中心 / 儿童之家


INSTITUTION_KIND_LABELS = {
    InstitutionKind.TOWNSHIP_OFFICE: QT_TRANSLATE_NOOP("term", "township office"),
    InstitutionKind.SCHOOL: QT_TRANSLATE_NOOP("term", "school"),
    InstitutionKind.COMMUNITY_CENTRE: QT_TRANSLATE_NOOP("term", "community centre"),
}

#: the drive's logistics and storage budget (closing report: 15,000 CNY), in fen
LOGISTICS_BUDGET_FEN = 15_000_00
#: a shipment with the courier longer than this many days is flagged overdue, unless configured otherwise
DEFAULT_OVERDUE_DAYS = 5


def parse_pickup_days(text: str | None) -> tuple[int, ...]:
    """ISO weekdays (1 = Monday … 7 = Sunday) from a stored ``"1,3,5"``; empty when none are set.

    :raises InvalidValue: a day outside 1–7 or not a number.
    """
    if not text:
        return ()
    try:
        days = tuple(sorted({int(part) for part in text.split(",") if part.strip()}))
    except ValueError:
        days = (0,)
    if any(not 1 <= d <= 7 for d in days):
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "“{value}” are not weekdays 1–7 (Monday = 1)."), value=text)
    return days


def next_pickup(days: Sequence[int], after: date) -> date | None:
    """The first pickup day on or after ``after``; ``None`` when the courier has no set days."""
    if not days:
        return None
    for offset in range(7):
        candidate = after + timedelta(days=offset)
        if candidate.isoweekday() in days:
            return candidate
    return None


@dataclass(frozen=True)
class RateCard:
    """A courier's prices per package, CNY fen: the first kilogram (首重) and each further started
    kilogram (续重), as Chinese express couriers quote them."""

    first_kg_fen: int
    extra_kg_fen: int

    def package_fen(self, weight_g: int) -> int:
        """Estimated price of one package of ``weight_g`` grams: first kg, plus each started kg beyond."""
        extra_kg = max(0, math.ceil(weight_g / 1000) - 1)
        return self.first_kg_fen + extra_kg * self.extra_kg_fen

    def estimate_fen(self, weights_g: Iterable[int | None]) -> int:
        """Estimated price of a shipment's packages; an unweighed package is priced as 1 kg."""
        return sum(self.package_fen(w or 1000) for w in weights_g)


def kg_to_g(kg: float | str) -> int:
    """Grams from a weight typed in kilograms (``"3.25"`` → 3250).

    :raises InvalidValue: not a number, or not more than 0 and at most 100 kg (one courier parcel).
    """
    try:
        grams = round(float(str(kg).replace(",", ".")) * 1000)
    except ValueError:
        grams = 0
    if not 0 < grams <= 100_000:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "“{value}” is not a package weight: give 0.001–100 kg."),
                           value=str(kg))
    return grams


def cny_to_fen(cny: float | str) -> int:
    """Fen from an amount typed in yuan (``"12.5"`` → 1250).

    :raises InvalidValue: not a number, or negative.
    """
    try:
        fen = round(float(str(cny).replace(",", ".")) * 100)
    except ValueError:
        fen = -1
    if fen < 0:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "“{value}” is not an amount in yuan."), value=str(cny))
    return fen


def is_overdue(handed_over_at: datetime | None, now: datetime, days: int = DEFAULT_OVERDUE_DAYS) -> bool:
    """Whether a shipment still with the courier was handed over more than ``days`` days before ``now``.

    The caller asks only for shipments still with the courier (``lifecycle.SHIPMENT_UNDERWAY``).

    :raises InvalidValue: ``days`` below 1.
    """
    if days < 1:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "“{value}” is not a number of days: give 1 or more."),
                           value=str(days))
    return handed_over_at is not None and now - handed_over_at > timedelta(days=days)


def stage_durations(start: datetime, moves: Sequence[tuple[datetime, str]], first: str,
                    now: datetime, final: Collection[str] = ()) -> dict[str, timedelta]:
    """How long something spent in each state, from its state changes.

    :param start: when it entered ``first`` (an item set: its carton's arrival, state ``received``).
    :param moves: ``(at, new state)`` (the audit events); sorted here by time, equal times kept in the
        order given. A move before ``start`` counts as made at ``start``.
    :param now: the end of the last, current state.
    :param final: states where the clock stops (an item set delivered, returned or disposed): time
        after entering one is not counted; a later move out of it (a correction) restarts the clock.
    :returns: total time per state entered (a state entered twice counts both stays; a final state
        entered shows zero).
    """
    totals: dict[str, timedelta] = {}
    state, since = first, start
    for at, new_state in sorted(moves, key=lambda move: move[0]):
        at = max(at, start)
        if state not in final:
            totals[state] = totals.get(state, timedelta()) + max(at - since, timedelta())
        else:
            totals.setdefault(state, timedelta())
        state, since = new_state, at
    end = since if state in final else max(now, since)
    totals[state] = totals.get(state, timedelta()) + (end - since)
    return totals
