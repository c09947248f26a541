"""Who produced a number: the ultimate source of each claim, resolved within its article.

A chain lists who said what ("agency X citing coordinator Y"). The ultimate source is its
deepest link that is neither a carrier nor an empty head:
- carriers pass a number on: news outlets, the article's publisher, its dateline's place and
  agency ("Springfield, May 2 (Wire) –");
- generic heads ("the statement", "the report", "the authors") stand for the body the article
  named before them, so they resolve to it;
- a state's organs are one source: "Nepal", "the Nepali government", "Nepalese authorities",
  "Nepal's foreign ministry" and, in the same article, "Foreign Minister A. B." when the article
  also calls that role Nepal's. One body named several ways is one key, with the reason kept.
A claim with no source but carriers is weak: the outlet's own voice, or a news outlet cited
for it. Weak claims can join a figure that a stronger source gave, never split it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from muster.extraction.lexicon import word_set
from muster.normalize.countries import country_name, find_countries
from muster.reconcile.sources import fold, reduce_name

# Kinds of ultimate source, strongest first.
STRONG, CITED_OUTLET, OWN_VOICE = "source", "cited outlet", "own voice"

# "Springfield, May 2 (Wire) –", "LONDON (Wire) -": the place and agency that open a wire story.
DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Za-z.' -]{1,40}?)(?:,\s*[A-Z][a-z]{2,9}\.? \d{1,2})?\s*"
                      r"\((?P<agency>[^()]{1,40})\)\s*[-–—:]?")


@dataclass(frozen=True)
class Ultimate:
    key: str      # what two claims must share to have one ultimate source
    name: str     # how it is shown
    kind: str     # STRONG, CITED_OUTLET or OWN_VOICE
    reason: str   # how the chain led to it

    @property
    def weak(self) -> bool:
        return self.kind != STRONG


@dataclass(frozen=True)
class ClaimChain:
    id: str
    position: int
    chain: tuple[str, ...]
    sentence: str = ""
    status: str = "asserted"


def dateline(text: str) -> tuple[str, ...]:
    """The dateline's place and agency words, folded, or () when the text opens without one."""
    m = DATELINE.match(text[:200])
    if not m:
        return ()
    return tuple(fold(part) for part in (m.group("place"), m.group("agency")) if fold(part))


def _generic_heads() -> frozenset[str]:
    return word_set("source_kinds", "generic_heads")


def _is_generic(raw: str) -> bool:
    """ "the statement", "the study's authors", "a blog": a head noun with no name of its own."""
    words = re.findall(r"[\w'’]+", raw)
    content = [w for w in words if w.lower() not in ("the", "a", "an", "this", "that", "its", "their", "his", "her")]
    if not content:
        return True
    head = content[-1].lower().removesuffix("'s").removesuffix("’s")
    named = [w for w in content if w[:1].isupper()]
    return not named or len(content) == 1 and head in _generic_heads()  # "Statement", "Blog" capitalized alone


def _indefinite(raw: str) -> bool:
    return raw.split()[0].lower() in ("a", "an") if raw.split() else False


def _head(raw: str) -> str:
    words = re.findall(r"[\w'’]+", raw)
    return words[-1].lower().removesuffix("'s").removesuffix("’s") if words else ""


def with_state_word(raw: str, sentence: str) -> str:
    """ "Foreign Minister Ana Quispe" read in "... Peruvian Foreign Minister Ana Quispe said": the
    country word the chain left off, put back."""
    at = sentence.find(raw)
    if at <= 0:
        return raw
    m = re.search(r"([A-Z][\w-]*(?:['’]s)?)\s+$", sentence[:at])
    return f"{m.group(1)} {raw}" if m and find_countries(m.group(1)) else raw


def _role(raw: str) -> str:
    """The office words of a name: "Nepal's Foreign Minister NP Saud" → "foreign minister"."""
    words = [w.lower().strip(",") for w in raw.split()]
    return " ".join(w for w in words if w in word_set("source_kinds", "titles") and w not in ("of", "the", "for"))


def _state_words(raw: str) -> tuple[set[str], list[str]]:
    """The countries a name mentions, and its other words."""
    mentions = find_countries(raw)
    countries = {m.code for m in mentions}
    rest = raw
    for m in sorted(mentions, key=lambda m: -m.start):
        rest = rest[:m.start] + " " + rest[m.end:]
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", rest.replace("’s", "").replace("'s", ""))]
    return countries, [w for w in words if w not in ("the", "a", "an", "s")]


def _state_core(words: list[str]) -> bool:
    return all(w in word_set("source_kinds", "state_core_words") for w in words)


def _state(raw: str) -> str | None:
    """The state a name speaks for when it is the state itself or its core: "Nepal", "Nepali
    authorities", "Nepal's foreign ministry", "the Nepalese foreign minister". A named organ
    ("the Border Guard Service") is a body of its own."""
    countries, words = _state_words(raw)
    return next(iter(countries)) if len(countries) == 1 and _state_core(words) else None


def _official_of(raw: str) -> str | None:
    """ "Peruvian Foreign Minister Ana Quispe": a named holder of a state's core office speaks for it."""
    countries, words = _state_words(raw)
    office = [w for w in words if w in word_set("source_kinds", "state_core_words")]
    return next(iter(countries)) if len(countries) == 1 and _role(raw) and office else None


def _unplaced_state_organ(raw: str) -> bool:
    """ "the foreign ministry", "government sources": a state's core with no state named."""
    countries, words = _state_words(raw)
    return not countries and bool(words) and _state_core(words)


class ArticleSources:
    """Ultimate sources of one article's claims, each resolved against the names around it."""

    def __init__(self, claims: list[ClaimChain], outlet: str | None, text_head: str, canonical: dict[str, tuple[str, str]],
                 article_id: str = ""):
        self.outlet = outlet or ""
        self.article_id = article_id
        self.carriers = set(dateline(text_head)) | ({fold(self.outlet)} if self.outlet else set())
        self.canonical = canonical
        self.claims = sorted(claims, key=lambda c: c.position)
        self.full = {raw: with_state_word(raw, c.sentence) for c in self.claims for raw in c.chain}
        # Offices the article ties to a state: "Nepal's foreign minister" makes "Foreign Minister A" Nepal's.
        self.offices: dict[str, str] = {}
        self.states_named: list[str] = []
        for c in self.claims:
            for raw in c.chain:
                raw = self.full[raw]
                state = _state(raw) or _official_of(raw)
                if state:
                    self.states_named.append(state)
                    if _role(raw):
                        self.offices.setdefault(_role(raw), state)
        self.people_offices: dict[str, str] = {}
        for c in self.claims:
            for raw in c.chain:
                name, kind = self._canonical(raw)
                if kind == "person" and _role(raw) in self.offices:
                    self.people_offices.setdefault(fold(name), self.offices[_role(raw)])

    def _canonical(self, raw: str) -> tuple[str, str]:
        """(name, kind) as reconciled across the store, or as the name reduces on its own."""
        if raw in self.canonical:
            return self.canonical[raw]
        reduced = reduce_name(raw)
        return reduced.display, reduced.kind

    def _kind(self, raw: str) -> str:
        return self._canonical(raw)[1]

    def _carrier(self, raw: str) -> bool:
        name, kind = self._canonical(raw)
        folded = {fold(raw), fold(name), fold(reduce_name(raw).display)}
        return kind == "outlet" or bool(folded & self.carriers) or any(
            c and (c in f.split() or f in c) for f in folded for c in self.carriers if len(c) > 3)

    def _named(self, raw: str, described: bool = False) -> Ultimate | None:
        """The key of one link that names somebody, or None for a carrier or an empty head (a
        description such as "the legion's press office" counts when `described`)."""
        if self._carrier(raw) or _is_generic(raw) and not described:
            return None
        name, kind = self._canonical(raw)
        full = self.full.get(raw, raw)
        state = _state(full) or _official_of(full)
        if state is None and _unplaced_state_organ(raw) and len(set(self.states_named)) == 1:
            state = self.states_named[0]
            why = f"'{raw}' names no state; the article's only state is {country_name(state)}"
        elif state is None and kind == "person" and fold(name) in self.people_offices:
            state = self.people_offices[fold(name)]
            why = f"'{raw}' holds an office the article calls {country_name(state)}'s"
        else:
            why = f"'{raw}' is an organ of {country_name(state)}" if state else f"'{raw}' as '{name}'"
        if state:
            return Ultimate(f"state:{state}", f"government of {country_name(state)}", STRONG, why)
        return Ultimate(f"{kind}:{fold(name)}", name, STRONG, why)

    def resolve(self, claim: ClaimChain) -> Ultimate:
        for raw in reversed(claim.chain):
            found = self._named(raw)
            if found:
                return found
            if _is_generic(raw) and not self._carrier(raw):
                resolved = self._coreferent(raw, claim)
                if resolved is None and _head(raw) in _generic_heads() and not _indefinite(raw):
                    resolved = self._nearest_named(claim)  # "the statement": of whoever spoke last
                if resolved:
                    return Ultimate(resolved.key, resolved.name, STRONG,
                                    f"'{raw}' stands for the body named before it: {resolved.reason}")
                if _head(raw) not in _generic_heads():
                    return self._named(raw, described=True)  # "a government spokesman": a speaker of its own
        outlets = [raw for raw in claim.chain if self._kind(raw) == "outlet" and fold(raw) not in self.carriers]
        if outlets:
            name = self._canonical(outlets[-1])[0]
            return Ultimate(f"outlet:{fold(name)}", name, CITED_OUTLET, f"only the outlet '{outlets[-1]}' is cited")
        publisher = self.outlet or f"article {self.article_id[:12]} (outlet unknown)"
        if claim.status == "hedged":
            # "officials say", "reportedly": the outlet passes on someone it does not name; it is
            # still the only one answerable for the figure, so it is keyed as its own voice.
            return Ultimate(f"voice:{fold(publisher)}", f"{publisher} (unnamed sources)", OWN_VOICE,
                            "no named source: the article passes on unnamed ones")
        return Ultimate(f"voice:{fold(publisher)}", f"{publisher} (own voice)", OWN_VOICE,
                        "no source but carriers: the article's own voice")

    def _coreferent(self, raw: str, claim: ClaimChain) -> Ultimate | None:
        """ "the monitor" after "the Andean Conflict Monitor", "the ministry" after "Peru's foreign
        ministry": the fuller mention of the same head noun, among the article's sources first,
        then in the sentences up to this claim's."""
        head = _head(raw)
        if not head:
            return None
        for other in self.claims:
            for name in other.chain:
                if _head(name) == head and not _is_generic(name) and (found := self._named(name)):
                    return Ultimate(found.key, found.name, STRONG, f"'{raw}' is the {head} named as '{name}'")
        fuller = re.compile(rf"\b([A-Z][\w'’-]*(?:\s+(?:of|the|for|[\w'’-]+)){{0,4}}?\s+{re.escape(head)})\b", re.IGNORECASE)
        for other in [c for c in self.claims if c.position <= claim.position][::-1]:
            for m in reversed(list(fuller.finditer(other.sentence))):
                phrase = re.sub(r"^(?:the|a|an)\s+", "", m.group(1), flags=re.IGNORECASE)
                if phrase[:1].isupper() and not _is_generic(phrase) and (found := self._named(phrase)):
                    return Ultimate(found.key, found.name, STRONG, f"'{raw}' is the {head} named as '{phrase}'")
        return None

    def _nearest_named(self, claim: ClaimChain) -> Ultimate | None:
        """The named source of the closest claim before this one, else after it."""
        before = [c for c in self.claims if c.position < claim.position][::-1]
        after = [c for c in self.claims if c.position > claim.position]
        for other in before + after:
            for raw in reversed(other.chain):
                found = self._named(raw)
                if found:
                    return found
        return None


def resolve_article(claims: list[ClaimChain], outlet: str | None, text_head: str,
                    canonical: dict[str, tuple[str, str]], article_id: str = "") -> dict[str, Ultimate]:
    article = ArticleSources(claims, outlet, text_head, canonical, article_id)
    return {c.id: article.resolve(c) for c in claims}
