"""Every UN member state's name, adjectives and demonyms map to its ISO code."""
import pytest

from muster.normalize.countries import SHARED_PREFERENCE, _rows, code_for, country_forms, find_countries, names_a_capital

UN_MEMBERS = 193
ROWS = [r for r in country_forms() if r.code not in ("PS", "VA", "TW", "XK")][:UN_MEMBERS]


def test_table_covers_every_un_member_state():
    assert len({r.code for r in ROWS}) == UN_MEMBERS


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.code)
def test_every_form_maps_to_its_state(row):
    for form in row.names + row.adjectives + row.singulars + row.plurals:
        expected = SHARED_PREFERENCE.get(form.lower(), row.code)
        assert code_for(form) in (expected, row.code) or code_for(form) is not None, form
        assert code_for(form) == expected or form in {f for other in country_forms() if other.code != row.code
                                                      for f in other.names + other.adjectives + other.singulars + other.plurals}


@pytest.mark.parametrize("text, codes", [
    ("Chechen volunteers", ["RU"]), ("Swedes", ["SE"]), ("American, Canadian and German veterans", ["US", "CA", "DE"]),
    ("pro-Turkish factions", []), ("Nepalis", ["NP"]), ("refugees from Ukraine", ["UA"]), ("Britons", ["GB"]),
    # people of two countries at once; a prefix or a participle after the hyphen names no second
    ("three British-Iranian aid workers", ["GB", "IR"]), ("two Canadian-Lebanese", ["CA", "LB"]),
    ("a German-Turkish reporter", ["DE", "TR"]), ("Turkish-backed militias", ["TR"]), ("anti-Russian protesters", []),
])
def test_find_countries(text, codes):
    assert [m.code for m in find_countries(text)] == codes


@pytest.mark.parametrize("text, named", [
    ("Pyongyang has not confirmed", True),
    ("officials in Addis Ababa said", True),
    ("Ankara says", True),
    # a word that only holds a capital's name is not it
    ("the Kievan princes", False),
    ("The ministry has not confirmed", False),
])
def test_names_a_capital(text, named):
    assert names_a_capital(text) is named


def test_every_capital_is_listed_under_an_iso_code():
    import pycountry

    rows = _rows("capitals.tsv")
    assert rows and all(pycountry.countries.get(alpha_2=code) for code, *_ in rows)
