"""wish goods: the item set matched to a wish, and its hand-over to the child (issue 12)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 11:45:00

Schema (issue 12, "Matching goods to wishes", "On paper, at the destination"): ``wish`` gains
``item_set_id`` (the item set matched to a goods-wish; an item set fulfils at most one wish, a partial
unique index), ``handed_over_to`` (who took the goods for the child: the child, a guardian or a teacher),
``satisfied`` and ``feedback`` (the child's feedback, so the report's satisfaction figure comes from
records). Existing wishes keep nulls: none is matched yet.
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('wish') as batch_op:
        batch_op.add_column(sa.Column('item_set_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('handed_over_to', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('satisfied', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('feedback', sa.String(length=200), nullable=True))
        batch_op.create_foreign_key(op.f('fk_wish_item_set_id_item_set'), 'item_set', ['item_set_id'], ['id'])
        batch_op.create_check_constraint(
            op.f('ck_wish_handed_over_to'), sa.text("handed_over_to IN ('child','guardian','teacher')"))
    op.create_index('uq_wish_item_set', 'wish', ['item_set_id'], unique=True,
                    sqlite_where=sa.text('item_set_id IS NOT NULL'),
                    postgresql_where=sa.text('item_set_id IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('uq_wish_item_set', table_name='wish')
    with op.batch_alter_table('wish') as batch_op:
        batch_op.drop_constraint(op.f('ck_wish_handed_over_to'), type_='check')
        batch_op.drop_constraint(op.f('fk_wish_item_set_id_item_set'), type_='foreignkey')
        for column in ('feedback', 'satisfied', 'handed_over_to', 'item_set_id'):
            batch_op.drop_column(column)
