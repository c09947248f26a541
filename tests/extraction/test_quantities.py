"""Every row of the spec's bounds table, and further phrasings of the same bounds, as a specification of the quantity finder."""
import pytest

from muster.extraction.quantities import find_quantities, parse_number

BOUNDS_TABLE = [
    ("400 Swedes", "400", 400, 400, "exact"),
    ("around 400 Swedes", "around 400", 400, 400, "approximate"),
    ("about 400 Swedes", "about 400", 400, 400, "approximate"),
    ("some 400 Swedes", "some 400", 400, 400, "approximate"),
    ("roughly 400 Swedes", "roughly 400", 400, 400, "approximate"),
    ("approximately 400 Swedes", "approximately 400", 400, 400, "approximate"),
    ("nearly 400 Swedes", "nearly 400", 400, 400, "approximate"),
    ("almost 400 Swedes", "almost 400", 400, 400, "approximate"),
    ("an estimated 400 Swedes", "an estimated 400", 400, 400, "approximate"),
    ("at least 16,000 volunteers", "at least 16,000", 16000, None, "at_least"),
    ("16,000 or more volunteers", "16,000 or more", 16000, None, "at_least"),
    ("1,500 or slightly more volunteers", "1,500 or slightly more", 1500, None, "at_least"),
    ("around 700 or a little more volunteers", "around 700 or a little more", 700, None, "at_least"),
    ("300 or fewer volunteers", "300 or fewer", None, 300, "at_most"),
    ("some 80 or less remained", "some 80 or less", None, 80, "at_most"),
    ("thirty odd volunteers", "thirty odd", 30, 30, "approximate"),
    ("no fewer than 16,000 volunteers", "no fewer than 16,000", 16000, None, "at_least"),
    ("more than 60 Britons", "more than 60", 60, None, "more_than"),
    ("over 60 Britons", "over 60", 60, None, "more_than"),
    ("upwards of 60 Britons", "upwards of 60", 60, None, "more_than"),
    ("north of 500 recruits", "north of 500", 500, None, "more_than"),
    ("a couple of hundred mercenaries", "a couple of hundred", 200, 200, "approximate"),
    ("a couple thousand recruits", "a couple thousand", 2000, 2000, "approximate"),
    ("the better part of 1,000 fighters", "the better part of 1,000", 1000, 1000, "approximate"),
    ("up to 300 Czechs", "up to 300", None, 300, "at_most"),
    ("as many as 300 Czechs", "as many as 300", None, 300, "at_most"),
    ("no more than 300 Czechs", "no more than 300", None, 300, "at_most"),
    ("fewer than 300 Czechs", "fewer than 300", None, 300, "at_most"),
    ("under 300 Czechs", "under 300", None, 300, "at_most"),
    ("between 50 and 60 fighters", "between 50 and 60", 50, 60, "range"),
    ("50 to 60 fighters", "50 to 60", 50, 60, "range"),
    ("50-60 fighters", "50-60", 50, 60, "range"),
    ("two or three fighters", "two or three", 2, 3, "range"),
    ("20 or 30 fighters", "20 or 30", 20, 30, "range"),
    ("five or six hundred fighters", "five or six hundred", 500, 600, "range"),
    ("a toll that could exceed 500", "exceed 500", 500, None, "more_than"),
    ("a toll that may rise beyond 40", "beyond 40", 40, None, "more_than"),
    ("losses that surpassed 3,000", "surpassed 3,000", 3000, None, "more_than"),
    ("at least 2,500-3,000 soldiers", "at least 2,500-3,000", 2500, None, "at_least"),
    ("more than 40 to 50 fighters", "more than 40 to 50", 40, None, "more_than"),
    ("up to 20-30 recruits", "up to 20-30", None, 30, "at_most"),
    ("hundreds of families fled", "hundreds of families", None, None, "unit"),
    ("dozens of armed groups", "dozens of armed groups", None, None, "unit"),
    ("thousands of displaced families", "thousands of displaced families", None, None, "unit"),
    ("a few fighters", "a few", 2, 9, "vague"),
    ("a handful of fighters", "a handful", 2, 9, "vague"),
    ("a small handful of fighters", "a small handful", 2, 9, "vague"),
    ("several fighters", "several", 2, 9, "vague"),
    ("a dozen fighters", "a dozen", 12, 12, "approximate"),
    ("dozens of fighters", "dozens", 24, 99, "vague"),
    ("scores of fighters", "scores", 40, 99, "vague"),
    ("hundreds of fighters", "hundreds", 200, 999, "vague"),
    ("thousands of fighters", "thousands", 2000, 9999, "vague"),
    ("tens of thousands of fighters", "tens of thousands", 20000, 99999, "vague"),
    ("hundreds of thousands of refugees", "hundreds of thousands", 200000, 999999, "vague"),
    ("several hundred fighters", "several hundred", 200, 999, "vague"),
    ("a few hundred fighters", "a few hundred", 200, 999, "vague"),
    ("several dozen fighters", "several dozen", 24, 99, "vague"),
    ("a few dozen fighters", "a few dozen", 24, 99, "vague"),
    ("several thousand fighters", "several thousand", 2000, 9999, "vague"),
    ("a few thousand fighters", "a few thousand", 2000, 9999, "vague"),
    ("half a dozen fighters", "half a dozen", 6, 6, "approximate"),
    ("another dozen were missing", "another dozen", 12, 12, "approximate"),
    ("a further dozen recruits", "a further dozen", 12, 12, "approximate"),
    ("and another dozen arrived later", "another dozen", 12, 12, "approximate"),
    ("20-odd fighters", "20-odd", 20, 20, "approximate"),
    ("approaching 500 fighters", "approaching 500", 500, 500, "approximate"),
    ("nearing 500 fighters", "nearing 500", 500, 500, "approximate"),
    ("300-plus jihadists", "300-plus", 300, None, "more_than"),
    ("exceeded 300 recruits", "exceeded 300", 300, None, "more_than"),
    ("two retired officers", "two", 2, 2, "exact"),
    ("a thousand volunteers", "a thousand", 1000, 1000, "exact"),
    ("twenty-five volunteers", "twenty-five", 25, 25, "exact"),
    ("1.5 million refugees", "1.5 million", 1500000, 1500000, "exact"),
    ("half a million refugees", "half a million", 500000, 500000, "exact"),
    ("nearly half a million people", "nearly half a million", 500000, 500000, "approximate"),
    ("a quarter of a million displaced", "a quarter of a million", 250000, 250000, "exact"),
    ("three quarters of a million people", "three quarters of a million", 750000, 750000, "exact"),
    ("half a hundred fighters", "half a hundred", 50, 50, "exact"),
    ("about 600 000 refugees", "about 600 000", 600000, 600000, "approximate"),
    ("16000 volunteers", "16000", 16000, 16000, "exact"),
]


@pytest.mark.parametrize("text, expression, low, high, qualifier", BOUNDS_TABLE)
def test_bounds_table(text, expression, low, high, qualifier):
    found = find_quantities(text)
    assert [(q.text, q.low, q.high, q.qualifier) for q in found][:1] == [(expression, low, high, qualifier)]


@pytest.mark.parametrize("text, name, count", [
    ("two battalions of volunteers", "battalion", 2),
    ("three companies of marines", "company", 3),
    ("four regiments", "regiment", 4),
    ("two divisions", "division", 2),
    ("3,240 families", "family", 3240),
    ("several armed formations", "formation", None),
])
def test_units_made_of_people(text, name, count):
    q = find_quantities(text)[0]
    assert (q.low, q.high, q.qualifier, q.unit.name, q.unit.count) == (None, None, "unit", name, count)


@pytest.mark.parametrize("text", ["a brigade of paratroopers", "an attack on a military detachment", "the commander of a volunteer battalion"])
def test_a_single_unit_without_a_number_word_is_no_count(text):
    """Like a single person, a single unit named without a number word counts nothing."""
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, value", [
    ("16,000", 16000), ("16000", 16000), ("1.5 million", 1500000), ("two", 2), ("a dozen", None),
    ("twenty-five", 25), ("one hundred and fifty", 150), ("a thousand", 1000), ("600 000", 600000),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_rise_from_to_is_two_figures_not_a_range():
    found = find_quantities("the number had risen from 500 to 600")
    assert [(q.text, q.low, q.high) for q in found] == [("500", 500, 500), ("600", 600, 600)]


@pytest.mark.parametrize("text", ["the 25th battalion", "the 1,000th day", "2014-15"])
def test_not_quantities(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, quantity, low, high, qualifier", [
    # a scale word written once serves both ends of a range
    ("between four and five thousand recruits", "between four and five thousand", 4000, 5000, "range"),
    ("between 2.5 and 3 million displaced people", "between 2.5 and 3 million", 2500000, 3000000, "range"),
    ("some 30 to 40 thousand troops", "some 30 to 40 thousand", 30000, 40000, "range"),
    ("between 300 and 2 thousand guards", "between 300 and 2 thousand", 300, 2000, "range"),
    # "anywhere from", "somewhere from" and "range from" state one range
    ("anywhere from 800 to 1,200 fighters", "800 to 1,200", 800, 1200, "range"),
    ("somewhere from 20 to 30 advisers", "20 to 30", 20, 30, "range"),
    ("estimates range from 5,000 to 8,000 soldiers", "5,000 to 8,000", 5000, 8000, "range"),
    ("Anywhere from 300 to 500 fighters", "300 to 500", 300, 500, "range"),
    ("Estimates Range From 40 to 90 Guards", "40 to 90", 40, 90, "range"),
    # so does "vary from", a "from" a speaker gives, and one that opens a clause
    ("figures vary from 300 to 900 wounded", "300 to 900", 300, 900, "range"),
    ("the governor said from 30 to 50 men", "30 to 50", 30, 50, "range"),
    ("From 100 to 150 guards", "100 to 150", 100, 150, "range"),
    # a number up to a vague quantity is a range to that quantity's top
    ("more than 500 to several thousand volunteers", "more than 500 to several thousand", 500, 9999, "range"),
    ("300 to a few thousand deserters", "300 to a few thousand", 300, 9999, "range"),
    ("from 60 to hundreds of men", "60 to hundreds", 60, 999, "range"),
    # a vague quantity up to a number, or to another vague one, is a range from its floor
    ("several hundred to a thousand fighters", "several hundred to a thousand", 200, 1000, "range"),
    ("dozens to 150 recruits", "dozens to 150", 24, 150, "range"),
    ("hundreds to thousands of civilians", "hundreds to thousands", 200, 9999, "range"),
    # quotation marks around the approximator
    ("“well over” 700 conscripts", "“well over” 700", 700, None, "more_than"),
    ("'up to' 90 guards", "'up to' 90", None, 90, "at_most"),
    ("“about” 120 sailors", "“about” 120", 120, 120, "approximate"),
])
def test_bounds_of_harder_ranges(text, quantity, low, high, qualifier):
    [q] = find_quantities(text)
    assert (q.text, q.low, q.high, q.qualifier) == (quantity, low, high, qualifier)


def test_a_vague_quantity_above_the_number_after_it_is_two_figures():
    # "thousands to 300 men" cannot be a range: both figures are kept rather than lost
    found = [(q.text, q.low, q.high) for q in find_quantities("moved thousands to 300 posts, then hundreds to 40 camps")]
    assert found == [("thousands", 2000, 9999), ("300", 300, 300), ("hundreds", 200, 999), ("40", 40, 40)]


@pytest.mark.parametrize("text, low, high", [
    ("1.2 mln people", 1_200_000, 1_200_000),
    ("2 bln", 2_000_000_000, 2_000_000_000),
    ("between 1 and 2 mln people", 1_000_000, 2_000_000),
])
def test_short_scale_words_written_apart(text, low, high):
    q = find_quantities(text)[0]
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize("text, found", [
    ("Hamas handed over four soldiers to the Red Cross.", [("four", 4, 4, "exact")]),
    ("Police turned over 12 suspects to prosecutors.", [("12", 12, 12, "exact")]),
    ("Kenya sent over 400 police officers.", [("over 400", 400, None, "more_than")]),
])
def test_over_as_a_verbs_particle_bounds_nothing(text, found):
    assert [(q.text, q.low, q.high, q.qualifier) for q in find_quantities(text)] == found


@pytest.mark.parametrize("text, expression, low, high", [
    ("Hundreds of Wagner Group fighters left the country.", "Hundreds", 200, 999),
    ("Several hundred Azov Battalion veterans marched.", "Several hundred", 200, 999),
    ("Dozens of Africa Corps instructors arrived.", "Dozens", 24, 99),
    ("About 40 Africa Corps fighters arrived.", "About 40", 40, 40),
])
def test_a_count_before_a_name_ending_in_a_unit_word_counts_people_not_units(text, expression, low, high):
    assert [(q.text, q.low, q.high) for q in find_quantities(text)] == [(expression, low, high)]
