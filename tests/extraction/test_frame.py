"""The article frame: who an article counts, for whom, and whether it is about conflict at all.
Every sentence here is written for these tests."""
import pytest

from muster.extraction.frame import country_roles, scope_hits


@pytest.mark.parametrize("text, expected", [
    # nationality nouns and adjectives before people say who people are
    ("Around 50 Estonians crossed the border last week.", [("EE", "people")]),
    ("Some 200 Chilean mercenaries are said to be there.", [("CL", "people")]),
    ("The recruits came mostly from Ghana, officials said.", [("GH", "people")]),
    # places where things happen or go
    ("Fighting went on in Sudan through the night.", [("SD", "place")]),
    ("The brigade was moved to Lebanon in spring.", [("LB", "place")]),
    ("Drone strikes across Yemen continued.", [("YE", "place")]),
    # states that speak or act
    ("Norway said it would send no one.", [("NO", "actor")]),
    ("Peru condemned the recruitment drive.", [("PE", "actor")]),
    ("Kenya recalled its ambassador.", [("KE", "actor")]),
    # a state's army or military acts or is served; its troops are people
    ("The men said the Iranian army had trained them.", [("IR", "actor")]),
    ("Volunteers joined Ukraine's military in spring.", [("UA", "actor")]),
    ("Some 200 Iranian troops crossed.", [("IR", "people")]),
    # an adjective after "from" describes a body, not people coming from a country
    ("The men had taken money from Iranian intelligence.", [("IR", "modifier")]),
    ("A warning came from Turkish officials on Friday.", [("TR", "modifier")]),
    # and a nationality on weapons describes them, not who the people are
    ("Russian drones struck the base overnight.", [("RU", "modifier")]),
    # a nationality before a possessive people noun still says who the people are, and an
    # adjective after "to the" is no place
    ("The losses were due to the Syrian fighters' lack of training.", [("SY", "people")]),
    ("Aid went to the Chadian soldiers’ families.", [("TD", "people")]),
    ("The delay was due to the Iranian guards' refusal.", [("IR", "people")]),
    # the items of a list share the role the words around the whole list give it
    ("Recruits came from Chad, Niger and Mali.", [("TD", "people"), ("NE", "people"), ("ML", "people")]),
    ("They hold citizens of Peru, Bolivia, and Ecuador.", [("PE", "people"), ("BO", "people"), ("EC", "people")]),
    ("The convoy went on to Syria and Iraq.", [("SY", "place"), ("IQ", "place")]),
    ("Cuban and Venezuelan troops were seen there.", [("CU", "people"), ("VE", "people")]),
    ("Turkish and Iranian drones were seen there.", [("TR", "modifier"), ("IR", "modifier")]),
    # a name hyphened to what it does to others: it acts, it is a place, or it is where people are from
    ("Fighting between the army and Chad-backed rebels went on.", [("TD", "actor")]),
    ("The Saudi-led coalition struck the port.", [("SA", "actor")]),
    ("Shelling hit the Israeli-occupied villages.", [("IL", "actor")]),
    ("She heads a Nairobi-based charity.", []),
    ("Some 200 Syrian-born fighters crossed.", [("SY", "people")]),
    # a nationality adjective on a piece of land is a place
    ("Thousands have arrived on Ukrainian territory since May.", [("UA", "place")]),
    ("The shells landed on Lebanese soil.", [("LB", "place")]),
    ("Rockets hit the Israeli city of Haifa.", [("IL", "place")]),
    # the country people flee is where they are from; fleeing a nationality's weapons is not
    ("Thousands flee Myanmar as the junta enforces the draft", [("MM", "people")]),
    ("Over a million have escaped Sudan, aid groups say.", [("SD", "people")]),
    ("Families fleeing Russian shelling reached the city.", [("RU", "modifier")]),
    # a dateline's country is where the story was filed, whatever people the words after its dash name
    ("GOMA, Democratic Republic of Congo — Rwandan-backed rebels took the city.", [("CD", "place"), ("RW", "actor")]),
    ("TRIPOLI, Libya — Syrian fighters arrived on Monday.", [("LY", "place"), ("SY", "people")]),
])
def test_country_roles(text, expected):
    assert list(country_roles(text)) == expected


@pytest.mark.parametrize("text", [
    "Artillery shelled the town as the army tried to break the siege.",
    "The militants claimed the attack that killed eleven soldiers.",
    "Police arrested four men suspected of recruiting for the insurgents.",
])
def test_conflict_sentences_are_in_scope(text):
    assert scope_hits(text) >= 2


@pytest.mark.parametrize("text", [
    "The festival drew a record crowd to the riverside park this summer.",
    "Enrolment at the university rose again as new faculty members joined.",
    "Shares in the carmaker fell after the quarterly results came out.",
    "A warm spell is forecast, and the warden warned of a forward-looking budget.",
    # a scout troop is no army unit: only "troops" count
    "The scout troop sold boxes of cookies, and the troop leader thanked the parents.",
])
def test_general_news_is_out_of_scope(text):
    assert scope_hits(text) == 0


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


CONFLICT_ARTICLE = _article(
    "Hundreds of Chileans head to the front to fight for Ukraine",
    "Several hundred Chilean volunteers have joined Ukraine's army since the invasion, the defence ministry in "
    "Kyiv said on Monday.",
    "About 40 of them have been killed in combat, and around 60 were wounded during the offensive.",
    "Another 25 arrived at a training camp near the front line last week.",
)


def test_frame_of_an_article(claims_of):
    from muster.extraction.decide import cases_of
    from muster.extraction.engine import draft

    frame, cases = cases_of(draft(CONFLICT_ARTICLE))
    assert frame.top_population() == "CL"
    assert frame.lede_populations[0] == "CL"
    assert "UA" in frame.top_sides(2)
    assert frame.scope > 3
    assert len(cases) >= 3
    assert set(frame.to_dict()) >= {"scope", "populations", "sides", "events", "sources", "caveats"}


@pytest.mark.parametrize("follow_up", [
    "About 40 of them have been killed in combat.",
    "Another 25 arrived at a training camp last week.",
    "Roughly 30 have since gone home, the ministry added.",
])
def test_later_counts_inherit_the_frame(claims_of, follow_up):
    """Later sentences that say only "them" or "another 25" keep the article's population and party."""
    text = _article(CONFLICT_ARTICLE.split("\n\n")[0], CONFLICT_ARTICLE.split("\n\n")[1], follow_up)
    last = claims_of(text)[-1]
    assert last.origin == ["CL"]
    assert last.side == "UA"


GENERAL_NEWS = _article(
    "Record crowds at the spring marathon",
    "More than 30,000 runners took part in the city marathon on Sunday, organisers said, while about 200,000 "
    "people lined the streets to cheer them on.",
    "Some 4,000 volunteers handed out water along the route, and around 150 medics were on duty.",
    "The winner finished in just over two hours, a few seconds short of the course record set three years ago.",
    "Next year the race will start an hour earlier, after dozens of runners complained about the heat.",
)


def test_general_news_yields_no_claims(claims_of):
    assert claims_of(GENERAL_NEWS) == []


def test_a_lone_sentence_is_too_short_to_judge_its_scope(claims_of):
    assert [c.text for c in claims_of("Around 70 volunteers signed up on the first day.")] == ["Around 70"]


@pytest.mark.parametrize("story", [
    _article("Bakery chain to hire staff for its new stores",
             "The bakery chain said it recruited 450 bakers this year and plans to take on some 600 more people "
             "across its northern shops, as demand for fresh bread keeps growing.",
             "Its owner, who opened the first shop in 1998, said the company now employs more than 9,000 people "
             "and that dozens of apprentices would start in the autumn."),
    _article("Ferry company adds summer sailings",
             "The ferry company said it carried more than 40,000 passengers last month and hired about 120 "
             "seasonal staff, who were recruited from nearby towns to run the new evening sailings.",
             "Its chief executive said dozens of families had written to thank the crews, and that the "
             "company expected to carry some 300,000 people over the whole summer season."),
    _article("Orchestra opens season with record audience",
             "More than 2,000 listeners filled the hall on Friday, and hundreds more followed the concert online, "
             "the orchestra said. Its 90 musicians, joined by a choir of 120 singers, played for nearly three hours.",
             "The conductor thanked the staff, who had enlisted local schools to fill the rehearsals, and the "
             "dozens of donors behind the new organ."),
])
def test_one_stray_conflict_word_does_not_make_a_story_about_conflict(claims_of, story):
    assert claims_of(story) == []



@pytest.mark.parametrize("text, at_least", [
    ("Fans filled the stadium as the club's coach praised his players after the match.", 4),
    ("The company said shares rose as investors welcomed higher revenue and new hiring.", 4),
    ("Pilgrims crowded the shrine for the festival while worshippers prayed in the temple.", 4),
])
def test_the_words_of_general_news_are_counted(text, at_least):
    assert scope_hits(text, "other_domains") >= at_least


GENERAL_NEWS_STORIES = [
    "Record crowd as fans travel for the final\n\nMore than 30,000 supporters are expected at the stadium on "
    "Saturday, the club said. The team's travelling army of fans grows every season, and tickets sold out in an "
    "hour. Police said 250 officers would be on duty, and last year 20 people were arrested after scuffles.",
    "Software firm to hire 1,500 engineers\n\nThe company will recruit about 1,500 engineers and open offices in "
    "three cities, its chief executive told investors. Shares rose after the firm reported record revenue, and "
    "some 400 staff will join the cloud division.",
    "Pilgrims throng hilltop shrine\n\nHundreds of thousands of pilgrims gathered at the shrine for the festival on "
    "Sunday. Worshippers queued at the temple, dozens of people were treated for heat exhaustion, and some 2,000 "
    "police officers were deployed to guide the crowds.",
]


@pytest.mark.parametrize("text", GENERAL_NEWS_STORIES)
def test_general_news_yields_no_claims_whatever_stray_conflict_word_it_holds(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text", [
    "Shelling hit a school in the city, killing 12 students and two teachers, the governor said.",
    "Gunmen stormed a church during the service and killed at least 30 worshippers, police said.",
    "An airstrike on the stadium used as a shelter killed about 40 people, residents said.",
])
def test_conflict_news_about_schools_churches_or_stadiums_keeps_its_claims(claims_of, text):
    assert claims_of(text)


@pytest.mark.parametrize("story", [
    _article("Night shifts and memory",
             "Researchers followed 1,800 volunteers for six years and found that about 260 participants who "
             "worked night shifts scored lower on memory tests, the study said.",
             "The team has recruited another 90 patients from two clinics for a second trial, and dozens of "
             "scientists from four laboratories will analyse the samples."),
    _article("Crew returns from the orbiting station",
             "Three astronauts landed safely on Sunday after six months in orbit, the space agency said. During "
             "their stay they carried out 14 experiments and two spacewalks.",
             "More than 300 engineers followed the landing from the control room, and about 40 students watched "
             "the spacecraft's descent on a screen at the planetarium."),
    _article("Messaging app passes a milestone",
             "The messaging app now has more than 5 million users, its developers said, and some 200 software "
             "engineers joined the firm this year.",
             "Subscribers can download the new version from Monday; about 30 staff will answer questions from "
             "users in the first week."),
    _article("Champion defends his belt before a full arena",
             "Some 16,000 spectators saw the heavyweight champion win the title fight on points, the promoter said, "
             "and about 3,000 more followed the bout on screens outside the arena.",
             "The boxer, a veteran of 30 fights, thanked his sparring partners and the hundreds of supporters who "
             "had travelled from his home town; some 200 stewards and police kept order."),
    _article("Dear friends of the shelter",
             "This winter our charity served meals to more than 9,000 people, and over 400 volunteers gave their "
             "evenings to cook and clean. We will recruit another 100 volunteers for the spring.",
             "Every donation counts: dozens of donors helped us buy a second van. Yours sincerely, the trustees."),
])
def test_research_space_technology_sport_and_charity_news_yields_no_claims(claims_of, story):
    """Volunteers recruited for a study or a charity, a crew in orbit, an app's users, a boxer's
    fights: numbers of people, none of them in a conflict."""
    assert claims_of(story) == []


@pytest.mark.parametrize("story", [
    _article("Harvest festival draws the town", "More than 3,000 visitors came to the harvest fair on Saturday, "
             "and some 150 farmers showed their produce in the market square.", "About 60 helpers set up the stalls "
             "before dawn, and dozens of children took part in the parade along the river.", "The mayor thanked the "
             "bakers and brewers, and said next year's fair would stay open until late on both days of the weekend."),
    _article("Choir tour ends in the capital", "Forty singers and a dozen musicians closed their tour with a "
             "sold-out evening, the organisers said.", "Around 900 people heard the last concert, and hundreds "
             "more listened on the radio as the choir sang well past midnight.", "Next spring the choir plans a "
             "longer tour of the northern towns, with twelve evenings in six weeks and a new programme of folk songs."),
])
def test_a_whole_text_without_one_word_of_conflict_yields_no_claims(claims_of, story):
    from muster.extraction.frame import scope_hits

    assert scope_hits(story) == 0 and len(story.split()) >= 60  # shorter texts are too short to judge
    assert claims_of(story) == []


@pytest.mark.parametrize("text", [
    _article("Flood toll rises as rivers burst their banks",
             "At least 140 people have died in floods across the south, the disaster agency said on Monday, and "
             "more than 20,000 were evacuated from villages along the river.",
             "Some 3,000 rescuers are searching for about 60 people still missing, officials said, as the rain "
             "eased for the first time in a week and the water began to recede from the flooded towns."),
    _article("Typhoon leaves thousands homeless on the coast",
             "The typhoon killed at least 23 people and left some 12,000 without shelter as it swept across the "
             "coast on Saturday, the weather office said, with winds of up to 190 km an hour.",
             "Hundreds of rescuers reached cut-off fishing villages by boat, and about 40,000 residents were moved "
             "to schools and sports halls before the storm made landfall, officials said."),
    _article("Quake kills dozens in mountain villages",
             "A magnitude 6.4 earthquake struck the mountains before dawn, killing at least 45 people and injuring "
             "about 300, officials said, as aftershocks shook the region through the morning.",
             "Rescuers dug through the rubble of collapsed homes in three villages, and some 800 families spent "
             "the night in tents set up by the regional government near the epicentre."),
])
def test_a_natural_disaster_is_outside_the_contract(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text", [
    _article("Minsk frees dozens of detainees in a deal with the West",
             "The government released 37 political prisoners on Friday, including four foreign nationals, "
             "officials in the neighbouring country said, after months of quiet talks between the two capitals.",
             "A human rights centre says about 1,100 people remain behind bars for their views, among them "
             "journalists, lawyers and the leaders of parties that took part in the last presidential vote.",
             "In return the United States agreed to lift sanctions on the national airline, a spokesman said."),
    _article("Two countries swap detainees after talks",
             "Armenia and Azerbaijan exchanged 12 people on Tuesday in a prisoner swap brokered by a third state, "
             "their foreign ministries said, in the first such deal since relations broke down three years ago.",
             "Relatives of some 40 others still held on both sides gathered at the border crossing, hoping that "
             "the next round of talks, planned for the spring, would bring their sons and daughters home."),
])
def test_political_prisoners_and_their_exchange_are_within_the_contract(claims_of, text):
    assert len(text.split()) >= 60 and claims_of(text)  # a shorter text is kept whatever its words
