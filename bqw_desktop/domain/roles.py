"""People's roles and what each may do; PINs; phone numbers shown to whom.

Roles (issue 10): a **volunteer** scans, receives, inspects and packs, and collects and records claims of
children's wishes (issue 12); a **coordinator** also plans and confirms shipments, hands them over,
corrects inspection results, decides dispositions, reprints labels, cancels wishes and keeps tracking
numbers and costs; an **administrator** also keeps accounts, checklists, printer
profiles, couriers and the station settings, and loads the drive. An **auditor** reads everything,
exports and verifies the trail, and changes nothing. Each role above the volunteer holds every right of
the one below it (the drive's administrators were its coordinators too), the auditor none.

:func:`check` is what every state-changing service calls (through ``services.access.requires``), so
the rule holds whoever calls: the window, the CLI or a script.
"""

from __future__ import annotations

import enum
import re
import unicodedata

from .errors import QT_TRANSLATE_NOOP, DomainError, InvalidValue
from .privacy import refuse_identity_numbers


class Role(enum.Enum):
    """A person's role; the value is what the store keeps (``person.role``)."""

    VOLUNTEER = "volunteer"
    COORDINATOR = "coordinator"
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"


ROLE_LABELS = {
    Role.VOLUNTEER: QT_TRANSLATE_NOOP("term", "volunteer"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("term", "coordinator"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("term", "administrator"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("term", "auditor"),
}


class Permission(enum.Enum):
    """A kind of change to the store; each state-changing service needs exactly one."""

    RECEIVE = "receive"  # donors, receipts, cartons, item sets, manifests, discrepancies
    INSPECT = "inspect"  # pass or fail an item set, undo one's own scan
    PACK = "pack"  # packages, packing and unpacking, weights, closing a shipment's packing
    PRINT = "print"  # first prints of labels (recorded)
    PLAN = "plan"  # shipments planned, created, cancelled
    SHIP = "ship"  # hand-over, in transit, delivery, receipt, revert, tracking numbers, costs
    CORRECT = "correct"  # corrections of inspection results
    DISPOSE = "dispose"  # quarantine: rework, return to donor, disposal
    REPRINT = "reprint"  # labels printed again, with a reason
    ACCOUNTS = "accounts"  # people, roles, PINs, badges
    CHECKLISTS = "checklists"  # the safety checklists
    SETTINGS = "settings"  # printer profiles, couriers, station settings, loading the drive
    COLLECT = "collect"  # children and their wishes (issue 12: volunteers collected them)
    CLAIM = "claim"  # organisations, claimers and their claims of wishes (at a wish wall, too)
    CANCEL_WISH = "cancel_wish"  # a wish cancelled or found impossible to fulfil, with a reason
    MATCH = "match"  # item sets matched to wishes (a proposal confirmed), matches undone
    HAND_OVER_WISH = "hand_over_wish"  # a wish's goods handed to the child, the child's feedback


_VOLUNTEER = frozenset({Permission.RECEIVE, Permission.INSPECT, Permission.PACK, Permission.PRINT,
                        Permission.COLLECT, Permission.CLAIM, Permission.HAND_OVER_WISH})
_COORDINATOR = _VOLUNTEER | {Permission.PLAN, Permission.SHIP, Permission.CORRECT, Permission.DISPOSE,
                             Permission.REPRINT, Permission.CANCEL_WISH, Permission.MATCH}

#: what each role may do
ALLOWED: dict[Role, frozenset[Permission]] = {
    Role.VOLUNTEER: _VOLUNTEER,
    Role.COORDINATOR: _COORDINATOR,
    Role.ADMINISTRATOR: _COORDINATOR | {Permission.ACCOUNTS, Permission.CHECKLISTS, Permission.SETTINGS},
    Role.AUDITOR: frozenset(),
}

PERMISSION_LABELS = {
    Permission.RECEIVE: QT_TRANSLATE_NOOP("term", "receive goods"),
    Permission.INSPECT: QT_TRANSLATE_NOOP("term", "inspect item sets"),
    Permission.PACK: QT_TRANSLATE_NOOP("term", "pack shipments"),
    Permission.PRINT: QT_TRANSLATE_NOOP("term", "print labels"),
    Permission.PLAN: QT_TRANSLATE_NOOP("term", "plan shipments"),
    Permission.SHIP: QT_TRANSLATE_NOOP("term", "hand over and track shipments"),
    Permission.CORRECT: QT_TRANSLATE_NOOP("term", "correct inspection results"),
    Permission.DISPOSE: QT_TRANSLATE_NOOP("term", "decide what happens to rejected item sets"),
    Permission.REPRINT: QT_TRANSLATE_NOOP("term", "reprint labels"),
    Permission.ACCOUNTS: QT_TRANSLATE_NOOP("term", "manage accounts"),
    Permission.CHECKLISTS: QT_TRANSLATE_NOOP("term", "edit checklists"),
    Permission.SETTINGS: QT_TRANSLATE_NOOP("term", "change settings, printer profiles and couriers"),
    Permission.COLLECT: QT_TRANSLATE_NOOP("term", "register children and collect their wishes"),
    Permission.CLAIM: QT_TRANSLATE_NOOP("term", "record organisations, claimers and claims of wishes"),
    Permission.CANCEL_WISH: QT_TRANSLATE_NOOP("term", "cancel wishes"),
    Permission.MATCH: QT_TRANSLATE_NOOP("term", "match goods to wishes"),
    Permission.HAND_OVER_WISH: QT_TRANSLATE_NOOP("term", "confirm that wishes reached the children"),
}


class NotPermitted(DomainError):
    """The person's role does not allow this change."""


def allows(role: Role, permission: Permission) -> bool:
    """Whether ``role`` may make changes of kind ``permission``."""
    return permission in ALLOWED[role]


def first_allowed(permission: Permission) -> Role:
    """The least role that may make changes of kind ``permission`` (whom to ask)."""
    return next(r for r in (Role.VOLUNTEER, Role.COORDINATOR, Role.ADMINISTRATOR) if permission in ALLOWED[r])


def check(role: Role, permission: Permission) -> None:
    """:raises NotPermitted: ``role`` may not make changes of kind ``permission`` (the message names the
    role, the change and the least role to ask: :func:`first_allowed`)."""
    if permission not in ALLOWED[role]:
        raise NotPermitted(QT_TRANSLATE_NOOP("domain", "As {role}, you may not {what}: ask {who}."),
                           role=ROLE_LABELS[role], what=PERMISSION_LABELS[permission],
                           who=ROLE_LABELS[first_allowed(permission)])


def needs_pin(role: Role) -> bool:
    """Whether signing in as ``role`` needs a PIN: everyone but volunteers (who sign in by badge or name)."""
    return role is not Role.VOLUNTEER


#: a PIN is 4 to 8 ASCII digits
PIN_PATTERN = re.compile(r"^[0-9]{4,8}$")


def check_pin_shape(pin: str) -> None:
    """:raises InvalidValue: ``pin`` is not 4 to 8 digits."""
    if not PIN_PATTERN.match(pin):
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "A PIN is 4 to 8 digits."))


#: longest display name kept (person.name)
NAME_LIMIT = 40


#: a text shaped like one of our printed codes (IS000001L, PE00001A, WS0000001X …): a name like that would pass for one
_CODE_SHAPE = re.compile(r"^[A-Za-z]{2}\d{5,7}[0-9A-Za-z*]$")


def clean_name(name: str, what: str = QT_TRANSLATE_NOOP("term", "A name"), limit: int = NAME_LIMIT) -> str:
    """``name`` with outer spaces removed and inner runs of spaces made one (“Zhang  San” is “Zhang San”).

    :param what: what the text names, for the message (a person's name, a station's name).
    :param limit: the most characters kept (an organisation's name is longer than a person's).
    :raises InvalidValue: empty or longer than ``limit`` characters; control characters; characters
        outside Unicode's Basic Multilingual Plane (emoji, CJK Extension B: the documents' font has no glyph
        for them and a badge would print no name); shaped like one of our codes (``PE00001A``); or an ID
        card number (:mod:`.privacy`).
    """
    text = " ".join(name.split())
    if not 0 < len(text) <= limit or not text.isprintable():
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "{what} is 1 to {limit} printable characters."),
                           what=what, limit=limit)
    wide = next((c for c in text if ord(c) > 0xFFFF), None)
    if wide is not None:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "{what} cannot hold “{character}”: documents cannot print it."),
                           what=what, character=wide)
    if _CODE_SHAPE.match(text):
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "{what} cannot look like a code (“{text}”): it would pass for "
                                                       "a badge or a label."), what=what, text=text)
    refuse_identity_numbers(text)
    return text


def clean_station(name: str) -> str:
    """A station's name as :func:`clean_name` takes it, named so in its messages."""
    return clean_name(name, QT_TRANSLATE_NOOP("term", "A station's name"))


#: a country code before a number: +86 or 0086 written together with it, any other followed by a
#: space, hyphen or bracket
_COUNTRY_CODE = re.compile(r"^(?:\+|00)(86|[0-9]{1,3}(?=[ \-(]))")


def mask_phone(phone: str | None) -> str | None:
    """A phone number as lists show it to everyone but coordinators: the middle digits hidden, e.g.
    ``13812340000`` → ``138****0000`` (the common mainland form: first three, last four kept).

    Spaces, hyphens and brackets go; full-width digits count as digits; a country code stays in front
    (``+86 138 1234 0000`` → ``+86 138****0000``). Of 8 to 10 digits, at least four stay hidden
    (``87654321`` → ``****4321``); of fewer than 8, all but the last two. ``None`` and ``""`` stay as
    they are; a text with no digits (``无``) is shown as it is: it holds no number to hide.
    """
    if not phone:
        return phone
    text = unicodedata.normalize("NFKC", phone).strip()
    prefix = ""
    country = _COUNTRY_CODE.match(text)
    if country:
        prefix, text = f"+{country.group(1)} ", text[country.end():]
    digits = "".join(c for c in text if c in "0123456789")
    if not digits:
        return phone.strip()
    if len(digits) < 8:
        return prefix + "*" * max(len(digits) - 2, 0) + digits[-2:]
    head = min(3, len(digits) - 8)
    return prefix + digits[:head] + "*" * (len(digits) - head - 4) + digits[-4:]


def sees_whole_phone(role: Role) -> bool:
    """Whether ``role`` sees receivers' phone numbers whole (coordinators and administrators phone them)."""
    return role in (Role.COORDINATOR, Role.ADMINISTRATOR)
