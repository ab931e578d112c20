"""Wishes for tests: a claimed wish of a child served by a given destination, made through the services."""

from __future__ import annotations

from sqlalchemy import select, update

from bqw_desktop.domain.wishes import AgeBand, ClaimerKind, Difficulty, Fulfilment, Gender, OrganisationKind, WishCategory
from bqw_desktop.queries import wishes as read
from bqw_desktop.services import wishes
from bqw_desktop.services.context import now
from bqw_desktop.store.models import ItemSet, Wish


def claimed_wish(store, actor, destination="D018", category=WishCategory.CLOTHING, fulfilment=Fulfilment.WAREHOUSE,
                 size="130", text="想要一件厚外套"):
    """Register a child at ``destination``, collect its wish and let 李党员 of 西湖区某社区党支部 claim it (the
    organisation and claimer are added the first time); returns the claimed :class:`WishRow`."""
    if not any(o.name == "西湖区某社区党支部" for o in read.organisations(store)):
        wishes.add_organisation(store, actor, "西湖区某社区党支部", OrganisationKind.PARTY_BRANCH)
        wishes.add_claimer(store, actor, "西湖区某社区党支部", "李党员", ClaimerKind.PARTY_MEMBER)
    child = wishes.register_child(store, actor, destination, AgeBand.LATE_PRIMARY, Gender.FEMALE, Difficulty.LEFT_BEHIND,
                                  height_cm=132)
    wish = wishes.collect_wish(store, actor, child.code, text, category, fulfilment, size)
    return wishes.claim(store, actor, wish.code, "李党员")


def set_match(store, wish_code, item_code):
    """Test set-up: record item set ``item_code`` as matched to claimed wish ``wish_code`` straight in the store
    (what confirming a matching proposal leaves), to test what follows a match."""
    with store.write() as session:
        item_id = session.scalar(select(ItemSet.id).where(ItemSet.code == item_code))
        session.execute(update(Wish).where(Wish.code == wish_code)
                        .values(item_set_id=item_id, status="matched", matched_at=now()))
