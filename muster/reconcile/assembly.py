"""Figures put together from their claim rows: the sources behind each, who carried it, its
range and dates. Plain Python over rows, so views.py (through the database toolkit) and
store/quick.py (through sqlite3) assemble the same figure from the same query."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from muster.reconcile.figures import PRECISION, WEAK_KINDS
from muster.store.origins import load_origin


@dataclass
class FigureClaim:
    id: str
    text: str
    low: int | None
    high: int | None
    qualifier: str
    published: str | None
    outlet: str | None
    article_id: str
    report: str  # the syndication group: reprints of one wire story share it
    chain: list[str]
    ultimate: str = ""        # the source this claim's chain resolved to
    source_reason: str = ""   # how
    link_reason: str = ""     # why it joined the figure


def carriers_of(chain: list[str], outlet: str | None, ultimate: str, canonical: dict, article_id: str = "") -> list[str]:
    """Who passed the number on: the publishing outlet and every link of the chain but the source."""
    publisher = canonical.get(outlet, (outlet, "outlet"))[0] if outlet else f"article {article_id[:12]} (outlet unknown)"
    names = [canonical.get(n, (n, "unknown"))[0] for n in chain]
    return sorted(({publisher} | set(names)) - {ultimate})


def assemble(rows, chain: dict[str, list[str]], canonical: dict) -> dict[str, dict[str, Any]]:
    """Figures with their claims from the rows of a figure query (a figure's columns, then each
    claim's: claim_id, text, c_low, c_high, c_qualifier, published, outlet, article_id, group_id
    and the bucket's source_name, source_kind, source_reason, link_reason), in that order."""
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        figure = out.setdefault(r.id, {
            "id": r.id, "event": r.event, "side": r.side, "origin": load_origin(r.origin),
            "group_class": r.group_class, "part": bool(r.part), "qualifier": r.qualifier, "unit_name": r.unit_name, "reason": r.reason,
            "claims": [], "ultimate_sources": set(), "weak_sources": set(), "carriers": set(), "reports": set()})
        ultimate = r.source_name or "unresolved"
        figure["claims"].append(FigureClaim(r.claim_id, r.text, r.c_low, r.c_high, r.c_qualifier, r.published,
                                            r.outlet, r.article_id, r.group_id or r.article_id, chain[r.claim_id],
                                            ultimate, r.source_reason or "", r.link_reason or ""))
        if r.source_kind in WEAK_KINDS:
            figure["weak_sources"].add((r.source_kind != "cited outlet", r.published or "9999", ultimate))
        else:
            figure["ultimate_sources"].add(ultimate)
        figure["carriers"].update(carriers_of(chain[r.claim_id], r.outlet, ultimate, canonical, r.article_id))
        figure["reports"].add(r.group_id or r.article_id)
    for figure in out.values():
        members = figure["claims"]
        # Weak sources name a figure only when no source does, and then only one: the outlet cited
        # for it, else the earliest outlet that gave it in its own voice; the others restate it.
        weak = sorted(figure.pop("weak_sources"))
        figure["ultimate_sources"] = figure["ultimate_sources"] or ({weak[0][2]} if weak else set())
        lows = [c.low for c in members if c.low is not None]
        highs = [c.high for c in members if c.high is not None]
        dates = [c.published for c in members if c.published]
        figure.update(low=min(lows) if lows else None, high=max(highs) if highs else None,
                      qualifier=min((c.qualifier for c in members), key=PRECISION.index),
                      first_seen=min(dates) if dates else None, last_seen=max(dates) if dates else None,
                      ultimate_sources=sorted(figure["ultimate_sources"]),
                      carriers=sorted(figure["carriers"] - figure["ultimate_sources"]),
                      reports=len(figure["reports"]), articles=len({c.article_id for c in members}))
    return out


def rows_of(loaded: dict[str, dict[str, Any]]) -> list[dict]:
    """Figures as rows, oldest first, each with its claim ids, texts and mentions."""
    rows = []
    for figure in sorted(loaded.values(), key=lambda x: (x["first_seen"] or "", x["id"])):
        rows.append({**{k: v for k, v in figure.items() if k != "claims"},
                     "claim_ids": [c.id for c in figure["claims"]], "texts": sorted({c.text for c in figure["claims"]}),
                     "mentions": [mention(c) for c in figure["claims"]]})
    return rows


def mention(c: FigureClaim) -> dict:
    """One claim of a figure as a reader checks it: where and when, who it traces to, why it was linked."""
    return {"claim_id": c.id, "text": c.text, "outlet": c.outlet, "published": c.published, "chain": c.chain,
            "ultimate_source": c.ultimate, "source_reason": c.source_reason, "link_reason": c.link_reason}


