"""Life cycles of item sets and shipments; every state change is checked here.

Item set: ``received → passed | failed`` (inspection) ``→ packed → shipped → delivered``.
A failed item set stays in quarantine and cannot be packed. Two moves go back, each only through a
service that records why: ``passed | failed → received`` (an inspection undone, or a failed item set
sent back to the inspection queue) and ``packed → passed`` (taken out of a shipment still being packed). Shipment: ``open`` (being packed)
``→ handed_over`` (to the courier) ``→ delivered``. Any other move raises
:class:`~bqw_desktop.domain.errors.TransitionRefused`, whatever the caller is.
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


#: pipeline order, as the overview shows it
ITEM_SET_STAGES = tuple(ItemSetStatus)

ITEM_SET_STATUS_LABELS = {
    ItemSetStatus.RECEIVED: QT_TRANSLATE_NOOP("term", "received"),
    ItemSetStatus.PASSED: QT_TRANSLATE_NOOP("term", "passed"),
    ItemSetStatus.FAILED: QT_TRANSLATE_NOOP("term", "failed (quarantine)"),
    ItemSetStatus.PACKED: QT_TRANSLATE_NOOP("term", "packed"),
    ItemSetStatus.SHIPPED: QT_TRANSLATE_NOOP("term", "shipped"),
    ItemSetStatus.DELIVERED: QT_TRANSLATE_NOOP("term", "delivered"),
}

_ITEM_SET_MOVES = {
    ItemSetStatus.RECEIVED: {ItemSetStatus.PASSED, ItemSetStatus.FAILED},
    ItemSetStatus.PASSED: {ItemSetStatus.PACKED, ItemSetStatus.RECEIVED},
    ItemSetStatus.FAILED: {ItemSetStatus.RECEIVED},
    ItemSetStatus.PACKED: {ItemSetStatus.SHIPPED, ItemSetStatus.PASSED},
    ItemSetStatus.SHIPPED: {ItemSetStatus.DELIVERED},
    ItemSetStatus.DELIVERED: set(),
}


def check_item_set_move(code: str, current: ItemSetStatus, target: ItemSetStatus) -> None:
    """Allow ``current → target`` for item set ``code`` or raise.

    :raises TransitionRefused: with the reason a volunteer needs (quarantine, already inspected,
        already packed, not yet inspected, ...).
    """
    if target in _ITEM_SET_MOVES[current]:
        return
    labels = {"code": code, "status": ITEM_SET_STATUS_LABELS[current]}
    if target is ItemSetStatus.PACKED:
        if current is ItemSetStatus.FAILED:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP(
                    "domain", "{code} failed inspection and is in quarantine: it cannot be packed."
                ),
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
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "{code} has already been inspected; it is now “{status}”."), **labels
        )
    raise TransitionRefused(
        QT_TRANSLATE_NOOP("domain", "{code} is “{status}”: it cannot become “{target}”."),
        target=ITEM_SET_STATUS_LABELS[target],
        **labels,
    )


class ShipmentStatus(enum.Enum):
    OPEN = "open"
    HANDED_OVER = "handed_over"
    DELIVERED = "delivered"


SHIPMENT_STATUS_LABELS = {
    ShipmentStatus.OPEN: QT_TRANSLATE_NOOP("term", "packing"),
    ShipmentStatus.HANDED_OVER: QT_TRANSLATE_NOOP("term", "handed over"),
    ShipmentStatus.DELIVERED: QT_TRANSLATE_NOOP("term", "delivered"),
}

_SHIPMENT_MOVES = {
    ShipmentStatus.OPEN: {ShipmentStatus.HANDED_OVER},
    ShipmentStatus.HANDED_OVER: {ShipmentStatus.DELIVERED},
    ShipmentStatus.DELIVERED: set(),
}

#: item-set status that follows each shipment status
ITEM_SET_STATUS_FOR_SHIPMENT = {
    ShipmentStatus.HANDED_OVER: ItemSetStatus.SHIPPED,
    ShipmentStatus.DELIVERED: ItemSetStatus.DELIVERED,
}


def check_packing_open(code: str, status: ShipmentStatus) -> None:
    """Item sets can be added to a shipment only while it is being packed.

    :raises TransitionRefused: the shipment has been handed over or delivered.
    """
    if status is not ShipmentStatus.OPEN:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "Shipment {code} is “{status}”: nothing more can be packed into it."),
            code=code,
            status=SHIPMENT_STATUS_LABELS[status],
        )


def check_shipment_move(
    code: str, current: ShipmentStatus, target: ShipmentStatus, *, lines: int, tracking_number: str | None
) -> None:
    """Allow ``current → target`` for shipment ``code`` or raise.

    Handing over needs at least one packed item set and the courier's tracking number.

    :raises TransitionRefused: the move is not in the life cycle, or a precondition is missing.
    """
    if target not in _SHIPMENT_MOVES[current]:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("domain", "Shipment {code} is “{status}”: it cannot become “{target}”."),
            code=code,
            status=SHIPMENT_STATUS_LABELS[current],
            target=SHIPMENT_STATUS_LABELS[target],
        )
    if target is ShipmentStatus.HANDED_OVER:
        if lines == 0:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP("domain", "Shipment {code} is empty: pack item sets before handing it over."),
                code=code,
            )
        if not tracking_number:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP(
                    "domain", "Shipment {code} has no tracking number: enter the courier's number first."
                ),
                code=code,
            )


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
