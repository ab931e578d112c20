"""Issue 12: a matched wish follows its item set (packed, handed to the courier, delivered), then reaches the
child and closes with the child's feedback; every move is checked and audited, on a real store file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bqw_desktop.domain.errors import InvalidValue, TransitionRefused
from bqw_desktop.domain.lifecycle import ItemSetStatus
from bqw_desktop.domain.roles import NotPermitted, Role
from bqw_desktop.domain.wishes import Fulfilment, Receiver, WishCategory, WishStatus
from bqw_desktop.queries import item_sets
from bqw_desktop.queries import wishes as read
from bqw_desktop.services import shipping, wishes
from bqw_desktop.services.context import Actor
from bqw_desktop.store.models import Wish
from tests.helpers.records import event_count, events
from tests.helpers.shipments import packed_shipment
from tests.helpers.wishes import claimed_wish, set_match

COORDINATOR = Actor("王协调", "仓库-协调", Role.COORDINATOR)
VOLUNTEER = Actor("小张", "学校-1", Role.VOLUNTEER)


def _moments(store, code):
    with store.read() as session:
        wish = session.query(Wish).filter_by(code=code).one()
        return {name: getattr(wish, name) is not None
                for name in ("claimed_at", "matched_at", "packed_at", "shipped_at", "delivered_at", "handed_over_at")}


def test_a_matched_wish_follows_its_item_set_to_the_child(drive_store):
    wish = claimed_wish(drive_store, COORDINATOR, "D018").code
    set_match(drive_store, wish, "IS000001L")
    shipment = packed_shipment(drive_store, COORDINATOR, "D018", "LP2", ("IS000001L",))
    assert read.find_wish(drive_store, wish).status is WishStatus.PACKED

    shipping.unpack(drive_store, COORDINATOR, shipment.code, "IS000001L")
    assert read.find_wish(drive_store, wish).status is WishStatus.MATCHED
    assert _moments(drive_store, wish)["packed_at"] is False  # a move back clears its moment, keeps the claim's
    shipping.pack(drive_store, COORDINATOR, shipment.code, "IS000001L")
    shipping.close_packing(drive_store, COORDINATOR, shipment.code)
    shipping.set_tracking_number(drive_store, COORDINATOR, shipment.code, "SF1000000000001")
    shipping.hand_over(drive_store, COORDINATOR, shipment.code)
    assert read.find_wish(drive_store, wish).status is WishStatus.SHIPPED
    shipping.revert(drive_store, COORDINATOR, shipment.code, "快递员未取走")
    assert read.find_wish(drive_store, wish).status is WishStatus.PACKED
    shipping.hand_over(drive_store, COORDINATOR, shipment.code)
    shipping.deliver(drive_store, COORDINATOR, shipment.code)
    assert read.find_wish(drive_store, wish).status is WishStatus.DELIVERED
    assert item_sets.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.DELIVERED

    handed = wishes.hand_over(drive_store, VOLUNTEER, wish, Receiver.GUARDIAN)
    assert handed.status is WishStatus.HANDED_OVER
    done = wishes.record_feedback(drive_store, VOLUNTEER, wish, True, "  很喜欢，  谢谢叔叔阿姨 ")
    assert done.status is WishStatus.FULFILLED
    with drive_store.read() as session:
        row = session.query(Wish).filter_by(code=wish).one()
        assert (row.handed_over_to, row.satisfied, row.feedback) == ("guardian", True, "很喜欢， 谢谢叔叔阿姨")
    assert [(action, before, after) for action, before, after, *_ in events(drive_store, wish)] == [
        ("wish_collected", None, "collected"), ("wish_claimed", "collected", "claimed"),
        ("wish_packed", "matched", "packed"), ("wish_unpacked", "packed", "matched"),
        ("wish_packed", "matched", "packed"), ("wish_shipped", "packed", "shipped"),
        ("wish_revert", "shipped", "packed"), ("wish_shipped", "packed", "shipped"),
        ("wish_delivered", "shipped", "delivered"), ("wish_handed_over", "delivered", "handed_over"),
        ("wish_fulfilled", "handed_over", "fulfilled"),
    ]


def test_an_item_set_matched_to_a_wish_is_never_packed_for_another_destination(drive_store):
    wish = claimed_wish(drive_store, COORDINATOR, "D001").code
    set_match(drive_store, wish, "IS000001L")
    before = event_count(drive_store)
    shipment = shipping.create_shipment(drive_store, COORDINATOR, "D018", "LP2")
    from bqw_desktop.services import inspection
    inspection.inspect(drive_store, COORDINATOR, "IS000001L", True)
    before = event_count(drive_store)
    with pytest.raises(TransitionRefused, match="WS0000001"):
        shipping.pack(drive_store, COORDINATOR, shipment.code, "IS000001L")
    assert event_count(drive_store) == before
    assert item_sets.find_item_set(drive_store, "IS000001L").status is ItemSetStatus.PASSED
    assert read.find_wish(drive_store, wish).status is WishStatus.MATCHED


def test_a_hand_over_needs_the_goods_at_the_destination_and_a_real_day(drive_store):
    wish = claimed_wish(drive_store, COORDINATOR, "D018").code
    with pytest.raises(TransitionRefused, match="matched|cannot become"):
        wishes.hand_over(drive_store, VOLUNTEER, wish, Receiver.CHILD)
    with pytest.raises(TransitionRefused):
        wishes.record_feedback(drive_store, VOLUNTEER, wish, True)
    bought = claimed_wish(drive_store, COORDINATOR, "D018", WishCategory.STUDY, Fulfilment.BOUGHT, None,
                          "一套水彩笔").code
    with pytest.raises(InvalidValue, match="future"):
        wishes.hand_over(drive_store, VOLUNTEER, bought, Receiver.TEACHER, date.today() + timedelta(days=1))
    with pytest.raises(InvalidValue, match="cannot have been"):
        wishes.hand_over(drive_store, VOLUNTEER, bought, Receiver.TEACHER, date.today() - timedelta(days=3))
    with pytest.raises(NotPermitted):
        wishes.hand_over(drive_store, Actor("审计", "x", Role.AUDITOR), bought, Receiver.TEACHER)
    assert wishes.hand_over(drive_store, VOLUNTEER, bought, Receiver.TEACHER).status is WishStatus.HANDED_OVER
    assert wishes.record_feedback(drive_store, VOLUNTEER, bought, None).status is WishStatus.FULFILLED


def test_a_cancelled_wish_lets_its_item_set_go(drive_store):
    wish = claimed_wish(drive_store, COORDINATOR, "D018").code
    set_match(drive_store, wish, "IS000001L")
    wishes.cancel(drive_store, COORDINATOR, wish, "孩子已随父母进城")
    packed_shipment(drive_store, COORDINATOR, "D016", "LP2", ("IS000001L",))  # free for anyone now
    assert read.find_wish(drive_store, wish).status is WishStatus.CANCELLED
