"""Persistence: SQLAlchemy models, engine and session setup, migrations and backups."""
