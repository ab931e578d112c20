"""Fast to open (issue 11): start-up imports only what the window's first page needs, and each page is
built and filled when first shown, whatever brings it up (a tab, a scan, undo, a person switching)."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from bqw_desktop.domain.lifecycle import ItemSetStatus
from bqw_desktop.services import shipping
from bqw_desktop.ui.background import Reader
from bqw_desktop.ui.pages import PAGES
from tests.helpers.keys import scan
from tests.helpers.records import status

#: imported only by the commands and actions that use them, never at start-up
HEAVY = ("alembic", "reportlab", "barcode", "pypdfium2", "openpyxl", "pypinyin", "bqw_desktop.documents")

LOADED = f"""
import sys
heavy = {HEAVY!r}
def loaded():
    return sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))
"""

START_WINDOW = LOADED + """
from bqw_desktop import cli  # the program's entry point, as `bqw-desktop` runs it
from bqw_desktop.domain.roles import Role
from bqw_desktop.services.context import Actor
from bqw_desktop.store.database import open_store
from bqw_desktop.ui.app import Application, create_application
app = create_application()
store = open_store(sys.argv[1])
main = Application(store, Actor("测试员", "TEST-1", Role.ADMINISTRATOR), "zh_CN")
app.processEvents()
print(main.window.overview.item_sets.value.text(), loaded())
"""

STATUS = LOADED + """
from bqw_desktop.cli import main
main(["--db", sys.argv[1], "status", "--json"])
print(loaded(), "bqw_desktop.store.models" in sys.modules)
"""


def _run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_starting_the_window_imports_no_documents_alembic_or_pinyin(drive_store):
    assert _run(START_WINDOW, str(drive_store.url)) == "1,896 []"


def test_status_imports_neither_those_nor_the_orm_models(drive_store):
    assert _run(STATUS, str(drive_store.sqlite_path)) == "[] False"


def test_only_the_page_on_show_is_built_the_others_when_first_shown(window):
    assert window.tabs.is_built(0) and not any(window.tabs.is_built(i) for i in range(1, len(PAGES)))
    window.tabs.setCurrentIndex(2)
    assert window.tabs.is_built(2) and window.tabs.currentWidget() is window.inspection
    assert window.current_view() is window.inspection and not window.tabs.is_built(1)


def test_every_page_is_what_the_window_knew_of_it_before_building_it(window):
    for index, page in enumerate(PAGES):
        view = window.views()[index]
        assert type(view).__name__ == page.view and view.title() == page.shown_title() == window.tabs.tabText(index)
        assert (view.accepts, view.work_page) == (page.accepts, page.work_page)


def test_a_scan_on_a_page_not_built_yet_builds_it_and_undo_reaches_it(qtbot, window, drive_store, actor):
    window.tabs.setCurrentIndex(2)  # Inspection: built now, filled, takes the scan
    scan(qtbot, window, "IS000001L")
    qtbot.mouseClick(window.inspection.pass_button, Qt.MouseButton.LeftButton)
    assert status(drive_store, "IS000001L") is ItemSetStatus.PASSED
    window.undo_last()
    assert status(drive_store, "IS000001L") is ItemSetStatus.RECEIVED and window.banner.kind == "ok"
    assert not window.tabs.is_built(4)
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    scan(qtbot, window, shipment.code)  # on Inspection: the banner names the page, which is not built for it
    assert window.banner.text() == f"{shipment.code} 是发货单编号，请在“发货”页面扫描。"
    assert not window.tabs.is_built(4)


def test_a_person_signed_in_later_acts_on_the_pages_built_after(window, actor):
    window.set_actor(None)
    window.set_actor(actor)
    assert window.shipments_view.actor is actor and window.quarantine.actor is actor


def test_a_tab_shown_the_first_time_is_filled_by_the_worker_not_the_window(qtbot, window, monkeypatch):
    monkeypatch.setattr(Reader, "threaded", True)
    window.tabs.setCurrentIndex(1)
    intake = window.current_view()
    assert window.tabs.is_built(1) and intake.receiving.lists.cartons.rowCount() == 0  # the read comes back through the event loop
    qtbot.waitUntil(lambda: intake.receiving.lists.cartons.rowCount() == 28)
