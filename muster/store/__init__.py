"""The claim database: one SQLAlchemy schema on SQLite and PostgreSQL, migrated on open.

`Store` and `open_store` are loaded on first use, so the commands that read a SQLite store
through quick.py never load the database toolkit."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from muster.store.database import Store, open_store

__all__ = ["Store", "open_store"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from muster.store import database

        return getattr(database, name)
    raise AttributeError(f"module 'muster.store' has no attribute '{name}'")
