"""Micro-wishes (issue 12): children and their wishes collected, organisations and claimers recorded, wishes
claimed and cancelled. Each change is one audited write transaction, checked against the wish's life cycle
(:mod:`..domain.wishes`); the reads are in :mod:`..queries.wishes`.

Events: ``child_registered`` (entity ``child``); ``wish_collected``, ``wish_claimed``, ``wish_cancelled``,
``wish_unfulfillable``, ``wish_handed_over`` (detail: who took the goods) and ``wish_fulfilled`` (entity
``wish``, before → after status; the moves that follow item sets are :mod:`.wish_progress`'s);
``organisation_added`` and ``claimer_added`` (entity ``organisation`` or ``claimer``, its id: a name may be
longer than an event's code; the name in the detail).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import roles
from ..domain.errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound
from ..domain.identifiers import CodeKind, expect_kind, make_code
from ..domain.privacy import refuse_identity_numbers
from ..domain.roles import Permission
from ..domain.wishes import (AgeBand, ClaimerKind, Difficulty, Fulfilment, Gender, OrganisationKind, Receiver,
                             WishCategory, WishStatus, check_handover_day, check_measures, check_wish_move,
                             clean_feedback, clean_reason, clean_wish_text, moments_of_move, refuse_second_claim)
from ..queries.shipments import find_by_code
from ..queries.rows import ChildRow, ClaimerRow, OrganisationRow, WishRow
from ..queries.wishes import load_wish, wish_row
from ..store.database import Store
from ..store.models import Child, Claim, Claimer, Destination, Organisation, Wish
from . import audit
from .access import requires
from .context import Actor, now
from .once import run_once

#: the longest organisation name kept (``organisation.name``)
ORGANISATION_NAME_LIMIT = 120
#: the longest size text kept (``wish.size``, as ``item_set.size``)
SIZE_LIMIT = 40


def _organisation(session: Session, name: str) -> Organisation:
    name = " ".join(name.split())
    row = session.scalar(select(Organisation).where(Organisation.name == name))
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "There is no organisation named “{name}”."), name=name)
    return row


@requires(Permission.CLAIM)
def add_organisation(store: Store, actor: Actor, name: str, kind: OrganisationKind) -> OrganisationRow:
    """Record an alliance member (联盟单位): a Party branch or a charity organisation.

    :raises InvalidValue: a bad name (``roles.clean_name``, up to :data:`ORGANISATION_NAME_LIMIT`
        characters) or one taken.
    """
    name = roles.clean_name(name, QT_TRANSLATE_NOOP("term", "An organisation's name"), ORGANISATION_NAME_LIMIT)
    with store.write() as session:
        if session.scalar(select(Organisation.id).where(Organisation.name == name)) is not None:
            raise InvalidValue(QT_TRANSLATE_NOOP("domain", "There is already an organisation named “{name}”."),
                               name=name)
        row = Organisation(name=name, kind=kind.value, created_at=now())
        session.add(row)
        session.flush()
        audit.record(session, actor, "organisation_added", "organisation", str(row.id), None, kind.value, name)
    return OrganisationRow(name, kind, 0)


@requires(Permission.CLAIM)
def add_claimer(store: Store, actor: Actor, organisation: str, name: str, kind: ClaimerKind) -> ClaimerRow:
    """Record a claimer (认领人) of ``organisation``: a Party member or a caring volunteer.

    :raises NotFound: no such organisation.
    :raises InvalidValue: a bad name (``roles.clean_name``), or the organisation has a claimer of that name.
    """
    name = roles.clean_name(name)
    with store.write() as session:
        member_of = _organisation(session, organisation)
        taken = select(Claimer.id).where(Claimer.organisation_id == member_of.id, Claimer.name == name)
        if session.scalar(taken) is not None:
            raise InvalidValue(QT_TRANSLATE_NOOP("domain", "{organisation} already has a claimer named “{name}”."),
                               organisation=member_of.name, name=name)
        row = Claimer(organisation_id=member_of.id, name=name, kind=kind.value, created_at=now())
        session.add(row)
        session.flush()
        audit.record(session, actor, "claimer_added", "claimer", str(row.id), None, kind.value,
                     f"{name} ({member_of.name})")
    return ClaimerRow(name, member_of.name, kind)


def _next_code(session: Session, model: type[Child] | type[Wish], kind: CodeKind) -> str:
    return make_code(kind, (session.scalar(select(func.max(model.id))) or 0) + 1)


@requires(Permission.COLLECT)
def register_child(store: Store, actor: Actor, destination_code: str, age_band: AgeBand, gender: Gender,
                   difficulty: Difficulty, *, township: str | None = None, height_cm: int | None = None,
                   shoe_size: int | None = None, token: str | None = None) -> ChildRow:
    """Register a child served by destination ``destination_code``; the child gets the next code (``CH…``).
    No name and no ID number are taken: the destination keeps the list that maps codes to children.

    :param township: 乡镇/街道; the destination's when not given. The district is always the destination's.
    :param height_cm: / :param shoe_size: when known (``domain.wishes.check_measures``).
    :param token: the request's idempotency token (:mod:`.once`).
    :raises NotFound: no such destination.
    :raises InvalidValue: a height or shoe size no child has; an ID number in ``township``.
    :raises AlreadyDone: the same ``token`` registered a child before.
    """
    check_measures(height_cm, shoe_size)
    township = " ".join(township.split()) if township else None
    refuse_identity_numbers(township)

    def create(session: Session) -> tuple[ChildRow, str]:
        destination = find_by_code(session, Destination, destination_code.strip(),
                                   QT_TRANSLATE_NOOP("domain", "Destination {code} does not exist."))
        child = Child(code=_next_code(session, Child, CodeKind.CHILD), district=destination.district,
                      township=township or destination.township, destination_id=destination.id,
                      age_band=age_band.value, gender=gender.value, height_cm=height_cm, shoe_size=shoe_size,
                      difficulty=difficulty.value, created_at=now())
        session.add(child)
        session.flush()
        audit.record(session, actor, "child_registered", "child", child.code, None, None, destination.code)
        return _child_row(child, destination), child.code

    def replay(session: Session, code: str) -> ChildRow:
        child = session.scalar(select(Child).where(Child.code == code))
        return _child_row(child, child.destination)

    return run_once(store, actor, token, "register_child", create, replay)


def _child_row(child: Child, destination: Destination) -> ChildRow:
    return ChildRow(child.code, child.district, child.township, destination.code, destination.name,
                    AgeBand(child.age_band), Gender(child.gender), child.height_cm, child.shoe_size,
                    Difficulty(child.difficulty))


@requires(Permission.COLLECT)
def collect_wish(store: Store, actor: Actor, child_code: str, text: str, category: WishCategory,
                 fulfilment: Fulfilment, size: str | None = None, *, token: str | None = None) -> WishRow:
    """Collect (征集) a wish of child ``child_code``: it gets the next code (``WS…``) and starts ``collected``.

    :param text: the wish in the child's words (``domain.wishes.clean_wish_text``).
    :param size: where it matters (clothing, shoes): as item sets give it, e.g. ``130`` or ``6-8岁``.
    :param token: the request's idempotency token (:mod:`.once`).
    :raises InvalidCode: not a child's code. :raises NotFound: no such child.
    :raises InvalidValue: an empty, too long or unprintable wish or size, or an ID number in either.
    :raises AlreadyDone: the same ``token`` collected a wish before.
    """
    text = clean_wish_text(text)
    size = " ".join(size.split()) if size else None
    if size is not None and len(size) > SIZE_LIMIT:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "A size is at most {limit} characters."), limit=SIZE_LIMIT)
    refuse_identity_numbers(size)
    child_text = expect_kind(child_code, CodeKind.CHILD).text

    def create(session: Session) -> tuple[WishRow, str]:
        child_id = session.scalar(select(Child.id).where(Child.code == child_text))
        if child_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "There is no child {code} in this store."), code=child_text)
        wish = Wish(code=_next_code(session, Wish, CodeKind.WISH), child_id=child_id, text=text,
                    category=category.value, size=size, fulfilment=fulfilment.value,
                    status=WishStatus.COLLECTED.value, collected_at=now())
        session.add(wish)
        session.flush()
        audit.record(session, actor, "wish_collected", "wish", wish.code, None, WishStatus.COLLECTED.value,
                     child_text)
        return wish_row(session, wish.code), wish.code

    return run_once(store, actor, token, "collect_wish", create, wish_row)


def _move(session: Session, actor: Actor, wish: Wish, target: WishStatus, action: str, detail: str | None) -> None:
    """Move ``wish`` to ``target`` if its life cycle allows, set the moment of ``target`` and record it."""
    before = WishStatus(wish.status)
    check_wish_move(wish.code, Fulfilment(wish.fulfilment), before, target)
    wish.status = target.value
    for column, moment in moments_of_move(before, target, now()).items():
        setattr(wish, column, moment)
    session.flush()
    audit.record(session, actor, action, "wish", wish.code, before.value, target.value, detail)


def _claimer(session: Session, name: str, organisation: str | None) -> Claimer:
    """The claimer named ``name`` (of ``organisation``, when given).

    :raises NotFound: no such claimer (or organisation).
    :raises InvalidValue: several organisations have a claimer of that name and none was given.
    """
    name = " ".join(name.split())
    query = select(Claimer).where(Claimer.name == name)
    if organisation is not None:
        query = query.where(Claimer.organisation_id == _organisation(session, organisation).id)
    found = session.scalars(query.limit(2)).all()
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "There is no claimer named “{name}”."), name=name)
    if len(found) > 1:
        raise InvalidValue(QT_TRANSLATE_NOOP(
            "domain", "More than one organisation has a claimer named “{name}”: name the organisation too."),
            name=name)
    return found[0]


@requires(Permission.CLAIM)
def claim(store: Store, actor: Actor, wish_code: str, claimer: str, organisation: str | None = None) -> WishRow:
    """``claimer`` (of ``organisation``) claims (认领) wish ``wish_code``: ``collected → claimed``.

    :raises InvalidCode: not a wish code. :raises NotFound: no such wish, claimer or organisation.
    :raises InvalidValue: the claimer's name is ambiguous without ``organisation``.
    :raises TransitionRefused: the wish is claimed already (the message names who claimed it and when, in
        the station's time), or closed.
    """
    with store.write() as session:
        wish = load_wish(session, wish_code)
        previous = session.execute(
            select(Claimer.name, Organisation.name, Claim.claimed_at)
            .join(Claimer, Claim.claimer_id == Claimer.id)
            .join(Organisation, Claimer.organisation_id == Organisation.id)
            .where(Claim.wish_id == wish.id, Claim.withdrawn_at.is_(None))
        ).first()
        if previous is not None:
            refuse_second_claim(wish.code, previous[0], previous[1], previous[2].astimezone())
        who = _claimer(session, claimer, organisation)
        _move(session, actor, wish, WishStatus.CLAIMED, "wish_claimed", f"{who.name} ({who.organisation.name})")
        session.add(Claim(wish_id=wish.id, claimer_id=who.id, claimed_at=wish.claimed_at, actor=actor.operator,
                          station=actor.station))
        session.flush()
        return wish_row(session, wish.code)


def _end(store: Store, actor: Actor, wish_code: str, reason: str, target: WishStatus, action: str) -> WishRow:
    reason = clean_reason(reason)
    with store.write() as session:
        wish = load_wish(session, wish_code)
        _move(session, actor, wish, target, action, reason)
        wish.reason = reason
        wish.item_set_id = None  # a matched item set goes back to stock
        session.flush()
        return wish_row(session, wish.code)


@requires(Permission.CANCEL_WISH)
def cancel(store: Store, actor: Actor, wish_code: str, reason: str) -> WishRow:
    """Cancel wish ``wish_code``, with ``reason`` (e.g. the child withdrew it); its claim stays on record.

    :raises InvalidCode: / :raises NotFound: as :func:`..queries.wishes.load_wish`.
    :raises InvalidValue: no reason, too long, or an ID number in it.
    :raises TransitionRefused: its goods are packed or further, or it is closed.
    """
    return _end(store, actor, wish_code, reason, WishStatus.CANCELLED, "wish_cancelled")


@requires(Permission.CANCEL_WISH)
def mark_unfulfillable(store: Store, actor: Actor, wish_code: str, reason: str) -> WishRow:
    """Record that wish ``wish_code`` cannot be fulfilled, with ``reason`` (e.g. the child moved away).

    :raises: as :func:`cancel`.
    """
    return _end(store, actor, wish_code, reason, WishStatus.UNFULFILLABLE, "wish_unfulfillable")


@requires(Permission.HAND_OVER_WISH)
def hand_over(store: Store, actor: Actor, wish_code: str, received_by: Receiver, day: date | None = None) -> WishRow:
    """Record that wish ``wish_code``'s goods reached the child (scanned at the destination, or ticked from
    the returned signed distribution sheet, 发放签收表): ``delivered → handed_over``, or ``claimed →
    handed_over`` for goods the claimer bought and gave in person.

    :param received_by: who took them for the child (the sheet's "picked up by" column).
    :param day: the local date on the sheet; today when ``None``. A past day is kept at noon (local time):
        wait times count in days.
    :raises InvalidCode: / :raises NotFound: as :func:`..queries.wishes.load_wish`.
    :raises InvalidValue: ``day`` in the future or before the goods reached the destination.
    :raises TransitionRefused: the goods are not at the destination yet, or the wish is closed.
    """
    today = datetime.now().astimezone().date()
    with store.write() as session:
        wish = load_wish(session, wish_code)
        before = WishStatus(wish.status)
        check_wish_move(wish.code, Fulfilment(wish.fulfilment), before, WishStatus.HANDED_OVER)
        if day is not None and day != today:
            since = wish.delivered_at or wish.claimed_at
            check_handover_day(wish.code, day, today, since.astimezone().date())
        _move(session, actor, wish, WishStatus.HANDED_OVER, "wish_handed_over", received_by.value)
        if day is not None and day != today:
            wish.handed_over_at = datetime.combine(day, time(12)).astimezone()
        wish.handed_over_to = received_by.value
        session.flush()
        return wish_row(session, wish.code)


@requires(Permission.HAND_OVER_WISH)
def record_feedback(store: Store, actor: Actor, wish_code: str, satisfied: bool | None,
                    note: str | None = None) -> WishRow:
    """Close wish ``wish_code`` as fulfilled with the child's feedback: ``handed_over → fulfilled`` (a good
    from the warehouse or bought), or ``claimed → fulfilled`` (a service or visit that took place).

    :param satisfied: whether the child was satisfied; ``None`` when the child was not asked (the report's
        satisfaction figure counts only answers).
    :param note: the child's or the teacher's words (``domain.wishes.clean_feedback``).
    :raises InvalidValue: a note too long or with an ID number.
    :raises TransitionRefused: the goods have not reached the child yet, or the wish is closed.
    """
    note = clean_feedback(note)
    with store.write() as session:
        wish = load_wish(session, wish_code)
        detail = {True: "satisfied", False: "not satisfied", None: None}[satisfied]
        _move(session, actor, wish, WishStatus.FULFILLED, "wish_fulfilled", detail)
        wish.satisfied, wish.feedback = satisfied, note
        session.flush()
        return wish_row(session, wish.code)
