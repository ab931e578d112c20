"""One click, one thing (case C14) in the services: a create carrying a token that was used before
creates nothing and says so, whether the repeat comes from the same station or from another process."""

from __future__ import annotations

import multiprocessing
from datetime import date

import pytest
from sqlalchemy import func, select

from bqw_desktop.domain.catalogue import Category
from bqw_desktop.domain.errors import AlreadyDone, InvalidValue
from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import once, receiving, shipping
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.services.receiving import ItemSetEntry
from bqw_desktop.store.database import Store
from bqw_desktop.store.models import Event, IdempotencyKey, InboundCarton, ItemSet, Package, Receipt, Shipment


def count(store, model):
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def twice(call):
    """Run ``call`` twice; the second must be refused as already done. Returns (first result, the error)."""
    first = call()
    with pytest.raises(AlreadyDone, match="Already done") as second:
        call()
    return first, second.value


def test_a_shipment_and_a_package_are_created_once_per_token(drive_store, actor):
    token = once.new_token()
    before = count(drive_store, Event)
    first, done = twice(lambda: shipping.create_shipment(drive_store, actor, "D001", "LP1", token=token))
    assert count(drive_store, Shipment) == 1 and count(drive_store, Event) == before + 1
    assert done.result == first and first.code in str(done) and actor.station in str(done)

    package_token = once.new_token()
    package, done = twice(lambda: shipping.add_package(drive_store, actor, first.code, token=package_token))
    assert count(drive_store, Package) == 1 and done.result == package
    # a new token is a new request
    assert shipping.create_shipment(drive_store, actor, "D001", "LP1", token=once.new_token()).code != first.code
    assert count(drive_store, Shipment) == 2


def test_a_carton_item_sets_and_a_receipt_are_created_once_per_token(store, actor):
    receiving.create_donor(store, actor, "杭州市某某爱心企业", DonorKind.ENTERPRISE)
    receipt_token = once.new_token()
    receipt, done = twice(lambda: receiving.create_receipt(store, actor, "杭州市某某爱心企业", date(2021, 6, 8),
                                                          token=receipt_token))
    assert count(store, Receipt) == 1 and done.result == receipt

    carton_token = once.new_token()
    carton, done = twice(lambda: receiving.open_carton(store, actor, receipt.id, token=carton_token))
    assert count(store, InboundCarton) == 1 and carton.created
    assert done.result.code == carton.code and not done.result.created

    entry = ItemSetEntry(Category.CLOTHING, "儿童羽绒服", 1, "130")
    entry_token = once.new_token()
    codes, done = twice(lambda: receiving.register_item_sets(store, actor, carton.code, entry, 3, token=entry_token))
    assert count(store, ItemSet) == 3 and done.result == codes
    assert f"{codes[0]}–{codes[-1]} (3)" in str(done)


def test_a_donor_and_a_check_are_added_once_per_token(store, actor):
    from bqw_desktop.domain.errors import InvalidValue as Invalid
    from bqw_desktop.services import inspection
    from bqw_desktop.store.models import ChecklistItem, Donor

    token = once.new_token()
    donor, done = twice(lambda: receiving.create_donor(store, actor, "西湖区 第三党支部", DonorKind.PARTY_BRANCH,
                                                      token=token))
    assert count(store, Donor) == 1 and done.result == donor and "西湖区 第三党支部" in str(done)
    with pytest.raises(Invalid, match="exists already"):  # another request for the same name
        receiving.create_donor(store, actor, "西湖区 第三党支部", DonorKind.CHARITY, token=once.new_token())
    checks = count(store, ChecklistItem)
    token = once.new_token()
    check, done = twice(lambda: inspection.add_checklist_item(store, actor, Category.DAILY, "毛巾无线头", "通用状况检查",
                                                             token=token))
    assert count(store, ChecklistItem) == checks + 1 and done.result == check


def test_a_reopened_carton_does_not_use_the_token_up(store, actor):
    receiving.create_donor(store, actor, "杭州市某某爱心企业", DonorKind.ENTERPRISE)
    receipt = receiving.create_receipt(store, actor, "杭州市某某爱心企业", date(2021, 6, 8))
    existing = receiving.open_carton(store, actor, receipt.id)
    token = once.new_token()
    assert not receiving.open_carton(store, actor, receipt.id, existing.code, token=token).created
    assert receiving.open_carton(store, actor, receipt.id, token=token).created  # the token was still free
    assert count(store, IdempotencyKey) == 1


def test_a_refused_create_leaves_the_token_free_and_a_bad_token_is_refused(drive_store, actor):
    from bqw_desktop.domain.errors import TransitionRefused

    token = once.new_token()
    with pytest.raises(TransitionRefused):
        shipping.create_shipment(drive_store, actor, "D001", "LP3", token=token)  # LP3 does not serve D001
    assert shipping.create_shipment(drive_store, actor, "D001", "LP1", token=token).code
    with pytest.raises(InvalidValue):
        shipping.create_shipment(drive_store, actor, "D001", "LP1", token="x")
    assert count(drive_store, Shipment) == 1


def _create_in_another_process(url: str, token: str, station: str, start, results) -> None:
    store = Store(url)
    start.wait()
    try:
        results.put(("created", shipping.create_shipment(store, Actor("志愿者", station, Role.ADMINISTRATOR), "D001", "LP1",
                                                          token=token).code))
    except AlreadyDone as done:
        results.put(("already", done.result.code))
    finally:
        store.dispose()


def test_the_same_request_from_two_stations_at_once_creates_one_shipment(drive_store):
    spawn = multiprocessing.get_context("spawn")
    token, start, results = once.new_token(), spawn.Barrier(2), spawn.Queue()
    url = drive_store.url.render_as_string(hide_password=False)
    processes = [spawn.Process(target=_create_in_another_process, args=(url, token, station, start, results))
                 for station in ("STATION-A", "STATION-B")]
    for process in processes:
        process.start()
    answers = sorted(results.get(timeout=60) for _ in processes)
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert [kind for kind, _ in answers] == ["already", "created"]  # the second is told it was done
    assert answers[0][1] == answers[1][1]
    assert count(drive_store, Shipment) == 1
