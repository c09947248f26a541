"""Cheap paragraph and sentence splitting, so the statistical parser only sees sentences that matter.

Every sentence keeps its character offsets into the text as read; a paragraph is a run of
non-blank lines separated by a line break, as news text and its extractions lay them out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from muster.extraction.lexicon import load_lines


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    headline: bool = False  # a short first line with no closing punctuation


# A boundary: end punctuation, optional closing quotes/brackets, whitespace, then something
# that can open a sentence (capital, digit, opening quote or bracket).
_BOUNDARY = re.compile(r"""[.!?…]["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_LINE = re.compile(r"[^\n]+")
HEADLINE_MAX_CHARS = 200
# "HAVANA - ", "ISLAMABAD — ": a dateline in capitals set off by a spaced dash, which the parser
# may hang on the phrase after it.
_DATELINE = re.compile(r"^[A-Z][A-Z.,() ]*\s[-–—]\s")


def without_dateline(text: str) -> str:
    """`text` without a dateline opening it: "COLOMBO - Sri Lanka" is Sri Lanka."""
    return _DATELINE.sub("", text)
# The longest abbreviation (with its dots) the splitter looks back for.
ABBREVIATION_REACH = 24
# A "sentence" longer than this is not prose (a table flattened to one line, a run of text
# with no punctuation): it is cut at the last clause break or space before the limit, so the
# parser never gets a text it refuses or takes minutes over.
MAX_SENTENCE_CHARS = 3000


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_lines("abbreviations.txt"))


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    # Only the few characters before the dot are read, so splitting stays linear in the text.
    word = re.search(r"([A-Za-z.]+)$", text[max(0, dot - ABBREVIATION_REACH):dot])
    if not word:
        return False
    token = word.group(1)
    return len(token) == 1 and token.isupper() or token in _abbreviations() or token.rstrip(".") in _abbreviations()


def _cut_overlong(body: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        window = body[start:start + MAX_SENTENCE_CHARS]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(" "))
        cut = cut + 1 if cut > 0 else MAX_SENTENCE_CHARS
        out.append((start, start + cut))
        start += cut
    out.append((start, end))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences with offsets; lines are paragraphs, and the first short
    unpunctuated line is the headline."""
    out: list[Sentence] = []
    for paragraph, line in enumerate(_LINE.finditer(text)):
        base = line.start()
        body = line.group()
        cut = 0
        pieces = []
        for m in _BOUNDARY.finditer(body):
            if _is_abbreviation(body, m.start()):
                continue
            pieces.append((cut, m.end()))
            cut = m.end()
        pieces.append((cut, len(body)))
        pieces = [p for s, e in pieces for p in _cut_overlong(body, s, e)]
        for s, e in pieces:
            chunk = body[s:e]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if not chunk:
                continue
            start = base + s + lead
            headline = (not out and paragraph == 0 and len(pieces) == 1
                        and len(chunk) <= HEADLINE_MAX_CHARS and chunk.rstrip("”\"'’")[-1:] not in ".!?")
            out.append(Sentence(len(out), start, start + len(chunk), chunk, paragraph, headline))
    return out


# A line is in title case when at least this share of its longer words start with a capital.
TITLE_CASE_SHARE = 0.7
TITLE_CASE_MIN_WORDS = 4
_LONG_WORD = re.compile(r"[A-Za-z][\w’'-]{3,}")


def parse_form(text: str) -> str:
    """The text the parser should see. A title-case headline or subheading ("Over 40,000 Fighters Cross Into
    Syria") makes the tagger read every word as a name; its sentence-case form, with
    nationalities and country names kept, parses as a sentence. Same length, so every offset
    into it is an offset into the original."""
    from muster.normalize.countries import find_countries

    words = _LONG_WORD.findall(text)
    if text.rstrip()[-1:] in ".!?”\"'" or len(words) < TITLE_CASE_MIN_WORDS or sum(w[0].isupper() for w in words) < TITLE_CASE_SHARE * len(words):
        return text
    lowered = text[0] + text[1:].lower()
    if len(lowered) != len(text):
        return text
    kept = list(lowered)
    for acronym in re.finditer(r"\b[A-Z]{2,}\b", text):
        kept[acronym.start():acronym.end()] = acronym.group()
    for mention in find_countries(text):
        kept[mention.start:mention.end] = text[mention.start:mention.end]
    return "".join(kept)
