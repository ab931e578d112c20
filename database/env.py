"""Alembic environment: runs migrations on the engine the app hands over (``config.attributes``)."""

from alembic import context
from sqlalchemy import create_engine

from bqw_desktop.store.models import Base

config = context.config
engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only alter tables by copying them
        # One transaction for the whole upgrade, so the write lock is held from reading the version to
        # the last migration: Alembic's SQLite default commits after each migration, and a second
        # station starting at the same moment then read a version in between and ran the rest again
        # ("table … already exists"). SQLite runs DDL inside a transaction.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
