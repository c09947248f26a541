"""The party a group joins, serves or fights for (data/parties.json).

Read first from the sentence ("fighting for Ukraine", "on the side of Baku", "against
Russia"), then from the group itself ("Wagner fighters", "Russian troops"), then from what
the article as a whole says its subjects are fighting for.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from muster.extraction.lexicon import parties as lexicon
from muster.extraction.lexicon import people as people_lexicon
from muster.extraction.lexicon import words
from muster.extraction.sentences import without_dateline
from muster.normalize.countries import country_forms

# How many words may stand between "fight for" and the party's name ("join the newly formed
# Ukrainian International Legion").
MAX_WORDS_BETWEEN = 4
_MILITARY_WORDS = (r"(?:army|armed forces|forces|military|troops|units?|brigades?|battalions?|regiments?|side|government"
                   r"|government forces|ranks|regime|defen[cs]e ministry|(?:private )?military compan(?:y|ies))")


# The generic name the spec gives unnamed jihadist groups: a group called "jihadists" takes the
# article's named group, if it has one.
GENERIC_JIHADIST = "jihadist groups"


@dataclass(frozen=True, slots=True)
class SideMention:
    start: int
    end: int
    side: str
    # Said by going or being sent there ("went to Ukraine"): an invader's own state's enemy
    moved_to: bool = False


@cache
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for side, forms in lexicon()["parties"].items():
        for name in forms["names"] + forms["possessive"]:
            index[name.lower()] = side
            index[_MEMBERSHIP_HYPHEN.sub(" ", name).lower()] = side  # as _clean leaves it: "kurdish led forces"
    return index


@cache
def _adjective_index() -> dict[str, str]:
    return {adj.lower(): row.code for row in country_forms() for adj in row.adjectives + row.names}


def _is_acronym(name: str) -> bool:
    return name.isupper() and len(name) <= 5


@cache
def _party_pattern() -> str:
    # Acronyms match only as written: "IS" is the Islamic State, "is" is a verb.
    acronyms = {n for forms in lexicon()["parties"].values() for n in forms["names"] if _is_acronym(n)}
    names = sorted((n for n in _name_index() if n.upper() not in acronyms), key=len, reverse=True)
    named = "|".join(re.escape(n) for n in names)
    if acronyms:
        named += "|(?-i:" + "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True)) + ")"
    adjectives = "|".join(re.escape(a) for a in sorted(_adjective_index(), key=len, reverse=True))
    return rf"(?P<party>(?:{adjectives})(?:['’]s)?\s+{_MILITARY_WORDS}\b|{named})"


@cache
def _cue_pattern() -> re.Pattern[str]:
    joins = join_alternation()
    moves = "|".join(re.escape(p) for p in sorted(_movement_patterns(), key=len, reverse=True))
    against = against_alternation()
    between = rf"(?:(?!against\b|versus\b|battling\b|with\b|conflict\b|war\b|from\b|in\b|into\b|to\b|at\b|on\b|near\b|inside\b|across\b|fight\b|fighting\b|fought\b|battle\b|defeat\b|repel\b)[\w’'-]+\s+){{0,{MAX_WORDS_BETWEEN}}}?"
    return re.compile(
        rf"\b(?:(?:(?P<against>{against})|(?P<join>{joins}))\s+(?:the\s+|a\s+|its\s+|their\s+)?{between}{_party_pattern()}"
        # "on Ukraine's side", "on the Russian side", and "on Ukraine's" where the noun is left
        # out after another side's
        rf"|on\s+(?:the\s+)?{_party_pattern().replace('(?P<party>', '(?P<party2>')}(?:(?:['’]s)?\s+side|(?<=\bside)|['’]s?(?=\s*(?:[.,;)]|and\b|$)))"
        rf"|(?P<against2>(?:fight|fights|fighting|fought|battle|battling)\s+(?:the\s+)?){_party_pattern().replace('(?P<party>', '(?P<party3>')}"
        rf"|(?P<move>{moves})\s+(?:the\s+)?{_party_pattern().replace('(?P<party>', '(?P<party4>')}"
        # "took part in Russia's war", "fought in Ukraine's defence": a party's war is fought for it
        rf"|(?:(?:take|takes|taken|taking|took)\s+part|fight|fights|fighting|fought|serve|serves|served|serving)\s+in\s+"
        rf"{_party_pattern().replace('(?P<party>', '(?P<party5>')}['’]s?\s+(?:war|invasion|offensive|campaign|defen[cs]e))(?![\w])",
        re.IGNORECASE)


def _combat_with(text: str, m: re.Match) -> bool:
    """ "as fighting with X intensifies", "killed in fierce fighting with X": the noun names the
    combat against X, where "volunteers fighting with X" serve it."""
    join = m.group("join")
    if not join or not re.fullmatch(r"(?:fight|fighting|fought)\s+with", join, re.IGNORECASE):
        return False
    before = re.search(r"([\w-]+)\s+$", text[:m.start()])
    return bool(before) and before.group(1).lower() in _combat_noun_words()


@cache
def _combat_noun_words() -> frozenset[str]:
    return frozenset(lexicon()["combat_noun_words"]["words"])


@cache
def _group_pattern() -> re.Pattern[str]:
    # "the al-Qaida-linked group", "an al-Qaida affiliated group": the patron of another party
    return re.compile(rf"(?<![\w-]){_party_pattern()}(?![\w]|-?(?:linked|backed|inspired|affiliated|sponsored)\b|\s+affiliated\b)",
                      re.IGNORECASE)


def _resolve(name: str) -> str | None:
    key = " ".join(name.lower().split())
    if key in _name_index():
        return _name_index()[key]
    m = re.match(r"(.+?)(?:['’]s)?\s+" + _MILITARY_WORDS + r"$", key)
    if m and m.group(1) in _adjective_index():
        return _adjective_index()[m.group(1)]
    return None


def _clean(text: str) -> str:
    """Quotation marks inside names ("Government of “National Accord”") hide them from patterns,
    and so does the hyphen of "Hamas-led" or "Kadyrov-loyal" (their own men); same length, so
    offsets stay. "-linked", "-backed" and "-inspired" name an affiliate's patron, not the party."""
    return _MEMBERSHIP_HYPHEN.sub(" ", re.sub(r"[“”\"]", " ", text))


_MEMBERSHIP_HYPHEN = re.compile(r"-(?=(?:led|loyal)\b)", re.IGNORECASE)


@cache
def _cue_words() -> frozenset[str]:
    """The longest word of every joining or fighting-against phrase, and the words of the
    "on X's side" and "fight X" forms: a sentence with none of them states no side."""
    phrases = lexicon()["join_patterns"] + lexicon()["against_patterns"] + sorted(_movement_patterns())
    words = {max(p.lower().split(), key=len) for p in phrases}
    return frozenset(words | {"side", "fight", "fights", "fighting", "fought", "battle", "battling", "part", "serve",
                              "serves", "served", "serving"})


# "fight Russia's war", "fighting Kyiv's battles": fighting a party's war is fighting for it.
_ITS_CAUSE = re.compile(r"[^\s]+?(?:\s+[^\s]+?){0,3}?['’]s?\s+(?:war|wars|battles?|cause|fight)\b", re.IGNORECASE)


def side_mentions(text: str) -> list[SideMention]:
    """Every explicit statement of a side in `text`: joining, serving or fighting for a party,
    or fighting against its opponent."""
    return list(_side_mentions(text))


@lru_cache(maxsize=65536)
def _side_mentions(text: str) -> tuple[SideMention, ...]:
    cleaned = _clean(text)
    out = [SideMention(m.start(), m.end(), side) for m in _unit_pattern().finditer(cleaned)
           if (side := _resolve(m.group("unit")))]
    if not set(re.findall(r"[a-z]+", text.lower())) & _cue_words():
        return tuple(out)
    for m, party, against in _cue_readings(cleaned):
        side = opponent(party) if against else party
        if side is not None:
            out.append(SideMention(m.start(), m.end(), side, moved_to=bool(m.group("move"))))
    for m in _pronoun_cue_pattern().finditer(cleaned):
        side = _named_before(text[:m.start()])
        if side is not None:
            out.append(SideMention(m.start(), m.end(), side))
    return tuple(out)


def _cue_readings(cleaned: str):
    """Each statement of a side in `cleaned`: the match, the party it names, and whether the
    people fight that party ("volunteers against Russia", "to fight Islamic State") rather than
    for it ("fight Russia's war" is for it)."""
    for m in _cue_pattern().finditer(cleaned):
        if (m.group("join") or "").lower() == "for" and _speaking_role_before(cleaned, m.start()):
            continue  # "a spokesman for the Russian defence ministry" speaks for it, and fights no one
        party = _resolve(m.group("party") or m.group("party2") or m.group("party3") or m.group("party4") or m.group("party5"))
        if party is None:
            continue
        fights_its_war = m.group("against2") and _ITS_CAUSE.match(cleaned[m.start("party3"):m.end() + 20])
        yield m, party, bool(m.group("against") or m.group("against2") or _combat_with(cleaned, m)) and not fights_its_war


def _speaking_role_before(text: str, at: int) -> bool:
    words_before = text[:at].split()
    return bool(words_before) and words_before[-1].lower().strip(",") in _speaking_roles()


@cache
def _speaking_roles() -> frozenset[str]:
    return frozenset(words("speaking_roles"))


@lru_cache(maxsize=4096)
def enemies_named_in(text: str) -> frozenset[str]:
    """Parties `text` names only as whom people fight ("went to Syria to fight Islamic State",
    "volunteers against Russia"): they are the enemy of those counted, not their side."""
    return frozenset(party for _, party, against in _cue_readings(_clean(text)) if against)


@cache
def _unit_pattern() -> re.Pattern[str]:
    """ "with the Georgian Legion", "in the International Legion", "of Wagner": membership."""
    units = "|".join(re.escape(n) for n in sorted(lexicon()["membership_units"]["names"], key=len, reverse=True))
    # "in Ukraine's International Legion": the owner's name may stand for "the"
    return re.compile(rf"\b(?:with|in|into|of)\s+(?:the\s+|(?-i:[A-Z][\w.-]*)['’]s\s+)?(?P<unit>{units})\b", re.IGNORECASE)


@cache
def _pronoun_cue_pattern() -> re.Pattern[str]:
    # "want to fight for it", "are fighting on its side", "serve in their ranks", "had joined its ranks"
    return re.compile(rf"\b(?:(?:{join_alternation()})\s+(?:it|them)|(?:on|to)\s+(?:its|their)\s+side"
                      rf"|(?:in|into|join|joins|joined|joining|swell|swells|swelled)\s+(?:its|their)\s+ranks)\b", re.IGNORECASE)


def against_alternation() -> str:
    """The phrases of fighting a party ("fight against", "battling"), longest first, as one alternation."""
    return "|".join(re.escape(p) for p in sorted(lexicon()["against_patterns"], key=len, reverse=True))


def join_alternation() -> str:
    """The joining phrases ("fight for", "signed up with"), longest first, as one alternation."""
    return "|".join(re.escape(p) for p in sorted(lexicon()["join_patterns"], key=len, reverse=True))


@cache
def _movement_patterns() -> frozenset[str]:
    return frozenset(lexicon()["movement_patterns"]["words"])


def _named_before(text: str) -> str | None:
    """ "Georgia says 2,000 volunteers want to fight for it", "Paris backs Kyiv, yet few have
    gone to fight for it": the party or state named last before the pronoun, by its name
    (a nationality word describes the people, not whom "it" stands for)."""
    from muster.normalize.countries import find_countries, is_country_name

    named = [(m.start, m.side) for m in party_mentions(text)]
    named += [(c.start, c.code) for c in find_countries(text) if is_country_name(c.text)]
    # "The LNA is backed by Russia, and 1,200 Russians fight on its side": the agent of a passive
    # is not what the clause is about, unless nothing else is named
    about = [(start, side) for start, side in named if not re.search(r"\bby\s+(?:the\s+)?$", text[:start], re.IGNORECASE)]
    # "150 officers from Jamaica and El Salvador have joined them": where people come from is
    # not whom they join
    named = [(start, side) for start, side in named if not _ORIGIN_LIST_BEFORE.search(text[:start])]
    # "A Chechen battalion fighting on Ukraine's side against Russia ... in its ranks": the enemy
    # a party fights is not what its pronoun stands for
    named = [(start, side) for start, side in named if not _against_before().search(text[:start])]
    about = [item for item in about if item in named]
    if not named:
        return None
    start, side = max(about or named)
    if _UNNAMED_BODY.search(text, start):
        return None  # "to Afghanistan, where the group counts several hundred in its ranks": the body named after
    return side


# A body named only by its kind ("the group's local branch", "the militia"), which a pronoun after it stands for.
_UNNAMED_BODY = re.compile(r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:" + "|".join(map(re.escape, words("body_kinds")))
                           + r")(?:['’]s)?\b", re.IGNORECASE)


@cache
def _against_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{against_alternation()})\s+(?:the\s+)?$", re.IGNORECASE)


_ORIGIN_LIST_BEFORE = re.compile(r"\bfrom\s+(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*(?:,|\band\b|\bor\b)\s*)*(?:the\s+)?$")


def party_of(name: str) -> str | None:
    """The party a name stands for ("the Houthis", "Israel", "the Libyan National Army"), or None."""
    cleaned = re.sub(r"^(?:the|an?)\s+", "", _clean(name).strip(), flags=re.IGNORECASE)
    side = _resolve_described(cleaned)
    owned = re.fullmatch(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+(?P<party>.+)", cleaned)
    if side is None and owned:
        side = _resolve_described(re.sub(r"^the\s+", "", owned.group("party"), flags=re.IGNORECASE))  # "Russia's Africa Corps"
    if side is None and owned and owned.group("party").split()[-1].lower() in _standing_for_owner():
        # "Haftar's forces", "Kyiv's troops", "Tajikistan's embassy": a party's men or its organs
        side = party_of(re.sub(r"['’]s\s+$", "", cleaned[:owned.start("party")]))
    if side is None and re.fullmatch(r"[A-Z][\w'’ -]+", cleaned):
        from muster.normalize.countries import code_for, is_country_name

        side = code_for(cleaned) if is_country_name(cleaned) else None
    kind = _KIND_AFTER_NAME.fullmatch(cleaned) if side is None else None
    if kind:
        # "the M23 rebel group", "M23 rebels": an armed group's own name before what kind of body it is
        named = _resolve(kind.group("name"))
        side = named if named is not None and not re.fullmatch(r"[A-Z]{2}", named) else None
    return side


_KIND_AFTER_NAME = re.compile(r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)(?:\s+[a-z][\w-]*)?\s+(?:"
                              + "|".join([*words("body_kinds"), *words("members_after_a_name")]) + r")")


_ARMED_BODY_NAMED = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:"
                               + "|".join(words("armed_body_kinds")) + r")")


def armed_body_named(phrase: str) -> str | None:
    """ "The Gran Grif gang", "the Lakurawa militia": an armed body the lexicon does not know,
    named by its own capitalised name before its kind; the name is the party (the contract:
    otherwise the group's own common name). Not a state's or a people's name."""
    from muster.normalize.countries import find_countries

    m = _ARMED_BODY_NAMED.fullmatch(_clean(phrase).strip())
    if m is None or m.group("name") in ("The", "This", "That") or find_countries(m.group("name")):
        return None
    return party_of(m.group("name")) or m.group("name")


def _resolve_described(name: str) -> str | None:
    """A party's name, or its own name after the plain words that describe it: "the paramilitary
    Rapid Support Forces", "Sudan's notorious Rapid Support Forces", "the rebel M23"."""
    described = re.fullmatch(r"(?:[a-z][\w-]*\s+)+(?P<name>[A-Z].*)", name)
    if described is None:
        return _resolve(name)
    # only a party's own name: "a smaller Pakistani unit" of another state's force is not Pakistan's
    return _resolve(name) or _name_index().get(" ".join(described.group("name").lower().split()))


@cache
def _standing_for_owner() -> frozenset[str]:
    """Words after an owner's name that stand for the owner: its armed men, its organs and its
    branches ("the Islamic State's Sahel branch", "Hamas's armed wing")."""
    return _force_words() | _speaking_bodies() | frozenset(words("armed_group_nouns"))


@cache
def _speaking_bodies() -> frozenset[str]:
    """The last words of a state's or a group's organs ("embassy", "ministry", "government")."""
    return frozenset(w.split()[-1] for w in [*words("state_institutions"), *words("speaking_bodies")])


@cache
def _force_words() -> frozenset[str]:
    """Plural words for a party's armed men ("forces", "fighters", "troops")."""
    return frozenset(w for kind in ("combatant", "military") for lemma in people_lexicon()[kind] for w in (lemma, lemma + "s"))


def owner_of_pronoun(noun) -> str | None:
    """The party an 'its'/'their' before a parsed noun stands for: the nearest subject before it
    among the clauses the noun stands in ("Hezbollah announced the deaths of 38 of its fighters,
    its media office said", "the army said its strikes had killed 100")."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children) \
            and noun.lower_ not in ("it", "they"):
        return None  # "Armenia said it had captured two": 'it' itself stands for the subject before it
    for verb in noun.ancestors:
        subject = next((s for s in verb.children if s.dep_ == "nsubj" and s.i < noun.i), None)
        if subject is not None and subject.pos_ != "PRON":
            # "COLOMBO - Sri Lanka says ... its citizens": a dateline the parser hung on the subject is not its name
            party = party_of(without_dateline(subject.doc[subject.left_edge.i:subject.i + 1].text))
            if party is not None:
                return party
    return None


def nearest_side(mentions: list[SideMention], position: int, origin: list[str] = ()) -> str | None:
    """The side of the statement nearest `position`. People of a state who go or are sent to
    its enemy ("300 Russian soldiers were sent to Ukraine") serve their own state."""
    if not mentions:
        return None
    nearest = min(mentions, key=lambda s: min(abs(s.start - position), abs(s.end - position)))
    if nearest.moved_to and len(origin) == 1 and are_opponents(origin[0], nearest.side):
        return origin[0]
    return nearest.side


@cache
def _first_words() -> frozenset[str]:
    """The first word of every party name and nationality: a text with none of them names no party."""
    forms = list(_name_index()) + list(_adjective_index())
    return frozenset(re.split(r"[\s'’]+", f.lower())[0] for f in forms if f.strip())


def _may_name_a_party(text: str) -> bool:
    """A cheap test before the long party patterns: whether `text` holds the first word of a
    party's name or of a nationality."""
    return bool(set(re.findall(r"[\w-]+", _clean(text).lower())) & _first_words())


def parties_named_in(text: str) -> list[str]:
    """Non-state parties and armed forces named inside a group phrase ("Wagner fighters",
    "British ISIS jihadists")."""
    return list(_parties_named_in(text))


@lru_cache(maxsize=65536)
def _parties_named_in(text: str) -> tuple[str, ...]:
    if not _may_name_a_party(text):
        return ()
    out = []
    cleaned = _clean(text)
    for m in _group_pattern().finditer(cleaned):
        side = _resolve(m.group("party"))
        if side and side not in out and not (side == GENERIC_JIHADIST and labels_a_named_party(cleaned, m.start("party"))):
            out.append(side)
    return tuple(out)


@lru_cache(maxsize=65536)
def party_mentions(text: str) -> tuple[SideMention, ...]:
    """Where `text` names each party, with the party it names (character offsets into `text`)."""
    if not _may_name_a_party(text):
        return ()
    cleaned = _clean(text)
    return tuple(SideMention(m.start("party"), m.end("party"), side) for m in _group_pattern().finditer(cleaned)
                 if (side := _resolve(m.group("party")))
                 and not (side == GENERIC_JIHADIST and labels_a_named_party(cleaned, m.start("party"))))


_LABELLING = re.compile(r"(?:\b(?:" + "|".join(words("labelling_verbs")) + r")\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                        r"\s+(?:as\s+)?|\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+)(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+)?$")


def labels_a_named_party(text: str, start: int) -> bool:
    """ "the government, which calls Fano an extremist group", "Fano, an extremist militia": a
    generic word for jihadists said of a party named right before it labels that party; it
    names no jihadist group of its own."""
    return _LABELLING.search(text[max(0, start - 80):start]) is not None


def party_opening(text: str) -> str | None:
    """The party `text` opens with ("the Donetsk People's Republic who ..."), or None."""
    m = _group_pattern().match(_clean(re.sub(r"^(?:the|an?)\s+", "", text.strip(), flags=re.IGNORECASE)))
    return _resolve(m.group("party")) if m else None


def opens_with_a_state_name(text: str) -> bool:
    """Whether the party `text` opens with is a state named bare ("Ukraine", "Russia's"), which
    after "in" is a place, rather than a force ("the Russian army") or a group ("Hamas")."""
    m = _group_pattern().match(_clean(re.sub(r"^(?:the|an?)\s+", "", text.strip(), flags=re.IGNORECASE)))
    if m is None:
        return False
    party = _resolve(m.group("party"))
    return party is not None and re.fullmatch(r"[A-Z]{2}", party) is not None \
        and re.search(_MILITARY_WORDS + r"$", m.group("party"), re.IGNORECASE) is None


@dataclass(frozen=True, slots=True)
class ArticleSides:
    """How often the article puts people on each side, and in which sentences."""

    votes: Counter
    sentences: dict[str, list[int]]

    def default(self, before_sentence: int) -> str | None:
        """The side the article names most; a tie goes to the side named nearest before."""
        if not self.votes:
            return None
        top = max(self.votes.values())
        tied = [s for s, n in self.votes.items() if n == top]
        if len(tied) == 1:
            return tied[0]
        def nearest(side: str) -> int:
            earlier = [i for i in self.sentences[side] if i <= before_sentence]
            return before_sentence - max(earlier) if earlier else 10**6
        return min(tied, key=nearest)

    def __contains__(self, side: object) -> bool:
        return side in self.votes


@cache
def _recruiter_pattern() -> re.Pattern[str]:
    recruiting = lexicon()["recruiting"]
    between = "|".join(re.escape(w) for w in recruiting["between"])
    stems = "|".join(re.escape(w) for w in recruiting["stems"])
    return re.compile(rf"(?<![\w-]){_party_pattern()}(?:['’]s)?\s+(?:(?:{between})\s+){{0,3}}(?:{stems})\w*", re.IGNORECASE)


def recruiters(text: str) -> list[str]:
    """Parties `text` says recruit people ("Russia is recruiting Cubans", "Wagner's recruitment
    of convicts"): whose side those people join."""
    return list(_recruiters(text))


@lru_cache(maxsize=65536)
def _recruiters(text: str) -> tuple[str, ...]:
    lowered = text.lower()
    # the pattern is long; a sentence without a recruiting word or a party's first word needs none of it
    if not any(stem in lowered for stem in lexicon()["recruiting"]["stems"]) \
            or not _may_name_a_party(text):
        return ()
    return tuple(side for m in _recruiter_pattern().finditer(_clean(text)) if (side := _resolve(m.group("party"))))


def article_sides(sentences: list[str]) -> ArticleSides:
    """Every side the article states people join: "fighting for X", "on X's side", and the
    parties it says recruit them."""
    votes: Counter[str] = Counter()
    where: dict[str, list[int]] = {}
    for i, sentence in enumerate(sentences):
        for side in [m.side for m in side_mentions(sentence)] + recruiters(sentence):
            votes[side] += 1
            where.setdefault(side, []).append(i)
    return ArticleSides(votes, where)


def opponent(side: str) -> str | None:
    """The party `side` fights in the conflicts the lexicon knows ("RU" for "UA"), or None."""
    return lexicon()["opponents"].get(side)


def are_opponents(a: str, b: str) -> bool:
    return opponent(a) == b


@cache
def _pairs_at_war() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(p) for p in lexicon()["other_opponents"]["pairs"])


def at_war(a: str, b: str) -> bool:
    """Whether two parties fight each other in any war the lexicon knows, beyond each one's
    chief enemy ("IL" and "Hezbollah", "SD" and the "Rapid Support Forces")."""
    return are_opponents(a, b) or frozenset((a, b)) in _pairs_at_war()
