"""Quality inspection (质检): record pass or fail for a received item set."""

from __future__ import annotations

from ..domain.catalogue import NonconformanceReason
from ..domain.errors import QT_TRANSLATE_NOOP, InvalidValue
from ..domain.lifecycle import ItemSetStatus, check_item_set_move
from ..store.database import Store
from ..store.models import Inspection
from . import audit
from .context import Actor, now
from .intake import load_item_set, view_of
from .views import ItemSetView


def inspect(
    store: Store,
    actor: Actor,
    code: str,
    passed: bool,
    reason: NonconformanceReason | None = None,
    note: str | None = None,
) -> ItemSetView:
    """Record one inspection result; one transaction with its audit event.

    A failed item set goes to quarantine and needs a nonconformance reason.

    :raises InvalidCode: / :raises NotFound: the code (see ``intake.load_item_set``).
    :raises InvalidValue: failed without a reason, or passed with one.
    :raises TransitionRefused: the item set is not waiting for inspection (already inspected by
        anyone, at any station: nothing is overwritten).
    """
    if not passed and reason is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Choose why the item set failed inspection."))
    if passed and reason is not None:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "A passed item set has no nonconformance reason."))
    target = ItemSetStatus.PASSED if passed else ItemSetStatus.FAILED
    with store.write() as session:
        item = load_item_set(session, code)
        before = ItemSetStatus(item.status)
        check_item_set_move(item.code, before, target)
        item.status = target.value
        session.add(
            Inspection(
                item_set_id=item.id,
                result=target.value,
                reason=reason.value if reason else None,
                note=note or None,
                inspector=actor.operator,
                station=actor.station,
                at=now(),
            )
        )
        audit.record(
            session, actor, "inspect", "item_set", item.code, before.value, target.value,
            reason.value if reason else None,
        )
        session.flush()
        return view_of(session, item.code)
