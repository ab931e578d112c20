"""Planning: a proposal covers open needs from passed, unallocated stock, couriers serve the district and
share the load; edits; confirming is one transaction and idempotent; the 100× drive."""

from collections import Counter

import pytest
from sqlalchemy import func, select, update

from bqw_desktop.domain.errors import InvalidValue, TransitionRefused
from bqw_desktop.domain.lifecycle import ItemSetStatus, ShipmentStatus
from bqw_desktop.services import drive, inspection, planning, shipping
from bqw_desktop.queries import shipments
from bqw_desktop.store.models import Event, ItemSet, Shipment, ShipmentLine


def pass_all(store, limit=None):
    """Mark item sets passed directly (the inspection path is tested elsewhere; 1,896 inspections would
    take seconds). Returns how many."""
    with store.write() as session:
        ids = select(ItemSet.id).where(ItemSet.status == "received").order_by(ItemSet.id)
        if limit:
            ids = ids.limit(limit)
        return session.execute(update(ItemSet).where(ItemSet.id.in_(ids)).values(status="passed")).rowcount


def counts(store):
    with store.read() as session:
        return (session.scalar(select(func.count()).select_from(Shipment)),
                session.scalar(select(func.count()).select_from(ShipmentLine)),
                session.scalar(select(func.count()).select_from(Event)))


def test_the_proposal_covers_the_drive_needs_with_couriers_that_serve_each_district(drive_store):
    pass_all(drive_store)
    proposal = planning.propose(drive_store)
    destinations = {d.code: d for d in shipments.destination_details(drive_store)}
    couriers = {c.code: c for c in shipments.courier_details(drive_store)}
    assert len({line.destination_code for line in proposal.lines}) == 22
    needed = sum(n.count for d in destinations.values() for n in d.needs)
    assert sum(line.needed for line in proposal.lines) == needed == 1672
    codes = [code for line in proposal.lines for code in line.item_set_codes]
    assert len(codes) == len(set(codes))  # no item set twice
    with drive_store.read() as session:
        items = {c: (cat, size) for c, cat, size in session.execute(
            select(ItemSet.code, ItemSet.category, ItemSet.size).where(ItemSet.code.in_(codes)))}
    for line in proposal.lines:
        assert line.district in couriers[line.courier_code].areas
        assert set(line.couriers) == {c for c in couriers if line.district in couriers[c].areas}
        for code in line.item_set_codes:
            assert items[code][0] == line.category.value
            assert line.size is None or items[code][1] == line.size
    # the drive's stock is short of some sizes; every other need is fully covered
    short = {(line.category.value, line.size) for line in proposal.lines if line.shortfall}
    assert all(size is not None for _, size in short)
    # load balance: each courier carries at least a fifth of the item sets
    loads = proposal.loads()
    assert set(loads) == {"LP1", "LP2", "LP3"} and min(loads.values()) > proposal.item_sets / 5, loads


def test_a_short_size_is_shared_round_the_destinations(drive_store):
    pass_all(drive_store)
    proposal = planning.propose(drive_store)
    per_size = {}
    for line in proposal.lines:
        if line.size is not None:
            per_size.setdefault(line.size, []).append(len(line.item_set_codes))
    for size, given in per_size.items():
        assert max(given) - min(given) <= 1 or min(given) == max(given), (size, given)


def test_only_passed_unallocated_item_sets_are_proposed(drive_store, actor):
    inspection.inspect(drive_store, actor, "IS000001L", True)
    inspection.inspect(drive_store, actor, "IS000002J", True)
    shipment = shipping.create_shipment(drive_store, actor, "D018", "LP2")
    shipping.pack(drive_store, actor, shipment.code, "IS000001L")
    proposal = planning.propose(drive_store)
    codes = [code for line in proposal.lines for code in line.item_set_codes]
    assert codes == ["IS000002J"]


def test_edits_drop_lines_and_change_courier_only_to_one_serving_the_district(drive_store):
    pass_all(drive_store)
    proposal = planning.propose(drive_store)
    first = proposal.lines[0]  # D001, 上城区: LP1 and LP2 serve it, LP3 does not
    assert first.district == "上城区" and set(first.couriers) == {"LP1", "LP2"}
    with pytest.raises(InvalidValue, match="does not serve 上城区"):
        planning.change_courier(proposal, 0, "LP3")
    other = next(c for c in first.couriers if c != first.courier_code)
    changed = planning.change_courier(proposal, 0, other)
    assert {line.courier_code for line in changed.lines if line.destination_code == "D001"} == {other}
    dropped = planning.drop_line(changed, 0)
    assert len(dropped.lines) == len(proposal.lines) - 1 and dropped.token == proposal.token
    with pytest.raises(InvalidValue):
        planning.drop_line(dropped, len(dropped.lines))


def test_confirming_creates_planned_shipments_with_allocations_once(drive_store, actor):
    pass_all(drive_store)
    proposal = planning.drop_line(planning.propose(drive_store), 0)
    done = planning.confirm(drive_store, actor, proposal)
    assert done.created and done.item_sets == proposal.item_sets
    assert len(done.shipment_codes) == len(proposal.shipments()) == 22
    after = counts(drive_store)
    again = planning.confirm(drive_store, actor, proposal)  # the same proposal twice
    assert not again.created and again.shipment_codes == done.shipment_codes
    assert counts(drive_store) == after
    views = {s.code: s for s in shipments.list_shipments(drive_store)}
    planned = {(s.destination_code, s.courier_code, s.allocated) for s in views.values()}
    assert planned == set(proposal.shipments())
    assert all(views[c].status is ShipmentStatus.PLANNED and views[c].item_sets == 0 for c in done.shipment_codes)
    # a new proposal only offers what is still open: the dropped line, and the sizes that were short
    rest = planning.propose(drive_store)
    short = {(line.destination_code, line.category, line.size) for line in proposal.lines if line.shortfall}
    dropped = planning.propose(drive_store).lines[0]
    assert (dropped.destination_code, dropped.size) == ("D001", "110cm")
    assert {(line.destination_code, line.category, line.size) for line in rest.lines} <= short | {
        (dropped.destination_code, dropped.category, dropped.size)}


def test_a_stale_proposal_is_refused_whole(drive_store, actor):
    pass_all(drive_store)
    first = planning.propose(drive_store)
    second = planning.propose(drive_store)  # the same item sets, another token
    planning.confirm(drive_store, actor, first)
    before = counts(drive_store)
    with pytest.raises(TransitionRefused, match="taken or changed meanwhile"):
        planning.confirm(drive_store, actor, second)
    assert counts(drive_store) == before


def test_allocated_item_sets_are_packed_by_scan_and_refused_elsewhere(drive_store, actor):
    pass_all(drive_store, 300)
    done = planning.confirm(drive_store, actor, planning.propose(drive_store))
    first, second = done.shipment_codes[:2]
    mine = shipments.shipment_item_sets(drive_store, first, allocated=True)
    shipping.pack(drive_store, actor, first, mine[0].code)
    with pytest.raises(TransitionRefused, match="another"):
        shipping.pack(drive_store, actor, second, mine[1].code)
    assert shipments.get_shipment(drive_store, first).item_sets == 1


@pytest.mark.slow
def test_the_100x_drive_is_planned_from_its_stock(store, actor):
    drive.load_drive(store, actor, scale=100)
    assert pass_all(store) == 189_600
    proposal = planning.propose(store)
    assert proposal.item_sets == 1672 and not any(line.shortfall for line in proposal.lines)
    loads = proposal.loads()
    assert max(loads.values()) - min(loads.values()) < 200, loads
    done = planning.confirm(store, actor, proposal)
    assert done.item_sets == 1672
    assert planning.propose(store).item_sets == 0  # every need is now allocated
    with store.read() as session:
        statuses = Counter(session.scalars(select(ItemSet.status).join(ShipmentLine)))
    assert statuses == {ItemSetStatus.PASSED.value: 1672}
