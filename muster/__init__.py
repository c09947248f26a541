"""muster: a sourced ledger of people-count claims from conflict reporting."""
from muster.records import Claim, Quantity, Unit

__version__ = "0.1.0"
ENGINE_VERSION = "2"  # 2: learned decisions over an article frame


def extract(text: str) -> list[dict]:
    """Every people-count claim in `text`, as the plain records `Store.claims()` returns (the
    claim contract's fields; a stored claim adds its id, article and provenance)."""
    from muster.extraction.engine import extract as run

    return [{k: v for k, v in c.to_dict().items() if k != "file"} for c in run(text)]


def open_store(url: str | None = None):
    """Open the claim database at `url` (default: MUSTER_DB, then sqlite:///muster.db); put
    articles in with `muster.ingest.ingest(store, paths)`."""
    from muster.store import open_store as open_

    return open_(url)


__all__ = ["Claim", "Quantity", "Unit", "extract", "open_store", "__version__", "ENGINE_VERSION"]
