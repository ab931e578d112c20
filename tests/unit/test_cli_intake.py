"""Intake commands: import-manifest, acknowledgement, labels with --template/--profile/--dpi, calibration."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from bqw_desktop.documents.labels import LabelProfile, LabelTemplate, SheetLayout
from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import labelling, receiving
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.database import open_store

from tests.helpers.people import staff
from tests.helpers.pdfcheck import code128, pages
from tests.helpers.cli import run


def test_import_manifest_and_acknowledgement(tmp_path, capsys):
    db = str(tmp_path / "bqw.sqlite3")
    store = open_store(f"sqlite:///{db}")
    actor = Actor("测试员", "TEST-1", Role.ADMINISTRATOR)
    receiving.create_donor(store, actor, "某某爱心企业", DonorKind.ENTERPRISE)
    receipt = receiving.create_receipt(store, actor, "某某爱心企业", date(2021, 6, 8))
    store.dispose()
    bad = tmp_path / "bad.csv"
    bad.write_bytes("类别,品名,数量,条码\r\n服装,外套,2,6.90123E+12\r\n".encode("gbk"))
    status, _, err = run(capsys, "--db", db, *staff(db), "import-manifest", str(bad), "--receipt", str(receipt.id))
    assert status == 2 and "row 2" in err and "scientific notation" in err
    good = tmp_path / "good.csv"
    good.write_bytes(b"\xef\xbb\xbf" + "类别,品名,数量\r\n服装,外套,2\r\n体育用品,篮球,3\r\n".encode())
    status, out, _ = run(capsys, "--db", db, *staff(db), "import-manifest", str(good), "--receipt", str(receipt.id))
    assert status == 0 and "5 item set(s)" in out
    pdf = tmp_path / "ack.pdf"
    status, out, _ = run(capsys, "--db", db, *staff(db), "acknowledgement", str(receipt.id), "-o", str(pdf))
    assert status == 0 and "捐赠接收确认单" in PdfReader(pdf).pages[0].extract_text()
    assert run(capsys, "--db", db, *staff(db), "acknowledgement", "99", "-o", str(pdf))[0] == 2
    # the number as the window shows it works as well as the bare id (a new user typed R00001)
    status, out, _ = run(capsys, "--db", db, *staff(db), "acknowledgement", f"R{receipt.id:05d}", "-o", str(pdf))
    assert status == 0 and f"wrote the acknowledgement R{receipt.id:05d}" in out
    status, out, _ = run(capsys, "--db", db, *staff(db), "import-manifest", str(good), "--receipt", f"r{receipt.id}", "--check")
    assert status == 0
    with pytest.raises(SystemExit):
        run(capsys, "--db", db, *staff(db), "acknowledgement", "收据1", "-o", str(pdf))
    assert "收据1 is not a receipt number: type it as shown, e.g. R00012." in capsys.readouterr().err


def test_labels_with_template_profile_and_calibration(tmp_path, capsys):
    db = str(tmp_path / "drive.sqlite3")
    assert run(capsys, "--db", db, "demo")[0] == 0
    out = tmp_path / "small.pdf"
    status, _, _ = run(capsys, "--db", db, *staff(db), "labels", "IS000001L", "--template", "item_40x30", "--dpi", "300", "-o", str(out))
    box = PdfReader(out).pages[0].mediabox
    assert status == 0 and (round(float(box.width) / mm), round(float(box.height) / mm)) == (40, 30)
    assert code128(next(pages(out, 300))) == ["IS000001L"]
    store = open_store(f"sqlite:///{db}")
    labelling.save_profile(store, Actor("a", "b", Role.ADMINISTRATOR), "A4", LabelProfile.for_template(
        LabelTemplate.ITEM_60X40, 300, sheet=SheetLayout(7, 3, 13.5, 7, 66, 40)))
    store.dispose()
    status, printed, _ = run(capsys, "--db", db, *staff(db), "labels", "--carton", "CT00001B", "--profile", "A4", "-o", str(out),
                             "--reason", "A4 sheets")
    assert status == 0 and len(PdfReader(out).pages) < 10
    status, _, _ = run(capsys, "--db", db, "calibration", "--template", "carton_100x70", "-o", str(out))
    assert status == 0 and "100×70 mm" in PdfReader(out).pages[0].extract_text()
    default = tmp_path / "default.pdf"
    assert run(capsys, "--db", db, *staff(db), "labels", "IS000001L", "-o", str(default), "--reason", "x")[0] == 0  # unchanged behaviour
    box = PdfReader(default).pages[0].mediabox
    assert (round(float(box.width) / mm), round(float(box.height) / mm)) == (60, 40)
