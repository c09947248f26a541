"""The article frame: what a whole article says about the people it counts, computed once.

News states its subject in the headline and the opening sentences and then refers back to it
("the volunteers", "those who returned", "of them"). A reader carries that frame from
sentence to sentence; the decisions do the same by comparing each claim's candidates with it.
The frame is built from the rules' drafts (who they count, for whom, through whom) and from
the text itself (the countries and parties it names, how much of it is about conflict at all).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import cache, lru_cache

from muster.extraction.lexicon import load_json, words
from muster.extraction.sides import enemies_named_in, labels_a_named_party, parties_named_in, party_mentions

# The headline and this many sentences after it are the lede, where news states its frame.
LEDE_SENTENCES = 3
# How many words after a nationality adjective may stand before the people it describes
# ("German Islamist fighters").
PEOPLE_WORD_REACH = 3
_PLACE_BEFORE = re.compile(r"\b(?:in|to|into|inside|across|against|at|on|over|toward|towards|near|within)\s+(?:the\s+)?"
                           r"(?:(?:north|south)?-?(?:north|south|east|west)(?:ern)?\s+|central\s+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
# "have fled Myanmar", "escaping Sudan": the country people leave is where they are from.
_FLED_BEFORE = re.compile(r"\b(?:flee|flees|fled|fleeing|escape|escapes|escaped|escaping)\s+(?:the\s+)?$", re.IGNORECASE)
# After a name used as a noun rather than an adjective: "fled Myanmar as ...", "fled Sudan."
_NOUN_USE_AFTER = re.compile(r"^(?:[^\w\s]|\s*$|\s+(?:as|since|after|for|to|into|in|and|or|over|last|this|on|with|"
                             r"because|amid|during|before|when|while|by|at)\b)")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_COMPOUND_ROLES = {**{w: "actor" for w in words("hyphened_acting")}, **{w: "place" for w in words("hyphened_place")},
                   **{w: "people" for w in words("hyphened_origin")}}
_COMPOUND_AFTER = re.compile(r"-(" + "|".join(_COMPOUND_ROLES) + r")\b", re.IGNORECASE)
# Nouns after a nationality adjective that make it a place: "on Ukrainian territory", "Syrian soil".
_PLACE_NOUNS = frozenset(words("place_nouns"))
_LIST_SEPARATOR = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?")


@cache
def _adjectives() -> frozenset[str]:
    from muster.normalize.countries import country_forms

    return frozenset(a for row in country_forms() for a in row.adjectives)


def _is_adjective(form: str) -> bool:
    """ "Russian" is an adjective as well as a singular noun: it names people only before them."""
    return form in _adjectives()


# Words for a state's forces as an institution: "the Russian army" acts or is served; it does
# not say who the people counted are, as "Russian troops" does.
_INSTITUTIONS = frozenset({"army", "armies", "military", "militaries", "forces", "force", "navy", "militia", "government"})


# A dateline's city in capitals before the country it names, and the dash after it.
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z .'’-]+,\s*$")
_DATELINE_DASH = re.compile(r"\s*[—–-]\s")


@lru_cache(maxsize=65536)
def country_roles(text: str) -> tuple[tuple[str, str], ...]:
    """(code, role) for every country named in `text`: "people" where it says who people are
    ("Swedes", "German fighters", "volunteers from Chad"), "place" where it is where things
    happen or go ("in Syria", "to Ukraine"), "modifier" where an adjective describes a thing
    ("Russian drones"), else "actor" (a state or its forces, that speak or act)."""
    from muster.extraction.people import _people_words, _singular
    from muster.normalize.countries import find_countries, is_people_form

    people_words = _people_words() - _INSTITUTIONS
    out: list[tuple[str, str]] = []
    lists: list[list[int]] = []  # indexes into `out` of names written as one list
    previous_end = None
    for m in find_countries(text):
        if out and _LIST_SEPARATOR.fullmatch(text[previous_end:m.start]):
            lists[-1].append(len(out))
        else:
            lists.append([len(out)])
        previous_end = m.end
        before = text[max(0, m.start - 30):m.start]
        after = [w.lower().strip("'’") for w in _WORD.findall(text[m.end:m.end + 60])[:PEOPLE_WORD_REACH]]
        compound = _COMPOUND_AFTER.match(text[m.end:m.end + 20])
        if compound:
            # "Rwanda-backed rebels", "Israeli-occupied land": the state acts on them; "a
            # Nairobi-based group": a place; "Syrian-born fighters": where the people come from
            out.append((m.code, _COMPOUND_ROLES[compound.group(1).lower()]))
            continue
        if _DATELINE_BEFORE.match(text[:m.start]) and _DATELINE_DASH.match(text[m.end:]):
            # "GOMA, Democratic Republic of Congo — Rwandan-backed rebels took ...": where the
            # story was filed, not the people the words after the dash name
            out.append((m.code, "place"))
            continue
        fled = _FLED_BEFORE.search(before) and (not _is_adjective(m.text) or _NOUN_USE_AFTER.match(text[m.end:m.end + 12]))
        if fled or is_people_form(m.text) and not _is_adjective(m.text) or _FROM_BEFORE.search(before) and not _is_adjective(m.text) or any(
                w in people_words or _singular(w) in people_words or w.endswith(("ists", "ians", "eers")) for w in after):
            role = "people"
        elif _PLACE_BEFORE.search(before) and not _is_adjective(m.text) or after[:1] and after[0] in _PLACE_NOUNS:
            role = "place"  # "in Syria", "to Ukraine", "on Ukrainian soil"; "due to the North Korean troops' losses" is not
        elif _is_adjective(m.text) and re.match(r" [a-z]", text[m.end:m.end + 2]) and not (set(after) & _INSTITUTIONS):
            role = "modifier"  # "Russian drones", "Iranian intelligence": describes something else
        else:
            role = "actor"
        out.append((m.code, role))
    for items in lists:
        # The items of a list share one role: the preposition before its first ("citizens of
        # Chad, Niger and Mali", "in Syria and Iraq") or the noun after its last ("Russian and
        # North Korean troops") says it for all of them.
        shared = next((r for r in (out[items[0]][1], out[items[-1]][1]) if r in ("people", "place")), None)
        for i in items if shared and len(items) > 1 else ():
            out[i] = (out[i][0], shared)
    return tuple(out)


@cache
def _scope_entries(vocabulary: str = "conflict") -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The scope words (or, with vocabulary "other_domains", the words of general news): short
    entries that match whole (with a plural s), and long entries that match as prefixes, indexed
    by their first three letters."""
    scope = load_json("scope.json")
    groups = scope["groups"] if vocabulary == "conflict" else scope[vocabulary]["groups"]
    whole, prefixes = set(), {}
    for group in groups.values():
        for entry in group["prefixes"]:
            entry = entry.lower()
            if len(entry) < 5:
                whole |= {entry, entry + "s"}
            else:
                prefixes.setdefault(entry[:3], set()).add(entry)
    return frozenset(whole), {k: tuple(sorted(v, key=len, reverse=True)) for k, v in prefixes.items()}


_SCOPE_WORD = re.compile(r"[a-z][a-z-]*")


@lru_cache(maxsize=65536)
def scope_hits(text: str, vocabulary: str = "conflict") -> int:
    """How many conflict or security words `text` holds (or, with "other_domains", words of
    sport, business, schools, worship, elections and shows). A word is looked up by its first
    three letters, so the cost is one dictionary look-up per word; two-word entries ("front
    line", "death toll") are matched on each word with the next."""
    whole, prefixes = _scope_entries(vocabulary)
    words = _SCOPE_WORD.findall(text.lower())
    hits, skip = 0, False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        if word in whole:
            hits += 1
            continue
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else word
        for entry in prefixes.get(word[:3], ()):
            if pair.startswith(entry) or word.startswith(entry):
                hits += 1
                skip = " " in entry and not word.startswith(entry)
                break
    return hits


def _hits_of(sentences) -> int:
    return sum(scope_hits(s.text) for s in sentences)


@cache
def generic_jihadist_pattern() -> re.Pattern[str]:
    words = load_json("parties.json")["generic_jihadist_words"]["prefixes"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")", re.IGNORECASE)


# How far around a word a party's name holding it may reach ("Palestinian Islamic Jihad").
PARTY_NAME_REACH = 40


def _inside_a_party_name(text: str, m: re.Match[str]) -> bool:
    """Whether the word matched is part of a party's own name; only the text around it is read."""
    start = max(0, m.start() - PARTY_NAME_REACH)
    return any(start + p.start <= m.start() < start + p.end for p in party_mentions(text[start:m.end() + PARTY_NAME_REACH]))


_DEFINITE_GROUP = re.compile(r"the\s+\w+\s+(?:group|organi[sz]ation|movement)\b(?!s)", re.IGNORECASE)


# A text shorter than this is measured as if it were this long: one conflict word in a 70-word
# item says less about what it is about than the density alone would claim.
DENSITY_MIN_WORDS = 150


def _density(hits: int, sentences, min_words: int = 0) -> float:
    words = sum(len(s.text.split()) for s in sentences)
    return 100.0 * hits / max(words, min_words) if words else 0.0


@dataclass(slots=True)
class Frame:
    """Who an article counts, for whom, through whom, and whether it is about conflict at all."""

    scope: float = 0.0                      # conflict words per 100 words, whole article
    scope_words: int = 0                    # conflict words in the whole article
    other_words: int = 0                    # words of general news (sport, business ...) in it
    lede_scope: float = 0.0                 # the same in the headline and lede
    countries: Counter = field(default_factory=Counter)       # code → mentions in the text
    populations: Counter = field(default_factory=Counter)     # code → mentions naming people of it
    places: Counter = field(default_factory=Counter)          # code → mentions as a place
    lede_populations: list[str] = field(default_factory=list) # codes naming people in the lede
    lede_countries: list[str] = field(default_factory=list)   # codes named in the lede, in order
    origins: Counter = field(default_factory=Counter)         # origin tuple → drafts the rules gave it
    origins_by_kind: dict = field(default_factory=dict)       # group kind → Counter of the origins of its drafts
    sides: Counter = field(default_factory=Counter)           # side → drafts and explicit statements
    lede_sides: list[str] = field(default_factory=list)       # parties named in the lede, in order
    parties: Counter = field(default_factory=Counter)         # party → times named anywhere
    jihadist_words: int = 0                                   # generic words for jihadists ("extremists")
    events: Counter = field(default_factory=Counter)          # event → drafts
    sources: Counter = field(default_factory=Counter)         # first named source → drafts
    caveats: list[int] = field(default_factory=list)          # sentences saying a figure is unverified
    lede_sources: list[str] = field(default_factory=list)     # sources the headline or lede names
    first_named: dict = field(default_factory=dict)           # code or party → sentence first naming it
    first_people: dict = field(default_factory=dict)          # code → sentence first naming people of it
    people_named: list = field(default_factory=list)          # (sentence, code) of every mention of people
    roles: dict = field(default_factory=dict)                 # code → the roles the article names it in
    report_lede: bool = False                                 # the lede says a body published figures

    def latest_people(self, sentence: int) -> str | None:
        """The people named last at or before `sentence`: who "they" most likely are."""
        before = [code for i, code in self.people_named if i <= sentence]
        return before[-1] if before else None

    def top_origin(self) -> tuple[str, ...]:
        return self.origins.most_common(1)[0][0] if self.origins else ()

    def top_population(self) -> str | None:
        return self.populations.most_common(1)[0][0] if self.populations else None

    def top_sides(self, n: int = 2) -> list[str]:
        return [s for s, _ in self.sides.most_common(n)]

    def top_event(self) -> str | None:
        return self.events.most_common(1)[0][0] if self.events else None

    def named_by(self, values, sentence: int, people: bool = False) -> bool:
        """Whether every value was named (as people, with `people`) at or before `sentence`:
        a reader carries forward only what the article has already said."""
        seen = self.first_people if people else self.first_named
        return bool(values) and all(seen.get(v, sentence + 1) <= sentence for v in values)

    def share(self, counter_name: str, key) -> float:
        counter: Counter = getattr(self, counter_name)
        total = sum(counter.values())
        return counter.get(key, 0) / total if total else 0.0

    def to_dict(self) -> dict:
        out = asdict(self)
        out["origins"] = {"/".join(k) or "unstated": v for k, v in self.origins.most_common()}
        out["origins_by_kind"] = {kind: {"/".join(k): v for k, v in c.most_common()} for kind, c in self.origins_by_kind.items()}
        for name in ("countries", "populations", "places", "parties", "sides", "events", "sources"):
            out[name] = dict(getattr(self, name).most_common())
        out["roles"] = {code: sorted(roles) for code, roles in self.roles.items()}
        out["scope"], out["lede_scope"] = round(self.scope, 2), round(self.lede_scope, 2)
        return out


def _same_source(name: str, counted: Counter) -> str:
    """ "the ministry" after "The defence ministry": a shorter name whose words all stand in a
    source already counted is that source."""
    words = _name_words(name)
    if not words:
        return name
    for known in counted:
        if words <= _name_words(known):
            return known
    return name


def _name_words(text: str) -> set[str]:
    """The words of a name or sentence that can tell one source from another."""
    return set(re.findall(r"[a-z]{3,}", text.lower())) - {"the"}


def _named_in(source: str, sentences) -> bool:
    """Whether every word of a source's name ("the ministry") stands in one of `sentences`."""
    name = _name_words(source)
    return bool(name) and any(name <= _name_words(s.text) for s in sentences)


def build_frame(drafted, unconfirmed_in) -> Frame:
    """The frame of one drafted article (engine.Drafted). `unconfirmed_in` finds a caveat."""
    sentences = drafted.article.sentences
    text = drafted.article.text
    lede = sentences[:LEDE_SENTENCES + (1 if sentences and sentences[0].headline else 0)]
    hits = _hits_of(sentences)
    frame = Frame(scope=_density(hits, sentences, DENSITY_MIN_WORDS), lede_scope=_density(_hits_of(lede), lede),
                  scope_words=hits, other_words=sum(scope_hits(s.text, "other_domains") for s in sentences))
    for sentence in sentences:
        in_lede = sentence in lede
        for code, role in country_roles(sentence.text):
            frame.countries[code] += 1
            frame.first_named.setdefault(code, sentence.index)
            frame.roles.setdefault(code, set()).add(role)
            if role == "people":
                frame.populations[code] += 1
                frame.first_people.setdefault(code, sentence.index)
                frame.people_named.append((sentence.index, code))
                if in_lede and code not in frame.lede_populations:
                    frame.lede_populations.append(code)
            elif role == "place":
                frame.places[code] += 1
            if in_lede and code not in frame.lede_countries:
                frame.lede_countries.append(code)
        named = parties_named_in(sentence.text)
        frame.parties.update(named)
        for party in named:
            frame.first_named.setdefault(party, sentence.index)
        for party in named if in_lede else ():
            if party not in frame.lede_sides and party not in enemies_named_in(sentence.text):
                frame.lede_sides.append(party)
    # "joined the militant group" names again the one group the article is about; only
    # plural or indefinite words ("Islamist militants", "a jihadist group") leave it unnamed; a
    # word inside a party's own name ("Palestinian Islamic Jihad") names that party
    frame.jihadist_words = sum(1 for m in generic_jihadist_pattern().finditer(text)
                               if not _DEFINITE_GROUP.match(text[max(0, m.start() - 4):m.end() + 30])
                               and not _inside_a_party_name(text, m) and not labels_a_named_party(text, m.start()))
    frame.sides.update(drafted.votes.votes)
    for d in drafted.drafts:
        claim = d.claim
        if claim.origin:
            frame.origins[tuple(claim.origin)] += 1
            frame.origins_by_kind.setdefault(d.group_kind, Counter())[tuple(claim.origin)] += 1
        if claim.side:
            frame.sides[claim.side] += 1
        frame.events[claim.event] += 1
        if claim.attributed_to:
            source = _same_source(claim.attributed_to[0], frame.sources)
            frame.sources[source] += 1
            if source not in frame.lede_sources and (d.sentence in lede or _named_in(source, lede)):
                frame.lede_sources.append(source)  # "The ministry has released an update ..."
    if not frame.sides and frame.lede_sides:
        # "French jihadist returnees": an article that states no side but names a party for the
        # people of its headline or lede is about that party's people
        frame.sides[frame.lede_sides[0]] += 1
    frame.caveats = [s.index for s in sentences if unconfirmed_in(s.text)]
    frame.report_lede = any(m and not _NEGATED.search(s.text, max(0, m.start() - 20), m.start())
                            for s in lede for m in [_report_lede_pattern().search(s.text)])
    return frame


# "Kyiv has never published a full count": no body published the figures
_NEGATED = re.compile(r"\b(?:never|not|no|n't|yet to)\s+(?:\w+\s+)?$", re.IGNORECASE)


@cache
def _report_lede_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in words("report_lede_pattern")), re.IGNORECASE)
