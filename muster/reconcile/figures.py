"""Figures: the claims, across articles and outlets, that restate one quantity from one source.

Linking is record linkage. Claims are blocked by the quantity they anchor on ("over 16,000",
"16,000" and "about 16,000" anchor on 16,000; "thousands" is a vague range of its own; units
by unit). Within a block two claims may state the same figure when nothing stated differs:
- the event and the side: unknown agrees with anything, two stated values must be equal (the
  kind of group, read from a noun — "citizens" who served in an army — only ranks pairs; a
  side counts as stated where the claim's sentence names it, not where it was inferred);
- the origin: two origins the sentences name must share a country (an origin extraction
  inferred from the rest of the article only ranks pairs: outlets retelling one figure frame
  their stories differently);
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
from functools import cached_property

from muster.reconcile.ultimate import CITED_OUTLET, OWN_VOICE
from muster.store.origins import dump_origin, load_origin

FIGURE_WINDOW_DAYS = 60
PRECISION = ["exact", "approximate", "range", "at_least", "more_than", "at_most", "vague", "unit"]
# "another four", "a further 12", "12 more": the count adds to one given before.
INCREMENT_WORDS = r"(?:another|an additional|additional|a further|further|extra)"
INCREMENT_BEFORE = re.compile(rf"\b{INCREMENT_WORDS}\s+$", re.IGNORECASE)
INCREMENT_AFTER = re.compile(r"^\s*(?:more|additional|others?)\b", re.IGNORECASE)
# "including 40 children", "of whom 12 died", "70 of them": a part of a whole counted before it.
PART_BEFORE = re.compile(r"\b(?:including|among them|among whom|of whom|of which|of those)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
PART_AFTER = re.compile(r"^\s+of\s+(?:them|those|these|whom|which)\b", re.IGNORECASE)
WEAK_KINDS = (CITED_OUTLET, OWN_VOICE)
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
    source_kind: str = OWN_VOICE
    group_class: str = "people"  # what extraction decided the counted people are

    @cached_property
    def origins(self) -> frozenset[str]:
        return frozenset(load_origin(self.origin))

    @cached_property
    def named_origins(self) -> frozenset[str]:
        """The origins the claim's own sentence names as people ("Nepalis", "from Nepal"); the
        rest were inferred from the article, or are a state named for what it does ("on the
        Russian side")."""
        from muster.extraction.frame import country_roles

        return self.origins & {code for code, role in country_roles(self.sentence) if role == "people"}

    @cached_property
    def named_side(self) -> str | None:
        """The side, where the claim's own sentence names that party or state; None where it
        was inferred from the article."""
        from muster.extraction.sides import parties_named_in
        from muster.normalize.countries import find_countries

        if self.side is None:
            return None
        named = set(parties_named_in(self.sentence)) | {m.code for m in find_countries(self.sentence)}
        return self.side if self.side in named else None

    @property
    def weak(self) -> bool:
        return self.source_kind in WEAK_KINDS

    def _around(self) -> tuple[str, str] | None:
        """The sentence before and after the claim's words, or None where they are not found."""
        at = self.sentence.find(self.text) if self.text else -1
        return (self.sentence[:at], self.sentence[at + len(self.text):]) if at >= 0 else None

    @property
    def part(self) -> bool:
        around = self._around()
        return around is not None and bool(PART_BEFORE.search(around[0]) or PART_AFTER.match(around[1]))

    @property
    def increment(self) -> bool:
        if re.match(rf"{INCREMENT_WORDS}\b", self.text, re.IGNORECASE):
            return True
        around = self._around()
        return around is not None and bool(INCREMENT_BEFORE.search(around[0]) or INCREMENT_AFTER.match(around[1]))


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
    """Claims linked so far, with what they state between them, so a merge is checked at once."""

    members: list[ClaimFacts]
    reasons: dict[str, str]
    stated: dict[str, set] = field(default_factory=dict)
    origins: frozenset[str] | None = None  # the countries every named origin shares; None: none named
    increment: bool = False
    sources: set[str] = field(default_factory=set)
    first: str | None = None
    last: str | None = None

    @classmethod
    def of(cls, members: list[ClaimFacts], reasons: dict[str, str]) -> _Cluster:
        cluster = cls([], {})
        for c in members:
            cluster.absorb(_Cluster([c], {}, {k: {v} - {None} for k, v in _field_values(c).items()},
                                    c.named_origins or None, c.increment, {c.source_key}, c.published, c.published))
        cluster.reasons = reasons
        return cluster

    def absorb(self, other: _Cluster) -> None:
        if not self.members:
            self.stated = {k: set() for k in other.stated}
        for k, v in other.stated.items():
            self.stated[k] |= v
        if other.origins is not None:
            self.origins = other.origins if self.origins is None else self.origins & other.origins
        self.increment = self.increment or other.increment
        self.sources |= other.sources
        dates = [d for d in (self.first, self.last, other.first, other.last) if d]
        self.first, self.last = (min(dates), max(dates)) if dates else (None, None)
        self.members += other.members
        self.reasons.update(other.reasons)


def _field_values(c: ClaimFacts) -> dict[str, object]:
    return {"event": c.event if c.event != "other" else None, "side": c.named_side,
            "source": None if c.weak else c.source_key}


def _consistent(a: _Cluster, b: _Cluster) -> bool:
    if a.increment != b.increment or (a.increment and len(a.sources | b.sources) > 1):
        return False
    if any(len(a.stated[k] | b.stated[k]) > 1 for k in a.stated):
        return False
    if a.origins is not None and b.origins is not None and not a.origins & b.origins:
        return False
    if a.first and b.first:
        gap = max(0, _days(a.last, b.first) if a.last < b.first else _days(b.last, a.first) if b.last < a.first else 0)
        return gap <= FIGURE_WINDOW_DAYS
    return True


def _agreement(a: ClaimFacts, b: ClaimFacts) -> tuple[int, list[str]]:
    """How much two claims share, and what, for ranking pairs and keeping the reason."""
    shared = []
    va, vb = _field_values(a), _field_values(b)
    for name in ("source", "event", "side"):
        if va[name] is not None and va[name] == vb[name]:
            shared.append(f"same {name}")
    if a.group_class == b.group_class != "people":
        shared.append("same kind of group")
    if a.origins and a.origins & b.origins:
        shared.append("shared origin")
    if a.source_key == b.source_key and a.weak:
        shared.append("same outlet's voice")
    if a.qualifier == b.qualifier:
        shared.append("same wording of the bound")
    weight = 3 * ("same source" in shared) + len(shared)
    return weight, shared


def _identical_runs(claims: list[ClaimFacts]) -> list[_Cluster]:
    """Claims that state exactly the same things, split where publication leaves a gap wider
    than the window: each run is one figure before any judgment is needed."""
    by_record: dict[tuple, list[ClaimFacts]] = {}
    for c in claims:
        by_record.setdefault((c.source_key, c.event, c.side or "", tuple(sorted(c.origins)), c.increment), []).append(c)
    runs: list[_Cluster] = []
    for members in by_record.values():
        dated = sorted((c for c in members if c.published), key=lambda c: (c.published, c.id))
        undated = sorted((c for c in members if not c.published), key=lambda c: c.id)
        parts: list[list[ClaimFacts]] = []
        for c in dated:
            if parts and _days(parts[-1][-1].published, c.published) <= FIGURE_WINDOW_DAYS:
                parts[-1].append(c)
            else:
                parts.append([c])
        for part in parts + ([undated] if undated else []):
            part = sorted(part, key=lambda c: c.id)
            head = part[0].id
            runs.append(_Cluster.of(part, {c.id: FIRST if c.id == head else
                                           f"states what claim {head[:12]} states: same source, event, side and origin"
                                           for c in part}))
    return runs


def components(claims: list[ClaimFacts]) -> list[_Cluster]:
    """Link one block's claims into figures: identical records first, then the best-agreeing
    pairs of what is left, each merge only while the figure stays consistent."""
    runs = sorted(_identical_runs(claims), key=lambda r: min(c.id for c in r.members))
    clusters = {min(c.id for c in r.members): r for r in runs}
    owner = {key: key for key in clusters}
    reps = {key: next(c for c in r.members if c.id == key) for key, r in clusters.items()}
    keys = sorted(clusters)
    pairs = []
    for i, ka in enumerate(keys):
        for kb in keys[i + 1:]:
            if not _consistent(clusters[ka], clusters[kb]):
                continue
            weight, shared = _agreement(reps[ka], reps[kb])
            pairs.append((-weight, ka, kb, shared))
    for _, a_id, b_id, shared in sorted(pairs, key=lambda p: p[:3]):
        ka, kb = owner[a_id], owner[b_id]
        if ka == kb or not _consistent(clusters[ka], clusters[kb]):
            continue
        keep, gone = sorted((ka, kb))
        joiner, partner = (b_id, a_id) if gone == kb else (a_id, b_id)
        why = f"same quantity as claim {partner[:12]}: " + (", ".join(shared) or "nothing stated differs")
        moved = clusters.pop(gone)
        moved.reasons = {cid: (why if cid == joiner else f"through claim {joiner[:12]}, {why}") if r == FIRST else r
                         for cid, r in moved.reasons.items()}
        for k, v in owner.items():
            if v == gone:
                owner[k] = keep
        clusters[keep].absorb(moved)
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
    part: bool  # a part of a whole counted before it: listed with estimates, never widening their range


def _one(values: set, default):
    return next(iter(values)) if len(values) == 1 else default


def make_figure(bucket: str, cluster: _Cluster) -> Figure:
    members = cluster.members
    lows = [c.low for c in members if c.low is not None]
    highs = [c.high for c in members if c.high is not None]
    qualifier = min((c.qualifier for c in members), key=PRECISION.index)
    dates = [c.published for c in members if c.published]
    event = _one({c.event for c in members if c.event != "other"}, "other")
    side = _one({c.named_side for c in members if c.named_side}, None) or _one({c.side for c in members if c.side}, None)
    # The origin the sentences name wins over one inferred from an article's frame.
    stated = [c.named_origins for c in members if c.named_origins] or [c.origins for c in members if c.origins]
    origin_set = sorted(frozenset.intersection(*stated)) if stated else []
    origin = dump_origin(origin_set)
    klass = _one({c.group_class for c in members} - {"people"}, "people")
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
        claim_ids=sorted(c.id for c in members), reason=reason, links=dict(cluster.reasons),
        part=any(c.part for c in members))
