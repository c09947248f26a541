"""Figures: the claims, across articles and outlets, that restate one quantity from one source.

Linking is record linkage. Claims are blocked by the quantity they anchor on ("over 16,000",
"16,000" and "about 16,000" anchor on 16,000; "thousands" is a vague range of its own; units
by unit). Within a block two claims may state the same figure when nothing stated differs:
- the event and the side: unknown agrees with anything, two stated values must be equal (the
  kind of group, read from a noun — "citizens" who served in an army — only ranks pairs);
- the origin: two stated origins must share a country;
- the ultimate source: equal, or one of them weak (an outlet's own voice, or an outlet cited
  for it), since a restatement often drops who said it;
- publication within FIGURE_WINDOW_DAYS of the figure's other claims;
- an addition ("another four", "12 more") is news of its own, never a restatement.
Pairs are scored by the fields they share and merged best first, a merge allowed only while
the whole figure stays consistent, so "unknown agrees with anything" never chains two stated
values together. Each claim keeps the reason it was linked. The result depends only on the
block's claims, so updating incrementally gives what a rebuild gives.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from muster.extraction.lexicon import people

FIGURE_WINDOW_DAYS = 60
PRECISION = ["exact", "approximate", "range", "at_least", "more_than", "at_most", "vague", "unit"]
# "another four", "a further 12", "12 more": the count adds to one given before.
INCREMENT_WORDS = r"(?:another|an additional|additional|a further|further|extra)"
INCREMENT_BEFORE = re.compile(rf"\b{INCREMENT_WORDS}\s+$", re.IGNORECASE)
INCREMENT_AFTER = re.compile(r"^\s*(?:more|additional|others?)\b", re.IGNORECASE)
WEAK_KINDS = ("cited outlet", "own voice")
FIRST = "first claim of the figure"


@dataclass(frozen=True)
class ClaimFacts:
    """What linking needs of a claim."""

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
    sentence: str = ""
    text: str = ""
    source_key: str = ""
    source_kind: str = "own voice"

    @property
    def origins(self) -> frozenset[str]:
        return frozenset(c for c in self.origin.split(",") if c)

    @property
    def weak(self) -> bool:
        return self.source_kind in WEAK_KINDS

    @property
    def increment(self) -> bool:
        if re.match(rf"{INCREMENT_WORDS}\b", self.text, re.IGNORECASE):
            return True
        at = self.sentence.find(self.text) if self.text else -1
        if at < 0:
            return False
        return bool(INCREMENT_BEFORE.search(self.sentence[:at]) or INCREMENT_AFTER.match(self.sentence[at + len(self.text):]))


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
    """The quantity a claim anchors on: its block."""
    if c.qualifier == "unit":
        return f"unit {c.unit_count if c.unit_count is not None else 'some'} {c.unit_name}"
    if c.qualifier == "vague":
        return f"vague {c.low}-{c.high}"
    return f"about {c.low if c.low is not None else c.high}"


def bucket_of(c: ClaimFacts) -> str:
    return hashlib.sha1(shape(c).encode()).hexdigest()


def _days(a: str, b: str) -> int:
    return abs((date.fromisoformat(b) - date.fromisoformat(a)).days)


@dataclass
class _Cluster:
    members: list[ClaimFacts]
    reasons: dict[str, str] = field(default_factory=dict)

    def stated(self, attribute) -> set:
        return {v for c in self.members if (v := attribute(c)) not in (None, "", "people")}


def _field_values(c: ClaimFacts) -> dict[str, object]:
    return {"event": c.event if c.event != "other" else None, "side": c.side, "group": group_class(c.group),
            "source": None if c.weak else c.source_key}


def _consistent(a: _Cluster, b: _Cluster) -> bool:
    members = a.members + b.members
    if len({c.increment for c in members}) > 1 or any(c.increment for c in members) and \
            len({c.source_key for c in members}) > 1:
        return False
    for name in ("event", "side", "source"):
        values = {v for c in members if (v := _field_values(c)[name]) is not None}
        if len(values) > 1:
            return False
    stated = [c.origins for c in members if c.origins]
    if stated and not frozenset.intersection(*stated):
        return False
    dates = sorted(c.published for c in members if c.published)
    return not dates or _days(dates[0], dates[-1]) <= FIGURE_WINDOW_DAYS


def _agreement(a: ClaimFacts, b: ClaimFacts) -> tuple[int, list[str]]:
    """How much two claims share, and what, for ranking pairs and keeping the reason."""
    shared = []
    va, vb = _field_values(a), _field_values(b)
    for name in ("source", "event", "side", "group"):
        if va[name] is not None and va[name] == vb[name] and va[name] != "people":
            shared.append(f"same {name}")
    if a.origins and a.origins & b.origins:
        shared.append("shared origin")
    if a.source_key == b.source_key and a.weak:
        shared.append("same outlet's voice")
    if a.qualifier == b.qualifier:
        shared.append("same wording of the bound")
    weight = 3 * ("same source" in shared) + len(shared)
    return weight, shared


def components(claims: list[ClaimFacts]) -> list[_Cluster]:
    """Link one block's claims into figures, best-agreeing pairs first."""
    ordered = sorted(claims, key=lambda c: c.id)
    clusters = {c.id: _Cluster([c], {c.id: FIRST}) for c in ordered}
    owner = {c.id: c.id for c in ordered}
    pairs = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if a.published and b.published and _days(a.published, b.published) > FIGURE_WINDOW_DAYS:
                continue
            weight, shared = _agreement(a, b)
            pairs.append((-weight, a.id, b.id, shared))
    for _, a_id, b_id, shared in sorted(pairs, key=lambda p: p[:3]):
        ka, kb = owner[a_id], owner[b_id]
        if ka == kb or not _consistent(clusters[ka], clusters[kb]):
            continue
        keep, gone = sorted((ka, kb))
        joiner, partner = (b_id, a_id) if gone == kb else (a_id, b_id)
        why = f"same quantity as claim {partner[:12]}: " + (", ".join(shared) or "nothing stated differs")
        for c in clusters[gone].members:
            owner[c.id] = keep
            reason = clusters[gone].reasons[c.id]
            clusters[keep].reasons[c.id] = (why if c.id == joiner else f"through claim {joiner[:12]}, {why}") \
                if reason == FIRST else reason
        clusters[keep].members += clusters[gone].members
        del clusters[gone]
    return sorted(clusters.values(), key=lambda cl: min(c.id for c in cl.members))


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
    links: dict[str, str]


def _one(values: set, default):
    return next(iter(values)) if len(values) == 1 else default


def make_figure(bucket: str, cluster: _Cluster) -> Figure:
    members = cluster.members
    lows = [c.low for c in members if c.low is not None]
    highs = [c.high for c in members if c.high is not None]
    qualifier = min((c.qualifier for c in members), key=PRECISION.index)
    dates = [c.published for c in members if c.published]
    event = _one({c.event for c in members if c.event != "other"}, "other")
    side = _one({c.side for c in members if c.side}, None)
    stated = [c.origins for c in members if c.origins]
    origin_set = sorted(frozenset.intersection(*stated)) if stated else []
    origin = "," + ",".join(origin_set) + "," if origin_set else ""
    klass = _one({group_class(c.group) for c in members} - {"people"}, "people")
    sources = sorted({c.source_key for c in members if not c.weak}) or sorted({c.source_key for c in members})
    reason = (f"{len(members)} claim(s) of one quantity ({shape(members[0])}) from {', '.join(sources)}, "
              f"event {event}, side {side or 'unstated'}, origin {', '.join(origin_set) or 'unstated'}"
              + (f", published within {FIGURE_WINDOW_DAYS} days" if dates else ", undated"))
    first = min(c.id for c in members)
    return Figure(
        id=hashlib.sha1(f"{bucket}:{first}".encode()).hexdigest()[:24], bucket=bucket,
        event=event, side=side, origin=origin, group_class=klass,
        low=min(lows) if lows else None, high=max(highs) if highs else None, qualifier=qualifier,
        unit_name=members[0].unit_name, first_seen=min(dates) if dates else None, last_seen=max(dates) if dates else None,
        claim_ids=sorted(c.id for c in members), reason=reason, links=dict(cluster.reasons))
