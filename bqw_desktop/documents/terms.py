"""Chinese names used on printed documents, which are in Chinese whatever the UI language.

Names follow shared/GLOSSARY.md.
"""

from __future__ import annotations

from ..domain.catalogue import Category, NonconformanceReason
from ..domain.lifecycle import ShipmentStatus
from ..domain.logistics import InstitutionKind
from ..domain.roles import Role

CATEGORY_ZH = {
    Category.CLOTHING: "服装",
    Category.SPORTS: "体育用品",
    Category.STUDY: "文化学习用品",
    Category.DAILY: "生活用品",
}

SHIPMENT_STATUS_ZH = {
    ShipmentStatus.PLANNED: "已计划",
    ShipmentStatus.PACKED: "已装箱",
    ShipmentStatus.HANDED_OVER: "已交接",
    ShipmentStatus.IN_TRANSIT: "运输中",
    ShipmentStatus.DELIVERED: "已送达",
    ShipmentStatus.RECEIPT_CONFIRMED: "已签收",
    ShipmentStatus.CANCELLED: "已取消",
}

INSTITUTION_KIND_ZH = {
    InstitutionKind.TOWNSHIP_OFFICE: "乡镇（街道）",
    InstitutionKind.SCHOOL: "学校",
    InstitutionKind.COMMUNITY_CENTRE: "社区服务中心",
}

REASON_ZH = {
    NonconformanceReason.DAMAGED: "破损",
    NonconformanceReason.STAINED: "污渍",
    NonconformanceReason.UNSAFE: "安全隐患",
    NonconformanceReason.EXPIRED: "过期",
    NonconformanceReason.INCOMPLETE: "不成套",
    NonconformanceReason.WRONG_CATEGORY: "类别不符",
}

ROLE_ZH = {
    Role.VOLUNTEER: "志愿者",
    Role.COORDINATOR: "物流协调员",
    Role.ADMINISTRATOR: "管理员",
    Role.AUDITOR: "审计员",
}
