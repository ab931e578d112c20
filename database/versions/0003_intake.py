"""intake: donors, receipts, manifests, discrepancy resolutions, printer profiles

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 09:40:59.375946

Schema (issue 4, "Intake and labels"): new tables ``receipt`` (one arrival from a donor),
``manifest_line`` (its expected lines), ``discrepancy_resolution`` (a coordinator's resolution of
an expected-vs-received difference) and ``printer_profile``; new nullable columns ``donor.pinyin``
(initials, indexed, for search), ``donor.phone``, ``donor.address``, ``inbound_carton.receipt_id``
(indexed, references ``receipt``), ``inbound_carton.donor_ref`` (the donor's carton number),
``item_set.condition`` (new | used) and ``item_set.gtin`` (indexed). Existing rows keep NULL.

Data: the pinyin initials of the donors already in the store are filled in (pypinyin).

Why ``inbound_carton.receipt_id`` is added with a plain ``ALTER TABLE ... ADD COLUMN ...
REFERENCES`` on SQLite and not in batch mode: batch mode would copy and drop ``inbound_carton``,
the parent of ``item_set``; with ``PRAGMA foreign_keys=ON`` that fails on any store with item sets
(see 0002). SQLite allows adding a nullable column with a REFERENCES clause in place.
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('printer_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('template', sa.String(length=30), nullable=False),
    sa.Column('dpi', sa.Integer(), nullable=False),
    sa.Column('module_dots', sa.Integer(), nullable=False),
    sa.Column('gap_mm', sa.Float(), nullable=False),
    sa.Column('offset_x_mm', sa.Float(), nullable=False),
    sa.Column('offset_y_mm', sa.Float(), nullable=False),
    sa.Column('sheet_rows', sa.Integer(), nullable=False),
    sa.Column('sheet_columns', sa.Integer(), nullable=False),
    sa.Column('sheet_margin_top_mm', sa.Float(), nullable=False),
    sa.Column('sheet_margin_left_mm', sa.Float(), nullable=False),
    sa.Column('sheet_pitch_x_mm', sa.Float(), nullable=False),
    sa.Column('sheet_pitch_y_mm', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_printer_profile')),
    sa.UniqueConstraint('name', name=op.f('uq_printer_profile_name'))
    )
    op.create_table('receipt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('donor_id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('station', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('manifest_source', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['donor_id'], ['donor.id'], name=op.f('fk_receipt_donor_id_donor')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt'))
    )
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_donor_id'), ['donor_id'], unique=False)

    op.create_table('discrepancy_resolution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=60), nullable=False),
    sa.Column('station', sa.String(length=60), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], name=op.f('fk_discrepancy_resolution_receipt_id_receipt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discrepancy_resolution')),
    sa.UniqueConstraint('receipt_id', 'key', name='uq_discrepancy_resolution_receipt_key')
    )
    op.create_table('manifest_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('row', sa.Integer(), nullable=False),
    sa.Column('carton_ref', sa.String(length=40), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('gtin', sa.String(length=14), nullable=True),
    sa.Column('size', sa.String(length=40), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('pieces', sa.Integer(), nullable=False),
    sa.CheckConstraint('pieces > 0', name=op.f('ck_manifest_line_pieces')),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_manifest_line_quantity')),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], name=op.f('fk_manifest_line_receipt_id_receipt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_manifest_line'))
    )
    with op.batch_alter_table('manifest_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_manifest_line_receipt_id'), ['receipt_id'], unique=False)

    with op.batch_alter_table('donor', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pinyin', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('phone', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('address', sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f('ix_donor_pinyin'), ['pinyin'], unique=False)

    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE inbound_carton ADD COLUMN receipt_id INTEGER '
                   'CONSTRAINT fk_inbound_carton_receipt_id_receipt REFERENCES receipt (id)')
        with op.batch_alter_table('inbound_carton', schema=None) as batch_op:
            batch_op.add_column(sa.Column('donor_ref', sa.String(length=40), nullable=True))
            batch_op.create_index(batch_op.f('ix_inbound_carton_receipt_id'), ['receipt_id'], unique=False)
    else:
        with op.batch_alter_table('inbound_carton', schema=None) as batch_op:
            batch_op.add_column(sa.Column('receipt_id', sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column('donor_ref', sa.String(length=40), nullable=True))
            batch_op.create_index(batch_op.f('ix_inbound_carton_receipt_id'), ['receipt_id'], unique=False)
            batch_op.create_foreign_key(batch_op.f('fk_inbound_carton_receipt_id_receipt'), 'receipt', ['receipt_id'], ['id'])

    with op.batch_alter_table('item_set', schema=None) as batch_op:
        batch_op.add_column(sa.Column('condition', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('gtin', sa.String(length=14), nullable=True))
        batch_op.create_index(batch_op.f('ix_item_set_gtin'), ['gtin'], unique=False)

    _fill_donor_initials()


def _fill_donor_initials() -> None:
    from bqw_desktop.domain.receiving import pinyin_initials

    bind = op.get_bind()
    donors = bind.execute(sa.text('SELECT id, name FROM donor')).all()
    for donor_id, name in donors:
        bind.execute(sa.text('UPDATE donor SET pinyin = :p WHERE id = :i'), {'p': pinyin_initials(name), 'i': donor_id})


def downgrade() -> None:
    with op.batch_alter_table('item_set', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_set_gtin'))
        batch_op.drop_column('gtin')
        batch_op.drop_column('condition')

    with op.batch_alter_table('inbound_carton', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_inbound_carton_receipt_id_receipt'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_inbound_carton_receipt_id'))
        batch_op.drop_column('donor_ref')
        batch_op.drop_column('receipt_id')

    with op.batch_alter_table('donor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_donor_pinyin'))
        batch_op.drop_column('address')
        batch_op.drop_column('phone')
        batch_op.drop_column('pinyin')

    with op.batch_alter_table('manifest_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_manifest_line_receipt_id'))

    op.drop_table('manifest_line')
    op.drop_table('discrepancy_resolution')
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_donor_id'))

    op.drop_table('receipt')
    op.drop_table('printer_profile')
