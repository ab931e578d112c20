"""Issue 9, fault 2: pages re-read the store only when it changed, and a refresh never touches a field
someone is typing in (on the Shipments page "1", a refresh, "2", Enter saved 3.32 kg instead of 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bqw_desktop.services import inspection, shipping
from bqw_desktop.queries import shipments
from bqw_desktop.store.database import open_store
from bqw_desktop.ui.background import Reader
from tests.helpers.keys import person_types


@pytest.fixture
def other_station(drive_store):
    """A second connection to the same file, as another station's process has."""
    other = open_store(drive_store.url.render_as_string(hide_password=False))
    yield other
    other.dispose()


def packed_shipment(store, actor, courier="LP1"):
    """A planned shipment with one item set in its package, weighed 3.32 kg."""
    inspection.inspect(store, actor, "IS000001L", True)
    shipment = shipping.create_shipment(store, actor, "D001", courier)
    shipping.pack(store, actor, shipment.code, "IS000001L")
    package = shipments.packages(store, shipment.code)[0]
    shipping.set_package_weight(store, actor, package.code, "3.32")
    return shipment, package


def two_shipments(store, actor):
    """:func:`packed_shipment`, and a second shipment (to D002) holding IS000002J."""
    first, _ = packed_shipment(store, actor)
    inspection.inspect(store, actor, "IS000002J", True)
    second = shipping.create_shipment(store, actor, "D002", "LP1")
    shipping.pack(store, actor, second.code, "IS000002J")
    return first, second


def show(window, shipment):
    view = window.shipments_view
    window.tabs.setCurrentWidget(view)
    view.refresh()
    view.select(shipment.code)
    return view


def refresh_after_a_write_elsewhere(window, other_station, actor, code="IS000002J"):
    inspection.inspect(other_station, actor, code, True)
    window.timer.timeout.emit()  # the periodic refresh, now


def test_a_refresh_keeps_the_weight_being_typed(window, drive_store, actor, other_station):
    shipment, package = packed_shipment(drive_store, actor)
    view = show(window, shipment)
    assert view.contents.weight.text() == "3.32"
    view.contents.weight.setFocus()
    view.contents.weight.selectAll()
    person_types("1")
    refresh_after_a_write_elsewhere(window, other_station, actor)
    assert view.contents.weight.text() == "1"
    person_types("2")
    QTest.keyClick(view.contents.weight, Qt.Key.Key_Return)
    assert shipments.packages(drive_store, shipment.code)[0].weight_g == 12_000
    assert window.banner.kind == "ok" and view.contents.weight.text() == "12"


def test_a_refresh_keeps_a_typed_tracking_number(window, drive_store, actor, other_station):
    shipment, _ = packed_shipment(drive_store, actor, courier="LP2")  # LP2 issues SF numbers
    view = show(window, shipment)
    view.contents.tracking.setFocus()
    person_types("SF12345")
    refresh_after_a_write_elsewhere(window, other_station, actor)
    window.scan_field.setFocus()  # the user goes elsewhere: the typed text is still unsaved
    refresh_after_a_write_elsewhere(window, other_station, actor, "IS000003H")
    assert view.contents.tracking.text() == "SF12345"
    view.contents.tracking.setFocus()
    view.contents.tracking.end(False)
    person_types("67890123")
    QTest.keyClick(view.contents.tracking, Qt.Key.Key_Return)
    assert shipments.get_shipment(drive_store, shipment.code).tracking_number == "SF1234567890123"


def test_another_shipment_shows_its_own_values(window, drive_store, actor):
    shipment, second = two_shipments(drive_store, actor)
    view = show(window, shipment)
    view.contents.weight.setFocus()
    view.contents.weight.selectAll()
    person_types("7")
    view.select(second.code)  # the typed weight belonged to the first shipment's package
    assert view.contents.weight.text() == ""


def test_pages_reread_only_when_the_store_changed(window, drive_store, actor, other_station, monkeypatch):
    view = window.shipments_view
    window.tabs.setCurrentWidget(view)
    reads = []
    read = view.read
    monkeypatch.setattr(view, "read", lambda: reads.append(1) or read())
    window.poll_changes()
    window.poll_changes()
    assert reads == []
    before = view.list.shipments.rowCount()
    shipment = shipping.create_shipment(other_station, actor, "D003", "LP1")
    window.poll_changes()
    window.poll_changes()
    assert reads == [1] and view.list.shipments.rowCount() == before + 1
    assert shipment.code in view.list.shipments.keys


def test_the_store_is_read_in_a_worker_thread(qtbot, window, drive_store, actor, other_station, monkeypatch):
    monkeypatch.setattr(Reader, "threaded", True)
    view = window.overview
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.item_sets.value.text() == "1,896")
    inspection.inspect(other_station, actor, "IS000001L", True)
    window.poll_changes()
    passed = view.stages[next(s for s in view.stages if s.value == "passed")]
    qtbot.waitUntil(lambda: passed.value.text() == "1")


def held_reads(window, monkeypatch):
    """The window's background reads, held: each (read, done) waits in the list to be run by the test."""
    held = []
    monkeypatch.setattr(window.reader, "run", lambda read, done: held.append((read, done)))
    return held


def test_a_background_read_begun_before_a_pack_scan_is_dropped_and_reads_nothing(
        qtbot, window, drive_store, actor, monkeypatch):
    """A page's background read that began before a pack scan came back during the next scans and was
    shown: the contents went back to before the scan, and, the read having been for another shipment,
    the page read the contents again on the GUI thread (bench/pack_scan.py: "(1, 1)" transactions in
    a timed scan). Now it is dropped; the pack scan's write is a change the next poll reads again."""
    from tests.helpers.keys import scan
    from tests.helpers.transactions import counted

    for code in ("IS000001L", "IS000002J"):
        inspection.inspect(drive_store, actor, code, True)
    shipment = shipping.create_shipment(drive_store, actor, "D001", "LP1")
    view = show(window, shipment)
    window.timer.stop()
    held = held_reads(window, monkeypatch)
    view.refresh_in_background(window.reader)
    (read, done), = held
    before = read()  # the worker read the store before the scan
    scan(qtbot, window, "IS000001L")
    assert window.banner.kind == "ok" and view.contents.lines.keys == ["IS000001L"]
    with counted(drive_store) as seen:
        done(lambda: before)
    assert seen == {"reads": 0, "writes": 0}
    assert view.contents.lines.keys == ["IS000001L"] and view.contents.lines.index(0, 1).data() == "1/1"
    assert view.list.shipments.index(view.list.shipments.row_of(shipment.code), 5).data() == "1"
    held.clear()
    window.poll_changes()  # the scan's write is a change: read again
    (read, done), = held
    done(lambda: read())
    assert view.contents.lines.keys == ["IS000001L"] and view.contents.lines.index(0, 1).data() == "1/1"


def test_a_background_read_of_a_shipment_no_longer_chosen_reads_it_again_in_the_worker(
        qtbot, window, drive_store, actor, monkeypatch):
    """The read's contents are of the shipment chosen when it began; another was scanned meanwhile:
    the list is shown, the contents are left as the scan showed them and read again in the worker —
    never on the GUI thread."""
    from tests.helpers.keys import scan
    from tests.helpers.transactions import counted

    first, second = two_shipments(drive_store, actor)
    view = show(window, first)
    window.timer.stop()
    held = held_reads(window, monkeypatch)
    view.refresh_in_background(window.reader)
    (read, done), = held
    result = read()  # the first shipment's contents
    scan(qtbot, window, second.code)
    assert view.current().code == second.code and view.contents.lines.keys == ["IS000002J"]
    held.clear()
    with counted(drive_store) as seen:
        done(lambda: result)
    assert seen == {"reads": 0, "writes": 0}
    assert view.current().code == second.code and view.contents.lines.keys == ["IS000002J"]
    (read, done), = held  # asked again, in the worker
    done(lambda: read())
    assert view.current().code == second.code and view.contents.lines.keys == ["IS000002J"]
