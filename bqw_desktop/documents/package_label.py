"""The package label (包裹标签), 100 × 150 mm, one per package of a shipment, stuck on the box.

Top to bottom (4 mm margins, sizes in mm unless named ``_pt``):

1. courier name (16 pt) and the drive's name;
2. the courier's tracking number (运单号) as Code 128, 20 mm high, with the number under it; a framed
   "运单号：未填写" when the shipment has none yet;
3. the destination: name (16 pt, wraps), district · township, address (wraps), contact and phone
   (phone whole: the courier calls it);
4. the package "n/m" (40 pt) and its weight in kg (or "未称重"), item sets in it;
5. the shipment ID (SH…) and the package code (PK…) as Code 128, 12 mm high, side by side, each
   with its text.

Code 128 modules are 2 dots at 203 dpi (0.25 mm), the tracking number's 3 dots (0.375 mm) when it
fits, with 10-module quiet zones; bars sit on the printer's
dot grid. All text is in the embedded CJK font (C03) and wraps without splitting ASCII runs (C04).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .a4 import CellText
from .barcodes import QUIET_ZONE_MODULES, code128_modules, draw_code128, module_width_pt
from .fonts import register_cjk_font

WIDTH_MM, HEIGHT_MM = 100, 150
DPI = 203
MODULE_PT = module_width_pt(DPI, 2)  # 0.25 mm
_M = 4 * mm
_DOT = 72 / DPI

Output = str | os.PathLike | BinaryIO


@dataclass(frozen=True)
class PackageLabelData:
    """One package label. ``number`` of ``of`` packages; ``weight_g`` None: not weighed yet."""

    shipment_code: str
    package_code: str
    number: int
    of: int
    weight_g: int | None
    item_sets: int
    destination_name: str
    district: str
    township: str
    address: str
    contact_name: str
    contact_phone: str
    courier_name: str
    tracking_number: str | None
    drive_name: str = "百千万爱心聪盟"


def weight_text(weight_g: int | None) -> str:
    """"2.40 kg", or "未称重" (not weighed)."""
    return "未称重" if weight_g is None else f"{weight_g / 1000:.2f} kg"


def _bars(canvas: Canvas, font: str, value: str, centre_x: float, y: float, height: float, text_pt: float,
          module: float = MODULE_PT) -> float:
    """Bars of ``value`` centred on ``centre_x`` with its text under them; returns the total height drawn."""
    width = len(code128_modules(value)) * module
    x = round((centre_x - width / 2) / _DOT) * _DOT
    canvas.setFont(font, text_pt)
    canvas.drawCentredString(centre_x, y, value)
    draw_code128(canvas, x, y + text_pt * 1.1, value, module_pt=module, height_pt=height)
    return height + text_pt * 1.1


def barcode_width_mm(value: str) -> float:
    """Width of ``value``'s bars with both quiet zones, mm."""
    return (len(code128_modules(value)) + 2 * QUIET_ZONE_MODULES) * MODULE_PT / mm


def _text(canvas: Canvas, text: str, font: str, size: float, x: float, top: float, width: float,
          align: str = "left") -> float:
    """Wrapped text with its top at ``top``; returns the height used."""
    cell = CellText(text, font, size, align=align)
    _, height = cell.wrap(width, 1000)
    cell.drawOn(canvas, x, top - height)
    return height


def render_package_labels(labels: Sequence[PackageLabelData], out: Output) -> None:
    """Write one 100 × 150 mm page per label to ``out`` (path or binary file).

    :raises FontUnavailable: the CJK font cannot be used.
    :raises BarcodeValueError: a code or tracking number is not printable ASCII (nothing useful is
        written then).
    """
    font = register_cjk_font()
    canvas = Canvas(os.fspath(out) if isinstance(out, os.PathLike) else out,
                    pagesize=(WIDTH_MM * mm, HEIGHT_MM * mm))
    canvas.setTitle("包裹标签")
    canvas.setCreator("BQW Desktop")
    for label in labels:
        _draw(canvas, label, font)
        canvas.showPage()
    canvas.save()


def _draw(canvas: Canvas, d: PackageLabelData, font: str) -> None:
    width, height = WIDTH_MM * mm, HEIGHT_MM * mm
    inner = width - 2 * _M
    top = height - _M
    canvas.setFont(font, 10)
    # 1. courier and drive
    used = _text(canvas, d.courier_name, font, 16, _M, top, inner * 0.62)
    _text(canvas, d.drive_name, font, 8, _M + inner * 0.62, top - 2, inner * 0.38, align="right")
    top -= used + 2 * mm
    canvas.setLineWidth(0.8)
    canvas.line(_M, top, width - _M, top)
    top -= 3 * mm
    # 2. tracking number
    _text(canvas, "运单号", font, 8, _M, top, inner)
    top -= 4 * mm
    if d.tracking_number:
        # the courier's number gets 3-dot modules (0.375 mm) where they fit: read from further away, and
        # robust when a driver maps the 100 mm page onto 799 or 800 dots
        wide = module_width_pt(DPI, 3)
        module = wide if (len(code128_modules(d.tracking_number)) + 2 * QUIET_ZONE_MODULES) * wide <= inner else MODULE_PT
        drawn = _bars(canvas, font, d.tracking_number, width / 2, top - 20 * mm - 11 * 1.1, 20 * mm, 11, module)
        top -= drawn + 2 * mm
    else:
        canvas.setStrokeColor(colors.black)
        canvas.rect(_M, top - 12 * mm, inner, 12 * mm)
        _text(canvas, "运单号：未填写", font, 12, _M, top - 3.5 * mm, inner, align="center")
        top -= 14 * mm
    canvas.line(_M, top, width - _M, top)
    top -= 2.5 * mm
    # 3. destination
    top -= _text(canvas, "收货点", font, 8, _M, top, inner) + 0.5 * mm
    top -= _text(canvas, d.destination_name, font, 16, _M, top, inner) + 1 * mm
    top -= _text(canvas, " · ".join(p for p in (d.district, d.township) if p), font, 11, _M, top, inner) + 0.5 * mm
    top -= _text(canvas, d.address, font, 9, _M, top, inner) + 0.5 * mm
    contact = "  ".join(p for p in (f"联系人 {d.contact_name}" if d.contact_name else "",
                                    f"电话 {d.contact_phone}" if d.contact_phone else "") if p)
    if contact:
        top -= _text(canvas, contact, font, 10, _M, top, inner)
    top -= 2 * mm
    canvas.line(_M, top, width - _M, top)
    # 5. shipment and package barcodes along the bottom (drawn first: they fix the space left for 4.)
    bottom_height = 12 * mm + 9 * 1.1
    _bars(canvas, font, d.shipment_code, _M + inner / 4, _M + 3 * mm, 12 * mm, 9)
    _bars(canvas, font, d.package_code, _M + inner * 3 / 4, _M + 3 * mm, 12 * mm, 9)
    _text(canvas, "发货单", font, 7, _M, _M + 3 * mm + bottom_height + 3.5 * mm, inner / 2, align="center")
    _text(canvas, "包裹", font, 7, _M + inner / 2, _M + 3 * mm + bottom_height + 3.5 * mm, inner / 2,
          align="center")
    floor = _M + 3 * mm + bottom_height + 4 * mm
    canvas.line(_M, floor, width - _M, floor)
    # 4. package n/m and weight, centred in what is left
    room = top - floor
    big = min(40, room / mm * 1.6)
    block = big * 1.25 + 12 * 1.25 * 2
    y = floor + (room - block) / 2 + block
    y -= _text(canvas, f"包裹 {d.number}/{d.of}", font, big, _M, y, inner, align="center")
    y -= _text(canvas, f"重量 {weight_text(d.weight_g)}", font, 12, _M, y, inner, align="center")
    _text(canvas, f"件套 {d.item_sets}", font, 12, _M, y, inner, align="center")
