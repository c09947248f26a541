"""The web UI and JSON API: one FastAPI app over a store."""
from muster.serve.app import ServeSettings, create_app

__all__ = ["ServeSettings", "create_app"]
