"""Decides whether a quantity counts people, and finds the phrase that says who.

A quantity counts people when the noun it counts is a people noun (volunteers, Swedes,
casualties), when it stands alone as the subject of something only people do ("16,000 had
arrived", "hundreds have fled"), or when it gives the size of something made of people
("the death toll rose to 107", "put the number at 1,500"). Everything else — ages, dates,
money, weapons, countries, durations — is left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from muster.extraction.lexicon import load_json, words
from muster.extraction.lexicon import people as lexicon
from muster.extraction.lexicon import quantities as quantities_lexicon
from muster.extraction.sentences import without_dateline
from muster.normalize.countries import code_for, find_countries, is_people_form

_MONTHS = words("months")
_PARTITIVE_FILLERS = frozenset(words("partitive_fillers"))
_REFERENCE_PRONOUNS = frozenset(words("reference_pronouns"))
YEAR_RANGE = range(1800, 2101)


@dataclass(slots=True)
class CountedNoun:
    """What a quantity counts: `noun` is None when the number stands alone ("16,000 had arrived")."""

    noun: Token | None
    subject: Token  # the token that plays the quantity's part in the sentence
    partitive: bool = False  # "five of the prisoners", "82,000 of the population"


@cache
def _people_words() -> frozenset[str]:
    lex = lexicon()
    words = set(lex["combatant"]) | set(lex["civilian"]) | set(lex["neutral"]) | set(lex["collective"])
    for nouns in lex["event_nouns"].values():
        words |= set(nouns)
    return frozenset(w.lower() for w in words)


def _people_form(word: str) -> bool:
    """A people word in the singular or a regular plural ("pilots", "militias")."""
    return word in _people_words() or _singular(word) in _people_words()


def names_people(word: str) -> bool:
    """A noun for people or a body of them ("returnees", "the group", "contingent")."""
    word = word.lower()
    return _people_form(word) or word in BODIES_OF_PEOPLE or _singular(word) in BODIES_OF_PEOPLE


@cache
def _regional() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["regional"])


@cache
def _not_people() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["not_people"])


@cache
def _not_people_forms() -> frozenset[str]:
    """Not-people nouns with their plurals, for the cheap check on the word after a number."""
    out = set()
    for w in _not_people():
        out |= {w, w + "s", w + "es", w[:-1] + "ies" if w.endswith("y") else w + "s"}
    return frozenset(out)


@cache
def _people_verbs() -> frozenset[str]:
    return frozenset(lexicon()["people_verbs"])


# The nouns of a total a number gives ("the number of refugees fell to 3.1 million", "the toll rose to 300").
TOTAL_NOUNS = frozenset({"number", "toll", "total", "figure", "tally"})


@cache
def _reference_heads() -> frozenset[str]:
    return frozenset(lexicon()["reference_heads"])


_PEOPLE_SUFFIXES = words("people_suffixes")
_PEOPLE_PLACES = frozenset(words("places_only_people_are_in"))
BOUNDS_READ_AS_PREPOSITIONS = frozenset(words("bounds_read_as_prepositions"))


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def is_people_noun(token: Token) -> bool:
    """A noun that names people: from the lexicon, a demonym, or a named group of people."""
    text, lemma = token.text.lower(), token.lemma_.lower()
    if lemma in _not_people() or text in _not_people():
        return False
    if lemma in _people_words() or text in _people_words() or text in _regional():
        return True
    if token.is_title and _singular(text) in _people_words():
        return True  # a title-case headline ("Over 40,000 Fighters in Syria") defeats the lemmatizer
    if is_people_form(token.text) or token.ent_type_ == "NORP" and token.tag_ in ("NNS", "NNPS"):
        return True
    if token.i > 0 and is_people_form(f"{token.doc[token.i - 1].text} {token.text}"):
        return True  # "Sri Lankans", "New Zealanders"
    # "-ists", "-eers", "-ees", "-ians": loyalists, mutineers, draftees, Ukrainians.
    return token.tag_ == "NNS" and text.endswith(_PEOPLE_SUFFIXES[:4])


@cache
def _people_cue_pattern() -> re.Pattern[str]:
    """Any word that can make a number count people: people nouns, nationalities, the verbs
    and event words of the lexicons, words naming a total, "of them" after a share or "among them" before it, and "who"."""
    from muster.extraction.lexicon import events, quantities
    from muster.normalize.countries import country_forms

    lex = lexicon()
    stems = set(_people_words()) | _regional() | set(lex["people_verbs"]) | set(lex["reference_heads"]) | set(_PEOPLE_PLACES)
    stems |= {w.lower() for ws in events()["lemmas"].values() for w in ws} | set(quantities()["units"])
    forms = {f for row in country_forms() for f in row.adjectives + row.singulars + row.plurals}
    stems |= {w[:-1] + "ies" for w in stems if w.endswith("y")}  # "mercenary" → "mercenaries"
    # "another 3,000", "twelve thousand more": a count that adds to the people counted just before
    openers = "|".join(w.replace(" ", r"\s+") for w in words("additive_openers"))
    cue_words = sorted((re.escape(w) for w in stems | set(lex["irregular_verb_forms"])), key=len, reverse=True)
    suffixes = "|".join(_PEOPLE_SUFFIXES)
    adds = rf"\b(?:{openers})\s+(?:\d|[a-z]+\s+(?:hundred|thousand|million))|(?:\d|hundred|thousand|million)\s+more\b"
    return re.compile(rf"\b(?:of|among)\s+(?:them|those|these|whom)\b|\bwhom?\b|{adds}|\b(?:(?:{'|'.join(cue_words)})\w*|\w+(?:{suffixes}))\b|(?<![\w-])(?:"
                      + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w])",
                      re.IGNORECASE)


def mentions_people(sentence: str) -> bool:
    """A cheap test before parsing: can anything in the sentence make a number count people?"""
    return _people_cue_pattern().search(sentence) is not None


def is_not_people_noun(token: Token) -> bool:
    return token.lemma_.lower() in _not_people() or token.text.lower() in _not_people()


_NUMBER_WORDS = frozenset(words("number_words_in_phrases"))


BODIES_OF_PEOPLE = frozenset(lexicon()["bodies_of_people"]["lemmas"])


def body_counted(token: Token) -> Token | None:
    """ "its contingent of 2,000", "a Kenyan force of 1,500 soldiers": the body whose 'of'
    phrase holds the count or its noun, which names whose people they are."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    body = token.head.head
    return body if body.pos_ == "NOUN" and body.lemma_.lower() in BODIES_OF_PEOPLE else None


_SUFFIX_HEADS = frozenset(s.split()[-1] for s in quantities_lexicon()["suffixes"] if s.split())


def anchor(span: Span) -> Token:
    """The token that stands for the whole quantity in the parse: its last number, climbing
    to a head inside the span that is a number too. (The parse sometimes makes "between" or
    "about" the root of "between 50-60".)"""
    if span._.quantity is not None and span._.quantity.unit is not None:
        return span[-1]  # "two battalions": the unit noun stands for the count
    numeric = [t for t in span if t.like_num or t.lower_ in _NUMBER_WORDS or t.pos_ == "NUM"]
    if not numeric:
        return span.root
    token = numeric[-1]
    while token.head.i != token.i and token.head.i in range(span.start, span.end) and \
            (token.head.like_num or token.head.lower_ in _NUMBER_WORDS or token.head.pos_ == "NUM"):
        token = token.head
    if token.dep_ == "nummod" and token.head.i in range(span.start, token.i):
        token = token.head  # "is nearer 300": the parser may make the bounding word the head
    if token.head.i in range(token.i + 1, span.end) and token.head.lower_ in _SUFFIX_HEADS:
        token = token.head  # "2,000 or more": the parser may make the suffix's last word the head
    total = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if total is not None and total.i in range(span.start, span.end) and total.lower_ == "total":
        return total  # "A total of 3,000 have volunteered": "total" is what the verb says it of
    return token


def ex_prefix(noun: Token) -> Token | None:
    """ "37 Colombian ex-soldiers": the tokenizer leaves "ex", "-", "soldiers", and the parser hangs
    the number and the nationality on "ex". Returns "ex" for the people noun after it."""
    if noun.i >= 2 and noun.nbor(-1).text == "-" and noun.nbor(-2).lower_ in EX_WORDS:
        return noun.nbor(-2)
    return None


EX_WORDS = ("ex", "former")  # what people were before: "ex-soldiers", "former prisoners"


def counted_noun(span: Span) -> CountedNoun:
    """Follow the parse from the quantity to the noun it counts."""
    found = _counted_noun(span)
    noun = found.noun
    numbered = _numbered_by(span)
    if numbered is not None and (noun is None or noun.lower_.startswith("number") or found.partitive and not is_people_noun(noun)):
        # "the militia, which numbers several thousand, of attacks": the parser hung a later "of" on the count
        return CountedNoun(numbered, numbered, found.partitive)
    if noun is not None and noun.lemma_.lower() in ("number", "total") and noun.i >= span.end:
        # "bringing to at least 10 the number of Britons known to have died": the parser may hang
        # the count on the total that comes after it; the people of the total are counted
        counted_people = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj" and is_people_noun(o)), None)
        if counted_people is not None:
            return CountedNoun(counted_people, counted_people, found.partitive)
    if noun is None:
        valued = _valued_people(span) or _in_their_numbers(span)
        if valued is not None:
            return CountedNoun(valued, valued, found.partitive)
    if noun is None or noun.is_punct:
        quoted = _after_closing_quote(span)
        if quoted is not None:
            return CountedNoun(quoted, quoted, found.partitive)
    if noun is None:
        # "About 40 British ex-soldiers fight": the parser may hang the number on the verb
        noun = next((t for t in span.doc[span.end:span.end + 4] if t.lower_ in EX_WORDS and t.head.i == span.root.head.i
                     and all(w.pos_ in ("ADJ", "PROPN") for w in span.doc[span.end:t.i])), None)
    if noun is not None and noun.i + 2 < len(noun.doc) and (ex := ex_prefix(noun.nbor(2))) is not None and ex.i == noun.i \
            and noun.nbor(2).pos_ in ("NOUN", "PROPN"):
        # "ex-prisoners" comes apart as "ex", "-", "prisoners": the people are the last part
        return CountedNoun(noun.nbor(2), found.subject, found.partitive)
    if noun is not None and noun.dep_ == "poss" and noun.head.pos_ == "NOUN" and not is_people_noun(noun.head):
        # "three fishermen's associations", "two soldiers' homes": the number counts what they own
        return CountedNoun(noun.head, noun.head, found.partitive)
    if noun is not None and (noun.dep_ == "amod" and noun.pos_ == "ADJ" or noun.dep_ in ("amod", "compound")
                             and noun.tag_ == "NNP" and find_countries(noun.text)) \
            and noun.head.i > noun.i and noun.head.pos_ == "NOUN" and is_people_noun(noun.head):
        # "Eighteen Pakistani soldiers" after a dateline, "Twelve Nigerien soldiers": the parser may
        # hang the capitalised number on the nationality
        return CountedNoun(noun.head, noun.head if found.subject is noun else found.subject, found.partitive)
    if noun is not None and noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "NOUN" \
            and not is_people_noun(noun) and is_people_noun(noun.head):
        # "a dozen aid workers": the parser may hang the number on the first noun of a compound
        return CountedNoun(noun.head, noun.head if found.subject is noun else found.subject, found.partitive)
    if noun is not None and noun.pos_ == "NOUN" and not is_people_noun(noun):
        plural = next((c for c in noun.children if c.dep_ == "compound" and c.i == span.end
                       and c.tag_ in ("NNS", "NNPS") and is_people_noun(c)), None)
        if plural is not None:
            # "3,000 Chadians fight on its side": the parser took the verb for a noun the plural
            # modifies; a plural does not describe a noun, it is the people counted
            return CountedNoun(plural, plural, found.partitive)
    if noun is not None and noun.pos_ == "PROPN" and not is_people_noun(noun):
        # "seven Wagner and Malian government fighters", "12 Hamas and Islamic Jihad members": the
        # number hangs on the first group's name; the people are the noun the coordination ends on
        people = next((c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and is_people_noun(c)), None)
        if people is None and noun.dep_ in ("nmod", "compound") and noun.head.i > noun.i and is_people_noun(noun.head):
            people = noun.head  # the parse's other reading: the name modifies the people noun after it
        if people is None and any(c.dep_ == "cc" for c in noun.children):
            # a third reading leaves the coordination unfinished: "Dozens of Wagner and government
            # fighters" with "fighters" the verb's second subject; the people end the phrase
            people = next((t for t in noun.doc[noun.i + 2:noun.i + 5] if t.pos_ == "NOUN" and is_people_noun(t)), None)
        if people is not None:
            return CountedNoun(people, found.subject, found.partitive)
    return found


# Documents whose "of" phrase says what they count ("its tally of Russian losses"), and counts
# that stand at a figure ("the death toll stands at 300").
TALLY_NOUNS = frozenset(words("tally_nouns"))


def _valued_people(span: Span) -> Token | None:
    """ "Sudanese fighters, estimated by the UN at 11,000, fought on both sides", "a force put at
    5,000", "the army stands at 40,000": a figure a clause on a people noun puts them at counts them."""
    count = anchor(span)
    prep = count.head
    if count.dep_ != "pobj" or prep.lower_ != "at":
        return None
    doc = count.doc
    if prep.i >= 2 and doc[prep.i - 1].text == "," and prep.head.is_punct:
        people = doc[prep.i - 2]  # "Uganda's contingent, at 4,500, is the largest": hung on the comma
    elif prep.head.lemma_ == "stand":
        # "Its army stands at 40,000"; not "the death toll stands at 300", which the toll reading counts
        people = next((c for c in prep.head.children if c.dep_ == "nsubj"), prep.head)
        if people.lemma_.lower() in TALLY_NOUNS:
            return None
    elif prep.head.pos_ == "VERB" and prep.head.dep_ in ("acl", "relcl"):
        people = prep.head.head
    else:
        return None
    return people if people.pos_ in ("NOUN", "PROPN") and (is_people_noun(people) or people.lemma_ in BODIES_OF_PEOPLE) else None


def _in_their_numbers(span: Span) -> Token | None:
    """ "Residents fled in their thousands", "volunteers arrived in their hundreds": a vague
    number the people come in counts the subject of the verb."""
    count = anchor(span)
    prep = count.head
    if span._.quantity.qualifier != "vague" or count.dep_ != "pobj" or prep.lower_ != "in" \
            or not any(c.dep_ == "poss" and c.lower_ == "their" for c in count.children):
        return None
    subject = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and is_people_noun(subject) else None


def _numbered_by(span: Span) -> Token | None:
    """ "The rebels now number about 6,000", "gang members number at least 12,000", "a force
    numbering 5,000": the verb "number" gives the people as its subject (or the noun it describes)."""
    count = anchor(span)
    below = count.head if count.dep_ == "pobj" and count.head.dep_ in ("prep", "advmod") else count  # "numbered around 100"
    verb = below.head
    if verb.i >= count.i or verb.lower_ not in ("number", "numbers", "numbered", "numbering"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (subject is None or subject.tag_ in ("WP", "WDT")) and verb.dep_ in ("acl", "relcl", "appos") \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        subject = verb.head  # "the rebels, who number about 5,000", "forces which number 40,000"
    relative = subject is not None and subject.tag_ in ("WP", "WDT") or subject is None and any(
        c.tag_ in ("WP", "WDT") for c in verb.head.children)
    described = verb.head.head
    if relative and verb.dep_ in ("ccomp", "xcomp") and verb.head.dep_ == "relcl" and described.pos_ in ("NOUN", "PROPN") \
            and (is_people_noun(described) or described.lemma_.lower() in BODIES_OF_PEOPLE):
        subject = verb.head.head  # "the militia, which he said numbered several thousand", "which they said numbered"
    if subject is None and verb.pos_ == "NOUN":
        # "Its army numbers around 40,000": the tagger reads the verb as a plural noun
        subject = next((c for c in verb.lefts if c.dep_ == "compound" and is_people_noun(c)), None)
    if subject is None and verb.dep_ == "xcomp":
        # "The insurgents are thought to number several hundred": the subject of the verb of
        # belief, where it names people (not "the group is believed to number 1,500")
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and is_people_noun(c)), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _after_closing_quote(span: Span) -> Token | None:
    """ '"no more than 700" Tajiks', '“about 300” fighters': a quotation that closes on the
    figure leaves the people it counts right after it, where the parser seldom hangs them."""
    doc, at = span.doc, span.end
    if at + 1 >= len(doc) or not doc[at].is_quote or doc[at + 1].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[at + 1]
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # '"some 40" Tajik fighters': the people are the last noun
    return noun


def _counted_noun(span: Span) -> CountedNoun:
    root = anchor(span)
    head = root.head
    if span._.quantity is not None and span._.quantity.unit is not None:
        of_noun = _of_object(root, span)
        return CountedNoun(of_noun, root, partitive=of_noun is not None)
    size_word = head.lower_ in _SIZE_WORDS and head.i == root.i + 2 and root.nbor(1).text == "-"
    if size_word and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        # "a 50,000-strong force of troops", "a 230-member group of volunteers": the size of
        # the body after it, and the people it is made of
        body = head.head
        of_noun = _of_object(body, span)
        return CountedNoun(of_noun if of_noun is not None else body, body)
    if root.dep_ == "nummod" and head.tag_ == "NN" and head.lower_.endswith("ing") and any(
            c.dep_ == "amod" and c.tag_ == "VBN" and c.i < head.i for c in head.children):
        # "300 were killed and 2,700 wounded fighting for Russia": the parser took the verb after
        # the participle for the counted noun; the count stands alone
        return CountedNoun(None, root)
    if root.dep_ == "conj" and head.pos_ == "NOUN" and is_people_noun(head) and not root.n_lefts and any(
            c.dep_ == "nummod" and c.i not in range(span.start, span.end) for c in head.children):
        # "about 2,500 troops in Iraq and 900 in Syria": a bare number joined to counted people
        # counts more of the same people, their noun left out
        return CountedNoun(head, root)
    body = _body_said_to_be_strong(root)
    if body is not None and (is_people_noun(body) or body.lemma_.lower() in BODIES_OF_PEOPLE):
        # "The brigade is 3,000 strong", "the militia, some 800 strong, ...": the size of the body
        of_noun = _of_object(body, span)
        return CountedNoun(of_noun if of_noun is not None else body, body)
    # A number's head is what it counts; the tagger sometimes takes a plural noun for a verb
    # ("40 fighters" as VBZ after a sentence-initial number), which the lexicon then corrects.
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "det", "nmod", "npadvmod", "advmod") \
            and head.i not in range(span.start, span.end) and (
                head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON") or root.dep_ == "nummod" and is_people_noun(head)):
        if head.text.lower() in _PARTITIVE_FILLERS:
            of_noun = _of_object(head, span)
            if of_noun is not None:
                return CountedNoun(of_noun, head, partitive=True)
            if head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN"):
                return CountedNoun(head.head, head.head)  # "dozens more soldiers": "more" describes them
            return CountedNoun(None, head)
        return CountedNoun(head, head)
    # "About two dozen of them": the 'of' may hang on any word of the quantity, not only its number.
    of_noun = _of_object(root, span) or next((o for t in span if (o := _of_object(t, span)) is not None), None)
    if of_noun is not None:
        if of_noun.lower_ in ("whom", "which") and (whole := relative_antecedent(root)) is not None:
            return CountedNoun(whole, root, partitive=True)  # "900 volunteers, 40 of whom died"
        if of_noun.text.lower() in _REFERENCE_PRONOUNS:
            return CountedNoun(None, root, partitive=True)
        return CountedNoun(of_noun, root, partitive=True)
    for child in root.children:
        if child.text.lower() in _PARTITIVE_FILLERS:
            of_noun = _of_object(child, span)
            if of_noun is not None:
                return CountedNoun(of_noun, root, partitive=True)
    return CountedNoun(None, root)


def people_named_before(span: Span) -> Token | None:
    """ "targeted Hezbollah operatives and killed at least five of them": the people, counted by no
    number, that the sentence named before "of them"; not those who report it ("Officials said 12
    of them ...")."""
    for token in reversed(span.doc[span.sent.start:span.start]):
        if token.tag_ in ("NNS", "NNPS") and is_people_noun(token) and not any(c.dep_ == "nummod" for c in token.children):
            reporting = token.dep_ == "nsubj" and any(a.head.i == token.head.i and a.dep_ == "ccomp" for a in span.root.ancestors)
            return None if reporting else token
    return None


def _body_said_to_be_strong(number: Token) -> Token | None:
    """The body a number followed by a bare "strong" gives the size of: the noun the phrase
    describes ("the insurgency, once 25,000 strong,"), or the subject it is said of ("The
    brigade is about 3,000 strong")."""
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if after is None or after.lower_ != "strong":
        return None
    if number.dep_ == "npadvmod" and number.head.i == after.i:
        if after.dep_ == "amod" and after.head.pos_ in ("NOUN", "PROPN"):
            return after.head
        if after.dep_ == "acomp":
            return next((c for c in after.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if number.dep_ == "appos" and after.head.i == number.i and number.head.pos_ in ("NOUN", "PROPN"):
        return number.head
    return None


def relative_antecedent(count: Token) -> Token | None:
    """ "the Chileans, mostly former soldiers, at least 12 of whom were killed": the people a
    relative "of whom" counts a share of: the nearest people noun before the count, taken at the
    head of its apposition. The parser often hangs the clause on the wrong verb, so the words
    before are read rather than the tree."""
    for token in reversed(count.doc[count.sent.start:count.i]):
        if token.pos_ in ("NOUN", "PROPN") and token.tag_ in ("NNS", "NNPS") and is_people_noun(token):
            while token.dep_ == "appos" and token.head.i < token.i and is_people_noun(token.head):
                token = token.head
            return token
    return None


# Words that, hyphened to a number, give the size of the noun after them ("a 5,000-strong force").
_SIZE_WORDS = frozenset({"strong", "member", "man", "men", "person", "people", "personnel"})


def _of_object(token: Token, span: Span) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end - 1 or \
                child.dep_ == "prep" and child.lower_ == "of" and child.i not in range(span.start, span.end):
            objects = [o for o in child.children if o.dep_ == "pobj" and o.i not in range(span.start, span.end)]
            if objects:
                # "Dozens of Islamic State detainees": the parser may split one noun phrase into
                # two objects; the last, when it names people, is its head
                return objects[-1] if len(objects) > 1 and is_people_noun(objects[-1]) else objects[0]
    return None


# Words that start a phrase of their own after a number: what follows them is not what it counts.
_FUNCTION_WORDS = frozenset(words("function_words"))


# Either side of "in" in a ratio ("1 in 10", "one in five"); a year after "in" is a date.
_RATIO_NUMBER = r"(?!(?:19|20)\d\d\b)\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a hundred"


def _people_after_name(after: str) -> bool:
    """ "300 Islamic State fighters", "40 State Department staff": the capitalised words after a
    number are a name, and the word after the name counts people."""
    m = re.match(r"\s+(?:[A-Z][\w'’-]*\s+){1,4}([a-z]+)", after)
    return bool(m) and bool({m.group(1), _singular(m.group(1))} & _people_words())


def _number_as_verb(before: str) -> bool:
    """ "the rebels now number about 6,000", "gang members number 12,000", "the force is meant to
    number 2,500", "forces which number 40,000": after a plural, a relative pronoun, an adverb,
    "to" or a modal, "number" is the verb that counts
    them, not a label ("flight number 17")."""
    return bool(re.search(r"\b(?:[a-z]+[^s\W]s|who|which|that|now|still|already|currently|reportedly|together|to|could|may|might"
                          r"|would|will|should|must|can)\s+number\s*$", before))


_AGE_BOUNDED = re.compile(r"\b(?:" + "|".join(words("age_bounded_people")) + r")\s+$")
_AGE_BOUNDED_ANYWHERE = re.compile(r"\b(?:" + "|".join(words("age_bounded_people")) + r")\b", re.IGNORECASE)


def rejected_by_context(sentence: str, start: int, end: int, value: int | None, qualifier: str) -> bool:
    """Cheap text checks that rule a number out before any parsing: ages, dates, money,
    percentages, years. `start`/`end` are offsets of the quantity in `sentence`."""
    raw_before, raw_after = sentence[max(0, start - 25):start], sentence[end:end + 25]
    if re.search(r"\b(" + "|".join(_MONTHS) + r")\.?\s*$", raw_before) or re.match(r"\s*(" + "|".join(_MONTHS) + r")\b", raw_after):
        return True
    before, after = raw_before.lower(), raw_after.lower()
    if re.match(r"\s*(%|percent\b|per cent\b|pc\b|-year-old|-years-old|-month-old|\s*years? old|-for-|-to-|-on-|th\b|st\b|nd\b|rd\b|:\d|/\d)", after):
        return True
    if re.match(r"[-\s]*(years?|months?|weeks?|days?|hours?|minutes?|miles?|km|kilomet\w*|met(?:re|er)s?|dollars?|euros?|pounds?|roubles?|rubles?|hryvnias?|rupees?|per cent|percent|times|fold)\b", after):
        return True
    # "the insurgents, known as al-Shabab, number fewer than 300": a label takes no "about"
    if re.search(r"([$€£¥₴₽]|\b(usd|eur|gbp|rs\.?|no\.|number|page|article|paragraph|resolution|flight|route|aged|age of|ages of|ages|age)\s*)$", before) \
            and not _number_as_verb(before) and not (qualifier != "exact" and before.rstrip().endswith("number")):
        return True
    words = re.findall(r"[a-z][a-z-]*", after[:40])
    if words and words[0] in _not_people_forms() and not (len(words) > 1 and _people_form(words[1])) \
            and not _people_after_name(sentence[end:end + 60]):
        return True  # "two cities", "31 tanks", "nine cases"; not "300 State Department staff"
    if len(words) > 1 and words[1] in _not_people_forms() and words[0] not in _people_words() \
            and re.match(r"\s+[A-Z]", raw_after) and words[0] not in _FUNCTION_WORDS \
            and not _people_after_name(sentence[end:end + 60]):
        return True  # "three dozen African countries", "40 Russian tanks"; not "300 Islamic State fighters"
    if re.search(r"\d[:.]$", raw_before) or re.search(r"\bno\s+$", before) and sentence[start:end].strip().lower() == "one":
        return True  # "8:30", "no one"
    if re.match(rf"\s+in\s+(?:{_RATIO_NUMBER})\b", after) or re.search(rf"\b(?:{_RATIO_NUMBER})\s+in\s+$", before):
        return True  # "one in five recruits", "1 in 10 of the volunteers": a ratio, which the contract does not count
    if re.search(r"\b(?:aged|ages|ages of)\s+\d{1,2}(?:\s*(?:,|and|or|to|-|–)\s*\d{1,2})*\s*(?:,|and|or|to|-|–)\s*$", before):
        return True  # "aged 27 and 34", "ages 18, 19 and 22": every number of the list is an age
    if re.search(r"\b(?:youngest|oldest|eldest)\s+(?:being|is|was|aged)\s+$", before) or re.search(
            r"\bage\b[^.;]{0,60}\bfrom\s+(?:\d+\s+to\s+)?$", sentence[max(0, start - 80):start].lower()):
        return True  # "the youngest being 15", "lowering the age ... from 27 to 25"
    if re.search(r"\bas\s+(?:young|old)\s+as\s+$", before):
        return True  # "boys as young as 13", "men as old as 60"
    if re.search(r"\b[A-Z][\w’'-]+,\s*$", raw_before) and re.match(r"\s*,", raw_after) \
            and re.fullmatch(r"\d{1,2}", sentence[start:end].strip()):
        return True  # "Anis Amri, 24, was identified": an age set off after a name
    if value is not None and value in YEAR_RANGE and qualifier == "exact" and re.fullmatch(r"\d{4}", sentence[start:end].strip()):
        return not re.match(r"\s+(\w+\s+)?(?!years?)[a-z]+(ers|ists|ians|ees|men|ops|iers|ists|les|ns|ts|ds|es)\b", after)
    if qualifier in ("at_most", "more_than") and value is not None and value < 100 and (_AGE_BOUNDED.search(before) or re.search(
            r"\b(?:are|were|is|was|being)\s+$", before) and _AGE_BOUNDED_ANYWHERE.search(sentence[:start])):
        return True  # "30 children under 18", "men over 60", "7,000 of the children are under 12": an age bound
    if re.search(r"\bpopulation\s+of\s+(about|around|some|nearly|roughly|approximately|over|more than)?\s*$", before):
        return True
    if re.match(r"\s+of\s+(the|them|those|these|his|her|their|our|its)\b", after) and sentence[start:end].strip().lower() == "one":
        return True
    return False


@cache
def _casualty_nouns() -> frozenset[str]:
    return frozenset(lexicon()["event_nouns"]["casualty"]) - {"toll"}


_TOTAL_RAISING_VERBS = frozenset(words("total_raising_verbs"))


def casualty_total(span: Span) -> Token | None:
    """ "Russian losses reached 4,000", "Ukraine's casualties stand at about 31,000": a
    casualty noun, subject of a verb of amount, whose size the number gives; None otherwise."""
    root = anchor(span)
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("at", "to") else root.head
    if root.dep_ not in ("dobj", "attr", "npadvmod", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.lemma_.lower() in _casualty_nouns() or subject.lower_ in _casualty_nouns()):
        return subject
    if root.dep_ == "pobj" and (root.head.lower_ == "at" or verb.lemma_.lower() in _TOTAL_RAISING_VERBS):
        # "US officials put Russian casualties at about 700,000", "that brings the army's losses
        # to 380": the casualties whose size is given
        put = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # "put Russian casualties — killed and wounded — at 700,000": the parser may hang the
        # "at" on the aside; the casualties are then above it
        put = put if put is not None else next((a for a in list(root.ancestors)[:5] if a.dep_ == "dobj"), None)
        if put is not None and (put.lemma_.lower() in _casualty_nouns() or put.lower_ in _casualty_nouns()):
            return put
    return None


_RANGING_VERBS = frozenset(load_json("cues.json")["ranging_verbs"]["lemmas"])


def read_past_ranging(token: Token | None) -> Token | None:
    """ "Estimates of the dead range from ...": the tagger may read the verb "range" as the noun
    that "the dead" describes; the people are the word before it."""
    if token is not None and token.lemma_.lower() in _RANGING_VERBS and token.dep_ == "pobj":
        return next((c for c in token.children if c.dep_ in ("amod", "compound")), token)
    return token


def references_people_total(span: Span) -> bool:
    """ "the death toll ... increased to 107", "put the number from France at 1,500":
    a bare number that gives the size of a people count named by a noun like toll or number."""
    if casualty_total(span) is not None:
        return True
    sent = span.sent
    for token in sent:
        if token.lemma_.lower() in _reference_heads() or token.lower_ in _reference_heads():
            of_noun = next((o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
            of_noun = read_past_ranging(of_noun)
            # "the number of those taken": "those" with a clause on it are people
            those = of_noun is not None and of_noun.lower_ == "those" and any(c.dep_ in ("acl", "relcl") for c in of_noun.children)
            if of_noun is not None and not is_people_noun(of_noun) and not those:
                continue
            if token.lower_ in ("toll",) or of_noun is not None or token.lower_ in ("number", "figure", "total",
                                                                                      "estimate", "estimates") \
                    or _a_bodys_strength(token):
                root = anchor(span)
                if root.dep_ in ("pobj", "attr", "acomp", "dobj", "npadvmod", "appos", "nsubj") or root.head.lower_ in ("to", "at", "from"):
                    return True
    return False


STRENGTH_NOUNS = frozenset(words("strength_nouns"))


def _a_bodys_strength(token: Token) -> bool:
    """ "the group's strength at 3,000", "its strength at 800": the size a body of people or an
    armed party is put at."""
    if token.lemma_.lower() not in STRENGTH_NOUNS:
        return False
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    return owner is not None and (owner.lower_ in ("its", "their") or owner.lemma_.lower() in BODIES_OF_PEOPLE
                                  or owner.pos_ == "PROPN")


def is_exchange_count(span: Span) -> bool:
    """ "a 1,000 for 1,000 exchange": both numbers count prisoners."""
    sent_text = span.sent.text.lower()
    if not re.search(r"\b(exchange|swap)", sent_text):
        return False
    doc = span.doc
    after = doc.text[span.end_char:span.end_char + 20]
    before = doc.text[max(0, span.start_char - 20):span.start_char]
    return bool(re.match(r"[\s-]*for[\s-]*\d", after) or re.search(r"\d[\s,]*[\s-]for[\s-]*$", before))


def is_people_verb(token: Token) -> bool:
    """A verb only people do; a past participle the tagger takes for an adjective ("40 deserted",
    lemma "deserted") counts by its stem."""
    if token.lemma_.lower() in _people_verbs():
        return True
    text = token.lower_
    return token.pos_ == "ADJ" and text.endswith("ed") and (text[:-2] in _people_verbs() or text[:-1] in _people_verbs())


def copulas_of(verb: Token) -> list[Token]:
    """The 'be' that says what the verb's subject is: the verb itself ("113 were minors") or the
    'be' a verb of belief raises ("1,500 are believed to be Tajiks", "appear to be minors")."""
    if verb.lemma_ == "be":
        return [verb]
    return [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be"]


def _bound_read_as_preposition(number: Token) -> bool:
    """ "Around 300 are still missing": the parser may read a sentence's opening bound word as a
    preposition whose object is the number; the number is still the subject of the verb."""
    bound = number.head
    return number.dep_ == "pobj" and bound.i == number.sent.start and bound.lower_ in BOUNDS_READ_AS_PREPOSITIONS \
        and bound.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in bound.head.children)


def _in_a_place_of_people(be: Token) -> bool:
    """ "300 are still at the front", "40 remain in captivity": where only people are."""
    return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in _PEOPLE_PLACES for o in c.children)
               for c in be.children)


def elliptical_subject_of_people_verb(subject: Token) -> bool:
    """ "16,000 had already arrived", "hundreds have been killed", "113 were minors"."""
    misread = _bound_read_as_preposition(subject)
    head = subject.head.head if misread else subject.head
    if subject.dep_ in ("nsubj", "nsubjpass", "conj", "dobj") or misread:
        # "thousands have been forced to flee", "hundreds were made to fight": the verb they are
        # made, allowed or expected to do says they are people as much as the verb over them
        if is_people_verb(head) or any(c.dep_ == "xcomp" and is_people_verb(c) for c in head.children):
            return True
        copulas = copulas_of(head)
        if copulas:
            # "14 were Wagner mercenaries": the parser may take the predicate for a second subject
            return any((c.dep_ in ("attr", "acomp") or c.dep_ == "nsubj" and c.i > subject.i) and (is_people_noun(c) or c.lemma_.lower() in _people_verbs()
                                                          or c.lower_ in _people_verbs() or code_for(c.text) is not None)
                       for be in copulas for c in be.children) or any(_in_a_place_of_people(be) for be in copulas)
    return any(c.dep_ in ("amod", "acomp", "acl") and c.lemma_.lower() in ("injure", "wound", "kill", "dead", "injured", "wounded", "missing")
               for c in subject.children)


def listed_peoples(noun: Token) -> list[Token]:
    """ "several thousand Uzbeks, Tajiks and Kyrgyz", "dozens of Russian mercenaries and Malian
    soldiers": the peoples listed after the counted one, which share its count; one with a
    number of its own ("300 Syrians and 20 Iraqis") is counted apart, and ends the list."""
    out, item = [], noun
    while (item := next((c for c in item.children if c.dep_ == "conj"), None)) is not None \
            and not any(t.like_num for t in item.subtree) and (find_countries(item.text) or is_people_noun(item) and find_countries(
                item.doc[item.left_edge.i:item.i].text)):
        out.append(item)  # "Uzbeks, Tajiks", or "dozens of Russian mercenaries and Malian soldiers"
    return out


def group_phrase(noun: Token | None, span: Span) -> str:
    """The shortest phrase that says who is counted: the noun with its modifiers and a short
    'of'/'from'/relative-clause tail, without the number itself."""
    if noun is None:
        return ""
    keep = {noun.i}
    first_group = noun.head
    if not (noun.dep_ == "conj" and first_group.pos_ == "PROPN" and span.end <= first_group.i < noun.i):
        # the parse that leaves "Dozens of [Wagner and] government fighters" unfinished
        first_group = next((t for t in noun.doc[span.end:noun.i] if t.pos_ == "PROPN" and any(c.dep_ == "cc" for c in t.children)), None)
    if first_group is not None:
        keep.update(range(first_group.i, noun.i))  # "seven [Wagner and Malian government fighters]"
    ex = ex_prefix(noun)
    if ex is not None:
        keep.update((ex.i, ex.i + 1))
    for child in [*noun.lefts, *(ex.lefts if ex is not None else ())]:
        if child.i in range(span.start, span.end) or child.dep_ in ("det", "nummod", "quantmod", "predet", "punct") \
                or child.lower_ in _PARTITIVE_FILLERS or child.lower_ in ("the", "a", "an") \
                or child.dep_ in ("prep", "advmod") and child.i < span.start \
                or child.dep_ == "compound" and child.i < span.start < noun.i:
            # "among them 600 Cubans", a headline's "Putin orders call-up of 160,000 conscripts"
            # parsed as one compound: the words before the count are not who they are
            continue
        keep.update(t.i for t in child.subtree if t.i not in range(span.start, span.end))
    keep.update(item.i for item in listed_peoples(noun))  # "several thousand Uzbeks, Tajiks and Kyrgyz"
    # "25 children and 10 mothers from camps that ...": what follows another counted noun is its tail
    counted_next = next((c.i for c in noun.rights if c.dep_ == "conj" and any(g.dep_ == "nummod" for g in c.children)),
                        len(noun.doc))
    for child in noun.rights:
        if child.i > counted_next:
            break
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "with") or child.dep_ in ("relcl", "acl"):
            subtree = list(child.subtree)
            if any(t.i in range(span.start, span.end) for t in subtree):
                break  # "a force numbering 5,000": the clause that holds the count is not who they are
            if child.dep_ in ("relcl", "acl") and subtree[0].i > 0 and subtree[0].nbor(-1).text == ",":
                break  # "400 commandos, many living in Iran": an aside, not who they are
            if len(subtree) <= 8:
                keep.update(t.i for t in subtree)
            break
    tokens = [noun.doc[i] for i in sorted(keep)]
    # Keep a contiguous phrase.
    first, last = tokens[0].i, tokens[-1].i
    text = noun.doc[first:last + 1].text
    text = without_dateline(text)  # "ISLAMABAD - [Eighteen] Pakistani soldiers"
    text = re.sub(r"\s[-–—]\s.*$", "", text)  # "Colombians fighting for Kyiv - sources": a headline's speaker
    text = text.removeprefix(span.text + " ")  # the number itself, once the dateline before it is gone
    return text.strip(" ,;:—–-\"“”")
