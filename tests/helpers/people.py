"""Accounts for tests that drive the CLI as named people (issue 10: the CLI acts as an existing account)."""

from __future__ import annotations

from bqw_desktop.domain.roles import Role, needs_pin
from bqw_desktop.services import people
from bqw_desktop.store.database import open_store

ADMIN = "周管理"
#: every test account's PIN (the autouse fixture in tests/unit/conftest.py puts it in BQW_PIN)
PIN = "2468"


def staff(db: str, **accounts: str) -> list[str]:
    """Make sure the store file ``db`` has the administrator :data:`ADMIN` and the ``accounts``
    (display name → role value), each with :data:`PIN` when its role needs one.

    :returns: ``["--operator", ADMIN]``, for a command run as the administrator.
    """
    store = open_store(f"sqlite:///{db}")
    try:
        if people.needs_administrator(store):
            people.create_first_administrator(store, "TEST-1", ADMIN, PIN)
        admin = people.sign_in(store, "TEST-1", name=ADMIN, pin=PIN)
        known = {p.name for p in people.list_people(store)}
        for name, role in accounts.items():
            if name not in known:
                people.add_person(store, admin, name, Role(role), PIN if needs_pin(Role(role)) else None)
    finally:
        store.dispose()
    return ["--operator", ADMIN]
