"""Resolving who produced a number, one article at a time, in several phrasings per rule."""
import pytest

from muster.reconcile.ultimate import ClaimChain, dateline, resolve_article, with_state_word


def resolve(chains, outlet="Harbour Gazette", head="", sentences=None):
    claims = [ClaimChain(f"c{i}", i, tuple(chain), (sentences or {}).get(i, "")) for i, chain in enumerate(chains)]
    return [resolve_article(claims, outlet, head, {})[c.id] for c in claims]


@pytest.mark.parametrize("head, words", [
    ("OSLO, May 2 (Nordic Wire) – The army said", ("oslo", "nordic wire")),
    ("KYIV (Wire Service) - About 40", ("kyiv", "wire service")),
    ("Tbilisi, Jan 9 (Caucasus News): officials", ("tbilisi", "caucasus news")),
])
def test_datelines_name_their_place_and_agency(head, words):
    assert dateline(head) == words


def test_no_dateline_in_ordinary_openings():
    assert dateline("About 300 volunteers arrived in the city on Monday.") == ()


@pytest.mark.parametrize("names", [
    ["Chile"], ["the Chilean government"], ["Chilean authorities"], ["Chile's foreign ministry"],
    ["the Chilean foreign minister"], ["Chilean President Rosa Vidal"],
])
def test_a_state_and_its_core_are_one_source(names):
    [found] = resolve([names])
    assert (found.key, found.name, found.weak) == ("state:CL", "government of Chile", False)


def test_a_named_organ_of_a_state_is_a_body_of_its_own():
    [found] = resolve([["the Chilean Border Police"]])
    assert found.key != "state:CL"


@pytest.mark.parametrize("chain, kind", [([], "own voice"), (["Harbour Gazette"], "own voice"), (["Reuters"], "cited outlet")])
def test_carriers_leave_a_weak_source(chain, kind):
    [found] = resolve([chain])
    assert found.kind == kind and found.weak


@pytest.mark.parametrize("status, label", [("hedged", "Harbour Gazette (unnamed sources)"),
                                           ("asserted", "Harbour Gazette (own voice)")])
def test_a_hedged_figure_without_a_name_is_passed_on_not_the_outlets_own(status, label):
    claim = ClaimChain("c0", 0, (), "", status)
    found = resolve_article([claim], "Harbour Gazette", "", {})["c0"]
    assert (found.name, found.key, found.weak) == (label, "voice:harbour gazette", True)


def test_the_dateline_is_a_carrier():
    [found] = resolve([["OSLO"]], head="OSLO, May 2 (Nordic Wire) – The army said")
    assert found.weak


@pytest.mark.parametrize("generic", ["the statement", "the authors", "the report", "the ministry"])
def test_a_generic_head_stands_for_the_body_named_before_it(generic):
    first, second = resolve([["the Baltic Security Institute"], [generic]])
    assert second.key == first.key and generic in second.reason


def test_a_generic_head_prefers_the_body_with_the_same_head_noun():
    found = resolve([["Marta Kask"], ["the observatory"]],
                    sentences={1: "The Riga Conflict Observatory counted them, and the observatory said so."})[1]
    assert found.name == "Riga Conflict Observatory"


def test_an_office_the_article_ties_to_a_state_makes_its_holder_speak_for_it():
    minister, state = resolve([["Foreign Minister Ana Ruiz"], ["Chile's foreign minister"]])
    assert minister.key == state.key == "state:CL"


def test_the_country_word_left_off_a_chain_is_read_back_from_the_sentence():
    assert with_state_word("Defence Minister Lars Berg", "Swedish Defence Minister Lars Berg said") == \
        "Swedish Defence Minister Lars Berg"
    assert with_state_word("Lars Berg", "Yesterday Lars Berg said") == "Lars Berg"
