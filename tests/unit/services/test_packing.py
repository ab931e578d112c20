"""A pack scan at a station: one write transaction that returns what the Shipments page shows."""

import pytest

from bqw_desktop.domain.errors import TransitionRefused
from bqw_desktop.domain.lifecycle import ItemSetStatus
from bqw_desktop.services import inspection, packing, shipping, shipping_reports
from bqw_desktop.queries import item_sets, shipments

from tests.helpers.transactions import counted


def test_a_pack_returns_the_shipments_details_from_its_one_write_transaction(drive_store, actor):
    codes = ["IS000001L", "IS000002J", "IS000003H"]
    for code in codes:
        inspection.inspect(drive_store, actor, code, True)
    shipment = shipping.create_shipment(drive_store, actor, "D018", "LP2")
    shipping.pack(drive_store, actor, shipment.code, codes[0])
    second = shipping.add_package(drive_store, actor, shipment.code)

    with counted(drive_store) as seen:
        packed = packing.pack(drive_store, actor, shipment.code, codes[1], stages=True)
    assert seen == {"reads": 0, "writes": 1}

    assert packed.item == item_sets.find_item_set(drive_store, codes[1])
    assert packed.item.status is ItemSetStatus.PACKED and packed.item.shipment_code == shipment.code
    details = packed.details
    assert details.shipment == shipments.get_shipment(drive_store, shipment.code)
    assert details.shipment.item_sets == 2 and details.shipment.packages == 2
    assert list(details.packages) == shipments.packages(drive_store, shipment.code)
    assert [(p.number, p.of, p.item_sets) for p in details.packages] == [(1, 2, 1), (2, 2, 1)]
    assert [i.code for i in details.packed] == codes[:2]
    assert list(details.packed) == shipments.shipment_item_sets(drive_store, shipment.code)
    assert details.package_numbers == {codes[0]: 1, codes[1]: second.number}
    assert details.to_pick == ()
    # stage times run to "now": the same item sets and stages as a report read afterwards
    report = shipping_reports.stage_times(drive_store, shipment.code)
    assert [(t.code, t.current, set(t.stages)) for t in details.stages] == \
        [(t.code, t.current, set(t.stages)) for t in report]
    assert details.stages[1].current == "packed" and "passed" in details.stages[1].stages

    with counted(drive_store) as seen:
        read = packing.shipment_details(drive_store, shipment.code)
    assert seen == {"reads": 1, "writes": 0}
    assert (read.shipment, read.packages, read.packed, read.package_numbers, read.to_pick) == \
        (details.shipment, details.packages, details.packed, details.package_numbers, details.to_pick)
    assert read.stages is None  # asked for only when the Tracking tab shows them
    with counted(drive_store) as seen:
        again = packing.pack(drive_store, actor, shipment.code, codes[2])
    assert seen == {"reads": 0, "writes": 1} and again.details.stages is None
    assert [i.code for i in again.details.packed] == codes


def test_a_refused_pack_stores_nothing_and_returns_nothing(drive_store, actor):
    shipment = shipping.create_shipment(drive_store, actor, "D018", "LP2")
    before = packing.shipment_details(drive_store, shipment.code)
    with pytest.raises(TransitionRefused, match="not been inspected"):
        packing.pack(drive_store, actor, shipment.code, "IS000003H")
    after = packing.shipment_details(drive_store, shipment.code)
    assert after == before and after.packages == () and after.shipment.item_sets == 0


def test_a_pack_scan_runs_ten_statements_and_still_audits_its_move(drive_store, actor):
    """Issue 9 (a pack scan ≤ 16 ms): the pack's reads and writes and the page's read-back are Core
    statements, no ORM load or flush: three reads (the shipment, the item set with its line, issue 11,
    the package), three writes (the line, the item set's status, the audit event, after the one read of
    the newest event's hash the chain costs, issue 10), three reads back (packages, the shipment, its
    lines)."""
    from sqlalchemy import select

    from bqw_desktop.store.models import Event
    from tests.helpers.transactions import statements

    codes = ["IS000001L", "IS000002J"]
    for code in codes:
        inspection.inspect(drive_store, actor, code, True)
    shipment = shipping.create_shipment(drive_store, actor, "D018", "LP2")
    package = packing.pack(drive_store, actor, shipment.code, codes[0]).details.packages[0].code  # package 1
    with statements(drive_store) as seen:  # into the package the page shows, as the page packs
        packed = packing.pack(drive_store, actor, shipment.code, codes[1], package)
    verbs = [" ".join(s.split()[:3:2] if s.startswith("INSERT") else s.split()[:2 if s.startswith("UPDATE") else 1])
             for s in seen]
    assert verbs == ["BEGIN", "SELECT", "SELECT", "SELECT", "INSERT shipment_line", "UPDATE item_set",
                     "SELECT", "INSERT event", "SELECT", "SELECT", "SELECT"]
    assert packed.item.status is ItemSetStatus.PACKED and packed.details.shipment.item_sets == 2
    with drive_store.read() as session:
        moves = session.execute(select(Event.action, Event.before, Event.after, Event.detail, Event.actor)
                                .where(Event.entity_code == codes[1]).order_by(Event.id)).all()
    assert moves[-1] == ("pack", "passed", "packed", f"{shipment.code} {package}", actor.operator)
    assert item_sets.find_item_set(drive_store, codes[1]).status is ItemSetStatus.PACKED
    assert seen[6] == ("SELECT event.id, event.hash FROM event ORDER BY event.id DESC LIMIT ? OFFSET ?")


def test_a_pack_into_a_package_of_another_shipment_or_none_is_refused(drive_store, actor):
    from bqw_desktop.domain.errors import NotFound
    from bqw_desktop.domain.identifiers import CodeKind, make_code

    for code in ("IS000001L", "IS000002J"):
        inspection.inspect(drive_store, actor, code, True)
    first = shipping.create_shipment(drive_store, actor, "D018", "LP2")
    second = shipping.create_shipment(drive_store, actor, "D018", "LP2")
    other = shipping.add_package(drive_store, actor, second.code)
    with pytest.raises(TransitionRefused, match="is not in shipment"):
        packing.pack(drive_store, actor, first.code, "IS000001L", other.code)
    with pytest.raises(NotFound):
        packing.pack(drive_store, actor, first.code, "IS000001L", make_code(CodeKind.PACKAGE, 999))
    assert packing.shipment_details(drive_store, first.code).packed == ()
    packed = packing.pack(drive_store, actor, second.code, "IS000001L", other.code)
    assert packed.details.package_numbers == {"IS000001L": other.number}
