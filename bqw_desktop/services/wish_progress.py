"""Wishes follow the item sets matched to them (issue 12): packed, handed to the courier, delivered to the
destination, or back to ``matched`` when the item set is taken out of its package.

Called inside the packing and shipping services' own write transactions, so an item set's move and its
wish's move are one transaction; each wish's move is checked (``domain.wishes.check_wish_move``), stamped
with its moment and audited (``wish_packed``, ``wish_shipped``, ``wish_delivered``; back: ``wish_unpacked``, ``wish_revert``).
"""

from __future__ import annotations

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from ..domain.wishes import (WISH_REVERTS, WISH_STATUS_FOR_ITEM_SET, Fulfilment, WishStatus, check_wish_move, moments_of_move,
                             refuse_other_destination)
from ..store.models import Child, Destination, ItemSet, Wish
from . import audit
from .context import Actor, now

#: the event each followed move writes: forward, and back (taken out of a package; a hand-over taken back)
_ACTIONS = {WishStatus.PACKED: "wish_packed", WishStatus.SHIPPED: "wish_shipped",
            WishStatus.DELIVERED: "wish_delivered"}
_BACK_ACTIONS = {WishStatus.MATCHED: "wish_unpacked", WishStatus.PACKED: "wish_revert"}


def follow_item_sets(session: Session, actor: Actor, item_set_ids: Select | list[int], item_status: str,
                     detail: str | None, *, destination_id: int | None = None) -> int:
    """Move the wishes matched to ``item_set_ids`` (ids, or a select of them) along with their item sets,
    which are moving to ``item_status`` (an ``ItemSetStatus`` value); returns how many wishes moved.

    An item-set status no wish follows (``failed``, ``returned`` …) moves none; a wish already in the state
    stays as it is.

    :param destination_id: the destination of the shipment the item sets are packed into; a wish whose
        child another destination serves is refused (``domain.wishes.refuse_other_destination``).
    :raises TransitionRefused: a wish may not make that move, or is for another destination. Raised inside
        the caller's transaction: nothing of the scan is stored.
    """
    target = WISH_STATUS_FOR_ITEM_SET.get(item_status)
    if target is None:
        return 0
    rows = session.execute(
        select(Wish.id, Wish.code, Wish.fulfilment, Wish.status, ItemSet.code, Child.destination_id)
        .join(ItemSet, Wish.item_set_id == ItemSet.id)
        .join(Child, Wish.child_id == Child.id)
        .where(Wish.item_set_id.in_(item_set_ids))
    ).all()
    at = now()
    moved = 0
    for wish_id, code, fulfilment, status, item_code, served_by in rows:
        if destination_id is not None and served_by != destination_id:
            refuse_other_destination(item_code, code, session.get(Destination, served_by).name)
        if status == target.value:
            continue
        current = WishStatus(status)
        check_wish_move(code, Fulfilment(fulfilment), current, target)
        session.execute(update(Wish).where(Wish.id == wish_id)
                        .values(status=target.value, **moments_of_move(current, target, at)),
                        execution_options={"synchronize_session": False})
        action = _BACK_ACTIONS[target] if target in WISH_REVERTS.get(current, ()) else _ACTIONS[target]
        audit.record(session, actor, action, "wish", code, status, target.value, detail or item_code)
        moved += 1
    return moved
