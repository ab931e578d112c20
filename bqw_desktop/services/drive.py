"""The 2021 drive's data (database/drive_2021.json) and a walkthrough of the flow over it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, inspect, select, update
from sqlalchemy.orm import Session

from ..domain.roles import Permission, Role
from .. import paths
from ..domain.catalogue import Category, NonconformanceReason
from ..domain.identifiers import CodeKind, make_code
from ..domain.lifecycle import ItemSetStatus
from ..store.database import Store
from ..store.models import (
    Courier,
    CourierArea,
    Destination,
    DestinationNeed,
    Donor,
    Event,
    InboundCarton,
    ItemSet,
    Shipment,
)
from ..domain.tracking import s10_check_digit
from ..queries import shipments
from . import audit, inspection, people, shipping
from .access import requires
from .context import Actor, now

HANGZHOU = ZoneInfo("Asia/Shanghai")
DRIVE_FILE = "drive_2021.json"


@dataclass(frozen=True)
class LoadResult:
    loaded: bool  # False: the store already held the drive (or other cartons); nothing was added
    cartons: int
    item_sets: int


def drive_data(scale: int = 1) -> dict:
    """The drive's reference data; ``scale`` > 1 repeats its cartons (benchmarks use 100×)."""
    data = json.loads((paths.migrations_path() / DRIVE_FILE).read_text(encoding="utf-8"))
    data["cartons"] = data["cartons"] * scale
    return data


#: destination names by institution kind: "{district}{township}" + suffix
_NAME_SUFFIX = {"community_centre": "儿童之家", "school": "中心小学", "township_office": "便民服务中心"}


def destination_code(n: int) -> str:
    """The drive's n-th destination (1-based) as coded in the store: ``D001`` …"""
    return f"D{n:03d}"


def seed_reference(session: Session, data: dict) -> None:
    """Add the drive's couriers and destinations where missing, and fill what an older store lacks.

    Couriers get their phone, service areas (districts), tracking-number rule, pickup days and rate card;
    destinations their township, institution kind and their needs list — each only
    where the store has none yet, so a coordinator's own edits are kept. Core statements on named
    columns: the drive also loads into older schemas (migration tests), which get the basic rows only.
    """
    couriers = Courier.__table__
    known = set(session.scalars(select(couriers.c.code)))
    new = [{"code": c["code"], "name": c["name"]} for c in data["couriers"] if c["code"] not in known]
    if new:
        session.execute(insert(couriers), new)
    destinations = Destination.__table__
    known = set(session.scalars(select(destinations.c.code)))
    new = [
        {"code": destination_code(n), "name": f"{row['district']}{row['township']}{_NAME_SUFFIX[row['kind']]}",
         "district": row["district"], "address": f"浙江省杭州市{row['district']}{row['township']}",
         "contact_name": f"{row['township']}社工站"}
        for n, row in enumerate(data["destinations"], start=1) if destination_code(n) not in known
    ]
    if new:
        session.execute(insert(destinations), new)
    if "tracking_pattern" not in {c["name"] for c in inspect(session.connection()).get_columns("courier")}:
        return  # a schema from before migration 0004 (shipping)
    ids = {code: i for code, i in session.execute(select(couriers.c.code, couriers.c.id))}
    with_areas = set(session.scalars(select(CourierArea.courier_id)))
    for row in data["couriers"]:
        session.execute(
            update(couriers).where(couriers.c.code == row["code"], couriers.c.tracking_pattern.is_(None)).values(
                phone=func.coalesce(couriers.c.phone, row["phone"]), tracking_pattern=row["tracking_pattern"],
                check_digit=row["check_digit"], pickup_days=row["pickup_days"], first_kg_fen=row["first_kg_fen"],
                extra_kg_fen=row["extra_kg_fen"]))
        if ids[row["code"]] not in with_areas:
            session.execute(insert(CourierArea), [{"courier_id": ids[row["code"]], "district": d} for d in row["areas"]])
    ids = {code: i for code, i in session.execute(select(destinations.c.code, destinations.c.id))}
    with_needs = set(session.scalars(select(DestinationNeed.destination_id)))
    for n, row in enumerate(data["destinations"], start=1):
        code = destination_code(n)
        session.execute(update(destinations).where(destinations.c.code == code).values(
            township=func.coalesce(destinations.c.township, row["township"]),
            institution_kind=func.coalesce(destinations.c.institution_kind, row["kind"])))
        # no made-up phone numbers: a plausible one could be a stranger's; coordinators enter the real ones
        if ids[code] not in with_needs:
            session.execute(insert(DestinationNeed), [
                {"destination_id": ids[code], "category": category, "size": size, "count": count}
                for category, size, count in row["needs"]])


@requires(Permission.SETTINGS)
def load_drive(store: Store, actor: Actor, scale: int = 1) -> LoadResult:
    """Load the drive into an empty store, in one transaction; a second call adds no cartons.

    Reference rows (donors, couriers, destinations, see :func:`seed_reference`) are added when missing;
    cartons and item sets only when the store has no cartons yet. Item sets are inserted in bulk (Core ``insert``, see TRAPS.md).
    """
    data = drive_data(scale)
    with store.write() as session:
        seed_reference(session, data)
        if session.scalar(select(func.count()).select_from(InboundCarton)):
            return LoadResult(False, 0, 0)
        # by column and Core insert, not ORM objects: the drive also loads into older schemas (migration tests)
        donors = dict(session.execute(select(Donor.name, Donor.id)).all())
        for row in data["donors"]:
            if row["name"] not in donors:
                new = session.execute(insert(Donor).values(name=row["name"], kind=row["kind"]))
                donors[row["name"]] = new.inserted_primary_key[0]
        session.flush()
        item_rows = []
        serial = 0
        for number, carton in enumerate(data["cartons"], start=1):
            received = datetime.combine(datetime.fromisoformat(carton["received"]).date(), time(9), HANGZHOU)
            donor_id = donors[carton["donor"]]
            carton_id = session.execute(insert(InboundCarton).values(
                code=make_code(CodeKind.CARTON, number), donor_id=donor_id, received_at=received)).inserted_primary_key[0]
            catalogue = data["catalogue"][carton["category"]]
            for i in range(carton["item_sets"]):
                serial += 1
                entry = catalogue[(i * len(catalogue)) // carton["item_sets"]]
                item_rows.append(
                    {
                        "code": make_code(CodeKind.ITEM_SET, serial),
                        "carton_id": carton_id,
                        "donor_id": donor_id,
                        "category": carton["category"],
                        "description": entry["description"],
                        "pieces": entry["pieces"],
                        "size": entry["sizes"][i % len(entry["sizes"])],
                        "status": ItemSetStatus.RECEIVED.value,
                    }
                )
        session.execute(insert(ItemSet), item_rows)
        detail = f"{len(data['cartons'])} cartons, {len(item_rows)} item sets"
        if "hash" in {c["name"] for c in inspect(session.connection()).get_columns("event")}:
            audit.record(session, actor, "load_drive", "drive", "2021", None, None, detail)
        else:  # a schema before the audit chain (migration tests): migration 0007 chains this event
            session.execute(insert(Event.__table__).values(
                at=now(), actor=actor.operator, station=actor.station, action="load_drive", entity_kind="drive",
                entity_code="2021", detail=detail))
        return LoadResult(True, len(data["cartons"]), len(item_rows))


#: (courier, destination, item sets, handed over, delivered) for the walkthrough's shipments
_WALKTHROUGH_SHIPMENTS = (
    ("LP1", "D018", 24, True, True),
    ("LP2", "D016", 18, True, False),
    ("LP3", "D021", 30, True, False),
    ("LP1", "D006", 12, False, False),
)
_FAIL_EVERY = 37  # about 3% of inspected item sets fail, each with a reason in turn
_SKIP_LAST_CHECK_EVERY = 9  # one pass in nine leaves the category's last check unticked


def walkthrough_checks(checklist: list[int], n: int, passed: bool) -> list[int]:
    """The checks ticked for the walkthrough's ``n``-th inspection (1-based), of a checklist's ids in order.

    A pass ticks every check, except one in :data:`_SKIP_LAST_CHECK_EVERY` which leaves the last one
    unticked; a fail ticks the first half, the checks done before the fault was found.
    """
    if not passed:
        return checklist[: len(checklist) // 2]
    return checklist[:-1] if n % _SKIP_LAST_CHECK_EVERY == 0 else checklist


def progress(store: Store) -> tuple[bool, bool]:
    """(the store holds cartons, a walkthrough ran or shipments exist): what :func:`load_drive` and
    :func:`walkthrough` would find done already and leave alone."""
    with store.read() as session:
        cartons = session.scalar(select(func.count()).select_from(InboundCarton))
        walked = session.scalar(select(func.count()).select_from(Event).where(Event.action == "walkthrough")) or \
            session.scalar(select(func.count()).select_from(Shipment))
    return bool(cartons), bool(walked)


#: the walkthrough's volunteers (pseudonyms) and the stations they work at: two inspect, the second packs
WALKTHROUGH_INSPECTORS = (("志愿者甲", "仓库-质检1"), ("志愿者乙", "仓库-质检2"))
WALKTHROUGH_PACKER = ("志愿者乙", "仓库-打包1")


def _volunteer(store: Store, actor: Actor, name: str, station: str) -> Actor:
    """The volunteer ``name`` signed in at ``station``, their account added by ``actor`` when missing;
    ``actor`` itself when an account of that name cannot sign in without a PIN (not a volunteer, or inactive)."""
    if name not in {p.name for p in people.list_people(store)}:
        people.add_person(store, actor, name, Role.VOLUNTEER)
    try:
        return people.sign_in(store, station, name=name)
    except people.SignInRefused:
        return actor


@requires(Permission.SETTINGS)
def walkthrough(store: Store, actor: Actor, inspect_count: int = 240) -> bool:
    """Run part of the flow through the services so every view shows real work, done by the people who
    would: the volunteers :data:`WALKTHROUGH_INSPECTORS` (accounts added when missing) inspect in turn,
    :data:`WALKTHROUGH_PACKER` packs, ``actor`` (an administrator) plans, hands over and delivers.

    Inspects the first ``inspect_count`` item sets (some fail) with checklist items ticked
    (:func:`walkthrough_checks`), packs one shipment per courier and a fourth still being packed (planned),
    weighs the packages, sets tracking numbers, closes and hands three over and delivers one.

    :returns: False (and does nothing) when shipments exist or a walkthrough ran or is running.
    """
    with store.write() as session:  # claim it first, under the write lock: a second station skips it
        claimed = session.scalar(select(func.count()).select_from(Event).where(Event.action == "walkthrough"))
        if claimed or session.scalar(select(func.count()).select_from(Shipment)):
            return False
        audit.record(session, actor, "walkthrough", "drive", "2021")
        items = session.execute(select(ItemSet.code, ItemSet.category).where(ItemSet.status == "received")
                                .order_by(ItemSet.id).limit(inspect_count)).all()
    inspectors = [_volunteer(store, actor, name, station) for name, station in WALKTHROUGH_INSPECTORS]
    packer = _volunteer(store, actor, *WALKTHROUGH_PACKER)
    checklists = {c: [check.id for check in inspection.checklist(store, c)] for c in Category}
    reasons = list(NonconformanceReason)
    passed = []
    for n, (code, category) in enumerate(items, start=1):
        ok = n % _FAIL_EVERY != 0
        checks = walkthrough_checks(checklists[Category(category)], n, ok)
        inspector = inspectors[n % len(inspectors)]
        if ok:
            inspection.inspect(store, inspector, code, True, checks=checks)
            passed.append(code)
        else:
            inspection.inspect(store, inspector, code, False, reasons[(n // _FAIL_EVERY) % len(reasons)], checks=checks)
    for n, (courier, destination, count, handed_over, delivered) in enumerate(_WALKTHROUGH_SHIPMENTS, start=1):
        shipment = shipping.create_shipment(store, actor, destination, courier)
        for i, code in enumerate(passed[:count]):
            if i and i % 10 == 0:  # about ten item sets to a package
                shipping.add_package(store, packer, shipment.code)
            shipping.pack(store, packer, shipment.code, code)
        del passed[:count]
        for package in shipments.packages(store, shipment.code):
            shipping.set_package_weight(store, packer, package.code, 2.5 + package.item_sets * 0.4)
        shipping.set_tracking_number(store, actor, shipment.code, walkthrough_tracking_number(courier, n))
        if handed_over:
            shipping.close_packing(store, actor, shipment.code)
            shipping.hand_over(store, actor, shipment.code)
        if delivered:
            shipping.deliver(store, actor, shipment.code)
    return True


def walkthrough_tracking_number(courier: str, n: int) -> str:
    """A tracking number of the walkthrough's n-th shipment that fits the drive's rule for ``courier``."""
    if courier == "LP1":  # UPU S10: two letters, eight digits, check digit, CN
        serial = f"{20210000 + n:08d}"
        return f"EA{serial}{s10_check_digit(serial)}CN"
    if courier == "LP2":
        return f"SF{2021000000000 + n:013d}"
    return f"{202100000000 + n:012d}"
