"""Figures: claims that state the same quantity about the same people, close in time.

Claims fall into buckets by event, side, origin set, kind of group (combatants, civilians,
people at large) and the quantity itself: the anchor number for precise figures ("at least
70" and "70" share the anchor 70, so they are compatible, not in conflict), the bounds for
vague ones, the unit for units. Within a bucket, claims published within FIGURE_WINDOW_DAYS
of each other form one figure. Every figure keeps the reason it was formed.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from muster.extraction.lexicon import people

FIGURE_WINDOW_DAYS = 60
PRECISION = ["exact", "approximate", "range", "at_least", "more_than", "at_most", "vague", "unit"]


@dataclass(frozen=True)
class ClaimFacts:
    """What bucketing needs of a claim."""

    id: str
    published: str | None
    low: int | None
    high: int | None
    qualifier: str
    unit_name: str | None
    unit_count: int | None
    event: str
    side: str | None
    origin: str
    group: str


def group_class(group: str) -> str:
    word = (group.split() or [""])[-1].lower().strip("”\"'")
    singular = word[:-1] if word.endswith("s") else word
    lex = people()
    if word in lex["civilian"] or singular in lex["civilian"]:
        return "civilian"
    if word in lex["combatant"] or singular in lex["combatant"]:
        return "combatant"
    return "people"


def shape(c: ClaimFacts) -> str:
    if c.qualifier == "unit":
        return f"unit {c.unit_count if c.unit_count is not None else 'some'} {c.unit_name}"
    if c.qualifier == "vague":
        return f"vague {c.low}-{c.high}"
    return f"about {c.low if c.low is not None else c.high}"


def bucket_of(c: ClaimFacts) -> str:
    key = "|".join([c.event, (c.side or "").lower(), c.origin, group_class(c.group), shape(c)])
    return hashlib.sha1(key.encode()).hexdigest()


def _days(a: str, b: str) -> int:
    return abs((date.fromisoformat(b) - date.fromisoformat(a)).days)


def components(claims: list[ClaimFacts]) -> list[list[ClaimFacts]]:
    """Split one bucket's claims where publication dates are more than the window apart.
    Undated claims make one figure of their own."""
    dated = sorted((c for c in claims if c.published), key=lambda c: (c.published, c.id))
    undated = sorted((c for c in claims if not c.published), key=lambda c: c.id)
    out: list[list[ClaimFacts]] = []
    for c in dated:
        if out and _days(out[-1][-1].published, c.published) <= FIGURE_WINDOW_DAYS:
            out[-1].append(c)
        else:
            out.append([c])
    if undated:
        out.append(undated)
    return out


@dataclass
class Figure:
    id: str
    bucket: str
    event: str
    side: str | None
    origin: str
    group_class: str
    low: int | None
    high: int | None
    qualifier: str
    unit_name: str | None
    first_seen: str | None
    last_seen: str | None
    claim_ids: list[str]
    reason: str


def make_figure(bucket: str, members: list[ClaimFacts]) -> Figure:
    first = members[0]
    lows = [c.low for c in members if c.low is not None]
    highs = [c.high for c in members if c.high is not None]
    qualifier = min((c.qualifier for c in members), key=PRECISION.index)
    dates = [c.published for c in members if c.published]
    origin = first.origin.strip(",").replace(",", ", ") or "unstated"
    reason = (f"{len(members)} claim(s) of the same quantity ({shape(first)}), event {first.event}, "
              f"side {first.side or 'none'}, origin {origin}, {group_class(first.group)} group"
              + (f", published within {FIGURE_WINDOW_DAYS} days of each other" if dates else ", undated"))
    return Figure(
        id=hashlib.sha1(f"{bucket}:{sorted(c.id for c in members)[0]}".encode()).hexdigest()[:24], bucket=bucket,
        event=first.event, side=first.side, origin=first.origin, group_class=group_class(first.group),
        low=min(lows) if lows else None, high=max(highs) if highs else None, qualifier=qualifier,
        unit_name=first.unit_name, first_seen=min(dates) if dates else None, last_seen=max(dates) if dates else None,
        claim_ids=sorted(c.id for c in members), reason=reason)
