"""Reading children, wishes, organisations and claimers (issue 12): plain rows, one read transaction each."""

from __future__ import annotations

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..domain.errors import QT_TRANSLATE_NOOP, NotFound
from ..domain.identifiers import CodeKind, expect_kind
from ..domain.wishes import ClaimerKind, Fulfilment, OrganisationKind, WishCategory, WishStatus
from ..store.database import Store
from ..store.models import Child, Claim, Claimer, Destination, Organisation, Wish
from .rows import ClaimerRow, OrganisationRow, WishRow

#: the most rows :func:`wishes` returns
WISH_LIST_LIMIT = 1000

_WISH_QUERY = (
    select(Wish.code, Child.code, Child.district, Destination.name, Wish.text, Wish.category, Wish.size,
           Wish.fulfilment, Wish.status, Wish.collected_at, Wish.claimed_at, Claimer.name, Organisation.name,
           Wish.reason)
    .join(Child, Wish.child_id == Child.id)
    .join(Destination, Child.destination_id == Destination.id)
    .outerjoin(Claim, (Claim.wish_id == Wish.id) & Claim.withdrawn_at.is_(None))
    .outerjoin(Claimer, Claim.claimer_id == Claimer.id)
    .outerjoin(Organisation, Claimer.organisation_id == Organisation.id)
)


def _row(row) -> WishRow:  # noqa: ANN001 - a result row of _WISH_QUERY
    (code, child, district, destination, text, category, size, fulfilment, status, collected_at, claimed_at,
     claimer, organisation, reason) = row
    return WishRow(code, child, district, destination, text, WishCategory(category), size, Fulfilment(fulfilment),
                   WishStatus(status), collected_at, claimed_at, claimer, organisation, reason)


def load_wish(session: Session, code: str) -> Wish:
    """The wish ``code`` names, for a service to change in its transaction.

    :raises InvalidCode: not a wish code (a wrong check character, another kind of code).
    :raises NotFound: no such wish in this store.
    """
    parsed = expect_kind(code, CodeKind.WISH)
    wish = session.scalar(select(Wish).where(Wish.code == parsed.text))
    if wish is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "There is no wish {code} in this store."), code=parsed.text)
    return wish


def wish_row(session: Session, code: str) -> WishRow:
    """:class:`WishRow` of wish ``code`` in ``session``'s transaction (a service returns it).

    :raises InvalidCode: / :raises NotFound: as :func:`load_wish`.
    """
    parsed = expect_kind(code, CodeKind.WISH)
    row = session.execute(_WISH_QUERY.where(Wish.code == parsed.text)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "There is no wish {code} in this store."), code=parsed.text)
    return _row(row)


def find_wish(store: Store, code: str) -> WishRow:
    """The wish ``code`` names (scanned from its card or typed).

    :raises InvalidCode: / :raises NotFound: as :func:`load_wish`.
    """
    with store.read() as session:
        return wish_row(session, code)


def wishes(store: Store, status: WishStatus | None = None, limit: int = WISH_LIST_LIMIT) -> list[WishRow]:
    """Wishes in ``status`` (every status when ``None``), oldest collected first, at most ``limit``."""
    query: Select = _WISH_QUERY.order_by(Wish.collected_at, Wish.id).limit(limit)
    if status is not None:
        query = query.where(Wish.status == status.value)
    with store.read() as session:
        return [_row(row) for row in session.execute(query)]


def counts_by_status(store: Store) -> dict[WishStatus, int]:
    """How many wishes are in each state: every :class:`WishStatus`, in life-cycle order, zeros included.
    One grouped count over ``ix_wish_status_category``."""
    with store.read() as session:
        found = dict(session.execute(select(Wish.status, func.count()).group_by(Wish.status)).all())
    return {status: found.get(status.value, 0) for status in WishStatus}


def organisations(store: Store) -> list[OrganisationRow]:
    """Every organisation with its number of claimers, by name."""
    with store.read() as session:
        rows = session.execute(
            select(Organisation.name, Organisation.kind, func.count(Claimer.id))
            .outerjoin(Claimer, Claimer.organisation_id == Organisation.id)
            .group_by(Organisation.id, Organisation.name, Organisation.kind)
            .order_by(Organisation.name)
        ).all()
    return [OrganisationRow(name, OrganisationKind(kind), count) for name, kind, count in rows]


def claimers(store: Store, organisation: str | None = None) -> list[ClaimerRow]:
    """Every claimer (of ``organisation`` only, when given), by organisation and name."""
    query = (select(Claimer.name, Organisation.name, Claimer.kind)
             .join(Organisation, Claimer.organisation_id == Organisation.id)
             .order_by(Organisation.name, Claimer.name))
    if organisation is not None:
        query = query.where(Organisation.name == organisation)
    with store.read() as session:
        return [ClaimerRow(name, org, ClaimerKind(kind)) for name, org, kind in session.execute(query)]
