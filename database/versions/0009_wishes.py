"""wishes: organisations, claimers, children, micro-wishes and claims (issue 12)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 11:00:00

Schema (issue 12, "Children and wishes", "Claims"): new tables ``organisation`` (alliance members),
``claimer`` (their people who claim wishes), ``child`` (a pseudonymous code and what matching needs: no
name, no ID number, no birth date), ``wish`` (the wish, its category, way of fulfilment, state and the
moment of each move) and ``claim`` (who claimed a wish and when; at most one claim of a wish not
withdrawn, a partial unique index). Only new tables: a store upgraded from 0008 has no wishes yet.
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'organisation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('party_branch','charity')", name=op.f('ck_organisation_kind')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
        sa.UniqueConstraint('name', name=op.f('uq_organisation_name')),
    )
    op.create_table(
        'claimer',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('organisation_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('party_member','volunteer')", name=op.f('ck_claimer_kind')),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'],
                                name=op.f('fk_claimer_organisation_id_organisation')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_claimer')),
        sa.UniqueConstraint('organisation_id', 'name', name='uq_claimer_organisation_name'),
    )
    op.create_index(op.f('ix_claimer_name'), 'claimer', ['name'], unique=False)
    op.create_table(
        'child',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=16), nullable=False),
        sa.Column('district', sa.String(length=20), nullable=False),
        sa.Column('township', sa.String(length=40), nullable=True),
        sa.Column('destination_id', sa.Integer(), nullable=False),
        sa.Column('age_band', sa.String(length=10), nullable=False),
        sa.Column('gender', sa.String(length=10), nullable=False),
        sa.Column('height_cm', sa.Integer(), nullable=True),
        sa.Column('shoe_size', sa.Integer(), nullable=True),
        sa.Column('difficulty', sa.String(length=20), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("gender IN ('female','male')", name=op.f('ck_child_gender')),
        sa.CheckConstraint("difficulty IN ('left_behind','orphan','poor_family','disability')",
                           name=op.f('ck_child_difficulty')),
        sa.CheckConstraint("age_band IN ('3-5','6-8','9-11','12-14','15-17')", name=op.f('ck_child_age_band')),
        sa.CheckConstraint("height_cm IS NULL OR height_cm BETWEEN 50 AND 200", name=op.f('ck_child_height')),
        sa.CheckConstraint("shoe_size IS NULL OR shoe_size BETWEEN 15 AND 46", name=op.f('ck_child_shoe_size')),
        sa.ForeignKeyConstraint(['destination_id'], ['destination.id'],
                                name=op.f('fk_child_destination_id_destination')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_child')),
        sa.UniqueConstraint('code', name=op.f('uq_child_code')),
    )
    op.create_index(op.f('ix_child_district'), 'child', ['district'], unique=False)
    op.create_index(op.f('ix_child_destination_id'), 'child', ['destination_id'], unique=False)
    op.create_table(
        'wish',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=16), nullable=False),
        sa.Column('child_id', sa.Integer(), nullable=False),
        sa.Column('text', sa.String(length=200), nullable=False),
        sa.Column('category', sa.String(length=30), nullable=False),
        sa.Column('size', sa.String(length=40), nullable=True),
        sa.Column('fulfilment', sa.String(length=20), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.String(length=200), nullable=True),
        *(sa.Column(moment, sa.DateTime(timezone=True), nullable=moment != 'collected_at')
          for moment in ('collected_at', 'claimed_at', 'matched_at', 'packed_at', 'shipped_at', 'delivered_at',
                         'handed_over_at', 'fulfilled_at', 'ended_at')),
        sa.CheckConstraint(
            "status IN ('collected','claimed','matched','packed','shipped','delivered','handed_over','fulfilled',"
            "'cancelled','unfulfillable')",
            name=op.f('ck_wish_status')),
        sa.CheckConstraint("category IN ('study','clothing','sports','daily_necessities','psychological_support',"
                           "'social_activity')", name=op.f('ck_wish_category')),
        sa.CheckConstraint("fulfilment IN ('warehouse','bought','service')", name=op.f('ck_wish_fulfilment')),
        sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_wish_child_id_child')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_wish')),
        sa.UniqueConstraint('code', name=op.f('uq_wish_code')),
    )
    op.create_index(op.f('ix_wish_child_id'), 'wish', ['child_id'], unique=False)
    op.create_index('ix_wish_status_category', 'wish', ['status', 'category'], unique=False)
    op.create_table(
        'claim',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('wish_id', sa.Integer(), nullable=False),
        sa.Column('claimer_id', sa.Integer(), nullable=False),
        sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('actor', sa.String(length=60), nullable=False),
        sa.Column('station', sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(['wish_id'], ['wish.id'], name=op.f('fk_claim_wish_id_wish')),
        sa.ForeignKeyConstraint(['claimer_id'], ['claimer.id'], name=op.f('fk_claim_claimer_id_claimer')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_claim')),
    )
    op.create_index(op.f('ix_claim_wish_id'), 'claim', ['wish_id'], unique=False)
    op.create_index(op.f('ix_claim_claimer_id'), 'claim', ['claimer_id'], unique=False)
    op.create_index('uq_claim_open_wish', 'claim', ['wish_id'], unique=True,
                    sqlite_where=sa.text('withdrawn_at IS NULL'), postgresql_where=sa.text('withdrawn_at IS NULL'))


def downgrade() -> None:
    op.drop_table('claim')
    op.drop_table('wish')
    op.drop_table('child')
    op.drop_table('claimer')
    op.drop_table('organisation')
