"""Who is acting, and where: recorded on every event and inspection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ..domain.roles import Role


@dataclass(frozen=True)
class Actor:
    """A signed-in person: ``operator`` their display name (an account's ``person.name``), ``station``
    the named computer (工作站, e.g. 仓库-质检1), ``role`` what they may do (``services.access``).

    Made by ``services.people`` when someone signs in (badge, name, PIN) or the CLI names its
    ``--operator``; the role is the account's at that moment.
    """

    operator: str
    station: str
    role: Role


def now() -> datetime:
    """The current time, timezone-aware UTC (what the store keeps)."""
    return datetime.now(UTC)
