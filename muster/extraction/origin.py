"""Where the counted people come from, as ISO 3166-1 alpha-2 codes.

From the group phrase first ("Swedes", "American, Canadian and German veterans",
"mercenaries of Syrian nationality", "refugees from Ukraine"); then from the verb that moves
them ("sent from Syria"), the place they return to ("back in Britain"), the army that
suffers them ("the Russian and Ukrainian militaries have suffered thousands of casualties"),
or the state that calls them up ("Israel is calling up 300,000 reservists").
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Span, Token

from muster.extraction.attribution import is_reporting_verb
from muster.extraction.events import sharing_fate
from muster.extraction.lexicon import events as events_lexicon
from muster.extraction.lexicon import load_tsv, parties, words
from muster.extraction.lexicon import people as people_lexicon
from muster.extraction.people import anchor as count_anchor
from muster.extraction.people import body_counted, copulas_of, ex_prefix, listed_peoples
from muster.extraction.sentences import without_dateline
from muster.extraction.sides import owner_of_pronoun, party_of
from muster.normalize.countries import find_countries, is_country_name, is_people_form

_FROM_VERBS = frozenset(words("from_verbs"))
_RETURN_VERBS = frozenset(words("return_verbs"))
_LEAVE_VERBS = frozenset(words("leave_verbs"))
_SUFFER_VERBS = frozenset(words("suffer_verbs"))
_CITIZEN_NOUNS = frozenset(words("citizen_nouns"))
_MILITARY_NOUNS = frozenset(people_lexicon()["military"])
_CALL_UP_VERBS = frozenset(words("call_up_verbs"))
FOREIGN_WORDS = frozenset(words("foreign_words"))  # "foreign nationals", "non-Ukrainian": said to be from elsewhere
# Verbs by which a state has soldiers somewhere: it holds them there or sent them.
_FIELDING_VERBS = frozenset(events_lexicon()["holding_verbs"]["lemmas"]) | frozenset(words("sending_verbs"))
_WHOLE_VERBS = frozenset(words("whole_verbs"))
_HELD_PLACES = frozenset(words("held_places"))
_EXCHANGE_VERBS = frozenset(events_lexicon()["exchange_words"]["words"])
# Verbs by which each side of a swap hands its prisoners back: "each returned 95 prisoners"
_HANDING_BACK_VERBS = frozenset(events_lexicon()["release_lemmas"]["lemmas"]) | frozenset(words("handing_back_verbs"))


_ACTING_COMPOUND = re.compile(r"-(?:" + "|".join(words("hyphened_acting")) + r")\b", re.IGNORECASE)


def codes_in(text: str) -> list[str]:
    """Codes of the nationalities named in `text`. In a run of names with nothing between them
    only the first counts: the "Ukrainian Greek Catholic Church" is Ukrainian. A region that is
    a fixed set of states ("Central Asia", "the Baltic states") names all of them."""
    out: list[str] = []
    previous_end = excepted_from = None
    for mention in find_countries(text):
        adjacent = previous_end is not None and text[previous_end:mention.start] == " "
        previous_end = mention.end
        if _ACTING_COMPOUND.match(text, mention.end):
            continue  # "Rwanda-backed rebels", "Iranian-trained militias": the state acts on them
        if _EXCEPTED.search(text, 0, mention.start):
            excepted_from = mention.start  # "from 60 countries other than Iraq and Syria": not these
        if excepted_from is not None and mention.start >= excepted_from and _list_goes_on(text[excepted_from:mention.start]):
            continue
        if not adjacent and mention.code not in out:
            out.append(mention.code)
    for m in _region_pattern().finditer(text):
        out += [c for c in _regions()[m.group().lower()] if c not in out]
    return out


# "other than", "except", "excluding", "not including", "apart from": the names after it are left out
_EXCEPTED = re.compile(r"\b(?:" + "|".join(words("excepting_words")) + r")\s+(?:the\s+)?$", re.IGNORECASE)


def _list_goes_on(between: str) -> bool:
    """Whether the words from an excepted name to the next are still that list ("Iraq and Syria")."""
    return not re.search(r"[.;:]|\b(?!and\b|or\b|nor\b)[a-z]{4,}\b", between)


@cache
def _regions() -> dict[str, tuple[str, ...]]:
    return {form.lower(): tuple(codes.split()) for forms, codes in load_tsv("regions.tsv") for form in forms.split("|")}


@cache
def _region_pattern() -> re.Pattern[str]:
    forms = sorted(_regions(), key=len, reverse=True)
    # "the Baltic Sea" is a sea, not the Baltic states.
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])(?!\s+Sea\b)",
                      re.IGNORECASE)


def _tokens_text(tokens: list[Token]) -> str:
    """The words of `tokens` as written; inside a named organisation only its first nationality
    counts ("the Ukrainian Greek Catholic Church" is Ukrainian)."""
    out, seen_in_entity = [], set()
    previous = None
    for t in sorted(set(tokens), key=lambda t: t.i):
        if previous is not None and t.i > previous.i + 1:
            # words left out between two kept ones (a comma, a clause) still part them: "of
            # Belarus, Kazakhstan and Chad" names three states, not one run of names
            out.append(", " if not previous.whitespace_ else ",")
        previous = t
        if t.dep_ == "conj" and is_people_form(t.text):
            pass  # "Britons and Australians", which the tagger may take for one organisation's name
        elif t.ent_type_ in ("ORG", "FAC") and t.ent_iob_ != "B":
            entity_start = next(e.start for e in t.doc.ents if e.start <= t.i < e.end)
            if entity_start in seen_in_entity and codes_in(t.text):
                continue
            if codes_in(t.text):
                seen_in_entity.add(entity_start)
        elif t.ent_type_ in ("ORG", "FAC") and codes_in(t.text):
            seen_in_entity.add(t.i)
        out.append(t.text_with_ws)
    return "".join(out)


def group_tokens(noun: Token, span: Span) -> list[Token]:
    """The noun, its left modifiers, and its 'of'/'from' phrases: where a nationality is said."""
    keep = [noun, *(t for item in listed_peoples(noun) for t in item.doc[item.left_edge.i:item.i + 1])]
    ex = ex_prefix(noun)  # "37 Colombian ex-soldiers"
    for child in [*noun.children, *(ex.lefts if ex is not None else ())]:
        if child.i in range(span.start, span.end):
            continue
        if child.i < noun.i and child.dep_ not in ("det", "punct"):
            keep += list(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("of", "from") and not _after_another_count(noun, child, span) \
                and not _a_held_place(child) and not (child.lower_ == "from" and noun.lemma_.lower() in _RETURNING_PEOPLE) \
                and not any(c.dep_ == "pcomp" for c in child.children):  # not "convicted nine men of joining groups in Syria"
            keep += without_clauses(child)
    return keep


def _a_held_place(prep: Token) -> bool:
    """ "women from Syrian camps", "freed from Russian prisons": the 'from' names where they
    were kept, and its country is the keeper's, not theirs."""
    return prep.lower_ == "from" and any(t.pos_ == "NOUN" and t.lemma_.lower() in _HELD_PLACES
                                         for t in prep.subtree)


def _after_another_count(noun: Token, prep: Token, span: Span) -> bool:
    """ "900 recruits from 30 states, among them 120 from Chile": a 'from' the parser hangs on
    the noun, but written after another count, is that count's."""
    return any(t.like_num and t.i not in range(span.start, span.end) and t.head.i != prep.i
               for t in noun.doc[noun.i + 1:prep.i])


def without_clauses(token: Token) -> list[Token]:
    """A phrase without the clauses hanging from it ("from Dagestan who then travelled on to
    the front" is from Dagestan), nor the parts counted inside it ("from 50 countries, including
    3,000 from the US" is not from the US)."""
    out = [token]
    for child in token.children:
        if child.dep_ not in ("relcl", "acl", "advcl", "punct") and not (
                child.dep_ == "prep" and child.lower_ in _PART_PREPOSITIONS):
            out += without_clauses(child)
    return out


_PART_PREPOSITIONS = frozenset(words("part_prepositions"))


# How many words a "from" phrase right after a count may run ("from the Nordic and Baltic states").
FROM_PHRASE_WORDS = 6


_RETURNING_PEOPLE = frozenset(words("returning_people"))


def from_right_after(span: Span, noun: Token | None) -> list[str] | None:
    """ "63 fighters from Chile, 41 from the Netherlands": a "from" right after the count
    (or its noun) says where they come from, whatever the parser hung it on. The phrase ends at
    the first comma or verb, so each item of a list keeps its own country; a phrase that names
    no state ("from Eastern Europe") leaves the origin open. None when there is no such phrase."""
    doc = span.doc
    at = noun.i + 1 if noun is not None and noun.i >= span.end else span.end
    while at < len(doc) and doc[at].is_quote:
        at += 1  # 'killed 1,200 "mercenaries" from Latin America': the quotation closes before the phrase
    if at >= len(doc) or doc[at].lower_ != "from" or _a_held_place(doc[at]):
        return None
    if noun is not None and noun.lemma_.lower() in _RETURNING_PEOPLE:
        return []  # "20 returnees from Syria": where they come back from, not where they come from
    listed = _states_listed(doc[at + 1:at + 1 + FROM_PHRASE_WORDS])
    if listed:
        return listed
    words = []
    for token in doc[at + 1:at + 1 + FROM_PHRASE_WORDS]:
        participle = token.tag_ in ("VBG", "VBN") and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"
        if token.is_punct or token.pos_ in ("VERB", "AUX", "NUM") and not participle or token.pos_ == "ADP" and token.lower_ != "of":
            break  # "from neighboring Rwanda", "from war-torn Syria": a participle before a name describes it
        words.append(token.text_with_ws)
    return codes_in("".join(words))


def _states_listed(tokens) -> list[str]:
    """ "men from Tajikistan, Uzbekistan and Kyrgyzstan": a list of states closed by "and" or
    "or", each item a state, is where they all come from; a comma not closing such a list ends
    the phrase ("from Chile, 41 from Peru")."""
    items: list[list[Token]] = [[]]
    closed = False
    for token in tokens:
        if token.text == "," or token.lower_ in ("and", "or"):
            if not items[-1]:
                continue  # "Tajikistan, and Kyrgyzstan"
            closed = closed or token.lower_ in ("and", "or")
            if closed and token.text == ",":
                break
            items.append([])
        elif token.pos_ == "PROPN" or token.lower_ == "the" and not items[-1]:
            items[-1].append(token)
        else:
            break
    items = [item for item in items if item]
    if not closed or len(items) < 3:
        return []
    codes = [codes_in(_tokens_text(item)) for item in items]
    return list(dict.fromkeys(c[0] for c in codes)) if all(len(c) == 1 for c in codes) else []


def _first_item(prep: Token) -> list[Token]:
    """A "from" phrase up to its first comma, or the next count: "came from Chile, 25 from Peru"
    and "came from Cameroon and some 200 from Kenya" are from Chile and from Cameroon."""
    tokens = sorted(prep.subtree, key=lambda t: t.i)
    listed = _states_listed(prep.doc[prep.i + 1:prep.i + 1 + FROM_PHRASE_WORDS])
    if listed:
        return [t for t in tokens if t.pos_ == "PROPN" or t.lower_ == "the"]
    end = next((t.i for t in tokens if t.text in (",", ";") or t.like_num), None)
    return [t for t in tokens if end is None or t.i < end]


def _owners_listed(noun: Token) -> list[str]:
    """ "Ecuador, Peru and Brazil have seen dozens of their citizens sign up": 'their' after a
    list of states is every one of them."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return []
    for verb in noun.ancestors:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.right_edge.i < noun.i), None)
        if subject is not None:
            codes = codes_in(_tokens_text(list(subject.subtree)))
            return codes if len(codes) > 1 else []
    return []


@cache
def _serving_force_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in parties()["host_serving_forces"]["names"]) + r")\b")


@lru_cache(maxsize=256)
def names_serving_force(text: str) -> bool:
    """Whether `text` names a force a state sends to serve other governments ("Wagner", "the
    Africa Corps"); asked of whole articles too, so answered once per text."""
    return _serving_force_pattern().search(text) is not None


def _serving_force_home(text: str) -> list[str]:
    """ "84 Wagner fighters", "Africa Corps troops": a force a state sends abroad is of that state."""
    return [parties()["host_serving_forces"]["home"]] if names_serving_force(text) else []


def named_origins(group: str) -> list[str]:
    """The origins a group's own words give: its nationalities, and the home of a force it names."""
    codes = codes_in(group)
    return codes + [c for c in _serving_force_home(group) if c not in codes]


def origin_for(span: Span, noun: Token | None, subject: Token) -> list[str]:
    if noun is not None and {noun.lemma_.lower(), noun.lower_} & (_CITIZEN_NOUNS | _MILITARY_NOUNS):
        # "Kazakhstan flew back 600 of its citizens from Syria", "Azerbaijan said 90 of its
        # soldiers died": whose citizens or soldiers, not where from
        owner = owner_of_pronoun(noun)
        if owner is not None and re.fullmatch(r"[A-Z]{2}", owner):
            return _owners_listed(noun) or [owner]
    body = body_counted(noun if noun is not None else count_anchor(span))
    if body is not None:
        owner = owner_of_pronoun(body)  # "Burundi will keep its contingent of 2,000"
        if owner is not None and re.fullmatch(r"[A-Z]{2}", owner):
            return [owner]
    if noun is not None or body is not None:
        tokens = group_tokens(noun, span) if noun is not None else []
        if noun is not None and noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "NOUN":
            tokens += group_tokens(noun.head, span)  # "a 230-member group of Belarusian volunteers"
        if body is not None:
            tokens += [t for t in body.subtree if t.i < body.i]  # "a Kenyan contingent of 400"
        # "seven [Wagner and Malian] government fighters": the groups coordinated before the people
        between = span.doc[span.end:noun.i] if noun is not None and noun.i > span.end else []
        named = f"{_tokens_text(tokens)} {between.text}" if any(t.dep_ == "cc" for t in between) else _tokens_text(tokens)
        codes = named_origins(named)
        if codes:
            return codes
    codes = from_right_after(span, noun)
    if codes is not None:
        return codes
    opening = span.sent[0]
    if opening.lower_ == "of" and opening.dep_ == "prep" and opening.i < span.start and opening.right_edge.i < span.start:
        # "Of the volunteers from Estonia who went to fight, three are known to have died": the
        # whole a fronted "of" phrase names is where the part comes from
        codes = codes_in(_tokens_text(without_clauses(opening)))
        if codes:
            return codes
    anchor = noun if noun is not None else subject
    if noun is not None:
        for clause in noun.children:
            if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in _FROM_VERBS:
                for child in clause.children:
                    if child.dep_ == "prep" and child.lower_ == "from":
                        codes = codes_in(_tokens_text(list(child.subtree)))
                        if codes:
                            return codes
    verb = anchor.head
    if anchor.dep_ == "dobj" and (verb.lemma_.lower() in _EXCHANGE_VERBS or verb.lemma_.lower() in _HANDING_BACK_VERBS and any(
            c.lower_ == "each" for c in verb.subtree)):
        # "Russia and Ukraine exchanged 390 prisoners each", "Ukraine swapped 200 with Russia",
        # "Kyiv and Moscow each returned 95": both sides' people
        traders = [c for c in verb.children if c.dep_ == "nsubj" or c.dep_ == "prep" and c.lower_ == "with"]
        codes = codes_in(" ".join(_tokens_text(list(t.subtree)) for t in traders))
        # "Kyiv and Moscow swapped 95 prisoners": capitals stand for their states
        codes += [code for t in traders for w in t.subtree if w.pos_ == "PROPN"
                  for code in [party_of(w.text)] if code and re.fullmatch(r"[A-Z]{2}", code) and code not in codes]
        if len(codes) >= 2:
            return codes
    # "90 of the recruits appear to be Nepalis": a share's verb hangs on the number, not the noun
    for be in copulas_of(verb) or (copulas_of(subject.head) if subject is not anchor else []):
        # "Roughly 300 of them were French", "about 1,500 are thought to be Tajiks"
        for child in be.children:
            if child.dep_ in ("attr", "acomp"):
                # "were French", "were Nepali nationals": the word or the words before it
                codes = codes_in(child.doc[child.left_edge.i:child.i + 1].text)
                if codes:
                    return codes
    # "Tajikistan alone accounts for about 8,000 of the recruits": the share of a whole it gives
    share = noun is None or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == span.root.i
    giver = share_giver(span) if share else None
    codes = _origin_of_whole(anchor) or ranked_with(anchor) or (codes_in(giver.text) if giver is not None else []) \
        or (gapped_state(count_anchor(span)) if noun is None else [])
    if codes:
        return codes
    if noun is not None and noun.lemma_.lower() in _CITIZEN_NOUNS and not FOREIGN_WORDS & {
            c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}:
        # not "Russia recruited 1,500 foreign nationals": whose they are is left open
        # "Japan ... has seen 70 citizens apply", "Georgia says 1,500 of its citizens want to
        # go": the state whose citizens they are is the nearest state that is a subject above;
        # "Moldovan prosecutors have charged 37 citizens": or whose organs act on them.
        for governor in list(anchor.ancestors)[:4]:
            subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
            if subject is not None and is_country_name(subject.text):
                return codes_in(subject.text)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN") and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and (
                    not is_reporting_verb(governor) or subject.lemma_.lower() in _SPEAKING_BODIES):
                # not "Ukraine's spies say 1,400 citizens of African states ...": whose they are is said
                codes = codes_in(_tokens_text([c for c in subject.children if c.dep_ in ("amod", "compound", "poss")]))
                if len(codes) == 1:
                    return codes
    fielding = verb.head if anchor.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp") else verb
    if noun is not None and {noun.lemma_.lower(), noun.lower_} & _MILITARY_NOUNS and (
            anchor.dep_ == "dobj" or fielding is not verb) and fielding.lemma_.lower() in _FIELDING_VERBS:
        # "The US has about 900 troops in Syria", "Chad has deployed 1,000 soldiers", "Rwanda has
        # 4,000 soldiers deployed there": a state's own soldiers, unless the sentence names theirs
        state = next((antecedent(c) for c in fielding.children if c.dep_ == "nsubj"), None)
        if state is not None and is_country_name(state.text):
            # "Chad and Niger sent 2,000 troops": every state of the subject
            return list(dict.fromkeys(code for t in [state, *state.conjuncts] for code in codes_in(
                t.doc[t.left_edge.i if t is not state else t.i:t.i + 1].text)))
        force = party_of(state.doc[state.left_edge.i:state.i + 1].text) if state is not None and state.pos_ == "NOUN" else None
        if force and re.fullmatch(r"[A-Z]{2}", force):
            return [force]  # "China's army has two million active troops": the state's own force
    for _ in range(3):
        lemma = verb.lemma_.lower()
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "from" and lemma in _FROM_VERBS and not _a_held_place(child):
                codes = codes_in(_tokens_text(_first_item(child)))
                if codes:
                    return codes
            if child.dep_ in ("prep", "advmod") and child.lower_ in ("to", "in", "back", "home") and lemma in _RETURN_VERBS:
                if child.lower_ in ("to", "in") and not any(c.lower_ in ("back", "home") for c in verb.children) \
                        and lemma not in ("return", "repatriate"):
                    continue
                place = [t for t in child.subtree if t.pos_ == "PROPN"]
                codes = codes_in(_tokens_text(place)) if place and is_country_name(place[-1].text) or place else []
                if codes:
                    return codes
        if lemma in _RETURN_VERBS and anchor.dep_ == "dobj" and anchor.head.i == verb.i and (
                lemma == "repatriate" or any(c.lower_ in ("back", "home") for c in verb.children)):
            # "Iraq brought home another 150 women", "France has repatriated 169 children": a
            # state brings home its own people
            home = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and is_country_name(c.text)]
            if home:
                return codes_in(home[0].text)
        if lemma in _LEAVE_VERBS:
            # "about 300 people have left Germany for Syria", "1.2 million have fled Sudan"
            left = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and is_country_name(c.text)]
            if left:
                return codes_in(left[0].text)
        if lemma in _SUFFER_VERBS:
            # "Kenya, which has lost 100 soldiers": the relative pronoun stands for the state; "the
            # legion, a unit fighting alongside Ukraine's army, has lost 60": not the side it fights for
            subject_tokens = [t for c in verb.children if c.dep_ == "nsubj" for t in without_clauses(antecedent(c))]
            codes = codes_in(_tokens_text(subject_tokens))
            if codes:
                return codes
        if lemma in _CALL_UP_VERBS:
            subject_tokens = [s for c in verb.children if c.dep_ == "nsubj" for s in [antecedent(c)]
                              if s.pos_ == "PROPN" and is_country_name(s.text)]
            if subject_tokens:
                # "Kenya, Jamaica and Belize have sent 400 police officers": every state of the subject
                states = [subject_tokens[0], *(c for c in subject_tokens[0].conjuncts if is_country_name(c.text))]
                return list(dict.fromkeys(code for t in states for code in codes_in(t.text)))
            # "Russia's Africa Corps has deployed 1,000 personnel", "Kyiv sent 300 soldiers": a
            # state's own force or its capital sends the state's people
            # "Russia's Wagner group deployed 2,000 fighters": a force whose state the name gives
            # "the military government said it would call up 5,000 men": "it" is the speaker
            states = [party for c in verb.children if c.dep_ == "nsubj" for a in [antecedent(c)] if a.pos_ in ("PROPN", "NOUN")
                      for party in [party_of(without_dateline(a.doc[a.left_edge.i:a.i + 1].text))] if party and re.fullmatch(r"[A-Z]{2}", party)]
            if states:
                return states[:1]
        if verb.head.i == verb.i or verb.dep_ in ("conj", "advcl") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break  # "A sent teams, and B pledged 150 soldiers": a clause with its own subject stands alone
        verb = verb.head
    return []


_LOOSE_PEOPLES = frozenset(w.lower() for w in people_lexicon()["regional"]) - {"nationals", "compatriots", "countrymen", "countrywomen"}


def said_to_be_of_a_region(span: Span, subject: Token) -> bool:
    """ "Around 40 are believed to be North Africans", "about 90 are Europeans": the count says
    who they are, by a region or a faith no one state stands for, and so leaves the origin open."""
    for be in copulas_of(subject.head):
        for child in be.children:
            if child.dep_ in ("attr", "acomp") and child.lower_ in _LOOSE_PEOPLES | {"africans", "americans"} \
                    and not codes_in(child.doc[child.left_edge.i:child.i + 1].text):
                return True
    return False


def _origin_of_whole(anchor: Token) -> list[str]:
    """ "The Ukrainians freed included 270 soldiers", "Among the Georgians killed were 12
    officers": the people are part of a whole whose nationality the sentence gives."""
    anchor = sharing_fate(anchor)  # "included 270 soldiers and 120 civilians": the list shares its place
    verb = anchor.head
    if anchor.dep_ == "dobj" and verb.lemma_.lower() in _WHOLE_VERBS:
        holders = [verb] + ([verb.head] if verb.dep_ == "ccomp" else [])  # the parser may hang the subject higher
        before = verb.doc[verb.i - 1] if verb.i > 0 else verb
        if before.head.i == verb.head.i and before.dep_ == verb.dep_ and before.pos_ == "VERB":
            # "the Russians returned included 15 conscripts": the participle read as a verb of its own
            holders.insert(1, before)
        subject = next((c for h in holders for c in h.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return codes_in(_noun_and_modifiers(subject))
    if anchor.dep_ in ("nsubj", "attr") and verb.lemma_ == "be":
        whole = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"
                      for o in c.children if o.dep_ == "pobj"), None)
        if whole is not None:
            return codes_in(_noun_and_modifiers(whole))
    return []


# Organs that speak for a state ("Nepal's foreign ministry says 40 citizens died"): of all who
# report on citizens, only these speak for the state whose citizens they are.
_SPEAKING_BODIES = frozenset(w.split()[-1] for w in words("speaking_bodies"))


# Words that may stand between a ranked people and its "with": "Germany third with 960".
_RANK_WORDS = frozenset(words("rank_words"))


_SHARE_VERBS = frozenset(words("share_verbs"))


def share_giver(span: Span) -> Token | None:
    """Who accounts for or gives the bare number of `span` as a share: "Colombia" in "with
    Colombia alone accounting for more than 700", "prisoners" in "prisoners account for some
    18,000", "volunteers" in "volunteers make up the largest share, at about 25,000"."""
    number = span.root
    verb = number.head.head if number.dep_ == "pobj" and number.head.lower_ in ("for", "at", "with") else number.head
    if number.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in _SHARE_VERBS:
        return None
    if verb.lemma_.lower() == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None  # not "made 300 arrests"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        # "with Poland alone accounting for 600": the parser may make the giver the object of "with"
        return next((c for c in verb.head.children if c.dep_ == "pobj"), None)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def gapped_state(number: Token) -> list[str]:
    """ "Georgia contributed about 350, the United States about 300": a number that stands
    beside a state with its verb left out is that state's."""
    if number.dep_ == "appos" and is_country_name(number.head.text):
        return codes_in(number.head.text)  # "India about 150": the parser may hang the number on the state
    if number.dep_ != "npadvmod":
        return []
    before = [t for t in number.head.children if t.dep_ in ("npadvmod", "conj", "nsubj") and t.i < number.i]
    if not before:
        return []
    state = before[-1].doc[before[-1].left_edge.i:before[-1].i + 1].text
    return codes_in(state) if is_country_name(re.sub(r"^the\s+", "", state, flags=re.IGNORECASE)) else []


def ranked_with(anchor: Token) -> list[str]:
    """ "followed by Tajiks with 2,800 and Kyrgyz with 1,900", "Poland has provided the most
    mercenaries, with 2,960": a count given 'with' a people or state is theirs, whether the
    people stand right before it or are the subject of the clause it closes."""
    prep = anchor.head
    if anchor.dep_ == "nsubj" and prep.dep_ == "pcomp" and prep.head.lower_ == "with":
        prep = prep.head  # "Nepalis are hardest hit, with at least 33 killed": the count is the clause's subject
    elif anchor.dep_ != "pobj" or prep.lower_ not in ("with", "at"):
        return []
    doc = anchor.doc
    at = prep.i - 1
    while at >= 0 and doc[at].lower_ in _RANK_WORDS:
        at -= 1
    if prep.lower_ == "at":
        # "Uyghurs are the largest contingent, at roughly 1,500, followed by Chechens, at about
        # 600": a count set off after a people it is the size of; "at" sets off other sizes too
        # ("the toll stands at 300", "Russia, at 140 million"), so only a people's name will do
        people = at - 1 if at >= 1 and doc[at].text == "," else at
        if people >= 0 and (is_people_form(doc[people].text) and doc[people].dep_ != "dobj"):
            return codes_in(doc[people].text)
        verb = prep.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < prep.i), None) \
            if at >= 0 and doc[at].text == "," else None
        # the subject, unless another people is named between it and the count
        if subject is not None and is_people_form(subject.text) and not any(
                is_people_form(t.text) for t in doc[subject.i + 1:prep.i]):
            return codes_in(subject.text)
        return []
    if at >= 0 and doc[at].pos_ in ("PROPN", "NOUN") and doc[at].dep_ not in ("dobj", "pobj") or \
            at >= 0 and doc[at].dep_ == "pobj" and (doc[at].head.dep_ == "agent" or is_people_form(doc[at].text)):
        # "ahead of Brazilians with 120": a people right before the count, wherever it hangs
        codes = codes_in(doc[at].text)
        if codes:
            return codes
    ranked = at < prep.i - 1  # "France came second with 1,700": a rank said of the clause's subject
    if at >= 0 and doc[at].text != "," and not ranked:
        return []
    verb = prep.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = max((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < prep.i),
                  key=lambda c: c.i, default=None)
    if subject is None:
        return []
    named = next((c for c in subject.children if c.dep_ == "appos" and is_country_name(c.text)), subject)
    codes = codes_in(_noun_and_modifiers(named))
    if not codes and verb.lemma_ == "be":
        # "The largest group were Georgians, with 61 dead": the people the subject is said to be
        codes = [code for c in verb.children if c.dep_ == "attr" and c.i < prep.i for code in codes_in(_noun_and_modifiers(c))]
    return codes if len(codes) == 1 else []


def _noun_and_modifiers(noun: Token) -> str:
    """A noun with the words that describe it, not its phrases ("the Georgians killed", not "in Tbilisi")."""
    return _tokens_text(sorted([noun, *(c for c in noun.children if c.dep_ in ("amod", "compound", "nmod"))],
                               key=lambda t: t.i))


def antecedent(subject: Token) -> Token:
    """ "Georgia, which has provided ...": a relative pronoun stands for the noun its clause hangs
    on. "Hezbollah says it has lost 500 fighters": "it" in what a speaker says is the speaker."""
    if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
        return subject.head.head
    clause = subject.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "claimed it had seized a base and that it had lost a dozen fighters"
    if subject.lower_ in ("it", "they") and clause.dep_ == "ccomp":
        teller = clause.head
        if teller.dep_ == "advcl" and teller.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in teller.children):
            teller = teller.head  # "The group denied it, saying it had lost 20 fighters": who says so is the clause's subject
        speaker = next((c for c in teller.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if speaker is not None:
            return speaker
    return subject


_TABLE_ENTRY = re.compile(r"^\s*(?P<bullet>[-*•·–—]\s+)?(?P<name>[A-Z][\w .’'-]{1,40}?)(?:\s*(?P<sep>[:–—,-])|(?P<space>\s))\s*"
                          r"(?:about |around |some |at least |up to |over |more than |nearly |almost )?"
                          r"(?P<count>\d[\d,. ]*(?:(?:to|-|–)\s*\d[\d,.]*)?|(?<=[:–—-] )(?:several |a few |many )?(?:dozens?|hundreds?|thousands?))"
                          r"(?P<tail>(?:\s+(?:[a-z][\w-]*|(?:19|20)\d\d)){0,8})\s*(?:\((?P<source>[^()]{2,80})\))?\s*\.?\s*$")


def table_entry(sentence: str) -> str | None:
    """ "Turkey: 900", "- Jordan: 2,000", "France 1,700 fighters", "- Nepal: up to 15,000 (opposition
    lawmakers)" — a line of a table of counts by country: the country's code. A year after a bare
    space ("Ukraine 2022") is a date, not a count."""
    m = _TABLE_ENTRY.match(sentence)
    if not m or not codes_in(m.group("name")):
        return None
    if m.group("space") and (re.fullmatch(r"(?:19|20)\d\d", m.group("count").strip()) or not is_country_name(m.group("name").strip())):
        return None  # "Ukraine 2022" is a date; "The UN mission in Mali has 11,000 troops" is prose
    if len(m.group("tail").split()) > 1 and not ((m.group("bullet") or m.group("sep") == ":") and is_country_name(m.group("name").strip())):
        # "Russia 300 soldiers died", "According to the diplomat, 6,800 were killed": prose; a
        # country's line after a bullet or a colon may say more ("- Mali: 1,200 detained since
        # 2022"), a headline's topic may not ("Gaza ceasefire: 33 hostages to be freed")
        return None
    return codes_in(m.group("name"))[0]


def table_entry_source(sentence: str) -> str | None:
    """The source a table line names in brackets after its count: "- India: about 100 (foreign ministry)".
    Not a side the brackets give: "- Chad: 2,000 (with the RSF)"."""
    m = _TABLE_ENTRY.match(sentence)
    if not (m and m.group("source") and table_entry(sentence)):
        return None
    return None if table_entry_side(sentence) else m.group("source").strip()


_BRACKETED_SIDE = re.compile(r"(?:with|for|fighting for|on the side of|alongside)\s+(?P<party>.+)$", re.IGNORECASE)


def table_entry_side(sentence: str) -> str | None:
    """The party a table line's brackets say its people are with: "- Chad: 2,000 (with the RSF)",
    "- Eritrea: 1,000 (with the army)" (a bare state body: the party named for it elsewhere)."""
    m = _TABLE_ENTRY.match(sentence)
    side = _BRACKETED_SIDE.match(m.group("source").strip()) if m and m.group("source") else None
    return side.group("party") if side else None
