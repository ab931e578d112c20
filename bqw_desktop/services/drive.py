"""The 2021 drive's data (database/drive_2021.json) and a walkthrough of the flow over it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select

from .. import paths
from ..domain.catalogue import NonconformanceReason
from ..domain.identifiers import CodeKind, make_code
from ..domain.lifecycle import ItemSetStatus
from ..store.database import Store
from ..store.models import Courier, Destination, Donor, InboundCarton, ItemSet, Shipment
from . import audit, inspection, shipping
from .context import Actor

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


def load_drive(store: Store, actor: Actor, scale: int = 1) -> LoadResult:
    """Load the drive into an empty store, in one transaction; a second call adds nothing.

    Reference rows (donors, couriers, destinations) are added when missing; cartons and item sets only
    when the store has no cartons yet. Item sets are inserted in bulk (Core ``insert``, see TRAPS.md).
    """
    data = drive_data(scale)
    with store.write() as session:
        if session.scalar(select(func.count()).select_from(InboundCarton)):
            return LoadResult(False, 0, 0)
        # by column and Core insert, not ORM objects: the drive also loads into older schemas (migration tests)
        donors = dict(session.execute(select(Donor.name, Donor.id)).all())
        for row in data["donors"]:
            if row["name"] not in donors:
                new = session.execute(insert(Donor).values(name=row["name"], kind=row["kind"]))
                donors[row["name"]] = new.inserted_primary_key[0]
        known = set(session.scalars(select(Courier.code)))
        session.add_all(Courier(code=c["code"], name=c["name"]) for c in data["couriers"] if c["code"] not in known)
        known = set(session.scalars(select(Destination.code)))
        for n, (district, town) in enumerate(data["destinations"], start=1):
            code = f"D{n:03d}"
            if code not in known:
                session.add(
                    Destination(
                        code=code, name=f"{district}{town}儿童之家", district=district,
                        address=f"浙江省杭州市{district}{town}", contact_name=f"{town}社工站",
                    )
                )
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
        audit.record(session, actor, "load_drive", "drive", "2021", None, None,
                     f"{len(data['cartons'])} cartons, {len(item_rows)} item sets")
        return LoadResult(True, len(data["cartons"]), len(item_rows))


#: (courier, destination, item sets, handed over, delivered) for the walkthrough's shipments
_WALKTHROUGH_SHIPMENTS = (
    ("LP1", "D018", 24, True, True),
    ("LP2", "D016", 18, True, False),
    ("LP3", "D021", 30, True, False),
    ("LP1", "D006", 12, False, False),
)
_FAIL_EVERY = 37  # about 3% of inspected item sets fail, each with a reason in turn


def walkthrough(store: Store, actor: Actor, inspect_count: int = 240) -> bool:
    """Run part of the flow through the services so every view shows real work.

    Inspects the first ``inspect_count`` item sets (some fail), packs one shipment per courier and a
    fourth still open, sets tracking numbers, hands three over and delivers one.

    :returns: False (and does nothing) when shipments already exist.
    """
    with store.read() as session:
        if session.scalar(select(func.count()).select_from(Shipment)):
            return False
        codes = list(session.scalars(select(ItemSet.code).where(ItemSet.status == "received")
                                     .order_by(ItemSet.id).limit(inspect_count)))
    reasons = list(NonconformanceReason)
    passed = []
    for n, code in enumerate(codes, start=1):
        if n % _FAIL_EVERY == 0:
            inspection.inspect(store, actor, code, False, reasons[(n // _FAIL_EVERY) % len(reasons)])
        else:
            inspection.inspect(store, actor, code, True)
            passed.append(code)
    for n, (courier, destination, count, handed_over, delivered) in enumerate(_WALKTHROUGH_SHIPMENTS, start=1):
        shipment = shipping.create_shipment(store, actor, destination, courier)
        for code in passed[:count]:
            shipping.pack(store, actor, shipment.code, code)
        del passed[:count]
        shipping.set_tracking_number(store, actor, shipment.code, f"{courier}2021{n:010d}")
        if handed_over:
            shipping.hand_over(store, actor, shipment.code)
        if delivered:
            shipping.deliver(store, actor, shipment.code)
    return True
