"""Extraction of people-count claims from one article, stage by stage.

    split      cheap paragraph and sentence split (sentences.py)
    candidates sentences holding a number-like expression that survives cheap checks
    parse      the statistical parser, only on candidates and on the context attribution asks for
    people     keep the quantities that count people, find who (people.py)
    describe   event, origin, side, sources, hedges (events.py, origin.py, sides.py, attribution.py)
    link       what neighbouring sentences add: linked sources, inherited origins, resolved names

Each sentence is parsed on its own, so parsing only candidates gives exactly the claims that
parsing every sentence gives (tests/extract/test_speed_by_design.py checks it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from muster.extraction import attribution as attr
from muster.extraction import sides
from muster.extraction.candidates import fights_on
from muster.extraction.components import QUANTITIES, candidate_quantities, load_pipeline
from muster.extraction.events import (
    PART_WORDS,
    SUPPORTING_VERBS,
    WAR_CAPTIVITY,
    caption_event,
    clause_event,
    clause_events_on,
    counts_a_whole,
    event_for,
    event_of,
    event_over,
    fronted_whole,
    noun_events,
    predicate_events,
    sharing_fate,
    total_grown_to,
    went_nowhere,
)
from muster.extraction.lexicon import events as events_lexicon
from muster.extraction.lexicon import load_json, word_set, words
from muster.extraction.lexicon import people as people_lexicon
from muster.extraction.origin import (
    FOREIGN_WORDS,
    antecedent,
    codes_in,
    from_right_after,
    gapped_state,
    named_origins,
    origin_for,
    ranked_with,
    said_to_be_of_a_region,
    share_giver,
    table_entry,
    table_entry_side,
    table_entry_source,
    without_clauses,
)
from muster.extraction.people import (
    BODIES_OF_PEOPLE,
    STRENGTH_NOUNS,
    TOTAL_NOUNS,
    anchor,
    casualty_total,
    copulas_of,
    counted_noun,
    elliptical_subject_of_people_verb,
    group_phrase,
    is_exchange_count,
    is_not_people_noun,
    is_people_noun,
    is_people_verb,
    mentions_people,
    people_named_before,
    references_people_total,
)
from muster.extraction.sentences import Sentence, parse_form, split_sentences
from muster.normalize.countries import find_countries, is_country_name, names_a_capital
from muster.records import Claim

# How many sentences back a pronoun source ("he said") is looked up.
PRONOUN_LOOKBACK = 4
# The last paragraph, counting the headline's as the first, whose sources open an article.
LEDE_PARAGRAPHS = 1
_TITLES = frozenset(words("titles"))
_PERSON_ROLES = attr.PERSON_ROLES


class Article:
    """One text, its sentences and their parses, made on demand and remembered."""

    def __init__(self, text: str, nlp: Language, parse_all: bool = False, deferred: bool = False) -> None:
        self.text = text
        self.nlp = nlp
        self.sentences: list[Sentence] = split_sentences(text)
        self._docs: dict[int, Doc] = {}
        self.requested: list[int] = []
        if parse_all:
            # The naive pass: parse every sentence and extract from every sentence the
            # quantity component marked, with no cheap sentence filter at all.
            for i, doc in enumerate(nlp.pipe(parse_form(s.text) for s in self.sentences)):
                self._docs[i] = doc
            self.candidates = [i for i, doc in self._docs.items() if len(doc.spans[QUANTITIES])]
        else:
            self.candidates = []
            for s in self.sentences:
                found = candidate_quantities(s.text)
                if found and (mentions_people(s.text) or table_entry(s.text) is not None
                              or any(_adds_in_words(s.text, q) for q in found)
                              # "Nepal contributed about 400": a share of the people just counted
                              or s.index - 1 in self.candidates[-1:] and _SHARE_VERB_WORD.search(s.text)):
                    self.candidates.append(s.index)
            if not deferred:  # deferred: the caller parses the candidates of many articles in one stream
                for i, doc in zip(self.candidates, nlp.pipe(parse_form(self.sentences[i].text) for i in self.candidates)):
                    self._docs[i] = doc
        self.requested = list(self.candidates)

    def doc(self, index: int) -> Doc:
        """The parse of one sentence; context sentences are parsed the first time they are asked for."""
        if index not in self._docs:
            self._docs[index] = self.nlp(parse_form(self.sentences[index].text))
        if index not in self.requested:
            self.requested.append(index)
        return self._docs[index]

    def persons_before(self, index: int, offset: int | None = None) -> list[str]:
        """PERSON names in sentence `index` (before `offset`, if given), nearest last. A name
        inside a quotation is spoken of ("'we fled Kadyrov's rule,' the commander said. He said
        ..."), so it is not who "he" is."""
        doc = self.doc(index)
        quoted = [range(q.start, q.end) for q in attr.quotations(self.sentences[index].text)]
        return [e.text for e in doc.ents if e.label_ == "PERSON" and (offset is None or e.end_char <= offset)
                and not any(e.start_char in q for q in quoted)
                and not _after_place_preposition(e.root)
                and not is_people_noun(e.root)  # "Americans, Britons and a few Japanese": peoples, not a person
                and not _names_a_people_noun(e.root)]


def _names_a_people_noun(name) -> bool:
    """ "Ethnic Chin fighters": a name that describes the people noun it hangs on is a people's, not a person's."""
    return name.dep_ in ("compound", "amod", "nmod") and name.head.i > name.i and is_people_noun(name.head)


# "a nurse from Izmir": a name the tagger calls a person after one of these is a place.
_PLACE_PREPOSITIONS = ("from", "in", "near", "at", "around", "outside")


def _after_place_preposition(name) -> bool:
    """ "near Bakhmut and Avdiivka": a name after a place preposition, or listed with one, is a place."""
    while name.dep_ == "conj":
        name = name.head
    return name.dep_ == "pobj" and name.head.lower_ in _PLACE_PREPOSITIONS


@dataclass(slots=True)
class Draft:
    """A claim under construction, with what the linking stage needs to know about it."""

    claim: Claim
    sentence: Sentence
    sources: list[attr.Source]
    elliptical: bool
    explicit_side: str | None
    side_hint: str | None
    group_kind: str
    hedge: str | None
    unconfirmed: str | None
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Drafted:
    """An article with the claims its rules propose, before the learned decisions choose."""

    article: Article
    drafts: list[Draft]
    votes: sides.ArticleSides


def draft(text: str, nlp: Language | None = None, parse_all: bool = False) -> Drafted:
    """The rules' claims of `text`: every field filled by the rules alone, in text order."""
    return _draft_article(Article(text, nlp or load_pipeline(), parse_all=parse_all))


# How many sentences the parser takes at a time when many articles share one stream.
PARSE_BATCH = 256


def draft_many(texts: list[str], nlp: Language | None = None) -> list[Drafted]:
    """`draft` for many texts, with the candidate sentences of all of them parsed in one
    `nlp.pipe` stream: the parser's batches fill up, which a short article alone cannot do."""
    nlp = nlp or load_pipeline()
    articles = [Article(text, nlp, deferred=True) for text in texts]
    wanted = [(a, i) for a in articles for i in a.candidates]
    docs = nlp.pipe((parse_form(a.sentences[i].text) for a, i in wanted), batch_size=PARSE_BATCH)
    for (a, i), doc in zip(wanted, docs):
        a._docs[i] = doc
    return [_draft_article(a) for a in articles]


def extract_many(texts: list[str], nlp: Language | None = None) -> list[list[Claim]]:
    """`extract` for many texts at once; the same claims, with the parsing shared."""
    from muster.extraction.decide import decide

    out = []
    for text, drafted in zip(texts, draft_many(texts, nlp)):
        claims = decide(drafted)
        _number_occurrences(text, claims)
        out.append(claims)
    return out


def _draft_article(article: Article) -> Drafted:
    votes = sides.article_sides([s.text for s in article.sentences])
    drafts: list[Draft] = []
    for index in article.candidates:
        counted_just_before = bool(drafts) and drafts[-1].sentence.index == index - 1
        drafts += _sentence_drafts(article, index, counted_just_before)
    _link(article, drafts, votes)
    return Drafted(article, drafts, votes)


def extract(text: str, nlp: Language | None = None, parse_all: bool = False, explain: bool = False) -> list[Claim]:
    """Every people-count claim in `text`, in text order: the rules propose, the trained
    decisions (models/decisions.json) choose each field and whether a claim is kept."""
    from muster.extraction.decide import decide

    drafted = draft(text, nlp, parse_all)
    claims = decide(drafted, explain=explain)
    _number_occurrences(text, claims)
    return claims


# --- one sentence ------------------------------------------------------------------------

def _sentence_drafts(article: Article, index: int, counted_just_before: bool = False) -> list[Draft]:
    sentence = article.sentences[index]
    doc = article.doc(index)
    spans = list(doc.spans[QUANTITIES])
    drafts: list[Draft] = []
    pending: list[tuple[Span, object]] = []
    for span in spans:
        counted = counted_noun(span)
        verdict = _counts_people(span, counted)
        if verdict is None:
            pending.append((span, counted))
        elif verdict:
            drafts.append(_draft(article, sentence, span, counted))
    # A bare number beside people counts of the same sentence counts the same kind of people:
    # "Hungary took in 900,000 refugees and Moldova roughly 400 000".
    # So does "another 3,000", "twelve thousand more" as a subject right after a sentence that counted people.
    for span, counted in pending:
        if (drafts or counted_just_before and (_adds_to_the_count_before(span) or _share_given_by(span)
                                               or _names_a_share(span) or _subject_after_a_link(span, sentence))) \
                and not _is_year(span):
            drafts.append(_draft(article, sentence, span, counted))
    drafts.sort(key=lambda d: d.claim.start)
    _pair_respectively(sentence, drafts)
    _assign_side_statements(sentence, drafts)
    _keep_caveats_with_their_counts(drafts)
    return drafts


def _pair_respectively(sentence: Sentence, drafts: list[Draft]) -> None:
    """ "Colombia, Brazil and Georgia account for 1,500, 1,200 and 1,000 fighters respectively":
    the states named before the counts go to them in order."""
    if len(drafts) < 2 or not re.search(r"\brespectively\b", sentence.text):
        return
    first = drafts[0].claim.start - sentence.start
    named = list(dict.fromkeys(m.code for m in find_countries(sentence.text[:first])))
    if len(named) != len(drafts) or any(codes_in(d.claim.group) for d in drafts):
        return  # "Poland and Germany host 950,000 and 1.1 million Ukrainian refugees respectively": hosts
    for d, code in zip(drafts, named):
        d.claim.origin = [code]
        d.extra["origin_beside_count"] = True


_ADDITIVE_OPENERS = tuple(w + " " for w in words("additive_openers"))


def _adds_in_words(text: str, quantity) -> bool:
    """The cheap form of `_adds_to_the_count_before`, for a sentence that names no people:
    "Thousands more were on the way", "Another 300 are expected"."""
    return text[quantity.start:quantity.end].lower().startswith(_ADDITIVE_OPENERS) \
        or re.match(r"\s+more\b", text[quantity.end:]) is not None


def _adds_to_the_count_before(span: Span) -> bool:
    """ "Another 3,000 are in camps", "Twelve thousand more are said to be training", "Some 250
    others were taken hostage": a subject that adds to a count just made counts the same people."""
    root = span.root
    of_others = [o for p in root.children if p.lower_ == "of" for o in p.children if o.lower_ == "others"]  # "Dozens of others"
    more = next((t for t in [*root.children, root.head, *of_others] if t.lower_ in ("more", "others") and t.i >= span.end), None)
    adds = span.text.lower().startswith(_ADDITIVE_OPENERS) or more is not None
    subject = root if more is None or root.dep_ in ("nsubj", "nsubjpass") else more
    return adds and subject.dep_ in ("nsubj", "nsubjpass")


# The cheap form of `share_giver`: a sentence with one of the share verbs may give a share of
# the people counted before it ("Nepal contributed about 400").
_SHARE_VERB_WORD = re.compile(r"\b(?:" + "|".join(re.escape(w[:-1] if w.endswith("e") else w) for w in words("share_verbs"))
                              + r")\w*\b", re.IGNORECASE)


def _given_by_a_state(span: Span) -> bool:
    """ "Georgia contributed about 350, the United States about 300": the state beside the bare
    number says whose people it counts."""
    giver = share_giver(span)
    return giver is not None and is_country_name(giver.text) or bool(gapped_state(anchor(span)))


def _share_given_by(span: Span) -> bool:
    """ "with Colombia alone accounting for more than 700", "Georgia contributed about 350",
    "prisoners account for some 18,000": right after a count of people, a bare number that a
    state or a people accounts for or gives is their share of those people."""
    giver = share_giver(span)
    return giver is not None and (is_country_name(giver.text) or is_people_noun(giver))


def _subject_after_a_link(span: Span, sentence: Sentence) -> bool:
    """ "Of these, about 1,000 had no military experience": the subject of a sentence that opens
    on the people just counted is a share of them, whatever it says of them."""
    return attr.links_back(sentence.text) and anchor(span).dep_ in ("nsubj", "nsubjpass")


_SHARE_NOUNS = frozenset(words("share_nouns"))


def _names_a_share(span: Span) -> bool:
    """ "The largest share, about 190, were taken by ...": a bare number set beside a word for a
    share, right after a count of people, is that share of them."""
    root = anchor(span)
    return root.dep_ == "appos" and root.head.lemma_.lower() in _SHARE_NOUNS


def _keep_caveats_with_their_counts(drafts: list[Draft]) -> None:
    """ "At least 12 died, the ministry said, aware of several more deaths it could not confirm":
    a caveat inside another count's description is about that count only."""
    for d in drafts:
        caveat = d.unconfirmed
        if caveat and caveat not in d.claim.group and any(caveat in o.claim.group for o in drafts if o is not d):
            d.unconfirmed = None
            d.extra["caveat_of_another"] = True


def _assign_side_statements(sentence: Sentence, drafts: list[Draft]) -> None:
    """Each "fighting for X" of a sentence belongs to one count, the nearest before it: in "Up to 300
    Czechs vowed to go, while two battalions of Chechens fight on behalf of Moscow" Moscow is
    the Chechens' side, not the Czechs'. A count that no statement belongs to states no side."""
    if len(drafts) < 2:
        return
    owned: dict[int, list] = {}
    for mention in sides.side_mentions(sentence.text):
        # The count before the statement is its subject ("40 Britons joined the army"); only a
        # statement that opens the sentence goes to the count after it.
        before = [d for d in drafts if d.claim.start - sentence.start < mention.start]
        owner = before[-1] if before else drafts[0]
        owned.setdefault(id(owner), []).append(mention)
    for d in drafts:
        mine = owned.get(id(d))
        # "Some fought for Ukraine: 16 died on the Russian side": a statement in the count's own
        # clause before one set off by a colon
        position = d.claim.start - sentence.start
        mine = _in_the_counts_clause(mine, position, sentence.text) if mine else mine
        d.explicit_side = sides.nearest_side(mine, position, d.claim.origin) if mine else d.extra["forces_side"]


def _in_the_counts_clause(mentions: list, position: int, text: str) -> list:
    """ "Some fought for Ukraine: 16 died on the Russian side": statements of sides set off
    before the count by a colon or semicolon belong to another clause, when the count's own
    clause states one."""
    cut = max(text.rfind(":", 0, position), text.rfind(";", 0, position))
    own = [m for m in mentions if m.start > cut]
    return own or mentions


def _is_year(span: Span) -> bool:
    """ "2014", "between 2013 and 2017": years, not people."""
    q = span._.quantity
    years = range(1800, 2101)
    if q.qualifier == "range":
        return q.low in years and q.high in years and len(re.findall(r"\b\d{4}\b", q.text)) == 2
    return q.value is not None and q.value in years and q.qualifier == "exact" and bool(re.fullmatch(r"\d{4}", q.text))


def _counts_people(span: Span, counted) -> bool | None:
    """True/False when the parse decides; None for a bare number that only its neighbours can decide."""
    q = span._.quantity
    if q.qualifier == "unit":
        # "a brigade commander", "a battalion medic": a unit that only describes a person
        last = span[-1]
        if last.text[:1].isupper() and last.tag_ in ("NN", "NNP") and any(t.text.isdigit() for t in span) and span.start > 0 \
                and span.doc[span.start - 1].lower_ == "the":
            return False  # "the 444 Brigade": a unit's name, which the contract does not count
        return not (last.dep_ == "compound" and last.head.i > last.i and last.head.pos_ == "NOUN")
    if table_entry(span.sent.text) is not None:
        return True
    if parenthesised_tally(span) is not None and not _is_year(span):
        return True
    if _is_designation(span):
        return False
    if is_exchange_count(span):
        return True
    if counted.noun is not None:
        if counted.noun.lower_ in ("them", "those", "whom") and _AMONG_THEM.search(span.doc.text, 0, span.start_char):
            return True  # "among them 300 from Idlib": the parser may hang the number on the pronoun
        if _headline_verb_read_as_noun(span, counted.noun):
            return True  # "... as thousands flee": a headline's verb the tagger took for the counted noun
        if counted.noun.lower_ == "others":
            return None  # "Some 250 others were taken hostage": others of the people counted beside or before
        if is_not_people_noun(counted.noun) or _tells_the_figure(span, counted.noun) or _witnesses(counted.noun):
            return False
        if _a_population(counted.noun) and not counted.partitive and (
                counts_a_whole(span) or not predicate_events(span, counted.noun)):
            return False
        if is_people_noun(counted.noun):
            return _singular_ok(span, counted)
        if counted.noun.lemma_.lower() in BODIES_OF_PEOPLE and (counted.noun.i < span.start or counted.partitive):
            # "Uganda's contingent, at 4,500": a body the count gives the size of; "about 40 of her
            # unit": a share of its people
            return True
        if _unknown_name_of_people(counted.noun):
            return True
        return is_exchange_count(span)
    if _is_year(span):
        return False
    if counted.partitive and counted.noun is None or _AMONG_THEM.search(span.doc.text, 0, span.start_char):
        # "40 of them", "two dozen of those", "among them several hundred": a share of people counted before
        return True
    if (elliptical_subject_of_people_verb(counted.subject) or span.root.i != counted.subject.i and span.root.dep_ in (
            "nsubj", "nsubjpass") and elliptical_subject_of_people_verb(span.root)) and not _share_of_weapons_before(span) \
            or references_people_total(span) or is_exchange_count(span) \
            or _state_of_people_after(span) or _counted_by_of(span) or _who_clause(span, counted.subject) or _on_a_side_after(span) \
            or _ranked_at(span) or _taken_into_service(span):
        return _singular_ok(span, counted)
    return None


_SERVICE_TAKING = frozenset(words("service_taking_verbs"))


def _taken_into_service(span: Span) -> bool:
    """ "Ukraine calls up 160,000", "the army has mobilised 300,000": a bare number that a verb of
    taking people into a force takes as its object."""
    root = span.root
    verb = root.head
    return root.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _SERVICE_TAKING and (
        verb.lemma_.lower() != "call" or any(c.lower_ == "up" and c.dep_ == "prt" for c in verb.children))


_SELF_REFERENCE = frozenset(words("self_reference"))


def _witnesses(noun) -> bool:
    """ "Two soldiers told reporters the unit had lost 40 men", "..., five residents said": people
    counted as those who speak of something else are witnesses, not a figure of the conflict;
    "thousands of Britons said they would go" speak of themselves and stay counted."""
    verb = noun.head
    if noun.dep_ != "nsubj" or not attr.is_reporting_verb(verb) or any(
            c.dep_ == "nsubj" and c.i != noun.i for c in verb.children):
        return False
    said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
    opening = noun.left_edge.i
    if any(c.i < noun.i for c in said) and (opening == 0 or noun.doc[opening - 1].text not in (",", "”", "\"")):
        return False  # "... have conscripted 15 journalists, a rights group said": the clause's object, misparsed
    return bool(said) and not any(t.lower_ in _SELF_REFERENCE for c in said for t in c.subtree)


def _ranked_at(span: Span) -> bool:
    """ "Syrians are the largest group, at 2,000, followed by Iraqis, at 800": a number set off
    after a people or a state is their count."""
    root = anchor(span)
    # "Cameroon had the most recruits, with 335, followed by Egypt with 140": so is one given "with"
    return root.head.lower_ in ("at", "with") and bool(ranked_with(root))


def _share_of_weapons_before(span: Span) -> bool:
    """ "Russia launched 112 drones overnight; 87 were shot down": a bare number after weapons
    counted earlier in its sentence, with no people counted between, is a share of those weapons."""
    for token in reversed(span.sent[:span.start - span.sent.start]):
        if token.like_num and token.dep_ == "nummod":
            if is_people_noun(token.head):
                return False
            if token.head.lemma_.lower() in _WEAPONS:
                return True
    return False


_WEAPONS = frozenset(words("weapon_nouns"))


# "between six and seven thousand on the separatist side and about 1,000 on Ukraine's"
_ON_A_SIDE = re.compile(r"\s+on\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}side\b|[\w-]+['’]s?(?=[\s,.;]*(?:and\b|$|[.;])))",
                        re.IGNORECASE)


def _on_a_side_after(span: Span) -> bool:
    return bool(_ON_A_SIDE.match(span.doc.text, span.end_char))


_BACK_REFERRING_PRONOUNS = frozenset(words("reference_pronouns"))
_AMONG_THEM = re.compile(r"\b(?:among|including)\s+(?:them|those|whom)\s*,?\s*$", re.IGNORECASE)


def _headline_verb_read_as_noun(span: Span, noun) -> bool:
    """ "Rebels seize the city as thousands flee": a headline's bare verb right after a count,
    which the tagger took for the noun it counts."""
    return noun.i == span.end and noun.tag_ == "NN" and span._.quantity.value != 1 and is_people_verb(noun) and (
        noun.i + 1 == noun.sent.end or noun.nbor(1).is_punct or noun.nbor(1).pos_ == "ADP")


def _tells_the_figure(span: Span, noun) -> bool:
    """ "according to two people familiar with the plan", "citing three officers involved": the
    people who tell are not counted ("citing several hundred casualties" still counts); nor is
    one speaker picked out of a group ("One volunteer, a former ranger, said ...")."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according"
            or noun.dep_ == "dobj" and noun.head.lemma_ == "cite" and attr.may_speak(noun)
            or span._.quantity.value == 1 and noun.dep_ == "nsubj" and attr.is_reporting_verb(noun.head))


def _who_clause(span: Span, subject=None) -> bool:
    """ "more than 600,000 who fled to Chad", "the 40 whom police detained", "a dozen others who
    had volunteered": only people are 'who'."""
    heads = [anchor(span)] + ([subject] if subject is not None else [])
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for h in heads for c in h.children)


def parenthesised_tally(span: Span) -> str | None:
    """ "Most recruits came from Nepal (2,000) and Sri Lanka (about 100)", "they left in 2013
    (144)": a count in brackets right after a country, its people or a year, in a sentence about
    people, is that entry's share of them. Returns the entry's words."""
    text = span.doc.text
    before, after = text[:span.start_char].rstrip(), text[span.end_char:].lstrip()
    if not (before.endswith("(") and after.startswith(")")) or not mentions_people(span.sent.text):
        return None
    before = before[:-1].rstrip()
    year = re.search(r"\b(?:1[89]|20)\d\d$", before)
    if year:
        return year.group()
    last = [m for m in find_countries(before) if m.end == len(before)]
    return last[0].text if last else None


def _counted_by_of(span: Span) -> bool:
    """ "a terrorist group of four", "the slaughter of 500": a bare number in the 'of' phrase of
    a body of people or of what befell them."""
    root = anchor(span)
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.i + 1 < len(root.doc) and root.nbor(1).pos_ == "NOUN":
        return False
    owner = root.head.head
    return owner.pos_ == "NOUN" and owner.lemma_.lower() in _COUNTED_BY_OF


_COUNTED_BY_OF = frozenset(load_json("people.json")["counted_by_of"]["lemmas"]) | BODIES_OF_PEOPLE


def _state_of_people_after(span: Span) -> bool:
    """ "Dozens dead after shelling", "Four missing, two captured": a headline's bare count
    followed at once by what befell people, whatever the parser makes of the words."""
    if span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.lower_ in _PEOPLE_STATES or after.tag_ == "VBN" and is_people_verb(after)


_PEOPLE_STATES = frozenset(load_json("people.json")["states_after_count"]["words"])


_RESIDENT_NOUNS = frozenset(words("resident_nouns"))
_POPULATED_PLACES = frozenset(words("populated_place_nouns"))


def _whole_population_of_a_place(noun) -> bool:
    """ "the territory's 2.1 million people", "Gaza's 2.1 million residents": everyone a place
    holds, owned by the place and described by nothing else, is its population."""
    if noun.lemma_.lower() not in _RESIDENT_NOUNS or any(c.dep_ in ("amod", "compound", "acl") for c in noun.children):
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and (owner.lemma_.lower() in _POPULATED_PLACES or owner.ent_type_ in ("GPE", "LOC")
                                  or is_country_name(owner.text))


def _a_population(noun) -> bool:
    """ "the 120,000 Armenians who call the region home", "six million migrants who work there":
    the people a place is home to are a population figure, which the contract does not count."""
    if _whole_population_of_a_place(noun):
        return True
    for clause in noun.children:
        if clause.dep_ != "relcl" or _aside_about_some(clause):
            continue
        lemma = clause.lemma_.lower()
        if lemma in POPULATION_VERBS or lemma == "call" and any(c.lower_ == "home" for c in clause.subtree):
            return True
    return False


def _aside_about_some(clause) -> bool:
    """ "400 commandos, many living in Iran": a clause with a subject of its own that is not a
    relative pronoun says something of some of the people; it does not define them as residents."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "that", "which", "whom")
               for c in clause.children)


POPULATION_VERBS = frozenset(load_json("people.json")["population_verbs"]["lemmas"])


def _unknown_name_of_people(noun) -> bool:
    """ "5,000 Uygurs are fighting", "300 Karakalpaks were killed": a capitalised plural the
    lexicon does not know (a spelling of a people's name it lacks) that fights, joins, dies or
    flees as only people do."""
    return noun.tag_ in ("NNPS", "NNS", "NNP") and noun.text[:1].isupper() and noun.text.endswith("s") \
        and noun.i > noun.sent.start and elliptical_subject_of_people_verb(noun)


def _is_designation(span: Span) -> bool:
    """ "Troop 1403", "Flight 17", "Resolution 2254": a bare number written right after a
    capitalised noun, and followed by no noun of its own, names something; it counts no one.
    Nor does a name given as one: 'the call sign "Thirteen"', 'a man known as "Seven"'."""
    doc = span.doc
    if _NAME_GIVEN_BEFORE.search(doc.text, max(0, span.start_char - 40), span.start_char):
        return True
    if not span.text.isdigit() or span.start == 0 or span.start - span.sent.start < 1:
        return False
    before = doc[span.start - 1]
    after = doc[span.end] if span.end < len(doc) else None
    named_before = before.pos_ in ("NOUN", "PROPN") and before.text[:1].isupper() and before.i > span.sent.start
    return named_before and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"))


_NAME_GIVEN_BEFORE = re.compile(r"\b(?:" + "|".join(words("naming_words")) + r")\s+(?:as\s+)?[“\"‘']?$", re.IGNORECASE)


def _singular_ok(span: Span, counted) -> bool:
    """ "One individual was captured" is a claim; "one recruit said" is not."""
    q = span._.quantity
    if q.value != 1 or q.qualifier != "exact":
        return True
    anchor = counted.noun if counted.noun is not None else counted.subject
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _COUNTED_BY_OF:
        return True  # "the death of one soldier", "the release of one hostage"
    if _listed_with_counts(anchor):
        return True  # "six men, one woman and four children": one item of a list of counts
    if head.i == anchor.i:
        return False
    if event_of(head) not in (None, "other"):
        return True
    # "one Briton has been confirmed killed", "one Norwegian was among the dead"
    among = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "among" for o in c.children if o.dep_ == "pobj"]
    return any(e != "other" for e in predicate_events(span, counted.noun)) or any(
        event_of(t) not in (None, "other") for o in among for t in [o, *(c for c in o.children if c.dep_ in ("acl", "relcl"))])


def _listed_with_counts(noun) -> bool:
    """Whether `noun` is joined by "and" or a comma to other counted nouns ("six men, one woman
    and four children"), so that its "one" is a count like theirs."""
    first = sharing_fate(noun)
    items = [first, *(t for t in first.subtree if t.dep_ == "conj" and sharing_fate(t).i == first.i)]
    return any(any(c.dep_ == "nummod" for c in t.children) for t in items if t.i != noun.i)


_NUMBER_WORDS = frozenset(words("number_words_in_phrases"))


def _force_they_are_in(span: Span) -> str | None:
    """The party of the force an 'in' phrase on a bare count names ("two million in China's
    People's Liberation Army", "some 3,000 in the Wagner group")."""
    root = span.root
    after = [span.doc[span.end]] if span.end < len(span.doc) else []  # the parser may hang it on the verb
    for prep in [*root.children, *after]:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            force = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if force is not None:
                party = sides.party_of(force.doc[force.left_edge.i:force.i + 1].text)
                # a state's force, not the state ("300 in Gaza" is a place), or an armed group
                if party is not None and (_is_military(force) or not re.fullmatch(r"[A-Z]{2}", party)):
                    return party
    return None


_KIN = frozenset(words("kin_nouns"))


def _kin_of_people(span: Span, noun):
    """The kin noun of a count of people's kin ("relatives of Nepali men", "dozens of families of
    soldiers killed"), whose "of" phrase names other people; None for any other count."""
    kin = span[-1] if span._.quantity.qualifier == "unit" else noun
    if kin is None or kin.lemma_.lower() not in _KIN and kin.lower_ not in _KIN:
        return None
    return kin if any(o.dep_ == "pobj" and is_people_noun(o) for p in kin.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children) else None


def _unit_named(span: Span) -> str:
    """ "two reserve brigades", "nearly 3,000 families": a count of units says who is counted in
    its own words after the number."""
    if span._.quantity.qualifier != "unit":
        return ""
    numbers = [t.i for t in span if t.like_num or t.pos_ == "NUM" or t.lower_ in _NUMBER_WORDS]
    rest = span.doc[numbers[-1] + 1:span.end] if numbers else []
    return rest[1:].text if len(rest) > 1 and rest[0].lower_ == "of" else rest.text if len(rest) else ""


def _reporting_indexes(span: Span) -> set[int]:
    return {t.i for t in anchor(span).ancestors if attr.is_reporting_verb(t)}


def _draft(article: Article, sentence: Sentence, span: Span, counted) -> Draft:
    q = span._.quantity
    noun = counted.noun
    if noun is not None and noun.lemma_.lower() in _HELD_NOUNS:
        # "have taken 6,000 Russian servicemen prisoner": the parser makes the people a compound
        # of what they were taken as
        noun = next((c for c in noun.children if c.dep_ == "compound" and is_people_noun(c)), noun)
    headline_verb = None
    if noun is not None and _headline_verb_read_as_noun(span, noun):
        headline_verb, noun = event_of(noun), None  # "... as thousands flee": what the tagger made their noun is what they do
    reporting = _reporting_indexes(span)
    reference = _reference_total(span) if noun is None else None
    forces = _forces_owning(reference[0]) if reference is not None else []
    tolled = False  # "the death toll rose to 300", "Russian losses reached 4,000": the total names the event
    asked_about = False  # "how many prisoners ...; officials put the number at 8,000": the people asked about name it
    event = event_for(span, noun, counted.subject, reporting) or _event_done_before(article, sentence, span) \
        or _event_of_opening_whole(span)
    event = headline_verb or event
    # "Among them were 1,500 former soldiers": a share of the people just counted, whatever befell them
    whole = fronted_whole(span)
    among_them = whole is not None and whole.lower_ in _BACK_REFERRING_PRONOUNS
    referent_event = event is None and (counted.partitive or noun is None) or among_them and event in (None, "other")
    if event is None and table_entry_side(sentence.text):
        event = "mobilization"  # "- Chad: 2,000 (with the RSF)": people with a party are its fighters
    event = event or "other"
    kin = _kin_of_people(span, noun)
    if kin is not None:
        # "hundreds of relatives of Nepali men serving in Russia's army protested": what the kin
        # did, not what befell the people they are kin of
        event = (event_over(kin.head, kin) if kin.dep_ in ("nsubj", "nsubjpass", "dobj") else None) or "other"
    origin = origin_for(span, noun, counted.subject)
    group = group_phrase(noun, span) if noun is not None and noun.pos_ != "PRON" else ""
    entry = parenthesised_tally(span)
    if entry is not None and codes_in(entry):
        # the bracketed count belongs to the country before it, not to what the parse hung it on
        origin, group = codes_in(entry), entry
    if reference is not None:
        head, counted_people = reference
        if counted_people is not None:
            group = group or re.sub(r"^how many\s+", "", group_phrase(counted_people, span), flags=re.IGNORECASE)
            named_event = noun_events({counted_people.lemma_.lower(), counted_people.lower_})
            asked = not any(c.lower_ == "of" for c in head.children)  # the people asked about, not "the number of X"
            if named_event and asked and counted_people.i < head.i:
                event = named_event[0]  # "how many prisoners of war it holds; officials put the number at 8,000"
                asked_about = True
            origin = origin or origin_for(span, counted_people, counted_people)
        # "put the number from France at 1,500": the 'from' may hang on the number or on its verb.
        holders = [head] + ([head.head] if head.head.pos_ == "VERB" else [])
        origin = origin or codes_in(" ".join(t.text for h in holders for c in h.children if c.lower_ == "from"
                                             for t in sorted(without_clauses(c), key=lambda t: t.i)))
        # "bringing to 512 the number of members it says have been killed": what the clause on the total says befell them
        said_of_total = next((e for c in head.children if c.dep_ == "relcl" and (e := clause_event(c))), None)
        if said_of_total and not counted.partitive:
            event = said_of_total
        tolled = head.lower_ == "toll" or any(c.lower_ == "death" for c in head.children)
        if tolled:
            event = "casualty"
        elif event == "other" and head.lemma_.lower() in STRENGTH_NOUNS:
            event = "mobilization"  # "the group's strength at 3,000": a force's size
        if forces:
            # "the Russian army's death toll", "the Israeli military's losses": its own dead
            origin = origin or forces
            if tolled or head.lemma_.lower() in ("loss", "casualty"):
                event, tolled = "casualty", True
        if head.i == getattr(casualty_total(span), "i", None):
            # "Russian losses reached 4,000": who lost them is who is counted, and their side
            event, tolled = "casualty", True
            group = group_phrase(head, span)
            origin = origin or origin_for(span, head, head)
    # "targeted Hezbollah operatives and killed at least five of them", "families of Colombian
    # former soldiers ... after at least 22 of the men were killed": the people "them" or "the
    # men" name again, named before in the sentence
    named_again = counted.partitive and (noun is None or any(c.lower_ == "the" for c in noun.children))
    named_before = people_named_before(span) if named_again else None
    named_before_text = named_before.doc[named_before.left_edge.i:named_before.i + 1].text.strip("\"“”") if named_before is not None else ""
    if named_before is not None:
        group = group if noun is not None else group or named_before_text
        origin = origin or named_origins(named_before_text)
    if table_entry(sentence.text) and noun is not None and codes_in(noun.text) == [table_entry(sentence.text)]:
        group = ""  # "- Georgia: 200": the row's country is where they come from, not who they are
    if kin is not None and kin.i < span.end and group:
        group = f"{kin.text} of {group}"  # "dozens of families of soldiers killed": who is counted is the families
    group = group or _unit_named(span) or "people"
    origin = origin or ([table_entry(sentence.text)] if table_entry(sentence.text) else [])
    bracketed = table_entry_source(sentence.text)
    if bracketed and noun is not None and noun.text in bracketed:
        group, noun = "people", None  # "- India: about 100 (foreign ministry)": the brackets name who says so
    start = sentence.start + q.start
    end = sentence.start + q.end
    sources = _sources(article, sentence, span)
    of_a_region = noun is None and said_to_be_of_a_region(span, counted.subject)  # "about 40 are Europeans"
    # Only what stands before the noun names its side ("Wagner fighters"), not a clause after it.
    group_text = noun.doc[noun.left_edge.i:noun.i + 1].text if noun is not None else named_before_text or _said_to_be(counted.subject)
    belongs_to = _belonging_phrase(group, origin)
    tied = _TIED_TO.match(sentence.text[noun.idx + len(noun.text):]) if noun is not None else None
    if tied and sides.party_opening(tied.group(1)) and not sides.parties_named_in(group_text):
        # "11 militants linked to the Islamic State", "fighters loyal to the army": whose they are
        group_text = f"{group_text} {re.split(r'[,;:(]', tied.group(1))[0]}"
    elif noun is not None and belongs_to and not sides.parties_named_in(group_text):
        # "fighters of the Donetsk People's Republic", "members of Hamas": whose they are
        group_text = f"{group_text} {belongs_to.group(2)}"
    explicit = sides.nearest_side(_in_the_counts_clause(sides.side_mentions(sentence.text), q.start, sentence.text), q.start, origin) \
        or _joins_a_bare_institution(article, sentence) or _table_row_side(article, sentence)
    # "against an estimated two million in China's army": a bare count of those in a force
    in_force = _force_they_are_in(span) if noun is None else None
    if in_force and re.fullmatch(r"[A-Z]{2}", in_force):
        origin = [in_force]
    # "its own losses had risen to 1,200 soldiers": the losses of the state that speaks are its own
    grown = total_grown_to(noun.head.head, noun.head) if noun is not None and noun.dep_ == "pobj" else None
    loser = sides.owner_of_pronoun(grown) if grown is not None else None
    if loser and re.fullmatch(r"[A-Z]{2}", loser) and not origin:
        origin, in_force = [loser], loser
    owned = in_force or (origin[0] if forces and len(origin) == 1 else None) or _pro_capital(group_text)
    explicit = explicit or owned  # "the Russian army's death toll": the army's own dead
    # "Wagner fighters" name their side; whoever sends or recruits "troops" says it before their
    # own state does ("North Korea deployed 11,000 troops to Russia")
    named = sides.parties_named_in(group_text)
    hint = (named[0] if named else None) or _side_from_call_up(counted.subject, noun, (article, sentence)) \
        or _side_from_group(group_text, noun, origin) or _members_of_a_states_body(article, sentence, noun)
    if hint is None and reference is not None and len(origin) == 1 and (reference[0].lemma_.lower() == "loss" or forces):
        hint = origin[0]  # "Russian losses", "the Russian army's toll": a state's losses are its forces' dead
    strength = reference is not None and reference[0].lemma_.lower() in STRENGTH_NOUNS
    if hint is None and strength:
        hint = _strength_owner(article, sentence, reference[0])  # "Hamas's strength is put at 30,000"
    if hint and re.fullmatch(r"[A-Z]{2}", hint) and _conscripted(counted.subject, noun) and origin in ([], [hint]):
        # "The junta says it will call up 5,000 people a month": a state drafts its own, into its forces
        origin, explicit = [hint], explicit or hint
    if not explicit and hint and origin == [hint] and _lost_by_a_state(noun):
        explicit = hint  # "Congo's army has lost 1,000 men to desertion": its own men, whatever befell them
    group_class = _group_class(noun)
    if kin is not None:
        explicit = hint = None  # the kin of fighters are not on their side
        group_class = "civilian"
    evading = _evades_service(span)
    if evading and not explicit and group_class != "civilian":
        group_class = "civilian"  # "45 men drowned trying to avoid the draft": they are not fighters
    if evading and not explicit and event in ("mobilization", "other"):
        # "thousands left for Hungary to avoid the draft": they fled it; "300 objectors refused to
        # serve": they did not join
        event = "displacement" if _moved_away(span) else "other"
    claim = Claim(text=article.text[start:end], start=start, end=end, low=q.low, high=q.high, qualifier=q.qualifier,
                  unit=q.unit, group=group, origin=origin, side=None, event=event, attributed_to=[], cue=None,
                  status="asserted", sentence=sentence.text, group_class=group_class)
    return Draft(claim, sentence, sources, noun is None, explicit, hint, _group_kind(noun, group_class),
                 attr.hedge_over(span), attr.unconfirmed_in(sentence.text),
                 extra={"referent_event": referent_event, "refers_back": counted.partitive and noun is None, "strength": strength,
                        "kin": kin is not None, "asked_about": asked_about, "among_them": among_them,
                        "tolled": tolled, "evading": evading and not explicit,
                        "own_predicate": bool(predicate_events(span, noun) or clause_events_on(anchor(span))),
                        "origin_beside_count": from_right_after(span, noun) is not None or _lost_by_a_state(noun)
                        or bool(in_force and origin == [in_force])  # "two million in China's army"
                        or bool(origin and _OWNED_GROUP.match(group))  # "40 of its citizens", "three of its soldiers"
                        or bool(ranked_with(noun if noun is not None else counted.subject))
                        or noun is None and (_given_by_a_state(span) or of_a_region),
                        "of_a_region": of_a_region,
                        "says_from": bool(_FROM_IN_CLAUSE.match(sentence.text[q.end:])),
                        "went_nowhere": went_nowhere(noun, counted.subject) and not counts_a_whole(span), "forces_side": owned,
                        "killed_by_clause": _killed_in_a_clause(noun if noun is not None else counted.subject),
                        "non_combatant": evading or noun is not None and (bool({noun.lemma_.lower(), noun.lower_} & _NON_COMBATANTS) or any(
                            c.dep_ == "amod" and c.lower_ in _NON_COMBATANT_MODIFIERS for c in noun.children)),
                        "military_noun": noun is not None and _is_military(noun),
                        # "men", "nationals": fighters in a war story, but they say nothing of it by themselves
                        "plain_people": noun is not None and bool({noun.lemma_.lower(), noun.lower_} & _PLAIN_PEOPLE),
                        "people_at_large": noun is not None and noun.lemma_.lower() in _PEOPLE_AT_LARGE and not counted.partitive
                        and not tied})


def _said_to_be(subject) -> str:
    """ "Of the dead, 16 were SDF fighters": the people a bare count is said to be, with the words
    before them that may name their party."""
    for be in copulas_of(subject.head) if subject.dep_ == "nsubj" else []:
        for attr_ in be.children:
            if (attr_.dep_ == "attr" or attr_.dep_ == "nsubj" and attr_.i > subject.i) and is_people_noun(attr_):
                return attr_.doc[attr_.left_edge.i:attr_.i + 1].text
    return ""


@cache
def _service_evasion() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in words("service_evasion_pattern")), re.IGNORECASE)


def _moved_away(span: Span) -> bool:
    """ "crossed into Romania", "left for Hungary": the verb over the count moves them elsewhere."""
    verb = next((t for t in anchor(span).ancestors if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in _MOVING_AWAY


_MOVING_AWAY = frozenset(words("moving_away_verbs"))


def _evades_service(span: Span) -> bool:
    """ "Some 45 men drowned trying to avoid mobilisation", "draft dodgers", "6,000 fled to
    escape conscription": people who avoid the call-up are not fighters, whatever the war. Read
    in the clause of the verb that governs the count, not a neighbouring clause."""
    count = anchor(span)
    verb = next((t for t in [count, *count.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    words_of = list(verb.subtree if verb is not None else count.subtree)
    if verb is not None:
        # "1,000 were mobilized, while thousands of others left to avoid the draft": not the clause
        # of another count
        counts = [q.root.i for q in span.doc.spans[QUANTITIES] if q.start != span.start]
        others: set[int] = set()
        for clause in (c for c in verb.children if c.dep_ in ("advcl", "conj", "ccomp", "parataxis")):
            inside = range(clause.left_edge.i, clause.right_edge.i + 1)
            if count.i not in inside and any(i in inside for i in counts):
                others.update(inside)
        words_of = [t for t in words_of if t.i not in others]
    return bool(_service_evasion().search(" ".join(t.text for t in words_of)))


def _event_of_opening_whole(span: Span) -> str | None:
    """ "Of the returnees, 110 are children": the whole a sentence opens on says what befell the
    part when nothing nearer does."""
    first = span.sent[0]
    if first.lower_ != "of" or span.start <= first.i:
        return None
    whole = next((c for c in first.children if c.dep_ == "pobj"), None)
    return event_of(whole) if whole is not None and whole.i < span.start else None


_DONE_SO = re.compile(r"^[^.;]{0,40}?\b(?:done|did|do|does|doing)\s+so\b", re.IGNORECASE)


def _event_done_before(article: Article, sentence: Sentence, span: Span) -> str | None:
    """ "Danes were free to join the fight. ... around 150 have done so": "done so" repeats what
    the sentence before said they could do."""
    if sentence.index == 0 or not _DONE_SO.match(sentence.text[span.end_char - span.sent.start_char:]):
        return None
    return caption_event(article.doc(sentence.index - 1)[:])


def _lost_by_a_state(noun) -> bool:
    """ "Russia says Ukraine lost more than 50,000 soldiers", "Congo's army has lost 1,000 men": a
    state or its army that lost soldiers says whose they were, as plainly as "Ukrainian soldiers"
    would."""
    if noun is None or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _LOSING_VERBS:
        return False
    for subject in (c for c in noun.head.children if c.dep_ == "nsubj"):
        army = subject.lemma_.lower() in _ARMED_INSTITUTIONS
        if (army or _is_military(noun)) and codes_in(subject.doc[subject.left_edge.i:subject.i + 1].text if army else subject.text):
            return True
    return False


def _killed_in_a_clause(anchor) -> bool:
    """ "after the attack that killed 145 people": the object of a killing verb in a clause on
    another noun counts the victims of what that noun names."""
    verb = anchor.head
    return anchor.dep_ == "dobj" and verb.lemma_.lower() in _KILLING and verb.dep_ in ("relcl", "acl")


_KILLING = frozenset(events_lexicon()["lemmas"]["casualty"])
_NON_COMBATANTS = frozenset(load_json("people.json")["non_combatants"]["lemmas"])
_NON_COMBATANT_MODIFIERS = frozenset(words("non_combatant_modifiers"))
_HELD_NOUNS = frozenset(people_lexicon()["event_nouns"]["detention"])
_PLAIN_PEOPLE = frozenset(people_lexicon()["neutral"])
_PEOPLE_AT_LARGE = frozenset(words("people_at_large"))


# "18,852 came from the Middle East, ...": a "from" before the next comma says where this
# count's people come from, even when it names no single state.
_FROM_IN_CLAUSE = re.compile(r"[^,;.]{0,60}?\bfrom\b")


def _strength_owner(article: Article, sentence: Sentence, total) -> str | None:
    """The armed party whose strength a total is ("Hamas's strength", "the group's strength" after
    the group was named): its fighters are on its side."""
    owner = next((c for c in total.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    return _party_of_phrase(owner) or _group_named_before(article, sentence, owner)


def _forces_owning(total) -> list[str]:
    """The state whose armed forces own a total ("the Russian army's toll", "the Israeli
    military's count"), as codes; a state alone ("Ukraine's tally of Russian losses") counts
    others and names no one."""
    owner = next((c for c in total.children if c.dep_ == "poss"), None)
    if owner is None or not _is_military(owner):
        return []
    return codes_in(" ".join(t.text for t in owner.subtree))


_MILITARY = frozenset(people_lexicon()["military"])


_STATE_FORCE_MODIFIERS = frozenset(words("state_force_modifiers"))


def _is_military(noun) -> bool:
    """ "soldiers", "troops", "servicemen", "service members": the words for a state's armed forces."""
    compounds = {f"{c.lower_} {w}" for c in noun.children if c.dep_ == "compound" for w in (noun.lemma_.lower(), noun.lower_)}
    if ({noun.lemma_.lower(), noun.lower_} | compounds) & _MILITARY:
        return True
    # "230 members of the security forces", "personnel of the armed forces": a state force's members
    body = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
    return noun.lemma_.lower() == "member" and body is not None and body.lower_ == "forces" and any(
        c.lower_ in _STATE_FORCE_MODIFIERS for c in body.children)


def _reference_total(span: Span):
    """For "the death toll of Syrian mercenaries increased to 107": (toll, mercenaries)."""
    if not references_people_total(span):
        return None
    losses = casualty_total(span)
    if losses is not None:
        return losses, None
    totals = [t for t in span.sent if t.lower_ in TOTAL_NOUNS or t.lemma_.lower() in STRENGTH_NOUNS]
    if not totals:
        return None
    # "the real toll is higher; relatives put the number of Nepalis recruited at 15,000": the
    # noun the number is said of, nearest in the parse, not the first the sentence names
    token = min(totals, key=lambda t: _hops(t, span.root))
    of_obj = next((o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
    return token, of_obj or _asked_how_many(span, token)


def _asked_how_many(span: Span, total):
    """ "The report did not say how many prisoners of war Russia holds; officials put the number at
    8,000": the people a bare "the number" gives the size of, asked about before it."""
    for t in reversed(span.sent[:total.i - span.sent.start]):
        if t.lower_ == "many" and t.i > 0 and t.doc[t.i - 1].lower_ == "how" and t.head.i != t.i and is_people_noun(t.head):
            return t.head
    return None


def _hops(a, b) -> int:
    """How many links of the parse lie between two tokens of one sentence."""
    above_a = {t.i: depth for depth, t in enumerate([a, *a.ancestors])}
    for depth, t in enumerate([b, *b.ancestors]):
        if t.i in above_a:
            return depth + above_a[t.i]
    return len(a.sent)


_TIED_TO = re.compile(r"\s*,?\s*(?:(?:who|which|that)\s+(?:are|were|is|was)\s+)?(?:linked|loyal|allied|affiliated|aligned)\s+(?:to|with)\s+(.+)$",
                      re.IGNORECASE)


_CLAUSE_OPENING = re.compile(r"\s(?:" + "|".join(words("clause_openers")) + r")\s", re.IGNORECASE)


def _belonging_phrase(group: str, origin: list[str]) -> re.Match | None:
    """ "fighters of the Donetsk People's Republic", "members of Hamas", "fighters with the Syrian
    army", "Swedes in Ukraine": the phrase on the counted noun that says whose they are. Not a
    state at war with their own that they are in ("Russian soldiers killed in Ukraine"): that is
    the land they invaded."""
    # not a clause of its own after the noun: "soldiers wounded as troops clash with Abu Sayyaf"
    m = re.search(r"\b(?P<prep>of|with|in)\s+(.+)$", _CLAUSE_OPENING.split(group)[0])
    if m is None:
        return None
    party = sides.party_opening(m.group(2))
    if party is None or m.group("prep") == "in" and sides.opens_with_a_state_name(m.group(2)) \
            and any(sides.are_opponents(party, code) for code in origin):
        return None
    return m


def _group_class(noun) -> str:
    """What the counted noun says the people are, kept on the claim for figure linking:
    "combatant" (fighters, troops), "civilian" (refugees, children) or plain "people" (Swedes, them)."""
    if noun is None:
        return "people"
    lex = people_lexicon()
    for kind in ("civilian", "combatant"):
        if noun.lemma_.lower() in lex[kind] or noun.lower_ in lex[kind]:
            return kind
    return "people"


def _group_kind(noun, group_class: str) -> str:
    """The coarser kind the learned decisions are crossed with: a counted noun that is not
    civilian is taken as combatant; a number with no noun is neutral."""
    if noun is None:
        return "neutral"
    return {"civilian": "civilian", "combatant": "combatant"}.get(group_class, "people")


def _pro_capital(group_text: str) -> str | None:
    """ "the pro-Kyiv Chechens", "pro-Moscow fighters": people for a government named by its
    capital are on its side."""
    m = re.search(r"\bpro-(?P<capital>[A-Z][\w'’-]+)", group_text)
    return sides.party_of(m.group("capital")) if m and names_a_capital(m.group("capital")) else None


def _side_from_group(group_text: str, noun, origin: list[str]) -> str | None:
    named = sides.parties_named_in(group_text)
    if named:
        return named[0]  # "Wagner fighters", "members of an Islamist group" (the generic name)
    if noun is not None and len(origin) == 1 and _is_military(noun):
        return origin[0]
    return None


_RECRUITING_VERBS = words("recruiting_verbs")
_HOLDING_VERBS = frozenset(events_lexicon()["holding_verbs"]["lemmas"])
_GROWING_VERBS = frozenset(words("growing_verbs"))
_LOSING_VERBS = frozenset(words("suffer_verbs"))


_CONSCRIPTING_VERBS = frozenset(words("conscripting_verbs"))


def _conscripted(subject, noun) -> bool:
    """People a verb of conscription takes ("has drafted 60,000 young men", "to call up 5,000
    people"), whom the text calls nothing foreign."""
    anchor = _whole_listed_before(noun if noun is not None else subject)
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.i == subject.i:
        anchor = anchor.head.head  # "drafted tens of thousands of men"
    foreign = noun is not None and any(t.lower_ in FOREIGN_WORDS for t in noun.subtree)
    return anchor.dep_ in ("dobj", "nsubjpass") and anchor.head.lemma_.lower() in _CONSCRIPTING_VERBS and not foreign


def _side_from_call_up(subject, noun, context: tuple[Article, Sentence] | None = None) -> str | None:
    """ "Israel is calling up 300,000 reservists", "the Houthis claimed to have recruited 200,000
    fighters": whoever recruits people recruits them for its own side. "The LNA said 10 of its
    fighters were killed", "the RSF has lost 3,000 fighters": their own side too."""
    anchor = _whole_listed_before(noun if noun is not None else subject)
    while anchor.dep_ == "conj" and anchor.head.like_num:
        anchor = anchor.head  # "grown to between 2,000 and 3,000 fighters": the parser hangs the noun on the first number
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.i == subject.i:
        anchor = anchor.head.head  # "recruited tens of thousands of volunteers": the count is the object
    verb = anchor.head
    if verb.lemma_.lower() in _LOSING_VERBS and anchor.dep_ == "dobj":
        # An armed group's losses are its own men. A state's are left to the decisions: "North
        # Korea suffered 4,700 casualties" fighting for another state.
        loser = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        party = _party_of_phrase(antecedent(loser)) if loser is not None else None
        if party is None and loser is not None and loser.lower_ in ("it", "they") and noun is not None and context:
            party = _party_opening_before(*context, noun)  # "The M23 took the town. They said they lost 12 of their fighters"
        if party is None and loser is not None and context:
            party = _group_named_before(*context, antecedent(loser))  # "the rebel coalition says it lost 30 fighters"
        # "Congo's army has lost 1,000 men": a state's armed forces lose their own
        forces = loser is not None and antecedent(loser).lemma_.lower() in _ARMED_INSTITUTIONS
        return party if party is not None and (forces or not re.fullmatch(r"[A-Z]{2}", party)) else None
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "to" and anchor.head.head.lemma_.lower() in _GROWING_VERBS:
        verb = anchor.head.head  # "the M23 has grown to 8,000 fighters": its own strength, as "has 8,000"
    # "where Wagner had 1,500 men", "the gang, which has about 100 members": a force's own people
    holds = (verb.lemma_.lower() in _HOLDING_VERBS or verb.lemma_.lower() in _GROWING_VERBS) \
        and noun is not None and (_group_class(noun) == "combatant" or noun.lemma_.lower() == "member")
    if verb.lemma_.lower() in _RECRUITING_VERBS or holds:
        # "Hamas has 30,000 fighters", "where Wagner had 1,500 men": a force's own strength.
        # The subject nearest the verb: a dateline the parser took for one stands further away.
        recruiter = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
        if recruiter is None and verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
            # "The junta introduced conscription and has called up 30,000 men": a shared subject;
            # "the group is thought to have 7,000 fighters": the subject of the passive it hangs on
            recruiter = next((c for c in verb.head.children if c.dep_ == "nsubj"
                              or c.dep_ == "nsubjpass" and verb.dep_ == "xcomp"), None)
        if recruiter is not None:
            recruiter = antecedent(recruiter)
            party = _party_of_phrase(recruiter) or (_institution_state(*context, recruiter) or _group_named_before(
                *context, recruiter) if context else None)
            state = party or (codes_in(recruiter.text)[0] if is_country_name(recruiter.text) else None)
            return _destination_served(verb, party, _proxies_of(noun, state)) or party
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "agent" and verb.head.lemma_.lower() in SUPPORTING_VERBS \
            and not (noun is not None and _is_military(noun)):
        # "Haftar's forces are backed by several hundred Russian mercenaries": the backers fight
        # for whom they back; a state's troops ("backed by 4,000 Rwandan troops") serve their state
        backed = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if backed is not None:
            backed = antecedent(backed)
            words_of = " ".join(t.text for t in sorted(without_clauses(backed), key=lambda t: t.i))
            party = _party_of_phrase(backed) or next(iter(sides.parties_named_in(words_of)), None)
            if party is not None:
                return party  # "Haftar's forces", "the forces of commander Khalifa Haftar"
    if noun is not None and noun.lemma_.lower() not in _CITIZEN_NOUNS:
        # "its fighters" fight for it; "its citizens" only come from it
        return sides.owner_of_pronoun(noun) or (_party_opening_before(*context, noun) if context else None)
    return None


def _party_opening_before(article: Article, sentence: Sentence, noun) -> str | None:
    """ "The JNIM group claimed the attack. It said it lost seven of its own fighters": a
    sentence that opens on "It" or "They" goes on about the party the sentence before opened on."""
    opening = noun.doc[0]
    if sentence.index == 0 or opening.lower_ not in ("it", "they") or opening.dep_ != "nsubj" \
            or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        return None
    before = article.sentences[sentence.index - 1].text
    first = min(sides.party_mentions(before), key=lambda m: m.start, default=None)
    # the party the sentence before opens on, not one it names in passing
    return first.side if first is not None and first.start < len(before) // 3 else None


def _whole_listed_before(token):
    """ "has recruited citizens of 48 countries, including 1,500 Cubans and several hundred
    Nepalis": people listed after "including" share the verb of the whole they are part of."""
    part = token
    while part.dep_ == "conj" and part.head.pos_ in ("NOUN", "PROPN"):
        part = part.head
    if any(c.dep_ == "prep" and c.lower_ in ("including", "among") and c.i < part.i for c in part.children) \
            and part.head.pos_ == "VERB":
        # "has enlisted men from Asia, among them 2,000 Nepalis": the parser hangs the part on the verb
        return next((c for c in part.head.children if c.dep_ == "dobj"), token)
    if part.dep_ != "pobj" or part.head.lower_ not in ("including", "among"):
        return token
    whole = part.head.head
    if whole.dep_ == "pobj" and whole.head.lower_ == "of" and whole.head.head.pos_ in ("NOUN", "PROPN"):
        whole = whole.head.head  # "citizens of 48 countries, including ...": the people, not the countries
    return whole if whole.pos_ in ("NOUN", "PROPN") else token


_CITIZEN_NOUNS = frozenset(words("citizen_nouns"))


_SENDING_VERBS = frozenset(words("sending_verbs"))


def _proxies_of(noun, sender: str | None) -> bool:
    """ "Turkey sent 1,100 Syrian fighters": people of another state than the one that sends them."""
    if noun is None or sender is None:
        return False
    named = codes_in(" ".join(t.text for t in noun.lefts))
    return bool(named) and sender not in named


def _destination_served(verb, sender: str | None, proxies: bool = False) -> str | None:
    """ "Turkey sent 1,500 Syrian fighters to Azerbaijan", "North Korea deployed troops to
    Russia": people sent to a state that is not the sender's enemy fight for that state. Sent to
    an enemy ("Russia sent troops to Ukraine"), they fight for the sender. Proxies of another
    people serve the government of any state they are sent to ("Syrian fighters sent to
    Niger"); a state's own troops sent to an ally at peace stay its own."""
    if verb.lemma_.lower() not in _SENDING_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            party = _party_of_phrase(place) if place is not None and place.pos_ == "PROPN" else None
            if party is None and proxies and place is not None and is_country_name(place.text):
                party = codes_in(place.text)[0]
            if party is not None and party != sender and not (sender and sides.are_opponents(sender, party)):
                return party
    return None


def _institution_state(article: Article, sentence: Sentence, head) -> str | None:
    """ "the army has recruited thousands" after "Sudan's army" or "the Sudanese army": a state's
    body named bare is the state's the nearest earlier mention gave it, in this sentence or before."""
    phrase = head.doc[head.left_edge.i:head.i + 1].text.lower()
    if head.lemma_.lower() in _STATE_INSTITUTIONS or head.lower_ in _STATE_INSTITUTIONS:
        named = codes_in(head.doc[head.left_edge.i:head.i + 1].text)
        if len(named) == 1:
            return named[0]  # "Burkina Faso's junta", "the Malian army"
    return _state_of_bare_institution(article, sentence, head.left_edge.idx, phrase)


def _state_of_bare_institution(article: Article, sentence: Sentence, before: int, phrase: str) -> str | None:
    """The state whose `phrase` ("the army") the text named last before offset `before` of the
    sentence, in it or in the sentences before it."""
    if re.sub(r"^the\s+", "", phrase) not in _STATE_INSTITUTIONS:
        return None
    armed = _is_armed(re.sub(r"^the\s+", "", phrase))
    texts = [sentence.text[:before]] + [s.text for s in reversed(article.sentences[:sentence.index])]
    for text in texts:
        mentions = [m for m in find_countries(text) if (after := _INSTITUTION_AFTER.match(text[m.end:]))
                    and (armed is None or _is_armed(after.group(1).lower()) in (armed, None))]
        if mentions:
            return mentions[-1].code
    return None


_ARMED_INSTITUTIONS = frozenset(words("armed_institutions"))


@cache
def _bare_institution_joined() -> re.Pattern[str]:
    armed = "|".join(re.escape(w) for w in sorted(_ARMED_INSTITUTIONS, key=len, reverse=True))
    return re.compile(rf"\b(?:(?:{sides.join_alternation()})\s+|on\s+)the\s+(?P<body>{armed})(?:['’]s\s+side)?\b",
                      re.IGNORECASE)


def _table_row_side(article: Article, sentence: Sentence) -> str | None:
    """ "- Chad: 2,000 (with the RSF)", "- Eritrea: 1,000 (with the army)": the party a table row's
    brackets put its people with."""
    party = table_entry_side(sentence.text)
    if party is None:
        return None
    return sides.party_of(party) or _state_of_bare_institution(article, sentence, 0, party.lower())


def _joins_a_bare_institution(article: Article, sentence: Sentence) -> str | None:
    """ "several hundred Darfuri fighters signed up to fight on the army's side", "joined the
    military": the state whose army the text named, as the side they join."""
    m = _bare_institution_joined().search(sentence.text)
    if m is None or m.group().lower().startswith("on ") and not m.group().lower().endswith("side"):
        return None
    return _state_of_bare_institution(article, sentence, m.start(), f"the {m.group('body').lower()}")


def _is_armed(institution: str) -> bool | None:
    """Whether a state body fights (the army) or rules (the authorities); None for a junta, which does both."""
    if institution == "junta":
        return None
    return institution in _ARMED_INSTITUTIONS


_STATE_INSTITUTIONS = frozenset(words("state_institutions"))
_INSTITUTION_AFTER = re.compile(r"(?:['’]s)?\s+(" + "|".join(re.escape(w) for w in sorted(_STATE_INSTITUTIONS, key=len, reverse=True)) + r")\b",
                                re.IGNORECASE)


def _members_of_a_states_body(article: Article, sentence: Sentence, noun) -> str | None:
    """ "300 members of the army", "soldiers of the military": the state whose body the text
    named before."""
    if noun is None:
        return None
    body = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "with", "in")
                 for o in p.children if o.dep_ == "pobj"), None)
    return _institution_state(article, sentence, body) if body is not None else None


def _group_named_before(article: Article, sentence: Sentence, head) -> str | None:
    """ "The RSF has besieged the city ... the group had 5,000 foreign fighters": an armed group
    named bare ("the group", "the militia") is the one the text named last, in this sentence or
    before."""
    phrase = head.doc[head.left_edge.i:head.i]
    # "the group", "the separatist alliance": named bare, or with common words only
    if not {head.lemma_.lower(), head.lower_} & _GROUP_NOUNS or not len(phrase) or phrase[0].lower_ != "the" \
            or any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in phrase[1:]):
        return None
    texts = [sentence.text[:head.idx]] + [s.text for s in reversed(article.sentences[:sentence.index])]
    for text in texts:
        named = [p for p in sides.parties_named_in(text) if not re.fullmatch(r"[A-Z]{2}", p)]
        if named:
            return named[-1]
    return None


_GROUP_NOUNS = frozenset(words("armed_group_nouns"))


def _party_of_phrase(head) -> str | None:
    """The party a noun phrase up to its head names ("the Houthis", "Israel", "the RSF")."""
    phrase = head.doc[head.left_edge.i:head.i + 1].text
    return sides.party_of(phrase) or sides.armed_body_named(phrase)


def _sources(article: Article, sentence: Sentence, span: Span) -> list[attr.Source]:
    found = attr.syntactic_sources(span)
    names = {s.name for s in found}
    for source in attr.according_to_sources(span.sent, span):
        if source.name not in names:
            found.append(source)
            names.add(source.name)
    if not any(not s.generic for s in found):
        # "Leading the ministry's tally were ...": a document's owner speaks when nothing else does
        found += [s for s in attr.document_owners(span.sent) if s.name not in names]
    for misread in attr.misread_opening_speaker(span.sent):
        # "Scientists at an institute estimate that ...": not "an institute estimate"
        found = [s for s in found if not s.name.endswith(" " + misread.cue)] + [misread]
        names.add(misread.name)
    position = span.start_char + sentence.start
    for quote in _quotations_at(article, sentence):
        if quote.start <= position < quote.end and quote.speaker:
            found = [s for s in found if s.name.lower() not in ("we", "i")]
            if quote.speaker not in names:
                found.append(attr.Source(quote.speaker, quote.cue or "said", pronoun=quote.speaker.lower() in ("he", "she", "they")))
            if quote.recipient and quote.recipient not in names:
                found.append(attr.Source(quote.recipient, quote.cue or "told"))
    if sentence.headline:
        name = attr.headline_source(sentence.text)
        if name and _a_place_of_the_text(article, name):
            name = None  # "Nagorno-Karabakh: 100,000 have left", where the text has people flee it
        if name and re.search(rf"(?<!\w){re.escape(span.text)}(?!\w)", name):
            name = None  # "Ethiopia: militia clashes leave dozens dead": the words after the colon hold the claim
        if name and name not in names:
            found.append(attr.Source(name, ":"))
        elif not name and (unnamed := attr.headline_unnamed_source(sentence.text)):
            found.append(attr.Source(unnamed, "", generic=True))  # "... fighting in Ukraine: source"
    return found


def _a_place_of_the_text(article: Article, name: str) -> bool:
    """Whether the text after the headline uses `name` as a place: after "in", "from", "into" or a
    verb of leaving ("fled Nagorno-Karabakh")."""
    body = article.text[article.sentences[0].end:] if article.sentences else ""
    return re.search(rf"\b(?:in|from|into|across|fled|left|leave|leaving|flee|fleeing)\s+(?:the\s+)?{re.escape(name)}\b", body) is not None


def _quotations_at(article: Article, sentence: Sentence) -> list[attr.Quotation]:
    """Quotations of the sentence's paragraph, with absolute offsets."""
    paragraph = [s for s in article.sentences if s.paragraph == sentence.paragraph]
    start, end = paragraph[0].start, paragraph[-1].end
    return [attr.Quotation(q.start + start, q.end + start, q.speaker, q.cue, q.recipient)
            for q in attr.quotations(article.text[start:end])]


# --- across sentences ----------------------------------------------------------------------

def _link(article: Article, drafts: list[Draft], votes) -> None:
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence.index, []).append(d)
    for d in drafts:
        _carry_from_neighbours(article, d, by_sentence)
    _credit_source_lines(article, drafts)
    _credit_table_captions(article, drafts)
    _cover_with_caveats(article, drafts)
    named_so_far: list[str] = []
    previous: Draft | None = None
    for d in drafts:
        _resolve_names(article, d, named_so_far, by_sentence)
        _inherit_origin(d, by_sentence)
        d.claim.side = _side(d, votes, previous)
        previous = d
        status, cue = attr.combine_status(attr.Attribution(d.sources, d.hedge, d.unconfirmed))
        d.claim.status, d.claim.cue = status, cue
        d.claim.attributed_to = _dedupe([s.name for s in d.sources if not s.generic])
        named_so_far += [n for n in d.claim.attributed_to if n not in named_so_far]


def _credit_source_lines(article: Article, drafts: list[Draft]) -> None:
    """A "Source: ..." line speaks for the report after it: claims that name no source of their own
    come from the latest such line before them. A line that closes the text, with no claim after
    it, speaks for what is above it ("At a glance: ... Source: UN")."""
    lines = [(s.index, found) for s in article.sentences if (found := attr.source_line_sources(s.text))]
    if not lines:
        return
    for d in drafts:
        before = [found for index, found in lines if index < d.sentence.index]
        if before and not d.sources:
            d.sources = list(before[-1])
    index, found = lines[-1]
    if all(d.sentence.index < index for d in drafts):
        for d in drafts:
            if not d.sources:
                d.sources = list(found)


def _credit_table_captions(article: Article, drafts: list[Draft]) -> None:
    """ "Foreign fighters by country, according to the study:" then "Tunisia: 3,000", "France
    1,700": the caption over a table speaks for the rows that name no source of their own, and
    says their side where it states one. So does the sentence that gives the table's total from a
    named source ("A study counts 1,200 people who travelled" then "Kosovo: 403")."""
    found: dict[int, list[attr.Source]] = {}
    events: dict[int, str | None] = {}
    caption_sides: dict[int, str | None] = {}
    for d in drafts:
        if table_entry(d.sentence.text) is None:
            continue
        index = d.sentence.index - 1
        while index >= 0 and table_entry(article.sentences[index].text) is not None:
            index -= 1
        if index < 0:
            continue
        if index not in found:
            caption = article.sentences[index].text.rstrip().endswith(":")
            sentence = article.doc(index)[:]
            if caption:
                found[index] = _sources_introducing(article, index)
            elif ":" in d.sentence.text:  # a row of a real table ("Kosovo: 403"), not a sentence
                found[index] = [s for o in drafts if o.sentence.index == index for s in o.sources if not s.generic][:1] \
                    or _table_lead_sources(article, index)
            lead = [sentence] if caption else [article.doc(i)[:] for i in _table_lead(article, index)] if ":" in d.sentence.text else []
            events[index] = next((e for s in lead if (e := caption_event(s))), None)
            stated = [m for s in lead for m in sides.side_mentions(s.text)]
            caption_sides[index] = stated[0].side if stated else None
        if not d.explicit_side and caption_sides.get(index):
            d.explicit_side = caption_sides[index]  # "Of those fighting for Kyiv, the largest groups were:"
        bracketed = table_entry_source(d.sentence.text)
        if bracketed:
            # the row's own source, in brackets after its count
            d.sources = [attr.Source(bracketed, "", generic=attr.generic_words(bracketed))]
        elif not any(not s.generic for s in d.sources):
            d.sources += found.get(index, [])
        if d.claim.event == "other" and events.get(index):
            d.claim.event = d.extra["caption_event"] = events[index]  # "volunteers killed, by country:" then "Georgia: 72"


# How many sentences before a table without a caption may introduce it ("A tally by a research
# group lists the volunteers killed ... The group says its count is incomplete.").
TABLE_LEAD_REACH = 3


def _table_lead(article: Article, index: int) -> list[int]:
    """The sentences that introduce a table whose line before it is no caption, nearest first:
    up to TABLE_LEAD_REACH of them, and the headline ("Foreign fighters killed, by country")."""
    lead = list(range(index, max(-1, index - TABLE_LEAD_REACH), -1))
    if article.sentences[0].headline and 0 not in lead:
        lead.append(0)
    return lead


def _table_lead_sources(article: Article, index: int) -> list[attr.Source]:
    """Who gives a table that no caption introduces: the nearest introducing sentence that names a
    speaker or a document's owner by more than a bare "the group", which stands for one named before."""
    found = []
    for i in _table_lead(article, index):
        named = _sources_introducing(article, i)
        if named and not _BARE_DEFINITE.fullmatch(named[0].name):
            return named
        found = found or named
    return found


def _sources_introducing(article: Article, index: int) -> list[attr.Source]:
    """Who a sentence that introduces a table says gives it: an "according to", a document's
    owner, or else its first speaker."""
    sentence = article.doc(index)[:]
    return attr.according_to_sources(sentence) + attr.document_owners(sentence) or [
        attr.Source(name, "") for name in attr.speakers_in(article.doc(index))[:1]]


_BARE_DEFINITE = re.compile(r"(?:the|this|that)\s+\w+", re.IGNORECASE)


def _carry_from_neighbours(article: Article, d: Draft, by_sentence: dict[int, list[Draft]]) -> None:
    index = d.sentence.index
    if index + 1 < len(article.sentences):
        following = article.sentences[index + 1]
        if not any(not s.generic for s in d.sources) and following.paragraph - d.sentence.paragraph <= 1:
            d.sources += attr.next_sentence_sources(following.text)
        caveat = attr.unconfirmed_in(following.text)
        if caveat and following.paragraph - d.sentence.paragraph <= 1 and (
                attr.refers_back(following.text) or _short_caveat(following)):
            d.unconfirmed = d.unconfirmed or caveat
    previous = by_sentence.get(index - 1)
    if not previous:
        return
    linked = attr.links_back(d.sentence.text)
    same_paragraph = previous[-1].sentence.paragraph == d.sentence.paragraph
    continues = attr.impersonal_continuation(d.sentence.text) and same_paragraph or (
        attr.adds_to_previous(d.sentence.text) or attr.quoted_whole(d.sentence.text)) \
        and d.sentence.paragraph - previous[-1].sentence.paragraph <= 1
    impersonal = attr.impersonal_continuation(d.sentence.text) and same_paragraph
    if linked or continues and not any(not s.generic for s in d.sources):
        donor = previous[-1]
        have = {s.name for s in d.sources}
        d.sources = [s for s in donor.sources if s.name not in have] + d.sources
        if impersonal:
            d.hedge = None
        d.unconfirmed = d.unconfirmed or donor.unconfirmed
    if (linked or d.extra.get("referent_event")) and d.extra.get("referent_event"):
        d.claim.event = previous[-1].claim.event
    if linked and not d.claim.origin:
        d.claim.origin = list(previous[-1].claim.origin)
    if linked and d.elliptical:
        d.extra["linked_group"] = previous[-1].claim.group


def _cover_with_caveats(article: Article, drafts: list[Draft]) -> None:
    """A caveat about "the figures" or "the claims" leaves every figure before it unconfirmed,
    back to the previous such caveat or to a turn to another matter ("Separately, ..."). One that
    opens by pointing back ("Those figures could not be verified") is about its own paragraph."""
    since = 0
    for sentence in article.sentences:
        if attr.turns_to_another_matter(sentence.text):
            since = sentence.index
        if not attr.covers_every_figure(sentence.text):
            continue
        caveat = attr.unconfirmed_in(sentence.text)
        start = since
        if attr.refers_back(sentence.text):
            start = max(since, next(s.index for s in article.sentences if s.paragraph == sentence.paragraph))
        if attr.weighs_two_claims(sentence.text):
            start = max(start, _two_claims_back(drafts, sentence.index))
        if attr.joins_a_caveat(sentence.text) and any(d.sentence.index == sentence.index for d in drafts):
            start = sentence.index  # the caveat is about the sentence's own figures
        for d in drafts:
            if start <= d.sentence.index < sentence.index:
                d.unconfirmed = d.unconfirmed or caveat
        since = sentence.index + 1


def _two_claims_back(drafts: list[Draft], before: int) -> int:
    """The first sentence of the two claims said just before sentence `before`, by two speakers
    ("Rebels say they killed 4,000. The ministry says 412 died, including 14 officers. Neither
    figure could be verified."): a count and its parts are one claim, by whoever said it."""
    speakers: list = []
    start = before
    for d in reversed([d for d in drafts if d.sentence.index < before]):
        speaker = tuple(s.name for s in d.sources) or d.sentence.index
        if speaker not in speakers:
            if len(speakers) == 2:
                break
            speakers.append(speaker)
        start = d.sentence.index
    return start


# A sentence this short that only says something could not be verified is about the sentence before.
CAVEAT_MAX_WORDS = 15


def _short_caveat(sentence: Sentence) -> bool:
    """ "Reuters could not independently verify the figures." right after a figure. Not "Pyongyang
    has not confirmed that its troops are there": a party that does not own up to something says
    nothing of whether a reporter or monitor could check the figures."""
    if len(sentence.text.split()) > CAVEAT_MAX_WORDS or candidate_quantities(sentence.text):
        return False
    caveat = attr.unconfirmed_in(sentence.text) or ""
    before = sentence.text[:max(0, sentence.text.find(caveat))]
    return not (sides.parties_named_in(before) or find_countries(before) or names_a_capital(before))


def _inherit_origin(d: Draft, by_sentence: dict[int, list[Draft]]) -> None:
    part_of = _part_of(d, by_sentence)
    if part_of is not None:
        # "16,100 mercenaries, including 340 children": a part is of the same side and event.
        d.claim.origin = d.claim.origin or list(part_of.claim.origin)
        d.explicit_side = d.explicit_side or part_of.explicit_side
        d.side_hint = d.side_hint or part_of.side_hint  # only weighed, as it is for the whole
        d.extra["non_combatant"] = d.extra["non_combatant"] or part_of.extra["non_combatant"]
        d.group_kind = part_of.group_kind
        d.extra["whole_group"] = part_of.claim.group  # "13 peacekeepers, including nine South Africans"
        if not d.extra.get("own_predicate"):  # "..., of which 13 have died" says its own event
            d.claim.event = part_of.claim.event
    if d.claim.origin or d.extra.get("of_a_region"):
        return  # "Around 40 are Europeans": they say who they are, and no state stands for them
    whole = [o for o in by_sentence[d.sentence.index] if o.claim.start < d.claim.start]
    if d.elliptical and len(whole) == 1 and attr.fronts_a_whole(d.sentence.text):
        # "Of the 240 hostages seized, 90 are still held": the part of the whole the sentence
        # fronts comes from where the whole does, even from nowhere one state
        d.claim.origin = list(whole[0].claim.origin)
        return
    if d.extra.get("refers_back") and whole:
        # "3,000 foreigners have joined, and 40 of them are dead": the share of the whole just counted
        d.claim.origin = list(whole[-1].claim.origin)
        return
    # "7,000 lone soldiers, among them 2,000 volunteers from the US": a part's origin is not the whole's
    # "its strikes killed 100 militants and three of its soldiers were wounded": whose soldiers
    # they are says nothing of the others counted
    same = [o for o in by_sentence[d.sentence.index]
            if o is not d and len(o.claim.origin) >= 1 and not _is_a_part_of(o, d) and not _OWNED_GROUP.match(o.claim.group)
            and not _traded_for(o, d)]
    # "Of them, 40 were freed in return for 150 Syrian detainees": the part of a whole counted
    # before is of that whole, not of the people the sentence counts after it
    part_of_before = d.elliptical and attr.links_back(d.sentence.text) and by_sentence[d.sentence.index][0] is d
    # "put the group's strength at 3,000 and said it was backed by 4,000 Rwandan troops": a body's
    # strength is its own people, not those counted beside it
    if same and not d.extra.get("says_from") and not d.extra.get("killed_by_clause") and not _others_than_before(d) \
            and not part_of_before and not d.extra.get("strength"):
        d.claim.origin = list(same[0].claim.origin)
        return
    if d.elliptical:
        previous = by_sentence.get(d.sentence.index - 1)
        # "300 came from Cameroon and 200 from Kenya. At least 120 have been killed": after a
        # breakdown by country, a bare count is of the whole, not of the last country's share
        breakdown = previous is not None and len({tuple(o.claim.origin) for o in previous}) > 1
        if previous and previous[-1].claim.origin and previous[-1].sentence.paragraph == d.sentence.paragraph \
                and not breakdown:
            d.claim.origin = list(previous[-1].claim.origin)


_OWNED_GROUP = re.compile(r"(?:its|their)\s", re.IGNORECASE)
_TRADE_LINK = re.compile(rf"\b(?:{'|'.join(events_lexicon()['exchange_words']['words'])}|in return for|traded for)\b",
                         re.IGNORECASE)


def _traded_for(one: Draft, other: Draft) -> bool:
    """ "33 hostages are to be freed in exchange for 1,900 Palestinian detainees": people traded
    for others are the other side's; the one's nationality is not the other's."""
    first, second = sorted((one, other), key=lambda d: d.claim.start)
    between = first.sentence.text[first.claim.end - first.sentence.start:second.claim.start - second.sentence.start]
    return bool(_TRADE_LINK.search(between))


_OTHER_AFTER_COUNT = re.compile(r"\s+other\b", re.IGNORECASE)


def _others_than_before(d: Draft) -> bool:
    """ "Two Americans were freed with eight other foreigners": "other" people are not those
    named before them."""
    return bool(_OTHER_AFTER_COUNT.match(d.sentence.text, d.claim.end - d.sentence.start))


def _is_a_part_of(part: Draft, whole: Draft) -> bool:
    """ "24 hostages, including 13 Israelis and 10 Thais": every count after the whole's
    "including" or "among them" is a part of it."""
    if part.claim.start < whole.claim.end:
        return False
    between = whole.sentence.text[whole.claim.end - whole.sentence.start:part.claim.start - part.sentence.start]
    return bool(_PART_MARKER.search(between))


_PART_MARKER = re.compile(rf"\b(?:{PART_WORDS})\b", re.IGNORECASE)
_PART_OPENING = re.compile(rf"\b(?:{PART_WORDS})\s+(?:\w+\s+){{0,2}}$")


def _part_of(d: Draft, by_sentence: dict[int, list[Draft]]) -> Draft | None:
    before = d.sentence.text[:d.claim.start - d.sentence.start]
    if not _PART_OPENING.search(before):
        return None
    earlier = [o for o in by_sentence[d.sentence.index] if o.claim.start < d.claim.start]
    return earlier[-1] if earlier else None


# "held in Kurdish-run prisons in Syria", "remain in camps in", "in custody in": where they are held
_HELD_IN = re.compile(r"\b(?:" + "|".join(words("holding_words")) + r")\b[^.;,]{0,40}\bin\s+(?:the\s+)?$", re.IGNORECASE)


def _held_abroad(claim: Claim) -> bool:
    """Whether the sentence holds the people in a state that is not theirs ("held in prisons in
    Syria" of Belgians)."""
    held_in = {m.code for m in find_countries(claim.sentence) if _HELD_IN.search(claim.sentence[max(0, m.start - 60):m.start])}
    return bool(claim.origin) and bool(held_in) and not held_in & set(claim.origin)


def _side(d: Draft, votes, previous: Draft | None = None) -> str | None:
    claim = d.claim
    if claim.event == "displacement" and not fights_on(d) or d.group_kind == "civilian" and not d.explicit_side:
        return None  # the displaced join no side; fighters who fall back keep theirs
    belligerents = [c for c in claim.origin if c in votes]
    if len(claim.origin) >= 2 and any(sides.are_opponents(a, b) for a in claim.origin for b in claim.origin):
        return None
    if claim.event == "detention" and not WAR_CAPTIVITY.search(claim.sentence) and not d.side_hint:
        if d.explicit_side and _held_abroad(claim):
            # "Twelve Belgian men who fought for the Islamic State group are still held in Syria":
            # fighters held where they fought, not arrested at home, keep their side
            return d.explicit_side
        return None  # people arrested, investigated or swapped are on no side
    if d.explicit_side:
        return d.explicit_side
    if d.side_hint:
        return d.side_hint
    if claim.event == "detention" and not WAR_CAPTIVITY.search(claim.sentence):
        return None
    if len(claim.origin) == 1 and belligerents:
        return belligerents[0]
    if previous is not None and previous.claim.side and (
            d.extra.get("refers_back") and previous.sentence.paragraph >= d.sentence.paragraph - 1
            or d.elliptical and previous.sentence.index == d.sentence.index and previous.claim.origin == claim.origin):
        # "At least 60 of them have been killed": a share of the people just counted; "killed 34
        # Nigerien soldiers and wounded 14": a bare count beside them counts more of the same
        return previous.claim.side
    return votes.default(d.sentence.index)


def _speakers_just_before(article: Article, index: int, by_sentence: dict[int, list[Draft]]) -> list[str]:
    """Speakers named in the sentences without a figure right before sentence `index`, nearest
    first ("The report was published by X on Tuesday. It said ..."). Parsed only when a pronoun
    or back-reference asks, so most articles never pay for it."""
    found: list[str] = []
    for i in range(index - 1, max(-1, index - 1 - PRONOUN_LOOKBACK), -1):
        if i in by_sentence:
            break  # a sentence with figures: its sources are already among those named so far
        if attr.may_name_speaker(article.sentences[i].text):
            found += [n for n in reversed(attr.speakers_in(article.doc(i))) if n not in found]
    return found


def _subject_just_before(article: Article, index: int, pronoun: str) -> str | None:
    """ "The Philippine military fought rebels in the hills. It said 12 soldiers died": where no
    one spoke before, "it" or "they" is the body the sentence before was about, its subject."""
    if index == 0:
        return None
    doc = article.doc(index - 1)
    subject = next((t for t in doc if t.dep_ == "nsubj"), None)  # the first: the parser may misplace the root
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or (subject.tag_ in ("NNS", "NNPS")) != (pronoun == "they") \
            or attr.looks_like_person(subject.text):
        return None
    start = min(subject.left_edge.i, subject.i)
    while start > 0 and doc[start - 1].tag_ in ("DT", "JJ", "NNP", "NNPS", "POS", "PRP$"):
        start -= 1  # the words before it, wherever the parser hung them
    return doc[start:subject.i + 1].text


def _subject_of_what_it_reports(article: Article, index: int, pronoun: str) -> str | None:
    """ "Armenia's defence ministry has called up 2,000 reservists, it said": a pronoun that
    reports after its clause is that clause's subject, a body (plural for "they")."""
    doc = article.doc(index)
    for token in doc:
        if token.lower_ != pronoun or token.dep_ != "nsubj" or not attr.is_reporting_verb(token.head):
            continue
        clause = next((c for c in token.head.children if c.dep_ == "ccomp" and c.i < token.i), None)
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and not any(t.like_num for t in subject.subtree) \
                and _number_agrees(subject, pronoun) and not attr.looks_like_person(subject.text):
            return attr.phrase_for(subject)
    return None


def _number_agrees(noun, pronoun: str) -> bool:
    """Whether "it" or "they" may stand for the noun: "the army" is "it", "rebels" are "they"; a
    name ending in "s" may be either ("Hamas", "the Houthis", which the tagger may call singular)."""
    if noun.pos_ == "PROPN" and noun.lower_.endswith("s"):
        return True
    return (noun.tag_ in ("NNS", "NNPS")) == (pronoun == "they")


_PERSON_TITLES = frozenset(load_json("source_kinds.json")["titles"])


def _a_person_speaking(name: str) -> bool:
    """ "The army's spokesman", "a district commander", "Maria Lopez": one person, who may be "he"."""
    return attr.looks_like_person(name) or name.split()[-1].lower() in _PERSON_TITLES


def _resolve_names(article: Article, d: Draft, named_so_far: list[str], by_sentence: dict[int, list[Draft]]) -> None:
    recent: list[str] | None = None
    for source in list(d.sources):
        low = source.name.lower()
        speaker = next((s for s in d.sources if s is not source and not s.pronoun and not s.generic
                        and _a_person_speaking(s.name)), None)
        if low in ("he", "she", "him", "her") and speaker is not None:
            # "The army's spokesman accused the militia, which he said numbered several thousand":
            # the one the sentence itself names speaking
            d.sources.remove(source)
            continue
        if low in ("he", "she", "him", "her"):
            # A person named before, else the speaker named last ("the legion's spokesman").
            name = _person_before(article, d.sentence, d.claim.start) or next(
                (n for n in reversed(named_so_far) if not _names_many(n)), None)
            if name:
                source.name, source.pronoun = name, False
        elif _AGED_REFERENCE.fullmatch(low.strip(_QUOTE_MARKS)):
            # "the 31-year-old told reporters": the person the article named before, by age
            name = _person_before(article, d.sentence, d.claim.start)
            if name:
                source.name = name
        elif low in ("it", "they"):
            # "It said at least 120 had come back": the body named last, in the sentences just
            # before or among the sources so far. A person named last stands for a body only
            # when no body was named ("the ombudsman's office, Name, gave its toll ... It said").
            recent = _speakers_just_before(article, d.sentence.index, by_sentence) if recent is None else recent
            named = recent + list(reversed(named_so_far))
            # "The Balochistan Liberation Army claimed the attack. It said ...": the body the
            # sentence just before, which counted nothing, was about
            just_before = _subject_just_before(article, d.sentence.index, low) \
                if not recent and d.sentence.index - 1 not in by_sentence else None
            match = _subject_of_what_it_reports(article, d.sentence.index, low) \
                or next((n for n in recent if not attr.looks_like_person(n)), None) or just_before \
                or next((n for n in named if not attr.looks_like_person(n)), None) or next(iter(named), None) \
                or _subject_just_before(article, d.sentence.index, low)
            if match:
                source.name, source.pronoun = match, False
        elif _is_back_reference(source.name):
            head = low.split()[-1]
            # Only a name that says more, and all it says, resolves it: "the foreign ministry" is
            # "the Nepalese Foreign Ministry", but not another "the ministry" nor "the health ministry".
            modifiers = [w for w in low.split()[:-1] if w not in ("the", "a", "an", "this", "that")]
            # "the source" is "a source in the military administration", a role the text tied to a body
            match = next((n for n in reversed(named_so_far) if head in n.lower() and n.lower() != low
                          and (any(w[:1].isupper() for w in n.split() if w.lower() not in ("the", "a", "an"))
                               or _TIED_ROLE.search(n)) and all(m in n.lower().split() for m in modifiers)), None)
            issuer = _strip_reference(match) if match else \
                _issuer_of_document(article, d, head, by_sentence) if head in _DOCUMENTS else None
            if issuer:
                source.name, source.generic = f"{source.name} ({issuer})", False
            elif issuer == "":
                source.generic = False  # "A new study finds ... The study counted 41": that study, its authors unnamed
        else:
            source.name = _full_name(article, source.name, d.sentence)


_DOCUMENTS = frozenset(words("carrier_nouns"))
_PUBLISHED_WORKS = frozenset(words("published_works"))


def _issuer_of_document(article: Article, d: Draft, head: str, by_sentence: dict[int, list[Draft]]) -> str | None:
    """ "X said in an annual report ... The report puts the total at 413": a document named again
    with "the" is the one the text last named, and speaks for whoever issued it there; "" when
    the text named it before without its issuer, None when it never did."""
    # "an investigation published by X ... The report found": a published work named again by another word for one
    names = {head} | (_PUBLISHED_WORKS if head in _PUBLISHED_WORKS else set())
    needle = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b", re.IGNORECASE)
    for index in range(d.sentence.index - 1, -1, -1):
        if needle.search(article.sentences[index].text):
            issuers = [s.name for earlier in by_sentence.get(index, []) for s in earlier.sources if not s.generic]
            # "X published a study in May.": a sentence without a count still names who issued it
            issuers = issuers or attr.speakers_in(article.doc(index))
            if issuers:
                return issuers[0]
            # "A new study of ... finds": introduced there, not only named again ("the study found")
            introduced = re.search(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:" + needle.pattern + ")", article.sentences[index].text,
                                   re.IGNORECASE)
            if introduced:
                return ""
            break
    # "A UN mission said on Friday ... The report said": a document the text never named before
    # is that of the body whose words open the article
    opening = [s.name for i in range(d.sentence.index) if article.sentences[i].paragraph <= LEDE_PARAGRAPHS
               for earlier in by_sentence.get(i, []) for s in earlier.sources if not s.generic and not s.pronoun]
    return next((n for n in opening if not attr.looks_like_person(n)), None)


def _strip_reference(name: str) -> str:
    m = re.match(r".+ \((.+)\)$", name)
    return m.group(1) if m and not re.fullmatch(r"[A-Z]+", m.group(1)) else name


_QUOTE_MARKS = " “”\"'‘’"  # which a name read from the text may carry at either end
_TIED_ROLE = re.compile(r"^(?:an?|one)\s+\w+\s+(?:in|at|from|within|inside|close\s+to)\s+\w", re.IGNORECASE)
_AGED_REFERENCE = re.compile(r"the\s+\d+-year-old(?:\s+[a-z]+)?")


def _is_back_reference(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 3 or words[0].lower() not in ("the", "this", "that"):
        return name.lower() in ("report", "reports")
    return words[-1].lower() in word_set("cues", "back_reference_heads") and not any(w[0].isupper() for w in words[1:])


def _names_many(name: str) -> bool:
    """ "Western officials", "the victims' relatives": a plural no "he" or "she" stands for.
    "One of the generals" is one."""
    if re.match(r"(?:one|each|either|neither)\s+of\b", name, re.IGNORECASE):
        return False
    head = name.split()[-1]
    return head.islower() and head.endswith("s") and not head.endswith("ss")


def _person_before(article: Article, sentence: Sentence, position: int) -> str | None:
    names = article.persons_before(sentence.index, position - sentence.start)
    if names:
        return _full_name(article, names[-1], sentence)
    for i in range(sentence.index - 1, max(-1, sentence.index - 1 - PRONOUN_LOOKBACK), -1):
        names = article.persons_before(i)
        if names:
            return _full_name(article, names[-1], article.sentences[i])
        role = _role_subject(article.doc(i)) or _named_by_apposition(article.doc(i))
        if role:
            return role
    if article.sentences and article.sentences[0].headline and sentence.index > 0:
        return _role_in_headline(article.doc(0))
    return None


def _role_in_headline(doc: Doc) -> str | None:
    """ "Interview: a British medic in Ukraine": a story about one unnamed person describes them
    in its headline, and "she said" further down is that person."""
    for token in doc:
        if token.lemma_.lower() in _PERSON_ROLES and token.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            return doc[token.left_edge.i:token.i + 1].text
    return None


def _named_by_apposition(doc: Doc) -> str | None:
    """ "Jake, a former paratrooper, has been there since 2022": a name the tagger does not know,
    given as the subject with a person's description beside it, is a person."""
    for token in doc:
        named = token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.is_title and not any(
            c.dep_ in ("det", "poss") for c in token.children)  # the tagger may call a first name a noun
        # the tagger may take a first name it does not know for a place ("Mykola, 34, a
        # machine-gunner"): a person's description beside it says otherwise, unless it is a state
        if token.dep_ == "nsubj" and named and token.ent_type_ not in ("ORG", "NORP") and not is_country_name(token.text):
            if any(c.dep_ == "appos" and (c.lemma_.lower() in _PERSON_ROLES or is_people_noun(c) or _an_age(c))
                   for c in token.children):
                return doc[token.left_edge.i:token.i + 1].text
    return None


def _an_age(token) -> bool:
    """ "Taras, 41, ...": a number of one or two digits set beside a name is the person's age."""
    return token.text.isdigit() and len(token.text) <= 2


def _role_subject(doc: Doc) -> str | None:
    """ "The regiment's press officer spoke on Monday", "a former paratrooper described how ...":
    the subject described by a role, or as one of a kind of people."""
    for token in doc:
        if token.dep_ == "nsubj" and (token.lemma_.lower() in _PERSON_ROLES and token.tag_ != "NNS"
                                      or is_people_noun(token) and token.tag_ == "NN") and (
                attr.is_reporting_verb(token.head) or token.head.lemma_.lower() in _SPEAKING_VERBS):
            return attr.phrase_for(token)
    return None


_SPEAKING_VERBS = frozenset(words("speaking_verbs"))


def _full_name(article: Article, name: str, sentence: Sentence) -> str:
    """ "Murillo", "Mr. Kadyrov" → the fullest form of that name the article gave before."""
    words = [w for w in name.split() if w.lower() not in _TITLES]
    if len(words) != 1 or not words[0][:1].isupper():
        return name
    surname = words[0]
    for i in article.requested:
        if i > sentence.index:
            continue
        for ent in article.doc(i).ents:
            if ent.label_ == "PERSON" and ent.text.endswith(surname) and len(ent.text.split()) > 1:
                return ent.text
    m = re.search(rf"((?:[A-Z][\w’'-]+[ \t]+){{1,3}}){re.escape(surname)}\b", article.text[:sentence.end])
    if m:
        kept = [w for w in m.group(1).split()]
        while kept and kept[0].lower().strip(".") in _TITLES:
            kept.pop(0)
        if kept:
            return " ".join(kept + [surname])
    return name


def _dedupe(names: list[str]) -> list[str]:
    """Names once each, without the quotation marks a text-read name may carry ('" the medic').
    A name that another names again in brackets ("a UN report" beside "the report (a UN report)")
    or goes on to describe ("a lawmaker" beside "a lawmaker who chairs the committee") is that one."""
    stripped = [n.strip(_QUOTE_MARKS) for n in names]
    named_again = {m.group(1) for n in stripped if (m := re.search(r"\((.+)\)$", n))}
    out: list[str] = []
    for n in stripped:
        if n and n not in out and n not in named_again and not any(o.startswith(n + " ") for o in stripped):
            out.append(n)
    return out


def _number_occurrences(text: str, claims: list[Claim]) -> None:
    for claim in claims:
        starts = [m.start() for m in re.finditer(re.escape(claim.text), text)]
        claim.occurrence = starts.index(claim.start) + 1 if claim.start in starts else 1
