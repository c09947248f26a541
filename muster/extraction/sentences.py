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


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_lines("abbreviations.txt"))


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    word = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not word:
        return False
    token = word.group(1)
    return len(token) == 1 and token.isupper() or token in _abbreviations() or token.rstrip(".") in _abbreviations()


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
        for s, e in pieces:
            chunk = body[s:e]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if not chunk:
                continue
            start = base + s + lead
            headline = (not out and paragraph == 0 and len(pieces) == 1
                        and len(chunk) <= HEADLINE_MAX_CHARS and chunk[-1] not in ".!?”\"'")
            out.append(Sentence(len(out), start, start + len(chunk), chunk, paragraph, headline))
    return out
