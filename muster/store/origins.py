"""How a list of origin codes is written in a column: a JSON array ('["SE", "US"]'). Filtering
goes through the claim_origins table (one row per claim and code), never through this text."""
from __future__ import annotations

import json


def dump_origin(codes: list[str] | tuple[str, ...]) -> str:
    return json.dumps(list(codes))


def load_origin(text: str | None) -> list[str]:
    """The codes of a stored origin; also reads the ",SE,US," form stores before revision 0005 held."""
    if not text:
        return []
    if text.startswith("["):
        return list(json.loads(text))
    return [c for c in text.split(",") if c]
