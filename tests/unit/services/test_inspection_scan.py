"""Issue 11, "a scan is one transaction": an inspection result is one write transaction of Core
statements, reads what it needs once, and returns what a later read of the store shows."""

from __future__ import annotations

import pytest

from bqw_desktop.domain import identifiers
from bqw_desktop.domain.catalogue import Category, NonconformanceReason
from bqw_desktop.domain.errors import TransitionRefused
from bqw_desktop.domain.identifiers import parse_code
from bqw_desktop.domain.lifecycle import ItemSetStatus
from bqw_desktop.queries import item_sets
from bqw_desktop.services import audit, inspection
from tests.helpers.transactions import statements

CODE = "IS000001L"  # clothing: ten checks


def verbs(seen: list[str]) -> list[str]:
    """Each statement's verb, with the table it writes: "SELECT", "INSERT event", "UPDATE item_set"."""
    tables = {"INSERT": 2, "UPDATE": 1}
    return [" ".join(words[:1] + words[tables[words[0]]:tables[words[0]] + 1] if words[0] in tables else words[:1])
            for words in (statement.split() for statement in seen)]


def test_a_result_is_one_transaction_of_five_statements(drive_store, actor):
    """The look-up, the inspection row, the status and the event (its chain's tail read once): no ORM
    load, no second read of the item set, no checklist read when nothing was ticked."""
    with statements(drive_store) as seen:
        shown = inspection.inspect(drive_store, actor, CODE, True)
    assert verbs(seen) == ["BEGIN", "SELECT", "INSERT inspection", "UPDATE item_set", "SELECT", "INSERT event"]
    assert seen[0] == "BEGIN IMMEDIATE"
    assert shown == item_sets.find_item_set(drive_store, CODE) and shown.status is ItemSetStatus.PASSED


@pytest.mark.parametrize("reason", [NonconformanceReason.STAINED, NonconformanceReason.DAMAGED])
def test_the_view_returned_is_what_the_store_shows_after_a_failure(drive_store, actor, reason):
    shown = inspection.inspect(drive_store, actor, CODE, False, reason, " 领口发黄 ")
    assert shown == item_sets.find_item_set(drive_store, CODE)
    assert (shown.status, shown.last_reason) == (ItemSetStatus.FAILED, reason)
    assert inspection.history(drive_store, CODE)[-1].note == "领口发黄"
    assert audit.verify(drive_store).intact


def test_ticks_are_checked_and_kept_in_the_same_transaction(drive_store, actor):
    ticked = [c.id for c in inspection.checklist(drive_store, Category.CLOTHING)][:3]
    with statements(drive_store) as seen:
        inspection.inspect(drive_store, actor, CODE, True, checks=ticked)
    assert verbs(seen) == ["BEGIN", "SELECT", "SELECT", "INSERT inspection", "INSERT inspection_check",
                           "UPDATE item_set", "SELECT", "INSERT event"]
    assert inspection.history(drive_store, CODE)[-1].checks == tuple(sorted(ticked))


def test_all_checks_ticks_the_active_checklist_as_the_transaction_reads_it(drive_store, actor):
    """全部检查通过: every active check of the category at the moment of the write, not a list the page
    read before (an administrator may have changed it since)."""
    checks = inspection.checklist(drive_store, Category.CLOTHING)
    inspection.deactivate_checklist_item(drive_store, actor, checks[0].id)
    shown = inspection.inspect(drive_store, actor, CODE, True, checks=[checks[0].id], require_all_checks=True,
                               all_checks=True)
    assert shown.status is ItemSetStatus.PASSED
    assert inspection.history(drive_store, CODE)[-1].checks == tuple(sorted(c.id for c in checks[1:]))


def test_a_scanned_code_is_parsed_once(drive_store, actor, monkeypatch):
    """The page hands the services the code the scan parsed: they do not parse it again."""
    code = parse_code(CODE)
    monkeypatch.setattr(identifiers, "parse_code", lambda text: pytest.fail(f"{text} parsed again"))
    assert item_sets.find_item_set(drive_store, code).code == CODE
    assert inspection.look_up(drive_store, code).item.code == CODE
    assert inspection.inspect(drive_store, actor, code, True).status is ItemSetStatus.PASSED


def test_a_second_result_is_refused_naming_the_first(drive_store, actor):
    inspection.inspect(drive_store, actor, CODE, True)
    with statements(drive_store) as seen, pytest.raises(TransitionRefused) as refused:
        inspection.inspect(drive_store, actor, CODE, False, NonconformanceReason.STAINED)
    assert (refused.value.params["inspector"], refused.value.params["station"]) == (actor.operator, actor.station)
    assert verbs(seen) == ["BEGIN", "SELECT", "SELECT"]  # the look-up, then who inspected it: nothing written
    assert item_sets.find_item_set(drive_store, CODE).status is ItemSetStatus.PASSED


def test_a_look_up_reads_the_item_set_and_its_checklist_in_one_transaction(drive_store, actor):
    with statements(drive_store) as seen:
        found = inspection.look_up(drive_store, CODE)
    assert verbs(seen) == ["BEGIN", "SELECT", "SELECT"] and seen[0] == "BEGIN"
    assert found.item == item_sets.find_item_set(drive_store, CODE)
    assert found.checks == tuple(inspection.checklist(drive_store, Category.CLOTHING))
    inspection.inspect(drive_store, actor, CODE, True)
    with statements(drive_store) as seen:  # not waiting for inspection: no checklist to show
        found = inspection.look_up(drive_store, CODE)
    assert verbs(seen) == ["BEGIN", "SELECT"] and found.checks == ()
