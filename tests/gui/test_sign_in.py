"""Signing in at a station (issue 10): the first start, badges and names, PINs, switching person by a badge
scan on any page, idle sign-out, what each role sees, and the administrator's people dialog."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from bqw_desktop import station
from bqw_desktop.domain.roles import Role
from bqw_desktop.services import people, shipping
from bqw_desktop.queries import shipments
from bqw_desktop.services.context import Actor
from bqw_desktop.store.models import Event
from bqw_desktop.ui import dialogs, first_start
from bqw_desktop.ui.app import Application, create_application
from bqw_desktop.ui.i18n import Translations
from bqw_desktop.ui.main_window import MainWindow
from bqw_desktop.ui.first_start import FirstAdministratorDialog, StationNameDialog
from bqw_desktop.ui.signin import SignInDialog
from bqw_desktop.ui.sounds import Sounds
from tests.helpers.keys import person_types, scanner_types
from tests.helpers.pdfcheck import code128, pages

PIN = "2468"


@pytest.fixture
def zh(qtbot):
    create_application()
    translations = Translations()
    translations.install("zh_CN")
    yield
    translations.install("en")


@pytest.fixture
def start(qtbot, zh):
    """``start(store, actor, **options)``: the Application in Chinese; its translators go with the test."""
    made = []

    def start(store, actor, **options) -> Application:  # noqa: ANN001, ANN003
        app = Application(store, actor, "zh_CN", **options)
        qtbot.addWidget(app.window)
        app.window.activateWindow()
        made.append(app)
        return app

    yield start
    for app in made:
        app.translations.install("en")


@pytest.fixture
def crew(store, actor):
    """A volunteer 小李 (no PIN) and a coordinator 王芳 (PIN 2468) in ``store``; their accounts."""
    return (people.add_person(store, actor, "小李", Role.VOLUNTEER),
            people.add_person(store, actor, "王芳", Role.COORDINATOR, PIN))


def sign_ins(store) -> list[tuple[str, str, str | None]]:
    """(action, who, detail) of every sign-in and sign-out recorded, oldest first."""
    with store.read() as session:
        rows = session.scalars(select(Event).where(Event.action.in_(("sign_in", "sign_out"))).order_by(Event.id))
        return [(e.action, e.actor, e.detail) for e in rows]


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    return dialog


def click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enter(widget) -> None:  # noqa: ANN001
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_the_first_start_names_the_station_and_creates_the_administrator(qtbot, zh, store, monkeypatch):
    def person(dialog: QDialog) -> bool:
        """What a person does in each start-up dialog, through its real widgets."""
        shown(qtbot, dialog)
        if isinstance(dialog, StationNameDialog):
            click(qtbot, dialog.ok_button)  # nothing typed: refused, said in the dialog
            assert dialog.isVisible() and dialog.message.text() == "工作站名称须为 1 到 40 个可打印字符。"
            dialog.field.setText(" 仓库-质检1 ")
            click(qtbot, dialog.ok_button)
        else:
            assert isinstance(dialog, FirstAdministratorDialog)
            dialog.name.setText("张主任")
            dialog.pin.setFocus()
            person_types(PIN)
            dialog.pin_again.setFocus()
            person_types("1357")
            click(qtbot, dialog.ok_button)
            assert dialog.isVisible() and "不一致" in dialog.message.text()
            assert dialog.pin_again.text() == ""  # typed again, not the first PIN
            person_types(PIN)
            click(qtbot, dialog.ok_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(first_start, "run_dialog", person)
    assert station.load().name is None
    name = first_start.station_name(None)
    assert name == "仓库-质检1" and station.load().name == "仓库-质检1"  # kept for the next start
    assert first_start.station_name("仓库-打包2") == "仓库-打包2"  # --station: this run only, nothing asked
    assert station.load().name == "仓库-质检1"

    admin = first_start.first_sign_in(store, name)
    assert (admin.operator, admin.station, admin.role) == ("张主任", "仓库-质检1", Role.ADMINISTRATOR)
    assert not people.needs_administrator(store)
    assert sign_ins(store) == [("sign_in", "张主任", "仓库-质检1")]
    with pytest.raises(people.PinNeeded):
        people.sign_in(store, name, name="张主任")
    assert people.sign_in(store, name, name="张主任", pin=PIN).role is Role.ADMINISTRATOR


def test_a_volunteer_signs_in_by_scanning_their_badge(qtbot, zh, store, crew):
    volunteer, _ = crew
    dialog = shown(qtbot, SignInDialog(store, "仓库-质检1"))
    assert not dialog.pin.isVisible()
    scanner_types("PE000001X")  # not a badge of any account here: said, nobody signed in
    assert dialog.isVisible() and dialog.actor is None and dialog.message.text()
    scanner_types(volunteer.badge)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert (dialog.actor.operator, dialog.actor.role) == ("小李", Role.VOLUNTEER)
    assert sign_ins(store)[-1] == ("sign_in", "小李", "仓库-质检1")


def test_a_coordinator_picks_their_name_and_gives_their_pin(qtbot, zh, store, crew):
    dialog = shown(qtbot, SignInDialog(store, "仓库-质检1"))
    QTest.keyClick(dialog.names, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape never leaves the dialog without someone signed in
    names = [dialog.names.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.names.count())]
    dialog.names.setCurrentRow(names.index("王芳"))
    enter(dialog.names)
    assert dialog.isVisible() and dialog.pin.isVisible() and dialog.pin.hasFocus()
    assert dialog.message.text() == "“王芳”需输入 PIN 码登录。"
    assert not dialog.pin.inputMethodQuery(Qt.InputMethodQuery.ImEnabled)  # digits, no input method
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password

    person_types("1111")
    enter(dialog.pin)
    assert dialog.isVisible() and dialog.message.text() == "“王芳”的 PIN 码错误。"
    assert dialog.pin.text() == "" and dialog.pin.hasFocus()
    person_types("12ab")  # letters never reach a PIN
    assert dialog.pin.text() == "12"
    dialog.pin.clear()
    person_types(PIN)
    enter(dialog.pin)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.actor.operator, dialog.actor.role) == ("王芳", Role.COORDINATOR)
    assert [a for a, _, _ in sign_ins(store)][-1] == "sign_in"


def test_a_badge_scan_on_any_page_switches_person_and_keeps_what_was_typed(qtbot, start, drive_store, actor, crew):
    volunteer, coordinator = crew
    app = start(drive_store, actor)
    window = app.window
    assert "测试员（管理员）" in window.signed_in.text() and "TEST-1" in window.signed_in.text()
    assert window.accounts_action.isVisible()
    window.tabs.setCurrentWidget(window.inspection)
    window.inspection.note.setFocus()
    qtbot.waitUntil(window.inspection.note.hasFocus)
    person_types("ab")

    scanner_types(volunteer.badge)
    assert app.actor.operator == "小李" and all(v.actor is app.actor for v in window.views())
    assert window.inspection.note.text() == "ab" and window.inspection.note.hasFocus()
    assert window.signed_in.text().startswith("工作站 TEST-1 · 小李（志愿者）")
    assert sign_ins(drive_store)[-2:] == [("sign_in", "小李", "TEST-1"), ("sign_out", "测试员", "switched")]
    # what a volunteer may not do is not offered; the services would refuse it anyway
    assert window.inspection.checks.edit_checklists.isHidden() and not window.accounts_action.isVisible()
    assert window.quarantine.correct_button.isHidden() and window.quarantine.dispose_button.isHidden()
    assert window.shipments_view.planning.confirm_plan_button.isHidden() and window.shipments_view.tracking_panel.hand_over_button.isHidden()
    assert not window.inspection.pass_button.isHidden()

    scanner_types(coordinator.badge)  # needs a PIN: 小李 is signed out, the sign-in dialog asks it
    dialog = app.sign_in_dialog
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog and dialog.pin.hasFocus())
    assert app.actor is None and "未登录" in window.signed_in.text()
    assert sign_ins(drive_store)[-1] == ("sign_out", "小李", "switched")
    person_types(PIN)
    enter(dialog.pin)
    assert app.actor.operator == "王芳" and "王芳（物流协调员）" in window.signed_in.text()
    assert window.banner.text() == "王芳（物流协调员）已登录。"
    assert not window.quarantine.correct_button.isHidden() and window.inspection.checks.edit_checklists.isHidden()
    assert window.inspection.note.text() == "ab"


def test_a_refused_action_shows_the_roles_message(qtbot, zh, window, drive_store, actor, crew):
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    window.set_actor(people.sign_in(drive_store, "TEST-1", badge=crew[0].badge))
    window.tabs.setCurrentWidget(window.shipments_view)
    window.shipments_view.select(shipment.code)
    scanner_types("SF1234567890123")
    assert window.banner.kind == "error" and window.banner.text().startswith("志愿者无权")
    assert shipments.get_shipment(drive_store, shipment.code).tracking_number is None


def test_idle_time_signs_out_and_the_sign_in_dialog_comes_back(qtbot, start, store, actor, crew):
    station.save(station.StationSettings(name="仓库-质检1", idle_minutes=3))
    app = start(store, actor)
    assert app.idle.timer.interval() == 3 * 60_000  # the station's setting
    app.window.close()

    app = start(store, actor, idle_ms=300)
    window = app.window
    qtbot.waitUntil(lambda: app.sign_in_dialog is not None and app.sign_in_dialog.isVisible(), timeout=5_000)
    assert app.actor is None and "未登录" in window.signed_in.text()
    assert sign_ins(store)[-1] == ("sign_out", "测试员", "idle")
    dialog = app.sign_in_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    scanner_types(crew[0].badge)
    assert app.actor.operator == "小李" and not dialog.isVisible()
    assert app.idle.timer.isActive()  # the new person's idle time runs


def test_signing_out_from_the_menu_and_quitting(qtbot, start, store, actor):
    app = start(store, actor)
    window = app.window
    window.sign_out_action.trigger()
    dialog = app.sign_in_dialog
    assert dialog.isVisible() and QApplication.activeModalWidget() is dialog
    assert not app.idle.timer.isActive() and not window.sign_out_action.isEnabled()
    assert sign_ins(store)[-1] == ("sign_out", "测试员", "signed out")
    click(qtbot, dialog.quit_button)
    assert not window.isVisible()


def test_the_administrators_people_dialog(qtbot, zh, store, actor, tmp_path, monkeypatch):
    window = MainWindow(store, actor, "zh_CN", sounds=Sounds(enabled=False))
    qtbot.addWidget(window)
    window.accounts_action.trigger()
    accounts = window.accounts
    assert accounts.isVisible()

    accounts.name.setText("王芳")
    accounts.role.setCurrentIndex(accounts.role.findData(Role.COORDINATOR))
    click(qtbot, accounts.add_button)  # no PIN for a coordinator: refused
    assert accounts.message.text() == "物流协调员需要设置 4 到 8 位数字的 PIN 码。"
    accounts.new_pin.setText(PIN)
    click(qtbot, accounts.add_button)
    accounts.name.setText("小李")
    accounts.role.setCurrentIndex(accounts.role.findData(Role.VOLUNTEER))
    click(qtbot, accounts.add_button)
    assert "PE" in accounts.message.text()
    roles_shown = [accounts.rows.index(r, 1).data() for r in range(accounts.rows.rowCount())]
    assert accounts.rows.keys == ["小李", "王芳"] and roles_shown == ["志愿者", "物流协调员"]

    accounts.table.selectRow(accounts.rows.row_of("王芳"))
    accounts.pin.setText("13579")
    click(qtbot, accounts.set_pin_button)
    assert people.sign_in(store, "TEST-1", name="王芳", pin="13579").operator == "王芳"
    accounts.table.selectRow(accounts.rows.row_of("小李"))
    click(qtbot, accounts.deactivate_button)
    assert [p.name for p in people.list_people(store) if not p.active] == ["小李"]

    target = tmp_path / "badges.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, name: str(target))
    click(qtbot, accounts.save_badges)
    qtbot.waitUntil(lambda: accounts.message.text().startswith("已保存"), timeout=30_000)
    wang = next(p for p in people.list_people(store) if p.name == "王芳")
    assert [code128(page) for page in pages(Path(target), 203)] == [[wang.badge]]  # active accounts only

    window.set_actor(None)  # signed out (idle): the dialog closes with them
    assert window.accounts is None


def test_an_auditor_is_offered_no_change(window):
    """The auditor reads everything and changes nothing: no pass, fail, packing or coordinator buttons."""
    auditor = Actor("审计-刘", "TEST-1", Role.AUDITOR)
    window.set_actor(auditor)
    assert window.inspection.pass_button.isHidden() and window.inspection.fail_button.isHidden()
    assert window.inspection.note.isHidden() and window.inspection.checks.edit_checklists.isHidden()
    assert window.shipments_view.contents.close_button.isHidden() and window.shipments_view.contents.new_package.isHidden()
    assert window.quarantine.correct_button.isHidden() and window.shipments_view.tracking_panel.hand_over_button.isHidden()
    window.set_actor(dataclasses.replace(auditor, role=Role.VOLUNTEER))
    assert not window.inspection.pass_button.isHidden() and not window.shipments_view.contents.close_button.isHidden()
