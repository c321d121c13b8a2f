"""Alembic migrations of the service database (run programmatically by db.migrate)."""
