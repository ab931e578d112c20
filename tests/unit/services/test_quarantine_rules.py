"""The quarantine page's rules have one home in ``domain.lifecycle`` (issue 11): the page asks
``in_quarantine`` and ``correction_of``; the services settle and correct exactly what they allow."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from bqw_desktop.domain.catalogue import NonconformanceReason
from bqw_desktop.domain.errors import TransitionRefused
from bqw_desktop.domain.lifecycle import ItemSetStatus, correction_of, in_quarantine
from bqw_desktop.domain.roles import Role
from bqw_desktop.queries import item_sets
from bqw_desktop.services import inspection, quarantine
from bqw_desktop.services.context import Actor
from bqw_desktop.store.models import ItemSet

COORDINATOR = Actor("王协调", "COORD-1", Role.COORDINATOR)


def set_status(store, code, status):
    with store.write() as session:
        session.execute(update(ItemSet).where(ItemSet.code == code).values(status=status.value))


def test_dispositions_take_exactly_the_item_sets_in_quarantine(drive_store, actor):
    items = item_sets.carton_item_sets(drive_store, item_sets.list_cartons(drive_store)[0].code)
    settled = []
    for item, status in zip(items, ItemSetStatus, strict=False):  # one item set in each status
        inspection.inspect(drive_store, actor, item.code, False, NonconformanceReason.DAMAGED)  # a failed result
        set_status(drive_store, item.code, status)
        if in_quarantine(status):
            assert quarantine.dispose(drive_store, actor, item.code, "王主任").status is ItemSetStatus.DISPOSED
            settled.append(status)
        else:
            with pytest.raises(TransitionRefused, match="not in quarantine"):
                quarantine.dispose(drive_store, actor, item.code, "王主任")
    assert settled == [ItemSetStatus.FAILED]


def test_correct_inspection_makes_the_corrections_the_domain_allows(drive_store, actor):
    items = item_sets.carton_item_sets(drive_store, item_sets.list_cartons(drive_store)[0].code)
    corrected = []
    for item, status in zip(items, ItemSetStatus, strict=False):  # one item set in each status
        inspection.inspect(drive_store, actor, item.code, True)  # a result on record to correct
        set_status(drive_store, item.code, status)
        target = correction_of(status)
        for to in sorted((ItemSetStatus.PASSED, ItemSetStatus.FAILED), key=lambda to: to is target):  # refused first
            passed = to is ItemSetStatus.PASSED
            reason = None if passed else NonconformanceReason.DAMAGED
            if to is target:
                assert inspection.correct_inspection(drive_store, COORDINATOR, item.code, passed, reason,
                                                     "复核").status is target
                corrected.append(status)
            else:
                with pytest.raises(TransitionRefused):
                    inspection.correct_inspection(drive_store, COORDINATOR, item.code, passed, reason, "复核")
    assert corrected == [ItemSetStatus.PASSED, ItemSetStatus.FAILED]
