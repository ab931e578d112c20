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
    (S.FAILED, S.RETURNED), (S.FAILED, S.DISPOSED),  # dispositions of a quarantined item set
}
#: allowed only as a coordinator's correction of a mistaken result, and then nothing else is
CORRECTIONS = {(S.PASSED, S.FAILED), (S.FAILED, S.PASSED)}


def test_the_statuses_are_the_stored_strings():
    assert [s.value for s in S] == [
        "received", "passed", "failed", "packed", "shipped", "delivered", "returned", "disposed"]


@pytest.mark.parametrize("current,target", list(itertools.product(S, S)))
def test_item_set_moves(current, target):
    if (current, target) in ALLOWED:
        check_item_set_move("IS000001L", current, target)
    else:
        with pytest.raises(TransitionRefused):
            check_item_set_move("IS000001L", current, target)


@pytest.mark.parametrize("current,target", list(itertools.product(S, S)))
def test_item_set_corrections(current, target):
    if (current, target) in CORRECTIONS:
        check_item_set_move("IS000001L", current, target, correction=True)
    else:
        with pytest.raises(TransitionRefused):
            check_item_set_move("IS000001L", current, target, correction=True)


def test_a_correction_needs_an_unpacked_inspected_item_set():
    with pytest.raises(TransitionRefused, match="not been inspected yet"):
        check_item_set_move("IS000001L", S.RECEIVED, S.PASSED, correction=True)
    with pytest.raises(TransitionRefused, match="can no longer be corrected"):
        check_item_set_move("IS000001L", S.PACKED, S.FAILED, correction=True)
    with pytest.raises(TransitionRefused, match="nothing to correct"):
        check_item_set_move("IS000001L", S.FAILED, S.FAILED, correction=True)


def test_a_second_inspection_never_overwrites_the_first():
    with pytest.raises(TransitionRefused, match="already been inspected"):
        check_item_set_move("IS000001L", S.FAILED, S.PASSED)
    with pytest.raises(TransitionRefused, match="already been inspected"):
        check_item_set_move("IS000001L", S.PASSED, S.FAILED)


@pytest.mark.parametrize("status", [S.RETURNED, S.DISPOSED])
def test_returned_or_disposed_item_sets_cannot_be_packed_or_reinspected(status):
    with pytest.raises(TransitionRefused, match="failed inspection") as caught:
        check_item_set_move("IS000001L", status, S.PACKED)
    assert "IS000001L" in str(caught.value)
    for target in (S.RECEIVED, S.PASSED, S.FAILED):
        with pytest.raises(TransitionRefused):
            check_item_set_move("IS000001L", status, target)


def test_only_a_failed_item_set_can_be_returned_or_disposed():
    with pytest.raises(TransitionRefused, match="not in quarantine"):
        check_item_set_move("IS000001L", S.PASSED, S.RETURNED)
    with pytest.raises(TransitionRefused, match="not in quarantine"):
        check_item_set_move("IS000001L", S.RECEIVED, S.DISPOSED)


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
