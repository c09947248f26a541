"""What each learned decision may choose from, and the features of every choice.

For one claim and one field, the rules' own answer is only one candidate. The others come from
the article frame (the origin, party, event or source the article is about), the claim before
it, the sentence's own words, and "none". Each candidate carries named features: which
proposers put it forward, crossed with a few facts about the claim (is its group generic, did
the rules find nothing, what event is it). The weights that rank them are learned
(train.py); nothing here is tuned by hand.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Callable

from muster.eval.score import FIELDS, normalize_side
from muster.extraction import attribution as attr
from muster.extraction.events import (
    COMPLEMENTS,
    WAR_CAPTIVITY,
    clause_event,
    counts_a_whole,
    counts_the_dead,
    crosses_as_before,
    event_of,
    event_over,
    noun_events,
    predicate_after_participle,
    predicate_events,
    share_clauses,
)
from muster.extraction.frame import Frame, generic_jihadist_pattern, scope_hits
from muster.extraction.lexicon import events as events_lexicon
from muster.extraction.lexicon import people as people_lexicon
from muster.extraction.lexicon import words
from muster.extraction.origin import FOREIGN_WORDS, antecedent, codes_in, named_origins, names_serving_force, table_entry
from muster.extraction.people import TOTAL_NOUNS, anchor, counted_noun, names_people
from muster.extraction.sides import (
    GENERIC_JIHADIST,
    are_opponents,
    at_war,
    opponent,
    owner_of_pronoun,
    parties_named_in,
    party_mentions,
    party_of,
)
from muster.normalize.countries import find_countries, is_country_name
from muster.records import EVENTS, STATUSES

# How many sentences back a source named earlier may still speak for a claim.
SOURCE_REACH = 12
# A text is general news when it holds at least this many words of sport, business, schools,
# worship, elections or shows (scope.json "other_domains"), and this many times more of them than
# conflict words (plus one). On the annotated passages, reporting on conflict never comes near
# (its highest ratio is 0.27) and general news seldom falls under it.
GENERAL_NEWS_MIN_WORDS = 3
GENERAL_NEWS_RATIO = 1.5
# Below this many words a text is a snippet, not an article: too little to judge whether it is
# about conflict at all, so every claim the rules find in it is kept.
SCOPE_MIN_WORDS = 60
# At most this many conflict words in a whole text: too few to carry a paragraph that has none.
SPARSE_SCOPE_WORDS = 3
# At most this many conflict words in a text that names no state and no party: too few to be about a conflict.
NAMELESS_SCOPE_WORDS = 4


_LETHAL_HARM = re.compile(r"\b(?:" + "|".join(words("lethal_harm_words")) + r")\b", re.IGNORECASE)


@dataclass(slots=True)
class Candidate:
    value: Any
    proposers: set[str]
    numbers: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class Case:
    """One drafted claim in its article, with the rules' answers kept apart from the decisions."""

    draft: Any                 # engine.Draft
    index: int                 # its place among the article's drafts
    drafted: Any               # engine.Drafted
    frame: Frame
    rule: dict[str, Any]       # the rules' value of every field, before any decision
    previous: dict[str, Any] | None  # the rules' values of the claim before, if any
    article_rules: list[dict[str, Any]] = field(default_factory=list)  # the rules' values of every claim
    before: Case | None = None  # the claim before, as decided so far
    # While training only: the annotated values of the claim before, standing in for what the
    # decisions would have chosen for it (so the weights learn what a right neighbour is worth).
    gold_before: dict[str, Any] | None = None
    _context: set[str] | None = None
    _relations: dict[str, set[str]] | None = None
    _span: Any = None
    _agent: Any = ...  # the doer's party, once found (None is an answer)

    @property
    def claim(self):
        return self.draft.claim

    def decided_before(self, name: str) -> Any:
        """The claim before's value of `name` as decided (during training, as annotated)."""
        if self.gold_before is not None:
            return self.gold_before.get(name)
        return None if self.before is None else getattr(self.before.claim, name)

    @property
    def sentence(self):
        return self.draft.sentence

    def context(self) -> set[str]:
        """Facts about the claim that every proposer is crossed with (its event as decided so far)."""
        key = self.claim.event
        if self._context is None or f"event={key}" not in self._context:
            self._context = self._compute_context()
        return self._context

    def relations(self, value: str) -> set[str]:
        """How each country or party the claim's sentence names stands to the count in the parse
        (relations.py), keyed by ISO code or party name; empty for a value the sentence does not name."""
        if self._relations is None:
            self._relations = _named_relations(self)
        return self._relations.get(value, set())

    def _compute_context(self) -> set[str]:
        c = self.claim
        out = {f"event={c.event}", f"kind={self.draft.group_kind}", f"event&kind={c.event}&{self.draft.group_kind}"}
        if _generic_group(self.draft):
            out.add("generic_group")
        if self.draft.extra.get("refers_back"):
            out.add("refers_back")  # "40 of them", "most of these": a share of people named before
        if _unplaced_group(c.group):
            out.add("group_without_country")
        if not self.rule["origin"]:
            out.add("rule_origin_empty")
        if self.rule["side"] is None:
            out.add("rule_side_none")
        if not self.rule["attributed_to"]:
            out.add("rule_sources_empty")
        span = _claim_span(self)
        if span is not None and counts_a_whole(span):
            out.add("partitive_whole")
        if attr.links_back(self.sentence.text):
            out.add("links_back")
        if _names_an_attack(self):
            out.add("attack")  # "an airstrike killed ten villagers": victims, whom no side is said to count
        if self.previous is not None and self.previous["paragraph"] == self.sentence.paragraph:
            out.add("same_paragraph_as_previous")
        return out


_ATTACK_WORDS = frozenset(words("attack_words"))


def _names_an_attack(case: Case) -> bool:
    """Whether the claim's sentence names a strike or an attack that happened ("the airstrike",
    "shelling", "drones struck"), not one only planned or denied ("a plan to attack")."""
    if not _ATTACK_WORDS & set(re.findall(r"[a-z-]+", case.sentence.text.lower())):
        return False
    doc = case.drafted.article.doc(case.sentence.index)
    return any(t.lower_ in _ATTACK_WORDS and t.tag_ != "VB" for t in doc)


def snapshot(draft) -> dict[str, Any]:
    c = draft.claim
    return {"keep": True, "origin": tuple(c.origin), "side": c.side, "event": c.event, "attributed_to": tuple(c.attributed_to),
            "status": c.status, "cue": c.cue, "paragraph": draft.sentence.paragraph, "sentence": draft.sentence.index,
            "all_sources": tuple(s.name for s in draft.sources), "military": bool(draft.extra.get("military_noun"))}


def _generic_group(draft) -> bool:
    group = draft.claim.group.lower().strip()
    return draft.elliptical or group in people_lexicon()["neutral"] or group in ("people", "them", "those", "others")


def _unplaced_group(group: str) -> bool:
    """ "foreign volunteers", "Europeans", "international fighters": the group says its people
    come from no one country."""
    return bool(set(re.findall(r"[a-z]+", group.lower())) & set(words("unplaced_group_words")))


def _said_to_be_foreign(group: str) -> bool:
    """ "foreign nationals", "non-Syrian fighters", "foreigners from 40 countries": the counted
    phrase itself, before any clause, calls its people foreign and names no state, which the
    contract leaves open ('[]' when unstated or just "foreign")."""
    head = re.split(r"\b(?:who|that|which|in|into|at|to|with|without|for|from|belonging|including)\b", group, maxsplit=1)[0]
    return (bool(set(re.findall(r"[a-z]+", head.lower())) & FOREIGN_WORDS) or bool(re.search(r"\bnon-[A-Z]", head))
            or bool(_LOOSE_REGION_PEOPLES.search(head))) and not codes_in(head)


# "6,000 people of other nationalities", "fighters of 40 nationalities": no one state
_OTHER_NATIONALITIES = re.compile(r"\bof\s+(?:other|many|various|\d+|[a-z]+-?[a-z]*)\s+(?:nationalities|countries)\b", re.IGNORECASE)


# "more than 1,000 Africans": a continent's people, whose origin the contract leaves open.
_LOOSE_REGION_PEOPLES = re.compile(r"\b(?:" + "|".join(re.escape(w.removesuffix("s")) for w in words("loose_region_peoples")) + r")s?\b")




def _add(found: dict, value, proposer: str) -> None:
    """Add `value` as proposed by `proposer`; an empty answer is only ever "none"."""
    if value in ((), None, []) and proposer != "none":
        return
    key = _key(value)
    if key not in found:
        found[key] = Candidate(value, set())
    found[key].proposers.add(proposer)


def _key(value):
    if isinstance(value, (list, tuple)):
        return tuple(sorted(value)) if all(len(v) == 2 and v.isupper() for v in value) else tuple(value)
    if isinstance(value, str):
        return normalize_side(value)
    return value


# --- event ---------------------------------------------------------------------------------

def _claim_span(case: Case):
    """The claim's quantity in the parse of its sentence (None if it falls between tokens),
    found once per case: every decision asks for it."""
    if case._span is None:
        doc = case.drafted.article.doc(case.sentence.index)
        case._span = doc.char_span(case.claim.start - case.sentence.start, case.claim.end - case.sentence.start,
                                   alignment_mode="expand") or False
    return case._span or None


def _named_relations(case: Case) -> dict[str, set[str]]:
    from muster.extraction.relations import counted_group, relation

    span = _claim_span(case)
    if span is None:
        return {}
    text = case.sentence.text
    named = [(m.start, m.end, m.code) for m in find_countries(text)] + \
        [(m.start, m.end, m.side) for m in party_mentions(text)]
    out: dict[str, set[str]] = {}
    group = counted_group(span) if named else None
    for start, end, value in named:
        out.setdefault(value, set()).add(relation(span, start, end, group))
    return out


_PART_PREPOSITIONS = frozenset(words("part_prepositions"))


def _event_words(case: Case) -> tuple[set[str], set[str], str | None]:
    """Events named anywhere in the sentence, those on the path above the number, and the
    event of the event word nearest to it."""
    doc = case.drafted.article.doc(case.sentence.index)
    span = _claim_span(case)
    found = [(t.i, e) for t in doc if (e := event_of(t))]
    above: set[str] = set()
    nearest = None
    if span is not None:
        whole = counts_a_whole(span)
        token, came_from = span.root, None
        steps = 2 if whole else 4  # a whole's event is in its own words, not its part's verb
        while steps > 0:
            steps -= 1
            if token.dep_ == "prep" and token.lower_ in _PART_PREPOSITIONS:
                steps += 2  # "detained 42 people, including nine women": the part shares what befell the whole
            predicate = predicate_after_participle(token) if came_from is not None and came_from.dep_ == "nsubj" else None
            if (e := event_over(predicate or token, came_from)):
                above.add(e)
            if counts_the_dead(token):
                above.add("casualty")
            if crosses_as_before(token) and case.draft.extra.get("referent_event"):
                # "Some 9,000 have crossed the border since": crossing is whatever the people were
                # doing in the sentence before, fleeing or going to fight
                above.add(case.rule["event"])
            if token.pos_ in ("VERB", "AUX"):
                # what the verb says of them: "were taken captive", "were confirmed dead", "are listed as missing"
                above.update(e for c in token.children if c.dep_ in ("oprd", "acomp") and (e := event_of(c)))
                above.update(e for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
                             for o in c.children if o.dep_ in ("pobj", "pcomp", "amod", "acomp") and (e := event_of(o)))
                if came_from is not None and came_from.dep_ == "nsubj":
                    # "90 people taken prisoner", read with "taken" as their verb and "prisoner" its object
                    above.update(e for c in token.children if c.dep_ == "dobj"
                                 for e in noun_events({c.lower_, c.lemma_.lower()}) if e == "detention")
                if came_from is not None and came_from.dep_ == "dobj":
                    # "forced 5,000 people to flee": what they were made to do
                    above.update(e for c in token.children if c.dep_ == "xcomp" and (e := event_of(c)))
            if token.head.i == token.i or token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
                break  # "four went missing and two were taken captive": the clause before is another's
            token, came_from = token.head, token
        if not whole:
            above.update(predicate_events(span, None))
        # the clause of the counted people says what they did: "the 2,960 who enlisted"
        counted = counted_noun(span)
        for head in {span.root, anchor(span), *([counted.noun] if counted.noun is not None else [])}:
            above.update(e for c in head.children if c.dep_ == "relcl" and (e := clause_event(c)))
            # "5 captured by Ukraine", "40 wounded in the strike": a participle on the count itself
            above.update(e for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                         for w in [c, *(x for x in c.children if x.dep_ in COMPLEMENTS)] if (e := event_of(w)))
            above.update(e for c in share_clauses(head) if (e := event_of(c)))
            # "left 900 militants dead and 1.9 million displaced": a state written after the count
            above.update(e for c in head.children if c.dep_ in ("amod", "oprd", "acomp") and c.i > head.i
                         and (e := event_of(c)))
        # "the number of refugees fell to 3.1 million": the people a total is of
        nouns = [counted.noun] if counted.noun is not None else [
            o for t in span.sent if t.lower_ in TOTAL_NOUNS and t.i < span.start for p in t.children if p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]
        # "111 bodies were collected", "the number of refugees fell": the noun says what befell them
        above.update(e for n in nouns for e in noun_events({n.lower_, n.lemma_.lower()}))
        if found:
            nearest = min(found, key=lambda w: min(abs(w[0] - span.start), abs(w[0] - span.end + 1)))[1]
    return {e for _, e in found}, above, nearest



def _exchange_story(case: Case) -> bool:
    """Whether the article tells of prisoners exchanged: an exchange word and a prisoners' word."""
    text = case.drafted.article.text
    return bool(_EXCHANGE_WORDS.search(text) and _HELD_PEOPLE.search(text))


_PRISONERS_OF_WAR = re.compile(r"\b(?:" + "|".join(words("prisoner_of_war_words")) + r")\b", re.IGNORECASE)
_TRIED = re.compile(r"\b(?:" + "|".join(events_lexicon()["tried_at_home"]["stems"]) + ")", re.IGNORECASE)
_EXCHANGE_WORDS = re.compile(r"\b(?:" + "|".join(events_lexicon()["exchange_words"]["words"]) + r")\b", re.IGNORECASE)
_HELD_PEOPLE = re.compile(r"\b(?:" + "|".join(events_lexicon()["exchange_words"]["held_people"]) + r")\b", re.IGNORECASE)


def event_candidates(case: Case) -> list[Candidate]:
    in_sentence, above, nearest = _event_words(case)
    if case.rule["event"] == "other" and _exchange_story(case):
        # In a story of a prisoner exchange, those who "returned home" or were "handed back" are
        # the prisoners let go.
        return [Candidate("detention", {"rule", "exchange"})]
    if case.rule["event"] == "other" and case.draft.extra.get("went_nowhere"):
        # "fighters who have returned from Syria", "were flown back", "prevented from leaving":
        # the verb over them is the event, whatever fighting the sentence mentions.
        return [Candidate("other", {"rule", "went_nowhere"})]
    if case.draft.extra.get("evading") and case.rule["event"] != "mobilization":
        # "left for Hungary to avoid the draft", "drowned fleeing mobilisation": the call-up they
        # escape is not what befell them
        return [Candidate(case.rule["event"], {"rule", "evading"})]
    if case.draft.extra.get("kin"):
        # "relatives of men serving in the army protested": what the kin did, nothing else the sentence says
        return [Candidate(case.rule["event"], {"rule", "kin"})]
    if case.draft.extra.get("caption_event") == case.rule["event"]:
        return [Candidate(case.rule["event"], {"rule", "caption"})]  # "volunteers killed, by country:" over "Chad: 40"
    if case.draft.extra.get("among_them") and case.rule["event"] != "other":
        return [Candidate(case.rule["event"], {"rule", "among_them"})]  # "Among them were 1,500 ...": the whole's event
    if case.draft.extra.get("asked_about"):
        return [Candidate(case.rule["event"], {"rule", "asked_about"})]  # "how many prisoners ...; the number at 8,000"
    if case.rule["event"] == "casualty" and case.draft.extra.get("tolled"):
        return [Candidate("casualty", {"rule", "toll"})]  # "the death toll rose to 300", "losses reached 4,000"
    if case.rule["event"] in above:
        # A word that governs the number says what happened to these people ("90 have
        # returned"): the rules' reading stands whatever else the sentence mentions.
        return [Candidate(case.rule["event"], {"rule", "governing_word"})]
    out = []
    for event in EVENTS:
        proposers = {f"is={event}"}
        if event == case.rule["event"]:
            proposers.add("rule")
        if event == case.frame.top_event():
            proposers.add("frame")
        if case.previous is not None and event == case.previous["event"]:
            proposers.add("previous")
        if event == case.decided_before("event"):
            proposers.add("previous_decided")
        if event in in_sentence:
            proposers.add("sentence_word")
        if event in above:
            proposers.add("governing_word")
        if event == nearest:
            proposers.add("nearest_word")
        out.append(Candidate(event, proposers, {"frame_share": case.frame.share("events", event)}))
    return out


# --- origin --------------------------------------------------------------------------------

_SENDING_OR_CALLING = frozenset(words("call_up_verbs")) | frozenset(words("sending_verbs"))


def _sent_by_subject(case: Case) -> bool:
    """Whether the count is the object of a verb that sends or calls up people."""
    span = _claim_span(case)
    if span is None:
        return False
    token = anchor(span)
    while token.dep_ in ("nummod", "quantmod", "pobj", "prep", "amod", "compound") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _SENDING_OR_CALLING


def _nearest_country(case: Case) -> tuple[str, ...]:
    from muster.normalize.countries import find_countries

    position = case.claim.start - case.sentence.start
    mentions = find_countries(case.sentence.text)
    if not mentions:
        return ()
    return (min(mentions, key=lambda m: min(abs(m.start - position), abs(m.end - position))).code,)


_HOSTAGES = re.compile(r"\bhostages?\b|\bcaptives?\b", re.IGNORECASE)


def _paragraph_so_far(case: Case) -> list:
    """The sentences of the claim's paragraph up to and including its own."""
    return [s for s in case.drafted.article.sentences[:case.sentence.index + 1] if s.paragraph == case.sentence.paragraph]


def _turned_away(case: Case) -> bool:
    """Whether the claim's paragraph opens by turning to another matter ("Separately, ...",
    "In a separate case, ..."), up to the claim's sentence."""
    return any(attr.turns_to_another_matter(s.text) for s in _paragraph_so_far(case))


def _size_of_count(case: Case) -> float:
    """How large the count is, on a log scale where ten million is about one."""
    return math.log10(max(case.claim.low or case.claim.high or 1, 1)) / 7


_GOVERNMENT_FORCE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in people_lexicon()["government_force_modifiers"]["words"])
                               + r")\b", re.IGNORECASE)


def _government_forces_home(case: Case) -> str | None:
    """ "captured 300 federal soldiers", "dozens of Wagner and government fighters" in an article
    about one country: the forces of the state the article names most."""
    if case.draft.group_kind != "combatant" or not case.frame.countries or not _GOVERNMENT_FORCE.search(case.claim.group):
        return None
    if parties_named_in(re.sub(_GOVERNMENT_FORCE, "", case.claim.group)) and not case.draft.extra.get("military_noun"):
        return None
    # the state a headline opens on ("Myanmar: ..."), else the state the article names most, not a
    # border it names once (nor a dateline's "AIZAWL, India")
    topic = _headline_place(case.drafted.article.text)
    return topic.most_common(1)[0][0] if topic else case.frame.countries.most_common(1)[0][0]


def _fighters_of_another_armed_group(case: Case) -> bool:
    """Whether the sentence gives the counted fighters to an armed group that is not a state and
    not the side of the claim before, or whose people before were a state's soldiers fighting
    beside it ("Rwanda has deployed 4,000 soldiers, who fight alongside the M23 ... The group itself
    numbers about 6,500 fighters")."""
    party = case.draft.side_hint
    return bool(party and party == case.rule["side"] and not re.fullmatch(r"[A-Z]{2}", party) and party != GENERIC_JIHADIST and case.draft.group_kind == "combatant"
                and (case.previous is None or case.previous["side"] != party or case.previous.get("military")
                     and not case.draft.extra.get("military_noun")))  # a state's troops beside the group are not its own fighters


def _part_of_the_whole_before(case: Case) -> bool:
    """Whether the claim opens a sentence that points back at the count before it ("Of them,
    40 ...") or is the part of a whole the sentence fronts ("Of the 120 men in his unit, 20 ...")."""
    if case.previous is None or case.decided_before("origin") is None:
        return False
    if case.previous["sentence"] < case.sentence.index:
        return attr.links_back(case.sentence.text)
    return attr.fronts_a_whole(case.sentence.text) and case.index >= 1 and not any(
        r["sentence"] == case.sentence.index for r in case.article_rules[:case.index - 1])


def origin_candidates(case: Case) -> list[Candidate]:
    from muster.extraction.frame import country_roles

    frame = case.frame
    rule = case.rule["origin"]
    home = _government_forces_home(case)
    if home and not set(rule) - set(named_origins(case.claim.group)):
        return [Candidate(tuple(dict.fromkeys([*rule, home])), {"rule", "government_forces"})]
    if rule and (set(rule) <= set(named_origins(case.claim.group)) or table_entry(case.sentence.text)) \
            or case.draft.extra.get("origin_beside_count"):
        # The counted group names its nationality ("German veterans", "63 from Canada", a table
        # line "Chad: 40") or a loose region ("150 from South America", which leaves it open):
        # that stands, and the frame is only weighed for groups that say nothing.
        return [Candidate(rule, {"rule", "named_in_group"})]
    if len(rule) >= 2 and _EXCHANGE_WORDS.search(case.sentence.text) and any(
            are_opponents(a, b) for a in rule for b in rule):
        # "Russia and Ukraine exchanged 300 prisoners each": both sides' people
        return [Candidate(rule, {"rule", "exchanged_both"})]
    if rule and case.previous is not None and tuple(rule) == tuple(case.previous["origin"]) \
            and attr.links_back(case.sentence.text) and case.draft.elliptical:
        # "Of these, around 90 have returned": a part of the people just counted comes from where they do.
        return [Candidate(rule, {"rule", "linked_part"})]
    if not rule and case.draft.elliptical and _part_of_the_whole_before(case):
        # "Militants seized 90 hostages. Of them, 40 were freed in return for 150 Syrian
        # detainees", "Of the 251 people taken captive, 94 remain in Gaza": the part is of the
        # whole counted just before, wherever the whole comes from
        return [Candidate(tuple(case.decided_before("origin")), {"rule", "part_of_the_whole_before"})]
    if not rule and case.draft.extra.get("refers_back") and case.previous is not None \
            and case.previous["sentence"] == case.sentence.index:
        # "more than 1,400 citizens of 36 African countries ..., and at least 316 of them have been
        # killed": a share of the people the sentence just counted comes from where they do
        return [Candidate(tuple(case.previous["origin"]), {"rule", "share_of_the_sentences_whole"})]
    if not rule and _said_to_be_foreign(case.claim.group) or _OTHER_NATIONALITIES.search(case.claim.group) \
            and not codes_in(case.claim.group):
        return [Candidate((), {"none", "said_to_be_foreign"})]
    if not rule and case.draft.extra.get("killed_by_clause") and _generic_group(case.draft):
        # "detained over the attack that killed 145 people": the victims of what another noun
        # names are not the people the sentence counts elsewhere
        return [Candidate((), {"none", "victims_of_clause"})]
    if not rule and _fighters_of_another_armed_group(case):
        # "The M23 has grown to 8,000 fighters" after "Rwanda has 3,000 troops in Congo": a
        # group's own fighters are not the people counted before, and the text says nothing of
        # where they come from
        return [Candidate((), {"none", "another_armed_group"})]
    if not rule and _HOSTAGES.search(case.claim.group):
        # Hostages are taken from a place, not a people: those a sentence does not name by
        # nationality come from many countries.
        return [Candidate((), {"none", "hostages"})]
    releaser = _agent_party(case) if _released_by_a_party(case) else None
    enemy = opponent(releaser) if releaser else None
    if enemy and re.fullmatch(r"[A-Z]{2}", enemy) and not _HOSTAGES.search(case.claim.group) and set(rule) <= {releaser, enemy}:
        # "Among those freed by Russia were 270 soldiers", "Ukraine released 40 prisoners": a
        # warring state lets go its enemy's people, whichever of the two the whole swap counted
        return [Candidate((enemy,), {"rule", "freed_by_the_enemy"})]
    found: dict = {}
    _add(found, rule, "rule")
    if len(rule) == 1 and "verb:subject" in case.relations(rule[0]) and _sent_by_subject(case):
        # "Russia's Wagner group deployed 2,000 fighters": the state that sends them, as the
        # subject of the verb over the count
        found[_key(rule)].proposers.add("sent_by_the_state")
    _add(found, (), "none")
    in_sentence = tuple(codes_in(case.sentence.text))
    if in_sentence:
        _add(found, in_sentence, "sentence_all")
        _add(found, _nearest_country(case), "sentence_nearest")
    roles_here = country_roles(case.sentence.text)
    people_here = tuple(dict.fromkeys(c for c, role in roles_here if role == "people"))
    if people_here:
        _add(found, people_here, "sentence_people")
    if _turned_away(case):
        # "In a separate case, police arrested nine people": the contract's frame holds until the
        # text changes it, and a turn to another matter does; only the sentence's own words speak.
        return [Candidate(tuple(c.value), c.proposers) for c in found.values()]
    # "Rwanda has deployed 4,000 soldiers ... The insurgents are thought to number several
    # hundred": the militants a state's soldiers fight are not those soldiers' people
    other_people = _insurgents_after_soldiers(case) or _after_a_breakdown(case)
    if case.decided_before("origin") and not other_people:
        _add(found, tuple(case.decided_before("origin")), "previous_decided")
    if case.previous is not None and case.previous["origin"] and not other_people:
        _add(found, case.previous["origin"], "previous")
        if case.rule["attributed_to"] and case.rule["attributed_to"][:1] == case.previous["attributed_to"][:1]:
            # the same speaker goes on about the people they just counted
            found[_key(case.previous["origin"])].proposers.add("previous_same_speaker")
    soldiers_home = _state_of_unnamed_soldiers(case) if case.draft.extra.get("military_noun") and not rule else None
    if soldiers_home:
        # "killed at least 50 soldiers in an attack on an army base" in a story set in one
        # state: soldiers named without a state are mostly that state's own
        _add(found, (soldiers_home,), "soldiers_home")
    if frame.top_origin():
        _add(found, frame.top_origin(), "frame")
    same_kind = frame.origins_by_kind.get(case.draft.group_kind)
    if same_kind:
        # the origin the article gives people counted like these ("fighters", "civilians"): troops
        # from one state say little about who died in the city they fought for
        _add(found, same_kind.most_common(1)[0][0], "frame_same_kind")
    if frame.top_population():
        _add(found, (frame.top_population(),), "frame_population")
    if frame.lede_populations:
        _add(found, (frame.lede_populations[0],), "lede_population")
    if frame.lede_countries:
        _add(found, (frame.lede_countries[0],), "lede_first")
    if frame.places:
        # Civilians killed or driven out where a war is fought are mostly its own people.
        _add(found, (frame.places.most_common(1)[0][0],), "top_place")
    places_here = tuple(dict.fromkeys(c for c, role in roles_here if role == "place"))
    if places_here:
        _add(found, places_here[:1], "sentence_place")
    # "Ukraine says it captured five soldiers", "Russia said it had killed 300": those a state
    # kills or holds are not its own people
    actor = _belligerent_harming(case)
    if actor:
        for key in [k for k, cand in found.items() if "rule" not in cand.proposers and tuple(cand.value) == (actor,)]:
            del found[key]
    if other_people and case.decided_before("origin"):
        soldiers_from = tuple(case.decided_before("origin"))
        for key in [k for k, cand in found.items() if "rule" not in cand.proposers and tuple(cand.value) == soldiers_from]:
            del found[key]
    # "Israel said it killed 2,500 Hezbollah members": a group that names its party does not come
    # from that party's enemy.
    for party in parties_named_in(case.claim.group)[:1]:
        for key in [k for k, cand in found.items() if "rule" not in cand.proposers
                    and any(at_war(c, party) for c in cand.value)]:
            del found[key]
    # A country the article names only as an adjective on things ("Russian drones struck") never
    # says who the people are.
    for key in [k for k, cand in found.items() if cand.value and "rule" not in cand.proposers
                and any(frame.roles.get(c) == {"modifier"} for c in cand.value)]:
        del found[key]
    total = sum(frame.countries.values()) or 1
    people_total = sum(frame.populations.values()) or 1
    top_side = (frame.top_sides(1) or [None])[0]
    out = []
    for cand in found.values():
        codes = tuple(cand.value)
        mentions = sum(frame.countries.get(c, 0) for c in codes)
        numbers = {"frame_share": frame.share("origins", codes),
                   "mention_share": mentions / total,
                   "population_share": sum(frame.populations.get(c, 0) for c in codes) / people_total,
                   "place_ratio": sum(frame.places.get(c, 0) for c in codes) / mentions if mentions else 0.0,
                   "size": min(len(codes), 4) / 4}
        if codes and all(c in frame.lede_countries for c in codes):
            cand.proposers.add("in_lede")
        # How the claim's own sentence names it: as people ("Chadian recruits"), as a place, or
        # as a state or thing that acts ("Russian drones attacked").
        cand.proposers.update(f"here_as_{role}" for code, role in roles_here if code in codes)
        if places_here and not set(codes) & {code for code, _ in roles_here}:
            # "the death toll in the Congolese city of Goma": the sentence sets the count in
            # another country than this one, and names this one nowhere
            cand.proposers.add("placed_elsewhere")
        if codes:
            index = case.sentence.index
            cand.proposers.add("named_earlier" if frame.named_by(codes, index) else "named_later")
            if frame.named_by(codes, index, people=True):
                cand.proposers.add("people_earlier")
            if codes == (frame.latest_people(index),):
                cand.proposers.add("people_latest")
        if codes and top_side in codes:
            cand.proposers.add("is_war_party")
        if codes and "rule" not in cand.proposers:
            # "12 million people have been forced from their homes": a count of that size is a
            # war's whole toll, seldom the foreigners the article follows
            numbers["size_of_count"] = _size_of_count(case)
        numbers.update({f"rel={r}": 1.0 for code in codes for r in case.relations(code)})  # how the sentence ties it to the count
        out.append(Candidate(codes, cand.proposers, numbers))
    return out


# --- side ----------------------------------------------------------------------------------

@cache
def _named_jihadists() -> frozenset[str]:
    from muster.extraction.lexicon import parties

    return frozenset(parties()["named_jihadist_parties"]["parties"])


_MILITARY_WORDS = frozenset(people_lexicon()["military"])


def _after_a_breakdown(case: Case) -> bool:
    """ "300 came from Cameroon and 200 from Kenya. At least 120 have been killed": a bare count
    after a sentence that split its people by country is of the whole, not of the last share."""
    if case.rule["origin"] or not case.draft.elliptical or case.previous is None \
            or case.previous["sentence"] == case.sentence.index:
        return False
    before = [r for r in case.article_rules[:case.index] if r["sentence"] == case.previous["sentence"]]
    return len({tuple(r["origin"]) for r in before}) > 1


def _insurgents_after_soldiers(case: Case) -> bool:
    """Whether the claim counts militants, or civilians its sentence gives no nationality, right
    after a claim that counted a state's soldiers: "Uganda has sent 1,000 soldiers into Congo ...
    The ADF killed 40 civilians" are not Ugandans; the soldiers' state is often not where they fight."""
    earlier = case.drafted.drafts[:case.index]
    # past bare counts of the same soldiers ("bringing its contingent there to about 4,500")
    before = next((d for d in reversed(earlier) if d.claim.group != "people" or d.extra.get("military_noun")), None)
    if before is None or not before.extra.get("military_noun") or before.sentence.index < case.sentence.index - 2:
        return False
    civilians = bool(_CIVILIANS.match(case.claim.group)) and not case.rule["origin"]
    return _named_as_insurgents(case) or civilians


def _named_as_insurgents(case: Case) -> bool:
    """ "11 militants", "rebels who ...": the counted people's own noun (before any "of", "from"
    or clause) says they fight outside any state's forces."""
    return bool(_INSURGENTS.search(re.split(r"\s(?:of|from|who|in|with)\s", case.claim.group)[0]))


def _may_be_its_own_soldiers(case: Case, state: str) -> bool:
    """Whether the claim's soldiers, named without a nationality, may be `state`'s own: still
    serving ("retired soldiers" are no one's forces), not a serving mission's, and not in a story
    of foreigners serving the state ("Belarusians in Ukraine's army"), whose soldiers may be them."""
    return bool(case.draft.extra.get("military_noun")) and not _FORMER.search(case.claim.group) \
        and not _MANY_STATES.search(case.claim.group) \
        and not _names_serving_mission(case.drafted.article.text) and case.frame.top_population() in (None, state)


# "personnel from 50 countries": people of many states
_MANY_STATES = re.compile(r"\b(?:" + "|".join(words("many_states_nouns")) + r")\b", re.IGNORECASE)


def _state_of_unnamed_soldiers(case: Case) -> str | None:
    """ "Militants killed some 50 soldiers in an ambush" in a story of Mali's army: soldiers the
    sentence names no state for serve the state the article is about, where no other state fights."""
    if case.claim.origin or not case.frame.countries:
        return None
    # "two of the dead militants were Pakistani nationals" in Indian-administered Kashmir: a state
    # named only as where some people come from is not the one whose soldiers fight there
    ranked = [code for code, _ in case.frame.countries.most_common()]
    top = next((code for code in ranked if set(case.frame.roles.get(code, ())) - {"people"}), ranked[0])
    if not _no_other_state_fights(case, top):
        return None
    if _may_be_its_own_soldiers(case, top):
        return top
    # "Al-Shabaab overran a base in Somalia, killing 40 soldiers" beside African Union troops:
    # soldiers there serve the state the mission serves, whichever state sent them
    serving = case.draft.extra.get("military_noun") and not _FORMER.search(case.claim.group)
    return top if serving and _mission_host(case, None) == top else None


_NAMES_ARMED_INSTITUTION = re.compile(r"\b(?:" + "|".join(words("armed_institutions")) + r")\b", re.IGNORECASE)


def _state_of_the_speaking_forces(case: Case) -> str | None:
    """ "The Israeli military says two soldiers were killed": soldiers named without a state, whom
    a state's own armed forces count, are that state's."""
    if case.claim.origin or not case.draft.extra.get("military_noun") or _FORMER.search(case.claim.group):
        return None
    speaker = next(iter(case.rule["attributed_to"]), None)
    if speaker is None or not _NAMES_ARMED_INSTITUTION.search(speaker):
        return None
    state = party_of(speaker)
    return state if state and re.fullmatch(r"[A-Z]{2}", state) else None


def _no_other_state_fights(case: Case, home: str) -> bool:
    """Whether `home` is a state the article is about and no other state is a side in it: "18
    Pakistani soldiers were killed" in a story of militants in Pakistan serve Pakistan; "North
    Korean soldiers" in a story of Russia's war serve Russia."""
    top = [code for code, _ in case.frame.countries.most_common(2)]
    if home not in top or any(re.fullmatch(r"[A-Z]{2}", s) and s != home for s in case.frame.sides):
        return False
    agent = _agent_party(case)  # "Ukrainian forces captured 12 North Korean soldiers": another state fights them
    return not (agent and re.fullmatch(r"[A-Z]{2}", agent) and agent != home)


def _called_jihadists(case: Case) -> bool:
    """Whether the group's own noun is a word for jihadists ("terrorists", "militants", "extremists")."""
    return bool(case.claim.group) and generic_jihadist_pattern().match(case.claim.group.split()[-1]) is not None


def _unnamed_jihadists(case: Case) -> bool:
    """Whether the counted people are called by a word for jihadists ("militants", "terrorists")
    in an article about jihadists that names no group of theirs nor any other armed party."""
    frame, d = case.frame, case.draft
    if d.side_hint or case.rule["side"] is not None or frame.jihadist_words < 2 or not _called_jihadists(case):
        return False
    return all(p == GENERIC_JIHADIST or re.fullmatch(r"[A-Z]{2}", p) for p in frame.parties)


@cache
def _known_belligerent(side: str) -> bool:
    from muster.extraction.lexicon import parties

    return side in parties()["opponents"]


def _host_government(case: Case) -> str | None:
    """Wagner fighters in Mali serve Mali's government: in an article that names a serving force
    ("Wagner", "the Africa Corps") and is set in another country than its home war, the home
    state's side is that country's. None where the article is not such a story."""
    from muster.extraction.lexicon import parties

    serving = parties()["host_serving_forces"]
    home = serving["home"]
    if home not in case.frame.countries and home not in case.frame.sides or not names_serving_force(case.drafted.article.text):
        return None
    # Where the article is set: the country it names most as a place, and failing that at all.
    # A passing mention of the home war ("it fought in Ukraine before") does not move it there.
    named = case.frame.places if case.frame.places else case.frame.countries
    # not where the counted foreigners come from: "40 Georgians died serving with Wagner" were not in Georgia
    foreigners = [code for code in case.claim.origin if home not in case.claim.origin]
    away = [code for code, _ in named.most_common() if code != home and not are_opponents(code, home) and code not in foreigners]
    if not away:
        return None
    at_home_war = sum(case.frame.countries.get(c, 0) for c in case.frame.countries if are_opponents(c, home))
    if away[0] not in case.frame.lede_countries and case.frame.places.get(away[0], 0) < 2:
        return None  # "others moved to Belarus" late in a story set at home is no host
    if case.frame.countries.get(away[0], 0) <= at_home_war:
        return None
    return serving["rival_governments"].get(away[0], away[0])


@lru_cache(maxsize=256)
def _names_serving_mission(text: str) -> bool:
    """Whether an article says a state's forces were sent to serve another government ("the
    multinational security mission", "a stabilisation mission"); once per article."""
    from muster.extraction.lexicon import parties

    words_ = parties()["serving_missions"]

    def named(phrases):
        return re.search(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", text, re.IGNORECASE) is not None

    return named(words_["markers"]) and not named(words_["not_serving"])


@lru_cache(maxsize=256)
def _mission_places(text: str) -> Counter:
    """Countries a text names right after "in" ("the security mission in Haiti has 1,000
    officers"), where the frame read them as the people named after them."""
    return Counter(m.code for m in find_countries(text) if re.search(r"\bin\s+(?:the\s+)?$", text[max(0, m.start - 8):m.start]))


def _headline_place(text: str) -> Counter:
    """ "Haiti: gang attack kills 70": the country a headline opens on, set off by a colon, is
    where the story is set."""
    topic = re.match(r"\s*([^\n:]{2,40}):\s", text)
    return Counter(codes_in(topic.group(1))[:1]) if topic and is_country_name(topic.group(1).strip()) else Counter()


def _mission_host(case: Case, state: str | None) -> str | None:
    """The country an article about a serving mission is set in, for forces of another state
    that is not at war with it: Kenyan police in Haiti serve Haiti. `state` None: forces of the
    mission as a whole, of many states."""
    if state is not None and not re.fullmatch(r"[A-Z]{2}", state) or not _names_serving_mission(case.drafted.article.text):
        return None
    places = case.frame.places or _mission_places(case.drafted.article.text) or _headline_place(case.drafted.article.text)
    if not places:
        return None
    host = places.most_common(1)[0][0]
    return None if state is not None and (host == state or are_opponents(host, state)) else host


def _serving_side(case: Case, side):
    """`side`, or the host government's where the state's forces serve one (above)."""
    from muster.extraction.lexicon import parties

    if side is None:
        return None
    if side != parties()["host_serving_forces"]["home"]:
        return _mission_host(case, side) or side
    return _host_government(case) or side


# How many steps up the parse the verb whose agent is sought may stand above the number.
AGENT_REACH = 6


def _belligerent_harming(case: Case) -> str | None:
    """The warring state that kills or captures the counted people ("Ukraine says it captured
    five soldiers", "Russian forces killed 300 soldiers"): not police acting at home, which have
    no enemy state."""
    if case.claim.event == "detention" and not WAR_CAPTIVITY.search(case.sentence.text) \
            and not _EXCHANGE_WORDS.search(case.sentence.text) and not _released_by_a_party(case):
        return None  # "security services detained 11 people": an arrest at home
    actor = _harming_party(case)
    return actor if actor and (opponent(actor) or any(at_war(p, actor) for p in case.frame.parties)) else None


def _harming_party(case: Case) -> str | None:
    """The party that kills or holds the counted people ("its forces had killed 14 of the
    attackers"), not the one that lost them ("Ukraine lost 300 soldiers")."""
    from muster.extraction.relations import HOLDING_OR_HARMING

    if case.claim.event not in ("casualty", "detention"):
        return None
    span = _claim_span(case)
    actor = _agent_party(case)
    if span is None or actor is None:
        return None
    verb = _verb_over_the_count(span)
    return actor if verb is not None and verb.lemma_.lower() in HOLDING_OR_HARMING | _RELEASING else None


_RELEASING = frozenset(events_lexicon()["release_lemmas"]["lemmas"])


def _verb_over_the_count(span):
    described = _participle_on_the_count(span)
    return described[0] if described else next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)


def _released_by_a_party(case: Case) -> bool:
    """ "Among those freed by Russia were 270 soldiers": a warring party that lets people go held them."""
    span = _claim_span(case)
    verb = _verb_over_the_count(span) if span is not None else None
    return verb is not None and verb.lemma_.lower() in _RELEASING and opponent(_agent_party(case) or "") is not None


def _enemy_in_article(case: Case, party: str) -> str | None:
    """The party's enemy the article names most: Hezbollah in a story of Israel's war in Lebanon,
    Hamas in one of Gaza; its chief enemy when the article names none."""
    named = [(count, p) for p, count in case.frame.parties.items() if p != party and at_war(p, party)]
    return max(named)[1] if named else opponent(party)


_RECEIVING_THE_DEAD = frozenset(events_lexicon()["receiving_the_dead"]["lemmas"])


def _receiver_of_own_dead(case: Case) -> str | None:
    """ "Ukraine received the bodies of 909 soldiers": a warring state that gets back the remains
    of soldiers the sentence gives no nationality gets back its own."""
    span = _claim_span(case)
    if span is None or case.claim.origin or not case.draft.extra.get("military_noun"):
        return None
    noun = counted_noun(span).noun or anchor(span)
    of = noun.head if noun.dep_ == "pobj" else None
    if of is None or not counts_the_dead(of) or of.head.head.lemma_.lower() not in _RECEIVING_THE_DEAD \
            or of.head.dep_ not in ("dobj", "nsubjpass"):
        return None
    state = _agent_party(case)
    return state if state and re.fullmatch(r"[A-Z]{2}", state) and _known_belligerent(state) else None


def _agent_party(case: Case) -> str | None:
    """The party that is the doer of the verb governing the count, when the count is not that
    doer itself: "Russian forces have killed 5,962 volunteers", "90 prisoners will be released
    by Israel", "Kenya sent 400 police". Whether a doer's party is the counted people's own side
    (a state sending its troops) or the other one (a state killing or holding them) is learned.
    Found once per claim: several rules and decisions ask."""
    if case._agent is ...:
        case._agent = _find_agent_party(case)
    return case._agent


def _find_agent_party(case: Case) -> str | None:
    span = _claim_span(case)
    if span is None:
        return None
    described = _participle_on_the_count(span)
    if described is not None:
        return _party_of_doer(described[1])
    verb = span.root.head
    for _ in range(AGENT_REACH):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i == span.root.i:
        return None
    doers = list(verb.children)
    if (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") or verb.dep_ == "conj") and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in doers):
        # "it retook the palace, killing hundreds", "it struck 40 targets and killed 30 militants"
        doers += [c for c in verb.head.children if c.dep_ == "nsubj"]
    for child in doers:
        if child.dep_ == "agent":
            doer = next((t for t in child.children if t.dep_ == "pobj"), None)
        elif child.dep_ == "nsubj" and not child.left_edge.i <= span.root.i <= child.right_edge.i:
            doer = child
        else:
            continue
        if doer is None:
            continue
        return _party_of_doer(doer)
    if any(c.dep_ == "nsubjpass" for c in doers):
        from muster.extraction.relations import HOLDING_OR_HARMING

        # "two civilians were killed and 11 wounded by Ukrainian shelling": the parser hangs the
        # doer shared by both verbs on the last one
        shared = next((t for t in verb.doc[verb.i + 1:] if t.dep_ == "agent" and t.head.lemma_.lower() in HOLDING_OR_HARMING),
                      None)
        doer = next((t for t in shared.children if t.dep_ == "pobj"), None) if shared is not None else None
        if doer is not None:
            return _party_of_doer(doer)
    return None


def _participle_on_the_count(span):
    """A participle with a doer on the counted noun or its "of" phrase, and the doer: "40
    fighters captured by Russia", "8,000 prisoners of war held by Russia"."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    nouns = [noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
    if noun.dep_ in ("attr", "nsubj", "conj"):
        # "Among those freed by Russia were 270 soldiers": the whole the count is among
        verb = noun.head.head if noun.dep_ == "conj" else noun.head
        nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "among" for o in p.children if o.dep_ == "pobj"]
    for clause in (c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        doer = next((t for a in clause.children if a.dep_ == "agent" for t in a.children if t.dep_ == "pobj"), None)
        if doer is not None:
            return clause, doer
    return None


def _party_of_doer(doer) -> str | None:
    if doer.lower_ in ("they", "it", "we"):
        doer = antecedent(doer)  # "the rebels said they had killed dozens": "they" is the rebels
    text = doer.doc[doer.left_edge.i:doer.right_edge.i + 1].text
    found = list(parties_named_in(text)) or codes_in(text)
    if any(at_war(a, b) for a in found for b in found):
        return None  # "the war between the army and the RSF has killed ...": both sides, no doer
    return found[0] if found else owner_of_pronoun(doer)  # "the army said its strikes killed 100"


_HOLDING = frozenset(words("holding_nouns"))


def _holders(case: Case) -> list[str]:
    """Parties the claim's sentence says hold people: "in Ukrainian captivity", "Russian custody"."""
    words_ = re.findall(r"[\w’'-]+", case.sentence.text)
    out = []
    for before, word in zip(words_, words_[1:]):
        if word.lower() in _HOLDING:
            codes = codes_in(before)
            if codes and opponent(codes[0]):
                out.append(codes[0])
    return out


def fights_on(d) -> bool:
    """Whether people who fall back or move still fight: "troops withdrew" do, "6,000 men crossed
    into Romania" do not; the contract puts the displaced on no side."""
    return d.group_kind == "combatant" and not d.extra.get("plain_people")


# "civilians", "Palestinian civilians killed in the strike": people the text calls civilians
_CIVILIANS = re.compile(r"^(?:[\w-]+\s+){0,2}civilians\b", re.IGNORECASE)
_PEACEKEEPERS = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words("peacekeeper_nouns")) + r")\b", re.IGNORECASE)


def _peacekeepers(case: Case) -> bool:
    """ "Thirteen foreign peacekeepers have been killed, including nine South Africans": forces
    under a UN flag, and any part of them, serve no party of the war, unless the sentence gives
    them to one or names a mission sent to serve a government."""
    return bool(_PEACEKEEPERS.search(case.claim.group) or _PEACEKEEPERS.search(case.draft.extra.get("whole_group", ""))) \
        and not case.draft.explicit_side \
        and not _names_serving_mission(case.sentence.text)


def _people_at_large_killed(case: Case) -> bool:
    """ "1,200 people were killed", "the blast killed 471 people": counted by the plainest word,
    with nothing said of whose or where from, the dead of a story about fighters are its victims
    at large, not the fighters named before them. (People held are left to the decisions: read
    the same way, they cost on cross-validation.)"""
    d = case.draft
    return bool(d.extra.get("people_at_large") and case.claim.event == "casualty" and not d.explicit_side
                and case.rule["event"] == case.claim.event  # the sentence itself says what befell them
                and not codes_in(case.claim.group) and not parties_named_in(case.claim.group))


def _non_combatants_of_no_party(case: Case) -> bool:
    """ "42 hostages were freed", "300 villagers fled": nouns that say the people are not fighters,
    with no party named as theirs."""
    d = case.draft
    return bool(d.extra.get("non_combatant") and not d.explicit_side and not parties_named_in(case.claim.group))


_INSURGENTS = re.compile(r"\b(?:" + "|".join(words("insurgent_nouns")) + r")\b", re.IGNORECASE)
_FORMER = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words("former_service_words")) + ")", re.IGNORECASE)


def side_candidates(case: Case) -> list[Candidate]:
    d = case.draft
    if case.claim.event == "displacement" and not fights_on(d):
        # The contract: refugees and the displaced join no side; fighters who fall back keep theirs.
        return [Candidate(None, {"none"})]
    if _peacekeepers(case):
        return [Candidate(None, {"none", "peacekeepers"})]
    if _CIVILIANS.match(case.claim.group) or _people_at_large_killed(case) or _non_combatants_of_no_party(case) \
            or d.extra.get("kin"):
        # the contract: civilians join no side, whatever side the sentence gives those who harm them
        return [Candidate(None, {"none", "non_combatant"})]
    # a hint read from a party the group names ("Wagner fighters") is named even where it is
    # the people's own state too
    named_hint = d.side_hint and (d.side_hint not in case.claim.origin or d.side_hint not in codes_in(case.claim.group)
                                  and d.side_hint in named_origins(case.claim.group))
    # "jihadists" in an article that names their group: which of the two it is is weighed
    unsure_which = d.side_hint == GENERIC_JIHADIST and any(p in case.frame.parties for p in _named_jihadists())
    if d.explicit_side or (named_hint and case.rule["side"] == d.side_hint and not unsure_which):
        # The sentence says whom they fight for ("fighting for X", "Wagner fighters", "X has sent
        # 3,000 fighters"): the rules' reading of it stands, and the frame is only weighed where
        # the sentence is silent. A hint read from the counted people's own nationality ("North
        # Korean soldiers") is only weighed: foreign troops often fight for another state.
        stated = case.rule["side"]
        if stated is None and d.explicit_side and case.rule["event"] == "displacement" and case.claim.event == "mobilization":
            stated = d.explicit_side  # "recruited Afghan refugees to fight for the Syrian government": they joined it
        return [Candidate(_serving_side(case, stated), {"rule"})]
    home = case.claim.origin[0] if len(case.claim.origin) == 1 else _state_of_unnamed_soldiers(case) \
        or _state_of_the_speaking_forces(case)
    # A belligerent state's soldiers ("12 Russian soldiers were killed", "the Ukrainians freed
    # included 270 soldiers" in a swap) fall or are exchanged on its side: prisoners of war keep theirs
    # "8,000 Ukrainian prisoners of war": the words say they were soldiers
    state_soldiers = bool(home and (d.extra.get("military_noun") or _PRISONERS_OF_WAR.search(case.claim.group))
                          and (_known_belligerent(home) or _no_other_state_fights(case, home)))
    killer = _belligerent_harming(case) if case.claim.event == "casualty" and d.group_kind == "combatant" else None
    # "Ukraine says it killed 300 North Korean soldiers": killed by a state not at war with
    # theirs, they fell fighting for its enemy
    foreign_killer = bool(killer and home and not at_war(killer, home) and opponent(killer) not in (None, home))
    if state_soldiers and case.claim.event == "casualty" and case.rule["side"] in (None, home) and not foreign_killer:
        return [Candidate(home, {"rule", "fallen_soldiers"})]
    receiver = _receiver_of_own_dead(case)
    if receiver is not None and case.rule["side"] in (None, receiver):
        return [Candidate(receiver, {"rule", "own_dead_received"})]
    held_in_war = case.claim.event == "detention" and (bool(WAR_CAPTIVITY.search(case.sentence.text)) or _released_by_a_party(case))
    if case.claim.event == "detention" and not held_in_war and not d.explicit_side and _TRIED.search(case.sentence.text) \
            and not _EXCHANGE_WORDS.search(case.sentence.text):
        captor = _agent_party(case)
        if home and captor and at_war(captor, home):
            # "Russia has charged 30 Ukrainian marines": tried by the enemy, they are prisoners of
            # war, who keep their side
            return [Candidate(home, {"rule", "tried_by_enemy"})]
        # The contract: people arrested, charged or tried at home are on no side.
        return [Candidate(None, {"none", "tried_at_home"})]
    # "95 Ukrainian servicemen returned home in a swap": their state bringing them home held no one
    if state_soldiers and case.claim.event == "detention" and (held_in_war or _exchange_story(case)) \
            and (_agent_party(case) != home or d.extra.get("went_nowhere")):
        return [Candidate(home, {"rule", "exchanged_soldiers"})]  # "Russia says 40 of its troops were captured"
    if held_in_war and (d.group_kind == "combatant" or _PRISONERS_OF_WAR.search(case.claim.group)) and (
            case.rule["side"] is None or case.rule["side"] in case.claim.origin):
        captor = _agent_party(case)
        if captor and opponent(captor):  # not "border guards detained 45 men": arrested at home
            # "Ukrainian forces captured two North Korean soldiers": the contract keeps prisoners
            # of war on the side they fought for, the captor's enemy
            return [Candidate(opponent(captor), {"rule", "captured_by_opponent"})]
    enemy = _enemy_in_article(case, killer) if killer else None
    if enemy and (case.rule["side"] in (None, enemy) or foreign_killer) and killer not in case.claim.origin:
        # "Russia said it had killed 300 soldiers": those a warring state kills fought for its
        # enemy, the one the article is about ("Israel's strikes killed 100 militants in Lebanon")
        return [Candidate(enemy, {"rule", "killed_by_opponent"})]
    if held_in_war and case.rule["side"] and not d.extra.get("non_combatant") \
            and case.rule["side"] in case.frame.top_sides(1) and case.rule["side"] not in case.claim.origin:
        # "Two Americans captured near Kharkiv were freed in a swap", in a story of foreigners
        # fighting for Ukraine: prisoners of war keep the side the article has them fight on
        return [Candidate(case.rule["side"], {"rule", "captured_fighters"})]
    if _unnamed_jihadists(case):
        # "Dozens of terrorists were killed" in an article on jihadists that names no group of theirs
        return [Candidate(GENERIC_JIHADIST, {"rule", "jihadist_noun"})]
    government = _government_forces_home(case)
    if government and case.rule["side"] in (None, government) and government in case.claim.origin:
        return [Candidate(government, {"rule", "government_forces"})]  # "300 federal soldiers were captured"
    if home and d.extra.get("military_noun") and (case.frame.places and case.frame.places.most_common(1)[0][0] == home
                                                  or set(case.frame.countries) == {home} and not _FORMER.search(case.claim.group)):
        # "1,200 Congolese soldiers surrendered" in a war fought in Congo: a state's own forces at
        # home serve it, captured or not (the contract: prisoners of war keep their side); so do
        # the soldiers of the one state an article names ("the Defence Forces have 7,500 personnel")
        return [Candidate(home, {"rule", "home_forces"})]
    if home and (d.group_kind == "combatant" or d.extra.get("military_noun")) and case.rule["side"] in (None, home) \
            and not _named_as_insurgents(case) and (host := _mission_host(case, home)):
        return [Candidate(host, {"rule", "serving_mission"})]  # "1,000 Kenyan officers are deployed in Haiti"
    hosts = {_mission_host(case, code) for code in case.claim.origin} if len(case.claim.origin) > 1 else set()
    if len(hosts) == 1 and None not in hosts and (d.group_kind == "combatant" or d.extra.get("military_noun")) \
            and case.rule["side"] in (None, *case.claim.origin) and not _named_as_insurgents(case):
        # "Jamaica, Belize and the Bahamas have sent 100 personnel" to the mission in Haiti: all serve it
        return [Candidate(hosts.pop(), {"rule", "serving_mission"})]
    if not case.claim.origin and (d.group_kind == "combatant" or d.extra.get("military_noun")) and case.rule["side"] is None \
            and not _named_as_insurgents(case) and _names_serving_mission(case.sentence.text) and (host := _mission_host(case, None)):
        # "A Kenyan-led security mission, which now numbers roughly 1,000 officers": a mission of
        # many states' forces serves the government it was sent to
        return [Candidate(host, {"rule", "serving_mission"})]
    found: dict = {}
    _add(found, _serving_side(case, case.rule["side"]), "rule")
    _add(found, None, "none")
    if d.extra.get("non_combatant"):
        # The contract: civilians, hostages and their like join no side unless the sentence says so.
        found[None].proposers.add("non_combatant")
    if d.side_hint:
        _add(found, d.side_hint, "group_hint" if named_hint else "nationality_hint")
    default = case.drafted.votes.default(case.sentence.index)
    if default:
        _add(found, default, "article_votes")
    for rank, side in enumerate(case.frame.top_sides(2)):
        _add(found, side, f"frame{rank + 1}")
    if case.previous is not None and case.previous["side"]:
        _add(found, case.previous["side"], "previous")
    if case.decided_before("side"):
        _add(found, case.decided_before("side"), "previous_decided")
    origin = case.claim.origin
    if origin and set(named_origins(case.claim.group)) == set(origin):
        # "64 of the Syrians were killed" after "2,000 Syrian fighters sent to support X": the
        # same people named again fight where they did
        earlier = next((r for r in reversed(case.article_rules[:case.index]) if r["origin"] == tuple(origin) and r["side"]), None)
        if earlier is not None:
            _add(found, earlier["side"], "same_origin_before")
    if len(origin) == 1:
        _add(found, origin[0], "origin")
    for party in parties_named_in(case.sentence.text)[:2]:
        _add(found, party, "sentence_party")
    for side in case.frame.lede_sides[:1]:
        _add(found, side, "lede_party")
    for party, _ in case.frame.parties.most_common(2):
        _add(found, party, "article_party")
    for code, _ in case.frame.countries.most_common(2):
        _add(found, code, "article_country")
    # "100 Russian military instructors", "29 Nigerien soldiers": a state's forces, named as such, are no jihadists
    state_forces = (bool(case.draft.extra.get("military_noun")) or bool(_MILITARY_WORDS & set(case.claim.group.lower().split()))) \
        and len(case.claim.origin) == 1 and case.claim.origin[0] in named_origins(case.claim.group)
    if (case.frame.jihadist_words >= 2 or case.frame.jihadist_words and any(
            p in case.frame.parties for p in _named_jihadists() | {GENERIC_JIHADIST})) and not state_forces:
        _add(found, GENERIC_JIHADIST, "jihadist_words")
        if _called_jihadists(case):
            # "dozens of terrorists were killed" in an article on jihadists: its own words for them
            found[_key(GENERIC_JIHADIST)].proposers.add("jihadist_noun")
    agent = _agent_party(case)
    if agent:
        _add(found, agent, "agent")
        _add(found, opponent(agent), "agent_opponent")
    for holder in _holders(case):
        # "100 foreign nationals in Ukrainian captivity": held by one party, they fought for the other
        _add(found, opponent(holder), "held_by_opponent")
    if d.extra.get("military_noun") and not _FORMER.search(case.claim.group):
        # "40 soldiers are missing", "troops": a state's forces, which no jihadist or other armed
        # group has unless the sentence gives them to it ("retired soldiers" are no one's forces)
        for key in [k for k, c in found.items() if c.value and not re.fullmatch(r"[A-Z]{2}", c.value)
                    and "rule" not in c.proposers and c.value not in parties_named_in(case.claim.group)]:
            del found[key]
    if _named_as_insurgents(case):
        # "fewer than 100 fighters" after "Two soldiers were wounded" is one thing; "11 militants"
        # is another: no militant, rebel or insurgent fights for a state unless the sentence says so
        for key in [k for k, c in found.items() if c.value and re.fullmatch(r"[A-Z]{2}", c.value) and "rule" not in c.proposers]:
            del found[key]
    harming = _harming_party(case)
    if harming and d.group_kind == "combatant":
        # "its forces had killed 14 of the attackers": those a party kills or holds do not fight for it
        for key in [k for k, c in found.items() if c.value == harming and "rule" not in c.proposers]:
            del found[key]
    out = []
    for cand in found.values():
        side = cand.value
        numbers = {"frame_share": case.frame.share("sides", side) if side else 0.0,
                   "party_share": case.frame.share("parties", side) if side else 0.0,
                   "country_share": case.frame.share("countries", side) if side else 0.0}
        if side == GENERIC_JIHADIST or side in _named_jihadists():
            named = sum(case.frame.parties.get(p, 0) for p in _named_jihadists())
            share = case.frame.jihadist_words / (case.frame.jihadist_words + named) if case.frame.jihadist_words + named else 0.0
            numbers["generic_jihadist_share" if side == GENERIC_JIHADIST else "named_jihadist_share"] = \
                share if side == GENERIC_JIHADIST else 1 - share
        if side and origin and side in origin:
            cand.proposers.add("is_origin")
        if side and any(are_opponents(side, o) for o in origin):
            cand.proposers.add("opposes_origin")
        if side and case.frame.places.get(side):
            cand.proposers.add("is_place")  # the war is fought there: its own forces are a party
        if side and _known_belligerent(side):
            cand.proposers.add("known_belligerent")
        if side and not case.frame.named_by((side,), case.sentence.index):
            cand.proposers.add("named_later")
        if side:
            numbers.update({f"rel={r}": 1.0 for r in case.relations(side)})
            numbers["size_of_count"] = _size_of_count(case)
        out.append(Candidate(side, cand.proposers, numbers))
    return out


# --- sources -------------------------------------------------------------------------------

def _sentences_since_named(case: Case, name: str) -> int | None:
    """How many sentences back `name` (its last word) was written, 0 for the claim's own."""
    tokens = re.findall(r"[A-Za-z0-9]{3,}", name)
    if not tokens:
        return None
    needle = re.compile(r"\b" + re.escape(tokens[-1]) + r"\b", re.IGNORECASE)
    sentences = case.drafted.article.sentences
    for back in range(0, min(SOURCE_REACH, case.sentence.index) + 1):
        if needle.search(sentences[case.sentence.index - back].text):
            return back
    return None


def _qualified(name: str) -> bool:
    """ "Russian military bloggers", "sources close to the army", "Kenyan officials": a generic
    head that the text ties to a country or a body is a role, which the contract counts as named."""
    return bool(codes_in(name)) or any(w[:1].isupper() for w in name.split()[1:]) or bool(
        re.search(r"\b(?:close to|from|at|in|of)\s+\w", name)) and not _OF_THE_COUNTED.search(name)


# "estimates of the dead", "figures on the wounded", "estimates of their number": what a generic
# document counts, not whose it is
_OF_THE_COUNTED = re.compile(r"\b(?:of|on)\s+(?:the\s+|their\s+|its\s+)?(?:" + "|".join(words("counted_by_documents")) + r")\b",
                             re.IGNORECASE)


def _pattern_sources(case: Case) -> tuple[tuple[str, ...], list[str]]:
    """Speakers of the attribution patterns (patterns.py) that cover the claim's number, the
    widest scope first, and the names of those patterns; pronouns and generic heads left out."""
    from muster.extraction.patterns import matches_covering

    span = _claim_span(case)
    doc = case.drafted.article.doc(case.sentence.index)
    if span is None or doc._.attributions is None:
        return (), []
    matches = [m for m in reversed(matches_covering(doc, span.root.i))
               if m.speaker.root.pos_ != "PRON" and not attr.is_generic(m.speaker.root)
               and not any(t.like_num for t in m.speaker)]
    names = tuple(dict.fromkeys(case.sentence.text[m.speaker.start_char:m.speaker.end_char] for m in matches))
    return names, [m.pattern for m in matches]


def _shares_word(a: str, b: str) -> bool:
    return bool(set(re.findall(r"[a-z]{3,}", a.lower())) & set(re.findall(r"[a-z]{3,}", b.lower())))


# How many sentences back the speaker of a quotation that names none may stand.
QUOTE_SPEAKER_REACH = 3


def _quoted(case: Case) -> bool:
    """Whether the claim stands inside quotation marks opened earlier in its paragraph."""
    before = " ".join(s.text for s in _paragraph_so_far(case)[:-1])
    before += " " + case.sentence.text[:case.claim.start - case.sentence.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _speaker_just_before(case: Case) -> tuple[str, ...]:
    """The named sources of the nearest earlier figure, or the speakers of the sentences just
    before, within QUOTE_SPEAKER_REACH sentences."""
    index = case.sentence.index
    for rules in reversed(case.article_rules[:case.index]):
        if index - rules["sentence"] > QUOTE_SPEAKER_REACH:
            break
        if rules["attributed_to"]:
            return tuple(rules["attributed_to"])
    article = case.drafted.article
    for i in range(index - 1, max(-1, index - 1 - QUOTE_SPEAKER_REACH), -1):
        if attr.may_name_speaker(article.sentences[i].text):
            named = attr.speakers_in(article.doc(i))
            if named:
                return (named[-1],)
    return ()


# "The report says ...", "the tally shows": the published figures the lede announced, named again.
_REPORT_BACK_REFERENCE = re.compile(r"^(?:the|this|that|its)\s+(?:\w+\s+)?(?:" + "|".join(words("report_nouns")) + r")$",
                                    re.IGNORECASE)


def source_candidates(case: Case) -> list[Candidate]:
    found: dict = {}
    speakers, patterns = _pattern_sources(case)
    _add(found, case.rule["attributed_to"], "rule")
    if found:
        # A source the sentence names itself stands: what the article says elsewhere is only
        # weighed for claims whose sentence names none.
        agreeing = {f"pattern:{p}" for p in patterns[:1] if speakers and _shares_word(speakers[0], case.rule["attributed_to"][0])}
        return [Candidate(case.rule["attributed_to"], {"rule"} | agreeing)]
    publisher = next((s for s, _ in case.frame.sources.most_common() if s in case.frame.lede_sources), None)
    if case.frame.report_lede and publisher and all(_REPORT_BACK_REFERENCE.match(n) for n in case.rule["all_sources"]):
        # "The ministry has put out new figures on ...": an article that opens on a body's published
        # figures gives them sentence after sentence without naming the body again
        return [Candidate((publisher,), {"rule", "report_lede"})]
    _add(found, (), "none")
    if speakers:
        _add(found, speakers, "pattern")
        found[_key(speakers)].proposers.add(f"pattern:{patterns[0]}")
    if case.rule["all_sources"] and any(_qualified(name) for name in case.rule["all_sources"]):
        _add(found, case.rule["all_sources"], "qualified_generic")
    if case.previous is not None and case.previous["attributed_to"]:
        _add(found, case.previous["attributed_to"], "previous")
    if _quoted(case):
        # A figure in quotation marks is somebody's words: with no speaker beside it ("The
        # number reached 260," on a line of its own) it is most likely the one who spoke just before.
        speaker = _speaker_just_before(case)
        if speaker:
            _add(found, speaker, "quoted_after_speaker")
    if case.frame.sources:
        # The source the article's figures come from most often: a report or a ministry that
        # speaks for the whole story gives figures in later sentences without being named again.
        top, count = case.frame.sources.most_common(1)[0]
        if count >= 2:
            _add(found, (top,), "frame_source")
    out = []
    for cand in found.values():
        names = tuple(cand.value)
        numbers = dict(cand.numbers, frame_share=case.frame.share("sources", names[0]) if names else 0.0)
        if names:
            back = _sentences_since_named(case, names[0])
            if back is None:
                cand.proposers.add("not_named_near")
            else:
                numbers["named_recency"] = 1.0 / (1 + back)
                cand.proposers.add("named_here" if back == 0 else "named_before")
        out.append(Candidate(names, cand.proposers, numbers))
    return out


# --- status --------------------------------------------------------------------------------

_DEMONSTRATIVE = re.compile(r"^\W*(?:this|that|these|those|such|the\s+(?:claim|figure|number|report|account|toll|"
                            r"estimate|tally|information|statement)(?!s))\b", re.IGNORECASE)


def _caveat_facts(case: Case) -> set[str]:
    """Where the caveats of the article stand from this claim. A caveat that opens with a
    demonstrative ("Those figures could not be verified") is about the sentence just before it;
    one that does not ("It was not possible to verify the claims") may cover the whole report."""
    sentences = case.drafted.article.sentences
    index, paragraph = case.sentence.index, case.sentence.paragraph
    with_claims = {r["sentence"] for r in case.article_rules}
    facts = set()
    for i in case.frame.caveats:
        if i == index:
            # "X said 300, but the figure could not be verified" covers the figure before it;
            # "has not been able to confirm reports that two ..." the one it introduces.
            caveat = attr.unconfirmed_in(case.sentence.text) or ""
            at = case.sentence.text.find(caveat) if caveat else -1
            facts.add("caveat_in_sentence")
            facts.add("caveat_in_sentence_after" if at >= case.claim.end - case.sentence.start else "caveat_in_sentence_before")
            continue
        if i in with_claims:
            continue  # a caveat beside a figure of its own is about that figure
        if i == index + 1:
            facts.add("caveat_follows")
            continue
        if _DEMONSTRATIVE.match(sentences[i].text):
            continue
        if i > index and sentences[i].paragraph == paragraph:
            facts.add("caveat_later_in_paragraph")
        elif i > index and sentences[i].paragraph == paragraph + 1:
            facts.add("caveat_next_paragraph")
        elif i > index and i >= len(sentences) - 2:
            facts.add("caveat_at_end")
        elif i < index and sentences[i].paragraph == paragraph:
            facts.add("caveat_earlier_in_paragraph")
        else:
            facts.add("caveat_elsewhere")
    return facts


_VERIFYING = frozenset(words("verifying_verbs"))


def _under_a_caveat(case: Case) -> bool:
    """Whether the count stands in what a denied verifying verb governs: "could not confirm
    reports that 20 were held", "has not verified claims that 300 died"."""
    span = _claim_span(case)
    if span is None:
        return False
    for verb in span.root.ancestors:
        if verb.lemma_.lower() in _VERIFYING and any(c.dep_ == "neg" for c in verb.children):
            return True
    return False


def status_candidates(case: Case) -> list[Candidate]:
    facts = _caveat_facts(case)
    if case.claim.attributed_to:
        facts.add("has_source")
    if case.draft.hedge:
        facts.add("hedge_word")
    if case.rule["all_sources"] and not case.rule["attributed_to"]:
        facts.add("generic_source")
    # The contract ties status to sources: a named source makes a claim attributed (or
    # unconfirmed), and without one it can only be asserted, hedged or unconfirmed.
    allowed = ("attributed", "unconfirmed") if case.claim.attributed_to else ("asserted", "hedged", "unconfirmed")
    if case.draft.extra.get("caveat_of_another"):
        facts.discard("caveat_in_sentence_after")  # "... aware of several more deaths it could not confirm"
    if "caveat_in_sentence_after" in facts or "caveat_follows" in facts and case.rule["status"] == "unconfirmed":
        # The contract: a figure the same sentence, or the caveat right after it, calls
        # unverified is unconfirmed.
        return [Candidate("unconfirmed", {"caveat_after_figure"})]
    if _under_a_caveat(case):
        return [Candidate("unconfirmed", {"caveat_governs_figure"})]  # "could not confirm reports that 20 ..."
    out = []
    for status in (s for s in STATUSES if s in allowed):
        proposers = {f"is={status}"} | {f"is={status}&{f}" for f in facts}
        if status == case.rule["status"]:
            proposers.add("rule")
        out.append(Candidate(status, proposers))
    return out


# --- keep: is this a claim at all ----------------------------------------------------------

def _paragraph_text(case: Case) -> str:
    return " ".join(s.text for s in case.drafted.article.sentences if s.paragraph == case.sentence.paragraph)


_DEFINITE_OPENING = re.compile(r"(?:The|This|That|These|Those|Its|Their)\s+([a-z]{4,})\b")


def _goes_on_about(case: Case, paragraph: str) -> bool:
    """ "Iraq brought 600 people home from the al-Hol camp ... The camp holds about 40,000
    people": a paragraph that opens on something the text named before goes on about it."""
    m = _DEFINITE_OPENING.match(paragraph)
    if m is None:
        return False
    previous = case.before
    while previous is not None and previous.sentence.paragraph == case.sentence.paragraph:
        previous = previous.before
    if names_people(m.group(1)) and previous is not None and previous.sentence.paragraph == case.sentence.paragraph - 1:
        # "Kyrgyzstan has repatriated 120 of its citizens ... The group included 34 women": the
        # people the paragraph before counted, named again
        return True
    before = case.drafted.article.text[:case.drafted.article.text.find(paragraph)]
    return re.search(rf"\b{m.group(1)}\b", before, re.IGNORECASE) is not None


def keep_candidates(case: Case) -> list[Candidate]:
    c, d = case.claim, case.draft
    frame = case.frame
    if frame.other_words >= GENERAL_NEWS_MIN_WORDS and frame.other_words >= GENERAL_NEWS_RATIO * (frame.scope_words + 1):
        # The contract: out-of-scope text yields no claims. A match report's "army of fans" or a
        # festival's "police deployed" sit among many more words of sport, business or worship.
        return [Candidate(False, {"general_news"})]
    if len(case.drafted.article.text.split()) < SCOPE_MIN_WORDS:
        return [Candidate(True, {"short_text"})]
    if frame.scope_words == 0:
        # A whole text with not one word of war, forces, harm or security is not about them.
        return [Candidate(False, {"no_conflict_word"})]
    if frame.scope_words <= NAMELESS_SCOPE_WORDS and not frame.countries and not frame.parties \
            and not _LETHAL_HARM.search(case.drafted.article.text):
        # A letters page or a campus page with a stray "army of readers" or "fought for": a text
        # about a war or a security matter names a state, a place's country or a party somewhere,
        # or says people were killed or wounded (an interview that names only towns).
        return [Candidate(False, {"names_no_state_or_party"})]
    paragraph = _paragraph_text(case)
    if frame.scope_words <= SPARSE_SCOPE_WORDS and scope_hits(paragraph) == 0 and not find_countries(paragraph) \
            and not party_mentions(paragraph) and not _goes_on_about(case, paragraph):
        # A letters page or a campus news page that mentions a war once: its other paragraphs,
        # which name no country, party or conflict word ("3,000 residents signed the
        # petition"), are not about it.
        return [Candidate(False, {"unrelated_paragraph"})]
    facts = {f"qualifier={c.qualifier}", f"rule_event={case.rule['event']}", f"kind={d.group_kind}"}
    if _generic_group(d):
        facts.add("generic_group")
    if case.rule["attributed_to"]:
        facts.add("has_source")
    sentence_hits = scope_hits(case.sentence.text)
    facts.add(f"sentence_scope={min(sentence_hits, 2)}")
    # How many conflict words the whole text holds, in a few bands: one stray "recruited" in a
    # business story is not a conflict article, whatever its density.
    facts.add(f"article_hits={min(case.frame.scope_words // 2, 3)}")
    numbers = {"article_scope": math.log1p(case.frame.scope), "lede_scope": math.log1p(case.frame.lede_scope),
               "paragraph_scope": math.log1p(scope_hits(_paragraph_text(case))),
               "magnitude": math.log10(max(c.low or c.high or 1, 1)) / 7}
    keep = Candidate(True, {"keep"} | {f"keep&{f}" for f in facts}, numbers)
    return [keep, Candidate(False, {"drop"})]


# --- the decisions, in the order they are made ---------------------------------------------

def _apply_sources(case: Case, value) -> None:
    case.claim.attributed_to = list(value)
    if value and case.claim.cue and case.claim.cue.startswith(value[0] + " "):
        # a generic head the decision names ("The report (A UN report) said"): the cue is its verb
        case.claim.cue = case.claim.cue[len(value[0]) + 1:]
    if value and case.claim.cue is None and case.previous is not None and tuple(value) == case.previous["attributed_to"]:
        case.claim.cue = case.previous["cue"]  # carried from the claim before: so is its attributing word


def _apply_status(case: Case, value) -> None:
    claim = case.claim
    if value == claim.status:
        return
    claim.status = value
    if value == "unconfirmed":
        caveat = next((attr.unconfirmed_in(case.drafted.article.sentences[i].text) for i in case.frame.caveats
                       if i >= case.sentence.index), None)
        claim.cue = caveat or claim.cue
    elif value == "asserted":
        claim.cue = None


@dataclass(frozen=True, slots=True)
class Decision:
    name: str
    candidates: Callable[[Case], list[Candidate]]
    correct: Callable[[Any, dict], bool]
    apply: Callable[[Case, Any], None]


def _correct(field_name: str, claim_key: str) -> Callable[[Any, dict], bool]:
    return lambda value, gold: FIELDS[field_name](gold, {claim_key: list(value) if isinstance(value, tuple) else value})


def _apply_side(case: Case, side) -> None:
    """Fighters of a serving force take the host government's side whichever proposer chose them.
    A state's own soldiers, named without a nationality ("the army says 450 soldiers were
    killed"), come from the state they serve: the side decided, the origin follows it."""
    case.claim.side = _serving_side(case, side) if case.draft.group_kind == "combatant" else side
    if not case.claim.origin and side and case.claim.side == side and re.fullmatch(r"[A-Z]{2}", side) \
            and (_may_be_its_own_soldiers(case, side) or _state_of_the_speaking_forces(case) == side):
        case.claim.origin = [side]


DECISIONS: tuple[Decision, ...] = (
    Decision("event", event_candidates, _correct("event", "event"), lambda c, v: setattr(c.claim, "event", v)),
    Decision("origin", origin_candidates, _correct("origin", "origin"), lambda c, v: setattr(c.claim, "origin", list(v))),
    Decision("side", side_candidates, _correct("side", "side"), _apply_side),
    Decision("attributed_to", source_candidates, _correct("attributed_to", "attributed_to"), _apply_sources),
    Decision("status", status_candidates, _correct("status", "status"), _apply_status),
    Decision("keep", keep_candidates, lambda value, gold: value == (gold is not None), lambda c, v: None),
)


# The context facts each decision's proposers are crossed with: few, so ~450 claims suffice.
CROSSED_CONTEXT = {
    "event": ("generic_group", "kind=", "partitive_whole"),
    "origin": ("generic_group", "rule_origin_empty", "event=", "group_without_country", "same_paragraph_as_previous"),
    "side": ("generic_group", "refers_back", "rule_side_none", "event=", "kind=", "event&kind=", "attack"),
    "attributed_to": ("rule_sources_empty", "links_back", "same_paragraph_as_previous"),
    "status": (),
    "keep": (),
}


def features(case: Case, candidate: Candidate, decision: str) -> dict[str, float]:
    """Named features of one candidate: its proposers, each crossed with the few context facts
    that matter to the decision, and its numeric facts."""
    wanted = CROSSED_CONTEXT.get(decision, ())
    context = [c for c in case.context() if c.startswith(wanted)] if wanted else []
    out: dict[str, float] = {}
    for p in candidate.proposers:
        out[p] = 1.0
        for c in context:
            out[f"{p}|{c}"] = 1.0
    for name, value in candidate.numbers.items():
        out[name] = float(value)
    return out
