"""How a figure's bounds and a source chain are written, once, for every surface: the CLI
tables, the web pages and charts, and the CSV exports all call these two functions."""
from __future__ import annotations

from typing import Any, Iterable

# Between the links of an attribution chain: "TT News Agency ← Erik Lindqvist" reads as "TT,
# which had it from Lindqvist".
CHAIN_SEPARATOR = " ← "


def bounds(low: int | None, high: int | None, unit: Any = None) -> str:
    """ "400", "2,000–9,999", "at least 16,000", "at most 300", "unknown"; a unit count as
    "2 battalion(s)" or "some battalion(s)"."""
    if unit:
        count = unit.get("count") if isinstance(unit, dict) else getattr(unit, "count", None)
        name = unit.get("name") if isinstance(unit, dict) else getattr(unit, "name", "")
        return f"{'some' if count is None else f'{count:,}'} {name}(s)"
    if low is None and high is None:
        return "unknown"
    if high is None:
        return f"at least {low:,}"
    if low is None:
        return f"at most {high:,}"
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"


def chain(sources: Iterable[str], own_voice: str = "") -> str:
    """An attribution chain, outermost source first; `own_voice` when there is none."""
    names = [s for s in sources if s]
    return CHAIN_SEPARATOR.join(names) if names else own_voice
