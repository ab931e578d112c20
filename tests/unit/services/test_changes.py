"""The "has the store changed?" question a window asks every second (issue 9, fault 2)."""

from __future__ import annotations

from bqw_desktop.services import inspection, receiving
from bqw_desktop.queries import item_sets
from bqw_desktop.services.changes import ChangeWatch
from bqw_desktop.store.database import open_store


def test_a_commit_by_this_process_or_another_station_is_seen_once(drive_store, actor):
    watch = ChangeWatch(drive_store)
    other = open_store(drive_store.url.render_as_string(hide_password=False))
    try:
        assert watch.changed() is False
        item_sets.find_item_set(drive_store, "IS000001L")  # a read changes nothing
        assert watch.changed() is False
        inspection.inspect(drive_store, actor, "IS000001L", True)  # this process, another session
        assert watch.changed() is True and watch.changed() is False
        receiving.create_donor(other, actor, "另一站的捐赠人", receiving.DonorKind.INDIVIDUAL)  # another station
        assert watch.changed() is True and watch.changed() is False
    finally:
        other.dispose()
        watch.close()
