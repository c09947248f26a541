"""muster: a sourced ledger of people-count claims from conflict reporting."""
from muster.records import Claim, Quantity, Unit

__version__ = "0.1.0"
ENGINE_VERSION = "2"  # 2: learned decisions over an article frame


def extract(text: str) -> list[Claim]:
    """Every people-count claim in `text`, with bounds, origin, side, event, sources and status."""
    from muster.extraction.engine import extract as run

    return run(text)


def open_store(url: str | None = None):
    """Open the claim database at `url` (default: MUSTER_DB, then sqlite:///muster.db)."""
    from muster.store import open_store as open_

    return open_(url)


__all__ = ["Claim", "Quantity", "Unit", "extract", "open_store", "__version__", "ENGINE_VERSION"]
