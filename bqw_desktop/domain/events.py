"""What the audit trail's events mean to a reader (the auditor's history): rules only, no SQL, no Qt.

An event names its ``action`` by a code (``inspect``, ``pack``, ``handed_over`` …) and what it acted on
by ``entity_kind`` and ``entity_code``; ``before`` and ``after`` hold a state value of that kind of thing
(``received``, ``packed`` …) or, for some actions, another value (a tracking number, a weight in grams,
a cost in fen). This module gives the labels (context ``"term"``) a reader sees for them.
"""

from __future__ import annotations

from .errors import QT_TRANSLATE_NOOP
from .lifecycle import ITEM_SET_STATUS_LABELS, SHIPMENT_STATUS_LABELS, ItemSetStatus, ShipmentStatus

#: a label per action code written by the services that touch item sets, cartons, labels, shipments and
#: packages; other codes are shown as they are
ACTION_LABELS = {
    "receive_carton": QT_TRANSLATE_NOOP("term", "carton received"),
    "register_item_sets": QT_TRANSLATE_NOOP("term", "item sets registered"),
    "set_donor_ref": QT_TRANSLATE_NOOP("term", "donor's carton number set"),
    "label_printed": QT_TRANSLATE_NOOP("term", "label printed"),
    "label_reprinted": QT_TRANSLATE_NOOP("term", "label reprinted"),
    "inspect": QT_TRANSLATE_NOOP("term", "inspected"),
    "correct_inspection": QT_TRANSLATE_NOOP("term", "inspection corrected"),
    "undo_inspection": QT_TRANSLATE_NOOP("term", "inspection undone"),
    "return_to_donor": QT_TRANSLATE_NOOP("term", "returned to donor"),
    "disposed": QT_TRANSLATE_NOOP("term", "disposed"),
    "rework": QT_TRANSLATE_NOOP("term", "sent to rework"),
    "allocate": QT_TRANSLATE_NOOP("term", "allocated to a shipment"),
    "release": QT_TRANSLATE_NOOP("term", "allocation released"),
    "pack": QT_TRANSLATE_NOOP("term", "packed"),
    "unpack": QT_TRANSLATE_NOOP("term", "unpacked"),
    "create_shipment": QT_TRANSLATE_NOOP("term", "shipment created"),
    "add_package": QT_TRANSLATE_NOOP("term", "package added"),
    "set_package_weight": QT_TRANSLATE_NOOP("term", "package weighed"),
    "set_tracking_number": QT_TRANSLATE_NOOP("term", "tracking number set"),
    ShipmentStatus.PACKED.value: QT_TRANSLATE_NOOP("term", "packing closed"),
    ShipmentStatus.HANDED_OVER.value: QT_TRANSLATE_NOOP("term", "handed over"),
    ShipmentStatus.IN_TRANSIT.value: QT_TRANSLATE_NOOP("term", "in transit"),
    ShipmentStatus.DELIVERED.value: QT_TRANSLATE_NOOP("term", "delivered"),
    ShipmentStatus.RECEIPT_CONFIRMED.value: QT_TRANSLATE_NOOP("term", "receipt confirmed"),
    ShipmentStatus.CANCELLED.value: QT_TRANSLATE_NOOP("term", "cancelled"),
    "reconfirm_receipt": QT_TRANSLATE_NOOP("term", "receipt details corrected"),
    "revert": QT_TRANSLATE_NOOP("term", "step taken back"),
    "set_cost": QT_TRANSLATE_NOOP("term", "cost recorded"),
}

#: per entity kind, the label of each state value its events' ``before`` and ``after`` may hold
STATE_LABELS: dict[str, dict[str, str]] = {
    "item_set": {status.value: label for status, label in ITEM_SET_STATUS_LABELS.items()},
    "carton": {ItemSetStatus.RECEIVED.value: ITEM_SET_STATUS_LABELS[ItemSetStatus.RECEIVED]},
    "shipment": {status.value: label for status, label in SHIPMENT_STATUS_LABELS.items()},
}

#: actions whose ``before``/``after`` are a package's weight in grams, or a shipment's cost in fen
GRAMS_ACTIONS = frozenset({"set_package_weight"})
FEN_ACTIONS = frozenset({"set_cost"})
