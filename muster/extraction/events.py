"""The event a count belongs to — mobilization, casualty, detention, displacement or other —
read from the words that govern it, the most specific winning (data/events.json)."""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from muster.extraction.lexicon import events as lexicon
from muster.extraction.lexicon import people as people_lexicon
from muster.extraction.lexicon import words
from muster.extraction.people import BOUNDS_READ_AS_PREPOSITIONS, EX_WORDS, ex_prefix
from muster.extraction.sides import party_of
from muster.normalize.countries import find_countries

# How far up the parse the governing words are looked for before the sentence as a whole.
MAX_HEAD_STEPS = 4


@cache
def _lemma_events() -> dict[str, str]:
    out: dict[str, str] = {}
    for event in reversed(lexicon()["priority"]):
        for lemma in lexicon()["lemmas"][event]:
            out[lemma] = event
    return out


@cache
def _rank() -> dict[str, int]:
    return {e: i for i, e in enumerate(lexicon()["priority"])}


_PRISON_TERMS = frozenset(words("prison_terms"))


def _of_people_said_to_be(total: Token) -> bool:
    """ "the number of detained journalists", "the number of UN staff held", "the number of Britons
    known to have died": the people a total counts, with a word of their own for what befell them."""
    people = [o for p in total.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    # the parser may hang their clause on the total itself ("the number of Georgians who have died")
    modifiers = [m for o in people for m in o.children] + ([c for c in total.children if c.dep_ in ("acl", "relcl")] if people else [])
    return any(m.dep_ in ("amod", "acl", "relcl") and any(event_of(w) for w in [m, *(x for x in m.children if x.dep_ == "xcomp")])
               for m in modifiers)


def _crosses(token: Token) -> bool:
    return token.lemma_.lower() == "cross" and token.pos_ == "VERB" and (_border_crossed(token) or any(
        c.dep_ == "prep" and c.lower_ in ("into", "over") for c in token.children))


def crosses_as_before(token: Token) -> bool:
    """ "70 of them have crossed the border": crossing with no noun for who crossed is whatever
    the people counted before were doing."""
    return _crosses(token) and not any(t.pos_ in ("NOUN", "PROPN") for t in _leavers(token))


_SEEKING_VERBS = frozenset(words("seeking_verbs"))
_INCLUSIVE_VERBS = frozenset(words("inclusive_verbs"))


def event_of(token: Token) -> str | None:
    lemma, text = token.lemma_.lower(), token.lower_
    if lemma == "leave":
        return _leave_event(token)
    if lemma in ("come", "go", "be") and any(c.lower_ in ("back", "home") for c in token.children):
        return "other"
    if lemma == "send" and any(c.lower_ in ("back", "home") and c.dep_ in ("advmod", "prt", "npadvmod") for c in token.children) \
            and not _to_the_front(token):
        return "other"  # "30,000 were sent back across the border", not "sent back to the front"
    if lemma == "shelter" and _sheltering_fighters(token):
        return None  # "6,000 fighters sheltering in Afghanistan": hiding there, not driven from home
    if lemma == "call" and not any(c.lower_ == "up" for c in token.children):
        return None
    if lemma == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon()["lost_not_lives"]["lemmas"]
                               for c in token.children):
        return None  # "could lose their jobs": not their lives
    if lemma == "lose" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            o.lemma_.lower() in _LEAVING_SERVICE for o in c.children) for c in token.children):
        return "other"  # "lost 21,000 soldiers to desertion": they left, alive
    if lemma == "strong" and not any(c.like_num for c in token.children):
        return None  # "a 4,000-strong force" is its strength; "strong support" is not
    if _serves_a_term(token):
        return "detention"  # "18 were serving life sentences": in prison, not in the forces
    if lemma == "station" and token.pos_ != "VERB":
        return None  # "a radio station", "the police station": a place, not "stationed 500 troops"
    if lemma == "number" and token.pos_ != "VERB" and _of_people_said_to_be(token):
        return None  # "the number of detained journalists": what befell them, not "the rebels number 5,000"
    if lemma == "be" and (among := _among_whom(token)):
        return among  # "14 civilians were among the dead"
    if lemma == "present" and token.pos_ == "VERB":
        return None  # "are present in the district", not "presented the prisoners"
    if lemma == "catch" and any(c.dep_ == "prep" and c.lower_ in ("in", "between", "up") and not _a_time(c)
                                or c.dep_ == "prt" for c in token.children):
        return None  # "caught in the crossfire", "caught up in the fighting": not detained ("in May" is when)
    if lemma == "try" and any(c.dep_ == "xcomp" for c in token.children):
        return None  # "tried to lure them": an attempt, not a trial
    if text == "wound" and any(c.dep_ == "prt" for c in token.children):
        return None  # "have wound up fighting": ended up, not wounded
    if _gives_oneself_up(token):
        return "detention"
    if lemma in _SEEKING_VERBS and (sought := next((e for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                                                    for o in c.children if o.dep_ == "pobj"
                                                    for w in [o, *(m for m in o.children if m.dep_ in ("compound", "amod"))]
                                                    if (e := event_of(w))), None)):
        return sought  # "applied for asylum", "applied for refugee status": they fled
    if lemma == "pass" and _through_a_force(token):
        return "mobilization"
    if _crosses(token):
        # "200,000 Russians have crossed into Kazakhstan": they fled; fighters who cross go to fight;
        # "70 of them have crossed the border" are whatever the people counted before are
        if crosses_as_before(token):
            return None
        return "mobilization" if _a_force_leaves(token) else "displacement"
    return _lemma_events().get(lemma) or _lemma_events().get(text) or _driven_from_home(token) or _still_there(token) \
        or _carried_to_a_front(token)


_GIVING_ONESELF_UP = frozenset(tuple(p.split()) for p in words("giving_oneself_up"))


def _victims_counted_before(noun: Token) -> bool:
    """ "20 of the victims", "of those victims": a share of people the text called victims before,
    which says they were harmed, not how (abducted, killed or driven out)."""
    return noun.lemma_.lower() in _UNSAID_HARM and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)


_UNSAID_HARM = frozenset(words("unsaid_harm_nouns"))


def _sheltering_fighters(verb: Token) -> bool:
    """ "fighters sheltering in Afghanistan", "6,000 of its fighters are sheltering there": the
    ones who shelter are fighters."""
    combatants = people_lexicon()["combatant"]
    sheltering = ([verb.head] if verb.dep_ in ("acl", "relcl") else []) + [c for c in verb.children if c.dep_ == "nsubj"]
    sheltering += [o for t in sheltering for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in combatants for t in sheltering)


def _among_whom(verb: Token) -> str | None:
    """ "were among the dead", "are among the detainees": the people they are counted among say
    what befell them."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            for noun in prep.children:
                if noun.dep_ == "pobj" and (named := _event_of_the_whole(noun)):
                    return named
    return None


def _event_of_the_whole(noun: Token) -> str | None:
    """What befell the people a share is counted among: their noun ("the dead", "the detainees")
    or the clause on it ("those killed", "those who were captured")."""
    named = noun_events({noun.lower_, noun.lemma_.lower()})
    if named:
        return named[0]
    return next((e for c in noun.children if c.dep_ in ("acl", "relcl")
                 and (e := clause_event(c) if c.dep_ == "relcl" else event_of(c))), None)


def fronted_whole(span: Span) -> Token | None:
    """The whole a sentence opens by counting the people after it among ("Among the dead are
    ...", "Among them were ..."); not "Among the refugees, 300 joined the army", where what they
    did is their own."""
    opening = span.sent[0]
    if opening.lower_ != "among" or opening.dep_ != "prep" or opening.head.lemma_ != "be":
        return None
    return next((c for c in opening.children if c.dep_ == "pobj" and c.i < span.start), None)


def fronted_among(span: Span) -> str | None:
    """ "Among the dead are 20,000 volunteers, 15,000 convicts and 11,000 mobilised men": what
    befell the whole a sentence opens by counting among, for every count after it, however the
    parser hangs the list."""
    whole = fronted_whole(span)
    return _event_of_the_whole(whole) if whole is not None else None


def _through_a_force(token: Token) -> bool:
    """ "About 1,000 Georgians have passed through the unit", "through the legion's ranks": people
    who pass through a force have served in it."""
    forces = lexicon()["leave_objects"]["other"]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in forces for p in token.children
               if p.dep_ == "prep" and p.lower_ == "through" for o in p.children)


def _gives_oneself_up(token: Token) -> bool:
    """ "gave themselves up", "turned themselves in": people who hand themselves to their captors
    are held, though neither verb says so alone."""
    return any((token.lemma_.lower(), c.lower_) in _GIVING_ONESELF_UP for c in token.children if c.dep_ == "prt") \
        and any(c.dep_ == "dobj" and c.lower_.endswith(("selves", "self")) for c in token.children)


def _to_the_front(verb: Token) -> bool:
    """ "sent back to the front": the place a verb sends people to is the war."""
    heads = [verb, *(c for c in verb.children if c.lower_ in ("back", "home") and c.dep_ != "xcomp")]  # "sent back to the front"
    return any(o.lemma_.lower() in _FRONT_WORDS for h in heads for p in h.children
               if p.dep_ in ("prep", "dative") and p.lower_ == "to" for o in p.children if o.dep_ == "pobj")


_FRONT_WORDS = frozenset(words("front_words"))


@cache
def _handed_over_words() -> frozenset[str]:
    """Lemmas of a release, a return or an exchange: people carried in such a sentence go home."""
    lex = lexicon()
    return frozenset([*lex["release_lemmas"]["lemmas"], *lex["return_lemmas"]["lemmas"], *lex["exchange_words"]["words"],
                      *lex["receiving_verbs"]["lemmas"]])


def _carried_to_a_front(token: Token) -> str | None:
    """ "Turkey has flown 2,000 fighters to Libya", "were ferried into Syria": people carried to
    a place go there to serve, like those sent; "flown out of Sudan" are evacuated; carried
    "home" or "back", or in a sentence about a release or a swap, the sentence's other words say
    what happened."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon()["carrying_verbs"]["lemmas"]:
        return None
    moves = [c for c in token.children if c.dep_ in ("advmod", "prt", "prep", "npadvmod")]
    if any(c.lower_ in ("home", "back", "away", "from") for c in moves):
        return None
    if any(c.lower_ == "out" for c in moves):
        return "displacement"
    if any(t.lemma_.lower() in _handed_over_words() for t in token.sent):
        return None  # "the 270 soldiers it received were flown to Minsk": freed, not sent to fight
    if any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in token.children):
        return "mobilization"
    return None


def _still_there(token: Token) -> str | None:
    """ "5,000 fighters remained in Belarus", "30 Kosovars are still in Syria", "stayed on in
    Marawi": a force that stays in a named place is there, in the field; "still under the
    rubble" or "remain in captivity" name no place and say nothing here."""
    lemma = token.lemma_.lower()
    if lemma not in ("remain", "stay", "be") or lemma == "be" and not any(c.lower_ == "still" for c in token.children):
        return None
    places = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")
              for o in p.children if o.dep_ == "pobj"]
    if any(o.pos_ == "PROPN" and o.ent_type_ in ("GPE", "LOC") for o in places):
        return "detention" if _of_held_people(token.sent) else "mobilization"
    if any(o.lemma_.lower() in _HELD_PLACES for o in places):
        return "detention"  # "20,000 Iraqis remain in the camp", "stay in prison": still held
    if any(o.lemma_.lower() in _FORMATIONS for o in places):
        return "mobilization"  # "another 18 remain in Russian units", "stayed in the army": still serving
    return None


_HELD_PLACES = frozenset(words("held_places"))
_FORMATIONS = frozenset(lexicon()["military_formations"]["lemmas"])


def _of_held_people(sentence: Span) -> bool:
    """ "Of the 251 people taken hostage, 59 remain in Gaza": a share of people held who are
    still in a place are still held there."""
    if sentence[0].lower_ != "of":
        return False
    for token in sentence:
        if token.text == ",":
            return False
        if event_of(token) == "detention":
            return True
    return False


def _driven_from_home(token: Token) -> str | None:
    """ "forced from their homes", "driven out of their villages", "chased from the town": a verb
    that by itself names no event, moving people from where they live, displaces them, unless
    it takes them there to fight."""
    if token.pos_ != "VERB":
        return None
    homes = lexicon()["leave_objects"]["displacement"]
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "out"):
            continue
        objects = [o for p in [prep, *(c for c in prep.children if c.lower_ == "of")] for o in p.children if o.dep_ == "pobj"]
        # not "fighters from nine countries": a count of countries says where people come from
        if any((o.lemma_.lower() in homes or o.lower_ in homes)
               and not (o.lemma_.lower() == "country" and any(c.dep_ == "nummod" for c in o.children)) for o in objects):
            if any(c.dep_ in ("xcomp", "advcl") and event_of(c) == "mobilization" for c in token.children):
                return "mobilization"  # "lured away from their homes to join the group": they went to fight
            return "displacement"
    return None


def _leave_event(token: Token) -> str:
    objects = lexicon()["leave_objects"]
    if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() != "leave" and event_of(c) == "mobilization"
           for c in token.children):
        return "mobilization"  # "left the country to fight for ...": they went to fight
    for child in token.children:
        if child.dep_ == "dobj":
            if child.lemma_.lower() in objects["other"]:
                return "other"
            if child.lemma_.lower() in objects["displacement"] or child.pos_ == "PROPN" and _a_place(child, token):
                # "100,000 Armenians have left Karabakh": they fled it; "a force of 2,000 troops
                # left the province": it withdrew
                return "other" if _a_force_leaves(token) else "displacement"
    return "mobilization"


def _border_crossed(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _BOUNDARIES for c in verb.children)


_BOUNDARIES = frozenset(words("crossed_boundaries"))


def _a_force_leaves(verb: Token) -> bool:
    """Whether those who leave are troops or fighters ("a force of 2,000 troops", "the soldiers")."""
    return any(t.lemma_.lower() in _FORCE_WORDS or t.lower_ in _FORCE_WORDS for t in _leavers(verb))


# Fighters and soldiers, not the plain "men" or "nationals" a war story may also call them.
_FORCE_WORDS = (frozenset(people_lexicon()["combatant"]) | frozenset(people_lexicon()["military"])) \
    - frozenset(people_lexicon()["neutral"])


def _leavers(verb: Token) -> list[Token]:
    """The subject of a verb of leaving, and the people of its "of" ("a force of 2,000 troops")."""
    leavers = [c for c in verb.children if c.dep_ == "nsubj"]
    return leavers + [o for c in leavers for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]


def _a_place(name: Token, verb: Token) -> bool:
    """A place fled: left for the leavers' own country ("Armenians left Karabakh for Armenia"),
    or, with no destination, a town or region ("100,000 Armenians left Karabakh") or any place
    by civilians ("2,000 civilians left Mariupol"). People who leave their country for another
    ("300 left Germany for Syria") mostly go to fight there."""
    leavers = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ in ("relcl", "acl") else [])
    own = {m.code for t in leavers for m in find_countries(t.text)}
    bound_for = [o for p in [*verb.children, *name.children] if p.dep_ == "prep" and p.lower_ in ("for", "to")
                 for o in p.children if o.dep_ == "pobj"]
    if bound_for:
        return any(m.code in own for o in bound_for for m in find_countries(o.text))
    # a town or a region left with no destination ("100,000 Armenians left Karabakh") was fled;
    # a country, by other than civilians, was mostly left to fight elsewhere
    return not find_countries(name.text) or any(t.lemma_.lower() in _CIVILIANS or t.lower_ in _CIVILIANS for t in leavers)


_CIVILIANS = frozenset(people_lexicon()["civilian"])


WAR_CAPTIVITY = re.compile(r"\b(?:" + "|".join(lexicon()["war_captivity"]["stems"]) + ")", re.IGNORECASE)


def _said_of_them(verb: Token) -> str | None:
    """ "who fought for Russia and were taken prisoner", "and were later declared missing": what a
    verb's complement says befell them."""
    return next((e for c in verb.children if c.dep_ in ("oprd", "acomp") and (e := event_of(c))), None)


def _best(found: list[str]) -> str | None:
    return min(found, key=_rank().__getitem__) if found else None


def caption_event(caption: Span) -> str | None:
    """The event a table's caption names for its rows ("volunteers killed in action by country:").
    One that only says where the people came from ("The largest groups came from:") lists those
    who came: arrivals."""
    named = _best([e for t in caption if (e := event_of(t))])
    if named is None and any(t.lemma_.lower() in _ORIGIN_VERBS and any(c.lower_ == "from" for c in t.children) for t in caption):
        return "mobilization"
    return named


_ORIGIN_VERBS = frozenset(words("from_verbs"))


def is_partitive_whole(anchor: Token) -> bool:
    """ "85 of the 300 recruits ... were killed", "12 out of 40 soldiers", "Of the 900 men who
    enlisted, 230 deserted": the whole a part is taken from. What happened to the part is not
    what happened to the whole, so the whole's event comes from its own words only."""
    prep = anchor.head
    if anchor.dep_ == "pobj" and prep.lower_ == "among" and prep.head.pos_ in ("NOUN", "NUM"):
        return True  # "casualties among the thousands of volunteers", "two among the 300 recruits"
    if anchor.dep_ != "pobj" or prep.lower_ != "of":
        return False
    if prep.head.lower_ == "out":
        return True  # "12 out of 40 soldiers", "out of the 500 who volunteered"
    owner = prep.head
    return owner.like_num or owner.tag_ == "CD" or owner.lemma_.lower() in _FRACTIONS or prep.i == anchor.sent.start


_FRACTIONS = frozenset(words("fraction_words"))
_SHARE_PRONOUNS = frozenset(words("reference_pronouns"))


def counts_a_whole(span: Span, anchor: Token | None = None) -> bool:
    """Whether the number of `span` counts the whole of a partitive (not its part)."""
    if anchor is None:
        anchor = span.root.head if span.root.dep_ == "nummod" else span.root
    if span.root.dep_ == "pobj" and span.root.head.lower_ == "among":
        return is_partitive_whole(span.root)  # "casualties among the thousands of volunteers"
    if _in_opening_whole(span):
        return True
    return anchor.left_edge.i <= span.start <= anchor.right_edge.i and is_partitive_whole(anchor)


def _in_opening_whole(span: Span) -> bool:
    """ "Of roughly 5,000 Europeans who travelled, about a third have come back": a count before
    the first comma of a sentence that opens with "Of" is the whole, however the parser hung it."""
    sentence = span.sent
    if sentence[0].lower_ != "of":
        return False
    comma = next((t.i for t in sentence if t.text == ","), None)
    return comma is not None and span.end <= comma


def predicate_after_participle(verb: Token) -> Token | None:
    """ "33 Nepalis recruited into the Russian army have been killed": the parser may take the
    participle for the verb of its subject and hang the real one on it as a conjunct, with no
    "and" between; that conjunct, with its own auxiliary, is what befell them."""
    if verb.tag_ != "VBD" or any(c.dep_ == "cc" for c in verb.children) \
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                 and any(g.dep_ in ("aux", "auxpass") for g in c.children)), None)


def event_for(span: Span, noun: Token | None, subject: Token, reporting: set[int]) -> str | None:
    """Words that govern the counted people: the noun itself and its modifiers, its relative
    clause, and the verbs above it up to a reporting verb. Failing those, the nearest event
    word of the sentence; None when nothing says (the caller may take the referent's)."""
    found: list[str] = []
    described: list[str] = []  # what a participle on them says befell them before ("Afghans deported from Iran")
    anchor = noun if noun is not None else subject
    own = event_of(noun) if noun is not None else None  # what the noun says they are ("recruits", "refugees")
    for token in [anchor, *anchor.children, *share_clauses(anchor)]:
        if token.i in range(span.start, span.end):
            continue
        if said_of_a_part(token) and span.root.i not in {t.i for t in token.subtree}:
            continue
        if token.i == anchor.i and noun is not None:
            continue  # the noun's own event is what they were, weighed below
        if token.dep_ == "amod" and token.lemma_.lower() in lexicon()["describing_modifiers"]["lemmas"]:
            continue  # "retired soldiers": what they were
        if token.i == anchor.i or token.dep_ in ("amod", "acl", "relcl", "acomp", "compound", "oprd"):
            # "600 men deported from Pakistan have joined": a participle on the noun, which the tagger may call a past tense
            into = described if token.dep_ == "acl" and token.tag_ in ("VBN", "VBD") and token.i > anchor.i else found
            event = clause_event(token) if token.dep_ == "relcl" else event_of(token)
            if event:
                into.append(event)
            if token.dep_ in ("relcl", "acl"):
                # "people taken hostage", "fighters sent to fight": what the clause did to them
                into += [e for c in token.children if c.dep_ in ("xcomp", "advcl", "conj", "prt")
                         or c.dep_ in ("dobj", "oprd") and token.dep_ == "acl" and token.tag_ in ("VBN", "VBD")
                         for e in [event_of(c) or _said_of_them(c) if c.dep_ == "conj" else event_of(c)] if e]
    steps = 0
    whole = counts_a_whole(span, anchor)
    # "3 million were uprooted, including 40,000 who joined the militias": a part's own clause
    # says what befell it; the verb above is the whole's
    own_clause = bool(found or described) and anchor.dep_ == "pobj" and anchor.head.lower_ in _PART_PREPOSITIONS
    on_the_noun = len(found)
    # "33 died fighting for Russia and five have been captured": the parser may hang "five" on
    # "Russia"; the verb after it, which has no subject of its own, is what befell them
    orphaned = _orphaned_subject(anchor)
    part = _semicolon_part(span)
    # "Russian forces, numbering about 2,500, have been accused of abuses": the count gives the
    # size of the noun it describes, and what the sentence says befell them is not about the count
    sized = noun is not None and any(c.dep_ == "acl" and c.lemma_.lower() in lexicon()["holding_verbs"]["lemmas"]
                                     and span.root.i in {t.i for t in c.subtree} for c in anchor.children)
    for came_from, token in () if whole or own_clause or orphaned or sized else _steps_up(anchor):
        if not part.start <= token.i < part.end:
            break  # "110 are children; the men were arrested": the parser hung one clause on the next
        said_of_them = [e for c in token.children if c.dep_ in ("oprd", "acomp") and (e := event_of(c))]
        if token.i in reporting and said_of_them:
            found += said_of_them  # "40 volunteers confirmed dead", "were reported missing"
            break
        if token.i in reporting or steps >= MAX_HEAD_STEPS:
            break
        if counts_the_dead(token):
            found.append("casualty")  # "the bodies of 12 fighters were recovered"
            break
        if came_from.dep_ == "nsubj":
            token = predicate_after_participle(token) or token
        if (found or own) and token.lemma_.lower() in lexicon()["receiving_verbs"]["lemmas"]:
            break  # "welcomed 500 recruits": the noun's own event stands
        if acted(token, came_from):
            found.append("mobilization")  # "500 troops hold the bridge", "killed by 300 attackers"
            break
        if held(token, came_from):
            found.append("detention")  # "were sent to prison", "remain in jail", "opened cases against 37"
            break
        if (whole := included_in(token, came_from)):
            found.append(whole)
            break
        if (total := _total_grown_to(token, came_from)):
            found.append(total)  # "its losses had risen to 1,200 soldiers": what the total counts
            break
        event = event_of(token) or released(token, came_from)
        if event:
            found.append(event)
            for child in token.children:
                if child.dep_ in ("xcomp", "advcl", "acomp", "oprd", "prt", "dobj") and child.i not in reporting \
                        and child.i != anchor.i and not _about_others(child):
                    child_event = event_of(child)
                    if child_event:
                        found.append(child_event)
            if token.pos_ in ("VERB", "AUX"):
                break
        elif token.pos_ == "VERB" and came_from.dep_ in ("dobj", "nsubj") and (made_to := [
                e for c in token.children if c.dep_ == "xcomp" and (e := event_of(c))]):
            # "forced 5,000 people to flee", "made hundreds of men fight": what they were made to
            # do; "17 ended up fighting for Russia": what they came to do
            found += made_to
            break
        elif token.pos_ == "VERB" and any(c.dep_ in COMPLEMENTS and event_of(c) for c in token.children):
            # "suffered heavy casualties", "40 Nepalis confirmed dead", "presumed missing"
            found += [event_of(c) for c in token.children if c.dep_ in COMPLEMENTS and event_of(c)]
            break
        if token.dep_ in ("conj", "advcl") and token.pos_ in ("VERB", "AUX") and came_from.dep_ in ("nsubj", "nsubjpass"):
            # "100 were killed and some 200 are believed to be in camps": the clause before is
            # another's; so is the main clause over "as tens of thousands queued to flee"
            break
        steps += 1
    found += [] if whole or sized else predicate_events(span, noun)
    if len(found) == on_the_noun or "casualty" in described:
        # "1,000 Afghans deported from Iran joined the army": what they did now is the news;
        # what the participle says befell them counts when nothing else does, or when it harmed them
        found += described
    if noun is not None:
        what_they_were = noun_events({noun.lemma_.lower(), noun.lower_})  # "64 bodies", "40 refugees"
        what_they_were += [own] if own and noun.i not in range(span.start, span.end) else []
        if _victims_counted_before(noun):
            what_they_were = []  # "20 of the victims were rescued": whatever befell the people counted before
        if set(what_they_were) <= {"displacement", "detention"} and "casualty" not in found and _enlisted(noun):
            what_they_were = ["mobilization"]  # "recruited 300 refugees", "signed up 50,000 prisoners": what was done to them
        if found and _no_longer(noun):
            what_they_were = []  # "300 former prisoners joined the army": what they were is over
        found += what_they_were
    people = _counted_tokens(noun, subject)
    if any(returning(t) for t in people) and not {"casualty", "detention"} & set(found) or any(kept_from_going(t) for t in people):
        return "other"
    best = _best(found + [e for e in [fronted_among(span)] if e])
    sentence = span.sent
    if best in (None, "other") and _detention_context(sentence) and not whole:
        return "detention"
    if best or whole:
        return best
    return _nearest_in_sentence(span, reporting)


_PART_PREPOSITIONS = frozenset(words("part_prepositions"))


def in_custody(verb: Token) -> bool:
    """ "were sent to prison", "remain in jail", "were taken into custody": a verb of placing or
    staying whose place is one of detention (data/events.json, committal_verbs)."""
    if verb.lemma_.lower() not in lexicon()["committal_verbs"]["lemmas"]:
        return False
    return any(event_of(o) == "detention" for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "in", "into", "behind")
               for o in p.children if o.dep_ == "pobj")


def _orphaned_subject(anchor: Token) -> bool:
    """A number the parser joined to the noun before it ("fighting for Russia and five have been
    captured") that an auxiliary follows, whose verb has no subject: the number is its subject."""
    if anchor.dep_ != "conj" or anchor.i + 1 >= len(anchor.doc):
        return False
    after = anchor.doc[anchor.i + 1]
    return after.dep_ in ("aux", "auxpass") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.head.children)


def _no_longer(noun: Token) -> bool:
    """ "former prisoners", "ex-refugees": people the noun names as they were before."""
    return ex_prefix(noun) is not None or any(c.dep_ == "amod" and c.lower_ in EX_WORDS for c in noun.children)


def _enlisted(noun: Token) -> bool:
    """ "recruited 300 refugees", "2,000 prisoners were signed up to fight": a verb of enlisting
    right above the people, or its "to fight" below it; arriving or being sent is not enough
    ("30 refugees arrived")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ("dobj", "nsubjpass", "nsubj"):
        noun = noun.head.head  # "recruited hundreds of Afghan refugees", "signed up dozens of prisoners"
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in BOUNDS_READ_AS_PREPOSITIONS and verb.head.pos_ == "VERB":
        verb = verb.head  # "recruited between 3,000 and 5,000 refugees": the bound read as a preposition
    elif noun.dep_ not in ("dobj", "nsubjpass", "nsubj") or verb.pos_ != "VERB":
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl"))]
    return any(v.lemma_.lower() in _ENLISTING for v in verbs)


_ENLISTING = frozenset(words("enlisting_verbs"))


# What a verb says of its object or subject: "suffered casualties", "were confirmed dead".
COMPLEMENTS = ("dobj", "oprd", "acomp")


def said_of_a_part(clause: Token) -> bool:
    """ "five protesters, two of whom were injured", "40 hostages, most of whom had been held":
    a relative clause whose subject is a share of its noun says what befell that share only."""
    return clause.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(p.dep_ == "prep" and p.lower_ == "of"
                                                   and any(o.lower_ in ("whom", "which") for o in p.children)
                                                   for p in c.children)
        for c in clause.children)


def share_clauses(anchor: Token) -> list[Token]:
    """ "147 of these getting killed", "40 of them being held": a clause on the pronoun of a
    share is said of the share."""
    return [t for p in anchor.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and o.lower_ in _SHARE_PRONOUNS for t in o.children if t.dep_ in ("acl", "relcl")]


def counts_the_dead(token: Token) -> bool:
    """ "the bodies of", "the remains of": an 'of' whose people are dead, whatever is done with them."""
    return token.lower_ == "of" and bool({token.head.lemma_.lower(), token.head.lower_} & set(lexicon()["remains_nouns"]["lemmas"]))


def noun_events(forms: set[str]) -> list[str]:
    """Events a noun names by itself ("bodies", "refugees", "prisoners"), given its written forms."""
    return [e for e, nouns in people_lexicon()["event_nouns"].items() if forms & set(nouns)]


# Words read after the counted phrase before its predicate is given up on.
PREDICATE_REACH = 5


# The words after a count that open a part of it: "24 hostages, including 13 Israelis", "59
# hostages, of whom 35 are dead".
PART_WORDS = r"including|among them|among whom|of whom|of which"
_PART_OPENER = re.compile(rf"\b(?:{PART_WORDS})\b[^.;]*\d", re.IGNORECASE)


def opens_a_part(text: str) -> bool:
    """Whether `text`, written after a count, opens a part of it that has a number of its own."""
    return bool(_PART_OPENER.search(text))


def _about_others(clause: Token) -> bool:
    """ "250 have returned, while some 100 were killed": a clause with a subject of its own
    tells what befell others."""
    return clause.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def predicate_events(span: Span, noun: Token | None) -> list[str]:
    """Events of the predicate that follows the counted phrase in word order: "six soldiers
    serving abroad had been killed", "at least 13 have died", "four are prisoners of war".
    Read linearly because the small parser often hangs such a predicate on another clause;
    only a finite verb group right after the phrase counts, so objects ("sent 200 troops to
    fight") are left to the parse."""
    sentence = span.sent
    if noun is None and span.root.dep_ == "nummod" and span.root.head.pos_ in ("NOUN", "PROPN"):
        noun = span.root.head
    phrase = noun if noun is not None and noun.i >= span.start else span.root
    end = max(span.end, phrase.i + 1, min(phrase.right_edge.i + 1, sentence.end))
    if opens_a_part(span.doc[span.end:end].text):
        return []  # "59 hostages, of whom about 35 are dead": the predicate is the part's
    found: list[str] = []
    verbs_seen = 0
    copula = False
    read = 0
    for token in span.doc[end:sentence.end]:
        if token.pos_ == "ADV" or token.dep_ == "neg" or token.tag_ == "TO" and verbs_seen:
            continue  # "appeared to have died", "are thought to have been killed": the infinitive goes on
        read += 1
        if read > PREDICATE_REACH:
            break
        if token.pos_ == "AUX" or (token.pos_ == "VERB" and (verbs_seen or token.tag_ in ("VBD", "VBZ", "VBP", "VBN"))):
            token = predicate_after_participle(token) or token
            copula = token.lemma_ == "be"
            event = None if token.pos_ != "VERB" else "mobilization" if done_by_subject(token) else event_of(token)
            found += [event] if event else []
            verbs_seen += 1
            continue
        # "were killed", "are prisoners of war", "were taken hostage": the verb, or what it makes them
        if verbs_seen and (copula or token.dep_ in ("oprd", "acomp")) and token.pos_ in ("ADJ", "NOUN", "PROPN", "DET"):
            if token.pos_ == "DET":
                continue
            event = event_of(token)
            found += [event] if event else noun_events({token.lemma_.lower(), token.lower_, token.lower_.removesuffix("s")})[:1]
        break
    return found


def _steps_up(token: Token):
    """Each ancestor of `token` with the child it was reached through."""
    while token.head.i != token.i:
        yield token, token.head
        token = token.head


def is_harm(verb: Token) -> bool:
    return event_of(verb) in ("casualty", "detention") and not _serves_a_term(verb)


def _serves_a_term(verb: Token) -> bool:
    """ "18 were serving life sentences": held, which is done to them, not by them to others."""
    return verb.lemma_.lower() == "serve" and any(c.dep_ == "dobj" and c.lemma_.lower() in _PRISON_TERMS for c in verb.children)


def done_by_subject(verb: Token) -> bool:
    """ "200 militants killed 30 villagers", "500 troops hold the bridge", "fighters who seized
    the airport": a verb of harm or capture in the active voice with an object of its own is what
    its subject did to others (data/events.json, agent_verbs). A headline's "12 citizens killed
    fighting for Russia" has no such object: the parser took the gerund for one."""
    return is_harm(verb) and verb.tag_ != "VBN" \
        and verb.lemma_.lower() not in lexicon()["agent_verbs"]["undergoer_lemmas"] \
        and any(c.dep_ == "dobj" and not c.lower_.endswith(("self", "selves", "ing")) for c in verb.children)


def did_it(verb: Token, came_from: Token) -> bool:
    """Whether the people reached through `came_from` (their subject, or the "by" of a passive)
    are the ones who did the harm or capture that `verb` names."""
    return came_from.dep_ == "nsubj" and done_by_subject(verb) or came_from.dep_ == "agent" and is_harm(verb)


# What a force loses men to that is not death ("lost 2,000 soldiers to desertion and defections")
_LEAVING_SERVICE = frozenset(lexicon()["lost_to_leaving"]["lemmas"])


def acted(verb: Token, came_from: Token) -> bool:
    """Whether the people reached through `came_from` act as fighters in what `verb` says: they did
    the harm, they are a party's strength, or they back it."""
    return did_it(verb, came_from) or held_force(verb, came_from) or backed_by(verb, came_from)


def backed_by(verb: Token, came_from: Token) -> bool:
    """ "the army, supported by 2,000 Burundian soldiers", "backed by 800 mercenaries": those who
    back a party fight beside it, whatever the clause it stands in goes on to say."""
    return came_from.dep_ == "agent" and verb.lemma_.lower() in SUPPORTING_VERBS


SUPPORTING_VERBS = frozenset(words("supporting_verbs"))


def held_force(verb: Token, came_from: Token) -> bool:
    """ "the group has about 5,000 fighters", "fields 40,000 troops": fighters a party has (the
    verb's object, reached from the counted noun) are its strength, which is mobilization."""
    held = came_from
    if came_from.dep_ == "prep" and came_from.lower_ in BOUNDS_READ_AS_PREPOSITIONS:
        # "had between 70,000 and 100,000 fighters": the parser may read the bound as a preposition
        held = next((o for o in came_from.children if o.dep_ == "pobj"), came_from)
    if not ((held.dep_ == "dobj" or held is not came_from) and verb.lemma_.lower() in lexicon()["holding_verbs"]["lemmas"]):
        return False
    if {held.lemma_.lower(), held.lower_} & set(people_lexicon()["combatant"]):
        return True
    # "The ELN, which has an estimated 5,800 members": an armed group's members are its strength
    return held.lemma_.lower() in _MEMBERS and _an_armed_group(next((c for c in verb.children if c.dep_ == "nsubj"), None))


_MEMBERS = frozenset(words("member_nouns"))


def _an_armed_group(subject: Token | None) -> bool:
    """Whether the subject names an armed group that is not a state ("the ELN, which has ...")."""
    if subject is not None and subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "the ELN, which has ...": the noun the clause hangs on
    if subject is None:
        return False
    party = party_of(subject.doc[subject.left_edge.i:subject.i + 1].text)
    return party is not None and not re.fullmatch(r"[A-Z]{2}", party)




def clause_events_on(token: Token) -> list[str]:
    """What the count's own relative clause says they did: "including 600,000 who fled to Chad"."""
    return [e for c in token.children if c.dep_ == "relcl" and not said_of_a_part(c) and (e := clause_event(c))]


_BELIEF_VERBS = frozenset(words("belief_verbs"))


def clause_event(clause: Token) -> str | None:
    """The event a relative clause says of the people it describes: "the 300 fighters who seized
    the town" fought; "the 40 men whom the police held" were detained."""
    by_them = any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in clause.children)
    if by_them and done_by_subject(clause):
        return "mobilization"
    said = next((c for c in clause.children if c.dep_ == "ccomp"), None) if clause.lemma_.lower() in _BELIEF_VERBS else None
    if said is not None and not any(t.like_num for t in said.subtree):
        # "including 34 it believes are dead": what the clause's speaker says of them (not "of whom
        # the army believes 20 are dead", which speaks of a part)
        return event_of(said) or next((e for c in said.children if c.dep_ in ("acomp", "attr", "oprd") and (e := event_of(c))), None)
    return event_of(clause)


def event_over(token: Token, came_from: Token | None) -> str | None:
    """The event a word above the counted people says of them, given the child it was reached through."""
    if came_from is not None and acted(token, came_from):
        return "mobilization"
    if came_from is not None and (whole := included_in(token, came_from)):
        return whole
    if came_from is not None and (total := _total_grown_to(token, came_from)):
        return total
    if held(token, came_from):
        return "detention"
    return event_of(token) or (released(token, came_from) if came_from is not None else None)


def _total_grown_to(verb: Token, came_from: Token) -> str | None:
    """ "its losses had risen to 1,200 soldiers", "the toll reached 300 people": the event of the
    total that a verb of growing or reaching takes to the count."""
    total = total_grown_to(verb, came_from)
    return noun_events({total.lower_, total.lemma_.lower()})[0] if total is not None else None


def total_grown_to(verb: Token, came_from: Token) -> Token | None:
    """The total ("losses", "toll") a verb of growing or reaching takes to the count it was
    reached from, when that total names an event."""
    if came_from.dep_ == "prep" and came_from.lower_ == "at" and verb.lemma_.lower() == "stand":
        return _eventful_subject(verb)  # "Israel's own losses stand at about 80 soldiers"
    if not (came_from.dep_ == "prep" and came_from.lower_ == "to" or came_from.dep_ == "dobj" and verb.lemma_.lower() == "reach"):
        return None
    if verb.lemma_.lower() not in _GROWING and verb.lemma_.lower() != "reach":
        return None
    return _eventful_subject(verb)


def _eventful_subject(verb: Token) -> Token | None:
    """The subject of `verb` when it is a noun that names what befell people ("the victims",
    "its losses", "the dead")."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and noun_events({c.lower_, c.lemma_.lower()})), None)


_GROWING = frozenset(words("growing_verbs"))


def included_in(verb: Token, came_from: Token) -> str | None:
    """ "the victims included 20 women and seven children", "the dead include 12 soldiers": the
    whole the people are part of says what befell them."""
    whole = _eventful_subject(verb) if came_from.dep_ == "dobj" and verb.lower_ in _INCLUSIVE_VERBS else None
    return noun_events({whole.lower_, whole.lemma_.lower()})[0] if whole is not None else None


def held(token: Token, came_from: Token | None) -> bool:
    """Whether the word above the counted people puts them in custody: a place of detention, a
    legal case, or a taking away."""
    return in_custody(token) or prosecuted(token, came_from) or taken_away(token, came_from)


def taken_away(verb: Token, came_from: Token | None) -> bool:
    """ "30 men were taken away", "gunmen led 12 villagers away": people taken off are seized."""
    return verb.lemma_.lower() in lexicon()["taking_away_verbs"]["lemmas"] and came_from is not None \
        and came_from.dep_ in ("dobj", "nsubjpass") and any(c.lower_ == "away" for c in verb.children)


def prosecuted(token: Token, came_from: Token | None) -> bool:
    """ "opened cases against 37 citizens", "proceedings against 12 men": people a legal step is
    taken against are prosecuted (data/events.json, legal_action_nouns); "handed down sentences
    to 25 volunteers": people a penalty is given to are convicted (penalty_nouns)."""
    if token.lower_ not in ("against", "to") or came_from is None or came_from.dep_ != "pobj":
        return False
    legal = lexicon()["legal_action_nouns" if token.lower_ == "against" else "penalty_nouns"]["lemmas"]
    head = token.head  # "cases against 37", or "opened cases against 37", "a case was opened against 40"
    return head.lemma_.lower() in legal or head.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in legal for c in head.children)


def released(verb: Token, came_from: Token) -> str | None:
    """ "agreed to free 1,900 prisoners", "40 detainees were released": people let go were held."""
    if came_from.dep_ not in ("dobj", "nsubjpass"):
        return None
    lemma = verb.lemma_.lower()
    # the particle, which the parser may hang on the number instead ("handed over 150 soldiers")
    particles = [c for c in verb.children if c.dep_ == "prt"] + list(verb.doc[verb.i + 1:verb.i + 2])
    if lemma in lexicon()["release_lemmas"]["lemmas"] or any(
            f"{lemma} {p.lower_}" in lexicon()["release_lemmas"]["phrasal"] for p in particles):
        return "detention"
    return None


def went_nowhere(noun: Token | None, subject: Token) -> bool:
    """Coming home, or kept from going: the verb over the counted people (the noun, or in "40 of
    the volunteers have come home" the number that is the subject) says they went nowhere."""
    return any(returning(t) or kept_from_going(t) for t in _counted_tokens(noun, subject))


def _counted_tokens(noun: Token | None, subject: Token) -> list[Token]:
    """The tokens a verb over the counted people may govern: the noun, and the number where it
    is the subject of its own ("40 of the volunteers have come home")."""
    return [subject] if noun is None or subject.i == noun.i else [noun, subject]


def _a_time(prep: Token) -> bool:
    """ "in May", "in the last six months": a preposition that says when."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def kept_from_going(anchor: Token) -> bool:
    """ "prevented 17,000 people from leaving", "stopped 300 recruits from crossing": the verb
    over the counted people keeps them from what the rest of the sentence says."""
    verb = anchor.head
    # "from crossing", or "stopped 300 men trying to leave the country": what they tried
    return verb.lemma_.lower() in lexicon()["prevented_lemmas"]["lemmas"] and anchor.dep_ in ("dobj", "nsubjpass") \
        and any(c.dep_ == "prep" and c.lower_ == "from" or c.dep_ == "acl" and c.lemma_.lower() in ("try", "attempt", "seek")
                for c in [*verb.children, *anchor.children])


def returning(anchor: Token) -> bool:
    """ "fighters who have returned from Syria", "30 women were flown back", "brought back 40
    orphans": a verb of coming home that governs the counted people directly (their clause, or the verb they are subject of)."""
    lemmas = set(lexicon()["return_lemmas"]["lemmas"])
    anchor = sharing_fate(anchor)
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "including" and anchor.head.head.pos_ in ("NOUN", "PROPN"):
        anchor = anchor.head.head  # "Twenty citizens, including 13 children, arrived home": the part comes home with the whole
    governors = [c for c in anchor.children if c.dep_ in ("relcl", "acl")]
    head = anchor.head if anchor.dep_ in ("nsubj", "nsubjpass", "dobj") else None  # "France repatriated 25 children"
    if anchor.dep_ == "pobj" and anchor.head.lower_ in _ACCOMPANYING:
        verb = anchor.head.head.head if anchor.head.head.lower_ == "along" else anchor.head.head
        head = verb if verb.pos_ in ("VERB", "AUX") else None
    if head is not None:
        # "have been discharged and returned home": a verb joined to theirs without a subject of its own
        governors += [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                              and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))]
    for verb in governors:
        # "came back", "come home", "come back home": home is back
        particle = "back" if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "home") for c in verb.children) else ""
        if (verb.lemma_.lower() in lemmas or f"{verb.lemma_.lower()} {particle}".strip() in lemmas) \
                and not _to_fight(verb):
            return True
        # "arrived in Skopje after being repatriated from camps in Syria": an arrival that a
        # return brought about is that return
        if verb.lemma_.lower() in _ARRIVING and any(
                c.dep_ == "prep" and c.lower_ in ("after", "following") and any(
                    p.lemma_.lower() in lemmas or p.lemma_.lower() in _RETURN_NOUNS for p in c.subtree)
                for c in verb.children):
            return True
    return False


_ARRIVING = frozenset(words("arriving_verbs"))
_RETURN_NOUNS = frozenset(words("return_nouns"))


def _to_fight(verb: Token) -> bool:
    """ "flew home to join their units", "came back to fight": coming home to take up arms."""
    return any(c.dep_ in ("xcomp", "advcl") and event_of(c) == "mobilization" for c in verb.children)


_ACCOMPANYING = frozenset(words("accompanying_prepositions"))


def sharing_fate(token: Token) -> Token:
    """ "20 women and 35 children were repatriated": people joined by "and" to the first group
    of a list stand where it stands in the sentence."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _detention_context(sentence: Span) -> bool:
    text = sentence.text.lower()
    return any(k in text for k in lexicon()["detention_context"])


def _nearest_in_sentence(span: Span, reporting: set[int]) -> str | None:
    """The event word nearest the count, within its own clause if that names one ("100 were killed
    and some 200 are believed to be in prisons": the prisons, not the killing)."""
    clause = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"), None)
    if clause is not None and clause.dep_ == "conj":
        own = _nearest_among(span, reporting, clause.subtree)
        if own or span.root.head.i == clause.i and span.root.dep_ in ("nsubj", "nsubjpass"):
            # "nine had died and about 20 were awaiting discharge": a clause with the count as its
            # own subject says what befell it, or nothing does
            return own
    return _nearest_among(span, reporting, _semicolon_part(span))


def _semicolon_part(span: Span) -> Span:
    """The part of the sentence between the semicolons around the count: "110 are children and
    32 women; the men were arrested" says nothing of the children's arrest."""
    sentence = span.sent
    marks = [t.i for t in sentence if t.text == ";"]
    start = max([m + 1 for m in marks if m < span.start], default=sentence.start)
    end = min([m for m in marks if m >= span.end], default=sentence.end)
    return span.doc[start:end]


def _nearest_among(span: Span, reporting: set[int], tokens) -> str | None:
    candidates = []
    for token in tokens:
        if token.i in range(span.start, span.end) or token.i in reporting:
            continue
        event = event_of(token)
        if event and event != "other":
            candidates.append((abs(token.i - span.start), _rank()[event], event))
    return min(candidates)[2] if candidates else None
