"""The auditor's inspection report PDF, read back as text and checked against the database."""

from __future__ import annotations


from pypdf import PdfReader
from sqlalchemy import case, func, select

from bqw_desktop.documents.inspection_report import percent
from bqw_desktop.documents.terms import CATEGORY_ZH
from bqw_desktop.domain.catalogue import Category
from bqw_desktop.services import drive, inspection, inspection_report as report, quarantine
from bqw_desktop.queries import item_sets
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.models import ItemSet

from tests.helpers.pdfcheck import pages


def text_lines(path) -> list[list[str]]:
    return [[line.strip() for line in page.extract_text().splitlines()] for page in PdfReader(path).pages]


def checklist_length(store, code: str) -> int:
    return len(inspection.checklist(store, item_sets.find_item_set(store, code).category))


def contains_run(lines: list[str], run: list[str]) -> bool:
    return any(lines[i : i + len(run)] == run for i in range(len(lines)))


def test_report_figures_equal_the_database(drive_store, actor, tmp_path):
    drive.walkthrough(drive_store, actor)  # 240 inspected, a failure every 37th
    rows = quarantine.quarantine(drive_store)
    assert len(rows) == 6
    quarantine.return_to_donor(drive_store, actor, rows[0].code, "捐赠方取回")
    quarantine.dispose(drive_store, actor, rows[1].code, "王主任")
    quarantine.send_to_rework(drive_store, actor, rows[2].code)
    inspection.inspect(drive_store, Actor("李娜", "TEST-2", Role.ADMINISTRATOR), rows[2].code, True)

    path = tmp_path / "report.pdf"
    written = report.write_inspection_report(drive_store, path)
    texts = text_lines(path)
    assert written == len(texts) >= 2
    every = [line for lines in texts for line in lines]
    first = texts[0]

    with drive_store.read() as session:
        by_status = dict(session.execute(select(ItemSet.status, func.count()).group_by(ItemSet.status)).all())
    total = sum(by_status.values())
    inspected = total - by_status["received"]
    passed = sum(by_status.get(s, 0) for s in ("passed", "packed", "shipped", "delivered"))
    failed = sum(by_status.get(s, 0) for s in ("failed", "returned", "disposed"))
    assert (total, inspected, passed, failed) == (1896, 240, 235, 5)
    assert "质检报告" in first
    for label, value in (("件套总数", total), ("已质检", inspected), ("待质检", total - inspected), ("合格", passed),
                         ("不合格", failed), ("合格率", percent(passed / inspected)), ("隔离区待处置", 3),
                         ("退回捐赠方", 1), ("报废", 1), ("整改后复检（次）", 1)):
        assert contains_run(first, [label, str(value)]), (label, value)
    assert percent(passed / inspected) == "97.9%"
    # per category, with the totals row
    assert contains_run(every, ["服装", "712", "110", "602", "108", "2", "98.2%"])
    assert contains_run(every, ["合计", "1896", "240", "1656", "235", "5", "97.9%"])
    # per carton: all 28, each row equal to the database's counts
    with drive_store.read() as session:
        per_carton = session.execute(select(
            ItemSet.carton_id, func.count(), func.sum(case((ItemSet.status != "received", 1), else_=0))).group_by(ItemSet.carton_id)).all()
    cartons = report.progress_by_carton(drive_store)
    assert len(cartons) == 28 and sorted((r.total, r.inspected) for r in cartons) == sorted(
        (n, done) for _, n, done in per_carton)
    for row in cartons:
        assert contains_run(every, [row.key, str(row.total), str(row.inspected), str(row.remaining), str(row.passed),
                                    str(row.failed), percent(row.pass_rate)]), row
    # per inspector and day: the walkthrough's two volunteers take turns (甲 the even ones, 乙 the odd)
    for volunteer in ("志愿者甲", "志愿者乙"):
        assert contains_run(every, [volunteer, "120", "117", "3"]), volunteer
    # checklist coverage of the passes: the walkthrough's 234 tick everything but one in nine (26) the last
    # check; 李娜's re-inspection after rework ticked nothing and is counted apart, on red
    assert "六、检查项勾选情况（合格结果，不含更正和已撤销的结果）" in every
    reinspected = checklist_length(drive_store, rows[2].code)
    assert contains_run(first, ["合格未勾选检查项", "1"])
    for row in report.coverage_by_category(drive_store):  # every category as the service counts it
        assert contains_run(every, [CATEGORY_ZH[Category(row.key)], str(row.passes), str(row.all_ticked),
                                    str(row.no_ticks), f"{row.average_ticked:.1f} / {row.average_expected:.1f}",
                                    percent(row.rate)]), row
    assert contains_run(every, ["服装", "108", "96", "0", "9.9 / 10.0", "98.9%"])  # none re-inspected there
    # the volunteers' rows as printed, and their sum by hand: per category, passes × checks, less the last
    # check of the passes that skipped it
    volunteers = [r for r in report.coverage_by_inspector(drive_store) if r.key in ("志愿者甲", "志愿者乙")]
    for row in volunteers:
        assert contains_run(every, [row.key, str(row.passes), str(row.all_ticked), "0",
                                    f"{row.average_ticked:.1f} / {row.average_expected:.1f}", percent(row.rate)]), row
    walkthrough = [(108, 96, 10), (54, 48, 8), (72, 64, 7)]  # (passes, all ticked, checks): clothing, sports, study
    ticked = sum(passes * checks - (passes - all_ticked) for passes, all_ticked, checks in walkthrough)
    expected = sum(passes * checks for passes, _, checks in walkthrough)
    assert (sum(r.passes for r in volunteers), sum(r.all_ticked for r in volunteers)) == (234, 208)
    assert round(sum(r.average_ticked * r.passes for r in volunteers)) == ticked
    assert round(sum(r.average_expected * r.passes for r in volunteers)) == expected
    assert contains_run(every, ["李娜", "1", "0", "1", f"0.0 / {reinspected:.1f}", "0.0%"])
    expected += reinspected
    assert contains_run(every, ["合计", "235", "208", "1", f"{ticked / 235:.1f} / {expected / 235:.1f}",
                                percent(ticked / expected)])
    # every failure with reason and disposition
    failures = report.failures(drive_store)
    assert len(failures) == 6
    assert f"七、不合格明细（共 {len(failures)} 条）" in every
    joined = "".join(every)
    for row in failures:
        assert row.code in every
    for words in ("退回捐赠方（经办：测试员", "报废（经办：测试员，批准：王主任", "整改后复检（经办：测试员",
                  "隔离区待处置", "污渍", "破损", "安全隐患"):
        assert words in joined, words
    # the sign-off block and page numbers
    last = texts[-1]
    assert "质检负责人（签字）" in last and "审核人（签字）" in last and "日期" in last
    for number, lines in enumerate(texts, 1):
        assert f"第 {number} 页 / 共 {len(texts)} 页" in lines


def test_empty_store_prints_placeholders(store, tmp_path):
    path = tmp_path / "empty.pdf"
    report.write_inspection_report(store, path)
    every = [line for lines in text_lines(path) for line in lines]
    assert "（没有不合格记录）" in every and "（尚无质检记录）" in every
    assert contains_run(every, ["合格率", "—"])


def test_the_pages_render_and_nothing_leaves_the_page(drive_store, actor, tmp_path):
    drive.walkthrough(drive_store, actor, inspect_count=80)
    path = tmp_path / "report.pdf"
    report.write_inspection_report(drive_store, path)
    for image in pages(path, 50):
        width, height = image.size
        # a margin strip of 8 mm on the left and right stays white (no clipped or overflowing text)
        strip = round(8 / 25.4 * 50)
        for box in ((0, 0, strip, height), (width - strip, 0, width, height)):
            assert image.crop(box).getextrema() == (255, 255)
