"""idempotency keys: one click, one thing (case C14)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 02:10:00

Schema (issue 9): new table ``idempotency_key`` (token, kind, result, at, actor, station). Every create
(shipment, package, carton, item sets, receipt, donor, checklist check) may carry a token that the
window takes for its form; the token is the primary key, so a second request with the same token —
a double click, a repeated Enter, the same request from another station — creates nothing and is
answered with the first result.
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'idempotency_key',
        sa.Column('token', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('result', sa.Text(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('actor', sa.String(length=60), nullable=False),
        sa.Column('station', sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint('token', name=op.f('pk_idempotency_key')),
    )


def downgrade() -> None:
    op.drop_table('idempotency_key')
