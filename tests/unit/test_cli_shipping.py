"""The shipping commands on a real database file: plan, handover-manifest, package-labels."""

from bqw_desktop.queries import shipments
from bqw_desktop.store.database import open_store

from tests.helpers.people import staff
from tests.helpers.pdfcheck import code128, pages
from tests.helpers.cli import run


def test_plan_confirm_handover_manifest_and_package_labels(tmp_path, capsys):
    db = str(tmp_path / "drive.sqlite3")
    assert run(capsys, "--db", db, "demo", "--walkthrough")[0] == 0
    status, out, _ = run(capsys, "--db", db, "plan")
    assert status == 0 and "proposal:" in out and "LP1" in out
    store = open_store(f"sqlite:///{db}")
    before = len(shipments.list_shipments(store))
    assert len(shipments.list_shipments(store)) == before  # a proposal alone writes nothing
    staff(db, 协调员="coordinator")
    status, out, _ = run(capsys, "--db", db, "--operator", "协调员", "plan", "--confirm")
    assert status == 0 and "planned" in out
    planned = len(shipments.list_shipments(store)) - before
    assert planned > 0 and f"planned {planned} shipments" in out
    status, out, _ = run(capsys, "--db", db, *staff(db), "plan", "--confirm")  # nothing open is left in stock
    assert status == 1 and "nothing to plan" in out

    manifest = tmp_path / "jj.pdf"
    status, out, _ = run(capsys, "--db", db, "handover-manifest", "LP2", "-o", str(manifest))
    assert status == 0 and "JJ" in out
    lp2 = next(s for s in shipments.list_shipments(store) if s.courier_code == "LP2" and s.pickup_code)
    assert code128(next(pages(manifest, 203))) == [lp2.pickup_code]
    status, _, err = run(capsys, "--db", db, "handover-manifest", "LP2", "--pickup", "JJ999999", "-o", str(manifest))
    assert status == 2 and "JJ999999" in err

    labels = tmp_path / "pk.pdf"
    status, out, _ = run(capsys, "--db", db, "package-labels", lp2.code, "-o", str(labels))
    assert status == 0 and f"{lp2.packages} package label(s)" in out
    boxes = shipments.packages(store, lp2.code)
    for box, image in zip(boxes, pages(labels, 203), strict=True):
        assert sorted(code128(image)) == sorted([lp2.tracking_number, lp2.code, box.code])
    store.dispose()
