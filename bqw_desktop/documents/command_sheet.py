"""The command sheet: an A4 page of command barcodes, so a station needs neither keyboard nor mouse.

One row per command — 合格 Pass, 全部检查通过 (tick every check, then pass), 不合格 with each
nonconformance reason, 完成 Done, 撤销 Undo, 取消 Cancel — with the Chinese name, the English name and a Code 128 symbol of its value
(``CMD-PASS`` …, see ``domain.scanning``). Modules are 1/75 inch, a whole number of dots at 150, 300
and 600 dpi, like the packing slip's barcode.
"""

from __future__ import annotations

import os
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..domain.catalogue import NonconformanceReason
from ..domain.scanning import Command, command_text
from .barcodes import QUIET_ZONE_MODULES, code128_modules, draw_code128
from .fonts import register_cjk_font
from .packing_slip import SLIP_MODULE_PT
from .terms import REASON_ZH

_MARGIN = 15 * mm
_ROW = 22.5 * mm  # eleven rows end 22 mm above the bottom edge
_BAR_HEIGHT = 13 * mm

_REASON_EN = {
    NonconformanceReason.DAMAGED: "damaged", NonconformanceReason.STAINED: "stained",
    NonconformanceReason.UNSAFE: "unsafe", NonconformanceReason.EXPIRED: "expired",
    NonconformanceReason.INCOMPLETE: "incomplete", NonconformanceReason.WRONG_CATEGORY: "wrong category",
}


def command_rows() -> list[tuple[str, str, str]]:
    """(Chinese name, English name, barcode value) for every command on the sheet, in sheet order."""
    rows = [("合格", "Pass", command_text(Command.PASS)),
            ("全部检查通过", "All checks passed: tick every check, then pass", command_text(Command.PASS_ALL))]
    rows += [(f"不合格 · {REASON_ZH[r]}", f"Fail: {_REASON_EN[r]}", command_text(Command.FAIL, r))
             for r in NonconformanceReason]
    rows += [("完成", "Done", command_text(Command.DONE)), ("撤销", "Undo last action", command_text(Command.UNDO)),
             ("取消", "Cancel", command_text(Command.CANCEL))]
    return rows


def render_command_sheet(out: str | os.PathLike | BinaryIO) -> None:
    """Write the command sheet (A4 portrait, one page) to ``out``."""
    font = register_cjk_font()
    width, height = A4
    canvas = Canvas(os.fspath(out) if isinstance(out, os.PathLike) else out, pagesize=A4)
    canvas.setTitle("扫码命令条码单")
    canvas.setFont(font, 18)
    canvas.drawString(_MARGIN, height - _MARGIN - 14, "扫码命令条码单 · Command sheet")
    canvas.setFont(font, 9)
    canvas.drawString(_MARGIN, height - _MARGIN - 30,
                      "在质检、发货页面扫描下列条码即执行相应命令；“撤销”只撤销本工作站最近一次操作（两分钟内）。")
    top = height - _MARGIN - 40
    bars_right = width - _MARGIN - QUIET_ZONE_MODULES * SLIP_MODULE_PT
    for n, (zh, en, value) in enumerate(command_rows()):
        row_top = top - n * _ROW
        canvas.setLineWidth(0.3)
        canvas.line(_MARGIN, row_top, width - _MARGIN, row_top)
        canvas.setFont(font, 16)
        canvas.drawString(_MARGIN, row_top - 9 * mm, zh)
        canvas.setFont(font, 9)
        canvas.drawString(_MARGIN, row_top - 14 * mm, en)
        bars = len(code128_modules(value)) * SLIP_MODULE_PT
        x = bars_right - bars
        draw_code128(canvas, x, row_top - 4 * mm - _BAR_HEIGHT, value, module_pt=SLIP_MODULE_PT, height_pt=_BAR_HEIGHT)
        canvas.setFont(font, 8)
        canvas.drawCentredString(x + bars / 2, row_top - 4 * mm - _BAR_HEIGHT - 3.5 * mm, value)
    canvas.showPage()
    canvas.save()
