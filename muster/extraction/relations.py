"""How a country or party named in a sentence stands to a count, read off the parse.

"Swedish volunteers", "volunteers from Sweden", "fighting for Sweden", "killed by Swedish
forces" and "in Sweden" all name Sweden beside a count, and each says something different
about who the people are and whom they serve. The decisions for origin and side cannot learn
that from a word list; they can learn it from the grammatical path between the name and the
count, which is a closed set of shapes ("a modifier of the counted noun", "the object of a
'for' on the verb above it", "the subject of that verb") that every article shares. This
module names that path; candidates.py turns it into features.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from muster.extraction.attribution import is_reporting_verb
from muster.extraction.lexicon import words
from muster.extraction.people import anchor, counted_noun

# How many steps up from the count a shared head may stand and still be "near": beyond it the
# name sits in another clause of a long sentence.
NEAR_DEPTH = 3
# Dependencies that attach a modifier inside a noun phrase ("Swedish volunteers", "Hamas's fighters").
_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss", "nummod", "det", "npadvmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_OBJECTS = frozenset({"dobj", "attr", "oprd", "dative", "pobj", "appos"})
_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "conj", "parataxis", "relcl", "acl", "pcomp", "advmod"})


def _mention_head(doc, start: int, end: int) -> Token | None:
    """The token of the name the rest of the sentence hangs it on (its root in the parse)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _path_to(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to, not including, `top` (empty when `top` is not above it)."""
    path = []
    while token.i != top.i:
        path.append(token)
        if token.head.i == token.i:
            return []
        token = token.head
    return path


# Prepositions by what they say of a party or country: whom people serve, where things happen,
# where people come from, who acts on them (data/words.json). Others fall to "prep".
_PREPOSITION_CLASS = {word: name for name, ws in (("serve", words("serving_prepositions")),
                                                   ("place", words("place_prepositions")),
                                                   ("origin", words("origin_prepositions")),
                                                   ("opposed", words("opposing_prepositions"))) for word in ws}


def _link(child: Token) -> str:
    """The shape of the link a path leaves its shared head by."""
    dep = child.dep_
    if dep in ("prep", "agent"):
        return _PREPOSITION_CLASS.get(child.lower_ if dep == "prep" else "by", "prep")
    if dep in _MODIFIERS:
        return "mod"
    if dep in _SUBJECTS:
        return "subject"
    if dep in _OBJECTS:
        return "object"
    if dep in _CLAUSES:
        return "clause"
    return "other"


def _through_relative(mention: Token, above: list[Token]) -> str:
    """The name governs the count: "Chad, which has sent 300 soldiers" stands to it as the
    relative pronoun of its clause does; anything else is "head"."""
    clause = next((t for t in above if t.head.i == mention.i and t.i != mention.i), None)
    if clause is not None and clause.dep_ == "relcl":
        pronoun = next((c for c in clause.children if c.tag_ in ("WDT", "WP", "WP$")), None)
        if pronoun is not None:
            return "verb:" + _link(pronoun)
    return "head"


def _harm_or_hold_lemmas() -> frozenset[str]:
    from muster.extraction.lexicon import events

    lemmas = events()["lemmas"]
    undergone = frozenset(events()["agent_verbs"]["undergoer_lemmas"])  # "Russia lost 300 soldiers"
    return (frozenset(lemmas["casualty"]) | frozenset(lemmas["detention"])) - undergone


HOLDING_OR_HARMING = _harm_or_hold_lemmas()


def _holds_them_as_it(group: Token, reporting: Token) -> bool:
    """Whether the verb over the counted people, below the reporting verb, is a harming or
    holding verb whose subject is "it" or "they": the speaker itself."""
    for token in group.ancestors:
        if token.i == reporting.i:
            return False
        if token.pos_ == "VERB":
            return token.lemma_.lower() in HOLDING_OR_HARMING and any(
                c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in token.children)
    return False


def counted_group(span: Span) -> Token:
    """The token that stands for the people a count counts: its noun, or the number itself."""
    counted = counted_noun(span)
    return counted.noun if counted.noun is not None else anchor(span)


def relation(span: Span, start: int, end: int, group: Token | None = None) -> str:
    """The path from the count `span` to the name at characters `start`-`end` of its sentence:
    "group:mod" ("Swedish volunteers"), "group:from" ("volunteers from Sweden"),
    "group:clause:for" ("volunteers who fight for Sweden"), "verb:for" ("they fight for
    Sweden"), "verb:subject" ("Sweden sent 40"), "speaker" ("Sweden said 40 ..."),
    "far:..." for a head further than NEAR_DEPTH steps up, "detached" where the parse joins
    them nowhere. `group` is counted_group(span), for callers that ask about many names."""
    mention = _mention_head(span.doc, start, end)
    if mention is None:
        return "detached"
    group = counted_group(span) if group is None else group
    if mention.i == group.i or group.i in range(span.start, span.end) and mention.i in range(span.start, span.end):
        return "group:self"  # "40 Swedes": the name is the counted noun itself
    inside = _path_to(mention, group)
    if inside:
        first = inside[-1]  # the child of the counted noun the name hangs under
        if first.dep_ in ("relcl", "acl"):
            clause_prep = next((t for t in reversed(inside[:-1]) if t.dep_ in ("prep", "agent")), None)
            return "group:clause" + (f":{_link(clause_prep)}" if clause_prep is not None else "")
        return f"group:{_link(first)}"
    above = [group, *group.ancestors]
    depths = {t.i: d for d, t in enumerate(above)}
    path = [mention, *mention.ancestors]
    for i, token in enumerate(path):
        if token.i in depths:
            if i == 0:
                return _through_relative(mention, [group, *group.ancestors])
            child = path[i - 1]
            if child.dep_ in _SUBJECTS and is_reporting_verb(token):
                # "Ukraine says it captured five soldiers": the speaker is the pronoun that holds them
                return "verb:captor" if _holds_them_as_it(group, token) else "speaker"
            shape = "verb:" + _link(child)
            if shape == "verb:subject" and token.lemma_.lower() in HOLDING_OR_HARMING:
                shape = "verb:captor"  # "Israel detained 20 militants": the subject acts on them
            return shape if depths[token.i] <= NEAR_DEPTH else "far:" + shape.split(":", 1)[1]
    return "detached"
