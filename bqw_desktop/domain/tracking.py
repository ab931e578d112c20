"""Couriers' tracking-number rules (运单号规则): a pattern per courier, and a check digit where the
carrier's standard has one.

A rule is a regular expression that the whole number must match (after :func:`read_tracking_number`:
NFKC, the spaces and hyphens inside dropped, trimmed, upper case) and an optional check-digit scheme.
Schemes:

- ``upu_s10``: UPU standard S10 for postal items, ``AA`` + 8 digits + a check digit + a two-letter ISO
  country code (e.g. ``EE123456785CN``). python-stdnum has no S10 module, so the check digit is
  computed here as S10 defines it: the 8 serial digits weighted 8, 6, 4, 2, 3, 5, 9, 7, summed;
  check = 11 − (sum mod 11), where 10 becomes 0 and 11 becomes 5.

A number that matches several couriers' rules is never attributed by guessing: :func:`matching_rules`
returns every candidate and the caller asks the user (issue 6).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, InvalidValue
from .lifecycle import normalise_tracking_number


class CheckDigit(enum.Enum):
    """Check-digit schemes a courier's numbers may carry."""

    UPU_S10 = "upu_s10"


#: hyphens a number may be typed with (NFKC turns the full-width and the non-breaking hyphen into these)
_HYPHENS = "-\u2010"


def without_separators(text: str) -> str:
    """``text`` after NFKC with every space and hyphen dropped, nothing else (case C11).

    Waybills print numbers in groups ("SF 1234 5678 90123", "1234-5678-9012") and people type them so;
    full-width (U+3000) and no-break spaces are plain spaces after NFKC, other Unicode space separators
    (category Zs) are dropped too. Letters, digits and any other character are kept, so a number with a
    dot or a slash is still refused by the rule check.
    """
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if c not in _HYPHENS and unicodedata.category(c) != "Zs")


def read_tracking_number(text: str) -> str:
    """A typed or scanned tracking number in its stored form: :func:`without_separators`, then
    :func:`~bqw_desktop.domain.lifecycle.normalise_tracking_number` (upper case), e.g.
    "sf 1234 5678 90123" → "SF1234567890123". Every entry path (field, scan, command line) goes
    through :func:`check_tracking_number` or :func:`matching_rules`, which call this.

    :raises InvalidValue: not 8–30 letters A–Z and digits once spaces and hyphens are dropped.
    """
    return normalise_tracking_number(without_separators(text))


S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_S10_SHAPE = re.compile(r"^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$")


def s10_check_digit(serial: str) -> str:
    """The UPU S10 check digit of an 8-digit serial number (see the module docstring).

    :raises ValueError: ``serial`` is not 8 digits (a programming error).
    """
    if len(serial) != 8 or not serial.isdigit():
        raise ValueError(f"S10 serial must be 8 digits: {serial!r}")
    check = 11 - sum(int(d) * w for d, w in zip(serial, S10_WEIGHTS, strict=True)) % 11
    return str({10: 0, 11: 5}.get(check, check))


def s10_is_valid(number: str) -> bool:
    """Whether ``number`` has the S10 shape and a right check digit."""
    match = _S10_SHAPE.match(number)
    return bool(match) and s10_check_digit(match.group(1)) == match.group(2)


_CHECKS = {CheckDigit.UPU_S10: s10_is_valid}


@dataclass(frozen=True)
class TrackingRule:
    """One courier's rule: ``pattern`` (a regular expression the whole number matches) and the
    optional check-digit scheme; ``courier`` is the courier's code (e.g. ``LP1``)."""

    courier: str
    pattern: str
    check_digit: CheckDigit | None = None

    def matches(self, number: str) -> bool:
        """Whether the normalised ``number`` fits the pattern and, if there is one, the check digit."""
        if not re.fullmatch(self.pattern, number):
            return False
        return self.check_digit is None or _CHECKS[self.check_digit](number)


def check_tracking_number(text: str, rule: TrackingRule | None) -> str:
    """Read ``text`` (:func:`read_tracking_number`) and check it against the courier's ``rule``
    (``None``: no rule, shape only).

    :returns: the number as stored.
    :raises InvalidValue: not 8–30 letters and digits, does not fit the courier's pattern, or has a
        wrong check digit (never repaired).
    """
    number = read_tracking_number(text)
    if rule is None or rule.matches(number):
        return number
    if re.fullmatch(rule.pattern, number) and rule.check_digit is not None:
        raise InvalidValue(
            QT_TRANSLATE_NOOP(
                "domain", "Tracking number {value} has a wrong check digit: it was mistyped or misread."
            ),
            value=number,
        )
    raise InvalidValue(
        QT_TRANSLATE_NOOP("domain", "{value} is not a tracking number of courier {courier}."),
        value=number, courier=rule.courier,
    )


def matching_rules(text: str, rules: Iterable[TrackingRule]) -> list[TrackingRule]:
    """Every rule that ``text`` (read by :func:`read_tracking_number`) satisfies, in the order given.

    More than one: the number is ambiguous and the user chooses; none: no courier of ours issued it.

    :raises InvalidValue: not 8–30 letters and digits.
    """
    number = read_tracking_number(text)
    return [rule for rule in rules if rule.matches(number)]
