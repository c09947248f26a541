"""muster: a sourced ledger of people-count claims from conflict reporting."""
from muster.records import Claim, Quantity, Unit

__version__ = "0.1.0"
ENGINE_VERSION = "1"


def extract(text: str) -> list[Claim]:
    """Every people-count claim in `text`, with bounds, origin, side, event, sources and status."""
    from muster.extraction.engine import extract as run

    return run(text)


__all__ = ["Claim", "Quantity", "Unit", "extract", "__version__", "ENGINE_VERSION"]
