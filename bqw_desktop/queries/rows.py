"""Plain values the services return (never live ORM objects, never Qt types)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.catalogue import Category, NonconformanceReason
from ..domain.lifecycle import ItemSetStatus, ShipmentStatus
from ..domain.wishes import (AgeBand, ClaimerKind, Difficulty, Fulfilment, Gender, OrganisationKind, WishCategory,
                             WishStatus)


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
    allocated: int = 0  # item sets reserved by a plan and not packed yet
    packages: int = 0
    weight_g: int | None = None  # packages' total; None while any package is unweighed
    handed_over_at: datetime | None = None
    delivered_at: datetime | None = None
    receipt_confirmed_at: datetime | None = None
    pickup_code: str | None = None
    cost_fen: int | None = None  # actual cost entered, CNY fen
    estimate_fen: int | None = None  # from the courier's rate card, CNY fen
    receiver: str | None = None
    receipt_date: date | None = None
    receipt_note: str | None = None
    receipt_file: str | None = None


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


@dataclass(frozen=True)
class PackageView:
    """A package (包裹) of a shipment: number n of m, weight in grams (None: not weighed yet)."""

    code: str
    shipment_code: str
    number: int
    of: int
    weight_g: int | None
    item_sets: int


@dataclass(frozen=True)
class NeedView:
    """A line of a destination's needs list: ``count`` item sets of ``category``, ``size`` or any (None)."""

    category: Category
    size: str | None
    count: int


@dataclass(frozen=True)
class CourierView:
    """A courier partner with its service areas, tracking-number rule, pickup days (ISO weekdays) and
    rate card (CNY fen per package: first kg, each further kg)."""

    code: str
    name: str
    phone: str | None
    areas: tuple[str, ...]
    tracking_pattern: str | None
    check_digit: str | None
    pickup_days: tuple[int, ...]
    first_kg_fen: int | None
    extra_kg_fen: int | None


@dataclass(frozen=True)
class DestinationView:
    """A destination (收货点) with its needs; ``contact_phone`` whole (mask it in lists)."""

    code: str
    name: str
    district: str
    township: str | None
    institution_kind: str | None
    address: str
    contact_name: str | None
    contact_phone: str | None
    needs: tuple[NeedView, ...]


@dataclass(frozen=True)
class PickupView:
    """One pickup by a courier: the shipments on its handover manifest (交接单)."""

    code: str
    courier_code: str
    courier: str
    at: datetime
    shipment_codes: tuple[str, ...]


# --- issue 12: micro-wishes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationRow:
    """An alliance member and how many claimers it has."""

    name: str
    kind: OrganisationKind
    claimers: int


@dataclass(frozen=True)
class ClaimerRow:
    name: str
    organisation: str
    kind: ClaimerKind


@dataclass(frozen=True)
class ChildRow:
    """A child by code (never a name): where they are, who serves them, what matching needs.
    ``height_cm`` in cm, ``shoe_size`` in Chinese 码; either may be unknown."""

    code: str
    district: str
    township: str | None
    destination_code: str
    destination: str
    age_band: AgeBand
    gender: Gender
    height_cm: int | None
    shoe_size: int | None
    difficulty: Difficulty


@dataclass(frozen=True)
class WishRow:
    """A wish with its child's code, district and destination, and its current claim (``claimer`` and
    ``organisation`` ``None`` while unclaimed). Times are aware UTC; ``reason`` why it was cancelled or
    cannot be fulfilled."""

    code: str
    child_code: str
    district: str
    destination: str
    text: str
    category: WishCategory
    size: str | None
    fulfilment: Fulfilment
    status: WishStatus
    collected_at: datetime
    claimed_at: datetime | None = None
    claimer: str | None = None
    organisation: str | None = None
    reason: str | None = None
