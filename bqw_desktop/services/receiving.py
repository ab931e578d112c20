"""Receiving (入库): donors, receipts, cartons scanned or created, item sets registered, reconciliation.

Each use case is one write transaction with its audit event (services.audit.record); results are
frozen dataclasses. Rules come from domain.receiving (templates, GTINs, reconciliation).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from ..domain.roles import Permission
from ..domain.catalogue import Category
from ..domain.errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound
from ..domain.identifiers import CodeKind, expect_kind, make_code, parse_code
from ..domain.lifecycle import ItemSetStatus
from ..domain.privacy import refuse_identity_numbers
from ..domain.receiving import (
    Condition,
    Discrepancy,
    DonorKind,
    check_pieces,
    check_size,
    pinyin_initials,
    receipt_number,
    reconcile,
    typed_gtin,
)
from ..store.database import Store
from ..store.models import DiscrepancyResolution, Donor, InboundCarton, ItemSet, ManifestItem, Receipt
from . import audit
from .access import requires
from .context import Actor, now
from .once import run_once

MAX_SETS_PER_ENTRY = 500


@dataclass(frozen=True)
class DonorView:
    id: int
    name: str
    kind: DonorKind
    contact: str | None
    phone: str | None
    address: str | None
    initials: str


@dataclass(frozen=True)
class ReceiptView:
    """One arrival: ``cartons`` and ``item_sets`` received so far, ``expected`` item sets on its manifest."""

    id: int
    donor: str
    donor_kind: DonorKind
    received_on: date
    station: str
    note: str | None
    manifest_source: str | None
    cartons: int
    item_sets: int
    expected: int


@dataclass(frozen=True)
class ReceivedCarton:
    code: str
    receipt_id: int | None  # None: a carton from before receipts were kept
    donor_ref: str | None
    item_sets: int
    created: bool  # True: a new carton (its label should be printed)
    opened: bool = True  # False: received with another arrival, shown and not opened (open_carton)


@dataclass(frozen=True)
class ItemSetEntry:
    """What a volunteer enters for one or more identical item sets (a template filled in)."""

    category: Category
    description: str
    pieces: int = 1
    size: str | None = None
    condition: Condition = Condition.NEW
    gtin: str | None = None  # as typed or scanned; checked by domain.receiving.typed_gtin (C01)


@dataclass(frozen=True)
class DiscrepancyView:
    discrepancy: Discrepancy
    resolution: str | None  # the coordinator's note once resolved
    resolved_by: str | None


# --- donors ---------------------------------------------------------------------------------------


@requires(Permission.RECEIVE)
def create_donor(store: Store, actor: Actor, name: str, kind: DonorKind, contact: str | None = None,
                 phone: str | None = None, address: str | None = None, *, token: str | None = None) -> DonorView:
    """Add a donor (捐赠方); its pinyin initials are stored for search.

    :param token: the request's idempotency token (:mod:`.once`): the same token again adds nothing.
    :raises InvalidValue: empty name, a donor of that name exists already, or a field holds an ID card
        number (``domain.privacy``).
    :raises AlreadyDone: this token added the donor before (``result``: its view).
    """
    name = " ".join(name.split())

    def create(session: Session) -> tuple[DonorView, str]:
        # checked after the token: a repeated click finds the form already cleared
        if not name or len(name) > 120:
            raise InvalidValue(QT_TRANSLATE_NOOP("domain", "A donor needs a name of 1 to 120 characters."))
        refuse_identity_numbers(name, contact, phone, address)
        if session.scalar(select(Donor.id).where(Donor.name == name)) is not None:
            raise InvalidValue(QT_TRANSLATE_NOOP("domain", "The donor “{name}” exists already."), name=name)
        donor = Donor(name=name, kind=kind.value, contact=contact or None, phone=phone or None,
                      address=address or None, pinyin=pinyin_initials(name))
        session.add(donor)
        session.flush()
        audit.record(session, actor, "create_donor", "donor", name, None, kind.value)
        return _donor_view(donor), name

    return run_once(store, actor, token, "create_donor", create,
                    lambda session, stored: _donor_view(_load_donor(session, stored)))


def find_donors(store: Store, text: str, limit: int = 50) -> list[DonorView]:
    """Donors whose name contains ``text`` or whose pinyin initials start with it (in SQL, LIKE escaped)."""
    pattern = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    with store.read() as session:
        query = select(Donor).order_by(Donor.pinyin, Donor.name).limit(limit)
        if pattern:
            query = query.where(or_(Donor.name.like(f"%{pattern}%", escape="\\"),
                                    Donor.pinyin.like(f"{pattern.lower()}%", escape="\\")))
        return [_donor_view(d) for d in session.scalars(query)]


def _donor_view(donor: Donor) -> DonorView:
    return DonorView(donor.id, donor.name, DonorKind(donor.kind), donor.contact, donor.phone, donor.address,
                     donor.pinyin or pinyin_initials(donor.name))


def _load_donor(session: Session, name: str) -> Donor:
    donor = session.scalars(select(Donor).where(Donor.name == name)).one_or_none()
    if donor is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "There is no donor “{name}”."), name=name)
    return donor


# --- receipts -------------------------------------------------------------------------------------


@requires(Permission.RECEIVE)
def create_receipt(store: Store, actor: Actor, donor_name: str, received_on: date, note: str | None = None, *,
                   token: str | None = None) -> ReceiptView:
    """Open a receipt (入库单) for an arrival from ``donor_name`` at this station.

    :param token: the request's idempotency token (:mod:`.once`): the same token again opens nothing.
    :raises NotFound: no such donor.
    :raises InvalidValue: ``note`` holds an ID card number (``domain.privacy``).
    :raises AlreadyDone: this token opened a receipt before (``result``: its view).
    """
    def create(session: Session) -> tuple[ReceiptView, str]:
        refuse_identity_numbers(note)
        donor = _load_donor(session, donor_name)
        receipt = Receipt(donor_id=donor.id, received_on=received_on, station=actor.station, note=note or None,
                          created_at=now())
        session.add(receipt)
        session.flush()
        audit.record(session, actor, "create_receipt", "receipt", str(receipt.id), None, None,
                     f"{donor.name} {received_on.isoformat()}")
        return _receipt_view(session, receipt), receipt_number(receipt.id)

    return run_once(store, actor, token, "create_receipt", create,
                    lambda session, number: _receipt_view(session, load_receipt(session, int(number[1:]))))


def list_receipts(store: Store) -> list[ReceiptView]:
    """All receipts, newest first."""
    with store.read() as session:
        return [_receipt_view(session, r) for r in session.scalars(select(Receipt).order_by(Receipt.id.desc()))]


def get_receipt(store: Store, receipt_id: int) -> ReceiptView:
    """:raises NotFound: no receipt with that number."""
    with store.read() as session:
        return _receipt_view(session, load_receipt(session, receipt_id))


def load_receipt(session: Session, receipt_id: int) -> Receipt:
    # a number beyond SQLite's 64-bit INTEGER names no receipt (and would fail to bind: OverflowError)
    receipt = session.get(Receipt, receipt_id) if -2**63 <= receipt_id < 2**63 else None
    if receipt is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "There is no receipt number {number}."), number=receipt_id)
    return receipt


def _receipt_view(session: Session, receipt: Receipt) -> ReceiptView:
    cartons = session.scalar(select(func.count()).select_from(InboundCarton).where(InboundCarton.receipt_id == receipt.id))
    sets = session.scalar(select(func.count()).select_from(ItemSet).join(InboundCarton)
                          .where(InboundCarton.receipt_id == receipt.id))
    expected = session.scalar(select(func.coalesce(func.sum(ManifestItem.quantity), 0))
                              .where(ManifestItem.receipt_id == receipt.id))
    return ReceiptView(receipt.id, receipt.donor.name, DonorKind(receipt.donor.kind), receipt.received_on,
                       receipt.station, receipt.note, receipt.manifest_source, cartons, sets, expected)


# --- cartons and item sets ------------------------------------------------------------------------


def _next_serial(session: Session, column, kind: CodeKind) -> int:  # noqa: ANN001 - a code column
    highest = session.scalar(select(func.max(column)).where(column.like(f"{kind.value}%")))
    return parse_code(highest).serial + 1 if highest else 1


@requires(Permission.RECEIVE)
def open_carton(store: Store, actor: Actor, receipt_id: int, code: str | None = None,
                donor_ref: str | None = None, *, token: str | None = None,
                show_other_arrival: bool = False) -> ReceivedCarton:
    """Start receiving a carton for a receipt: a new one (next carton code, label to print) when
    ``code`` is ``None``; a scanned pre-printed code not yet in the store is created with that code;
    a carton of this receipt is simply reopened. Whether a scanned carton is opened for the receipt is
    decided here, on the store (issue 11), never on what a window lists.

    :param token: the request's idempotency token (:mod:`.once`): the same token again creates no other
        carton (a reopened carton does not use the token up).
    :param show_other_arrival: a carton of another receipt or of none is returned as it is, with
        ``opened`` False (a scan on the intake page shows it), instead of refused.
    :raises InvalidCode: ``code`` is not a carton code.
    :raises NotFound: no such receipt.
    :raises InvalidValue: the scanned carton belongs to another receipt or to none (an older carton),
        unless ``show_other_arrival``.
    :raises AlreadyDone: this token created a carton before (``result``: that carton, ``created`` False).
    """
    def create(session: Session) -> tuple[ReceivedCarton, str | None]:
        receipt = load_receipt(session, receipt_id)
        if code is not None:
            text = expect_kind(code, CodeKind.CARTON).text
            carton = session.scalars(select(InboundCarton).where(InboundCarton.code == text)).one_or_none()
            if carton is not None:
                if carton.receipt_id != receipt.id and show_other_arrival:
                    return replace(_carton_view(session, carton), opened=False), None
                if carton.receipt_id != receipt.id:
                    raise InvalidValue(
                        QT_TRANSLATE_NOOP("domain", "Carton {code} was received with another arrival; scan a new carton "
                                          "or create one."), code=text)
                return _carton_view(session, carton), None
        else:
            text = make_code(CodeKind.CARTON, _next_serial(session, InboundCarton.code, CodeKind.CARTON))
        carton = InboundCarton(code=text, donor_id=receipt.donor_id, received_at=now(), receipt_id=receipt.id,
                               donor_ref=(donor_ref or "").strip() or None)
        session.add(carton)
        session.flush()
        audit.record(session, actor, "receive_carton", "carton", text, None, "received", f"receipt {receipt.id}")
        return ReceivedCarton(text, receipt.id, carton.donor_ref, 0, True), text

    def replay(session: Session, text: str) -> ReceivedCarton:
        return _carton_view(session, session.scalars(select(InboundCarton).where(InboundCarton.code == text)).one())

    return run_once(store, actor, token, "open_carton", create, replay)


def _carton_view(session: Session, carton: InboundCarton) -> ReceivedCarton:
    """An existing carton (``created`` False) with its item-set count."""
    count = session.scalar(select(func.count()).select_from(ItemSet).where(ItemSet.carton_id == carton.id))
    return ReceivedCarton(carton.code, carton.receipt_id, carton.donor_ref, count, False)


@requires(Permission.RECEIVE)
def register_item_sets(store: Store, actor: Actor, carton_code: str, entry: ItemSetEntry, count: int = 1, *,
                       token: str | None = None) -> list[str]:
    """Register ``count`` identical item sets in a carton of a receipt; returns their new codes.

    The GTIN is checked first (case C01: a wrong check digit is refused, nothing stored); codes are
    the next item-set serials (domain.identifiers.make_code).

    :param token: the request's idempotency token (:mod:`.once`): the same token again registers nothing.
    :raises InvalidCode: a bad carton code or GTIN.
    :raises NotFound: no such carton.
    :raises InvalidValue: count outside 1–500, pieces outside 1–999, empty description, or one holding an
        ID card number (``domain.privacy``).
    :raises AlreadyDone: this token registered item sets before (``result``: their codes).
    """
    gtin = typed_gtin(entry.gtin) if entry.gtin else None
    pieces = check_pieces(entry.pieces)
    size = check_size(entry.size)
    description = " ".join(entry.description.split())
    if not description or len(description) > 200:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "An item set needs a description of 1 to 200 characters."))
    refuse_identity_numbers(description)
    if not 0 < count <= MAX_SETS_PER_ENTRY:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Register 1 to {most} item sets at a time, not {count}."),
                           most=MAX_SETS_PER_ENTRY, count=count)
    code = expect_kind(carton_code, CodeKind.CARTON).text

    def create(session: Session) -> tuple[list[str], str]:
        carton = session.scalars(select(InboundCarton).where(InboundCarton.code == code)).one_or_none()
        if carton is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "Carton {code} is not in this warehouse."), code=code)
        first = _next_serial(session, ItemSet.code, CodeKind.ITEM_SET)
        codes = [make_code(CodeKind.ITEM_SET, first + n) for n in range(count)]
        session.execute(insert(ItemSet), [
            dict(code=c, carton_id=carton.id, donor_id=carton.donor_id, category=entry.category.value,
                 description=description, pieces=pieces, size=size, status=ItemSetStatus.RECEIVED.value,
                 condition=entry.condition.value, gtin=gtin)
            for c in codes
        ])
        audit.record(session, actor, "register_item_sets", "carton", code, None, "received",
                     f"{count} × {entry.category.value} {description}" + (f" GTIN {gtin}" if gtin else "")
                     + f": {codes[0]}–{codes[-1]}")
        return codes, "\n".join(codes)

    return run_once(store, actor, token, "register_item_sets", create, lambda session, codes: codes.splitlines())


def description_for_gtin(store: Store, gtin: str) -> tuple[Category, str, int] | None:
    """(category, description, pieces) of the latest item set registered with ``gtin``, else ``None``."""
    with store.read() as session:
        row = session.execute(select(ItemSet.category, ItemSet.description, ItemSet.pieces)
                              .where(ItemSet.gtin == gtin).order_by(ItemSet.id.desc()).limit(1)).first()
        return (Category(row[0]), row[1], row[2]) if row else None


def receipt_cartons(store: Store, receipt_id: int) -> list[ReceivedCarton]:
    """The cartons of a receipt in the order they were opened, with their item-set counts."""
    with store.read() as session:
        load_receipt(session, receipt_id)
        rows = session.execute(
            select(InboundCarton.code, InboundCarton.donor_ref, func.count(ItemSet.id))
            .outerjoin(ItemSet, ItemSet.carton_id == InboundCarton.id)
            .where(InboundCarton.receipt_id == receipt_id).group_by(InboundCarton.id).order_by(InboundCarton.id)
        )
        return [ReceivedCarton(code, receipt_id, ref, n, False) for code, ref, n in rows]


@requires(Permission.RECEIVE)
def set_donor_ref(store: Store, actor: Actor, carton_code: str, donor_ref: str) -> None:
    """Record the donor's own carton number (the manifest's 箱号) on a carton, for per-carton reconciliation.

    :raises InvalidCode: ``carton_code`` is not a carton's code.
    :raises NotFound: no such carton.
    :raises InvalidValue: ``donor_ref`` holds an ID card number (``domain.privacy``).
    """
    code = expect_kind(carton_code, CodeKind.CARTON).text
    refuse_identity_numbers(donor_ref)
    with store.write() as session:
        carton = session.scalars(select(InboundCarton).where(InboundCarton.code == code)).one_or_none()
        if carton is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "Carton {code} is not in this warehouse."), code=code)
        before, carton.donor_ref = carton.donor_ref, donor_ref.strip()[:40] or None
        audit.record(session, actor, "set_donor_ref", "carton", code, before, carton.donor_ref)


# --- reconciliation -------------------------------------------------------------------------------


def discrepancies(store: Store, receipt_id: int) -> list[DiscrepancyView]:
    """Expected (manifest) vs received (item sets) for a receipt, per carton and in total, with resolutions.

    Cartons are matched to the manifest's 箱号 by their ``donor_ref``. A receipt without a manifest
    has every received category as "different category" (nothing was expected).

    :raises NotFound: no such receipt.
    """
    with store.read() as session:
        load_receipt(session, receipt_id)
        expected = [(ref, Category(cat), n) for ref, cat, n in session.execute(
            select(ManifestItem.carton_ref, ManifestItem.category, ManifestItem.quantity)
            .where(ManifestItem.receipt_id == receipt_id))]
        received = [(ref or "", Category(cat)) for ref, cat in session.execute(
            select(InboundCarton.donor_ref, ItemSet.category).join(InboundCarton)
            .where(InboundCarton.receipt_id == receipt_id))]
        resolved = {key: (note, who) for key, note, who in session.execute(
            select(DiscrepancyResolution.key, DiscrepancyResolution.note, DiscrepancyResolution.actor)
            .where(DiscrepancyResolution.receipt_id == receipt_id))}
    return [DiscrepancyView(d, *resolved.get(d.key, (None, None))) for d in reconcile(expected, received)]


@requires(Permission.RECEIVE)
def resolve_discrepancy(store: Store, actor: Actor, receipt_id: int, key: str, note: str) -> None:
    """A coordinator resolves one difference (e.g. "捐赠方确认少发 2 套"); audited, never edited later.

    :raises InvalidValue: no note, a note holding an ID card number (``domain.privacy``), the difference
        no longer exists, or it is resolved already.
    """
    note = note.strip()
    if not note:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Say how the difference was resolved."))
    refuse_identity_numbers(note)
    current = {d.discrepancy.key: d for d in discrepancies(store, receipt_id)}
    if key not in current:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "This difference no longer exists: refresh the list."))
    if current[key].resolution is not None:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "This difference was resolved already."))
    with store.write() as session:
        session.add(DiscrepancyResolution(receipt_id=receipt_id, key=key, note=note, actor=actor.operator,
                                          station=actor.station, at=now()))
        audit.record(session, actor, "resolve_discrepancy", "receipt", str(receipt_id), None, "resolved",
                     f"{key}: {note}")


# --- typed manifests ------------------------------------------------------------------------------


def counts_by_category(store: Store, receipt_id: int) -> dict[Category, tuple[int, int]]:
    """(item sets, pieces) received per category for a receipt, in catalogue order (present ones only)."""
    with store.read() as session:
        load_receipt(session, receipt_id)
        rows = dict((Category(c), (n, p)) for c, n, p in session.execute(
            select(ItemSet.category, func.count(), func.sum(ItemSet.pieces)).join(InboundCarton)
            .where(InboundCarton.receipt_id == receipt_id).group_by(ItemSet.category)))
    return {c: rows[c] for c in Category if c in rows}


def receipt_timestamp(store: Store, receipt_id: int) -> datetime:
    with store.read() as session:
        return load_receipt(session, receipt_id).created_at


# --- acknowledgement ------------------------------------------------------------------------------


def acknowledgement_data(store: Store, receipt_id: int):  # noqa: ANN201 - documents.acknowledgement.AcknowledgementData
    """What the donation acknowledgement (捐赠接收确认单) of a receipt prints.

    :raises NotFound: no such receipt.
    """
    from sqlalchemy import case

    from ..documents.acknowledgement import AcknowledgementData, CategoryCount

    with store.read() as session:
        receipt = load_receipt(session, receipt_id)
        donor = receipt.donor
        rows = {Category(c): (n, p or 0, new or 0) for c, n, p, new in session.execute(
            select(ItemSet.category, func.count(), func.sum(ItemSet.pieces),
                   func.sum(case((ItemSet.condition == Condition.USED.value, 0), else_=1)))
            .join(InboundCarton).where(InboundCarton.receipt_id == receipt_id).group_by(ItemSet.category))}
        cartons = session.scalar(select(func.count()).select_from(InboundCarton)
                                 .where(InboundCarton.receipt_id == receipt_id))
        return AcknowledgementData(
            receipt_number=receipt_number(receipt.id), donor_name=donor.name, donor_kind=donor.kind,
            contact=donor.contact or "", phone=donor.phone or "", address=donor.address or "",
            received_on=receipt.received_on, station=receipt.station, cartons=cartons,
            counts=[CategoryCount(c, n, p, new, n - new) for c in Category if c in rows for n, p, new in [rows[c]]],
            printed_at=now().astimezone(),
        )


@requires(Permission.RECEIVE)
def write_acknowledgement(store: Store, actor: Actor, receipt_id: int, out) -> object:  # noqa: ANN001
    """Write the receipt's acknowledgement PDF to ``out`` (path or binary file); audited; returns its data."""
    from ..documents.acknowledgement import render_acknowledgement

    data = acknowledgement_data(store, receipt_id)
    render_acknowledgement(data, out)
    with store.write() as session:
        audit.record(session, actor, "print_acknowledgement", "receipt", str(receipt_id), None, None,
                     f"{sum(c.item_sets for c in data.counts)} item sets")
    return data
