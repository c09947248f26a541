"""The nationalities a phrase names, as origin reads them."""
import pytest

from muster.extraction.origin import codes_in


@pytest.mark.parametrize("text, codes", [
    ("foreigners from some 60 countries other than Iraq and Syria", []),
    ("people from 32 countries, not including Russians and Belarusians", []),
    ("from every state except Iraq, Syria and Turkey, and many Tunisians", ["TN"]),
    ("volunteers from Chile, apart from Peru", ["CL"]),
    ("Iraqis and Syrians", ["IQ", "SY"]),
])
def test_states_a_phrase_leaves_out_are_not_named(text, codes):
    assert codes_in(text) == codes


@pytest.mark.parametrize("text, codes", [
    ("Rwanda-backed rebels", []),
    ("Iranian-trained militiamen from Iraq", ["IQ"]),
])
def test_a_state_that_acts_on_people_is_not_named_as_theirs(text, codes):
    assert codes_in(text) == codes
