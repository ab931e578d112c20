"""Issue 12: children and wishes collected, organisations and claimers recorded, wishes claimed and cancelled,
on a real store file, with the events each writes and the refusals the life cycle makes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bqw_desktop.domain.errors import AlreadyDone, InvalidCode, InvalidValue, NotFound, TransitionRefused
from bqw_desktop.domain.identifiers import CodeKind, make_code
from bqw_desktop.domain.roles import NotPermitted, Role
from bqw_desktop.domain.wishes import (AgeBand, ClaimerKind, Difficulty, Fulfilment, Gender, OrganisationKind,
                                      WishCategory, WishStatus)
from bqw_desktop.queries import wishes as read
from bqw_desktop.services import wishes
from bqw_desktop.services.context import Actor
from bqw_desktop.services.once import new_token
from bqw_desktop.store.models import Child, Claim, Wish
from tests.helpers.records import event_count, events

VOLUNTEER = Actor("小张", "心愿墙-1", Role.VOLUNTEER)
COORDINATOR = Actor("王协调", "仓库-协调", Role.COORDINATOR)


def _child(store, **measures):
    return wishes.register_child(store, VOLUNTEER, "D001", AgeBand.LATE_PRIMARY, Gender.FEMALE, Difficulty.LEFT_BEHIND,
                                 **measures)


def _wish(store, child="CH0000001B", text="我想要一个新书包", category=WishCategory.STUDY,
          fulfilment=Fulfilment.WAREHOUSE, size=None):
    return wishes.collect_wish(store, VOLUNTEER, child, text, category, fulfilment, size)


@pytest.fixture
def claimers(drive_store):
    wishes.add_organisation(drive_store, VOLUNTEER, "西湖区某社区党支部", OrganisationKind.PARTY_BRANCH)
    wishes.add_organisation(drive_store, VOLUNTEER, "爱心妈妈协会", OrganisationKind.CHARITY)
    wishes.add_claimer(drive_store, VOLUNTEER, "西湖区某社区党支部", "李党员", ClaimerKind.PARTY_MEMBER)
    wishes.add_claimer(drive_store, VOLUNTEER, "爱心妈妈协会", "陈阿姨", ClaimerKind.VOLUNTEER)
    wishes.add_claimer(drive_store, VOLUNTEER, "爱心妈妈协会", "李党员", ClaimerKind.VOLUNTEER)  # another person
    return drive_store


def test_a_child_is_a_code_with_the_destinations_district_and_no_name(drive_store):
    child = _child(drive_store, height_cm=135, shoe_size=33)
    assert (child.code, child.district, child.township, child.destination_code) == ("CH0000001B", "上城区", "丁兰街道", "D001")
    assert (child.age_band, child.gender, child.height_cm, child.shoe_size, child.difficulty) == (
        AgeBand.LATE_PRIMARY, Gender.FEMALE, 135, 33, Difficulty.LEFT_BEHIND)
    assert _child(drive_store, township="九堡街道").code.startswith("CH0000002")
    assert events(drive_store, "CH0000001B") == [("child_registered", None, None, "小张", "心愿墙-1", "D001")]
    for bad in ({"height_cm": 30}, {"shoe_size": 60}, {"township": "11010519491231002X"}):
        with pytest.raises(InvalidValue):
            _child(drive_store, **bad)
    with pytest.raises(NotFound):
        wishes.register_child(drive_store, VOLUNTEER, "D999", AgeBand.PRESCHOOL, Gender.MALE, Difficulty.ORPHAN)


def test_one_click_registers_one_child_and_collects_one_wish(drive_store):
    token = new_token()
    first = wishes.register_child(drive_store, VOLUNTEER, "D001", AgeBand.PRESCHOOL, Gender.MALE, Difficulty.ORPHAN,
                                  token=token)
    with pytest.raises(AlreadyDone) as again:
        wishes.register_child(drive_store, VOLUNTEER, "D001", AgeBand.PRESCHOOL, Gender.MALE, Difficulty.ORPHAN,
                              token=token)
    assert again.value.result == first
    token = new_token()
    wish = wishes.collect_wish(drive_store, VOLUNTEER, first.code, "一双运动鞋", WishCategory.SPORTS,
                               Fulfilment.BOUGHT, "33码", token=token)
    with pytest.raises(AlreadyDone) as again:
        wishes.collect_wish(drive_store, VOLUNTEER, first.code, "一双运动鞋", WishCategory.SPORTS,
                            Fulfilment.BOUGHT, "33码", token=token)
    assert again.value.result == wish
    with drive_store.read() as session:
        assert len(session.scalars(select(Child)).all()) == 1 and len(session.scalars(select(Wish)).all()) == 1


def test_a_wish_is_collected_in_the_childs_words(drive_store):
    _child(drive_store)
    wish = _wish(drive_store, text="  我想要一件 \n 冬天的棉衣 ", category=WishCategory.CLOTHING, size="140cm")
    assert (wish.code, wish.child_code, wish.district, wish.text, wish.size, wish.status) == (
        "WS0000001G", "CH0000001B", "上城区", "我想要一件 冬天的棉衣", "140cm", WishStatus.COLLECTED)
    assert (wish.claimer, wish.claimed_at, wish.collected_at.tzinfo) == (None, None, UTC)
    assert read.find_wish(drive_store, "ws0000001g") == wish
    assert events(drive_store, "WS0000001G") == [("wish_collected", None, "collected", "小张", "心愿墙-1", "CH0000001B")]
    for text, size in (("我的身份证号 110105 19491231 002X", None), ("🎒", None), ("", None), ("书包", "x" * 41),
                       ("棉衣", "11010519491231002X")):
        with pytest.raises(InvalidValue):
            _wish(drive_store, text=text, size=size)
    with pytest.raises(InvalidCode):
        _wish(drive_store, child="WS0000001G")  # a wish's code, not a child's
    with pytest.raises(NotFound):
        _wish(drive_store, child=make_code(CodeKind.CHILD, 99))


def test_a_claim_and_a_second_one_refused_with_who_and_when(claimers):
    _child(claimers)
    code = _wish(claimers).code
    claimed = wishes.claim(claimers, VOLUNTEER, code, "陈阿姨")
    assert (claimed.status, claimed.claimer, claimed.organisation) == (WishStatus.CLAIMED, "陈阿姨", "爱心妈妈协会")
    assert claimed.claimed_at is not None
    before = event_count(claimers)
    with pytest.raises(TransitionRefused) as refused:
        wishes.claim(claimers, VOLUNTEER, code, "李党员", "西湖区某社区党支部")
    when = claimed.claimed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert str(refused.value) == f"Wish {code} was already claimed by 陈阿姨 (爱心妈妈协会) on {when}."
    assert event_count(claimers) == before
    assert events(claimers, code)[-1] == ("wish_claimed", "collected", "claimed", "小张", "心愿墙-1", "陈阿姨 (爱心妈妈协会)")
    with claimers.read() as session:
        assert len(session.scalars(select(Claim)).all()) == 1


def test_a_claimer_is_found_by_name_and_organisation(claimers):
    _child(claimers)
    first, second = _wish(claimers).code, _wish(claimers, text="一盒彩笔").code
    with pytest.raises(InvalidValue, match="name the organisation"):
        wishes.claim(claimers, VOLUNTEER, first, "李党员")
    with pytest.raises(NotFound):
        wishes.claim(claimers, VOLUNTEER, first, "王五")
    with pytest.raises(NotFound):
        wishes.claim(claimers, VOLUNTEER, first, "李党员", "没有的组织")
    assert wishes.claim(claimers, VOLUNTEER, first, "李党员", "西湖区某社区党支部").organisation == "西湖区某社区党支部"
    assert wishes.claim(claimers, VOLUNTEER, second, " 李党员 ", "爱心妈妈协会").organisation == "爱心妈妈协会"
    assert [row.claimers for row in read.organisations(claimers)] == [2, 1]
    assert [(c.name, c.organisation) for c in read.claimers(claimers, "爱心妈妈协会")] == [("李党员", "爱心妈妈协会"),
                                                                                      ("陈阿姨", "爱心妈妈协会")]


def test_organisations_and_claimers_are_not_recorded_twice(claimers):
    with pytest.raises(InvalidValue):
        wishes.add_organisation(claimers, VOLUNTEER, " 爱心妈妈协会 ", OrganisationKind.CHARITY)
    with pytest.raises(InvalidValue):
        wishes.add_claimer(claimers, VOLUNTEER, "爱心妈妈协会", "陈阿姨", ClaimerKind.VOLUNTEER)
    with pytest.raises(NotFound):
        wishes.add_claimer(claimers, VOLUNTEER, "没有的组织", "赵六", ClaimerKind.VOLUNTEER)
    long_name = "中共杭州市西湖区转塘街道某某社区股份经济合作社委员会第一党支部暨某某爱心志愿服务队"
    assert len(long_name) > 40
    assert wishes.add_organisation(claimers, VOLUNTEER, long_name, OrganisationKind.PARTY_BRANCH).name == long_name


def test_cancel_and_unfulfillable_need_a_reason_and_a_coordinator(claimers):
    _child(claimers)
    first, second = _wish(claimers).code, _wish(claimers, text="去一次科技馆", fulfilment=Fulfilment.SERVICE).code
    with pytest.raises(NotPermitted):
        wishes.cancel(claimers, VOLUNTEER, first, "儿童撤回")
    with pytest.raises(InvalidValue):
        wishes.cancel(claimers, COORDINATOR, first, "  ")
    cancelled = wishes.cancel(claimers, COORDINATOR, first, " 儿童撤回了心愿 ")
    assert (cancelled.status, cancelled.reason) == (WishStatus.CANCELLED, "儿童撤回了心愿")
    with pytest.raises(TransitionRefused, match="closed"):
        wishes.claim(claimers, VOLUNTEER, first, "陈阿姨")
    wishes.claim(claimers, VOLUNTEER, second, "陈阿姨")
    ended = wishes.mark_unfulfillable(claimers, COORDINATOR, second, "儿童已转学到外省")
    assert (ended.status, ended.claimer) == (WishStatus.UNFULFILLABLE, "陈阿姨")  # its claim stays on record
    assert events(claimers, second)[-1] == ("wish_unfulfillable", "claimed", "unfulfillable", "王协调", "仓库-协调",
                                            "儿童已转学到外省")
    with claimers.read() as session:
        moments = session.execute(select(Wish.ended_at, Wish.claimed_at).where(Wish.code == second)).one()
    assert all(isinstance(m, datetime) for m in moments) and moments[0] >= moments[1]


def test_a_packed_wish_cannot_be_cancelled(claimers):
    _child(claimers)
    code = _wish(claimers).code
    wishes.claim(claimers, VOLUNTEER, code, "陈阿姨")
    with claimers.write() as session:  # matching and packing are later slices of issue 12
        session.scalar(select(Wish).where(Wish.code == code)).status = WishStatus.PACKED.value
    with pytest.raises(TransitionRefused, match="Take them out of the package first"):
        wishes.cancel(claimers, COORDINATOR, code, "儿童撤回")


def test_counts_and_lists_by_status(claimers):
    _child(claimers)
    codes = [_wish(claimers, text=f"心愿{n}").code for n in range(4)]
    wishes.claim(claimers, VOLUNTEER, codes[0], "陈阿姨")
    wishes.claim(claimers, VOLUNTEER, codes[1], "陈阿姨")
    wishes.cancel(claimers, COORDINATOR, codes[2], "重复登记")
    counts = read.counts_by_status(claimers)
    assert list(counts) == list(WishStatus)
    assert (counts[WishStatus.COLLECTED], counts[WishStatus.CLAIMED], counts[WishStatus.CANCELLED],
            counts[WishStatus.FULFILLED]) == (1, 2, 1, 0)
    assert [w.code for w in read.wishes(claimers, WishStatus.CLAIMED)] == codes[:2]
    assert len(read.wishes(claimers)) == 4 and len(read.wishes(claimers, limit=3)) == 3


def test_the_store_itself_keeps_a_wish_to_one_open_claim(claimers):
    _child(claimers)
    code = _wish(claimers).code
    wishes.claim(claimers, VOLUNTEER, code, "陈阿姨")
    with pytest.raises(IntegrityError), claimers.write() as session:  # a service that forgot to look first
        first = session.scalar(select(Claim))
        session.add(Claim(wish_id=first.wish_id, claimer_id=first.claimer_id, claimed_at=first.claimed_at,
                          actor="脚本", station="TEST-1"))
        session.flush()
    with claimers.write() as session:  # a withdrawn claim leaves room for the next
        first = session.scalar(select(Claim))
        first.withdrawn_at = first.claimed_at
        session.add(Claim(wish_id=first.wish_id, claimer_id=first.claimer_id, claimed_at=first.claimed_at,
                          actor="脚本", station="TEST-1"))
