"""Who said a number, and how sure the text is of it.

Sources come, nearest first, from the reporting verbs that govern the number in the parse
("X said", "X told Y", "X, citing Y, said"), from "according to X", from the speaker of the
quotation the number stands in, and from a neighbouring sentence that the text links
("This was reported by X", "Of these, ..."). Pronouns and back-references ("he", "the
newspaper") are resolved later, against the whole article (see engine.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token

from muster.extraction.events import noun_events, opens_a_part
from muster.extraction.lexicon import cues, load_json, word_set, words
from muster.extraction.people import TALLY_NOUNS, anchor, is_people_noun, read_past_ranging
from muster.extraction.sides import party_of
from muster.normalize.countries import code_for, names_a_capital

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CUT_DEPS = ("relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "prep")
_SPEECH_VERBS = "|".join(sorted(words("speech_verbs"), key=len, reverse=True))


@dataclass(slots=True)
class Source:
    """One link of an attribution chain; `generic` marks "media reports", "officials"."""

    name: str
    cue: str
    generic: bool = False
    pronoun: bool = False


@dataclass(slots=True)
class Attribution:
    sources: list[Source] = field(default_factory=list)
    hedge: str | None = None
    unconfirmed: str | None = None

    def named(self) -> list[Source]:
        return [s for s in self.sources if not s.generic]


@cache
def _reporting_lemmas() -> frozenset[str]:
    return word_set("cues", "reporting_verbs")


def is_reporting_verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBG", "VBD", "VBZ", "VBP", "VB") \
            and not _acts_as_verb(token):
        return False
    lemma = token.lemma_.lower()
    if lemma in load_json("cues.json")["ranging_verbs"]["lemmas"]:
        # "estimates range between 2,000 and 9,000": documents that range over figures give them
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in _CARRIER_NOUNS for c in token.children)
    if lemma not in _reporting_lemmas():
        return False
    if lemma in word_set("cues", "object_reporting_verbs") and not any(c.dep_ in ("dobj", "dative") for c in token.children):
        return False  # a headline's "Militia accused of killing 40": the militia is accused, no one accuses
    if any(c.dep_ == "neg" for c in token.children):
        return False  # "the Kremlin has not disclosed how many": no one said this number
    if lemma in word_set("cues", "figure_giving_verbs"):
        # "put the toll at 300", "gave its toll", "put the toll higher, at 35": a verb that
        # reports only with a figure as its object (or as what the parser hangs on its adverb)
        return any(t.dep_ in ("dobj", "npadvmod") and t.lemma_.lower() in word_set("cues", "put_objects")
                   for c in token.children for t in [c, *(g for g in c.children if c.dep_ == "advmod")])
    if lemma in ("show", "find", "count", "record", "learn", "share", "release", "publish", "point", "list"):
        return any(c.dep_ in ("nsubj", "agent") for c in token.children)
    return True


def _verb_read_as_noun(token: Token) -> bool:
    """ "Some 60 women are held in camps, the foreign office estimates.": a reporting verb in -s
    that closes the sentence after its speaker, tagged as a noun that heads the whole sentence."""
    return token.dep_ == "ROOT" and token.tag_ == "NNS" and any(c.dep_ == "ccomp" and c.i < token.i for c in token.children) \
        and any(c.dep_ in ("compound", "amod", "det") for c in token.lefts) and not any(c.i > token.i and c.dep_ == "prep" for c in token.children)


def _acts_as_verb(token: Token) -> bool:
    """ "Figures from the ministry show 300 ...": the tagger sometimes takes a verb after a
    plural noun for a noun; one with a subject and a clause of its own is a verb all the same."""
    return any(c.dep_ in ("ccomp", "xcomp") for c in token.children) \
        and (any(c.dep_ == "nsubj" for c in token.children) or _misread_subject(token) is not None)


def _misread_subject(token: Token) -> Token | None:
    """ "Kyiv claims to have killed 500": a present-tense verb read as a noun (or left without a
    subject) keeps its subject as a name that seems to describe it."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i
                 and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "ORG", "PERSON") or party_of(c.text) is not None)), None)


def phrase_for(head: Token) -> str:
    """The noun phrase of a source, without appositions, relative clauses or trailing commas.
    When the phrase is a title and its apposition a person's name, the name is the source."""
    doc = head.doc
    person = _person_in(head)
    if person is not None:
        return person
    left = head.left_edge.i
    right = head.i
    ampersand = any(c.dep_ == "cc" and c.text == "&" for c in head.rights)  # "Armed Conflict Location & Event Data Project"
    for child in head.rights:
        keeps = child.dep_ == "prep" and (child.lower_ in ("of", "for") or _close_to_a_body(child) or _inside_a_name(child)) \
            and not _has_comma_between(head, child) or ampersand and child.dep_ in ("cc", "conj") or _inside_a_name(child)
        if child.dep_ in _CUT_DEPS and not keeps:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON" and head.ent_type_ != "PERSON":
                ent = next((e for e in doc.ents if e.start <= child.i < e.end), None)
                if ent is not None:
                    return ent.text
            if child.dep_ == "appos" and child.pos_ == "PROPN" and head.pos_ == "NOUN" and head.lemma_.lower() in _body_words():
                # "the group Iran Human Rights said": the body by its name
                return doc[child.left_edge.i:child.right_edge.i + 1].text.strip(" ,;:")
            break
        if _has_comma_between(head, child):
            break
        right = max(right, _name_end(child) if child.dep_ == "prep" and _inside_a_name(child) else child.right_edge.i)
    # "the commander of a battalion near the town, who goes by a call sign": a clause after a
    # comma, wherever the parser hangs it, describes the speaker
    clause = next((t.i for t in doc[head.i + 1:right] if t.text == "," and doc[t.i + 1].tag_ in ("WDT", "WP", "WP$")), None)
    if clause is not None:
        right = clause
    while right > left and doc[right].is_punct and doc[right].text not in (")",):
        right -= 1
    # A leading comma-separated part ("In comments to X, the Legion") never belongs to the subject.
    tokens = doc[left:right + 1]
    text = tokens.text
    if right + 1 < len(doc) and doc[right + 1].text == ")" and tokens.text.count("(") > tokens.text.count(")"):
        right += 1  # "the International Organization for Migration (IOM)"
        tokens = doc[left:right + 1]
    text = tokens.text
    # A leading part set off by a comma or a spaced dash ("HAVANA - Cuban authorities", a
    # dateline the parser hung on the subject) is not the speaker's name.
    commas = [t.i for t in tokens if t.i < head.i and (t.text == "," or t.text in ("-", "—", "–") and t.whitespace_
                                                       and t.i > 0 and doc[t.i - 1].whitespace_)]
    if commas:
        text = doc[commas[-1] + 1:right + 1].text
    text = _LEADING_MARK.sub("", text)  # "..., while the police put it at 300": the parser may hang the mark on the noun
    return text.strip(" ,;:—–-“”\"'")


# The share of capitalised words from which a line is written in title case.
TITLE_CASE_SHARE = 0.6


def _inside_a_name(token: Token) -> bool:
    """ "Doctors Without Borders", "the Armed Conflict Location and Event Data Project": a word
    inside one organisation's name, capitalised or within the name the tagger found."""
    if token.dep_ == "prep" and token.text[:1].isupper() and token.head.i == token.i - 1 \
            and token.head.pos_ in ("NOUN", "PROPN") and token.head.text[:1].isupper() \
            and any(c.dep_ == "pobj" and c.text[:1].isupper() for c in token.children):
        # not in a headline written in title case ("Estimates 6,000 Casualties In Kursk")
        words_of = [t for t in token.sent if t.is_alpha]
        return sum(t.text[0].isupper() for t in words_of) < TITLE_CASE_SHARE * len(words_of)
    if token.dep_ not in ("cc", "conj"):
        return False
    first = token.head
    last = token if token.dep_ == "conj" else next((c for c in first.children if c.dep_ == "conj"), first)
    return last.i > first.i and any(e.label_ in ("ORG", "FAC") and e.start <= first.i and e.end > last.i
                                    for e in token.doc.ents)


def _name_end(prep: Token) -> int:
    """The last word of a name's prepositional part ("Without Borders"), short of another source
    joined after it ("and the Red Cross")."""
    end = prep.i
    for token in prep.subtree:
        if token.dep_ in ("cc", "conj") and not _inside_a_name(token):
            break
        end = token.i
    return end


_LEADING_MARK = re.compile(r"^\s*(?:" + "|".join(words("concessive_marks")) + r"|but|and)\s+", re.IGNORECASE)


def _owns_a_body_named(ent: Span, head: Token) -> bool:
    """ "the forces of Khalifa Haftar", "the office of the governor": a person named as the owner
    of something the source phrase names after its head, which speaks for them."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" and root.head.head.i != head.i


def _person_in(head: Token) -> str | None:
    """A person named in the source phrase, with the titles written right before the name
    ("Lt. Gen. Scott D. Berrier, director of ..." → "Lt. Gen. Scott D. Berrier")."""
    # not a name inside a clause on the phrase: "the office for rescuing Yazidis" is no person's
    tokens = [t for t in head.subtree if not any(a.dep_ in ("relcl", "acl", "pcomp") for a in _between(head, t))]
    ents = [e for e in head.doc.ents if e.label_ == "PERSON" and any(e.start <= t.i < e.end for t in tokens)
            and not _names_a_country(e.text) and e[0].pos_ != "ADP"  # not "Without Borders"
            and e[-1].pos_ == "PROPN"  # not "Tuareg-led", a description the tagger took for a name
            and not (e[-1].dep_ == "compound" and e[-1].head.tag_ == "NNS")  # nor "Tuareg rebels", a people
            and not _is_dateline(e[-1])  # nor "KATHMANDU — Nepal's foreign ministry", where the story was filed
            and not _owns_a_body_named(e, head)]  # nor "a spokesman for the forces of Khalifa Haftar", who speaks for them
    if not ents:
        return None
    # "Putin ally Ramzan Kadyrov": the named person, not a name that describes them
    ent = next((e for e in ents if e.start <= head.i < e.end or e[-1].dep_ != "compound"), ents[0])
    start = ent.start
    while start > head.left_edge.i and head.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return head.doc[start:ent.end].text


def _names_a_country(text: str) -> bool:
    """ "Sri Lanka's", or a capital that stands for its state ("fighting for Kyiv"), which the
    tagger sometimes takes for a person's name."""
    from muster.normalize.countries import is_country_name

    name = re.sub(r"['’]s?$", "", text.strip())
    return is_country_name(name) or re.fullmatch(r"[A-Z]{2}", party_of(name) or "") is not None


def _between(head: Token, token: Token) -> list[Token]:
    """The chain of heads from `token` up to `head`."""
    chain = []
    while token.i != head.i and token.head.i != token.i:
        chain.append(token)
        token = token.head
    return chain


def _has_comma_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.text in (",", "—", "–", "(") for t in a.doc[lo + 1:hi])


@cache
def _generic_heads() -> frozenset[str]:
    return word_set("cues", "generic_source_heads")


@cache
def _generic_mods() -> frozenset[str]:
    return word_set("cues", "generic_source_modifiers")


_ROLE_HEADS = frozenset(words("role_heads"))


def generic_words(name: str) -> bool:
    """The same test on words outside a parse (a table's bracketed source): "local press",
    "officials" name no one; "Indian foreign ministry", "a veterans' union" do."""
    words_of = re.findall(r"[\w’'-]+", name)
    return bool(words_of) and words_of[-1].lower() in _generic_heads() and not any(w[0].isupper() for w in words_of)


def may_speak(noun: Token) -> bool:
    """ "people", "officials", "officers", "diplomats": a noun that can name who tells a figure."""
    return bool({noun.lemma_.lower(), noun.lower_} & (_generic_heads() | _ROLE_HEADS))


def is_generic(head: Token) -> bool:
    """ "media reports", "officials", "a well-informed source": no one is named. A proper
    name anywhere in the phrase ("US intelligence officials", "Pentagon figures") names one."""
    if head.lemma_.lower() not in _generic_heads() and head.lower_ not in _generic_heads():
        return False
    if head.lemma_.lower() in _ROLE_HEADS:
        # "an official", "Israeli officials", "officials from the ministry": the contract counts a
        # role description as named; bare "officials" (or "officials in the capital") describe no one.
        # "local officials", "news agencies" and "unnamed officials" describe no one either.
        return head.tag_ == "NNS" and not any(c.dep_ not in ("det", "punct", "prep") and c.lower_ not in _VAGUE_ROLE_MODIFIERS
                                              for c in head.lefts) and not any(
            c.dep_ == "prep" and c.lower_ in ("of", "from", "at", "with") for c in head.rights)
    if any(_close_to_a_body(c) for c in head.rights):
        return False  # "sources close to the Wagner group", "sources within Hamas": tied to a named body
    for t in [*head.lefts, *(c for c in head.rights if c.dep_ == "compound")]:
        if t.i == head.i or t.is_punct or t.lower_ in _generic_mods() or t.pos_ in ("DET", "ADP", "ADV", "NUM"):
            continue
        if t.dep_ in ("relcl", "acl"):
            break
        if t.pos_ == "PROPN" and not _is_demonym(t):
            return False
        if t.pos_ == "NOUN" and t.lemma_.lower() not in _generic_heads() and t.lower_ not in _generic_mods():
            return False
    return True


_VAGUE_ROLE_MODIFIERS = frozenset(words("vague_role_modifiers"))


def _close_to_a_body(modifier: Token) -> bool:
    """ "close to Africa Corps", "within the Wagner group", "inside Hamas", "in the ministry": a
    modifier after a generic head that ties it to a body the text names (not a place: "sources
    in Kyiv")."""
    if modifier.lower_ == "close":
        objects = [o for p in modifier.children if p.lower_ == "to" for o in p.subtree]
    elif modifier.dep_ == "prep" and modifier.lower_ in ("within", "inside"):
        objects = list(modifier.subtree)[1:]
    elif modifier.dep_ == "prep" and modifier.lower_ in ("in", "at"):
        # "a source in the local military administration", "sources at the ministry": a body, by
        # its common name (not "sources in Kyiv", a place)
        return any(o.dep_ == "pobj" and o.lemma_.lower() in _body_words() and o.ent_type_ not in ("GPE", "LOC")
                   and not (o.pos_ == "PROPN" and names_a_capital(o.text)) for o in modifier.children)
    else:
        return False
    return any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC") and not _is_demonym(t) for t in objects)


def _is_demonym(token: Token) -> bool:
    code = code_for(token.text)
    return code is not None and token.ent_type_ == "NORP"


def _subject(verb: Token) -> Token | None:
    # The subject nearest the verb first: a dateline the parser also made a subject
    # ("Kathmandu, Dec 26 (Agency) The minister said ...") stands further away.
    relative = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")), None)
    # not "the militia, which they said numbered 5,000": the relative pronoun is what they said it of
    speaking = any(c.dep_ == "nsubj" and c.i > getattr(relative, "i", len(verb.doc)) for c in verb.children)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and relative is not None and not speaking:
        # "the UN agency for Palestinian refugees, UNRWA, which says ...": the parser may hang the
        # clause on the noun before the name set off by commas; the name right before it speaks
        named = next((c for c in verb.head.children if c.dep_ == "appos" and c.right_edge.i + 2 == relative.i
                      and c.doc[c.right_edge.i + 1].text == ","), None)
        return named if named is not None else verb.head  # "a military official, who cited several hundred casualties"
    if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and verb.head.head.dep_ == "ROOT" \
            and verb.head.head.pos_ in ("NOUN", "PROPN") and verb.head.head.i < verb.head.i:
        # "Groups that assist the families say ...": the parser hung the verb inside the clause
        # that describes its subject, whose object it then took for the speaker
        return verb.head.head
    named = next((c for c in verb.children if c.dep_ == "csubj" and c.i == c.sent.start and c.is_title
                  and not is_reporting_verb(c) and any(o.dep_ == "dobj" for o in c.children)), None)
    if named is not None:
        return named  # "Save the Children said ...": a name that opens with a verb
    hung = _speaker_hung_as_apposition(verb)
    if hung is not None:
        return hung
    for child in sorted(verb.children, key=lambda c: abs(verb.i - c.i)):
        if child.dep_ in _SUBJECT_DEPS and (child.lower_ not in ("that", "which", "this", "who") or child.text == "WHO"):
            if child.dep_ == "nsubjpass" and verb.lemma_ != "tell":
                continue
            if _is_dateline(child):
                # "BAMAKO — Tuareg rebels said ...": the parser took the dateline for the subject
                child = next((c for c in child.children if c.dep_ == "appos"), child)
            return _past_a_preposition(child)
    for child in verb.children:  # passive with an agent: "was reported by X (to have ...)"
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None  # "two battalions were said to be ...": a passive report names no one
    if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp") and verb.head.i != verb.i:
        if verb.dep_ == "pcomp":
            return None
        return _subject(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and (
            verb.tag_ != "VBN" or any(c.dep_ == "ccomp" for c in verb.children)):
        # not "the losses, estimated at 300": what a participle describes says nothing, unless the
        # parser took a verb with a clause of its own for one ("researchers who ... estimated that")
        return verb.head
    return _misread_subject(verb) or _subject_in_opening_phrase(verb)


def _speaker_hung_as_apposition(verb: Token) -> Token | None:
    """ "... were taken prisoner, a Ukrainian official in charge of prisoner affairs said": the
    parser may hang the speaker right before a closing verb on the word before its comma, and
    take a noun further back for the subject."""
    if verb.i < 2 or any(c.dep_ in _SUBJECT_DEPS and c.i == verb.i - 1 for c in verb.children):
        return None
    phrase = next((t for t in verb.doc[verb.sent.start:verb.i] if t.dep_ == "appos" and t.right_edge.i == verb.i - 1
                   and t.head.i < t.left_edge.i and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
                   and t.pos_ in ("NOUN", "PROPN")), None)
    if phrase is None or not any(c.dep_ in _SUBJECT_DEPS and c.i < phrase.left_edge.i for c in verb.children):
        return None
    return phrase


def _subject_in_opening_phrase(verb: Token) -> Token | None:
    """ "In an interview with this newspaper, the medic, who asked not to be named, said ...": the
    parser may hang the speaker on the opening phrase as an apposition; it stands right before
    the verb, set off by commas."""
    for opening in (c for c in verb.children if c.dep_ in ("prep", "advcl") and c.i < verb.i):
        for appos in (t for t in opening.subtree if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")):
            # the outermost apposition, whose phrase runs up to the verb ("the commander, a former teacher, said")
            if all(t.is_punct for t in verb.doc[appos.right_edge.i + 1:verb.i]) and verb.doc[verb.i - 1].text == ",":
                return appos
    return None


def _past_a_preposition(subject: Token) -> Token:
    """ "... promised jobs as security guards, their relatives and an official said": the parser
    may take the object of a preposition for the first of the speakers; the speakers are the
    coordinated phrases after the comma. So are they after a share the parser took for the
    subject: "killed 30 people, most of them fighters, residents and a worker told AFP"."""
    before = subject.left_edge.i - 1
    share = any(c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PRON" for o in c.children) for c in subject.children)
    if not share and (before < 0 or subject.doc[before].pos_ != "ADP"):
        return subject
    after_comma = [c for c in subject.children if c.dep_ == "conj" and any(
        t.text == "," for t in subject.doc[subject.i:c.left_edge.i])]
    return after_comma[0] if after_comma else subject


def _relative_clause_of(noun: Token) -> set[int]:
    """The token indexes of the relative clauses on `noun` ("an official, who cited 300 ...")."""
    return {t.i for c in noun.children if c.dep_ == "relcl" for t in c.subtree}


def _told_to(verb: Token) -> Token | None:
    if verb.lemma_.lower() not in word_set("cues", "told_to_verbs"):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ == "PROPN" and child.ent_type_ != "PERSON":
            return child
    return None


def _cited(token: Token) -> list[Token]:
    """ "X, citing Y, said", "according to X, which cited Y": the cited source heads."""
    out = []
    if token.lemma_.lower() in ("cite", "quote") and any(
            c.lower_ == "as" and any(g.lower_ == "saying" for g in c.children) for c in token.children):
        # "outlets cited the minister as saying ...": the one cited speaks for what follows
        out += [c for c in token.children if c.dep_ == "dobj"]
    for child in token.children:
        if child.lemma_.lower() in ("cite", "quote") and child.dep_ in ("advcl", "relcl", "xcomp", "acl", "conj", "prep", "pcomp"):
            out += [c for c in child.children if c.dep_ in ("dobj", "pobj")]
    return out


_DOCUMENT_VERBS = frozenset(words("document_verbs"))
# Documents that stand as sources by themselves ("a UN report", "Pentagon estimates").
_NAMED_AS_DOCUMENT = frozenset({"estimate", "figure", "report", "statistic", "data"})


# Carrier nouns that are the count itself ("the number", "the toll"), not a document giving it.
_COUNT_NOUNS = frozenset({"number", "count", "toll", "release"})


def _counted_in_a_tally(document: Token, obj: Token) -> bool:
    return document.lemma_.lower() in TALLY_NOUNS and (
        is_people_noun(obj) or obj.lemma_.lower() in word_set("cues", "put_objects"))


def _names_its_author(document: Token, source: Source) -> bool:
    """Whether the source read from a document noun is someone other than the document itself."""
    return source.name != phrase_for(document)


def _the_speakers_own(document: Token) -> bool:
    """ "said in a statement", "wrote in a report": a document in a phrase on a reporting verb
    is that verb's speaker's own."""
    prep = document.head
    return document.dep_ == "pobj" and prep.dep_ == "prep" and is_reporting_verb(prep.head)


def _says_that(document: Token, span: Span) -> bool:
    """Whether the count stands in the document noun's own "that" clause ("claims that 300 died"),
    written with or without its "that"."""
    return any(c.dep_ in ("acl", "ccomp") and c.left_edge.i <= span.start <= c.right_edge.i
               and any(m.dep_ == "mark" and m.lower_ == "that" or m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
               for c in document.children)  # "allegations thousands had been duped": the "that" left out


def syntactic_sources(span: Span) -> list[Source]:
    """Sources from reporting verbs on the path from the number up to the sentence root."""
    out: list[Source] = []
    root = anchor(span)
    came_from = None
    for token in [root, *root.ancestors]:
        if out and came_from is not None and came_from.dep_ == "conj" and _subject(came_from) is not None:
            break  # "X said she would help, and an official claimed 3,000 had volunteered": X did not say it
        # "The government declared an emergency and has detained thousands": a verb joined to a
        # reporting verb is a deed of its own, not what that verb reports
        parallel = came_from is not None and came_from.dep_ == "conj" and came_from.head.i == token.i \
            and came_from.pos_ == "VERB" and _object_of(came_from, root) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in came_from.children)
        came_from = token
        if token.i in range(span.start, span.end):
            continue
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in _CARRIER_NOUNS and _verb_read_as_noun(token):
            # "..., the foreign office estimates.": the verb, tagged as the plural noun, after its speaker
            start = min(c.left_edge.i for c in token.lefts if c.dep_ in ("compound", "amod", "det"))
            name = token.doc[start:token.i].text
            out.append(Source(name, token.text, generic=generic_words(name)))
            continue
        if token.pos_ == "NOUN" and lemma in _CARRIER_NOUNS:
            source = _source_from(token, token.text)
            # "a UN report", "claims by rebel commanders"; a bare "statement" names no one
            authored = lemma in _NAMED_AS_DOCUMENT or _names_its_author(token, source)
            if not authored and _says_that(token, span):
                # "amid claims that 300 fighters died", "allegations that 500 were tortured surfaced":
                # someone unnamed said it, whoever speaks of the claims further up; but "said in a
                # statement that ..." is the speaker's own statement
                out.append(Source(token.text, "", generic=True))
                if _the_speakers_own(token):
                    continue
                break
            if authored and token.dep_ != "nsubj" and lemma not in _COUNT_NOUNS:
                out.append(source)
                continue
        if token.pos_ == "VERB" and token.i != root.i:
            # "recalled claims by separatist forces regarding the deaths of 300,000": the parser
            # hangs "regarding ..." on the verb, beside the document it belongs to
            document = next((c for c in token.children if c.dep_ == "dobj" and c.i < span.start and c.pos_ == "NOUN"
                             and c.lemma_.lower() in _CARRIER_NOUNS - _COUNT_NOUNS
                             and not c.left_edge.i <= span.start <= c.right_edge.i), None)
            if document is not None and _names_its_author(document, named := _source_from(document, document.text)):
                out.append(named)
                continue
        for clause in token.children:
            # "what the ministry informed us ... is that roughly 300 Peruvians took part"; "Today,
            # he says, only eight are still fighting": a reporting clause set in the sentence
            if clause.dep_ in ("csubj", "parataxis") and is_reporting_verb(clause) and not (
                    clause.dep_ == "parataxis" and clause.left_edge.i <= span.start <= clause.right_edge.i):
                clause_subject = _subject(clause)
                if clause_subject is not None and clause_subject.lower_ not in word_set("cues", "first_person"):
                    out.append(_source_from(clause_subject, clause.text))
        if not is_reporting_verb(token) or parallel:
            continue
        if token.lemma_.lower() in _DOCUMENT_VERBS and any(
                c.dep_ == "dobj" and c.left_edge.i <= span.start <= c.right_edge.i for c in token.children) \
                or _hands_over_people(token):
            continue  # "Hamas released 13 hostages", "hostages released by the group": it acts on people
        if _reports_its_own_part(token, span):
            break
        if token.lemma_.lower() == "claim" and any(c.dep_ == "dobj" and not c.left_edge.i <= span.start <= c.right_edge.i
                                                   for c in token.children):
            continue  # "the gang, which has about 100 members, claimed the attack": it took the deed, it reported nothing
        subject = _aside_before_the_speaker(_subject(token))
        # "Researchers who tracked obituaries estimated that ...": the parser may hang the verb on
        # its subject; what it says is not part of the subject
        own_clause = range(token.left_edge.i, token.right_edge.i + 1) if token.head.i == getattr(subject, "i", -1) else range(0)
        if subject is not None and any(t.i in range(span.start, span.end) for t in subject.subtree
                                       if t.i not in _relative_clause_of(subject) and t.i not in own_clause):
            continue  # "Nine US citizens confirmed dead": the counted people are not a source
        if _concedes_after(token, span):
            continue
        verb_text = token.text
        if subject is None:
            continue
        if subject.lower_ == "it" and any(c.dep_ == "expl" or c.dep_ == "nsubjpass" for c in token.children):
            continue  # "it is believed": a hedge, read from the text
        if subject.lower_ in word_set("cues", "first_person"):
            continue  # the speaker of the quotation covers "we estimate"
        if _speaker_again(subject, token) or _counts_its_own_ranks(token, subject, root):
            continue
        out.append(_source_from(subject, verb_text))
        recipient = _told_to(token)
        if recipient is not None:
            out.append(_source_from(recipient, verb_text))
        for cited in _cited(token) + _cited(subject):
            if not cited.left_edge.i <= span.start <= cited.right_edge.i:  # "cited 300 casualties" cites no one
                out.append(_source_from(cited, "citing"))
        mark = concessive_mark(token)
        if mark is not None and mark.i < span.start:
            break  # "A said 3,000 left, while B counted 1,000": B's figure is B's alone
    if not out:
        out += _speaker_of_its_clause(root)
    if not out or len(out) == 1 and _is_a_document(out[0]):
        # "A count of deaths ... has identified 100,000 soldiers, the outlet said": who made the
        # document speaks through it
        out = _trailing_attribution(span) + out
    return out


_REFERENCE_PRONOUNS = frozenset(words("reference_pronouns"))


def _aside_before_the_speaker(subject: Token | None) -> Token | None:
    """ "..., many of them incommunicado, a UN mission said": the parser may make the aside about
    the counted people the subject and hang the speaker on it as an apposition."""
    if subject is None:
        return None
    speaker = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if speaker is not None and any(t.lower_ in _REFERENCE_PRONOUNS for t in subject.subtree if t.i < speaker.left_edge.i):
        return speaker
    return subject


def _reports_its_own_part(verb: Token, span: Span) -> bool:
    """ "Advocates fear dozens could be killed; the Taliban has said former soldiers have nothing
    to fear": a reporting verb after a semicolon that reports a clause of its own there does not
    report a count before the semicolon, though the parser may hang that clause on it too."""
    marks = [t.i for t in verb.sent if t.text == ";" and span.end <= t.i < verb.i]
    return bool(marks) and any(c.dep_ == "ccomp" and c.i > marks[-1] for c in verb.children)


def _object_of(verb: Token, count: Token) -> bool:
    """Whether the count, or the noun it counts, is the verb's object ("arrested 40 protesters")."""
    held = count.head if count.dep_ == "nummod" else count
    return held.dep_ == "dobj" and held.head.i == verb.i


def _is_a_document(source: Source) -> bool:
    """ "A count of Russian military deaths based on obituaries", "the study": a document."""
    words_ = re.findall(r"[a-z]+", source.name.lower())
    return bool(words_) and words_[0] in ("a", "an", "the") and len(words_) > 1 and words_[1] in _CARRIER_NOUNS


_ARMED_BODIES = frozenset(words("armed_bodies"))


def _counts_its_own_ranks(verb: Token, subject: Token, number: Token) -> bool:
    """ "the division counted 20,000 fighters", "the force, which once numbered 22,000 troops":
    an armed body that counts or numbers men has them; it does not report on them. A body that
    counts what befell people ("the army counted 120 bodies", "300 civilians killed") still speaks."""
    if verb.lemma_.lower() not in ("count", "number") or subject.lemma_.lower() not in _ARMED_BODIES:
        return False
    counted = number.head if number.dep_ == "nummod" else None
    # "bodies", "prisoners", "refugees": nouns that say what befell people, which a body reports
    return counted is None or is_people_noun(counted) and not noun_events({counted.lemma_.lower()}) and not any(
        c.dep_ in ("acl", "relcl", "amod") and c.tag_ == "VBN" for c in counted.children)


def _speaker_of_its_clause(count: Token) -> list[Source]:
    """ "far fewer than the 400,000 it claims", "the 5,000 the ministry reported": a reporting
    verb in a relative clause on the count, with a subject of its own, gives the figure."""
    for clause in count.children:
        if clause.dep_ != "relcl" or not is_reporting_verb(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ not in ("WDT", "WP") and subject.lower_ not in word_set("cues", "first_person"):
            return [_source_from(subject, clause.text)]
    return []


PERSON_ROLES = frozenset(words("person_roles"))


def _speaker_again(subject: Token, verb: Token) -> bool:
    """ "The group says it believes 1,500 serve": a pronoun that reports inside what a speaker
    says is that speaker, who is named once, above it."""
    if subject.lower_ not in ("it", "they", "he", "she") or verb.dep_ != "ccomp" or not is_reporting_verb(verb.head):
        return False
    outer = _subject(verb.head)
    if outer is None:
        return False
    if outer.lower_ == "one":
        # "One of the generals said he believed ...": the one is of the people the phrase names
        outer = next((p for c in outer.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj"), outer)
    if subject.lower_ in ("he", "she"):
        # "The agency said he claimed ...": a person is not the body that reports him
        return outer.lower_ == subject.lower_ or outer.ent_type_ == "PERSON" or outer.lemma_.lower() in PERSON_ROLES
    plural = outer.tag_ in ("NNS", "NNPS") or outer.lower_ == "they"
    return plural == (subject.lower_ == "they") and outer.ent_type_ != "PERSON"

MAX_TRAILING_SOURCE_TOKENS = 12

CONTRASTIVE_MARKS = frozenset(words("concessive_marks"))


def concessive_mark(verb: Token) -> Token | None:
    """The "though"/"while" that opens a verb's clause after a comma ("3,000 left, though a UN
    group put the number at 5,500"), on the verb or, as the parser may hang it, on its subject."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in CONTRASTIVE_MARKS), None)
    if mark is None:
        mark = next((t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                     if t.i == c.left_edge.i and t.lower_ in CONTRASTIVE_MARKS), None)
    return mark if mark is not None and mark.i > 0 and mark.nbor(-1).text == "," else None


def _concedes_after(verb: Token, span: Span) -> bool:
    """A concessive clause written after the number gives another speaker's figure; the parser
    may hang the number's clause under it."""
    mark = concessive_mark(verb)
    return mark is not None and span.end <= mark.i < verb.i


# How far into a sentence a dateline ("KYIV:", "RIGA, Latvia —") may run.
DATELINE_TOKENS = 4


def _is_dateline(token: Token) -> bool:
    """ "BANGKOK: An airstrike killed ten civilians, locals said.": the place a story was filed
    from, which the parser may take for the subject of the closing reporting verb."""
    after = token.i + 1
    return token.i < DATELINE_TOKENS and after < len(token.doc) and token.doc[after].text in (":", "—", "–")


def _phrase_after_comma(verb: Token) -> Span | None:
    """ "..., the Ukrainian embassy in Tokyo said.": the noun phrase between the last comma and
    a subjectless reporting verb, when the parser attached it elsewhere."""
    doc = verb.doc
    commas = [t.i for t in doc[max(0, verb.i - MAX_TRAILING_SOURCE_TOKENS - 1):verb.i] if t.text == ","]
    if not commas:
        return None
    phrase = doc[commas[-1] + 1:verb.i]
    if any(t.lower_ in ("whom", "which") for t in phrase[:2]):
        return None  # "59 hostages, of whom Israel believes 35 are dead": the clause speaks of a part
    if phrase[:1] and phrase[0].dep_ == "cc":
        return None  # "94 remain in Gaza, and Israel believes 34 are dead": a clause of its own
    relative = next((t.i for t in phrase if t.lower_ in ("that", "who", "which") and t.i > phrase.start), verb.i)
    if not len(phrase) or any(t.pos_ in ("VERB", "AUX") and not _describes_noun(t) and t.i < relative for t in phrase) \
            or not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
        return None
    return phrase  # "..., a group that helps deserters said": a relative clause describes the speaker


def _describes_noun(token: Token) -> bool:
    """ "a monitor based in Britain", "a group backed by Iran", "a Britain-based monitor": a
    participle after a noun of the phrase, or joined to one by a hyphen, describes it; it is
    not a verb of its own."""
    return token.tag_ == "VBN" and token.i > 0 and (token.nbor(-1).pos_ in ("NOUN", "PROPN") or token.nbor(-1).text == "-")


_INVERTED_OPENERS = (",", "”", "\"", "—", "–")
_PHRASE_POS = ("DET", "ADJ", "PROPN", "NOUN", "NUM")


def _phrase_after_verb(verb: Token) -> Span | None:
    """ "..., said a UN report released this week.", "..., says the border service": the
    inverted order news uses after a quotation or a figure. The speaker is the noun phrase right
    after a reporting verb that itself follows a comma or a closing quote; the parser often
    hangs that phrase on a later verb instead."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in _INVERTED_OPENERS:
        return None
    end = verb.i + 1
    while end < len(doc):
        token = doc[end]
        joins_name = token.lower_ in ("of", "for", "'s", "’s") and end + 1 < len(doc) and doc[end + 1].pos_ in _PHRASE_POS
        if token.pos_ not in _PHRASE_POS and token.tag_ != "POS" and not joins_name:
            break
        end += 1
    phrase = doc[verb.i + 1:end]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
        return None
    return phrase


def _phrase_head(phrase: Span) -> Token:
    """The head noun of a flat phrase: the last noun before any "of"/"for"."""
    nouns = []
    for token in phrase:
        if token.lower_ in ("of", "for", "that", "who", "which") or _describes_noun(token):
            break
        if token.pos_ in ("NOUN", "PROPN"):
            nouns.append(token)
    return nouns[-1] if nouns else phrase.root


def _trailing_attribution(span: Span) -> list[Source]:
    """ "..., the country's president claimed on Sunday." The parser often hangs such a
    closing attribution on the nearest noun; a reporting verb after the number whose subject
    opens right after a comma is the source of the whole sentence before it. The whole parsed
    text is one sentence of the article, though the parser may split a headline in two
    ("22 soldiers killed in ambush, army says")."""
    for token in span.doc:
        if token.i < span.end or not is_reporting_verb(token) or concessive_mark(token) is not None:
            continue
        if token.dep_ == "relcl" and token.head.like_num:
            continue  # "well above the 500 the ministry reported": the clause gives its own number only
        subject = next((c for c in token.children if c.dep_ == "nsubj" and not _is_dateline(c)), None)
        if subject is None:
            phrase = _phrase_after_comma(token) or _phrase_after_verb(token)
            if phrase is not None:
                return [Source(phrase.text, token.text, generic=is_generic(_phrase_head(phrase)))]
            continue
        if subject.i > token.i and token.i > 0 and token.doc[token.i - 1].text in _INVERTED_OPENERS:
            return [_source_from(subject, token.text)]  # "..., said the district governor."
        if subject.left_edge.i == 0 or subject.left_edge.i <= span.start <= subject.right_edge.i:
            continue  # "..., thousands of Britons said they would go": the counted people speak
        before = token.doc[subject.left_edge.i - 1]
        if before.text in (",", "”", "\"") and subject.lower_ not in word_set("cues", "first_person") \
                and subject.tag_ not in ("WDT", "WP"):
            return [_source_from(subject, token.text)]
        phrase = _phrase_after_comma(token)
        if phrase is not None and phrase.start < subject.i and subject.lower_ not in word_set("cues", "first_person"):
            # "..., a group that helps deserters said": the parser took the clause's noun for the subject
            return [Source(phrase.text, token.text, generic=is_generic(_phrase_head(phrase)))]
    return []


_CARRIER_NOUNS = frozenset(words("carrier_nouns"))


def _hands_over_people(verb: Token) -> bool:
    """ "released 105 hostages while 129 remain", "the hostages released by the group", "will
    release 30 prisoners": a verb that publishes documents (release, give, provide) reports
    only what it publishes is a document or a clause; what else it hands over is people."""
    if verb.lemma_.lower() not in _DOCUMENT_VERBS:
        return False
    handed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        handed.append(verb.head)
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    return bool(handed) and not any(h.lemma_.lower() in _CARRIER_NOUNS for h in handed)


def _source_from(head: Token, cue: str) -> Source:
    """ "the statistics of the Syrian Observatory", "a statement from the interior ministry": the
    body behind the document is the source."""
    if head.pos_ == "NOUN" and (head.lemma_.lower() in _CARRIER_NOUNS or head.lower_ in _CARRIER_NOUNS):
        # "figures released by the ministry": the agent of a participle on the document
        # (a participle, not a clause: "reports that 20 were held by rebels" names no issuer)
        # "data obtained by the project": who obtained an unnamed document speaks for it; "a UN
        # report seen by AFP" has its own author, and AFP only passes it on (_recipients)
        passed_on = _RECEIVING_VERBS if not is_generic(head) else frozenset()
        issuers = [a for c in head.children if c.dep_ == "acl" and c.lemma_.lower() not in passed_on and not any(
            x.dep_ in ("nsubj", "nsubjpass", "mark") for x in c.children) for a in c.children if a.dep_ == "agent"]
        # "a tally of death notices by a volunteer group": who made it before what it is of
        preps = sorted((c for c in head.children if c.dep_ == "prep"), key=lambda c: c.lower_ == "of")
        for child in preps + issuers:
            if child.lower_ in ("of", "from", "by"):
                obj = read_past_ranging(next((o for o in child.children if o.dep_ == "pobj"), None))
                if child.lower_ == "of" and obj is not None and _counted_in_a_tally(head, obj):
                    continue  # "its tally of Russian losses": what a tally counts is not its author
                if child.lower_ == "of" and obj is not None and any(t.like_num for t in obj.subtree):
                    # "claims of 200 militants killed", "reports of 300 deaths": what the document
                    # says, not who made it; a document no one owns is no one's
                    owner = next((c for c in head.children if c.dep_ == "poss"), None)
                    if owner is None:
                        return Source(head.text, cue, generic=True)
                    source = _source_from(owner, cue)
                    source.name = re.sub(r"\s*['’]s$", "", source.name)  # "Moscow's claims": Moscow
                    return source
                author = next((o for p in (obj.children if obj is not None else ()) if p.dep_ == "prep" and p.lower_ == "by"
                               for o in p.children if o.dep_ == "pobj"), None)
                if child.lower_ == "of" and author is not None:
                    return _source_from(author, cue)  # "a count of obituaries by independent media": its maker
                if obj is not None and any(t.pos_ in ("PROPN", "NOUN") for t in obj.subtree) and obj.lemma_.lower() not in _CARRIER_NOUNS:
                    return _source_from(obj, cue)
    name = phrase_for(head)
    # "The WHO cited ...": an acronym the tagger took for a pronoun is a name
    return Source(name, cue, generic=is_generic(head), pronoun=head.pos_ == "PRON" and not head.text.isupper())


def _recipients(document: Token) -> list[Token]:
    """ "a UN report seen by AFP", "documents obtained by the BBC": who saw the document passes it
    on after its author; they did not write it. The publisher itself ("seen by this newspaper",
    "obtained by our reporters") passes on nothing."""
    return [o for c in document.children if c.dep_ == "acl" and c.lemma_.lower() in _RECEIVING_VERBS
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
            and not any(d.lower_ in ("this", "our") for d in o.children if d.dep_ in ("det", "poss"))]


_RECEIVING_VERBS = frozenset(words("document_receiving_verbs"))


@cache
def _body_words() -> frozenset[str]:
    kinds = load_json("source_kinds.json")
    return frozenset(kinds["government_words"] + kinds["organization_words"])


def _names_a_body(token: Token) -> bool:
    """ "UN", "Pentagon", "ministry", "police": a word that can own a document; "death" in
    "death toll" cannot."""
    return token.pos_ == "PROPN" and not _is_demonym(token) or token.lemma_.lower() in _body_words()


_ALSO_PLACES = frozenset(words("carriers_also_places"))
_PLACE_HOLDERS = frozenset(words("place_holders"))


def _posted(token: Token) -> bool:
    """Whether a noun that may be a place ("post") is a document here: a name, or a body that
    holds no such places, owns it, or it is put on something ("Zelensky's post", "a Telegram
    post", "the ministry's post", "a post on X"; not "an army post")."""
    return any(c.dep_ == "prep" and c.lower_ == "on" or c.dep_ in ("poss", "compound") and (
        c.pos_ == "PROPN" or c.dep_ == "poss" and c.lemma_.lower() not in _PLACE_HOLDERS) for c in token.children)


_EVIDENCE_VERBS = frozenset(words("evidence_verbs"))


def document_owners(sent: Span) -> list[Source]:
    """ "the ministry's tally", "by the army's count", "UN figures show", "the ministry data":
    a document named with its owner in front of it gives the owner as the source of the
    sentence's figures, wherever the parser hangs the document."""
    out = []
    for token in sent:
        if token.pos_ != "NOUN" or (token.lemma_.lower() not in _CARRIER_NOUNS and token.lower_ not in _CARRIER_NOUNS):
            continue
        if token.lower_ in _ALSO_PLACES and not _posted(token):
            continue  # "jihadists stormed an army post": a place
        if token.lower_ == "numbers" and any(c.dep_ == "prep" and any(o.like_num for o in c.children) or c.like_num
                                             for c in token.rights):
            continue  # "its army numbers around 40,000": the verb that counts, read as a noun
        if any(a.lemma_.lower() in _EVIDENCE_VERBS and a.dep_ == "acl" for a in token.ancestors):
            continue  # "a count ..., based on obituaries and court records": what it rests on, not who made it
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
        if owner is not None:
            name = re.sub(r"\s*['’]s?$", "", phrase_for(owner))
            out.append(Source(name, token.text, generic=is_generic(owner)))
            continue
        modifiers = [c for c in token.lefts if c.dep_ == "compound" and not c.like_num]
        if modifiers and modifiers[-1].i == token.i - 1 and _names_a_body(modifiers[-1]):
            determiner = next((c.text + " " for c in token.lefts if c.dep_ == "det"), "")
            # "The Houthis claim to have 200,000 fighters": a verb read as a document, whose
            # infinitive says so; the name before it is the speaker, without the verb
            end = token.i if _takes_an_infinitive(token) else token.i + 1
            out.append(Source(determiner + sent.doc[modifiers[0].left_edge.i:end].text, token.text))
    return out


def _takes_an_infinitive(token: Token) -> bool:
    """ "claim to have", "claims to have killed": a noun with an infinitive of its own is a verb."""
    return any(c.dep_ in ("acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in token.children)


def misread_opening_speaker(sent: Span) -> list[Source]:
    """ "Researchers at a Belgian university estimate that 300,000 died": the tagger reads the
    reporting verb after a prepositional phrase as that phrase's noun ("a university estimate").
    A reporting word followed by "that" whose phrase opens the sentence is the verb, and the
    words before it are its speaker."""
    for token in sent:
        if token.tag_ not in ("NN", "NNS") or token.dep_ != "pobj" or token.lemma_.lower() not in _reporting_lemmas():
            continue
        after = token.i + 1
        if after >= sent.end or token.doc[after].lower_ != "that":
            continue
        phrase = token.doc[sent.start:token.i]
        words = [t for t in phrase if not t.is_punct]
        if words and words[0].pos_ in ("NOUN", "PROPN") and not any(t.pos_ in ("VERB", "AUX") for t in phrase):
            return [Source(phrase.text, token.text, generic=is_generic(words[0]))]
    return []


# "figures released by X", "data compiled by a research group": who made the figures speaks for
# them; a compiler is named even by a role ("a research group")
_COMPILING = frozenset(words("figure_compilers"))
_FIGURES_GIVEN_BY = frozenset(words("figures_given_by")) | _COMPILING
_WHAT_SAID = re.compile(r"\bwhat\s+(?P<name>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,5}?)\s+"
                        r"(?:informed|told|said|reported|claimed|says|tells|informs)\b")


def according_to_sources(sent: Span, count: Span | None = None) -> list[Source]:
    """ "according to X", "as per X", "based on information provided by X", "with reference to X",
    "what the Russian government informed us ... is that". With `count`, not an "according to"
    inside a relative clause the count is not in ("The group, which has 5,800 members according
    to the army, holds 30 hostages": the army speaks for the members only)."""
    out = [Source(m.group("name"), m.group().split()[-1]) for m in _WHAT_SAID.finditer(sent.text)]
    for token in sent:
        low = token.lower_
        if count is not None and low in ("according", "per", "by", "to") and _in_another_clause(token, count):
            continue
        if low == "according" and token.nbor(1).lower_ == "to" if token.i + 1 < len(token.doc) else False:
            prep = token.nbor(1)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) or \
                next((c for c in token.children if c.dep_ == "pobj"), None) or \
                next((c for t in token.children for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None:
                out.append(_source_from(obj, sent.doc[token.i:token.i + 2].text))
                out += [_source_from(c, "citing") for c in _cited(obj)]
                out += [_source_from(r, "seen by") for r in _recipients(obj)]
            elif (named := next((c for c in prep.children if c.dep_ == "pcomp" and c.is_title), None)) is not None:
                # "according to Save the Children": a name that opens with a verb, which the parser reads as one
                name = sent.doc[named.left_edge.i:named.right_edge.i + 1].text.strip(" ,;:.")
                out.append(Source(name, sent.doc[token.i:token.i + 2].text))
        elif low == "per" and token.i > 0 and token.doc[token.i - 1].lower_ == "as":
            obj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if obj is not None:
                out.append(_source_from(obj, "as per"))
        elif low in ("by", "to") and token.i >= 2 and token.doc[token.i - 1].lower_ in _FIGURES_GIVEN_BY \
                and not _hands_over_people(token.doc[token.i - 1]):  # "figures released by X", not "hostages released by X"
            obj = next((c for c in token.children if c.dep_ == "pobj"), None)
            compound = [c for c in obj.children if c.dep_ == "compound"] if obj is not None else []
            if compound and obj.lemma_.lower() in _reporting_lemmas():
                obj = compound[-1]  # "compiled by a research group shows": the verb read as the group's noun
            if obj is not None and (any(t.pos_ == "PROPN" or t.lower_ == "government" for t in obj.subtree) or (
                    token.doc[token.i - 1].lower_ in _COMPILING and not is_generic(obj))):
                out.append(_source_from(obj, sent.doc[token.i - 1:token.i + 1].text))
        elif low == "to" and token.i >= 2 and token.doc[token.i - 1].lower_ == "comments":
            obj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if obj is not None:
                out.append(_source_from(obj, "in comments to"))
    return out


def _in_another_clause(token: Token, count: Span) -> bool:
    """Whether `token` stands in a relative clause that does not hold the count."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and count.root.i not in {t.i for t in clause.subtree}


_HEADLINE_SOURCE = re.compile(r"(?:[:|]\s*|\s[–—-]\s+)(?P<name>[A-Z][\w.'’&/ -]{1,60}?|report|reports)\s*$")


_HEADLINE_SPEAKER = re.compile(r"^(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s*:\s+\S")


@cache
def _headline_role_speaker() -> re.Pattern[str]:
    """ "Legion commander: ...", "Ukrainian official: ...": a name or nationality and a role word."""
    roles = "|".join(sorted(words("person_roles"), key=len, reverse=True))
    return re.compile(rf"^(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,3}}\s+(?:{roles})s?)\s*:\s+\S")


def headline_source(text: str) -> str | None:
    """ "Around 10,000 prisoners ... killed: Wagner head" — the source after the colon; or
    "Minister: 31,000 soldiers killed" — the one before it, unless that is a dateline
    ("WASHINGTON:", "KUALA LUMPUR:"), a country or a topic label ("Gaza war:", "Live:")."""
    m = _HEADLINE_SOURCE.search(text)
    if m:
        name = m.group("name").strip()
        # "Ukraine war: Kyiv says 300 fighters captured" ends on the claim itself, not on a name.
        says = re.search(rf"\d|\b(?:{_SPEECH_VERBS})\b", name)
        return name if len(name.split()) <= 6 and not says else None
    m = _HEADLINE_SPEAKER.match(text) or _headline_role_speaker().match(text)
    if m:
        name = m.group("name")
        dateline = any(w.isupper() and len(w) > 5 for w in name.split()) or len(name.split()) > 1 and name.isupper()
        topic = bool(set(re.findall(r"[a-z]+", name.lower())) & set(words("headline_topic_words")))
        if not dateline and not topic and code_for(name) is None:
            return name
    return None


_HEADLINE_UNNAMED = re.compile(r"(?:[:|]\s*|\s[–—-]\s+)(?P<name>[a-z][a-z ]{1,30})\s*$")


def headline_unnamed_source(text: str) -> str | None:
    """ "Some 20 Swedes fighting abroad: source", "Dozens killed in raid - officials": a headline
    that ends on an unnamed speaker passes its figure on."""
    m = _HEADLINE_UNNAMED.search(text)
    if m and m.group("name").split()[-1] in _generic_heads():
        return m.group("name")
    return None


# --- quotations ---------------------------------------------------------------------

_QUOTE = re.compile(r"[“\"]([^“”\"]{12,}?)[”\"]")
_AFTER = re.compile(rf"^\s*,?\s*(?:(?P<v1>{_SPEECH_VERBS})\s+(?P<n1>[^,.;“”]+?)(?=[,.;]|$)|(?![\s,]*(?:and|but|or|then|yet)\b)(?P<n2>[^,.;“”]{{2,80}}?)(?:,\s+[^,.;“”]{{2,80}}?,)?\s+(?P<v2>{_SPEECH_VERBS})\b(?P<to>\s+(?:the\s+)?[A-Z][^,.;:“”]*)?)")
_BEFORE = re.compile(rf"(?P<n>[A-Z][^.;“”]{{1,80}}?|[Hh]e|[Ss]he|[Tt]hey)\s+(?P<v>{_SPEECH_VERBS})(?P<to>\s+[^:.;“”]{{1,60}})?:\s*$")


@dataclass(frozen=True, slots=True)
class Quotation:
    start: int
    end: int
    speaker: str | None
    cue: str | None
    recipient: str | None = None


def quotations(text: str) -> list[Quotation]:
    """Quoted speech in `text` (one paragraph) with its speaker, where the text names one.
    A quotation with no speaker that follows one with a speaker in the same paragraph
    continues it."""
    out: list[Quotation] = []
    for m in _QUOTE.finditer(text):
        after = _AFTER.match(text[m.end():m.end() + 120])
        speaker = cue = recipient = None
        if after:
            speaker = after.group("n1") or after.group("n2")
            cue = after.group("v1") or after.group("v2")
            if after.group("to"):
                recipient = after.group("to").strip()
        else:
            before = _BEFORE.search(text[max(0, m.start() - 140):m.start()])
            if before:
                speaker, cue = before.group("n"), before.group("v")
                if before.group("to"):
                    recipient = before.group("to").strip()
        if speaker is None and out and out[-1].speaker:
            speaker, cue, recipient = out[-1].speaker, out[-1].cue, out[-1].recipient
        if speaker and len(speaker.split()) > 8:
            speaker = None
        out.append(Quotation(m.start(1), m.end(1), speaker.strip() if speaker else None, cue, recipient))
    return out


# --- hedges and caveats, read from the text -----------------------------------------

@cache
def _phrase_pattern(key: str) -> re.Pattern[str]:
    words = sorted(cues()[key], key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])", re.IGNORECASE)


def hedge_over(span: Span) -> str | None:
    """The hedge of the sentence, where it governs the count: "300 fighters have reportedly
    arrived", "it is believed that 300 ..."; not "two were wounded, while an officer has
    reportedly been killed", where the hedge belongs to another clause."""
    sentence = span.sent
    m = _phrase_pattern("hedges").search(sentence.text)
    if m is None:
        return None
    words = sentence.char_span(m.start(), m.end(), alignment_mode="expand")
    if words is None:
        return m.group()
    if opens_a_part(span.doc[span.end:words.start].text):
        return None  # "120 captives, of whom about 40 are thought to be alive": the part's hedge
    token = words.root
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return m.group()
    count = anchor(span)
    above = {t.i for t in [count, *count.ancestors]}
    governs = verb.i in above or verb.left_edge.i <= span.start <= verb.right_edge.i or (
        verb.dep_ in ("relcl", "acl") and verb.head.i in above)  # "the 40 men, who were reportedly captured"
    # "The group, which once had 1,000 fighters, is now believed to number 100": a count inside a
    # relative clause of its own is not what the main clause hedges
    aside = any(t.dep_ == "relcl" and not t.left_edge.i <= token.i <= t.right_edge.i
                for t in [count, *count.ancestors] if t.i != verb.i and verb.i in {a.i for a in t.ancestors})
    return m.group() if governs and not aside else None


@cache
def _unconfirmed_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in cues()["unconfirmed_patterns"]["patterns"])


# Every caveat phrase and pattern holds one of these stems; a sentence without them has no caveat.
_CAVEAT_STEMS = re.compile(r"verif|confirm|corroborat|substantiat|check|certain|sure|evidence|proof", re.IGNORECASE)


def unconfirmed_in(text: str) -> str | None:
    """The words that say a figure is unverified, from the phrase list or the caveat patterns."""
    if not _CAVEAT_STEMS.search(text):
        return None
    m = _phrase_pattern("unconfirmed").search(text)
    if m:
        return m.group()
    for pattern in _unconfirmed_patterns():
        m = pattern.search(text)
        if m:
            return m.group()
    return None


_LINKED_OPENING = re.compile(r"^(?:Of (?:these|those|them|whom)|Among (?:them|these|those)|Of the total|Of this number)\b", re.IGNORECASE)
_IMPERSONAL_OPENING = re.compile(r"^It (?:is|was) (?:also )?(?:noted|added|reported|specified|clarified)\b")


_CAVEAT_OPENING = re.compile(r"^(?:This|That|These|Those|The|Such)\s+(?:figures?|numbers?|claims?|information|reports?|tolls?|"
                             r"estimates?|accounts?|data|statistics|assertions?|totals?|counts?)\b", re.IGNORECASE)


def refers_back(sentence: str) -> bool:
    """ "Those figures could not be verified.": a caveat about the sentence before."""
    return bool(_CAVEAT_OPENING.match(sentence))


# "... could not independently verify the figures.": a caveat whose object is every figure so far.
_FIGURE_NOUNS = r"(?:figures|numbers|claims|tolls|estimates|statistics|tallies|totals|counts|reports)"
_CAVEAT_ON_ALL = re.compile(r"\b(?:the|these|those|such|all)\s+(?:(?:casualty|death|reported|official)\s+)?"
                            rf"{_FIGURE_NOUNS}\b"
                            r"|\b(?:neither|none)\b", re.IGNORECASE)  # "Neither claim could be confirmed"


def covers_every_figure(sentence: str) -> bool:
    """ "Reporters could not check the claims independently.", "an agency could not corroborate
    the figures": a caveat whose object is plural speaks of every figure the article gave before
    it, not only the last one."""
    return unconfirmed_in(sentence) is not None and bool(_CAVEAT_ON_ALL.search(sentence))


# "…, but those figures could not be confirmed": a caveat joined to the sentence's own figures
_CAVEAT_JOINED = re.compile(rf",\s*(?:but|though|although|yet)\s+(?:the|these|those|such)\s+(?:\w+\s+)?{_FIGURE_NOUNS}\b",
                            re.IGNORECASE)


def joins_a_caveat(sentence: str) -> bool:
    """ "Some reports put the toll at 40, but those figures could not be confirmed": the caveat
    is joined to the sentence's own figures, and is about them."""
    return bool(_CAVEAT_JOINED.search(sentence))


_WEIGHS_TWO = re.compile(r"\b(?:neither|both)\b", re.IGNORECASE)


def weighs_two_claims(sentence: str) -> bool:
    """ "Neither figure could be verified", "Both claims could not be confirmed": a caveat on the
    two claims just made, not on every figure before them."""
    return bool(_WEIGHS_TWO.search(sentence))


def turns_to_another_matter(sentence: str) -> bool:
    """ "Separately, ...", "Meanwhile, ...": the sentence leaves the figures before it."""
    return bool(_topic_shift_opening().match(sentence.lstrip("“\"‘ ")))


@cache
def _topic_shift_opening() -> re.Pattern[str]:
    openings = sorted(words("topic_shift_openings"), key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(re.escape(o) for o in openings)})\b", re.IGNORECASE)


_FRONTED_WHOLE = re.compile(r"^\W*Of\s+the\s", re.IGNORECASE)


def fronts_a_whole(sentence: str) -> bool:
    """ "Of the 120 men in his unit, 20 came back": the sentence opens on the whole that its
    later count is a part of."""
    return bool(_FRONTED_WHOLE.match(sentence))


def links_back(sentence: str) -> bool:
    """ "Of these, 100 have returned": the sentence continues the previous one's figures."""
    return bool(_LINKED_OPENING.match(sentence.lstrip("“\"‘ ")))


@cache
def _additive_opening() -> re.Pattern[str]:
    openings = sorted(words("additive_openings"), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(o) for o in openings) + r")\b", re.IGNORECASE)


def adds_to_previous(sentence: str) -> bool:
    """ "In addition, 561 were killed", "Another 15 died", "This direct death toll includes 300
    children": more figures of the same account."""
    opening = sentence.lstrip("“\"‘ ")
    return bool(_additive_opening().match(opening) or _parts_of_the_figure_before().match(opening)
                or _the_figure_elsewhere().match(opening))


@cache
def _the_figure_elsewhere() -> re.Pattern[str]:
    """ "In Mali, the figure was 788", "The number for Niger was 367": the same tally, given
    for another place or group."""
    nouns = "|".join(re.escape(w) for w in ("figure", "number", "toll", "count", "total", "tally"))
    return re.compile(rf"^(?:(?:in|for|among)\s+[^,]{{1,40}},\s+the\s+(?:{nouns})\s+(?:was|is|stood|reached|rose)"
                      rf"|the\s+(?:{nouns})\s+(?:for|in|among)\s+[^,]{{1,40}}?\s+(?:was|is|stood|reached|rose))\b", re.IGNORECASE)


@cache
def _parts_of_the_figure_before() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in words("inclusive_verbs"))
    return re.compile(rf"^(?:this|these|that|those|the)\s+(?:[\w-]+\s+){{0,3}}(?:{verbs})\b", re.IGNORECASE)


def quoted_whole(sentence: str) -> bool:
    """ "“The number of returnees reached 260.”" standing alone after "X noted that ...": a
    quotation with no speaker of its own goes on in the voice of the speaker before it."""
    return bool(_WHOLE_QUOTE.fullmatch(sentence.strip()))


_WHOLE_QUOTE = re.compile(r"[“\"][^“”\"]+[”\"][.)]?")


def impersonal_continuation(sentence: str) -> bool:
    return bool(_IMPERSONAL_OPENING.match(sentence))


@cache
def _back_reference_pattern() -> re.Pattern[str]:
    openings = sorted(cues()["back_reference_sentence"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(o) for o in openings) + r")\b", re.IGNORECASE)


_PROPER_AFTER_BY = re.compile(r"\b(?:by|reference to|citing|according to)\s+(?P<name>(?:the\s+|an?\s+)?[^,.;()]+?(?:\s*\([A-Z][\w-]*\))?)"
                              r"(?=\s+(?:on|in|at|amid|with|after|during|last|this|earlier|late|early|over|from)\b|[,.;(]|$)")


def next_sentence_sources(sentence: str) -> list[Source]:
    """ "This was announced by the regional governor, citing police." gives its sources to the
    sentence before it."""
    m = _back_reference_pattern().match(sentence)
    if not m:
        return []
    out = []
    for name in _PROPER_AFTER_BY.finditer(sentence):
        value = re.sub(r"\s+(?:on|and|the|of|for)$", "", name.group("name").strip())
        if value and not re.fullmatch(r"(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", value):
            out.append(Source(value, m.group().strip()))
    return out


_SOURCE_LINE = re.compile(r"^\s*(?:" + "|".join(words("source_line_labels")) + r")\s*:\s*(?P<names>.+)$", re.IGNORECASE)
_POSTED_ON = re.compile(r"\s+(?:on|via|in)\s+(?:" + "|".join(words("posting_platforms")) + r")\b.*$", re.IGNORECASE)


def source_line_sources(line: str) -> list[Source]:
    """ "Source: the regional governor on Telegram; Reuters, citing police": a line that names where
    the whole report comes from, as its chain (each source before the one it cites)."""
    m = _SOURCE_LINE.match(line)
    if not m:
        return []
    out = []
    for item in m.group("names").split(";"):
        for part in re.split(r",\s*citing\s+", item):
            name = _POSTED_ON.sub("", part.split(",")[0]).strip(" .")
            if name and name not in (s.name for s in out):
                out.append(Source(name, "Source:"))
    return out


def combine_status(attribution: Attribution) -> tuple[str, str | None]:
    """(status, cue) for a claim: unconfirmed beats attributed beats hedged beats asserted."""
    named = attribution.named()
    if attribution.unconfirmed:
        return "unconfirmed", attribution.unconfirmed
    if named:
        return "attributed", named[0].cue
    generic = [s for s in attribution.sources if s.generic]
    if generic:
        source = generic[0]
        if re.match(r"(?:according\s+to|as\s+per|citing|quoting)\b", source.cue or "", re.IGNORECASE):
            return "hedged", f"{source.cue} {source.name}"  # "according to media reports", in the text's order
        return "hedged", f"{source.name} {source.cue}".strip()
    if attribution.hedge:
        return "hedged", attribution.hedge
    return "asserted", None


def looks_like_person(name: str) -> bool:
    """ "Maria Lopez", "Mr Hoxha": a person rather than a body or a document."""
    return bool(re.fullmatch(r"(?:[A-Z][\w’'.-]+\s){1,3}[A-Z][\w’'-]+", name)) and not _NOT_A_PERSON.search(name)


# Words a body's name has and a person's does not ("The Balochistan Liberation Army").
_NOT_A_PERSON = re.compile(r"\b(?:of|for|the|The|" + "|".join(words("body_name_words")) + r")\b")


_SPEAKER_CUE = re.compile(r"\b(?:according\s+to|as\s+per|citing|" + _SPEECH_VERBS +
                          r"|report(?:s|ed)?|estimat\w*|f(?:ou|i)nds?|found|shows?|showed|recorded|counted|published"
                          r"|gave|give[sn]?|provid\w*|issu\w*|updat\w*|revis\w*|put)\b",
                          re.IGNORECASE)


def may_name_speaker(text: str) -> bool:
    """A cheap test, before parsing, that a sentence may name someone who speaks."""
    return bool(_SPEAKER_CUE.search(text))


def speakers_in(doc) -> list[str]:
    """The named speakers of one parsed sentence, in order: the subjects of its reporting verbs
    and the objects of "according to". A report or a ministry named once often speaks for the
    figures that follow it; the source decision weighs these as candidates."""
    found: list[Source] = []
    first_person = word_set("cues", "first_person")
    for token in doc:
        if not is_reporting_verb(token):
            continue
        if token.lemma_.lower() in _DOCUMENT_VERBS and any(
                c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in token.children):
            continue  # "Hamas released 13 hostages": the verb acts on people, it reports nothing
        subject = _subject(token)
        if subject is None or subject.pos_ == "PRON" or subject.lower_ in first_person:
            continue
        found.append(_source_from(subject, token.text))
        found += [_source_from(c, "citing") for c in _cited(token) + _cited(subject)]
    found += according_to_sources(doc[:])
    names: list[str] = []
    for source in found:
        if not source.generic and not source.pronoun and source.name and source.name not in names:
            names.append(source.name)
    return names
