"""All item-set labels are streamed from the store (issue 11): the codes up front, the labels as the
PDF is written, exactly those codes' labels; their prints are recorded in several INSERTs of one
transaction."""

from __future__ import annotations

from sqlalchemy import func, insert, select

from bqw_desktop.domain.identifiers import CodeKind, make_code
from bqw_desktop.queries import item_sets
from bqw_desktop.services import audit, labelling
from bqw_desktop.store.models import Event, ItemSet


def test_all_labels_are_the_codes_taken_up_front_in_code_order(drive_store):
    codes, labels = labelling.labels_for_all_item_sets(drive_store)
    assert len(codes) == 1896 and codes == sorted(codes)
    late = make_code(CodeKind.ITEM_SET, 99_999)  # registered after the codes were taken
    with drive_store.write() as session:
        row = session.execute(select(ItemSet.__table__).where(ItemSet.code == codes[0])).mappings().one()
        session.execute(insert(ItemSet.__table__).values({**row, "id": None, "code": late}))
    first = next(labels)
    assert first == labelling.item_set_label(item_sets.find_item_set(drive_store, codes[0]))
    assert [first.code, *(label.code for label in labels)] == codes  # the late one waits for the next print


def test_many_prints_are_recorded_in_parts_of_one_transaction(drive_store, actor, monkeypatch):
    monkeypatch.setattr(labelling, "_EVENTS_PER_INSERT", 700)
    codes, _ = labelling.labels_for_all_item_sets(drive_store)
    labelling.record_printed(drive_store, actor, codes)
    with drive_store.read() as session:
        recorded = session.scalars(select(Event.entity_code).where(Event.action == "label_printed")
                                   .order_by(Event.id)).all()
        assert session.scalar(select(func.count()).select_from(Event).where(Event.entity_kind == "label")) == 1896
    assert recorded == codes
    assert audit.verify(drive_store).broken is None  # the parts continue one chain
