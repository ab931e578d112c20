"""Benchmark: the shipping documents and the planning proposal against issue 6's targets.

- packing slip of a 500-line shipment (gather from the store + render A4 PDF): target ≤ 0.5 s
- handover manifest of one pickup with 100 shipments (gather + render): target ≤ 1 s
- planning proposal for the 100× drive (189,600 item sets, all passed): target ≤ 2 s

Each runs on a real SQLite file in a temporary folder, set up through the services (packing, weighing,
tracking numbers, closing and handing over); item sets are marked passed with one Core UPDATE, since
inspection is not what is measured. Reports the best and median of ``--repeat`` runs, seconds.

    .venv/bin/python bench/shipping.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select, update

from bqw_desktop.services import drive, planning, shipping, shipping_documents
from bqw_desktop.queries import shipments
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.database import Store, open_store
from bqw_desktop.store.models import ItemSet

ACTOR = Actor("bench", "BENCH", Role.ADMINISTRATOR)


def pass_items(store: Store, limit: int | None = None) -> list[str]:
    with store.write() as session:
        ids = select(ItemSet.id).where(ItemSet.status == "received").order_by(ItemSet.id)
        if limit:
            ids = ids.limit(limit)
        session.execute(update(ItemSet).where(ItemSet.id.in_(ids)).values(status="passed"))
        return list(session.scalars(select(ItemSet.code).where(ItemSet.status == "passed").order_by(ItemSet.id)))


def timed(work, repeat: int) -> tuple[float, float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        runs.append(time.perf_counter() - start)
    return min(runs), statistics.median(runs)


def slip_store(folder: Path) -> tuple[Store, str]:
    store = open_store(f"sqlite:///{folder / 'slip.sqlite3'}")
    drive.load_drive(store, ACTOR)
    codes = pass_items(store, 500)
    shipment = shipping.create_shipment(store, ACTOR, "D018", "LP2")
    for i, code in enumerate(codes):
        if i and i % 50 == 0:
            shipping.add_package(store, ACTOR, shipment.code)
        shipping.pack(store, ACTOR, shipment.code, code)
    return store, shipment.code


def manifest_store(folder: Path) -> Store:
    store = open_store(f"sqlite:///{folder / 'manifest.sqlite3'}")
    drive.load_drive(store, ACTOR)
    codes = pass_items(store, 300)
    lp2 = next(c for c in shipments.courier_details(store) if c.code == "LP2")
    destinations = [d.code for d in shipments.destination_details(store) if d.district in lp2.areas]
    made = []
    for n in range(100):
        shipment = shipping.create_shipment(store, ACTOR, destinations[n % len(destinations)], "LP2")
        for i, code in enumerate(codes[n * 3:n * 3 + 3]):
            if i == 2:
                shipping.add_package(store, ACTOR, shipment.code)
            shipping.pack(store, ACTOR, shipment.code, code)
        for package in shipments.packages(store, shipment.code):
            shipping.set_package_weight(store, ACTOR, package.code, "2.35")
        shipping.set_tracking_number(store, ACTOR, shipment.code, f"SF{2021000000000 + n:013d}")
        shipping.close_packing(store, ACTOR, shipment.code)
        made.append(shipment.code)
    shipping.hand_over_pickup(store, ACTOR, "LP2", made)
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store, code = slip_store(folder)
        lines = len(shipping_documents.packing_slip_data(store, code).lines)
        best, median = timed(lambda: shipping_documents.write_packing_slip(store, code, io.BytesIO()), args.repeat)
        print(f"packing slip, {lines} lines:            best {best:.3f} s  median {median:.3f} s  (target ≤ 0.5 s)")
        store.dispose()

        store = manifest_store(folder)
        data = shipping_documents.handover_manifest_data(store, "LP2")
        best, median = timed(lambda: shipping_documents.write_handover_manifest(store, "LP2", io.BytesIO()),
                             args.repeat)
        print(f"handover manifest, {len(data.shipments)} shipments / {data.packages} packages: "
              f"best {best:.3f} s  median {median:.3f} s  (target ≤ 1 s)")
        store.dispose()

        store = open_store(f"sqlite:///{folder / 'drive100.sqlite3'}")
        drive.load_drive(store, ACTOR, scale=100)
        passed = len(pass_items(store))
        proposal = planning.propose(store)
        best, median = timed(lambda: planning.propose(store), args.repeat)
        print(f"planning proposal, 100× drive ({passed:,} passed; {proposal.item_sets} item sets proposed): "
              f"best {best:.3f} s  median {median:.3f} s  (target ≤ 2 s)")
        start = time.perf_counter()
        done = planning.confirm(store, ACTOR, proposal)
        print(f"  confirming it ({len(done.shipment_codes)} shipments, {done.item_sets} allocations, one transaction): "
              f"{time.perf_counter() - start:.3f} s")
        store.dispose()


if __name__ == "__main__":
    main()
