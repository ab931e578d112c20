"""Manifest import on a real SQLite file: bad files refused with nothing stored (issue 9, faults 8 and 10),
parsing done before the write lock is taken (fault 6)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import Workbook

from bqw_desktop.domain.errors import DomainError
from bqw_desktop.domain.manifest import ManifestFormatError
from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import manifests, receiving


@pytest.fixture
def receipt(store, actor):
    receiving.create_donor(store, actor, "杭州市某某爱心企业", DonorKind.ENTERPRISE)
    return receiving.create_receipt(store, actor, "杭州市某某爱心企业", date(2021, 6, 8))


@pytest.fixture
def stored(store, actor, receipt, tmp_path):
    """The receipt with a good manifest already stored: a refused import must leave it as it is."""
    good = tmp_path / "good.csv"
    good.write_text("箱号,类别,品名,数量\r\n1,服装,外套,3\r\n", encoding="utf-8")
    manifests.import_manifest(store, actor, receipt.id, good)
    return manifests.manifest_lines(store, receipt.id)


def test_a_folder_named_like_a_csv_is_refused_clearly(store, actor, receipt, stored, tmp_path):
    folder = tmp_path / "x.csv"
    folder.mkdir()
    with pytest.raises(ManifestFormatError, match="“x.csv” is a folder"):
        manifests.import_manifest(store, actor, receipt.id, folder)
    with pytest.raises(ManifestFormatError, match="“gone.csv” cannot be read"):
        manifests.import_manifest(store, actor, receipt.id, tmp_path / "gone.csv")
    assert manifests.manifest_lines(store, receipt.id) == stored


BAD_FILES = {
    "cell over csv's limit": "类别,数量,品名\r\n服装,1,外套\r\n服装,1," + "x" * 131_073 + "\r\n",
    "数量 twice": "类别,数量,品名,数量\r\n服装,1,外套,2\r\n",
    "=HYPERLINK": '类别,数量,品名\r\n服装,1,"=HYPERLINK(""http://example.com"",""点击"")"\r\n',
    "=cmd": "类别,数量,品名\r\n服装,1,=cmd|' /C calc'!A0\r\n",
    "+": "类别,数量,品名\r\n服装,1,+1+1\r\n",
    "@": "类别,数量,品名\r\n服装,1,@SUM(1)\r\n",
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_input_is_refused_with_its_place_and_nothing_is_stored(store, actor, receipt, stored, tmp_path, name):
    path = tmp_path / "bad.csv"
    path.write_text(BAD_FILES[name], encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        manifests.import_manifest(store, actor, receipt.id, path)
    message = str(refused.value)
    assert "column" in message and len(message) < 400
    if isinstance(refused.value, manifests.ManifestRefused):
        assert [e.row for e in refused.value.preview.errors] == [2 if name != "cell over csv's limit" else 3]
    assert manifests.manifest_lines(store, receipt.id) == stored


def test_c13_xlsx_carton_shown_as_00123_is_stored_as_00123(store, actor, receipt, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["箱号", "类别", "品名", "数量"])
    sheet.append([123, "服装", "外套", 2])
    sheet["A2"].number_format = "00000"
    out = io.BytesIO()
    book.save(out)
    path = tmp_path / "m.xlsx"
    path.write_bytes(out.getvalue())
    manifests.import_manifest(store, actor, receipt.id, path)
    assert [l.carton for l in manifests.manifest_lines(store, receipt.id)] == ["00123"]


def test_the_import_prepares_everything_before_it_takes_the_write_lock(store, actor, receipt, tmp_path):
    """Fault 6: no manifest code (parsing, checking, building or staging rows) runs between BEGIN
    IMMEDIATE and COMMIT, and the import takes the write lock once. Watched with engine events and a
    profiler, not a clock."""
    import sys
    from pathlib import Path

    from sqlalchemy import event

    path = tmp_path / "m.csv"
    path.write_text("箱号,类别,品名,数量\r\n" + "".join(f"{n},服装,外套 {n},2\r\n" for n in range(500)), encoding="utf-8")
    manifest_code = {str(Path(manifests.__file__)), str(Path(manifests.parse_manifest.__code__.co_filename))}
    state = {"open": False}
    begins, inside = [], []

    def begin(connection):  # noqa: ANN001, ANN202
        writing = connection.get_execution_options().get("bqw_write", False)
        begins.append(writing)
        state.update(open=writing)

    event.listen(store.engine, "begin", begin)
    event.listen(store.engine, "commit", lambda connection: state.update(open=False))

    def watch(frame, what, _arg):  # noqa: ANN001
        if what == "call" and state["open"] and frame.f_code.co_filename in manifest_code:
            inside.append(frame.f_code.co_name)

    sys.setprofile(watch)
    try:
        result = manifests.import_manifest(store, actor, receipt.id, path)
    finally:
        sys.setprofile(None)
    assert begins.count(True) == 1  # one write transaction (the others stage and clean up, taking no lock)
    assert inside == []
    assert result.lines == 500 and len(manifests.manifest_lines(store, receipt.id)) == 500


SCANNER = """
import json, sys, pathlib
from bqw_desktop.services import inspection
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.database import Store
store = Store(sys.argv[1])
stop = pathlib.Path(sys.argv[2])
codes = sys.argv[3:]
actor = Actor("二号站", "STATION-2", Role.ADMINISTRATOR)
passed, errors = 0, []
print("ready", flush=True)
for code in codes:
    try:
        inspection.inspect(store, actor, code, True)
        passed += 1
    except Exception as error:
        errors.append(f"{code}: {type(error).__name__}: {error}")
    if stop.exists():
        break
print(json.dumps({"passed": passed, "errors": errors}), flush=True)
"""


def test_another_process_s_scans_go_through_while_manifests_are_imported(drive_store, actor, tmp_path):
    """Fault 6: a second station's inspection passes during big imports are saved, none refused."""
    import json
    import subprocess
    import sys

    from bqw_desktop.queries import item_sets

    receiving.create_donor(drive_store, actor, "杭州市某某爱心企业", DonorKind.ENTERPRISE)
    receipt = receiving.create_receipt(drive_store, actor, "杭州市某某爱心企业", date(2021, 6, 8))
    path = tmp_path / "big.csv"
    path.write_text("箱号,类别,品名,数量\r\n" + "".join(f"{n // 50},服装,外套 {n},2\r\n" for n in range(30_000)),
                    encoding="utf-8")
    codes = [item.code for carton in item_sets.list_cartons(drive_store)[:4]
             for item in item_sets.carton_item_sets(drive_store, carton.code)]
    stop = tmp_path / "stop"
    station = subprocess.Popen([sys.executable, "-c", SCANNER, str(drive_store.url), str(stop), *codes],
                               stdout=subprocess.PIPE, text=True)
    assert station.stdout.readline().strip() == "ready"
    for _ in range(3):
        assert manifests.import_manifest(drive_store, actor, receipt.id, path).lines == 30_000
    stop.touch()
    report = json.loads(station.stdout.readline())
    assert station.wait(timeout=60) == 0
    assert report["errors"] == [] and report["passed"] > 0
    passed = sum(item_sets.find_item_set(drive_store, code).status.value == "passed" for code in codes)
    assert passed == report["passed"]


# --- the SQLite path: lines staged in a TEMP table outside the write lock, copied in inside it -------


def _lines(count: int, tag: str, quantity: int = 2) -> list:
    from bqw_desktop.domain.catalogue import Category
    from bqw_desktop.domain.manifest import ManifestLine

    categories = list(Category)
    return [ManifestLine(n + 2, f"{n // 40 + 1:05d}", categories[n % len(categories)], f"{tag} {n}",
                         "6901234567892" if n % 3 else None, None if n % 5 else f"{n % 7}0cm", quantity, 1 + n % 2)
            for n in range(count)]


def _staging_tables(store) -> list:
    """TEMP tables left on the store's pooled connection (the pool hands back the import's one); its
    temporary database has given the staged lines' pages back."""
    with store.connection() as connection:
        assert connection.exec_driver_sql("PRAGMA temp.page_count").scalar() <= 2
        return connection.exec_driver_sql("SELECT name FROM sqlite_temp_master WHERE type = 'table'").all()


def _set_manifest_events(store) -> int:
    from sqlalchemy import func, select

    from bqw_desktop.store.models import Event

    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Event).where(Event.action == "set_manifest"))


def test_an_import_stores_exactly_its_lines_in_order_and_leaves_no_staging_table(store, actor, receipt, stored):
    from bqw_desktop.domain.manifest import ManifestPreview

    lines = _lines(2_345, "新")
    result = manifests.store_preview(store, actor, receipt.id, ManifestPreview(lines), "new.csv")
    assert result.lines == 2_345 and result.item_sets == 2 * 2_345
    assert manifests.manifest_lines(store, receipt.id) == lines  # the old line replaced, every new one as given
    with store.read() as session:  # stored in file order (ids follow rows)
        rows = session.connection().exec_driver_sql(
            'SELECT "row" FROM manifest_line WHERE receipt_id = ? ORDER BY id', (receipt.id,)).scalars().all()
    assert rows == [line.row for line in lines]
    assert _staging_tables(store) == []
    empty = manifests.store_preview(store, actor, receipt.id, ManifestPreview([]), "empty.csv")
    assert empty.lines == 0 and manifests.manifest_lines(store, receipt.id) == []


def test_an_import_failing_half_way_through_the_copy_leaves_the_old_manifest(store, actor, receipt, stored):
    """All-or-nothing inside the write: the old lines were deleted and half the new ones copied when
    SQLite refuses a line (quantity 0 breaks a CHECK); the rollback leaves the old manifest, its
    source and no audit record; the staging table is gone and the next import goes through."""
    from sqlalchemy.exc import IntegrityError

    from bqw_desktop.domain.manifest import ManifestPreview
    from bqw_desktop.store.models import Receipt

    events = _set_manifest_events(store)
    lines = _lines(1_000, "坏") + _lines(1, "坏", quantity=0) + _lines(1_000, "坏")
    with pytest.raises(IntegrityError, match="quantity"):
        manifests.store_preview(store, actor, receipt.id, ManifestPreview(lines), "bad.csv")
    assert manifests.manifest_lines(store, receipt.id) == stored
    with store.read() as session:
        assert session.get(Receipt, receipt.id).manifest_source == "good.csv"
    assert _set_manifest_events(store) == events
    assert _staging_tables(store) == []
    good = _lines(10, "好")
    manifests.store_preview(store, actor, receipt.id, ManifestPreview(good), "good2.csv")
    assert manifests.manifest_lines(store, receipt.id) == good


def test_an_import_refused_for_a_busy_store_leaves_the_old_manifest(store, actor, receipt, stored, monkeypatch):
    from bqw_desktop.domain.manifest import ManifestPreview
    from bqw_desktop.store import database
    from tests.helpers.locking import write_lock_held_by_another_process

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    store.engine.dispose()  # new connections take the short busy timeout
    lines = _lines(3_000, "忙")
    with write_lock_held_by_another_process(store.sqlite_path):
        with pytest.raises(database.StoreBusy):
            manifests.store_preview(store, actor, receipt.id, ManifestPreview(lines), "busy.csv")
        assert manifests.manifest_lines(store, receipt.id) == stored  # reads go on
        assert _staging_tables(store) == []
    manifests.store_preview(store, actor, receipt.id, ManifestPreview(lines), "busy.csv")
    assert manifests.manifest_lines(store, receipt.id) == lines


def test_the_other_databases_executemany_stores_the_same_lines(store, actor, receipt, stored):
    """The path for PostgreSQL (one executemany inside the write), run here on SQLite."""
    lines = _lines(1_234, "通用")
    manifests._store_executemany(store, actor, receipt.id, lines, "generic.csv")
    assert manifests.manifest_lines(store, receipt.id) == lines
    manifests._store_executemany(store, actor, receipt.id, [], "empty.csv")
    assert manifests.manifest_lines(store, receipt.id) == []
