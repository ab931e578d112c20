"""people: accounts with roles, badges and PIN hashes (issue 10)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 06:00:00

Schema (issue 10, "Stations and people"): new table ``person`` (name, role, badge, pin_hash, active,
created_at). A store upgraded from an earlier version has no people: its next window start creates the
administrator.
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'person',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('badge', sa.String(length=16), nullable=False),
        sa.Column('pin_hash', sa.String(length=200), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('volunteer','coordinator','administrator','auditor')",
                           name=op.f('ck_person_role')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
        sa.UniqueConstraint('name', name=op.f('uq_person_name')),
        sa.UniqueConstraint('badge', name=op.f('uq_person_badge')),
    )


def downgrade() -> None:
    op.drop_table('person')
