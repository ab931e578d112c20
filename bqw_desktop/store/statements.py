"""Core statements that more than one service's scan path runs, built once: building a statement costs
more than running it (bench/scan.py, bench/pack_scan.py)."""

from __future__ import annotations

from sqlalchemy import bindparam, update

from .models import ItemSet

#: an item set's new status, by its id: parameters ``item`` (the id) and ``status`` (the value)
SET_ITEM_SET_STATUS = (update(ItemSet.__table__).where(ItemSet.__table__.c.id == bindparam("item"))
                       .values(status=bindparam("status")))
