"""Issue 10: every state-changing service checks the role at its boundary, whoever calls it.

The matrix calls every guarded service as each of the four roles. A refused call must raise
``NotPermitted`` before anything is written (the trail is unchanged); an allowed one must get past the
check (it may then refuse the placeholder arguments for its own reasons). A service that takes an actor
and carries no permission fails the first test, so a new service cannot forget the check.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import bqw_desktop.services as services_package
from bqw_desktop.domain.catalogue import Category, NonconformanceReason
from bqw_desktop.domain.roles import ALLOWED, NotPermitted, Permission, Role, allows
from bqw_desktop.services import inspection, planning
from bqw_desktop.services.context import Actor
from tests.helpers.records import event_count

MODULES = [importlib.import_module(f"bqw_desktop.services.{m.name}") for m in pkgutil.iter_modules(services_package.__path__)]


def _services_taking_an_actor():
    for module in MODULES:
        for name, function in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(function) or function.__module__ != module.__name__:
                continue
            params = list(inspect.signature(function).parameters)
            if params[:2] == ["store", "actor"]:
                yield f"{module.__name__.rsplit('.', 1)[1]}.{name}", function


SERVICES = dict(_services_taking_an_actor())
UNGUARDED = {
    "once.run_once",  # a helper: the guarded creates call it after their own check
    "people.sign_out",  # everyone signs out, the auditor too
}


def test_every_service_that_takes_an_actor_checks_a_permission():
    assert len(SERVICES) >= 45  # the count grows with the product; a drop means the scan above broke
    missing = [name for name, f in SERVICES.items() if not hasattr(f, "permission") and name not in UNGUARDED]
    assert missing == []


def _placeholders(function):
    """Arguments after (store, actor) that are plainly wrong: the service may refuse them, never the role."""
    values = []
    for param in list(inspect.signature(function).parameters.values())[2:]:
        if param.default is not inspect.Parameter.empty or param.kind is param.KEYWORD_ONLY:
            break
        values.append("IS999999X")
    return values


GUARDED = sorted((name, f) for name, f in SERVICES.items() if hasattr(f, "permission"))


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("name, service", GUARDED, ids=[name for name, _ in GUARDED])
def test_each_service_as_each_role(store, role, name, service):
    actor = Actor("矩阵测试", "TEST-1", role)
    before = event_count(store)
    if allows(role, service.permission):
        try:
            service(store, actor, *_placeholders(service))
        except NotPermitted:  # pragma: no cover - the failure this test looks for
            pytest.fail(f"{name} refused a {role.value}")
        except Exception:  # noqa: BLE001 - past the role check, the placeholders may be refused
            pass
    else:
        with pytest.raises(NotPermitted):
            service(store, actor, *_placeholders(service))
        assert event_count(store) == before


def test_the_roles_are_nested_and_the_auditor_changes_nothing():
    assert ALLOWED[Role.VOLUNTEER] < ALLOWED[Role.COORDINATOR] < ALLOWED[Role.ADMINISTRATOR]
    assert ALLOWED[Role.AUDITOR] == frozenset()
    assert Permission.CORRECT not in ALLOWED[Role.VOLUNTEER]
    assert Permission.CHECKLISTS not in ALLOWED[Role.COORDINATOR]
    # issue 12: volunteers collected wishes and recorded claims at the wish wall; coordinators cancel wishes
    assert {Permission.COLLECT, Permission.CLAIM} <= ALLOWED[Role.VOLUNTEER]
    assert Permission.CANCEL_WISH in ALLOWED[Role.COORDINATOR] - ALLOWED[Role.VOLUNTEER]


VOLUNTEER = Actor("小张", "仓库-质检1", Role.VOLUNTEER)
COORDINATOR = Actor("王协调", "仓库-协调", Role.COORDINATOR)


def test_a_volunteer_inspects_but_cannot_correct_edit_a_checklist_or_confirm_a_plan(drive_store):
    code = inspection.inspect(drive_store, VOLUNTEER, "IS000001L", False, NonconformanceReason.STAINED).code
    with pytest.raises(NotPermitted) as refused:
        inspection.correct_inspection(drive_store, VOLUNTEER, code, True, None, "看错了")
    assert str(refused.value) == "As volunteer, you may not correct inspection results: ask coordinator."
    with pytest.raises(NotPermitted):
        inspection.add_checklist_item(drive_store, VOLUNTEER, Category.CLOTHING, "无异味", "GB 31701")
    proposal = planning.propose(drive_store)
    with pytest.raises(NotPermitted):
        planning.confirm(drive_store, VOLUNTEER, proposal)
    # the coordinator may: a new inspection row, the volunteer's stays
    assert inspection.correct_inspection(drive_store, COORDINATOR, code, True, None, "看错了").status.value == "passed"
    assert [r.inspector for r in inspection.history(drive_store, code)] == ["小张", "王协调"]

