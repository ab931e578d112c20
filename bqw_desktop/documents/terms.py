"""Chinese names used on printed documents, which are in Chinese whatever the UI language.

Names follow shared/GLOSSARY.md.
"""

from __future__ import annotations

from ..domain.catalogue import Category
from ..domain.lifecycle import ShipmentStatus

CATEGORY_ZH = {
    Category.CLOTHING: "服装",
    Category.SPORTS: "体育用品",
    Category.STUDY: "文化学习用品",
    Category.DAILY: "生活用品",
}

SHIPMENT_STATUS_ZH = {
    ShipmentStatus.OPEN: "装箱中",
    ShipmentStatus.HANDED_OVER: "已交接",
    ShipmentStatus.DELIVERED: "已送达",
}
