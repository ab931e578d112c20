"""Issue 12: the wish's life cycle, checked for every (way of fulfilment, state, target), and its values."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bqw_desktop.domain.errors import InvalidValue, TransitionRefused
from bqw_desktop.domain.wishes import (
    FINAL,
    WISH_STATUS_LABELS,
    WISH_STATUS_TIMES,
    Fulfilment,
    WishStatus,
    check_measures,
    check_wish_move,
    clean_reason,
    clean_wish_text,
    refuse_second_claim,
)

S = WishStatus
#: the allowed moves, written out by hand from the issue (not derived from the module's tables)
SHARED = {(S.COLLECTED, S.CLAIMED), (S.CLAIMED, S.COLLECTED)} | {
    (state, end) for state in (S.COLLECTED, S.CLAIMED, S.MATCHED) for end in (S.CANCELLED, S.UNFULFILLABLE)}
ALLOWED = {
    Fulfilment.WAREHOUSE: SHARED | {
        (S.CLAIMED, S.MATCHED), (S.MATCHED, S.PACKED), (S.PACKED, S.SHIPPED), (S.SHIPPED, S.DELIVERED),
        (S.DELIVERED, S.HANDED_OVER), (S.HANDED_OVER, S.FULFILLED),
        (S.MATCHED, S.CLAIMED), (S.PACKED, S.MATCHED), (S.SHIPPED, S.CLAIMED), (S.SHIPPED, S.PACKED),
    },
    Fulfilment.BOUGHT: SHARED | {
        (S.CLAIMED, S.DELIVERED), (S.CLAIMED, S.HANDED_OVER), (S.DELIVERED, S.HANDED_OVER),
        (S.HANDED_OVER, S.FULFILLED),
        # the moves back exist whatever the way: a bought wish never reaches matched, packed or shipped
        (S.MATCHED, S.CLAIMED), (S.PACKED, S.MATCHED), (S.SHIPPED, S.CLAIMED), (S.SHIPPED, S.PACKED),
    },
    Fulfilment.SERVICE: SHARED | {
        (S.CLAIMED, S.FULFILLED),
        (S.MATCHED, S.CLAIMED), (S.PACKED, S.MATCHED), (S.SHIPPED, S.CLAIMED), (S.SHIPPED, S.PACKED),
    },
}


@pytest.mark.parametrize("fulfilment", list(Fulfilment), ids=lambda f: f.value)
def test_every_state_and_target(fulfilment):
    for current in WishStatus:
        for target in WishStatus:
            if (current, target) in ALLOWED[fulfilment]:
                check_wish_move("WS0000001G", fulfilment, current, target)
                continue
            with pytest.raises(TransitionRefused) as refused:
                check_wish_move("WS0000001G", fulfilment, current, target)
            message = str(refused.value)
            assert "WS0000001G" in message, (current, target)
            if current in FINAL:
                assert "closed" in message
            elif current is S.COLLECTED:
                assert "has not been claimed yet" in message


def test_the_messages_say_why():
    def refusal(fulfilment, current, target):
        with pytest.raises(TransitionRefused) as refused:
            check_wish_move("WS0000001G", fulfilment, current, target)
        return str(refused.value)

    assert refusal(Fulfilment.WAREHOUSE, S.PACKED, S.CANCELLED) == (
        "Wish WS0000001G is “packed”: its goods are on their way. Take them out of the package first.")
    assert refusal(Fulfilment.SERVICE, S.CLAIMED, S.MATCHED) == (
        "Wish WS0000001G is fulfilled by a service or visit: it is never “matched”.")
    assert refusal(Fulfilment.BOUGHT, S.DELIVERED, S.CLAIMED) == "Wish WS0000001G is already claimed (“delivered to the destination”)."
    assert refusal(Fulfilment.WAREHOUSE, S.CLAIMED, S.SHIPPED) == "Wish WS0000001G is “claimed”: it cannot become “shipped”."
    assert refusal(Fulfilment.WAREHOUSE, S.FULFILLED, S.CLAIMED) == "Wish WS0000001G is “fulfilled”: it is closed and cannot change."


def test_every_state_has_a_label_and_a_moment():
    assert set(WISH_STATUS_LABELS) == set(WishStatus) == set(WISH_STATUS_TIMES)
    assert len(set(WISH_STATUS_TIMES.values())) == len(WishStatus) - 1  # both ends share ended_at


def test_a_second_claim_names_who_and_when():
    when = datetime(2021, 5, 4, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    with pytest.raises(TransitionRefused) as refused:
        refuse_second_claim("WS0000001G", "李党员", "西湖区某党支部", when)
    assert str(refused.value) == "Wish WS0000001G was already claimed by 李党员 (西湖区某党支部) on 2021-05-04 09:30."


def test_wish_text_and_reasons_are_cleaned_and_refused():
    assert clean_wish_text("  我想要一个 \n 新书包 ") == "我想要一个 新书包"
    for bad in ("", "   ", "x" * 201, "我想要🎒", "我的身份证 11010519491231002X"):
        with pytest.raises(InvalidValue):
            clean_wish_text(bad)
    assert clean_reason(" 儿童已转学 ") == "儿童已转学"
    for bad in (None, "", " ", "y" * 201, "11010519491231002X"):
        with pytest.raises(InvalidValue):
            clean_reason(bad)


def test_measures():
    check_measures(None, None)
    check_measures(50, 15)
    check_measures(200, 46)
    for height, shoe in ((49, None), (201, None), (None, 14), (None, 47)):
        with pytest.raises(InvalidValue):
            check_measures(height, shoe)
