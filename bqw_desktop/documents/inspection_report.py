"""The inspection report (质检报告) for the auditor: an A4 PDF in Chinese.

Page 1 opens with the summary figures; then progress and pass rate per category, per donor and
per inbound carton, inspections per inspector and day, checklist coverage of the passes per category
and per inspector (passes with no check ticked on a red ground), every failed inspection with its
reason, inspector, time and disposition, and the sign-off block (质检负责人 / 审核人 / 日期). Table headers
repeat on every page; every page has "第 x 页 / 共 y 页". What each figure counts is defined in
``services/inspection_report.py``; the data classes live here, as the packing slip's do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from ..domain.catalogue import Category, NonconformanceReason
from ..domain.lifecycle import ItemSetStatus
from .fonts import register_cjk_font
from .a4 import CONTENT_WIDTH, GRID, HEAD_BG, CellText, Output, a4_document, numbered, signature_lines, table_style, when
from .terms import CATEGORY_ZH, REASON_ZH

PASSED_STATUSES = (ItemSetStatus.PASSED, ItemSetStatus.PACKED, ItemSetStatus.SHIPPED, ItemSetStatus.DELIVERED)
FAILED_STATUSES = (ItemSetStatus.FAILED, ItemSetStatus.RETURNED, ItemSetStatus.DISPOSED)

#: what became of a failed inspection (FailureRow.outcome)
QUARANTINE, RETURNED, DISPOSED, REWORK, CORRECTED, UNDONE = (
    "quarantine", "returned", "disposed", "rework", "corrected", "undone")


@dataclass(frozen=True)
class ProgressRow:
    """Counts for one carton, category or donor (``key``: carton code, category value or donor name)."""

    key: str
    total: int
    inspected: int
    passed: int
    failed: int

    @property
    def remaining(self) -> int:
        return self.total - self.inspected

    @property
    def pass_rate(self) -> float | None:
        """passed / inspected, 0…1; ``None`` before anything was inspected."""
        return self.passed / self.inspected if self.inspected else None


@dataclass(frozen=True)
class InspectorDay:
    """Inspections by one inspector on one local date."""

    inspector: str
    day: date
    inspections: int
    passed: int
    failed: int


@dataclass(frozen=True)
class CheckCoverage:
    """Checklist coverage of the ordinary passes of one category or inspector (``key``: the
    :class:`Category` value or the inspector's name); what counts is defined in ``services/inspection_report.py``.

    :ivar passes: ordinary pass results.
    :ivar all_ticked: passes that ticked every check of their category's active checklist.
    :ivar no_ticks: passes that ticked none of a non-empty checklist.
    :ivar ticked: / :ivar expected: active checks ticked / on the checklist, summed over the passes.
    """

    key: str
    passes: int
    all_ticked: int
    no_ticks: int
    ticked: int
    expected: int

    @classmethod
    def total(cls, key: str, rows: Iterable[CheckCoverage]) -> CheckCoverage:
        """``rows`` added up, under ``key``."""
        rows = list(rows)
        return cls(key, *(sum(getattr(r, f.name) for r in rows) for f in fields(cls)[1:]))

    @property
    def average_ticked(self) -> float | None:
        """Checks ticked per pass; ``None`` without passes."""
        return self.ticked / self.passes if self.passes else None

    @property
    def average_expected(self) -> float | None:
        """Active checks on the checklist per pass; ``None`` without passes."""
        return self.expected / self.passes if self.passes else None

    @property
    def rate(self) -> float | None:
        """ticked / expected, 0…1; ``None`` when no pass had a check to tick."""
        return self.ticked / self.expected if self.expected else None


@dataclass(frozen=True)
class FailureRow:
    """One failed inspection and what became of it; times aware UTC."""

    code: str
    category: Category
    description: str
    donor: str
    carton_code: str
    reason: NonconformanceReason | None
    note: str | None
    inspector: str
    station: str
    at: datetime
    outcome: str  # QUARANTINE, RETURNED, DISPOSED, REWORK, CORRECTED or UNDONE
    outcome_by: str | None  # who settled it
    approved_by: str | None  # who approved a disposal
    outcome_at: datetime | None
    outcome_note: str | None


@dataclass(frozen=True)
class InspectionSummary:
    item_sets: int
    inspected: int
    passed: int
    failed: int
    in_quarantine: int
    returned: int
    disposed: int
    inspections: int  # inspection rows, corrections and undone ones included
    corrections: int
    undone: int
    reworked: int  # rework dispositions

    @property
    def remaining(self) -> int:
        return self.item_sets - self.inspected

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.inspected if self.inspected else None


@dataclass(frozen=True)
class InspectionReport:
    generated_at: datetime
    summary: InspectionSummary
    by_carton: list[ProgressRow]
    by_category: list[ProgressRow]
    by_donor: list[ProgressRow]
    by_inspector_day: list[InspectorDay]
    coverage_by_category: list[CheckCoverage]
    coverage_by_inspector: list[CheckCoverage]
    failures: list[FailureRow]
    drive_name: str = "百千万爱心聪盟"


OUTCOME_ZH = {
    QUARANTINE: "隔离区待处置",
    RETURNED: "退回捐赠方",
    DISPOSED: "报废",
    REWORK: "整改后复检",
    CORRECTED: "更正为合格",
    UNDONE: "已撤销",
}

_BODY_PT = 8.5
#: the ground of a count of passes with no check ticked (the auditor's eye goes there first)
NO_TICKS_BG = colors.HexColor("#F4C7C3")


def percent(rate: float | None) -> str:
    """A rate (pass rate, checks ticked) as printed: one decimal, e.g. "97.3%"; "—" when there is none."""
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _style(*commands: tuple) -> TableStyle:
    """The shared table style, tighter (2 pt), with the header row shaded."""
    return table_style(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), *commands, vpad=2)


def render_inspection_report(report: InspectionReport, out: Output) -> int:
    """Write ``report`` as an A4 PDF to ``out`` (a path or a binary file); returns the number of pages.

    :raises FontUnavailable: the CJK font cannot be used.
    """
    font = register_cjk_font()
    width = CONTENT_WIDTH
    doc = a4_document(out, title="质检报告", author=report.drive_name)

    def heading(text: str) -> list:
        return [Spacer(0, 5 * mm), CellText(text, font, 12), Spacer(0, 2 * mm)]

    story = [
        CellText("质检报告", font, 22),
        Spacer(0, 2 * mm),
        CellText(f"{report.drive_name} · 捐赠物资安全与状况检查 · 生成时间 {when(report.generated_at)}", font, 10),
        *heading("一、汇总"),
        _summary(report.summary, sum(r.no_ticks for r in report.coverage_by_category), font, width),
        *heading("二、按类别"),
        _progress(report.by_category, "类别", font, width, lambda key: CATEGORY_ZH[Category(key)]),
        *heading("三、按捐赠方"),
        _progress(report.by_donor, "捐赠方", font, width),
        *heading("四、按来货箱"),
        _progress(report.by_carton, "来货箱", font, width),
        *heading("五、质检员每日质检数（本地日期，不含更正和已撤销的结果）"),
        _inspector_days(report.by_inspector_day, font, width),
        *heading("六、检查项勾选情况（合格结果，不含更正和已撤销的结果）"),
        CellText(_COVERAGE_NOTE, font, _BODY_PT),
        Spacer(0, 2 * mm),
        _coverage(report.coverage_by_category, "类别", font, width, lambda key: CATEGORY_ZH[Category(key)]),
        Spacer(0, 3 * mm),
        _coverage(report.coverage_by_inspector, "质检员", font, width),
        *heading(f"七、不合格明细（共 {len(report.failures)} 条）"),
        _failures(report.failures, font, width),
        Spacer(0, 6 * mm),
        KeepTogether([CellText("审核签字", font, 12), Spacer(0, 2 * mm), _sign_off(font, width)]),
    ]
    footer = f"质检报告 · {report.drive_name} · 生成时间 {when(report.generated_at)}"
    doc.build(story, canvasmaker=numbered(footer, font))
    return doc.page


def _cells(values: Sequence[object], font: str, aligns: Sequence[str], wraps: Sequence[bool] | None = None) -> list:
    wraps = wraps or [True] * len(values)
    return [CellText(str(v), font, _BODY_PT, align=a, wrap=w) for v, a, w in zip(values, aligns, wraps, strict=True)]


def _summary(s: InspectionSummary, no_ticks: int, font: str, width: float) -> Table:
    """The headline figures, three pairs to a row; ``no_ticks``: passes with no check ticked."""
    pairs = [
        ("件套总数", s.item_sets), ("已质检", s.inspected), ("待质检", s.remaining),
        ("合格", s.passed), ("不合格", s.failed), ("合格率", percent(s.pass_rate)),
        ("隔离区待处置", s.in_quarantine), ("退回捐赠方", s.returned), ("报废", s.disposed),
        ("整改后复检（次）", s.reworked), ("更正（次）", s.corrections), ("撤销（次）", s.undone),
        ("质检记录（条）", s.inspections), ("合格未勾选检查项", no_ticks), ("", ""),
    ]
    rows = []
    for i in range(0, len(pairs), 3):
        row = []
        for label, value in pairs[i : i + 3]:
            row += [CellText(label, font, 9), CellText(str(value), font, 9, align="right", wrap=False)]
        rows.append(row)
    label_w, value_w = width / 3 * 0.62, width / 3 * 0.38
    return Table(rows, colWidths=[label_w, value_w] * 3, style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *(("BACKGROUND", (c, 0), (c, -1), HEAD_BG) for c in (0, 2, 4)),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *([("BACKGROUND", (3, 4), (3, 4), NO_TICKS_BG)] if no_ticks else []),  # 合格未勾选检查项's value
    ]))


_PROGRESS_HEAD = ("件套数", "已质检", "待质检", "合格", "不合格", "合格率")


def _progress(rows: Sequence[ProgressRow], title: str, font: str, width: float, name=str) -> Table:  # noqa: ANN001
    aligns = ["left", *["right"] * 6]
    head = _cells((title, *_PROGRESS_HEAD), font, ["left", *["center"] * 6])
    body = [
        _cells((name(r.key), r.total, r.inspected, r.remaining, r.passed, r.failed, percent(r.pass_rate)), font,
               aligns, [True, *[False] * 6])
        for r in rows
    ]
    total = ProgressRow("", sum(r.total for r in rows), sum(r.inspected for r in rows), sum(r.passed for r in rows),
                        sum(r.failed for r in rows))
    body.append(_cells(("合计", total.total, total.inspected, total.remaining, total.passed, total.failed,
                        percent(total.pass_rate)), font, aligns, [True, *[False] * 6]))
    number_w = 18 * mm
    return Table([head, *body], colWidths=[width - 6 * number_w, *[number_w] * 6], repeatRows=1,
                 style=_style(("BACKGROUND", (0, -1), (-1, -1), HEAD_BG)))


_COVERAGE_NOTE = ("全部勾选：勾选了所属类别当前有效的全部检查项；未勾选任何项：判为合格却一项也没有勾选（红底标出）；"
                  "平均勾选/应检：每次合格平均勾选的项数 / 应检的项数；勾选率 = 勾选项数合计 ÷ 应检项数合计。"
                  "应检项按当前有效的检查清单计。")
_COVERAGE_HEAD = ("合格数", "全部勾选", "未勾选任何项", "平均勾选/应检", "勾选率")


def _average(row: CheckCoverage) -> str:
    if row.passes == 0:
        return "—"
    return f"{row.average_ticked:.1f} / {row.average_expected:.1f}"


def _coverage(rows: Sequence[CheckCoverage], title: str, font: str, width: float, name=str) -> Table:  # noqa: ANN001
    """Coverage per category or inspector with a 合计 row; counts of passes with no ticks on red."""
    total = CheckCoverage.total("", rows)
    head = _cells((title, *_COVERAGE_HEAD), font, ["left", *["center"] * 5])
    body = [
        _cells((label, r.passes, r.all_ticked, r.no_ticks, _average(r), percent(r.rate)), font,
               ["left", *["right"] * 5], [True, *[False] * 5])
        for label, r in [*((name(r.key), r) for r in rows), ("合计", total)]
    ]
    red = [("BACKGROUND", (3, n), (3, n), NO_TICKS_BG) for n, r in enumerate([*rows, total], 1) if r.no_ticks]
    widths = [18 * mm, 18 * mm, 24 * mm, 30 * mm, 18 * mm]
    return Table([head, *body], colWidths=[width - sum(widths), *widths], repeatRows=1,
                 style=_style(("BACKGROUND", (0, -1), (-1, -1), HEAD_BG), *red))


def _inspector_days(rows: Sequence[InspectorDay], font: str, width: float) -> Table:
    head = _cells(("日期", "质检员", "质检数", "合格", "不合格"), font, ["left", "left", "center", "center", "center"])
    body = [
        _cells((f"{r.day:%Y-%m-%d}", r.inspector, r.inspections, r.passed, r.failed), font,
               ["left", "left", "right", "right", "right"], [False, True, False, False, False])
        for r in rows
    ]
    if not body:
        body = [[CellText("（尚无质检记录）", font, _BODY_PT, align="center"), "", "", "", ""]]
    number_w = 22 * mm
    return Table([head, *body], colWidths=[30 * mm, width - 30 * mm - 3 * number_w, *[number_w] * 3], repeatRows=1,
                 style=_style(*([("SPAN", (0, 1), (-1, 1))] if not rows else [])))


#: failure table columns: title, width in mm (品名 takes the rest)
_FAILURE_COLUMNS = (("序号", 9), ("件套编号", 21), ("品名 · 来货箱", 0), ("捐赠方", 24), ("不合格原因", 22),
                    ("质检员 · 时间", 27), ("处置", 42))


def _failures(rows: Sequence[FailureRow], font: str, width: float) -> Table:
    head = _cells([t for t, _ in _FAILURE_COLUMNS], font, ["center"] * len(_FAILURE_COLUMNS))
    body = []
    for n, r in enumerate(rows, 1):
        reason = REASON_ZH[r.reason] if r.reason else "—"
        if r.note:
            reason += f"：{r.note}"
        inspector = f"{r.inspector} · {r.station} {when(r.at)}"
        outcome = OUTCOME_ZH.get(r.outcome, r.outcome)
        details = [part for part in (
            r.outcome_by and f"经办：{r.outcome_by}",
            r.approved_by and f"批准：{r.approved_by}",
            r.outcome_at and when(r.outcome_at),
            r.outcome_note,
        ) if part]
        if details:
            outcome += "（" + "，".join(details) + "）"
        body.append(_cells(
            (n, r.code, f"{CATEGORY_ZH[r.category]} · {r.description} · {r.carton_code}", r.donor, reason, inspector,
             outcome),
            font, ["right", "left", "left", "left", "left", "left", "left"], [False, False, True, True, True, True, True],
        ))
    if not body:
        body = [[CellText("（没有不合格记录）", font, _BODY_PT, align="center"), *[""] * (len(_FAILURE_COLUMNS) - 1)]]
    widths = [w * mm for _, w in _FAILURE_COLUMNS]
    widths[2] = width - sum(widths)
    return Table([head, *body], colWidths=widths, repeatRows=1,
                 style=_style(*([("SPAN", (0, 1), (-1, 1))] if not rows else [])))


def _sign_off(font: str, width: float) -> Table:
    """Signature lines for the head of inspection and the reviewer, each with a date."""
    return signature_lines(font, width, ("质检负责人（签字）", "审核人（签字）"), row_height_mm=11)
