"""People (人员): accounts, PINs, badges, and signing in at a station.

A person signs in by scanning their badge or picking their name; coordinators, administrators and
auditors also give their PIN (``domain.roles.needs_pin``). What signing in returns is the
:class:`~.context.Actor` every other service takes. PINs are kept as salted scrypt hashes (the standard
library's ``hashlib.scrypt``, RFC 7914: n = 2**14, r = 8, p = 1, 16-byte salt), never as given; five wrong
PINs for one account within ten minutes refuse further tries until the ten minutes have passed (a
4-digit PIN has only 10,000 values). Sign-ins, refused PINs and sign-outs are events of the trail.
"""

from __future__ import annotations

import hashlib
import math
import hmac
import secrets
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import roles
from ..domain.errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound, TransitionRefused
from ..domain.identifiers import CodeKind, expect_kind, make_code
from ..domain.roles import Permission, Role
from ..store.database import Store
from ..store.models import Event, Person
from . import audit
from .access import requires
from .context import Actor, now

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
#: who loads the drive into a store that has no administrator yet (``bqw-desktop demo``); no account's name
DRIVE_LOADER = "演示数据导入"
#: wrong PINs that lock an account, and for how long
PIN_TRIES, PIN_LOCK = 5, timedelta(minutes=10)


@dataclass(frozen=True)
class PersonView:
    """An account as lists show it: display name, role, badge code, active, whether a PIN is set."""

    name: str
    role: Role
    badge: str
    active: bool
    has_pin: bool


class SignInRefused(InvalidValue):
    """No such active person, a missing or wrong PIN, or too many wrong PINs."""


class PinNeeded(SignInRefused):
    """The account signs in with a PIN, and none was given."""


def hash_pin(pin: str) -> str:
    """``scrypt$<salt hex>$<hash hex>`` of ``pin`` with a new random salt.

    :raises InvalidValue: ``pin`` is not 4 to 8 digits.
    """
    roles.check_pin_shape(pin)
    salt = secrets.token_bytes(16)
    return f"scrypt${salt.hex()}${hashlib.scrypt(pin.encode(), salt=salt, **_SCRYPT).hex()}"


def pin_matches(pin: str, stored: str | None) -> bool:
    """Whether ``pin`` is the one ``stored`` (a :func:`hash_pin` value) was made from; ``False`` for none."""
    if not stored:
        return False
    _, salt, expected = stored.split("$")
    actual = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), **_SCRYPT).hex()
    return hmac.compare_digest(actual, expected)


def _view(row: Person) -> PersonView:
    return PersonView(row.name, Role(row.role), row.badge, row.active, row.pin_hash is not None)


def list_people(store: Store) -> list[PersonView]:
    """Every account, active ones first, by name."""
    with store.read() as session:
        rows = session.scalars(select(Person).order_by(Person.active.desc(), Person.name))
        return [_view(row) for row in rows]


def needs_administrator(store: Store) -> bool:
    """Whether the store has no active administrator yet: the first start creates one."""
    with store.read() as session:
        return _administrators(session) == 0


def _administrators(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Person).where(
        Person.role == Role.ADMINISTRATOR.value, Person.active.is_(True)))


def _new_person(session: Session, actor: Actor, name: str, role: Role, pin: str | None) -> Person:
    name = roles.clean_name(name)
    if roles.needs_pin(role) and not pin:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "A {role} needs a PIN of 4 to 8 digits."),
                           role=roles.ROLE_LABELS[role])
    if name == DRIVE_LOADER:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "“{name}” is the name the drive's loading is recorded under."),
                           name=name)
    # letters' case does not tell people apart (SQLite's lower() folds ASCII only: enough for Latin names)
    if session.scalar(select(Person.name).where(func.lower(Person.name) == name.lower())) is not None:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "There is already an account named “{name}”."), name=name)
    pin_hash = hash_pin(pin) if pin else None
    serial = (session.scalar(select(func.max(Person.id))) or 0) + 1
    row = Person(id=serial, name=name, role=role.value, badge=make_code(CodeKind.BADGE, serial), pin_hash=pin_hash,
                 active=True, created_at=now())
    session.add(row)
    session.flush()
    audit.record(session, actor, "person_added", "person", row.badge, None, role.value, name)
    return row


def create_first_administrator(store: Store, station: str, name: str, pin: str) -> Actor:
    """The first start: create the store's administrator and sign them in at ``station``.

    :raises TransitionRefused: the store has an active administrator already (they add people).
    :raises InvalidValue: a bad name, station name or PIN.
    """
    station = roles.clean_station(station)
    actor = Actor(roles.clean_name(name), station, Role.ADMINISTRATOR)
    with store.write() as session:
        if _administrators(session):
            raise TransitionRefused(QT_TRANSLATE_NOOP(
                "domain", "This store has an administrator already: they add the other accounts."))
        _new_person(session, actor, name, Role.ADMINISTRATOR, pin)
        audit.record(session, actor, "sign_in", "person", make_code(CodeKind.BADGE, 1), None, None, station)
    return actor


@requires(Permission.ACCOUNTS)
def add_person(store: Store, actor: Actor, name: str, role: Role, pin: str | None = None) -> PersonView:
    """Add an account (administrators); it gets the next badge code (``PE00001…``).

    :param pin: 4 to 8 digits; required for every role but volunteers (optional for them).
    :raises InvalidValue: a bad or taken name, a missing or malformed PIN.
    """
    with store.write() as session:
        return _view(_new_person(session, actor, name, role, pin))


def _load(session: Session, name: str) -> Person:
    name = " ".join(name.split())  # as clean_name keeps it
    row = session.scalar(select(Person).where(Person.name == name))
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "There is no account named “{name}”."), name=name)
    return row


@requires(Permission.ACCOUNTS)
def deactivate(store: Store, actor: Actor, name: str) -> PersonView:
    """Deactivate an account (administrators): it can no longer sign in; its name stays on its records.

    :raises NotFound: no such account.
    :raises TransitionRefused: already inactive, or the last active administrator.
    """
    with store.write() as session:
        row = _load(session, name)
        if not row.active:
            raise TransitionRefused(QT_TRANSLATE_NOOP("domain", "“{name}” is inactive already."), name=row.name)
        if row.role == Role.ADMINISTRATOR.value and _administrators(session) == 1:
            raise TransitionRefused(QT_TRANSLATE_NOOP(
                "domain", "“{name}” is the last active administrator: add another administrator first."), name=row.name)
        row.active = False
        audit.record(session, actor, "person_deactivated", "person", row.badge, "active", "inactive", row.name)
        return _view(row)


@requires(Permission.ACCOUNTS)
def reactivate(store: Store, actor: Actor, name: str) -> PersonView:
    """Let a deactivated account sign in again (administrators), with its role, badge and PIN as they were.

    :raises NotFound: no such account. :raises TransitionRefused: it is active.
    """
    with store.write() as session:
        row = _load(session, name)
        if row.active:
            raise TransitionRefused(QT_TRANSLATE_NOOP("domain", "“{name}” is active already."), name=row.name)
        row.active = True
        audit.record(session, actor, "person_reactivated", "person", row.badge, "inactive", "active", row.name)
        return _view(row)


@requires(Permission.ACCOUNTS)
def set_pin(store: Store, actor: Actor, name: str, pin: str) -> PersonView:
    """Give an account a new PIN (administrators).

    :raises NotFound: no such account. :raises InvalidValue: not 4 to 8 digits.
    """
    with store.write() as session:
        row = _load(session, name)
        row.pin_hash = hash_pin(pin)
        audit.record(session, actor, "pin_set", "person", row.badge, None, None, row.name)
        return _view(row)


def _locked_until(session: Session, badge: str) -> datetime | None:
    """When the account ``badge`` may try a PIN again: :data:`PIN_TRIES` wrong PINs within :data:`PIN_LOCK`,
    none of them before its last sign-in at a station, lock it until the first of them is that old."""
    of_person = (Event.entity_kind == "person", Event.entity_code == badge)
    since = now() - PIN_LOCK
    signed_in = session.scalar(select(func.max(Event.at)).where(*of_person, Event.action == "sign_in"))
    wrong = session.scalars(select(Event.at).where(*of_person, Event.action == "pin_refused",
                                                   Event.at >= max(since, signed_in or since))
                            .order_by(Event.id.desc()).limit(PIN_TRIES)).all()
    return wrong[-1] + PIN_LOCK if len(wrong) == PIN_TRIES else None


def sign_in(store: Store, station: str, *, name: str | None = None, badge: str | None = None,
            pin: str | None = None, record: bool = True) -> Actor:
    """Sign a person in at ``station`` by ``name`` or by the ``badge`` code scanned; returns their Actor.

    :param record: write a ``sign_in`` event (a station's sign-in); the CLI, whose every change names
        its operator, records none. A wrong PIN is recorded either way.
    :raises PinNeeded: the account's role needs a PIN and none was given (ask for it, try again).
    :raises SignInRefused: no active account of that name or badge; a wrong PIN, or too many wrong ones lately. A wrong PIN is
        recorded (``pin_refused``), in its own transaction.
    :raises InvalidCode: ``badge`` is not a badge code.
    """
    station = roles.clean_station(station)
    with store.write() as session:
        if badge is not None:
            code = expect_kind(badge, CodeKind.BADGE).text
            row = session.scalar(select(Person).where(Person.badge == code))
        else:
            row = session.scalar(select(Person).where(Person.name == " ".join((name or "").split())))
        if row is None or not row.active:
            raise SignInRefused(QT_TRANSLATE_NOOP("domain", "No active account has this name or badge."))
        role = Role(row.role)
        actor = Actor(row.name, station, role)
        if roles.needs_pin(role):
            locked = _locked_until(session, row.badge)
            if locked is not None:
                raise SignInRefused(QT_TRANSLATE_NOOP(
                    "domain", "Too many wrong PINs for “{name}”: try again in {minutes} minutes."),
                    name=row.name, minutes=math.ceil((locked - now()).total_seconds() / 60))
            if not pin:
                raise PinNeeded(QT_TRANSLATE_NOOP("domain", "“{name}” signs in with a PIN."), name=row.name)
        refused = roles.needs_pin(role) and not pin_matches(pin, row.pin_hash)
        if refused or record:
            audit.record(session, actor, "pin_refused" if refused else "sign_in", "person", row.badge, None, None,
                         station)
    if not refused:
        return actor
    raise SignInRefused(QT_TRANSLATE_NOOP("domain", "Wrong PIN for “{name}”."), name=actor.operator)


def sign_out(store: Store, actor: Actor, why: str = "signed out") -> None:
    """Record that ``actor`` left the station (``why``: ``signed out``, ``idle``, ``switched``)."""
    with store.write() as session:
        badge = session.scalar(select(Person.badge).where(Person.name == actor.operator))
        audit.record(session, actor, "sign_out", "person", badge or actor.operator, None, None, why)



@requires(Permission.ACCOUNTS)
def write_badges(store: Store, actor: Actor, out: str | os.PathLike | BinaryIO,
                 names: Sequence[str] = ()) -> list[PersonView]:
    """Write the badge sheet (``documents.badges``, A4, ten ID-1 badges a page) of the active accounts named
    in ``names``, or of every active account, to ``out``; recorded (``badges_printed``). Administrators only:
    a volunteer's badge signs them in.

    :returns: the accounts printed, by name.
    :raises NotFound: a name with no account. :raises TransitionRefused: a named account is inactive, or none is active.
    """
    from ..documents.badges import BadgeData, render_badges
    from ..documents.terms import ROLE_ZH

    with store.write() as session:
        if names:
            rows = [_load(session, name) for name in names]
            inactive = [row.name for row in rows if not row.active]
            if inactive:
                raise TransitionRefused(QT_TRANSLATE_NOOP("domain", "“{name}” is inactive: no badge is printed."),
                                        name=inactive[0])
        else:
            rows = list(session.scalars(select(Person).where(Person.active.is_(True)).order_by(Person.name)))
        if not rows:
            raise TransitionRefused(QT_TRANSLATE_NOOP("domain", "There is no active account to print a badge for."))
        people = [_view(row) for row in rows]
        render_badges([BadgeData(p.name, ROLE_ZH[p.role], p.badge) for p in people], out)
        audit.append(session, [dict(at=now(), actor=actor.operator, station=actor.station, action="badge_printed",
                                    entity_kind="person", entity_code=p.badge, before=None, after=None, detail=p.name)
                               for p in people])
    return people
