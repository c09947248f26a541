"""Reading reconciled data: figures with their sources and carriers, estimates as of a date,
timelines, canonical sources. Each view is computed here once; the CLI, exports (and the web
pages and API) render these rows. Every row carries the claim ids behind it.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from muster.reconcile.assembly import assemble, rows_of
from muster.store.database import Store
from muster.store.plain import ClaimFilters
from muster.store.queries import chains, conditions
from muster.store.schema import (
    article_signatures,
    articles,
    attributions,
    canonical_sources,
    claim_buckets,
    claims,
    figures,
    source_aliases,
    sources,
)


def canonical_map(conn) -> dict[str, tuple[str, str]]:
    """raw source name → (canonical name, kind)."""
    rows = conn.execute(select(sources.c.name, canonical_sources.c.name, canonical_sources.c.kind)
                        .join(source_aliases, source_aliases.c.source_id == sources.c.id)
                        .join(canonical_sources, canonical_sources.c.id == source_aliases.c.canonical_id)).all()
    return {raw: (name, kind) for raw, name, kind in rows}


def load(store: Store, f: ClaimFilters, as_of: str | None = None, figure_id: str | None = None) -> dict[str, dict[str, Any]]:
    """Figures with their claims, as of a date (claims published later are left out)."""
    cond = conditions(store, f)
    if figure_id:
        cond.append(figures.c.id == figure_id)
    if as_of:
        cond.append(articles.c.published <= as_of)
    q = (select(figures, claims.c.id.label("claim_id"), claims.c.text, claims.c.low.label("c_low"),
                claims.c.high.label("c_high"), claims.c.qualifier.label("c_qualifier"), articles.c.published,
                articles.c.outlet, articles.c.id.label("article_id"), article_signatures.c.group_id,
                claim_buckets.c.source_name, claim_buckets.c.source_kind, claim_buckets.c.source_reason,
                claim_buckets.c.link_reason)
         .join(claim_buckets, claim_buckets.c.figure_id == figures.c.id)
         .join(claims, claims.c.id == claim_buckets.c.claim_id)
         .join(articles, articles.c.id == claims.c.article_id)
         .outerjoin(article_signatures, article_signatures.c.article_id == articles.c.id)
         .where(*cond).order_by(figures.c.id, articles.c.published, claims.c.id))
    with store.read() as conn:
        rows = conn.execute(q).all()
        chain = chains(conn, [r.claim_id for r in rows])
        canonical = canonical_map(conn)
    return assemble(rows, chain, canonical)


def figure_rows(store: Store, f: ClaimFilters, as_of: str | None = None, figure_id: str | None = None) -> list[dict]:
    return rows_of(load(store, f, as_of, figure_id))


def figure_of_claim(store: Store, claim_id: str) -> dict | None:
    with store.read() as conn:
        figure_id = conn.execute(select(claim_buckets.c.figure_id).where(claim_buckets.c.claim_id == claim_id)).scalar()
    if not figure_id:
        return None
    rows = figure_rows(store, ClaimFilters(), figure_id=figure_id)
    return rows[0] if rows else None


def _key(figure: dict, by: str) -> str:
    if by == "origin":
        return ",".join(figure["origin"]) or "unstated"
    if by == "side":
        return figure["side"] or "none"
    return figure["event"]


def _overlap(a: dict, b: dict) -> bool:
    lo_a, hi_a = a["low"] if a["low"] is not None else float("-inf"), a["high"] if a["high"] is not None else float("inf")
    lo_b, hi_b = b["low"] if b["low"] is not None else float("-inf"), b["high"] if b["high"] is not None else float("inf")
    return lo_a <= hi_b and lo_b <= hi_a


def estimates(store: Store, f: ClaimFilters, by: str = "origin", as_of: str | None = None) -> list[dict]:
    """Per key: the latest figure of each independent ultimate source as of the date, the
    range from the lowest low to the highest high, how many independent sources and carrying
    reports, and whether independent figures conflict. Never an average."""
    loaded = load(store, f, as_of)
    by_key: dict[tuple[str, str], list[dict]] = {}
    for figure in loaded.values():
        # Casualties, detentions and recruits of one country are different quantities: the event is always in the key.
        by_key.setdefault((_key(figure, by), figure["event"]), []).append(figure)
    out = []
    for (key, event), group in sorted(by_key.items()):
        # Each source's figures of its latest date (several when it gave several that day).
        latest: dict[str, list[dict]] = {}
        for figure in group:
            if figure["qualifier"] == "unit" or figure["part"]:
                continue
            for source in figure["ultimate_sources"]:
                current = latest.setdefault(source, [])
                if not current or (figure["last_seen"] or "") > (current[0]["last_seen"] or ""):
                    latest[source] = [figure]
                elif (figure["last_seen"] or "") == (current[0]["last_seen"] or ""):
                    current.append(figure)
        independent = sorted({fg["id"]: fg for figs in latest.values() for fg in figs}.values(), key=lambda fg: fg["id"])
        lows = [fg["low"] for fg in independent]
        highs = [fg["high"] for fg in independent]
        # A conflict is two sources whose figures cannot both be true; one source's own figures are not a conflict.
        conflict = any(not _overlap(a, b) for sa, fa in latest.items() for sb, fb in latest.items() if sa < sb
                       for a in fa for b in fb)
        units = [fg for fg in group if fg["qualifier"] == "unit"]
        out.append({
            by: key, "event": event, "low": None if not lows or None in lows else min(lows),
            "high": None if not highs or None in highs else max(highs),
            "lowest_low": min((x for x in lows if x is not None), default=None),
            "highest_high": max((x for x in highs if x is not None), default=None),
            "independent_sources": len(latest), "reports": len({r for fg in independent for r in _reports(fg)}),
            "articles": len({c.article_id for fg in independent for c in fg["claims"]}),
            "conflict": conflict, "as_of": as_of,
            "figures": [{"source": s, "figure_id": fg["id"], "low": fg["low"], "high": fg["high"],
                         "qualifier": fg["qualifier"], "last_seen": fg["last_seen"],
                         "claim_ids": [c.id for c in fg["claims"]]}
                        for s, figs in sorted(latest.items()) for fg in sorted(figs, key=lambda x: x["id"])],
            "units": [{"figure_id": fg["id"], "unit": fg["unit_name"], "claim_ids": [c.id for c in fg["claims"]]} for fg in units],
            "parts": [{"figure_id": fg["id"], "low": fg["low"], "high": fg["high"], "sources": fg["ultimate_sources"],
                       "claim_ids": [c.id for c in fg["claims"]]} for fg in sorted(group, key=lambda x: x["id"]) if fg["part"]],
        })
    return out


def _reports(figure: dict) -> set[str]:
    return {c.report for c in figure["claims"]}


def timeline(store: Store, f: ClaimFilters, by: str = "origin") -> list[dict]:
    """Per key, the figures in order of first appearance, each with who said it."""
    rows = []
    for figure in sorted(load(store, f).values(), key=lambda x: (x["first_seen"] or "9999", x["id"])):
        rows.append({by: _key(figure, by), "date": figure["first_seen"], "last_seen": figure["last_seen"],
                     "low": figure["low"], "high": figure["high"], "qualifier": figure["qualifier"],
                     "sources": figure["ultimate_sources"], "figure_id": figure["id"],
                     "claim_ids": [c.id for c in figure["claims"]]})
    return sorted(rows, key=lambda r: (r[by], r["date"] or "9999"))


def source_rows(store: Store) -> list[dict]:
    with store.read() as conn:
        aliases = conn.execute(select(canonical_sources.c.id, canonical_sources.c.name, canonical_sources.c.kind,
                                      sources.c.name.label("alias"), source_aliases.c.reason)
                               .join(source_aliases, source_aliases.c.canonical_id == canonical_sources.c.id)
                               .join(sources, sources.c.id == source_aliases.c.source_id)
                               .order_by(canonical_sources.c.name, sources.c.name)).all()
        claim_counts = dict(conn.execute(select(source_aliases.c.canonical_id, func.count(func.distinct(attributions.c.claim_id)))
                                         .join(attributions, attributions.c.source_id == source_aliases.c.source_id)
                                         .group_by(source_aliases.c.canonical_id)).all())
        figure_counts = dict(conn.execute(
            select(source_aliases.c.canonical_id, func.count(func.distinct(claim_buckets.c.figure_id)))
            .join(attributions, attributions.c.source_id == source_aliases.c.source_id)
            .join(claim_buckets, claim_buckets.c.claim_id == attributions.c.claim_id)
            .group_by(source_aliases.c.canonical_id)).all())
    out: dict[int, dict] = {}
    for r in aliases:
        row = out.setdefault(r.id, {"name": r.name, "kind": r.kind, "aliases": [], "claims": claim_counts.get(r.id, 0),
                                    "figures": figure_counts.get(r.id, 0)})
        row["aliases"].append({"name": r.alias, "reason": r.reason})
    return list(out.values())
