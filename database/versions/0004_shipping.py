"""shipping: destinations' needs, couriers' areas, rules, pickup days and rates; packages; pickups; new states

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 10:05:00

Schema (issue 6): new tables ``destination_need`` (category, size or any, count), ``courier_area``
(districts a courier serves), ``pickup`` (one collection by a courier = one handover manifest) and
``package`` (包裹: number, weight in grams, label code). New nullable columns: ``destination.township``
and ``institution_kind``; ``courier.tracking_pattern``, ``check_digit``, ``pickup_days``,
``first_kg_fen``, ``extra_kg_fen`` (rate card, CNY fen per package: first kg and each further kg);
``shipment.packed_at``, ``in_transit_at``, ``receipt_confirmed_at``, ``pickup_id``, ``receiver``,
``receipt_date``, ``receipt_note``, ``receipt_file``, ``cost_fen``; ``shipment_line.allocated_at`` and
``package_id``, and ``shipment_line.packed_at`` becomes nullable (a line with no ``packed_at`` is an
allocation made by a confirmed plan). ``shipment_line`` is rebuilt in batch mode for that: it is
a child table only, so dropping the old copy deletes nothing else.

Status mapping of existing shipments (the old ``open`` meant "being packed"):
``open`` with no packed item set → ``planned``; ``open`` with item sets → ``packed`` (its contents
were scanned in; a coordinator can reopen packing, ``packed → planned``); ``handed_over`` and
``delivered`` keep their names. Each shipment with item sets gets one package, number 1, holding all
its lines, weight unknown (NULL); ``packed_at`` of a shipment is its last line's ``packed_at``.

``shipment.status``'s CHECK constraint is changed on SQLite by rewriting the table's definition in
``sqlite_schema`` (see 0002 for why batch mode cannot copy a parent table): first widened to the
union of both lists, then the rows are mapped, then narrowed to the new list, which every row now
satisfies.

Data: destinations loaded from the drive file get their township from the address and the kind
``community_centre`` when their name ends in 儿童之家 (the drive loader fills the rest).
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_OLD = "status IN ('open','handed_over','delivered')"
_UNION = ("status IN ('open','planned','packed','handed_over','in_transit','delivered','receipt_confirmed',"
          "'cancelled')")
_NEW = "status IN ('planned','packed','handed_over','in_transit','delivered','receipt_confirmed','cancelled')"


def _set_status_check(old: str, new: str) -> None:
    """Replace shipment's status CHECK ``old`` by ``new`` (see the module docstring for SQLite)."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        with op.batch_alter_table('shipment', schema=None) as batch_op:
            batch_op.drop_constraint('ck_shipment_status', type_='check')
            batch_op.create_check_constraint(op.f('ck_shipment_status'), sa.text(new))
        return
    table_sql = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type='table' AND name='shipment'").scalar()
    if old not in table_sql:
        raise RuntimeError(f"shipment's status constraint is not the expected one: {table_sql}")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    bind.exec_driver_sql("PRAGMA writable_schema=ON")
    bind.execute(
        sa.text("UPDATE sqlite_master SET sql = :sql WHERE type='table' AND name='shipment'"),
        {"sql": table_sql.replace(old, new)},
    )
    bind.exec_driver_sql(f"PRAGMA schema_version={version + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema=OFF")


def _add_reference(table: str, column: str, target: str) -> None:
    """A nullable INTEGER column referencing ``target.id``, added in place (no table copy), indexed."""
    name = f"fk_{table}_{column}_{target}"
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(f'ALTER TABLE {table} ADD COLUMN {column} INTEGER CONSTRAINT {name} REFERENCES {target} (id)')
    else:
        op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
        op.create_foreign_key(name, table, target, [column], ['id'])
    op.create_index(f'ix_{table}_{column}', table, [column], unique=False)


def upgrade() -> None:
    op.create_table('courier_area',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('courier_id', sa.Integer(), nullable=False),
    sa.Column('district', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['courier_id'], ['courier.id'], name=op.f('fk_courier_area_courier_id_courier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_courier_area')),
    sa.UniqueConstraint('courier_id', 'district', name='uq_courier_area_district')
    )
    op.create_index('ix_courier_area_courier_id', 'courier_area', ['courier_id'], unique=False)
    op.create_index('ix_courier_area_district', 'courier_area', ['district'], unique=False)

    op.create_table('destination_need',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('destination_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('size', sa.String(length=40), nullable=True),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.CheckConstraint('count > 0', name=op.f('ck_destination_need_count')),
    sa.ForeignKeyConstraint(['destination_id'], ['destination.id'],
                            name=op.f('fk_destination_need_destination_id_destination')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destination_need')),
    sa.UniqueConstraint('destination_id', 'category', 'size', name='uq_destination_need_line')
    )
    op.create_index('ix_destination_need_destination_id', 'destination_need', ['destination_id'], unique=False)

    op.create_table('pickup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('courier_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=60), nullable=False),
    sa.Column('station', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['courier_id'], ['courier.id'], name=op.f('fk_pickup_courier_id_courier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pickup')),
    sa.UniqueConstraint('code', name=op.f('uq_pickup_code'))
    )
    op.create_index('ix_pickup_courier_id', 'pickup', ['courier_id'], unique=False)

    op.create_table('package',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('shipment_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('weight_g', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('number > 0', name=op.f('ck_package_number')),
    sa.CheckConstraint('weight_g IS NULL OR weight_g > 0', name=op.f('ck_package_weight')),
    sa.ForeignKeyConstraint(['shipment_id'], ['shipment.id'], name=op.f('fk_package_shipment_id_shipment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_package')),
    sa.UniqueConstraint('code', name=op.f('uq_package_code')),
    sa.UniqueConstraint('shipment_id', 'number', name='uq_package_shipment_number')
    )
    op.create_index('ix_package_shipment_id', 'package', ['shipment_id'], unique=False)

    with op.batch_alter_table('courier', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tracking_pattern', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('check_digit', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('pickup_days', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('first_kg_fen', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('extra_kg_fen', sa.Integer(), nullable=True))

    with op.batch_alter_table('destination', schema=None) as batch_op:
        batch_op.add_column(sa.Column('township', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('institution_kind', sa.String(length=20), nullable=True))

    with op.batch_alter_table('shipment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('packed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('in_transit_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('receipt_confirmed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('receiver', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('receipt_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('receipt_note', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('receipt_file', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('cost_fen', sa.Integer(), nullable=True))
    _add_reference('shipment', 'pickup_id', 'pickup')

    with op.batch_alter_table('shipment_line', schema=None, recreate='always') as batch_op:
        batch_op.alter_column('packed_at', existing_type=sa.DateTime(timezone=True), nullable=True)
        batch_op.add_column(sa.Column('allocated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('package_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f('fk_shipment_line_package_id_package'), 'package', ['package_id'], ['id'])
        batch_op.create_index('ix_shipment_line_package_id', ['package_id'], unique=False)

    _set_status_check(_OLD, _UNION)
    _map_statuses()
    _set_status_check(_UNION, _NEW)
    _fill_destinations()


def _map_statuses() -> None:
    """Old ``open`` → ``planned`` (nothing packed) or ``packed``; one package per shipment with lines."""
    from bqw_desktop.domain.identifiers import CodeKind, make_code

    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT s.id, s.status, s.created_at, count(l.id), max(l.packed_at) FROM shipment s "
        "LEFT JOIN shipment_line l ON l.shipment_id = s.id GROUP BY s.id ORDER BY s.id")).all()
    serial = 0
    for shipment_id, status, created_at, lines, last_packed in rows:
        if status == 'open':
            bind.execute(sa.text("UPDATE shipment SET status = :s WHERE id = :i"),
                         {"s": 'packed' if lines else 'planned', "i": shipment_id})
        if lines:
            bind.execute(sa.text("UPDATE shipment SET packed_at = :p WHERE id = :i"),
                         {"p": last_packed, "i": shipment_id})
            serial += 1
            bind.execute(sa.text(
                "INSERT INTO package (code, shipment_id, number, weight_g, created_at) "
                "VALUES (:c, :s, 1, NULL, :t)"),
                {"c": make_code(CodeKind.PACKAGE, serial), "s": shipment_id, "t": last_packed or created_at})
            bind.execute(sa.text(
                "UPDATE shipment_line SET package_id = (SELECT id FROM package WHERE shipment_id = :s) "
                "WHERE shipment_id = :s"), {"s": shipment_id})


def _fill_destinations() -> None:
    bind = op.get_bind()
    for dest_id, name, district, address in bind.execute(
            sa.text("SELECT id, name, district, address FROM destination")).all():
        prefix = f"浙江省杭州市{district}"
        township = address[len(prefix):] if address.startswith(prefix) and len(address) > len(prefix) else None
        kind = 'community_centre' if name.endswith('儿童之家') else None
        bind.execute(sa.text("UPDATE destination SET township = :t, institution_kind = :k WHERE id = :i"),
                     {"t": township, "k": kind, "i": dest_id})


def downgrade() -> None:
    bind = op.get_bind()
    left = bind.exec_driver_sql(
        "SELECT count(*) FROM shipment WHERE status IN ('in_transit','receipt_confirmed','cancelled')").scalar()
    if left:
        raise RuntimeError(f"{left} shipments are in transit, receipt confirmed or cancelled: 0003 cannot hold them")
    allocated = bind.exec_driver_sql("SELECT count(*) FROM shipment_line WHERE packed_at IS NULL").scalar()
    if allocated:
        raise RuntimeError(f"{allocated} item sets are allocated but not packed: 0003 cannot hold them")
    _set_status_check(_NEW, _UNION)
    bind.exec_driver_sql("UPDATE shipment SET status = 'open' WHERE status IN ('planned','packed')")
    _set_status_check(_UNION, _OLD)
    with op.batch_alter_table('shipment_line', schema=None, recreate='always') as batch_op:
        batch_op.drop_index('ix_shipment_line_package_id')
        batch_op.drop_constraint(op.f('fk_shipment_line_package_id_package'), type_='foreignkey')
        batch_op.drop_column('package_id')
        batch_op.drop_column('allocated_at')
        batch_op.alter_column('packed_at', existing_type=sa.DateTime(timezone=True), nullable=False)
    op.drop_index('ix_shipment_pickup_id', table_name='shipment')
    with op.batch_alter_table('shipment', schema=None) as batch_op:
        for column in ('pickup_id', 'cost_fen', 'receipt_file', 'receipt_note', 'receipt_date', 'receiver',
                       'receipt_confirmed_at', 'in_transit_at', 'packed_at'):
            batch_op.drop_column(column)
    with op.batch_alter_table('destination', schema=None) as batch_op:
        batch_op.drop_column('institution_kind')
        batch_op.drop_column('township')
    with op.batch_alter_table('courier', schema=None) as batch_op:
        for column in ('extra_kg_fen', 'first_kg_fen', 'pickup_days', 'check_digit', 'tracking_pattern'):
            batch_op.drop_column(column)
    op.drop_table('package')
    op.drop_table('pickup')
    op.drop_table('destination_need')
    op.drop_table('courier_area')
