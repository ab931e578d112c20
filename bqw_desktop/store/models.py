"""SQLAlchemy 2 typed models: the store's schema (created only by the Alembic migrations in database/).

Times are stored as UTC (:class:`UTCDateTime`) and shown in the station's local time. Item sets
and shipments carry their state as a string from the domain enums; a state change always writes an :class:`Event` row too.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.types import TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so Alembic migrations (and SQLite batch mode) can refer to them.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """A point in time, kept as UTC. Takes timezone-aware datetimes only; returns them aware, in UTC.

    SQLite has no time-zone type and would silently drop the offset of an aware value.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: give the time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Donor(Base):
    """An enterprise, Party branch, charity organisation or person who gives goods (捐赠方)."""

    __tablename__ = "donor"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # enterprise | party_branch | charity | individual
    contact: Mapped[str | None] = mapped_column(String(120))
    # issue 4 (migration 0003): found by name or pinyin initials; phone and address for the acknowledgement
    pinyin: Mapped[str | None] = mapped_column(String(120), index=True)  # domain.receiving.pinyin_initials
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(200))


class InboundCarton(Base):
    """A carton as it arrived at the warehouse (来货箱)."""

    __tablename__ = "inbound_carton"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
    # issue 4 (migration 0003): the arrival it came with, and the donor's own carton number (manifest 箱号)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipt.id"), index=True)
    donor_ref: Mapped[str | None] = mapped_column(String(40))

    donor: Mapped[Donor] = relationship()


class ItemSet(Base):
    """The unit tracked one by one (件套): one garment set, one stationery kit, one ball."""

    __tablename__ = "item_set"
    __table_args__ = (
        CheckConstraint(
            "status IN ('received','passed','failed','packed','shipped','delivered','returned','disposed')",
            name="status",
        ),
        CheckConstraint("pieces > 0", name="pieces"),
        Index("ix_item_set_carton_status", "carton_id", "status"),
        Index("ix_item_set_category_status", "category", "status"),  # the overview counts (covering)
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    carton_id: Mapped[int] = mapped_column(ForeignKey("inbound_carton.id"))
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id"), index=True)
    category: Mapped[str] = mapped_column(String(20), index=True)
    description: Mapped[str] = mapped_column(String(200))
    pieces: Mapped[int] = mapped_column(Integer)
    size: Mapped[str | None] = mapped_column(String(40))  # children's size by height or age range
    status: Mapped[str] = mapped_column(String(20), index=True)
    # issue 4 (migration 0003): new | used (domain.receiving.Condition), and the manufacturer's GTIN
    condition: Mapped[str | None] = mapped_column(String(10))
    gtin: Mapped[str | None] = mapped_column(String(14), index=True)

    carton: Mapped[InboundCarton] = relationship()
    donor: Mapped[Donor] = relationship()


class Inspection(Base):
    """One quality-inspection result (质检) of an item set."""

    __tablename__ = "inspection"
    __table_args__ = (CheckConstraint("result IN ('passed','failed')", name="result"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_set_id: Mapped[int] = mapped_column(ForeignKey("item_set.id"), index=True)
    result: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str | None] = mapped_column(String(30))  # NonconformanceReason value when failed
    note: Mapped[str | None] = mapped_column(Text)
    inspector: Mapped[str] = mapped_column(String(60))
    station: Mapped[str] = mapped_column(String(60))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class ChecklistItem(Base):
    """One check of a category's inspection checklist (质检清单), with the standard it comes from.

    Items are never deleted (inspections refer to them): an administrator deactivates them.
    ``position`` orders the list within its category.
    """

    __tablename__ = "checklist_item"
    __table_args__ = (
        CheckConstraint("category IN ('clothing','sports','study','daily')", name="category"),
        Index("ix_checklist_item_category_position", "category", "position"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))  # in Chinese, what the inspector checks
    source: Mapped[str] = mapped_column(String(120))  # standard and clause, e.g. "GB 31701-2015 绳带要求"
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class InspectionCheck(Base):
    """A checklist item the inspector ticked during one inspection."""

    __tablename__ = "inspection_check"
    __table_args__ = (UniqueConstraint("inspection_id", "checklist_item_id", name="uq_inspection_check_item"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    checklist_item_id: Mapped[int] = mapped_column(ForeignKey("checklist_item.id"))


class InspectionCorrection(Base):
    """Marks an inspection row as a coordinator's correction of an earlier one (never edited itself).

    ``inspection_id`` is the new row with the corrected result; ``corrects_id`` the row it overrides.
    """

    __tablename__ = "inspection_correction"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), unique=True)
    corrects_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    why: Mapped[str] = mapped_column(Text)


class InspectionUndo(Base):
    """An inspection result taken back (the item set went back to ``received``); the row stays."""

    __tablename__ = "inspection_undo"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), unique=True)
    why: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(60))
    station: Mapped[str] = mapped_column(String(60))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Disposition(Base):
    """What was done with a failed item set (处置): returned to its donor, disposed of, or sent to rework.

    ``inspection_id`` is the failed inspection this disposition settles; ``approved_by`` is who
    approved a disposal (required for ``disposed``).
    """

    __tablename__ = "disposition"
    __table_args__ = (CheckConstraint("kind IN ('returned','disposed','rework')", name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_set_id: Mapped[int] = mapped_column(ForeignKey("item_set.id"), index=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    approved_by: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(60))
    station: Mapped[str] = mapped_column(String(60))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Courier(Base):
    """One of the drive's three logistics partners (物流合作方)."""

    __tablename__ = "courier"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    phone: Mapped[str | None] = mapped_column(String(30))
    # tracking-number rule (domain/tracking.py): a regular expression and an optional check-digit scheme
    tracking_pattern: Mapped[str | None] = mapped_column(String(200))
    check_digit: Mapped[str | None] = mapped_column(String(20))  # CheckDigit value, e.g. "upu_s10"
    pickup_days: Mapped[str | None] = mapped_column(String(20))  # ISO weekdays, "1,3,5" = Mon, Wed, Fri
    # rate card, CNY fen (1/100 CNY) per package: first kilogram (首重) and each further kilogram (续重)
    first_kg_fen: Mapped[int | None] = mapped_column(Integer)
    extra_kg_fen: Mapped[int | None] = mapped_column(Integer)


class Destination(Base):
    """A distribution point (收货点) in one of Hangzhou's districts or counties."""

    __tablename__ = "destination"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    district: Mapped[str] = mapped_column(String(20), index=True)
    address: Mapped[str] = mapped_column(String(200))
    contact_name: Mapped[str | None] = mapped_column(String(60))
    contact_phone: Mapped[str | None] = mapped_column(String(30))
    township: Mapped[str | None] = mapped_column(String(40))  # 乡镇/街道
    institution_kind: Mapped[str | None] = mapped_column(String(20))  # InstitutionKind value


class Shipment(Base):
    """Goods to one destination via one courier (发货单)."""

    __tablename__ = "shipment"
    __table_args__ = (
        CheckConstraint(
            "status IN ('planned','packed','handed_over','in_transit','delivered','receipt_confirmed','cancelled')",
            name="status",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    destination_id: Mapped[int] = mapped_column(ForeignKey("destination.id"), index=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"), index=True)
    tracking_number: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    handed_over_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    packed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    in_transit_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    receipt_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    pickup_id: Mapped[int | None] = mapped_column(ForeignKey("pickup.id"), index=True)
    receiver: Mapped[str | None] = mapped_column(String(60))  # who signed for it at the destination
    receipt_date: Mapped[date | None] = mapped_column(Date)
    receipt_note: Mapped[str | None] = mapped_column(Text)
    receipt_file: Mapped[str | None] = mapped_column(String(500))  # path of the scanned signed slip
    cost_fen: Mapped[int | None] = mapped_column(Integer)  # actual cost charged, CNY fen

    destination: Mapped[Destination] = relationship()
    courier: Mapped[Courier] = relationship()


class ShipmentLine(Base):
    """An item set allocated to a shipment (``packed_at`` NULL) or packed into one of its packages.

    ``item_set_id`` is unique: no item set is claimed by two shipments, nor twice by one — allocation
    by planning and packing by scan both rely on it.
    """

    __tablename__ = "shipment_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipment.id"), index=True)
    item_set_id: Mapped[int] = mapped_column(ForeignKey("item_set.id"), unique=True)
    packed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    allocated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # set when a plan reserved it
    package_id: Mapped[int | None] = mapped_column(ForeignKey("package.id"), index=True)


class Event(Base):
    """Append-only audit trail (操作日志): who did what, when, at which station, before → after.

    Rows are chained (migration 0007): ``prev_hash`` is the ``hash`` of the event before (by ``id``) and
    ``hash`` covers ``prev_hash`` and every other field, as :mod:`bqw_desktop.domain.trail` defines. Rows
    are written only by ``services.audit.append``, which computes both in the writing transaction.
    """

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_entity", "entity_kind", "entity_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(60))
    station: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40))
    entity_kind: Mapped[str] = mapped_column(String(20))
    entity_code: Mapped[str] = mapped_column(String(40))
    before: Mapped[str | None] = mapped_column(String(40))
    after: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))  # 64 hex digits, SHA-256
    hash: Mapped[str] = mapped_column(String(64))


# --- issue 4: intake and labels (migration 0003) ----------------------------------------------------


class Receipt(Base):
    """One arrival of goods from a donor (入库单 / 捐赠批次): its date, the station that took it, a note.

    Its cartons point to it (:attr:`InboundCarton.receipt_id`); its expected manifest is its
    :class:`ManifestItem` rows.
    """

    __tablename__ = "receipt"
    id: Mapped[int] = mapped_column(primary_key=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donor.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    station: Mapped[str] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(Text)
    manifest_source: Mapped[str | None] = mapped_column(String(200))  # file name, or "typed"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    donor: Mapped[Donor] = relationship()


class ManifestItem(Base):
    """One expected line of a receipt's manifest (清单): ``quantity`` item sets of one kind."""

    __tablename__ = "manifest_line"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint("pieces > 0", name="pieces"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id"), index=True)
    row: Mapped[int] = mapped_column(Integer)  # row number in the imported file (header = 1), or typed order
    carton_ref: Mapped[str] = mapped_column(String(40), default="")  # the donor's carton number, "" if none
    category: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200))
    gtin: Mapped[str | None] = mapped_column(String(14))
    size: Mapped[str | None] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(Integer)
    pieces: Mapped[int] = mapped_column(Integer)


class DiscrepancyResolution(Base):
    """A coordinator's resolution of one expected-vs-received difference of a receipt.

    ``key`` is :attr:`bqw_desktop.domain.receiving.Discrepancy.key` (carton|category|kind).
    """

    __tablename__ = "discrepancy_resolution"
    __table_args__ = (UniqueConstraint("receipt_id", "key", name="uq_discrepancy_resolution_receipt_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id"))
    key: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(60))
    station: Mapped[str] = mapped_column(String(60))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class PrinterProfile(Base):
    """A label printer (or an A4 office printer with label sheets) as configured at the warehouse.

    Lengths in mm. ``sheet_rows``/``sheet_columns`` > 0 means an A4 sheet of labels, with the
    margins and the label pitch given; 0 means a roll of labels, one page per label, ``gap_mm`` apart.
    """

    __tablename__ = "printer_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    template: Mapped[str] = mapped_column(String(30))  # documents.labels.LabelTemplate value
    dpi: Mapped[int] = mapped_column(Integer)
    module_dots: Mapped[int] = mapped_column(Integer)
    gap_mm: Mapped[float] = mapped_column(Float, default=2.0)
    offset_x_mm: Mapped[float] = mapped_column(Float, default=0.0)
    offset_y_mm: Mapped[float] = mapped_column(Float, default=0.0)
    sheet_rows: Mapped[int] = mapped_column(Integer, default=0)
    sheet_columns: Mapped[int] = mapped_column(Integer, default=0)
    sheet_margin_top_mm: Mapped[float] = mapped_column(Float, default=0.0)
    sheet_margin_left_mm: Mapped[float] = mapped_column(Float, default=0.0)
    sheet_pitch_x_mm: Mapped[float] = mapped_column(Float, default=0.0)
    sheet_pitch_y_mm: Mapped[float] = mapped_column(Float, default=0.0)


class DestinationNeed(Base):
    """What a destination asked for (需求清单): ``count`` item sets of a category, of one size or any."""

    __tablename__ = "destination_need"
    __table_args__ = (
        CheckConstraint("count > 0", name="count"),
        UniqueConstraint("destination_id", "category", "size", name="uq_destination_need_line"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    destination_id: Mapped[int] = mapped_column(ForeignKey("destination.id"), index=True)
    category: Mapped[str] = mapped_column(String(20))
    size: Mapped[str | None] = mapped_column(String(40))  # None: any size of the category
    count: Mapped[int] = mapped_column(Integer)


class CourierArea(Base):
    """A district or county (区县) a courier partner serves."""

    __tablename__ = "courier_area"
    __table_args__ = (UniqueConstraint("courier_id", "district", name="uq_courier_area_district"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"), index=True)
    district: Mapped[str] = mapped_column(String(20), index=True)


class Pickup(Base):
    """One collection by a courier (上门取件): the shipments handed over together, listed on one
    handover manifest (交接单) whose number is ``code``."""

    __tablename__ = "pickup"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(60))
    station: Mapped[str] = mapped_column(String(60))


class Package(Base):
    """A box inside a shipment (包裹): number n of the shipment's m, its weight, its label code."""

    __tablename__ = "package"
    __table_args__ = (
        CheckConstraint("number > 0", name="number"),
        CheckConstraint("weight_g IS NULL OR weight_g > 0", name="weight"),
        UniqueConstraint("shipment_id", "number", name="uq_package_shipment_number"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # CodeKind.PACKAGE, e.g. PK000001X
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipment.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    weight_g: Mapped[int | None] = mapped_column(Integer)  # grams; shown in kg
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


# --- issue 9: one click, one thing (migration 0006) ---------------------------------------------------


class IdempotencyKey(Base):
    """A create that came with an idempotency token (case C14): the token is the primary key, so the
    same request is carried out once, whichever station sends it again. ``result`` is what it made
    (a code or name, or several codes one a line), ``kind`` which create it was."""

    __tablename__ = "idempotency_key"
    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    result: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(60))
    station: Mapped[str] = mapped_column(String(60))


# --- issue 10: people and roles (migration 0008) -------------------------------------------------------


class Person(Base):
    """An account (人员): a volunteer, coordinator, administrator or auditor (``domain.roles.Role``).

    ``name`` is the display name printed on documents and recorded on events. ``badge`` is the code on
    the person's Code 128 badge (``PE00001…``, ``domain.identifiers``). ``pin_hash`` is a salted scrypt
    hash (``services.people``), never the PIN; volunteers may have none. Accounts are deactivated, never
    deleted: events name them.
    """

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("role IN ('volunteer','coordinator','administrator','auditor')", name="role"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    badge: Mapped[str] = mapped_column(String(16), unique=True)
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


# --- issue 12: micro-wishes (migration 0009) -------------------------------------------------------------


class Organisation(Base):
    """An alliance member (联盟单位) whose people claim wishes: a Party branch (党支部) or a charity
    organisation (爱心组织), ``domain.wishes.OrganisationKind``."""

    __tablename__ = "organisation"
    __table_args__ = (CheckConstraint("kind IN ('party_branch','charity')", name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Claimer(Base):
    """A person who claims wishes (认领人): a Party member (党员) or a volunteer (爱心人士) of one organisation.
    An adult; no contact details are kept here (the organisation has them)."""

    __tablename__ = "claimer"
    __table_args__ = (
        CheckConstraint("kind IN ('party_member','volunteer')", name="kind"),
        UniqueConstraint("organisation_id", "name", name="uq_claimer_organisation_name"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    organisation: Mapped[Organisation] = relationship()


class Child(Base):
    """A child the drive serves (受助儿童), known only by ``code`` (``CH…``, ``domain.identifiers``).

    **No name, no ID number, no birth date** (PIPL art. 28, 31): the destination keeps the list that maps
    codes to children. The rest is what matching a wish needs; values are ``domain.wishes`` enums'.
    """

    __tablename__ = "child"
    __table_args__ = (
        CheckConstraint("gender IN ('female','male')", name="gender"),
        CheckConstraint("difficulty IN ('left_behind','orphan','poor_family','disability')", name="difficulty"),
        CheckConstraint("age_band IN ('3-5','6-8','9-11','12-14','15-17')", name="age_band"),
        CheckConstraint("height_cm IS NULL OR height_cm BETWEEN 50 AND 200", name="height"),
        CheckConstraint("shoe_size IS NULL OR shoe_size BETWEEN 15 AND 46", name="shoe_size"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    district: Mapped[str] = mapped_column(String(20), index=True)
    township: Mapped[str | None] = mapped_column(String(40))  # 乡镇/街道
    destination_id: Mapped[int] = mapped_column(ForeignKey("destination.id"), index=True)
    age_band: Mapped[str] = mapped_column(String(10))
    gender: Mapped[str] = mapped_column(String(10))
    height_cm: Mapped[int | None] = mapped_column(Integer)  # clothing size
    shoe_size: Mapped[int | None] = mapped_column(Integer)  # Chinese 码 (EU sizes)
    difficulty: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    destination: Mapped[Destination] = relationship()


class Wish(Base):
    """One child's micro-wish (微心愿), ``code`` ``WS…``: the wish in the child's words, its category, the
    size where it matters, how it is fulfilled and its state (``domain.wishes``).

    Each state sets its moment on entering it (``domain.wishes.WISH_STATUS_TIMES``); a wait counts from
    ``claimed_at``. Every move also writes an :class:`Event`. ``reason`` says why it was cancelled or
    cannot be fulfilled.
    """

    __tablename__ = "wish"
    __table_args__ = (
        CheckConstraint(
            "status IN ('collected','claimed','matched','packed','shipped','delivered','handed_over','fulfilled',"
            "'cancelled','unfulfillable')",
            name="status",
        ),
        CheckConstraint("category IN ('study','clothing','sports','daily_necessities','psychological_support',"
                        "'social_activity')", name="category"),
        CheckConstraint("fulfilment IN ('warehouse','bought','service')", name="fulfilment"),
        CheckConstraint("handed_over_to IN ('child','guardian','teacher')", name="handed_over_to"),
        Index("ix_wish_status_category", "status", "category"),  # the counts by status
        # an item set fulfils at most one wish (migration 0010)
        Index("uq_wish_item_set", "item_set_id", unique=True, sqlite_where=sql_text("item_set_id IS NOT NULL"),
              postgresql_where=sql_text("item_set_id IS NOT NULL")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"), index=True)
    text: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(30))
    size: Mapped[str | None] = mapped_column(String(40))  # as item_set.size: by height or age range
    fulfilment: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(200))
    collected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    matched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    packed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handed_over_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fulfilled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # cancelled or found unfulfillable
    # the item set matched to a goods-wish; it follows the item set to the child (services.wish_progress)
    item_set_id: Mapped[int | None] = mapped_column(ForeignKey("item_set.id"))
    handed_over_to: Mapped[str | None] = mapped_column(String(20))  # domain.wishes.Receiver value
    satisfied: Mapped[bool | None] = mapped_column(Boolean)  # the child's feedback; None: not asked
    feedback: Mapped[str | None] = mapped_column(String(200))

    child: Mapped[Child] = relationship()


class Claim(Base):
    """A claimer taking on a wish (认领), when, recorded by whom at which station. A withdrawn claim keeps its
    row with ``withdrawn_at``; a wish has at most one claim not withdrawn (a partial unique index)."""

    __tablename__ = "claim"
    __table_args__ = (
        Index("uq_claim_open_wish", "wish_id", unique=True, sqlite_where=sql_text("withdrawn_at IS NULL"),
              postgresql_where=sql_text("withdrawn_at IS NULL")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    wish_id: Mapped[int] = mapped_column(ForeignKey("wish.id"), index=True)
    claimer_id: Mapped[int] = mapped_column(ForeignKey("claimer.id"), index=True)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(60))
    station: Mapped[str] = mapped_column(String(60))

    wish: Mapped[Wish] = relationship()
    claimer: Mapped[Claimer] = relationship()
