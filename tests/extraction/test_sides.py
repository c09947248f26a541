"""Sides read from the text itself: who recruits people, and what the article as a whole says
people join. Every sentence here is written for these tests."""
import pytest

from muster.extraction.sides import article_sides, parties_named_in, party_of, recruiters, side_mentions


@pytest.mark.parametrize("text, parties", [
    ("Nepal asks Russia to stop recruiting its citizens", ["RU"]),
    ("Ukraine has been actively recruiting foreigners since spring.", ["UA"]),
    ("Wagner recruited convicts from prisons across the country.", ["RU"]),
    ("Israel is mobilising reservists again.", ["IL"]),
    ("The report says Russia's recruitment of Cubans began in 2023.", ["RU"]),
    # a party that only speaks, or is recruited from, recruits no one
    ("Kenya said 40 of its citizens had been tricked.", []),
    ("Recruiters in Nepal lure young men with promises of pay.", []),
])
def test_a_party_that_recruits_people_is_their_side(text, parties):
    assert recruiters(text) == parties


def test_the_article_counts_recruiters_among_the_sides_people_join():
    votes = article_sides(["Cuba warns citizens as Russia keeps recruiting abroad",
                           "About 200 Cubans have signed contracts, the ministry said.",
                           "Some 40 others went to fight for Russia in the south."])
    assert votes.votes["RU"] == 2 and votes.default(2) == "RU"


@pytest.mark.parametrize("text, side", [
    ("Georgia says 2,000 volunteers want to fight for it.", "GE"),
    ("Despite Paris backing Kyiv, only 300 French citizens have gone to fight for it.", "UA"),
    ("Hamas claims 5,000 recruits have joined it since May.", "Hamas"),
    # a nationality describes the people; it is not whom "it" stands for
    ("Only 40 Chilean men have chosen to fight for it.", None),
])
def test_fighting_for_it_is_fighting_for_the_party_named_before(text, side):
    found = {m.side for m in side_mentions(text)}
    assert found == ({side} if side else set())


@pytest.mark.parametrize("text, sides", [
    # "fighting" as the combat itself is against the party named
    ("Kyiv calls up more men as fighting with Russian forces spreads east.", {"UA"}),
    ("Three reservists died in fierce fighting with Hamas near the border.", {"IL"}),
    ("The town emptied during the fighting with Azerbaijani troops.", {"AM"}),
    # a party with no known enemy gives no side at all then
    ("The army mobilises as fighting with Hezbollah escalates.", set()),
    # people fighting with a party serve it
    ("Around 60 Colombians are fighting with Ukrainian forces.", {"UA"}),
    ("Some foreigners fought with Hamas in the south.", {"Hamas"}),
])
def test_fighting_with_a_party_is_for_it_unless_fighting_names_the_combat(text, sides):
    assert {m.side for m in side_mentions(text)} == sides


@pytest.mark.parametrize("text, sides", [
    # a side named by its adjective, whatever verb comes before it
    ("Rights groups say at least 40 Georgians have been killed on the Russian side.", {"RU"}),
    ("Dozens of foreigners died on the Ukrainian side last winter.", {"UA"}),
    ("Some 300 Peruvians fought on Ukraine's side.", {"UA"}),
    # helping a party is serving it; helping it fight another is not serving the other
    ("About 300 contractors had been helping Congo's army defend the city.", {"CD"}),
    ("Fighters who helped the Syrian army retake the town were paid monthly.", {"SY"}),
    ("Burundi sent troops to help Congo fight the M23.", set()),
    ("Volunteers helped Ukrainian refugees at the border.", set()),
])
def test_a_side_is_named_by_its_adjective_or_by_helping_it(text, sides):
    assert {m.side for m in side_mentions(text)} == sides


@pytest.mark.parametrize("text", [
    "Ankara sent fighters to support the UN-recognised government in Tripoli.",
    "Hundreds of Syrians fought for the government in Tripoli in 2020.",
    "Volunteers joined the Tripoli-based government's forces.",
])
def test_the_government_in_tripoli_is_the_government_of_national_accord(text):
    assert {m.side for m in side_mentions(text)} == {"Government of National Accord"}


@pytest.mark.parametrize("name, party", [
    ("Haftar's forces", "Libyan National Army"),
    ("Hamas's fighters", "Hamas"),
    ("Kyiv's troops", "UA"),
    # what a party owns besides its armed men does not stand for it
    ("Zelensky's office", None),
])
def test_a_partys_armed_men_stand_for_the_party(name, party):
    assert party_of(name) == party


@pytest.mark.parametrize("text, parties", [
    ("Fighters of Kataib Hezbollah crossed into Syria.", ["Kataib Hezbollah"]),
    ("Hezbollah fighters crossed into Syria.", ["Hezbollah"]),
])
def test_a_party_whose_name_holds_another_is_its_own(text, parties):
    assert parties_named_in(text) == parties


@pytest.mark.parametrize("name, party", [
    ("the paramilitary Rapid Support Forces", "Rapid Support Forces"),
    ("Sudan's notorious Rapid Support Forces", "Rapid Support Forces"),
    ("Myanmar's ethnic Arakan Army", "Arakan Army"),
    ("the rebel M23", "M23"),
    # the words before a nationality and a force's noun are not a party's own name
    ("A smaller Pakistani unit", None),
])
def test_a_party_is_known_by_its_name_after_the_words_that_describe_it(name, party):
    assert party_of(name) == party


@pytest.mark.parametrize("name, party", [
    ("the National Liberation Army", "ELN"),
    ("the Pakistani Taliban", "TTP"),
    ("Tehrik-i-Taliban Pakistan", "TTP"),
    ("the White Army", "White Army"),
])
def test_armed_groups_are_known_by_their_common_names(name, party):
    assert party_of(name) == party


@pytest.mark.parametrize("text", [
    "A spokeswoman for the Russian defence ministry said 40 Ukrainian soldiers had been killed.",
    "A lawyer for the Ukrainian army told the court the men had surrendered.",
    "An envoy for Hamas said the talks would resume.",
])
def test_speaking_for_a_party_is_not_fighting_for_it(text):
    assert list(side_mentions(text)) == []


@pytest.mark.parametrize("text, side", [
    ("A Chechen battalion fighting on Ukraine's side against Russia says more than 400 volunteers now serve in its ranks.", "UA"),
    ("The legion, which fights against Russia for Kyiv, says 300 Belarusians have joined its ranks.", "UA"),
])
def test_the_enemy_a_party_fights_is_not_whom_its_pronoun_stands_for(text, side):
    assert {m.side for m in side_mentions(text)} == {side}


@pytest.mark.parametrize("name, party", [
    ("Abu Sayyaf", "Abu Sayyaf"),
    ("the Kachin Independence Army", "Kachin Independence Army"),
    ("Palestinian Islamic Jihad", "Palestinian Islamic Jihad"),
    ("the Baloch Liberation Army", "Baloch Liberation Army"),
])
def test_more_armed_groups_are_parties(name, party):
    assert party_of(name) == party


@pytest.mark.parametrize("text, parties", [
    ("The Hamas-linked group claimed the attack.", []),
    ("Rwanda-backed M23 rebels took the town.", ["M23"]),
    ("A Hezbollah-affiliated militia fired rockets.", []),
    ("An Islamic State affiliated cell was broken up.", []),
])
def test_a_patron_named_before_linked_or_backed_is_not_the_party(text, parties):
    assert parties_named_in(text) == parties
