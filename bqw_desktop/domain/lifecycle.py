"""Life cycles of item sets and shipments; every state change is checked here.

Item set: ``received → passed | failed`` (inspection) ``→ packed → shipped → delivered``.
A failed item set stays in quarantine (隔离区) and cannot be packed until it passes a re-inspection.
Its disposition (处置) is one of: ``failed → returned`` (return to donor, 退回捐赠方),
``failed → disposed`` (报废, with who approved it) or ``failed → received`` (clean or repair, then
back to the inspection queue: 整改后复检). Moves back, each only through a service that records why:
``passed | failed → received`` (an inspection undone, or a failed item set sent to rework) and
``packed → passed`` (taken out of a shipment still being packed) and ``shipped → packed`` (a hand-over
taken back). A coordinator may correct a
mistaken result, ``passed → failed`` or ``failed → passed``, only as a correction
(``correction=True``) and only while the item set is not packed. ``returned``, ``disposed`` and
``delivered`` are final. Shipment: ``planned → packed → handed_over → in_transit → delivered →
receipt_confirmed`` (or ``planned → cancelled``), with the few steps back in :data:`SHIPMENT_REVERTS`;
only taking back a hand-over moves item sets (``shipped → packed``, :data:`ITEM_SET_STATUS_FOR_REVERT`). Any other move raises :class:`~bqw_desktop.domain.errors.TransitionRefused`,
whatever the caller is.
"""

from __future__ import annotations

import enum
import re

from .errors import QT_TRANSLATE_NOOP, InvalidValue, TransitionRefused


class ItemSetStatus(enum.Enum):
    RECEIVED = "received"
    PASSED = "passed"
    FAILED = "failed"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    RETURNED = "returned"  # a failed item set given back to its donor (final)
    DISPOSED = "disposed"  # a failed item set scrapped, with who approved it (final)


#: pipeline order (the two dispositions that leave the pipeline come last), as the overview shows it
ITEM_SET_STAGES = tuple(ItemSetStatus)

ITEM_SET_STATUS_LABELS = {
    ItemSetStatus.RECEIVED: QT_TRANSLATE_NOOP("term", "received"),
    ItemSetStatus.PASSED: QT_TRANSLATE_NOOP("term", "passed"),
    ItemSetStatus.FAILED: QT_TRANSLATE_NOOP("term", "failed (quarantine)"),
    ItemSetStatus.PACKED: QT_TRANSLATE_NOOP("term", "packed"),
    ItemSetStatus.SHIPPED: QT_TRANSLATE_NOOP("term", "shipped"),
    ItemSetStatus.DELIVERED: QT_TRANSLATE_NOOP("term", "delivered"),
    ItemSetStatus.RETURNED: QT_TRANSLATE_NOOP("term", "returned to donor"),
    ItemSetStatus.DISPOSED: QT_TRANSLATE_NOOP("term", "disposed"),
}

_ITEM_SET_MOVES = {
    ItemSetStatus.RECEIVED: {ItemSetStatus.PASSED, ItemSetStatus.FAILED},
    ItemSetStatus.PASSED: {ItemSetStatus.PACKED, ItemSetStatus.RECEIVED},
    ItemSetStatus.FAILED: {ItemSetStatus.RECEIVED, ItemSetStatus.RETURNED, ItemSetStatus.DISPOSED},
    ItemSetStatus.PACKED: {ItemSetStatus.SHIPPED, ItemSetStatus.PASSED},
    ItemSetStatus.SHIPPED: {ItemSetStatus.DELIVERED, ItemSetStatus.PACKED},
    ItemSetStatus.DELIVERED: set(),
    ItemSetStatus.RETURNED: set(),
    ItemSetStatus.DISPOSED: set(),
}

#: the only moves a correction (by a coordinator, with a reason) makes: the result was wrong
_CORRECTIONS = {
    ItemSetStatus.PASSED: {ItemSetStatus.FAILED},
    ItemSetStatus.FAILED: {ItemSetStatus.PASSED},
}


def in_quarantine(status: ItemSetStatus) -> bool:
    """Whether an item set in ``status`` is in quarantine: failed, waiting to be returned to its donor,
    disposed of or sent to rework (the only item sets those dispositions take)."""
    return status is ItemSetStatus.FAILED


def correction_of(status: ItemSetStatus) -> ItemSetStatus | None:
    """The status a coordinator's correction gives an item set in ``status`` (``passed`` ↔ ``failed``);
    ``None`` when its result cannot be corrected (not inspected yet, packed or later, returned, disposed)."""
    return next(iter(_CORRECTIONS.get(status, ())), None)


def waiting_for_inspection(status: ItemSetStatus) -> bool:
    """Whether an item set in ``status`` waits for inspection (``received``: never inspected, or its result
    undone, or sent back for re-inspection after rework). Only such an item set is passed or failed;
    any other is refused by :func:`check_item_set_move` (a second inspection never overwrites the first)."""
    return status is ItemSetStatus.RECEIVED


def check_waiting_for_inspection(code: str, status: ItemSetStatus) -> None:
    """Refuse an inspection result for item set ``code`` unless :func:`waiting_for_inspection`.

    :raises TransitionRefused: already inspected (params ``code``, ``status``).
    """
    if not waiting_for_inspection(status):
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "{code} has already been inspected; it is now “{status}”."),
            code=code, status=ITEM_SET_STATUS_LABELS[status],
        )


def check_item_set_move(
    code: str, current: ItemSetStatus, target: ItemSetStatus, *, correction: bool = False
) -> None:
    """Allow ``current → target`` for item set ``code`` or raise.

    :param correction: the move corrects a mistaken inspection result (a coordinator's act, with a
        reason): then only ``passed → failed`` and ``failed → passed`` are allowed, and no other
        move is. Without it, those two moves are refused (a second inspection never overwrites the
        first).
    :raises TransitionRefused: with the reason a volunteer needs (quarantine, returned, disposed,
        already inspected, already packed, not yet inspected, ...).
    """
    labels = {"code": code, "status": ITEM_SET_STATUS_LABELS[current]}
    if correction:
        if target in _CORRECTIONS.get(current, set()):
            return
        if current is ItemSetStatus.RECEIVED:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP("domain", "{code} has not been inspected yet: there is no result to correct."),
                **labels,
            )
        if current in (ItemSetStatus.PASSED, ItemSetStatus.FAILED):
            raise TransitionRefused(
                QT_TRANSLATE_NOOP("domain", "{code} is already “{status}”: nothing to correct."), **labels
            )
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "domain", "{code} is “{status}”: its inspection result can no longer be corrected."
            ),
            **labels,
        )
    if target in _ITEM_SET_MOVES[current]:
        return
    if target is ItemSetStatus.PACKED:
        if current is ItemSetStatus.FAILED:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP(
                    "domain", "{code} failed inspection and is in quarantine: it cannot be packed."
                ),
                **labels,
            )
        if current in (ItemSetStatus.RETURNED, ItemSetStatus.DISPOSED):
            raise TransitionRefused(
                QT_TRANSLATE_NOOP("domain", "{code} failed inspection and was “{status}”: it cannot be packed."),
                **labels,
            )
        if current is ItemSetStatus.RECEIVED:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP("domain", "{code} has not been inspected yet: inspect it before packing."),
                **labels,
            )
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "{code} is already packed in a shipment ({status})."), **labels
        )
    if target in (ItemSetStatus.PASSED, ItemSetStatus.FAILED):
        check_waiting_for_inspection(code, current)
    if target in (ItemSetStatus.RETURNED, ItemSetStatus.DISPOSED):
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "domain", "{code} is “{status}”, not in quarantine: only a failed item set can be “{target}”."
            ),
            target=ITEM_SET_STATUS_LABELS[target],
            **labels,
        )
    raise TransitionRefused(
        QT_TRANSLATE_NOOP("domain", "{code} is “{status}”: it cannot become “{target}”."),
        target=ITEM_SET_STATUS_LABELS[target],
        **labels,
    )


class ShipmentStatus(enum.Enum):
    """A shipment's state (issue 6). ``planned``: created by hand or by confirming a proposal; item sets
    may be allocated to it and are packed into its packages by scan. ``packed``: packing closed, every
    package weighed. Then ``handed_over`` (to the courier, at a pickup), ``in_transit``, ``delivered``
    and ``receipt_confirmed`` (receiver, date, note, optionally the scanned signed slip). ``cancelled``:
    a planned shipment given up before anything was packed; its allocations are released."""

    PLANNED = "planned"
    PACKED = "packed"
    HANDED_OVER = "handed_over"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    RECEIPT_CONFIRMED = "receipt_confirmed"
    CANCELLED = "cancelled"


SHIPMENT_STATUS_LABELS = {
    ShipmentStatus.PLANNED: QT_TRANSLATE_NOOP("term", "planned"),
    ShipmentStatus.PACKED: QT_TRANSLATE_NOOP("term", "packed"),
    ShipmentStatus.HANDED_OVER: QT_TRANSLATE_NOOP("term", "handed over"),
    ShipmentStatus.IN_TRANSIT: QT_TRANSLATE_NOOP("term", "in transit"),
    ShipmentStatus.DELIVERED: QT_TRANSLATE_NOOP("term", "delivered"),
    ShipmentStatus.RECEIPT_CONFIRMED: QT_TRANSLATE_NOOP("term", "receipt confirmed"),
    ShipmentStatus.CANCELLED: QT_TRANSLATE_NOOP("term", "cancelled"),
}

#: forward moves; the moves back are in _SHIPMENT_REVERTS
_SHIPMENT_MOVES = {
    ShipmentStatus.PLANNED: {ShipmentStatus.PACKED, ShipmentStatus.CANCELLED},
    ShipmentStatus.PACKED: {ShipmentStatus.HANDED_OVER},
    # a courier that reports no "in transit" scan: delivered straight from handed over
    ShipmentStatus.HANDED_OVER: {ShipmentStatus.IN_TRANSIT, ShipmentStatus.DELIVERED},
    ShipmentStatus.IN_TRANSIT: {ShipmentStatus.DELIVERED},
    ShipmentStatus.DELIVERED: {ShipmentStatus.RECEIPT_CONFIRMED},
    ShipmentStatus.RECEIPT_CONFIRMED: set(),
    ShipmentStatus.CANCELLED: set(),
}

#: the one step back a coordinator may take (a mistaken click), with a reason. Delivery is never taken
#: back: the item-set life cycle has no way back from ``delivered``. A hand-over is (the courier did not
#: take the shipment after all, issue 9): its item sets go back from ``shipped`` to ``packed``.
SHIPMENT_REVERTS = {
    ShipmentStatus.PACKED: ShipmentStatus.PLANNED,  # packing reopened
    ShipmentStatus.HANDED_OVER: ShipmentStatus.PACKED,  # hand-over taken back; the shipment leaves its pickup
    ShipmentStatus.IN_TRANSIT: ShipmentStatus.HANDED_OVER,
    ShipmentStatus.RECEIPT_CONFIRMED: ShipmentStatus.DELIVERED,  # receipt details withdrawn
}

#: item-set status that follows a shipment's step back, keyed by the state it leaves (the others leave
#: item sets as they are)
ITEM_SET_STATUS_FOR_REVERT = {
    ShipmentStatus.HANDED_OVER: ItemSetStatus.PACKED,
}

#: item-set status that follows each shipment status (the others leave item sets as they are)
ITEM_SET_STATUS_FOR_SHIPMENT = {
    ShipmentStatus.HANDED_OVER: ItemSetStatus.SHIPPED,
    ShipmentStatus.DELIVERED: ItemSetStatus.DELIVERED,
}

#: states in which a shipment is with the courier (the overdue clock runs)
SHIPMENT_UNDERWAY = (ShipmentStatus.HANDED_OVER, ShipmentStatus.IN_TRANSIT)


def packing_open(status: ShipmentStatus) -> bool:
    """Whether item sets can be allocated to, packed into or taken out of a shipment in ``status``, and
    packages added to it: only while it is ``planned``."""
    return status is ShipmentStatus.PLANNED


def check_packing_open(code: str, status: ShipmentStatus) -> None:
    """Refuse packing into shipment ``code`` unless :func:`packing_open`.

    :raises TransitionRefused: packing was closed, or the shipment left the warehouse or was cancelled.
    """
    if not packing_open(status):
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "Shipment {code} is “{status}”: nothing more can be packed into it."),
            code=code,
            status=SHIPMENT_STATUS_LABELS[status],
        )


#: states in which a shipment's package weights and tracking number may still change: until it is handed over
_WEIGHT_AND_TRACKING_EDITABLE = (ShipmentStatus.PLANNED, ShipmentStatus.PACKED)


def can_edit_weight_and_tracking(status: ShipmentStatus) -> bool:
    """Whether a shipment in ``status`` may still have its packages weighed and its tracking number set or
    changed: while ``planned`` or ``packed``, never once it left with the courier or was cancelled."""
    return status in _WEIGHT_AND_TRACKING_EDITABLE


def check_weight_and_tracking_editable(code: str, status: ShipmentStatus) -> None:
    """Refuse a weight or tracking number for shipment ``code`` once :func:`can_edit_weight_and_tracking`
    says no.

    :raises TransitionRefused: handed over or later, or cancelled (the message of :func:`check_packing_open`).
    """
    if not can_edit_weight_and_tracking(status):
        check_packing_open(code, status)


def check_shipment_move(
    code: str,
    current: ShipmentStatus,
    target: ShipmentStatus,
    *,
    lines: int,
    tracking_number: str | None,
    unweighed: int = 0,
    packed: int | None = None,
) -> None:
    """Allow ``current → target`` for shipment ``code`` or raise.

    Closing packing (``planned → packed``) needs at least one packed item set and every package
    weighed (``unweighed`` = packages without a weight). Handing over needs the courier's tracking
    number. Cancelling needs nothing packed (``packed`` = packed item sets; allocations are released).

    :param lines: item sets packed into the shipment (allocated-only ones not counted).
    :raises TransitionRefused: the move is not in the life cycle, or a precondition is missing.
    """
    if target not in _SHIPMENT_MOVES[current]:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "Shipment {code} is “{status}”: it cannot become “{target}”."),
            code=code,
            status=SHIPMENT_STATUS_LABELS[current],
            target=SHIPMENT_STATUS_LABELS[target],
        )
    if target is ShipmentStatus.PACKED:
        if lines == 0:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP("domain", "Shipment {code} is empty: pack item sets before closing it."),
                code=code,
            )
        if unweighed:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP(
                    "domain", "Shipment {code}: {count} package(s) have no weight yet: weigh every package first."
                ),
                code=code,
                count=unweighed,
            )
    if target is ShipmentStatus.HANDED_OVER and not tracking_number:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "domain", "Shipment {code} has no tracking number: enter the courier's number first."
            ),
            code=code,
        )
    if target is ShipmentStatus.CANCELLED and (packed or lines):
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "domain", "Shipment {code} has packed item sets: unpack them before cancelling it."
            ),
            code=code,
        )


def can_move(current: ShipmentStatus, target: ShipmentStatus) -> bool:
    """Whether ``current → target`` is a forward move of the life cycle (what the window offers; its
    preconditions — tracking number, weights — are checked by :func:`check_shipment_move`)."""
    return target in _SHIPMENT_MOVES[current]


def can_revert(current: ShipmentStatus) -> bool:
    """Whether a shipment in ``current`` can be taken one step back (what the window offers)."""
    return current in SHIPMENT_REVERTS


def can_confirm_receipt(current: ShipmentStatus) -> bool:
    """Whether the destination's receipt can be confirmed for a shipment in ``current``: once delivered,
    and again (a correction) once confirmed."""
    return current is ShipmentStatus.RECEIPT_CONFIRMED or can_move(current, ShipmentStatus.RECEIPT_CONFIRMED)


def can_set_cost(current: ShipmentStatus) -> bool:
    """Whether the courier's actual charge can be recorded for a shipment in ``current``: any state but
    ``cancelled`` (a cancelled shipment never went with a courier)."""
    return current is not ShipmentStatus.CANCELLED


def check_cost_settable(code: str, current: ShipmentStatus) -> None:
    """Refuse a cost for shipment ``code`` unless :func:`can_set_cost`.

    :raises TransitionRefused: the shipment was cancelled.
    """
    if not can_set_cost(current):
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "Shipment {code} is “{status}”: it has no cost to record."),
            code=code,
            status=SHIPMENT_STATUS_LABELS[current],
        )


def check_shipment_revert(code: str, current: ShipmentStatus) -> ShipmentStatus:
    """The state a shipment goes back to from ``current`` (see :data:`SHIPMENT_REVERTS`).

    :raises TransitionRefused: there is no way back from ``current``.
    """
    if current not in SHIPMENT_REVERTS:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "Shipment {code} is “{status}”: this step cannot be taken back."),
            code=code,
            status=SHIPMENT_STATUS_LABELS[current],
        )
    return SHIPMENT_REVERTS[current]


def check_item_set_for_shipment(
    code: str,
    status: ItemSetStatus,
    shipment: str,
    *,
    other_shipment: str | None = None,
    other_destination: str | None = None,
    other_packed: bool = False,
) -> None:
    """May item set ``code`` be packed into ``shipment``? Refusals name the reason (issue 6, packing by scan).

    :param other_shipment: the shipment that already holds the item set (allocated or packed), if not
        ``shipment`` itself; ``other_destination`` that shipment's destination when it differs from
        ``shipment``'s, ``other_packed`` whether it is packed there (not just allocated).
    :raises TransitionRefused: not inspected, in quarantine, returned/disposed, already packed, packed
        into or reserved for another shipment, or reserved for another destination.
    """
    if other_shipment is not None:
        if other_packed:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP("domain", "{code} is already packed in another shipment ({other})."),
                code=code, other=other_shipment,
            )
        if other_destination is not None:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP(
                    "domain", "{code} is allocated to another destination ({destination}, shipment {other})."
                ),
                code=code, other=other_shipment, destination=other_destination,
            )
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "{code} is allocated to another shipment ({other})."),
            code=code, other=other_shipment,
        )
    check_item_set_move(code, status, ItemSetStatus.PACKED)


_TRACKING = re.compile(r"^[A-Z0-9]{8,30}$")


def normalise_tracking_number(text: str) -> str:
    """Return a courier tracking number in its stored form: trimmed, upper-case ASCII letters and digits.

    Couriers' consignment numbers are 8–30 letters and digits (e.g. ``SF1234567890123``); anything
    else — spaces inside, Chinese characters, punctuation — would not survive a Code 128 label.

    :raises InvalidValue: not 8–30 ASCII letters and digits.
    """
    cleaned = text.strip().upper()
    if not _TRACKING.match(cleaned):
        raise InvalidValue(
            QT_TRANSLATE_NOOP(
                "domain", "“{value}” is not a tracking number: use 8–30 letters A–Z and digits 0–9."
            ),
            value=text.strip(),
        )
    return cleaned
