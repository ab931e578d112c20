"""Donors, receipts, manifest import (all-or-nothing), receiving, reconciliation — on a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from bqw_desktop.domain.catalogue import Category
from bqw_desktop.domain.errors import InvalidCode, InvalidValue
from bqw_desktop.domain.receiving import Condition, DiscrepancyKind, DonorKind
from bqw_desktop.services import manifests, receiving
from bqw_desktop.queries import item_sets
from bqw_desktop.services.receiving import ItemSetEntry
from bqw_desktop.store.models import Event, ItemSet, ManifestItem


def count(store, model):
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def receipt(store, actor):
    receiving.create_donor(store, actor, "杭州市某某爱心企业", DonorKind.ENTERPRISE, "王经理", "13800000000", "杭州市上城区")
    return receiving.create_receipt(store, actor, "杭州市某某爱心企业", date(2021, 6, 8))


def test_donors_are_found_by_name_or_pinyin_initials(store, actor):
    receiving.create_donor(store, actor, "杭州市某某爱心企业", DonorKind.ENTERPRISE)
    receiving.create_donor(store, actor, "西湖区第三党支部", DonorKind.PARTY_BRANCH)
    receiving.create_donor(store, actor, "100%_公益", DonorKind.CHARITY)
    assert [d.name for d in receiving.find_donors(store, "hzs")] == ["杭州市某某爱心企业"]
    assert [d.name for d in receiving.find_donors(store, "党支部")] == ["西湖区第三党支部"]
    assert [d.name for d in receiving.find_donors(store, "%_")] == ["100%_公益"]  # LIKE wildcards escaped
    assert receiving.find_donors(store, "xhq")[0].kind is DonorKind.PARTY_BRANCH
    with pytest.raises(InvalidValue):
        receiving.create_donor(store, actor, "西湖区第三党支部", DonorKind.CHARITY)


def test_receive_new_cartons_and_register_item_sets_with_next_serials(drive_store, actor):
    receiving.create_donor(drive_store, actor, "新捐赠方", DonorKind.INDIVIDUAL)
    receipt = receiving.create_receipt(drive_store, actor, "新捐赠方", date(2021, 7, 1))
    carton = receiving.open_carton(drive_store, actor, receipt.id)
    assert carton.created and carton.code == "CT00029" + carton.code[-1]  # the drive has 28 cartons
    codes = receiving.register_item_sets(
        drive_store, actor, carton.code,
        ItemSetEntry(Category.CLOTHING, "儿童T恤", 2, "130cm", Condition.USED, "690123456789"), count=3)
    assert [c[:8] for c in codes] == ["IS001897", "IS001898", "IS001899"]
    view = item_sets.find_item_set(drive_store, codes[0])
    assert (view.carton_code, view.donor, view.size, view.pieces) == (carton.code, "新捐赠方", "130cm", 2)
    with drive_store.read() as session:
        assert session.scalar(select(ItemSet.gtin).where(ItemSet.code == codes[0])) == "6901234567892"
        assert session.scalar(select(ItemSet.condition).where(ItemSet.code == codes[0])) == "used"
    # a GTIN seen before pre-fills the description
    assert receiving.description_for_gtin(drive_store, "6901234567892") == (Category.CLOTHING, "儿童T恤", 2)
    assert receiving.description_for_gtin(drive_store, "6901234567885") is None
    assert receiving.get_receipt(drive_store, receipt.id).item_sets == 3


def test_c01_a_wrong_gtin_stores_nothing(receipt, store, actor):
    carton = receiving.open_carton(store, actor, receipt.id)
    events = count(store, Event)
    with pytest.raises(InvalidCode, match="should be 2"):
        receiving.register_item_sets(store, actor, carton.code, ItemSetEntry(Category.STUDY, "文具", gtin="6901234567890"))
    assert count(store, ItemSet) == 0 and count(store, Event) == events
    codes = receiving.register_item_sets(store, actor, carton.code,
                                         ItemSetEntry(Category.STUDY, "文具", gtin="6901234567892"))
    with store.read() as session:
        assert session.scalar(select(ItemSet.gtin).where(ItemSet.code == codes[0])) == "6901234567892"


def test_a_scanned_carton_of_another_arrival_is_refused(drive_store, actor):
    receiving.create_donor(drive_store, actor, "某公司", DonorKind.ENTERPRISE)
    receipt = receiving.create_receipt(drive_store, actor, "某公司", date(2021, 7, 1))
    old = item_sets.list_cartons(drive_store)[0].code
    with pytest.raises(InvalidValue, match="another arrival"):
        receiving.open_carton(drive_store, actor, receipt.id, old)
    preprinted = "CT00100" + __import__("stdnum.iso7064.mod_37_2", fromlist=["x"]).calc_check_digit("CT00100")
    created = receiving.open_carton(drive_store, actor, receipt.id, preprinted)
    assert created.created and created.code == preprinted
    again = receiving.open_carton(drive_store, actor, receipt.id, preprinted)
    assert not again.created


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_import_is_all_or_nothing_and_lists_every_bad_row(receipt, store, actor, tmp_path):
    bad = write(tmp_path, "bad.csv", "箱号,类别,品名,数量\r\n1,服装,外套,2\r\n2,服装,外套,1.5E+3\r\n3,玩具,积木,1\r\n"
                .encode("gbk"))
    with pytest.raises(manifests.ManifestRefused) as refused:
        manifests.import_manifest(store, actor, receipt.id, bad)
    assert [e.row for e in refused.value.preview.errors] == [3, 4]
    assert count(store, ManifestItem) == 0
    good = write(tmp_path, "good.csv", b"\xef\xbb\xbf" + "箱号,类别,品名,数量\r\n1,服装,外套,2\r\n2,体育用品,篮球,3\r\n".encode())
    result = manifests.import_manifest(store, actor, receipt.id, good)
    assert (result.lines, result.item_sets) == (2, 5)
    assert [(l.carton, l.category, l.quantity) for l in manifests.manifest_lines(store, receipt.id)] == [
        ("1", Category.CLOTHING, 2), ("2", Category.SPORTS, 3)]
    assert receiving.get_receipt(store, receipt.id).expected == 5


def test_reconciliation_per_carton_and_receipt_and_resolution_is_audited(receipt, store, actor, tmp_path):
    manifests.type_manifest(store, actor, receipt.id, [["箱号", "类别", "品名", "数量"], ["1", "服装", "外套", "3"],
                                                       ["2", "体育用品", "篮球", "2"]])
    first = receiving.open_carton(store, actor, receipt.id, donor_ref="1")
    second = receiving.open_carton(store, actor, receipt.id)
    receiving.set_donor_ref(store, actor, second.code, "2")
    receiving.register_item_sets(store, actor, first.code, ItemSetEntry(Category.CLOTHING, "外套"), 2)
    receiving.register_item_sets(store, actor, second.code, ItemSetEntry(Category.SPORTS, "篮球"), 2)
    receiving.register_item_sets(store, actor, second.code, ItemSetEntry(Category.STUDY, "铅笔"), 1)
    found = [(d.discrepancy.carton, d.discrepancy.category, d.discrepancy.kind, d.discrepancy.expected,
              d.discrepancy.received) for d in receiving.discrepancies(store, receipt.id)]
    assert found == [
        ("1", Category.CLOTHING, DiscrepancyKind.SHORT, 3, 2),
        ("2", Category.STUDY, DiscrepancyKind.CATEGORY, 0, 1),
        ("", Category.CLOTHING, DiscrepancyKind.SHORT, 3, 2),
        ("", Category.STUDY, DiscrepancyKind.CATEGORY, 0, 1),
    ]
    key = receiving.discrepancies(store, receipt.id)[0].discrepancy.key
    with pytest.raises(InvalidValue):
        receiving.resolve_discrepancy(store, actor, receipt.id, key, "  ")
    receiving.resolve_discrepancy(store, actor, receipt.id, key, "捐赠方确认少发 1 套")
    resolved = receiving.discrepancies(store, receipt.id)[0]
    assert resolved.resolution == "捐赠方确认少发 1 套" and resolved.resolved_by == actor.operator
    with pytest.raises(InvalidValue, match="already"):
        receiving.resolve_discrepancy(store, actor, receipt.id, key, "again")
    with store.read() as session:
        assert session.scalar(select(Event.detail).where(Event.action == "resolve_discrepancy")).endswith("少发 1 套")
    assert receiving.counts_by_category(store, receipt.id) == {
        Category.CLOTHING: (2, 2), Category.SPORTS: (2, 2), Category.STUDY: (1, 1)}


def test_migration_0003_on_a_store_with_data(tmp_path, actor):
    from alembic import command

    from bqw_desktop.services import drive
    from bqw_desktop.store.database import Store, open_store

    path = tmp_path / "old.sqlite3"
    old = Store(f"sqlite:///{path}")
    command.upgrade(old._alembic_config(), "0002")
    with old.write() as session:
        session.execute(__import__("sqlalchemy").text(
            "INSERT INTO donor (name, kind) VALUES ('杭州市某某爱心企业', 'enterprise')"))
        session.execute(__import__("sqlalchemy").text(
            "INSERT INTO inbound_carton (code, donor_id, received_at) VALUES ('CT00001X', 1, '2021-06-08 01:00:00')"))
        session.execute(__import__("sqlalchemy").text(
            "INSERT INTO item_set (code, carton_id, donor_id, category, description, pieces, status) "
            "VALUES ('IS000001L', 1, 1, 'clothing', '外套', 1, 'received')"))
    old.dispose()
    new = open_store(f"sqlite:///{path}")
    assert new.current_revision() == new.head_revision()
    assert [d.initials for d in receiving.find_donors(new, "hzs")] == ["hzsmmaxqy"]
    assert item_sets.find_item_set(new, "IS000001L").description == "外套"
    new.dispose()
    del drive


def test_c12_a_upc_a_typed_and_the_same_upc_a_scanned_are_one_product(receipt, store, actor):
    from bqw_desktop.domain.receiving import scanned_gtin
    from bqw_desktop.domain.scanning import ScanKind, classify

    carton = receiving.open_carton(store, actor, receipt.id)
    scan = classify("012345678905")  # what the scanner reads from the wrapper
    assert scan.kind is ScanKind.GTIN
    typed = receiving.register_item_sets(store, actor, carton.code, ItemSetEntry(Category.STUDY, "彩笔", gtin="012345678905"))
    scanned = receiving.register_item_sets(store, actor, carton.code,
                                           ItemSetEntry(Category.STUDY, "彩笔", gtin=scanned_gtin(scan.text)))
    with store.read() as session:
        stored = dict(session.execute(select(ItemSet.code, ItemSet.gtin).where(ItemSet.code.in_(typed + scanned))).all())
    assert stored == {typed[0]: "0012345678905", scanned[0]: "0012345678905"}
    assert receiving.description_for_gtin(store, scanned_gtin(scan.text)) == (Category.STUDY, "彩笔", 1)
