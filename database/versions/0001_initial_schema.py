"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-29 08:56:41.097599
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('courier',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_courier')),
    sa.UniqueConstraint('code', name=op.f('uq_courier_code')),
    sa.UniqueConstraint('name', name=op.f('uq_courier_name'))
    )
    op.create_table('destination',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('district', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('contact_name', sa.String(length=60), nullable=True),
    sa.Column('contact_phone', sa.String(length=30), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destination')),
    sa.UniqueConstraint('code', name=op.f('uq_destination_code')),
    sa.UniqueConstraint('name', name=op.f('uq_destination_name'))
    )
    with op.batch_alter_table('destination', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_destination_district'), ['district'], unique=False)

    op.create_table('donor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('contact', sa.String(length=120), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donor')),
    sa.UniqueConstraint('name', name=op.f('uq_donor_name'))
    )
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=60), nullable=False),
    sa.Column('station', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity_kind', sa.String(length=20), nullable=False),
    sa.Column('entity_code', sa.String(length=40), nullable=False),
    sa.Column('before', sa.String(length=40), nullable=True),
    sa.Column('after', sa.String(length=40), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_at'), ['at'], unique=False)
        batch_op.create_index('ix_event_entity', ['entity_kind', 'entity_code'], unique=False)

    op.create_table('inbound_carton',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('donor_id', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['donor_id'], ['donor.id'], name=op.f('fk_inbound_carton_donor_id_donor')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbound_carton')),
    sa.UniqueConstraint('code', name=op.f('uq_inbound_carton_code'))
    )
    with op.batch_alter_table('inbound_carton', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inbound_carton_donor_id'), ['donor_id'], unique=False)

    op.create_table('shipment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('destination_id', sa.Integer(), nullable=False),
    sa.Column('courier_id', sa.Integer(), nullable=False),
    sa.Column('tracking_number', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('handed_over_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('open','handed_over','delivered')", name=op.f('ck_shipment_status')),
    sa.ForeignKeyConstraint(['courier_id'], ['courier.id'], name=op.f('fk_shipment_courier_id_courier')),
    sa.ForeignKeyConstraint(['destination_id'], ['destination.id'], name=op.f('fk_shipment_destination_id_destination')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shipment')),
    sa.UniqueConstraint('code', name=op.f('uq_shipment_code'))
    )
    with op.batch_alter_table('shipment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shipment_courier_id'), ['courier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shipment_destination_id'), ['destination_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shipment_status'), ['status'], unique=False)

    op.create_table('item_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('carton_id', sa.Integer(), nullable=False),
    sa.Column('donor_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('pieces', sa.Integer(), nullable=False),
    sa.Column('size', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.CheckConstraint("status IN ('received','passed','failed','packed','shipped','delivered')", name=op.f('ck_item_set_status')),
    sa.CheckConstraint('pieces > 0', name=op.f('ck_item_set_pieces')),
    sa.ForeignKeyConstraint(['carton_id'], ['inbound_carton.id'], name=op.f('fk_item_set_carton_id_inbound_carton')),
    sa.ForeignKeyConstraint(['donor_id'], ['donor.id'], name=op.f('fk_item_set_donor_id_donor')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item_set')),
    sa.UniqueConstraint('code', name=op.f('uq_item_set_code'))
    )
    with op.batch_alter_table('item_set', schema=None) as batch_op:
        batch_op.create_index('ix_item_set_carton_status', ['carton_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_item_set_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_item_set_donor_id'), ['donor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_item_set_status'), ['status'], unique=False)

    op.create_table('inspection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_set_id', sa.Integer(), nullable=False),
    sa.Column('result', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('inspector', sa.String(length=60), nullable=False),
    sa.Column('station', sa.String(length=60), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("result IN ('passed','failed')", name=op.f('ck_inspection_result')),
    sa.ForeignKeyConstraint(['item_set_id'], ['item_set.id'], name=op.f('fk_inspection_item_set_id_item_set')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection'))
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_item_set_id'), ['item_set_id'], unique=False)

    op.create_table('shipment_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shipment_id', sa.Integer(), nullable=False),
    sa.Column('item_set_id', sa.Integer(), nullable=False),
    sa.Column('packed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['item_set_id'], ['item_set.id'], name=op.f('fk_shipment_line_item_set_id_item_set')),
    sa.ForeignKeyConstraint(['shipment_id'], ['shipment.id'], name=op.f('fk_shipment_line_shipment_id_shipment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shipment_line')),
    sa.UniqueConstraint('item_set_id', name=op.f('uq_shipment_line_item_set_id'))
    )
    with op.batch_alter_table('shipment_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shipment_line_shipment_id'), ['shipment_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('shipment_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shipment_line_shipment_id'))

    op.drop_table('shipment_line')
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_item_set_id'))

    op.drop_table('inspection')
    with op.batch_alter_table('item_set', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_set_status'))
        batch_op.drop_index(batch_op.f('ix_item_set_donor_id'))
        batch_op.drop_index(batch_op.f('ix_item_set_category'))
        batch_op.drop_index('ix_item_set_carton_status')

    op.drop_table('item_set')
    with op.batch_alter_table('shipment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shipment_status'))
        batch_op.drop_index(batch_op.f('ix_shipment_destination_id'))
        batch_op.drop_index(batch_op.f('ix_shipment_courier_id'))

    op.drop_table('shipment')
    with op.batch_alter_table('inbound_carton', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbound_carton_donor_id'))

    op.drop_table('inbound_carton')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_entity')
        batch_op.drop_index(batch_op.f('ix_event_at'))

    op.drop_table('event')
    op.drop_table('donor')
    with op.batch_alter_table('destination', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_destination_district'))

    op.drop_table('destination')
    op.drop_table('courier')
