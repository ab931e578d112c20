"""Who is acting, and where: recorded on every event and inspection."""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class Actor:
    """The person (``operator``) and the named computer (``station``, 工作站) doing an action."""

    operator: str
    station: str


def default_actor() -> Actor:
    """The logged-in user at this computer's host name."""
    try:
        operator = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in a container
        operator = "volunteer"
    return Actor(operator=operator, station=socket.gethostname() or "station")


def now() -> datetime:
    """The current time, timezone-aware UTC (what the store keeps)."""
    return datetime.now(UTC)
