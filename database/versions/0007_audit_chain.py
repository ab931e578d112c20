"""audit chain: every event carries its predecessor's hash and its own (issue 10)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 04:00:00

Schema (issue 10, "A trail an auditor can verify"): ``event.prev_hash`` and ``event.hash`` (64 hex
digits, SHA-256, NOT NULL). The events already in the store are chained here, oldest first, exactly as
``services.audit.append`` chains new ones (``bqw_desktop.domain.trail``), so an upgraded store verifies.
"""

from datetime import datetime

import sqlalchemy as sa
from alembic import op

from bqw_desktop.domain import trail

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_CHUNK = 10_000


def upgrade() -> None:
    op.add_column('event', sa.Column('prev_hash', sa.String(length=64), nullable=True))
    op.add_column('event', sa.Column('hash', sa.String(length=64), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT id, at, actor, station, action, entity_kind, entity_code, before, after, detail "
        "FROM event ORDER BY id")).all()
    update = sa.text("UPDATE event SET prev_hash = :prev_hash, hash = :hash WHERE id = :id")
    last, chained = trail.GENESIS, []
    for row in rows:
        at = row[1] if isinstance(row[1], datetime) else datetime.fromisoformat(row[1])  # SQLite: naive UTC text
        hash_ = trail.link(last, trail.canonical(row[0], at, *row[2:]))
        chained.append({"id": row[0], "prev_hash": last, "hash": hash_})
        last = hash_
        if len(chained) == _CHUNK:
            connection.execute(update, chained)
            chained = []
    if chained:
        connection.execute(update, chained)
    with op.batch_alter_table('event') as batch_op:
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('event') as batch_op:
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
