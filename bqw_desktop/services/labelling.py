"""Label use cases: the labels of item sets, cartons and receipts gathered and written, printer profiles, storage-location labels (C02), labels of a receipt, reprints recorded.

A reprint asks why: :func:`record_printed` refuses codes whose labels were printed before unless a
reason is given, and records every print (``label_printed``) or reprint (``label_reprinted``, with
the reason) as an audit event. Whether a label was printed before is decided inside the write
transaction that records the print, so when two stations print the same labels at once exactly one
is the first print and the other is a reprint that needs a reason (issue 9, fault 12).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..domain import roles
from ..domain.roles import Permission
from ..documents.barcodes import BarcodeValueError, check_code128
from ..documents.a4 import Output
from ..documents.labels import (
    DEFAULT_PROFILE,
    LabelBatchResult,
    LabelData,
    LabelProfile,
    LabelTemplate,
    SheetLayout,
    render_labels,
)
from ..documents.terms import CATEGORY_ZH
from ..domain.errors import QT_TRANSLATE_NOOP, DomainError, InvalidValue
from ..domain.identifiers import CodeKind, parse_code
from ..domain.privacy import refuse_identity_numbers
from ..queries.item_sets import carton_item_sets, find_item_set, item_set_query, list_cartons, to_view
from ..queries.rows import CartonView, ItemSetView
from ..store.database import Store
from ..store.models import Event, ItemSet, PrinterProfile
from . import audit
from .access import requires
from .context import Actor, now
from .receiving import receipt_cartons


@dataclass(frozen=True)
class PrintRecord:
    """When a label was first printed (``at``, aware UTC), at which station and by whom."""

    code: str
    station: str
    operator: str
    at: datetime


class ReprintNeedsReason(DomainError):
    """Some labels were printed before; ``codes`` lists them, ``first`` is the first one's first print.
    Ask why, then print again with the reason."""

    def __init__(self, codes: list[str], first: PrintRecord) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("domain", "{count} label(s) were printed before: {first} at station {station} by "
                              "{operator}, {time}. Give a reason to print them again."),
            count=len(codes), first=first.code, station=first.station, operator=first.operator,
            time=f"{first.at.astimezone():%Y-%m-%d %H:%M}")
        self.codes = codes
        self.first = first


class LabelsRepeated(ReprintNeedsReason):
    """Some codes are listed more than once in one print: each copy after the first is a reprint, so
    it needs a reason too (a list "IS1 IS1 IS1" printed three labels and recorded one first print)."""

    def __init__(self, codes: list[str]) -> None:
        DomainError.__init__(
            self, QT_TRANSLATE_NOOP("domain", "{codes} listed more than once: a label after the first is a "
                                              "reprint. Give a reason to print the extra copies."),
            codes=", ".join(codes))
        self.codes = codes
        self.first = None


@dataclass(frozen=True)
class LocationEntry:
    """A storage-location code checked for Code 128 (C02): ``error`` is a zh_CN message, or ``None``."""

    code: str
    error: str | None


def check_location_code(text: str) -> str:
    """A storage-location code as entered (zone-shelf-level, e.g. ``A-01-03``), checked where it is typed.

    :raises BarcodeValueError: a character Code 128 cannot carry, e.g. “仓A-01”; the zh_CN message
        names the allowed characters (case C02).
    """
    code = text.strip().upper()
    check_code128(code)
    return code


def location_labels(texts: Sequence[str]) -> tuple[list[LabelData], list[tuple[str, str]]]:
    """Labels for storage locations; bad values are listed (value, zh_CN reason), the rest print (C02)."""
    labels, refused = [], []
    for value in texts:
        try:
            code = check_location_code(value)
        except BarcodeValueError as error:
            refused.append((value, str(error)))
            continue
        parts = code.split("-")
        title = f"库位 · {parts[0]} 区 {parts[1]} 架 {parts[2]} 层" if len(parts) == 3 else f"库位 · {code}"
        labels.append(LabelData(code, title))
    return labels, refused


def receipt_labels(store: Store, receipt_id: int) -> list[LabelData]:
    """Each carton's label of a receipt followed by its item sets' labels."""
    cartons = {c.code: c for c in list_cartons(store)}
    labels = []
    for carton in receipt_cartons(store, receipt_id):
        labels.append(carton_label(cartons[carton.code]))
        labels += [item_set_label(item) for item in carton_item_sets(store, carton.code)]
    return labels


_PRINT_ACTIONS = ("label_printed", "label_reprinted")
#: key of the PostgreSQL advisory lock that serialises recording prints (SQLite's BEGIN IMMEDIATE does that)
_PRINT_LOCK_KEY = 0x4251_5701
#: events written per INSERT when prints are recorded (one transaction all the same)
_EVENTS_PER_INSERT = 5000


def _first_prints(session: Session, codes: Sequence[str]) -> dict[str, PrintRecord]:
    """The first print of each of ``codes`` that was printed before (uses the (entity_kind, entity_code) index)."""
    wanted = list(dict.fromkeys(codes))
    first: dict[str, PrintRecord] = {}
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(Event.entity_code, Event.station, Event.actor, Event.at)
            .where(Event.entity_kind == "label", Event.entity_code.in_(wanted[start:start + 500]),
                   Event.action.in_(_PRINT_ACTIONS))
            .order_by(Event.id))
        for code, station, operator, at in rows:
            first.setdefault(code, PrintRecord(code, station, operator, at))
    return first


def _refusal(codes: Sequence[str], first: dict[str, PrintRecord], why: str | None) -> ReprintNeedsReason | None:
    """The refusal to give when some of ``codes`` were printed before and there is no reason ``why``.

    :raises InvalidValue: ``why`` holds an ID card number (``domain.privacy``).
    """
    refuse_identity_numbers(why)
    if why and why.strip():
        return None
    again = [c for c in dict.fromkeys(codes) if c in first]
    if again:
        return ReprintNeedsReason(again, first[again[0]])
    repeated = [code for code, times in Counter(codes).items() if times > 1]
    return LabelsRepeated(repeated) if repeated else None


def printed_before(store: Store, codes: Sequence[str]) -> list[str]:
    """Those of ``codes`` whose labels were printed before, in the given order."""
    with store.read() as session:
        first = _first_prints(session, codes)
    return [c for c in dict.fromkeys(codes) if c in first]


def check_print(store: Store, codes: Sequence[str], why: str | None = None) -> None:
    """Refuse, before anything is written, a print of labels printed before without a reason ``why``.

    :func:`record_printed` checks again when it records: another station may print them meanwhile.

    :raises ReprintNeedsReason: naming where, by whom and when the first of them was printed.
    :raises InvalidValue: ``why`` holds an ID card number (``domain.privacy``).
    """
    with store.read() as session:
        refusal = _refusal(codes, _first_prints(session, codes), why)
    if refusal is not None:
        raise refusal


@requires(Permission.PRINT)
def record_printed(store: Store, actor: Actor, codes: Sequence[str], why: str | None = None) -> None:
    """Record that the labels of ``codes`` were printed (call it once they are written): one event per
    label, ``label_printed`` for a first print, ``label_reprinted`` with the reason ``why`` for a label
    printed before. Checked and recorded in one write transaction, so of two stations printing the
    same labels at once only one records first prints.

    :raises ReprintNeedsReason: some were printed before (by anyone, up to this transaction), or are
        listed more than once (:class:`LabelsRepeated`), and ``why`` is empty; nothing is recorded.
    :raises NotPermitted: the actor may print (``PRINT``) but these are reprints (``REPRINT``: coordinators).
    :raises InvalidValue: ``why`` holds an ID card number (``domain.privacy``); nothing is recorded.
    """
    with store.write() as session:
        if session.get_bind().dialect.name == "postgresql":  # no BEGIN IMMEDIATE there: lock explicitly
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PRINT_LOCK_KEY})
        first = _first_prints(session, codes)
        refusal = _refusal(codes, first, why)
        if refusal is not None:
            raise refusal
        if first or len(set(codes)) < len(codes):
            roles.check(actor.role, Permission.REPRINT)
        at, rows, seen = now(), [], set(first)
        for code in codes:  # one event per label: a code listed twice is printed twice
            again = code in seen
            seen.add(code)
            rows.append(dict(at=at, actor=actor.operator, station=actor.station,
                             action="label_reprinted" if again else "label_printed", entity_kind="label",
                             entity_code=code, before=None, after=None, detail=why.strip() if again else None))
            if len(rows) == _EVENTS_PER_INSERT:  # 189,600 labels: no list of all their events
                audit.append(session, rows)
                rows = []
        audit.append(session, rows)


# --- printer profiles -----------------------------------------------------------------------------


@requires(Permission.SETTINGS)
def save_profile(store: Store, actor: Actor, name: str, profile: LabelProfile) -> None:
    """Create or update the printer profile ``name`` (audited).

    :raises InvalidValue: no name, a resolution other than 203/300/600 dpi, or a sheet that does not fit A4.
    """
    name = name.strip()
    if not name:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "A printer profile needs a name."))
    if profile.dpi not in (203, 300, 600):
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Printer resolution must be 203, 300 or 600 dpi, not {dpi}."),
                           dpi=profile.dpi)
    try:
        profile.positions()
    except ValueError:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "These labels do not fit on an A4 sheet.")) from None
    sheet = profile.sheet or SheetLayout(0, 0)
    values = dict(template=profile.template.value, dpi=profile.dpi, module_dots=profile.module_dots,
                  gap_mm=profile.gap_mm, offset_x_mm=profile.offset_x_mm, offset_y_mm=profile.offset_y_mm,
                  sheet_rows=sheet.rows, sheet_columns=sheet.columns, sheet_margin_top_mm=sheet.margin_top_mm,
                  sheet_margin_left_mm=sheet.margin_left_mm, sheet_pitch_x_mm=sheet.pitch_x_mm,
                  sheet_pitch_y_mm=sheet.pitch_y_mm)
    with store.write() as session:
        row = session.scalars(select(PrinterProfile).where(PrinterProfile.name == name)).one_or_none()
        if row is None:
            session.add(PrinterProfile(name=name, **values))
        else:
            for key, value in values.items():
                setattr(row, key, value)
        audit.record(session, actor, "save_printer_profile", "printer_profile", name[:40], None, None, repr(values))


def list_profiles(store: Store) -> list[LabelProfile]:
    """The saved printer profiles by name; each as a documents.labels.LabelProfile with its ``name``."""
    with store.read() as session:
        return [_profile(row) for row in session.scalars(select(PrinterProfile).order_by(PrinterProfile.name))]


def _profile(row: PrinterProfile) -> LabelProfile:
    sheet = (SheetLayout(row.sheet_rows, row.sheet_columns, row.sheet_margin_top_mm, row.sheet_margin_left_mm,
                         row.sheet_pitch_x_mm, row.sheet_pitch_y_mm) if row.sheet_rows and row.sheet_columns else None)
    return LabelProfile.for_template(LabelTemplate(row.template), row.dpi, module_dots=row.module_dots,
                                     gap_mm=row.gap_mm, offset_x_mm=row.offset_x_mm, offset_y_mm=row.offset_y_mm,
                                     sheet=sheet, name=row.name)


def profile_named(store: Store, name: str) -> LabelProfile:
    """:raises InvalidValue: no profile of that name."""
    for profile in list_profiles(store):
        if profile.name == name:
            return profile
    raise InvalidValue(QT_TRANSLATE_NOOP("domain", "There is no printer profile “{name}”."), name=name)


def item_set_label(item: ItemSetView) -> LabelData:
    """Label text for an item set: category and description, then size, pieces and carton."""
    details = [part for part in (item.size, f"{item.pieces}件", f"箱 {item.carton_code}") if part]
    return LabelData(item.code, f"{CATEGORY_ZH[item.category]} · {item.description}", " · ".join(details))


def carton_label(carton: CartonView) -> LabelData:
    """Label text for an inbound carton: its category, donor, count and arrival date."""
    category = CATEGORY_ZH[carton.category] if carton.category else ""
    detail = f"{carton.donor} · {carton.item_sets}件套 · {carton.received_at.astimezone():%Y-%m-%d}"
    return LabelData(carton.code, f"来货箱 · {category}".rstrip(" ·"), detail)


def labels_for_codes(store: Store, codes: Iterable[str]) -> list[LabelData]:
    """One label per code: item-set codes give item-set labels, carton codes carton labels.

    :raises InvalidCode: / :raises NotFound: for the first bad code (nothing is printed).
    """
    cartons = None
    labels = []
    for scanned in codes:
        code = parse_code(scanned)
        if code.kind is CodeKind.CARTON:
            cartons = cartons or {c.code: c for c in list_cartons(store)}
            carton_item_sets(store, code.text)  # raises NotFound for an unknown carton
            labels.append(carton_label(cartons[code.text]))
        else:
            labels.append(item_set_label(find_item_set(store, code.text)))
    return labels


def labels_for_carton(store: Store, carton_code: str) -> list[LabelData]:
    """The carton's own label followed by the labels of all its item sets.

    :raises InvalidCode: / :raises NotFound: the carton code.
    """
    items = carton_item_sets(store, carton_code)
    carton = next(c for c in list_cartons(store) if c.code == carton_code.strip().upper())
    return [carton_label(carton), *(item_set_label(item) for item in items)]


def labels_for_all_item_sets(store: Store) -> tuple[list[str], Iterator[LabelData]]:
    """The codes of every item set in the store, in code order, and an iterator of their labels.

    The iterator reads the store as it is consumed (one read session, rows fetched 1,000 at a time),
    so a batch of 189,600 labels is never held as a list; it yields the labels of exactly ``codes``,
    in that order: item sets registered meanwhile are left for the next print.
    """
    with store.read() as session:
        codes = list(session.scalars(select(ItemSet.code).order_by(ItemSet.code)))
    return codes, _item_set_labels(store, set(codes))


def _item_set_labels(store: Store, wanted: set[str]) -> Iterator[LabelData]:
    with store.read() as session:
        for row in session.execute(item_set_query().order_by(ItemSet.code).execution_options(yield_per=1000)):
            if row[0] in wanted:  # the code
                yield item_set_label(to_view(row))


def write_labels(
    labels: Iterable[LabelData],
    out: Output,
    profile: LabelProfile = DEFAULT_PROFILE,
    progress: Callable[[int], None] | None = None,
) -> LabelBatchResult:
    """Render ``labels`` to a PDF, one label per page of the profile's size (see documents.labels);
    an iterator is read as the PDF is written, in parts with flat memory."""
    return render_labels(labels, out, profile, progress)
