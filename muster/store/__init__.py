"""The claim database: one SQLAlchemy schema on SQLite and PostgreSQL, migrated on open."""
from muster.store.database import Store, open_store

__all__ = ["Store", "open_store"]
