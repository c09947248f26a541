"""The event a count belongs to — mobilization, casualty, detention, displacement or other —
read from the words that govern it, the most specific winning (data/events.json)."""
from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from muster.extraction.lexicon import events as lexicon

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


def event_of(token: Token) -> str | None:
    lemma, text = token.lemma_.lower(), token.lower_
    if lemma == "leave":
        return _leave_event(token)
    if lemma in ("come", "go", "be") and any(c.lower_ in ("back", "home") for c in token.children):
        return "other"
    if lemma == "call" and not any(c.lower_ == "up" for c in token.children):
        return None
    return _lemma_events().get(lemma) or _lemma_events().get(text)


def _leave_event(token: Token) -> str:
    objects = lexicon()["leave_objects"]
    for child in token.children:
        if child.dep_ == "dobj":
            if child.lemma_.lower() in objects["other"]:
                return "other"
            if child.lemma_.lower() in objects["displacement"]:
                return "displacement"
    return "mobilization"


def _best(found: list[str]) -> str | None:
    return min(found, key=_rank().__getitem__) if found else None


def event_for(span: Span, noun: Token | None, subject: Token, reporting: set[int]) -> str | None:
    """Words that govern the counted people: the noun itself and its modifiers, its relative
    clause, and the verbs above it up to a reporting verb. Failing those, the nearest event
    word of the sentence; None when nothing says (the caller may take the referent's)."""
    found: list[str] = []
    anchor = noun if noun is not None else subject
    for token in [anchor, *anchor.children]:
        if token.i in range(span.start, span.end):
            continue
        if token.i == anchor.i or token.dep_ in ("amod", "acl", "relcl", "acomp", "compound", "oprd"):
            event = event_of(token)
            if event:
                found.append(event)
            if token.dep_ in ("relcl", "acl"):
                found += [e for c in token.children if c.dep_ in ("xcomp", "advcl", "conj", "prt") for e in [event_of(c)] if e]
    steps = 0
    for token in anchor.ancestors:
        if token.i in reporting or steps >= MAX_HEAD_STEPS:
            break
        if found and token.lemma_.lower() in lexicon()["receiving_verbs"]["lemmas"]:
            break  # "welcomed 500 recruits": the noun's own event stands
        event = event_of(token)
        if event:
            found.append(event)
            for child in token.children:
                if child.dep_ in ("xcomp", "advcl", "acomp", "oprd", "prt", "dobj") and child.i not in reporting:
                    child_event = event_of(child)
                    if child_event:
                        found.append(child_event)
            if token.pos_ in ("VERB", "AUX"):
                break
        elif token.pos_ == "VERB" and any(c.dep_ == "dobj" and event_of(c) for c in token.children):
            found += [event_of(c) for c in token.children if c.dep_ == "dobj" and event_of(c)]
            break
        steps += 1
    best = _best(found)
    sentence = span.sent
    if best in (None, "other") and _detention_context(sentence):
        return "detention"
    if best:
        return best
    return _nearest_in_sentence(span, reporting)


def _detention_context(sentence: Span) -> bool:
    text = sentence.text.lower()
    return any(k in text for k in lexicon()["detention_context"])


def _nearest_in_sentence(span: Span, reporting: set[int]) -> str | None:
    candidates = []
    for token in span.sent:
        if token.i in range(span.start, span.end) or token.i in reporting:
            continue
        event = event_of(token)
        if event and event != "other":
            candidates.append((abs(token.i - span.start), _rank()[event], event))
    return min(candidates)[2] if candidates else None
