"""Micro-wishes (微心愿) of the children the drive serves, and the rules of their life cycle (issue 12).

A **child** (受助儿童) is known only by a pseudonymous code (``CH…``, :mod:`.identifiers`) and what matching
needs: district, township, the destination that serves them, age band, gender, height and shoe size, and
the category of difficulty. No name and no ID number: the destination keeps the list that maps codes to
children (PIPL art. 28 and 31, :mod:`.privacy`).

A **wish** (心愿, ``WS…``) is one child's request in the child's words, of one :class:`WishCategory`,
fulfilled one of three ways (:class:`Fulfilment`). Its life cycle, checked by :func:`check_wish_move`:

- goods from the warehouse: ``collected → claimed → matched → packed → shipped → delivered →
  handed_over → fulfilled``;
- bought and delivered by the claimer: ``collected → claimed → delivered → handed_over → fulfilled``, or
  ``claimed → handed_over`` when the claimer gives it to the child in person;
- a service or visit: ``collected → claimed → fulfilled`` (the visit took place).

``handed_over`` is the hand-over to the child, confirmed by the destination; ``fulfilled`` closes the wish.
Moves back, each through a service that records why: ``claimed → collected`` (the claim withdrawn),
``matched → claimed`` (the match undone), ``packed → matched`` (taken out of a package) and
``shipped → packed`` (the courier did not take it after all) and ``shipped → claimed`` (the goods were lost or damaged in transit: the wish waits for goods again, its wait
still counted from the claim). Before its goods are packed, a wish may end ``cancelled`` or
``unfulfillable``, always with a reason (:func:`clean_reason`). ``fulfilled``, ``cancelled`` and
``unfulfillable`` are final.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from .errors import QT_TRANSLATE_NOOP, InvalidValue, TransitionRefused
from .privacy import refuse_identity_numbers
from .roles import clean_name


class OrganisationKind(enum.Enum):
    """An alliance member (联盟单位, ``organisation.kind``)."""

    PARTY_BRANCH = "party_branch"  # 党支部
    CHARITY = "charity"  # 爱心组织


ORGANISATION_KIND_LABELS = {
    OrganisationKind.PARTY_BRANCH: QT_TRANSLATE_NOOP("term", "Party branch"),
    OrganisationKind.CHARITY: QT_TRANSLATE_NOOP("term", "charity organisation"),
}


class ClaimerKind(enum.Enum):
    """A claimer (认领人, ``claimer.kind``)."""

    PARTY_MEMBER = "party_member"  # 党员
    VOLUNTEER = "volunteer"  # 爱心人士


CLAIMER_KIND_LABELS = {
    ClaimerKind.PARTY_MEMBER: QT_TRANSLATE_NOOP("term", "Party member"),
    ClaimerKind.VOLUNTEER: QT_TRANSLATE_NOOP("term", "caring volunteer"),
}


class WishCategory(enum.Enum):
    """What a wish asks for; the value is what the store keeps (``wish.category``)."""

    STUDY = "study"
    CLOTHING = "clothing"
    SPORTS = "sports"
    DAILY_NECESSITIES = "daily_necessities"
    PSYCHOLOGICAL_SUPPORT = "psychological_support"
    SOCIAL_ACTIVITY = "social_activity"


WISH_CATEGORY_LABELS = {
    WishCategory.STUDY: QT_TRANSLATE_NOOP("term", "study supplies"),
    WishCategory.CLOTHING: QT_TRANSLATE_NOOP("term", "clothing"),
    WishCategory.SPORTS: QT_TRANSLATE_NOOP("term", "sports equipment"),
    WishCategory.DAILY_NECESSITIES: QT_TRANSLATE_NOOP("term", "daily necessities"),
    WishCategory.PSYCHOLOGICAL_SUPPORT: QT_TRANSLATE_NOOP("term", "psychological support"),
    WishCategory.SOCIAL_ACTIVITY: QT_TRANSLATE_NOOP("term", "social activity"),
}


class Fulfilment(enum.Enum):
    """How a wish is fulfilled (``wish.fulfilment``)."""

    WAREHOUSE = "warehouse"  # goods from the warehouse: matched to an item set, packed, shipped
    BOUGHT = "bought"  # bought and delivered by the claimer
    SERVICE = "service"  # a service or a visit: no goods


FULFILMENT_LABELS = {
    Fulfilment.WAREHOUSE: QT_TRANSLATE_NOOP("term", "goods from the warehouse"),
    Fulfilment.BOUGHT: QT_TRANSLATE_NOOP("term", "bought and delivered by the claimer"),
    Fulfilment.SERVICE: QT_TRANSLATE_NOOP("term", "a service or visit"),
}


class Difficulty(enum.Enum):
    """The category of a child's difficulty (``child.difficulty``)."""

    LEFT_BEHIND = "left_behind"  # 留守儿童
    ORPHAN = "orphan"  # 孤儿
    POOR_FAMILY = "poor_family"  # 困难家庭
    DISABILITY = "disability"  # 残疾


DIFFICULTY_LABELS = {
    Difficulty.LEFT_BEHIND: QT_TRANSLATE_NOOP("term", "left-behind child"),
    Difficulty.ORPHAN: QT_TRANSLATE_NOOP("term", "orphan"),
    Difficulty.POOR_FAMILY: QT_TRANSLATE_NOOP("term", "family in difficulty"),
    Difficulty.DISABILITY: QT_TRANSLATE_NOOP("term", "disability"),
}


class AgeBand(enum.Enum):
    """A child's age in whole years, as a band (``child.age_band``): an exact birth date is not kept."""

    PRESCHOOL = "3-5"
    EARLY_PRIMARY = "6-8"
    LATE_PRIMARY = "9-11"
    JUNIOR_SECONDARY = "12-14"
    SENIOR_SECONDARY = "15-17"


AGE_BAND_LABELS = {
    AgeBand.PRESCHOOL: QT_TRANSLATE_NOOP("term", "3–5 years"),
    AgeBand.EARLY_PRIMARY: QT_TRANSLATE_NOOP("term", "6–8 years"),
    AgeBand.LATE_PRIMARY: QT_TRANSLATE_NOOP("term", "9–11 years"),
    AgeBand.JUNIOR_SECONDARY: QT_TRANSLATE_NOOP("term", "12–14 years"),
    AgeBand.SENIOR_SECONDARY: QT_TRANSLATE_NOOP("term", "15–17 years"),
}


class Gender(enum.Enum):
    """``child.gender``: what clothing sizes and some wishes depend on."""

    FEMALE = "female"
    MALE = "male"


GENDER_LABELS = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("term", "girl"),
    Gender.MALE: QT_TRANSLATE_NOOP("term", "boy"),
}

#: a child's height in cm (clothing size, GB/T 1335.3), and shoe size (Chinese 码, as EU sizes), taken
HEIGHT_CM = range(50, 201)
SHOE_SIZE = range(15, 47)


def check_measures(height_cm: int | None, shoe_size: int | None) -> None:
    """Refuse a height or shoe size no child has (either may be unknown: ``None``).

    :raises InvalidValue: height outside 50–200 cm, or shoe size outside 15–46.
    """
    if height_cm is not None and height_cm not in HEIGHT_CM:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "A child's height is {low} to {high} cm, not {value}."),
                           low=HEIGHT_CM.start, high=HEIGHT_CM.stop - 1, value=height_cm)
    if shoe_size is not None and shoe_size not in SHOE_SIZE:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "A child's shoe size is {low} to {high}, not {value}."),
                           low=SHOE_SIZE.start, high=SHOE_SIZE.stop - 1, value=shoe_size)


#: the longest wish text kept (a card prints it), and the longest reason
WISH_TEXT_LIMIT = 200
REASON_LIMIT = 200


def clean_wish_text(text: str) -> str:
    """The wish in the child's words, outer spaces removed and inner runs of spaces made one.

    :raises InvalidValue: as :func:`.roles.clean_name` with :data:`WISH_TEXT_LIMIT`: empty or too long,
        control characters, characters a wish card cannot print (emoji), shaped like a code, or an ID number.
    """
    return clean_name(text, QT_TRANSLATE_NOOP("term", "A wish"), WISH_TEXT_LIMIT)


def clean_reason(reason: str | None) -> str:
    """Why a wish is cancelled or cannot be fulfilled, trimmed.

    :raises InvalidValue: no reason, longer than :data:`REASON_LIMIT`, or an ID card number in it.
    """
    cleaned = " ".join((reason or "").split())
    if not cleaned:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Give the reason: it is kept with the wish."))
    if len(cleaned) > REASON_LIMIT:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "A reason is at most {limit} characters."), limit=REASON_LIMIT)
    refuse_identity_numbers(cleaned)
    return cleaned


class WishStatus(enum.Enum):
    """A wish's state (``wish.status``), in life-cycle order; the two ends without fulfilment last."""

    COLLECTED = "collected"
    CLAIMED = "claimed"
    MATCHED = "matched"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"  # to the destination
    HANDED_OVER = "handed_over"  # to the child, confirmed
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"
    UNFULFILLABLE = "unfulfillable"


WISH_STATUS_LABELS = {
    WishStatus.COLLECTED: QT_TRANSLATE_NOOP("term", "collected"),
    WishStatus.CLAIMED: QT_TRANSLATE_NOOP("term", "claimed"),
    WishStatus.MATCHED: QT_TRANSLATE_NOOP("term", "matched"),
    WishStatus.PACKED: QT_TRANSLATE_NOOP("term", "packed"),
    WishStatus.SHIPPED: QT_TRANSLATE_NOOP("term", "shipped"),
    WishStatus.DELIVERED: QT_TRANSLATE_NOOP("term", "delivered to the destination"),
    WishStatus.HANDED_OVER: QT_TRANSLATE_NOOP("term", "handed to the child"),
    WishStatus.FULFILLED: QT_TRANSLATE_NOOP("term", "fulfilled"),
    WishStatus.CANCELLED: QT_TRANSLATE_NOOP("term", "cancelled"),
    WishStatus.UNFULFILLABLE: QT_TRANSLATE_NOOP("term", "cannot be fulfilled"),
}

#: the moment column each state sets on entering it (``wish.<name>``); both ends without fulfilment set
#: ``ended_at``
WISH_STATUS_TIMES = {
    WishStatus.COLLECTED: "collected_at",
    WishStatus.CLAIMED: "claimed_at",
    WishStatus.MATCHED: "matched_at",
    WishStatus.PACKED: "packed_at",
    WishStatus.SHIPPED: "shipped_at",
    WishStatus.DELIVERED: "delivered_at",
    WishStatus.HANDED_OVER: "handed_over_at",
    WishStatus.FULFILLED: "fulfilled_at",
    WishStatus.CANCELLED: "ended_at",
    WishStatus.UNFULFILLABLE: "ended_at",
}

_S = WishStatus
_ENDS = {_S.CANCELLED, _S.UNFULFILLABLE}
#: forward moves per way of fulfilment
_FORWARD = {
    Fulfilment.WAREHOUSE: {
        _S.COLLECTED: {_S.CLAIMED}, _S.CLAIMED: {_S.MATCHED}, _S.MATCHED: {_S.PACKED}, _S.PACKED: {_S.SHIPPED},
        _S.SHIPPED: {_S.DELIVERED}, _S.DELIVERED: {_S.HANDED_OVER}, _S.HANDED_OVER: {_S.FULFILLED},
    },
    Fulfilment.BOUGHT: {
        _S.COLLECTED: {_S.CLAIMED}, _S.CLAIMED: {_S.DELIVERED, _S.HANDED_OVER}, _S.DELIVERED: {_S.HANDED_OVER},
        _S.HANDED_OVER: {_S.FULFILLED},
    },
    Fulfilment.SERVICE: {_S.COLLECTED: {_S.CLAIMED}, _S.CLAIMED: {_S.FULFILLED}},
}
#: the states a wish passes through on its way to fulfilment, per way of fulfilment
_PATH = {way: frozenset(moves) | frozenset(t for targets in moves.values() for t in targets)
         for way, moves in _FORWARD.items()}
#: moves back (each through a service that records why)
WISH_REVERTS = {
    _S.CLAIMED: frozenset({_S.COLLECTED}),  # the claim withdrawn
    _S.MATCHED: frozenset({_S.CLAIMED}),  # the match undone
    _S.PACKED: frozenset({_S.MATCHED}),  # taken out of its package
    # the courier did not take it after all (the shipment's hand-over taken back), or the goods were lost or
    # damaged in transit: goods are needed again
    _S.SHIPPED: frozenset({_S.PACKED, _S.CLAIMED}),
}
#: states from which a wish may end cancelled or unfulfillable: nothing of it is packed yet
_MAY_END = {_S.COLLECTED, _S.CLAIMED, _S.MATCHED}
FINAL = frozenset({_S.FULFILLED, *_ENDS})


def wish_moves(fulfilment: Fulfilment, current: WishStatus) -> frozenset[WishStatus]:
    """Every state a wish fulfilled by ``fulfilment`` may move to from ``current``, back moves included."""
    moves = set(_FORWARD[fulfilment].get(current, ()))
    if current in _MAY_END:
        moves |= _ENDS
    return frozenset(moves | WISH_REVERTS.get(current, frozenset()))


def moments_of_move(current: WishStatus, target: WishStatus, at: datetime) -> dict[str, datetime | None]:
    """The moment columns (``wish.<name>``) a move ``current → target`` at ``at`` sets: a move forward stamps
    the moment of ``target``; a move back clears the moment of ``current`` and keeps the earlier ones, so a
    wait still counts from the claim."""
    if target in WISH_REVERTS.get(current, ()):
        return {WISH_STATUS_TIMES[current]: None}
    return {WISH_STATUS_TIMES[target]: at}


def check_wish_move(code: str, fulfilment: Fulfilment, current: WishStatus, target: WishStatus) -> None:
    """Allow ``current → target`` for wish ``code``, fulfilled by ``fulfilment``, or raise.

    :raises TransitionRefused: with what a volunteer needs to know: the wish is closed, already claimed,
        not claimed yet, its goods are packed (take them out first), or its way of fulfilment has no such step.
    """
    if target in wish_moves(fulfilment, current):
        return
    labels = {"code": code, "status": WISH_STATUS_LABELS[current], "target": WISH_STATUS_LABELS[target]}
    if current in FINAL:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "Wish {code} is “{status}”: it is closed and cannot change."), **labels)
    if target is _S.CLAIMED and current is not _S.COLLECTED:
        raise TransitionRefused(QT_TRANSLATE_NOOP("domain", "Wish {code} is already claimed (“{status}”)."), **labels)
    if current is _S.COLLECTED:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "Wish {code} has not been claimed yet: it cannot become “{target}”."),
            **labels)
    if target in _ENDS:
        raise TransitionRefused(QT_TRANSLATE_NOOP(
            "domain", "Wish {code} is “{status}”: its goods are on their way. Take them out of the package first."),
            **labels)
    if target not in _PATH[fulfilment]:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "Wish {code} is fulfilled by {fulfilment}: it is never “{target}”."),
            fulfilment=FULFILMENT_LABELS[fulfilment], **labels)
    raise TransitionRefused(
        QT_TRANSLATE_NOOP("domain", "Wish {code} is “{status}”: it cannot become “{target}”."), **labels)


def refuse_second_claim(code: str, claimer: str, organisation: str, claimed_at: datetime) -> None:
    """Refuse a claim of wish ``code``, which ``claimer`` of ``organisation`` claimed at ``claimed_at``.

    :param claimed_at: aware; the message shows its date and minute in the time zone it carries (the
        caller gives local time).
    :raises TransitionRefused: always: who claimed it and when.
    """
    raise TransitionRefused(
        QT_TRANSLATE_NOOP("domain", "Wish {code} was already claimed by {claimer} ({organisation}) on {when}."),
        code=code, claimer=claimer, organisation=organisation, when=claimed_at.strftime("%Y-%m-%d %H:%M"))


#: the state a matched wish follows its item set into, per item-set status (``lifecycle.ItemSetStatus``
#: value): packed, handed to the courier, delivered to the destination; back to ``matched`` when the item
#: set is taken out of its package (``passed`` again)
WISH_STATUS_FOR_ITEM_SET = {
    "packed": _S.PACKED,
    "shipped": _S.SHIPPED,
    "delivered": _S.DELIVERED,
    "passed": _S.MATCHED,
}


def refuse_other_destination(item_code: str, wish_code: str, destination: str) -> None:
    """Refuse packing item set ``item_code``, matched to wish ``wish_code``, for another destination than
    ``destination`` (the one serving the wish's child): never a silent substitute.

    :raises TransitionRefused: always.
    """
    raise TransitionRefused(QT_TRANSLATE_NOOP(
        "domain", "Item set {item} is for wish {wish} of a child served by {destination}: pack it into a shipment "
        "to {destination}, or undo the match first."), item=item_code, wish=wish_code, destination=destination)


class Receiver(enum.Enum):
    """Who took a wish's goods for the child at the destination (``wish.handed_over_to``), as the
    distribution sheet's "picked up by" column says."""

    CHILD = "child"
    GUARDIAN = "guardian"  # 监护人
    TEACHER = "teacher"  # 老师


RECEIVER_LABELS = {
    Receiver.CHILD: QT_TRANSLATE_NOOP("term", "the child"),
    Receiver.GUARDIAN: QT_TRANSLATE_NOOP("term", "guardian"),
    Receiver.TEACHER: QT_TRANSLATE_NOOP("term", "teacher"),
}


def clean_feedback(note: str | None) -> str | None:
    """A child's feedback on a fulfilled wish, trimmed; ``None`` when there is none.

    :raises InvalidValue: longer than :data:`REASON_LIMIT`, or an ID card number in it.
    """
    cleaned = " ".join((note or "").split())
    if len(cleaned) > REASON_LIMIT:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Feedback is at most {limit} characters."), limit=REASON_LIMIT)
    refuse_identity_numbers(cleaned)
    return cleaned or None


def check_handover_day(code: str, day: date, today: date, earliest: date) -> None:
    """Allow recording that wish ``code`` reached the child on ``day`` (local dates).

    :param earliest: the day its goods reached the destination (or it was claimed, for goods the claimer
        bought): a hand-over cannot come before it.
    :raises InvalidValue: ``day`` is after ``today`` or before ``earliest``.
    """
    if day > today:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Wish {code}: {day} is in the future."), code=code,
                           day=day.isoformat())
    if day < earliest:
        raise InvalidValue(QT_TRANSLATE_NOOP(
            "domain", "Wish {code}: its goods reached the destination on {earliest}, so they cannot have been "
            "handed over on {day}."), code=code, day=day.isoformat(), earliest=earliest.isoformat())
