"""Phone numbers in the window's lists: whole for coordinators and administrators, masked for
volunteers and auditors (issue 10, "Children's data"), by the role of whoever is signed in when the
rows are shown."""

from __future__ import annotations

import dataclasses

import pytest

from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.domain.roles import Role
from bqw_desktop.services import receiving
from bqw_desktop.services.context import Actor
from bqw_desktop.ui.views.intake import IntakeView

PHONE_COLUMN = 4
DONORS = {"杭州测试爱心企业": ("13812340000", "138****0000"), "西湖爱心人士": ("+86 139 0000 1111", "+86 139****1111")}


@pytest.fixture
def donors(store, actor):
    for name, (phone, _) in DONORS.items():
        receiving.create_donor(store, actor, name, DonorKind.INDIVIDUAL, "王女士", phone)
    return store


def page(qtbot, store, role: Role) -> IntakeView:
    view = IntakeView(store, Actor("测试员", "TEST-1", role))
    qtbot.addWidget(view)
    view.refresh()
    view.sections.setCurrentWidget(view.donors)  # shows the donors found (all: the search is empty)
    return view


def shown(view: IntakeView) -> dict[str, str]:
    model = view.donors.donors
    return {model.keys[r]: model.data(model.index(r, PHONE_COLUMN)) for r in range(model.rowCount())}


@pytest.mark.parametrize(("role", "whole"), [
    (Role.VOLUNTEER, False), (Role.COORDINATOR, True), (Role.ADMINISTRATOR, True), (Role.AUDITOR, False)])
def test_the_donors_list_masks_phones_for_those_who_do_not_call(qtbot, donors, role, whole):
    view = page(qtbot, donors, role)
    assert shown(view) == {name: phone if whole else masked for name, (phone, masked) in DONORS.items()}


def test_the_role_at_the_time_of_showing_counts(qtbot, donors):
    """Another person signs in at the station: the list shows at once (no refresh) as they may see it."""
    view = page(qtbot, donors, Role.COORDINATOR)
    assert shown(view)["杭州测试爱心企业"] == "13812340000"
    view.set_actor(dataclasses.replace(view.actor, operator="小李", role=Role.VOLUNTEER))
    assert shown(view)["杭州测试爱心企业"] == "138****0000"
    view.set_actor(None)  # signed out: nobody sees whole numbers
    assert shown(view)["杭州测试爱心企业"] == "138****0000"
    view.set_actor(Actor("小李", "TEST-1", Role.VOLUNTEER))
    view.donors.search.setText("hzcs")  # a new search too
    assert shown(view) == {"杭州测试爱心企业": "138****0000"}
