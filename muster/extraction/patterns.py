"""Attribution constructions as dependency patterns kept as data (data/attribution_patterns.json).

The registered component `muster_attribution_v1` runs spaCy's DependencyMatcher over each
parsed sentence and records, for every match, who speaks, the cue word and the tokens the
attribution covers. The learned source decision takes a match that covers a claim's number as
one of its proposers, so `--explain` can name the pattern that found a source.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span

from muster.extraction.attribution import concessive_mark
from muster.extraction.lexicon import load_json

PATTERN_FILE = "attribution_patterns.json"

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)


@dataclass(frozen=True, slots=True)
class Match:
    pattern: str
    speaker: Span        # the speaker's noun phrase
    cue: str             # the attributing word as written
    covers: frozenset[int]  # token indices the attribution speaks for


def _expand(node: dict, lists: dict[str, list[str]]) -> dict:
    """Replace a '$name' placeholder with the word list of that name in the pattern file."""
    out = {}
    for key, value in node.items():
        if isinstance(value, str) and value.startswith("$"):
            out[key] = list(lists[value[1:]])
        elif isinstance(value, dict):
            out[key] = _expand(value, lists)
        else:
            out[key] = value
    return out


def load_patterns(name: str = PATTERN_FILE) -> list[dict]:
    data = load_json(name)
    lists = {k: v for k, v in data.items() if isinstance(v, list) and k != "patterns"}
    return [dict(p, pattern=[_expand(node, lists) for node in p["pattern"]]) for p in data["patterns"]]


def _phrase(token) -> Span:
    """The speaker's noun phrase: its left modifiers and compounds, without clauses after it."""
    doc = token.doc
    start = min((t.i for t in token.subtree if t.i <= token.i), default=token.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "prep") and child.i == end:
            end = child.right_edge.i + 1
    return doc[start:end]


class AttributionMatcher:
    """Sets doc._.attributions: the attribution patterns that match the sentence."""

    def __init__(self, nlp: Language, patterns: list[dict]) -> None:
        self.matcher = DependencyMatcher(nlp.vocab)
        self.specs = {p["name"]: p for p in patterns}
        for p in patterns:
            self.matcher.add(p["name"], [p["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for match_id, tokens in self.matcher(doc):
            spec = self.specs[doc.vocab.strings[match_id]]
            ids = [node["RIGHT_ID"] for node in spec["pattern"]]
            by_id = {i: doc[t] for i, t in zip(ids, tokens)}
            speaker, cue, scope = by_id[spec["speaker"]], by_id[spec["cue"]], by_id[spec["scope"]]
            covered = {t.i for t in scope.subtree} - {t.i for t in speaker.subtree}
            phrase = _phrase(speaker)
            mark = concessive_mark(cue)
            if mark is not None and speaker.i > mark.i:
                # "3,000 left, according to the government, though a UN group put the number at
                # 5,500": the parser may hang the main clause under the concessive one
                covered = {i for i in covered if i > mark.i}
                if phrase.start == mark.i:
                    phrase = doc[mark.i + 1:phrase.end]
            found.append(Match(spec["name"], phrase, cue.text, frozenset(covered)))
        doc._.attributions = found
        return doc


@Language.factory("muster_attribution_v1", default_config={"patterns": PATTERN_FILE})
def make_attribution_matcher(nlp: Language, name: str, patterns: str) -> AttributionMatcher:
    return AttributionMatcher(nlp, load_patterns(patterns))


def matches_covering(doc: Doc, token_index: int) -> list[Match]:
    """The attribution matches whose scope holds the token, nearest scope first."""
    return sorted((m for m in doc._.attributions or () if token_index in m.covers), key=lambda m: len(m.covers))
