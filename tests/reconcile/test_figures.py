"""Linking within one block of claims: which differences keep two restatements apart."""
import pytest

from muster.reconcile.figures import ClaimFacts, components, make_figure
from muster.store.origins import dump_origin


def claim(id, sentence, text, origin, source="ministry of X", published="2024-05-01"):
    return ClaimFacts(id=id, published=published, low=4, high=4, qualifier="exact", unit_name=None, unit_count=None,
                      event="detention", side=None, origin=dump_origin(origin), group="people", sentence=sentence,
                      text=text, source_key=source, source_kind="named")


@pytest.mark.parametrize("inferred", [
    "Kyiv said four had been captured near the river.",
    "The army reported that four were taken prisoner in the east.",
    "Four men were captured by Ukrainian troops, officials said.",
    # the inferred origin is named, but only as a side or a state that acts, not as the people
    "Of its citizens fighting on the Russian side, four were captured.",
    "Russia said four had been captured in the fighting.",
])
def test_an_origin_only_inferred_from_the_article_does_not_split_a_restatement(inferred):
    named = claim("a", "Nepal's ministry said four Nepalis had been captured.", "four", ["NP"])
    other = claim("b", inferred, "four" if "four" in inferred else "Four", ["RU"])
    [figure] = [make_figure("block", c) for c in components([named, other])]
    assert sorted(figure.claim_ids) == ["a", "b"] and figure.origin == dump_origin(["NP"])


@pytest.mark.parametrize("first, second", [
    ("Nepal's ministry said four Nepalis had been captured.", "Four Indians had been captured, Delhi said."),
    ("Four Kenyans were taken prisoner, the ministry said.", "The ministry said four Ugandans were taken prisoner."),
])
def test_origins_both_sentences_name_must_agree(first, second):
    from muster.normalize.countries import find_countries

    a = claim("a", first, "four" if "four" in first else "Four", [find_countries(first)[-1].code])
    b = claim("b", second, "four" if "four" in second else "Four", [find_countries(second)[0].code])
    assert len(components([a, b])) == 2


def with_side(c, side):
    from dataclasses import replace

    return replace(c, side=side, origin=dump_origin([]))


@pytest.mark.parametrize("inferred", [
    "The ministry said four had been captured near the river.",
    "Four men were taken prisoner in the east, the ministry said.",
])
def test_a_side_only_inferred_from_the_article_does_not_split_a_restatement(inferred):
    named = with_side(claim("a", "The ministry said four fighters of Russia had been captured.", "four", []), "RU")
    other = with_side(claim("b", inferred, "four" if "four" in inferred else "Four", []), "UA")
    [figure] = [make_figure("block", c) for c in components([named, other])]
    assert sorted(figure.claim_ids) == ["a", "b"] and figure.side == "RU"


def test_sides_both_sentences_name_must_agree():
    a = with_side(claim("a", "The ministry said four fighters of Russia had been captured.", "four", []), "RU")
    b = with_side(claim("b", "The ministry said four Ukrainian soldiers had been captured.", "four", []), "UA")
    assert len(components([a, b])) == 2
