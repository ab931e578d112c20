"""Plain values the services return (never live ORM objects, never Qt types)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.catalogue import Category, NonconformanceReason
from ..domain.lifecycle import ItemSetStatus, ShipmentStatus


@dataclass(frozen=True)
class ItemSetView:
    code: str
    carton_code: str
    donor: str
    category: Category
    description: str
    pieces: int
    size: str | None
    status: ItemSetStatus
    shipment_code: str | None = None
    last_reason: NonconformanceReason | None = None


@dataclass(frozen=True)
class CartonView:
    code: str
    donor: str
    received_at: datetime
    category: Category | None  # the category most of its item sets have
    item_sets: int
    inspected: int


@dataclass(frozen=True)
class ShipmentView:
    code: str
    courier_code: str
    courier: str
    destination_code: str
    destination: str
    district: str
    tracking_number: str | None
    status: ShipmentStatus
    item_sets: int
    created_at: datetime


@dataclass(frozen=True)
class Choice:
    """A courier or destination as a coordinator picks it."""

    code: str
    name: str
    district: str = ""


@dataclass(frozen=True)
class Pipeline:
    """Counts for the overview; ``stages`` has every item-set status, in pipeline order, and
    ``by_category`` the same per category present in the store."""

    cartons: int
    item_sets: int
    stages: dict[ItemSetStatus, int]
    shipments: dict[ShipmentStatus, int]
    by_category: dict[Category, dict[ItemSetStatus, int]]
