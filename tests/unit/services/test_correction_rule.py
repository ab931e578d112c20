"""Which correction a result allows has one home, ``domain.lifecycle.correction_of`` (issue 11): the
quarantine page asks it, and ``inspection.correct_inspection`` makes exactly those corrections."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from bqw_desktop.domain.catalogue import NonconformanceReason
from bqw_desktop.domain.errors import TransitionRefused
from bqw_desktop.domain.lifecycle import ItemSetStatus, correction_of
from bqw_desktop.domain.roles import Role
from bqw_desktop.queries import item_sets
from bqw_desktop.services import inspection
from bqw_desktop.services.context import Actor
from bqw_desktop.store.models import ItemSet

COORDINATOR = Actor("王协调", "COORD-1", Role.COORDINATOR)


def test_correct_inspection_makes_the_corrections_the_domain_allows(drive_store, actor):
    items = item_sets.carton_item_sets(drive_store, item_sets.list_cartons(drive_store)[0].code)
    corrected = []
    for item, status in zip(items, ItemSetStatus, strict=False):  # one item set in each status
        inspection.inspect(drive_store, actor, item.code, True)  # a result on record to correct
        with drive_store.write() as session:
            session.execute(update(ItemSet).where(ItemSet.code == item.code).values(status=status.value))
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
