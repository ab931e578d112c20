import itertools

import pytest

from bqw_desktop.domain.errors import InvalidValue, TransitionRefused
from bqw_desktop.domain.lifecycle import (
    ItemSetStatus as S,
    ShipmentStatus as H,
    check_item_set_move,
    check_packing_open,
    check_shipment_move,
    normalise_tracking_number,
)

ALLOWED = {
    (S.RECEIVED, S.PASSED), (S.RECEIVED, S.FAILED), (S.PASSED, S.PACKED), (S.PACKED, S.SHIPPED),
    (S.SHIPPED, S.DELIVERED),
    (S.PASSED, S.RECEIVED), (S.FAILED, S.RECEIVED), (S.PACKED, S.PASSED),  # undo, re-inspection, unpacking
}


@pytest.mark.parametrize("current,target", list(itertools.product(S, S)))
def test_item_set_moves(current, target):
    if (current, target) in ALLOWED:
        check_item_set_move("IS000001L", current, target)
    else:
        with pytest.raises(TransitionRefused):
            check_item_set_move("IS000001L", current, target)


def test_failed_item_set_cannot_be_packed_and_says_quarantine():
    with pytest.raises(TransitionRefused) as caught:
        check_item_set_move("IS000001L", S.FAILED, S.PACKED)
    assert "quarantine" in str(caught.value)
    assert "IS000001L" in str(caught.value)


def test_shipment_hand_over_needs_lines_and_tracking_number():
    with pytest.raises(TransitionRefused, match="empty"):
        check_shipment_move("SH00001P", H.OPEN, H.HANDED_OVER, lines=0, tracking_number="SF1234567890123")
    with pytest.raises(TransitionRefused, match="tracking number"):
        check_shipment_move("SH00001P", H.OPEN, H.HANDED_OVER, lines=3, tracking_number=None)
    check_shipment_move("SH00001P", H.OPEN, H.HANDED_OVER, lines=3, tracking_number="SF1234567890123")
    check_shipment_move("SH00001P", H.HANDED_OVER, H.DELIVERED, lines=3, tracking_number="SF1234567890123")
    for current, target in [(H.OPEN, H.DELIVERED), (H.DELIVERED, H.OPEN), (H.HANDED_OVER, H.OPEN)]:
        with pytest.raises(TransitionRefused):
            check_shipment_move("SH00001P", current, target, lines=3, tracking_number="X")


def test_packing_only_while_open():
    check_packing_open("SH00001P", H.OPEN)
    with pytest.raises(TransitionRefused):
        check_packing_open("SH00001P", H.HANDED_OVER)


def test_tracking_numbers():
    assert normalise_tracking_number(" sf1234567890123 ") == "SF1234567890123"
    for bad in ["SF 123456789", "运单号SF1234567890123", "1234567", "SF-1234567890", "Ａ" * 10]:
        with pytest.raises(InvalidValue):
            normalise_tracking_number(bad)
