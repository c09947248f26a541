"""Extraction patterns as a specification: statuses, attribution phrasings, events, sides,
origins, and what is not a claim."""
import re

import pytest


def only(claims):
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


@pytest.mark.parametrize("text, status", [
    ("About 300 foreign fighters arrived in the city last week.", "asserted"),
    ("About 300 foreign fighters arrived in the city, the mayor said.", "attributed"),
    ("About 300 foreign fighters have reportedly arrived in the city.", "hedged"),
    ("About 300 foreign fighters are believed to have arrived in the city.", "hedged"),
    ("About 300 foreign fighters arrived, media reports said.", "hedged"),
    ("About 300 foreign fighters arrived in the city, an unconfirmed report said.", "unconfirmed"),
    ("About 300 foreign fighters arrived, the mayor said, but the figure could not be independently verified.", "unconfirmed"),
    ("An estimated 300 foreign fighters arrived in the city.", "asserted"),
    ("Over 200 Britons are estimated to have joined the legion.", "hedged"),
    ("About 300 foreign fighters arrived, the mayor said.\n\nReuters could not independently verify the figure.", "unconfirmed"),
    ("About 300 foreign fighters arrived, the mayor said. The claim could not be verified.", "unconfirmed"),
    # documents that give a spread of figures pass them on
    ("Estimates range between 2,000 and 5,000 soldiers killed.", "hedged"),
    ("Published figures vary between 300 and 500 recruits a month.", "hedged"),
    ("Independent estimates range between 1,000 and 3,000 dead fighters.", "hedged"),
    # a hedge governs its own clause, and the counted people's relative clause
    ("Two guards were hurt on Monday, while a third has reportedly been killed.", "asserted"),
    ("Some 50 recruits arrived in May, and more are said to be on their way.", "asserted"),
    ("The 40 men, who were reportedly captured in May, are held in the north.", "hedged"),
    # an unnamed document that says the figure ("claims that ...") passes it on
    ("The plan came amid statements that another 100,000 soldiers need to be drafted.", "hedged"),
    ("There were claims that 300 fighters had died in the siege.", "hedged"),
    ("Allegations that 500 prisoners were tortured surfaced on Monday.", "hedged"),
    # saying no one can be certain of it
    ("Some 60 fighters were killed, the group said. There is no way to be certain of the toll.", "unconfirmed"),
    ("About 60 recruits have deserted, a commander said, though he could not be sure.", "unconfirmed"),
    ("Roughly 60 men were captured. Officials cannot be absolutely certain how many.", "unconfirmed"),
])
def test_status(claims_of, text, status):
    assert only(claims_of(text)).status == status


ATTRIBUTION = [
    # according to X
    ("At least 59 Georgian fighters have been killed, according to the Georgian Legion.", ["the Georgian Legion"]),
    ("According to the defence ministry, 120 volunteers signed up on Monday.", ["the defence ministry"]),
    ("Some 500 recruits joined the brigade in May, according to figures from the General Staff.", ["the General Staff"]),
    # X said / claimed / reported / estimated
    ("The commander said 40 soldiers had deserted.", ["The commander"]),
    ("At least 16,000 foreign nationals have volunteered, the president claimed.", ["the president"]),
    ("OVD-Info reported that around 5,000 protesters were arrested.", ["OVD-Info"]),
    ("The UN estimates that about 82,000 people have fled the city.", ["The UN"]),
    # X told Y
    ("Lee told Reuters that 300 volunteers had arrived.", ["Lee", "Reuters"]),
    ("The ministry told Agence France-Presse that 70 citizens had applied.", ["The ministry", "Agence France-Presse"]),
    ("A spokesman told the BBC that 12 soldiers were captured.", ["A spokesman", "the BBC"]),
    # citing Y / which cited Y / X, citing Y, said
    ("Around 400 Swedes have signed up, according to TT News Agency, which cited coordinator Erik Lindqvist.", ["TT News Agency", "Erik Lindqvist"]),
    ("The agency, citing the interior ministry, said 200 Belgians had travelled to Syria.", ["The agency", "the interior ministry"]),
    ("Kyodo reported, citing government sources, that 70 Japanese citizens had applied to fight.", ["Kyodo"]),
    # a source in the next sentence of the paragraph
    ("Six Nepalis died while fighting in the Russian ranks. This was confirmed by the Ministry of Foreign Affairs.", ["the Ministry of Foreign Affairs"]),
    ("Over 300 hired gunmen were flown to the front. This was reported by Daily Sabah with reference to local monitors.", ["Daily Sabah", "local monitors"]),
    ("Up to 300 Czechs have signed up. This was announced by the Czech embassy on Friday.", ["the Czech embassy"]),
    ("About 700 Peruvians have enlisted. That is according to the foreign ministry.", ["the foreign ministry"]),
    # the author of a document the verb takes, whatever the parser hangs the figure on
    ("He recalled claims by separatist commanders regarding the deaths of 30,000 soldiers.", ["separatist commanders"]),
    ("The general disputed reports from the rebels on the capture of 150 soldiers.", ["the rebels"]),
    ("The envoy dismissed allegations by the rebels concerning 400 executed prisoners.", ["the rebels"]),
    # generic heads tied to a named body are named
    ("Sources close to the Wagner group told Reuters that 40 fighters died.", ["Sources close to the Wagner group", "Reuters"]),
    ("Sources within Hezbollah said 25 fighters were killed in the strike.", ["Sources within Hezbollah"]),
    ("People close to Africa Corps said about 30 mercenaries were wounded.", ["People close to Africa Corps"]),
    ("About 500 fighters arrived, sources at the defence ministry said.", ["sources at the defence ministry"]),
    ("A source in the regional administration said 40 recruits deserted.", ["A source in the regional administration"]),
    ("Some 40 Chileans were wounded in May. This is according to their consulate, a paper reports.", ["their consulate"]),
    ("Roughly 250 Kenyans are at the front. That’s according to a rights group in Nairobi.", ["a rights group"]),
    # role descriptions name a source; parenthesised acronyms stay whole
    ("Hamas is holding about 240 hostages in Gaza, Israeli officials said.", ["Israeli officials"]),
    ("The war has displaced some 12 million Sudanese, according to the International Organization for Migration (IOM).",
     ["the International Organization for Migration (IOM)"]),
    ("70 Japanese citizens have volunteered to fight for Ukraine, the Ukrainian embassy in Tokyo said.",
     ["the Ukrainian embassy in Tokyo"]),
    # "what X told us is that ..."
    ("What the defence ministry informed us is that roughly 300 Peruvians took part on the Ukrainian side.",
     ["the defence ministry"]),
    # a document's issuer is the source
    ("According to a statement from the interior ministry, 230 people were evacuated from the village.",
     ["the interior ministry"]),
    # pronouns and quotations take the named source
    ("Defence Minister Anna Kovacs spoke on Monday. “Another 12 are missing,” she added.", ["Anna Kovacs"]),
    ("Taras Melnyk spoke on Sunday. He said the first 16,000 volunteers had already arrived.", ["Taras Melnyk"]),
    ("“We lost at least 59 men,” Levan Kapanadze said.", ["Levan Kapanadze"]),
    ("Maria Lopez spoke to the committee. “Far more than 200,000 people have fled the city,” Lopez said.", ["Maria Lopez"]),
    # a quotation that goes on after its speaker, who is named with a description
    ("“The camps are full,” Ana Ruiz, the head of the relief agency, said on Monday. “We counted 900 new arrivals.”",
     ["Ana Ruiz"]),
    ("\"It is getting worse,\" Omar Haddad, a regional commander, told reporters. \"We lost 40 men this week.\"",
     ["Omar Haddad"]),
    ("“We were surrounded,” Piet Claes, a former volunteer, told the paper. “Only 12 of us came back.”", ["Piet Claes"]),
    # "he" is the one who spoke before, not a soldier the sentence between says died
    ("Minister Tomas Nowak spoke to the agency on Friday. “Another soldier died on Friday,” he said. "
     "Later he said that two wounded soldiers remain in hospital.", ["Tomas Nowak"]),
    ("Colonel Maria Gonzalez briefed reporters in the capital. A volunteer was hurt in the night. "
     "She said 14 recruits had deserted.", ["Maria Gonzalez"]),
    ("Governor Piet Claes spoke on the radio. An officer was captured near the river. "
     "He said some 30 villagers had fled.", ["Piet Claes"]),
    # a verb that gives a figure may take its toll through an adverb
    ("Local sources put the death toll higher, at 35.", []),
    # a document in a phrase on the reporting verb is the speaker's own
    ("The Chilean government said in a statement that 12 of its citizens had been killed.", ["The Chilean government"]),
    ("The ministry wrote in a report that 40 soldiers had deserted.", ["The ministry"]),
    ("The commander told reporters in an interview that 300 recruits had arrived.", ["The commander"]),
    # the antecedent of a relative clause speaks: "X, who said ..."
    ("The figure came from a border official, who said 300 men had crossed.", ["a border official"]),
    ("The data came from the regional governor, who reported that 45 soldiers had died.", ["the regional governor"]),
    ("Reporters met a local doctor, who counted some 60 bodies in the square.", ["a local doctor"]),
    # the inverted order: "..., said X" with the speaker after the verb
    ("Shelling has driven the garrison down to about 150 defenders, said a UN report published on Friday.", ["a UN report"]),
    ("Nearly 60 recruits deserted the training camp in March, says the regional border service.", ["the regional border service"]),
    ("Some 45 militiamen surrendered at the bridge, said the district governor.", ["the district governor"]),
    # "cited / quoted X as saying": the one cited speaks
    ("Two outlets cited the health minister as saying that 75 wounded soldiers had been flown out.", ["the health minister"]),
    ("The agency quoted a border guard as saying that 300 men had crossed overnight.", ["The agency", "a border guard"]),
    # a passive report with its agent, and a document whose issuer is named
    ("The raid was first reported by the monitoring group to have killed more than 30 fighters.", ["the monitoring group"]),
    ("A study by the Lisbon institute found that 420 volunteers had returned home.", ["the Lisbon institute"]),
    ("Research from the Oslo peace centre showed that 95 recruits came back within a year.", ["the Oslo peace centre"]),
    ("Some 1,800 foreign fighters joined the war, according to figures released by the general staff.", ["the general staff"]),
    # a document's figures: "figures from X show", "data obtained by X", "statistics from X indicate"
    ("Figures from the interior ministry show 300 Belgians travelled to the front.", ["the interior ministry"]),
    ("Data obtained by the monitoring project shows that 1,200 foreign nationals signed contracts.", ["the monitoring project"]),
    ("Statistics from the border service indicate that 4,000 men left the country.", ["the border service"]),
    # a lone role is a role description, which the contract counts as named
    ("Police detained 14 men at the port, an official said.", ["an official"]),
    ("Eight sailors are still missing, a navy spokeswoman told reporters.", ["a navy spokeswoman"]),
]


@pytest.mark.parametrize("text, source", [
    # a name is never completed with the words of the line above it
    ("Volunteers Head South\nMartinez said that 200 volunteers had left the city.", "Martinez"),
    ("Recruits lured to Russia\nOkafor told the court that 30 men had been tricked.", "Okafor"),
    ("Border Crossings Rise\nKowalski said some 900 people crossed last week.", "Kowalski"),
])
def test_a_surname_is_not_joined_to_the_line_above(claims_of, text, source):
    assert [c.attributed_to for c in claims_of(text) if c.sentence != text.split("\n")[0]] == [[source]]


@pytest.mark.parametrize("text, sources", ATTRIBUTION)
def test_attribution_chain(claims_of, text, sources):
    claims = claims_of(text)
    assert claims, text
    assert [c.attributed_to for c in claims] == [sources] * len(claims)


@pytest.mark.parametrize("text, event", [
    ("At least 20 soldiers were killed in the attack.", "casualty"),
    ("More than 80,000 soldiers have been wounded.", "casualty"),
    ("Police arrested 12 people on suspicion of recruiting for the group.", "detention"),
    ("Prosecutors are investigating 40 volunteers.", "detention"),
    ("Some 2,000 civilians fled the town overnight.", "displacement"),
    ("About 4 million refugees have crossed into Poland.", "displacement"),
    ("About 400 Swedes have volunteered to fight.", "mobilization"),
    ("Two battalions of volunteers were deployed to the front.", "mobilization"),
    ("Around 100 fighters have returned to Colombia.", "other"),
    ("The evacuation of 300 civilians from Mariupol was completed on Sunday.", "displacement"),
    ("An estimated 50,000 Kadyrovites have served in Ukraine.", "mobilization"),
    ("The number of Syrian refugees in Turkey fell to 3.1 million last year.", "displacement"),
    ("At least 12 volunteers are unaccounted for.", "casualty"),
    ("Some 40 sailors remain unaccounted for after the strike.", "casualty"),
    ("Dozens of recruits were still unaccounted for on Friday.", "casualty"),
])
def test_event(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, event", [
    # The verb group after the counted phrase says what happened, whatever the phrase says they did.
    ("Officials disclosed that eight recruits serving with the brigade had been killed.", "casualty"),
    ("The ministry admitted that some 30 men fighting for the legion were later captured.", "detention"),
    ("Villagers said that 25 fighters from the militia have died near the border.", "casualty"),
    # A part with its own predicate keeps it; a part without one takes its whole's event.
    ("About 900 volunteers joined the corps, of whom at least 40 have been killed.", "casualty"),
    ("Three of the conscripts are now prisoners of war.", "detention"),
    # civilians at school and at prayer are people too
    ("Gunmen abducted 200 schoolgirls from a dormitory overnight.", "detention"),
    ("At least 30 worshippers died when the mosque was shelled.", "casualty"),
    ("Some 15 pupils were wounded in the strike on the school.", "casualty"),
    # a bare number made to do what people do
    ("In the province, thousands have been forced to flee as the rebels advance.", "displacement"),
    ("Hundreds were compelled to flee their homes overnight.", "displacement"),
    ("Dozens have been forced to enlist since the spring, the monitor said.", "mobilization"),
    # a whole that a casualty noun takes its part from keeps its own event
    ("There have been deaths among the thousands of volunteers who have enlisted.", "mobilization"),
    ("Casualties among the 3,000 recruits who joined in May have mounted.", "mobilization"),
    ("Losses among the hundreds of foreigners who signed up are rising.", "mobilization"),
    # a predicate that goes on through an infinitive
    ("Some 100 of the listed volunteers appeared to have died by the spring.", "casualty"),
    ("About 40 of the recruits are thought to have been captured near the river.", "detention"),
    ("Roughly 60 of those volunteers seem to have been wounded in the assault.", "casualty"),
    # the bodies or remains of people are the dead, whatever is done with them
    ("The unit cannot retrieve the bodies of four soldiers who held the line.", "casualty"),
    ("Rescuers recovered the bodies of 12 fighters from the rubble.", "casualty"),
    ("The remains of 30 volunteers were returned home on Friday.", "casualty"),
])
def test_the_predicate_after_the_count_names_the_event(claims_of, text, event):
    claims = [c for c in claims_of(text) if c.event == event]
    assert claims, [(c.text, c.event) for c in claims_of(text)]


def test_a_part_without_a_predicate_takes_the_whole_event(claims_of):
    claims = claims_of("About 900 volunteers have been killed, including 40 teenagers.")
    assert {c.event for c in claims} == {"casualty"}, [(c.text, c.event) for c in claims]


@pytest.mark.parametrize("text, origin", [
    ("Around 400 Swedes have signed up.", ["SE"]),
    ("The unit includes 30 American, Canadian and German special forces veterans.", ["US", "CA", "DE"]),
    ("About 200 volunteers from Sweden have joined the legion.", ["SE"]),
    ("A thousand Chechen fighters are heading to the front.", ["RU"]),
    ("Japan has seen 70 citizens apply to join the legion.", ["JP"]),
    ("About 16,100 mercenaries of Syrian nationality were sent.", ["SY"]),
    ("Some 300 foreign volunteers have arrived.", []),
    ("The newspaper reported that 2,000 Iranian advisers were in Syria.", ["IR"]),
    # every state of a list after "of" or "from", however the commas fall
    ("The army holds 350 citizens of Chad, Niger, and Mali.", ["TD", "NE", "ML"]),
    ("The legion counts 120 nationals of Peru, Bolivia and Ecuador.", ["PE", "BO", "EC"]),
    ("Police questioned some 40 residents of Ghana, Togo and Benin.", ["GH", "TG", "BJ"]),
    # a participle describing the state after "from", wherever the parser hangs the "from"
    ("The insurgents are helped by roughly 3,000 soldiers from neighboring Chad, experts say.", ["TD"]),
    ("The militia is supported by about 900 fighters from war-torn Syria, officials said.", ["SY"]),
    ("The garrison was reinforced by 300 soldiers from nearby Niger last week.", ["NE"]),
])
def test_origin(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


def test_origin_of_a_number_put_on_a_country(claims_of):
    claims = claims_of("Some 5,000 Europeans have joined jihadist groups. She put the number from Belgium, a country with "
                       "many recruits, at nearly 500.")
    assert [(c.text, c.origin) for c in claims] == [("Some 5,000", []), ("nearly 500", ["BE"])]


@pytest.mark.parametrize("text, side", [
    ("About 300 Belarusians are fighting for Ukraine.", "UA"),
    ("Some 200 Serbs have gone to fight on behalf of Moscow.", "RU"),
    ("Around 400 Swedes want to join the International Legion.", "UA"),
    ("Dozens of Britons have travelled to fight Russia.", "UA"),
    ("About 4,000 militants are fighting on the side of Baku.", "AZ"),
    ("Nearly 700 Britons have joined Islamic State.", "Islamic State"),
    ("Up to 2,000 Syrian mercenaries were deployed alongside the GNA.", "Government of National Accord"),
    ("Police arrested nine people suspected of recruiting for Wagner.", None),
    ("The Houthis claimed to have recruited 200,000 new fighters.", "Houthis"),
    ("The Libyan National Army said that 10 of its fighters had been killed.", "Libyan National Army"),
    ("Turkey has sent about 2,500 Syrian fighters to Libya to support the Tripoli government.", "Government of National Accord"),
    ("Some 2,000 civilians fled the town overnight.", None),
    # brought into a party's forces
    ("About 150 Cubans were conscripted into the Russian army last year.", "RU"),
    ("Nearly 90 Colombians were drafted into Ukraine's armed forces.", "UA"),
    ("At least 60 Nepali men were mobilised into the Russian military, the report said.", "RU"),
    # let go from a party's forces: they served it
    ("Some 70 Indian citizens are awaiting release from the Russian army.", "RU"),
    ("About 40 Colombians were discharged from the Ukrainian army last month.", "UA"),
    ("Roughly 15 Cubans deserted from the Russian army in the spring.", "RU"),
])
def test_side(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text", [
    "Men aged 18-60 are barred from leaving the country.",
    "The war began on 24 February 2022.",
    "The legion pays volunteers $3,300 a month.",
    "Ukraine has received 31 tanks and 300 missiles.",
    "Volunteers came from 52 countries.",
    "The alliance has 30 member states.",
    "The ministry opened nine cases against the recruiters.",
    "Around 20 percent of the recruits were killed.",
    "He is a 42-year-old former IT worker.",
    "The war has lasted 1,000 days.",
    "Before the invasion the country had a population of roughly 40 million.",
    "One recruit said the training was hard.",
])
def test_not_claims(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Turkey: 900\nGermany: 1,200", [("900", ["TR"]), ("1,200", ["DE"])]),
    ("A 230-member group of Belarusian volunteers crossed into Ukraine.", [("230", ["BY"])]),
    ("The number of Swedes who have joined rose from 400 to 550 in a month.", [("400", ["SE"]), ("550", ["SE"])]),
    ("Two per week are being recruited by the army.", [("Two", [])]),
])
def test_table_entries_rates_and_changes(claims_of, text, expected):
    assert [(c.text, c.origin) for c in claims_of(text)] == expected


@pytest.mark.parametrize("table, expected", [
    ("- Jordan: 2,000\n- Chile: 450", [("2,000", ["JO"]), ("450", ["CL"])]),
    ("* Peru: about 300\n* Kenya: some 120", [("about 300", ["PE"]), ("some 120", ["KE"])]),
    ("Norway 140\nPoland, 900 volunteers", [("140", ["NO"]), ("900", ["PL"])]),
    # a row may say more after a bullet or a colon
    ("- Mali: 1,200 suspected militants detained since 2022\n- Chad: about 300 arrested last year",
     [("1,200", ["ML"]), ("about 300", ["TD"])]),
    ("Togo: 85 suspects held in the north since March", [("85", ["TG"])]),
])
def test_table_rows_in_other_layouts_are_claims(claims_of, table, expected):
    assert [(c.text, c.origin) for c in claims_of(table)] == expected


@pytest.mark.parametrize("caption, source", [
    ("Member states told the panel that:", "Member states"),
    ("The interior ministries of the region gave these figures:", "The interior ministries of the region"),
])
def test_a_table_caption_speaks_for_rows_that_say_more(claims_of, caption, source):
    rows = "\n- Mali: 1,200 suspected militants detained since 2022\n- Chad: about 300 arrested last year"
    assert [c.attributed_to for c in claims_of(caption + rows)] == [[source], [source]]


@pytest.mark.parametrize("text", [
    "According to the Georgian diplomat, about 6,800 mercenaries were killed in the zone.",
    "Gaza truce: 33 hostages to be freed in the first phase\n\nThe deal was agreed on Wednesday.",
])
def test_prose_that_opens_on_a_name_is_no_table_row(claims_of, text):
    assert claims_of(text)[0].origin == []


def test_a_year_after_a_country_is_no_table_row(claims_of):
    assert claims_of("Ukraine 2022\nGeorgia 2008") == []


@pytest.mark.parametrize("caption, source", [
    ("Volunteers by country, according to the Civic Monitor:", "the Civic Monitor"),
    ("Recruits by country in 2023, according to figures from the Lantern Project:", "the Lantern Project"),
    ("Foreign recruits by home country, according to a report by the Harbour Institute:", "the Harbour Institute"),
])
def test_a_table_caption_speaks_for_its_rows(claims_of, caption, source):
    rows = claims_of(f"{caption}\n\nChile: 450\nPeru: 300")
    assert len(rows) == 2
    assert all(any(source in name for name in c.attributed_to) for c in rows), [c.attributed_to for c in rows]


def test_a_denial_is_not_a_source_and_ranges_of_estimates_are_ranges(claims_of):
    claim = only(claims_of("The Kremlin has not disclosed how many foreigners have signed contracts, "
                           "but estimates range from 5,000 to 10,000."))
    assert (claim.low, claim.high, claim.qualifier, claim.attributed_to) == (5000, 10000, "range", [])


def test_two_word_demonyms(claims_of):
    claim = only(claims_of("At least 12 Sri Lankans have died fighting for Russia, the defence ministry said."))
    assert (claim.origin, claim.side, claim.event) == (["LK"], "RU", "casualty")


def test_unnamed_collectives_hedge(claims_of):
    claim = only(claims_of("Thousands could die if the siege continues, aid agencies warned."))
    assert (claim.status, claim.attributed_to) == ("hedged", [])


def test_offsets_point_at_the_text(claims_of):
    text = "Intro line.\n\nAround 400 Swedes have signed up, according to TT."
    claim = only(claims_of(text))
    assert text[claim.start:claim.end] == claim.text == "Around 400"
    assert claim.sentence == "Around 400 Swedes have signed up, according to TT."


@pytest.mark.parametrize("text, quantity", [
    ("Hundreds of recruits were sent to the front. About two dozen of them have since come home.", "About two dozen"),
    ("The camp held 900 detainees. Roughly a third were released, and a few dozen of those were charged.", "a few dozen"),
    ("Many conscripts were wounded in the assault. Some 40 of these were flown to hospitals abroad.", "Some 40"),
])
def test_a_share_of_people_counted_before_is_a_claim(claims_of, text, quantity):
    assert quantity in [c.text for c in claims_of(text)]


@pytest.mark.parametrize("text, quantity", [
    # the speaker's own people: "N of us"
    ("“Only 12 of us came back from that village,” the sergeant said.", "12"),
    ("Some 40 of us were wounded in the first week, she recalled.", "Some 40"),
    ("“About half of the company, maybe 60 of us, deserted,” he told the court.", "60"),
])
def test_a_share_of_the_speakers_own_people_is_a_claim(claims_of, text, quantity):
    assert quantity in [c.text for c in claims_of(text)]


@pytest.mark.parametrize("text, quantity", [
    ("Over 12,000 Fighters Cross Into Neighbouring State, Monitors Say", "Over 12,000"),
    ("Some 300 Volunteers Arrive At Training Base", "Some 300"),
    ("Dozens Of Soldiers Captured In Night Raid", "Dozens"),
    # a bare count followed at once by what befell people
    ("Dozens dead after shelling of border village, officials say", "Dozens"),
    ("Scores wounded as drones strike market in the east", "Scores"),
    ("Twelve missing after militia raid on camp", "Twelve"),
])
def test_headlines_count_people(claims_of, text, quantity):
    assert quantity in [c.text for c in claims_of(text)]


@pytest.mark.parametrize("text, parties", [
    ("This is where the fighting is worst.", []),
    ("It is said that he is in Raqqa.", []),
    ("He left to join IS in 2015 and is now in prison.", ["Islamic State"]),
    ("Dozens of ISIS fighters surrendered.", ["Islamic State"]),
])
def test_acronyms_name_parties_only_as_written(text, parties):
    from muster.extraction.sides import parties_named_in

    assert parties_named_in(text) == parties


@pytest.mark.parametrize("text, origin, side", [
    # whoever sends people sends them for its own side, wherever they fight
    ("Chechnya has sent some 3,000 fighters to take part in the war in Ukraine.", ["RU"], "RU"),
    ("Belarus dispatched about 400 soldiers to the border region last spring.", ["BY"], "BY"),
    ("Iran has deployed roughly 2,000 advisers to assist in the fighting in Syria.", ["IR"], "IR"),
])
def test_the_sender_is_the_side_and_origin(claims_of, text, origin, side):
    claim = only(claims_of(text))
    assert (claim.origin, claim.side) == (origin, side)


@pytest.mark.parametrize("text, origin", [
    ("Georgia says 1,500 of its citizens want to fight in the war.", ["GE"]),
    ("Nepal said that 200 of its citizens had been recruited by the army.", ["NP"]),
    ("Kenya believes some 300 of its nationals have been lured abroad to fight.", ["KE"]),
    # the country people leave is where they come from
    ("About 300 people have left Belgium for the war zone since 2013, the service said.", ["BE"]),
    ("Over 1.5 million have fled Sudan since the fighting began.", ["SD"]),
    ("Some 90 young men quit Tunisia last year to join the militants.", ["TN"]),
    # a fronted "of" phrase names the whole a part comes from
    ("Of the volunteers from Estonia who went to fight abroad, three men are known to have died.", ["EE"]),
    ("Of the recruits from Peru who signed up in May, 40 have been killed.", ["PE"]),
    ("Of those Kenyans who travelled to the front, a dozen were wounded.", ["KE"]),
])
def test_a_states_own_citizens_and_those_who_leave_it_take_its_origin(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text, event", [
    ("The legion has welcomed around 500 new recruits from abroad this month.", "mobilization"),
    ("The brigade hosted some 80 foreign volunteers at its base.", "mobilization"),
    ("Poland has welcomed more than 1.5 million refugees since the invasion.", "displacement"),
])
def test_receiving_verbs_keep_the_event_of_who_is_received(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, source", [
    ("The regiment's press officer spoke on Monday. At least 30 were killed, he said.", "The regiment's press officer"),
    ("A spokeswoman for the mission briefed reporters. She said 12 peacekeepers had been wounded.",
     "A spokeswoman for the mission"),
    ("The camp's director described the situation. About 400 refugees arrived overnight, she told us.",
     "The camp's director"),
    ("One of the generals said 400 commandos had been approached. About 20,000 were trained, he said.",
     "One of the generals"),
    ("One of the officers told reporters that 60 recruits had deserted. Another 30 were missing, she said.",
     "One of the officers"),
])
def test_a_pronoun_takes_the_speaker_named_before_when_no_person_is_named(claims_of, text, source):
    assert claims_of(text)[-1].attributed_to[0] == source


@pytest.mark.parametrize("text", [
    "Russian drones attacked a training base in the west last week where about 200 of the volunteers were staying.",
    "Ukrainian artillery shelled the positions where some 90 mercenaries were based.",
    "Turkish aircraft struck a camp that housed about 300 fighters.",
])
def test_a_nationality_on_weapons_is_not_the_origin_of_the_people(claims_of, text):
    assert only(claims_of(text)).origin == []


@pytest.mark.parametrize("text, origin", [
    ("About 500 fighters from Central Asia have joined the group.", ["KZ", "KG", "TJ", "TM", "UZ"]),
    ("Some 40 volunteers from the Baltic states arrived at the front.", ["EE", "LV", "LT"]),
    ("Roughly 30 Scandinavian volunteers signed up last month.", ["SE", "DK", "NO"]),
    ("About 90 European volunteers signed up last month.", []),
])
def test_a_region_that_is_a_set_of_states_names_them_all(claims_of, text, origin):
    assert sorted(only(claims_of(text)).origin) == sorted(origin)


@pytest.mark.parametrize("text", [
    "Police keep watch on about a dozen militants who have since returned to Belgium from the war zone.",
    "Around 30 women were flown back to the capital on Saturday.",
    "Some 120 fighters who came back from the front have been questioned by investigators.",
    # a share of them, where the number is the subject
    "Roughly 40 of the volunteers have come back home since May.",
    "Some 25 of the recruits returned to Lima last week.",
    "About 60 of those fighters have flown back home.",
])
def test_people_coming_home_are_not_a_mobilization(claims_of, text):
    assert only(claims_of(text)).event in ("other", "detention")


@pytest.mark.parametrize("text", [
    # people listed with those who come home, or brought alongside them, come home too
    "Some 25 widows were flown back to the capital alongside 60 children and three men.",
    "About 15 fighters came home along with 12 children last week.",
    "Eight men, one woman and nine children returned to Tirana on Monday.",
    "Around 20 women and 35 children were flown back from the camps.",
])
def test_people_listed_with_those_coming_home_come_home_too(claims_of, text):
    claims = claims_of(text)
    assert len(claims) >= 2 and all(c.event in ("other", "detention") for c in claims), [(c.text, c.event) for c in claims]


@pytest.mark.parametrize("text, one", [
    ("Eight men, one woman and nine children returned to Tirana on Monday.", "one"),
    ("One nurse and three drivers were detained at the border.", "One"),
    ("Two pilots and one medic were wounded in the raid.", "one"),
])
def test_one_item_of_a_list_of_counts_is_a_count(claims_of, text, one):
    assert one in [c.text for c in claims_of(text)]


@pytest.mark.parametrize("text, event", [
    ("Rescuers recovered at least 64 bodies from the rubble of the market.", "casualty"),
    ("About 60 hostages remain in the tunnels, the army said.", "detention"),
    ("Nearly 3,000 refugees reached the border crossing after the shelling.", "displacement"),
])
def test_a_noun_that_names_what_happened_gives_the_event(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, sides", [
    ("Up to 300 Czechs have vowed to go, while two battalions of Chechens are on their way to fight on behalf of Moscow.",
     {"Up to 300": None, "two battalions": "RU"}),
    ("About 40 Britons joined the Ukrainian army, and some 20 Serbs went to fight for Russia.",
     {"About 40": "UA", "some 20": "RU"}),
    ("Some 500 Afghans fought for the Syrian army, while about 80 Pakistanis joined Islamic State.",
     {"Some 500": "SY", "about 80": "Islamic State"}),
])
def test_a_side_statement_belongs_to_the_count_nearest_it(nlp, text, sides):
    from muster.extraction.engine import draft

    got = {d.claim.text: d.explicit_side for d in draft(text, nlp).drafts}
    assert {k: got.get(k) for k in sides} == sides


@pytest.mark.parametrize("text, source", [
    # a body that gives its figures in a sentence with no figure, then "it said"
    ("The ombudsman's office gave its toll on Tuesday evening. It said 140 people had been injured.", "The ombudsman's office"),
    ("The monitoring mission published its count of the dead on Monday. It said that 64 civilians had been killed.",
     "The monitoring mission"),
])
def test_it_said_takes_a_body_named_in_a_sentence_without_figures(claims_of, text, source):
    assert [c.attributed_to for c in claims_of(text)] == [[source]]


@pytest.mark.parametrize("text", [
    "About 300 foreign fighters arrived, the mayor said, but the figure could not be independently verified.",
    "Some 70 recruits deserted, the commander claimed, a number that could not be confirmed.",
    "Up to 45 guards were captured, according to the rebels, though this could not be verified.",
])
def test_a_caveat_after_the_figure_in_its_sentence_makes_it_unconfirmed(claims_of, text):
    claim = only(claims_of(text))
    assert claim.status == "unconfirmed" and claim.attributed_to


@pytest.mark.parametrize("text, origins", [
    ("The ministry said 230 fighters from Chile, 140 from Peru and 35 from Bolivia had been killed.",
     [["CL"], ["PE"], ["BO"]]),
    ("Its list names 52 volunteers from Norway, 17 from Denmark and 9 from Iceland.", [["NO"], ["DK"], ["IS"]]),
    # a whole counted from many places is not from the place of the part inside it
    ("Officials said 20,000 people from over 50 nations, including 3,000 from Canada, had joined.", [[], ["CA"]]),
    ("Some 900 recruits from 30 states, among them 120 from Chile, signed up.", [[], ["CL"]]),
    ("About 5,000 fighters from abroad, including 400 from Georgia, have enlisted.", [[], ["GE"]]),
])
def test_each_item_of_a_list_keeps_the_country_beside_its_count(claims_of, text, origins):
    assert [c.origin for c in claims_of(text)] == origins


@pytest.mark.parametrize("text, side", [
    ("More than 2,000 Syrians have signed up to fight Russia's war in Ukraine.", "RU"),
    ("Dozens of young men from Cardiff were recruited by al-Shabab.", "al-Shabaab"),
    ("At least 30 recruits have joined the Shabaab in the past year, police said.", "al-Shabaab"),
    ("Some 400 fighters of the Donetsk People's Republic were killed in the battle for the airport.", "pro-Russian separatists"),
])
def test_named_parties_and_fighting_a_partys_war(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, side", [
    # a state named after "in", or in a clause on the people, is where they are, not whose
    ("About 300 Russian soldiers killed in Ukraine were buried in Rostov last week.", "RU"),
    ("Some 120 Ukrainian troops captured in Russia were later exchanged.", "UA"),
    # one after "of" or "with", or a force after "in", is whose they are
    ("Dozens of members of Hamas were killed in the strike.", "Hamas"),
    ("About 200 fighters with the Syrian army died in the offensive.", "SY"),
])
def test_a_phrase_on_the_people_says_whose_they_are_unless_it_is_a_place(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, side", [
    # people linked, loyal, allied or affiliated to a party are on its side
    ("Troops killed 11 suspected militants linked to the Islamic State group on the island.", "Islamic State"),
    ("About 300 fighters loyal to the Syrian army were killed in the offensive.", "SY"),
    ("Dozens of gunmen affiliated with Hezbollah crossed the border on Monday.", "Hezbollah"),
    ("The army killed 20 rebels, who are aligned with the M23, near the city.", "M23"),
])
def test_people_tied_to_a_party_are_on_its_side(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text", [
    "Rebels said they had killed 52 Wagner fighters in an ambush near Tessalit in northern Mali.",
    "In Mali, about 40 Africa Corps fighters were killed when their convoy was ambushed near Gao.",
    # a passing word on the home war does not move the article there
    "Mali's army and its allies lost ground in the north of Mali this week.\n"
    "Rebels in Mali said they killed 35 Wagner fighters near Kidal, in the north of Mali.\n"
    "The group fought in Ukraine before it came to Mali.",
])
def test_a_serving_force_outside_its_home_war_takes_the_host_government(claims_of, text):
    assert claims_of(text)[0].side == "ML"


@pytest.mark.parametrize("text", [
    "She keeps the accounts of Troop 1403 after her daughter joined it.",
    "The council met again to discuss Resolution 2254 on Tuesday.",
    "Passengers of Flight 17 were mourned in the capital.",
    # a capitalised plural of things: not a people's name
    "Some 40 Toyotas were destroyed in the raid.",
    "Nearly 200 Hondas were sold at the auction last week.",
    "About 30 Boeings were grounded after the incident.",
    # a population: the people a place is home to
    "The region's 90,000 Georgians who live along the river fear the shelling.",
    "Officials worry about the 40,000 Uzbeks who reside in the valley.",
    "The 120,000 Armenians who call the enclave home watched the talks closely.",
])
def test_a_number_naming_or_counting_things_counts_no_one(claims_of, text):
    assert claims_of(text) == []


def test_a_loose_region_beside_a_count_leaves_its_origin_open(claims_of):
    text = "The survey counted 2,100 recruits from Western Europe, 900 from Central Asia and 150 from South America."
    assert [c.origin for c in claims_of(text)] == [[], ["KZ", "KG", "TJ", "TM", "UZ"], []]


@pytest.mark.parametrize("text", [
    "Some 3,000 of the foreign fighters who joined the war came from Tunisia, officials said.",
    "Nearly 800 of the recruits came from rural districts of Chechnya.",
])
def test_coming_from_somewhere_is_not_coming_home(claims_of, text):
    assert claims_of(text)[0].event != "other"


@pytest.mark.parametrize("text, group_class", [
    ("About 300 refugees crossed the border overnight.", "civilian"),
    ("Some 45 children were evacuated from the school.", "civilian"),
    ("About 300 fighters crossed the border overnight.", "combatant"),
    ("Nearly 80 reservists were called up on Monday.", "combatant"),
    ("About 300 Swedes crossed the border overnight.", "people"),
])
def test_the_claim_keeps_what_its_noun_says_the_people_are(claims_of, text, group_class):
    assert only(claims_of(text)).group_class == group_class


@pytest.mark.parametrize("text, group", [
    ("Dozens of ex-prisoners have enlisted in the assault units, the group said.", "ex-prisoners"),
    ("At least 12 ex-servicemen joined the militia last month.", "ex-servicemen"),
    ("Police detained 37 Colombian ex-soldiers in the port.", "Colombian ex-soldiers"),
    ("About 40 British ex-soldiers fight in the legion.", "British ex-soldiers"),
    ("Around 50 orphans were evacuated from the shelled town.", "orphans"),
    ("Some 40 widows of fallen soldiers protested outside the ministry.", "widows of fallen soldiers"),
])
def test_people_described_by_what_they_were_or_lost_are_counted(claims_of, text, group):
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text, event", [
    ("Some 300 former prisoners joined the army in the spring.", "mobilization"),
    ("Dozens of ex-refugees have signed up with the militia.", "mobilization"),
    ("About 50 ex-convicts were killed near the town.", "casualty"),
])
def test_what_people_no_longer_are_yields_to_what_they_do(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, expected", [
    ("Most of the recruits came from Tajikistan (1,400), Uzbekistan (about 900) and Sri Lanka (at least 70).",
     [("1,400", ["TJ"]), ("about 900", ["UZ"]), ("at least 70", ["LK"])]),
    ("The volunteers were mostly Poles (600), Lithuanians (250) and Finns (40), the commander said.",
     [("600", ["PL"]), ("250", ["LT"]), ("40", ["FI"])]),
    ("Most of the fighters travelled to Iraq in 2014 (310) and 2015 (120).", [("310", None), ("120", None)]),
])
def test_a_count_in_brackets_after_a_country_or_a_year_is_that_entry_s_share(claims_of, text, expected):
    claims = claims_of(text)
    assert [c.text for c in claims] == [t for t, _ in expected]
    assert all(origin is None or c.origin == origin for c, (_, origin) in zip(claims, expected))


@pytest.mark.parametrize("text, count", [
    ("2000 soldiers were killed in the battle for the bridge.", "2000"),
    ("The militia says 1990 fighters signed up in the spring.", "1990"),
    ("In all, 2012 civilians were evacuated from the town.", "2012"),
])
def test_a_number_that_could_be_a_year_counts_the_people_it_names(claims_of, text, count):
    assert only(claims_of(text)).text == count


@pytest.mark.parametrize("text", [
    "The reservist, Jonas Berg (34), was wounded near the river.",
    "The offensive (2022) displaced thousands of villagers, and the report (page 12) counts them.",
    "Trade with Germany (12%) and France (8%) fell as the fighting went on.",
])
def test_ages_pages_shares_and_dates_in_brackets_are_not_counts(claims_of, text):
    bracketed = set(re.findall(r"\(([^)]*)\)", text))
    assert not bracketed & {c.text for c in claims_of(text)}


@pytest.mark.parametrize("text, group", [
    ("The rebels said they had seized nine Wagner and Malian army soldiers at the outpost.",
     "Wagner and Malian army soldiers"),
    ("Security forces arrested 14 Hamas and Islamic Jihad members overnight.", "Hamas and Islamic Jihad members"),
    ("The tribunal heard that 22 Hezbollah and Houthi fighters had trained at the camp.",
     "Hezbollah and Houthi fighters"),
])
def test_a_count_of_two_named_groups_counts_the_people_the_pair_ends_on(claims_of, text, group):
    """The number hangs on the first group's name; the people are the noun after both names."""
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text", [
    "It has been reported that about 900 volunteers are fighting in the south.",
    "He was one of a reported four Danes to have joined the battalion.",
    "The reported 60 Estonians in the unit are a small share of its strength.",
    # a figure the text itself calls likely, not known
    "Three more Peruvians possibly still in the city are being sought.",
    "Probably 200 recruits deserted before the offensive.",
    "Perhaps 70 Chileans have joined the unit since May.",
])
def test_a_figure_passed_on_as_reported_is_hedged(claims_of, text):
    assert only(claims_of(text)).status == "hedged"


@pytest.mark.parametrize("text, event", [
    ("About 70 returnees have been charged with membership of the group.", "detention"),
    ("Officials said 260 returnees from the war zones are being monitored.", "other"),
    ("Around 45 returnees from the front are living in the capital.", "other"),
    ("About 25 deportees were handed over at the border crossing.", "detention"),
])
def test_returnees_and_deportees_are_counted_with_what_happened_to_them(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, source", [
    ("Topping the army's tally were conscripts from the south, where 410 men were listed as missing.", "the army"),
    ("By the border guard's count, 2,300 people crossed the river overnight.", "the border guard"),
    ("The interior ministry figures show that 95 suspects were detained at the rallies.", "The interior ministry figures"),
    ("Pentagon data shows 18 sailors were injured in the blast.", "Pentagon data"),
])
def test_the_owner_of_a_tally_or_figures_is_their_source(claims_of, text, source):
    claim = only(claims_of(text))
    assert (claim.attributed_to, claim.status) == ([source], "attributed")


@pytest.mark.parametrize("text", [
    "Medics said the death toll had reached 41 people in the village.",
    "The rebel radio said the town's garrison of 200 soldiers had surrendered.",
])
def test_a_document_that_is_not_owned_by_a_body_names_no_source(claims_of, text):
    assert "death" not in " ".join(only(claims_of(text)).attributed_to)


@pytest.mark.parametrize("text", [
    "Dozens dead as rebels storm army post near the border",
    "Militants overran a police post overnight, killing 12 officers.",
    "Nine soldiers died when gunmen attacked the border post on Sunday.",
])
def test_a_post_that_is_a_place_is_no_source(claims_of, text):
    assert all(c.attributed_to == [] for c in claims_of(text)), [(c.text, c.attributed_to) for c in claims_of(text)]


@pytest.mark.parametrize("text, source", [
    ("The ministry's post said 40 soldiers died in the shelling.", "The ministry"),
    ("A post by Anna Kovacs on Monday said 40 recruits had deserted.", "Anna Kovacs"),
    ("In a Telegram post, the governor said 25 residents were wounded.", "the governor"),
])
def test_a_post_that_is_a_document_still_speaks(claims_of, text, source):
    assert any(source in name for name in only(claims_of(text)).attributed_to)


@pytest.mark.parametrize("opening", ["In addition,", "Moreover,", "Additionally,", "Furthermore,"])
def test_a_sentence_adding_figures_reports_for_the_source_before(claims_of, opening):
    text = (f"The navy said 60 sailors were rescued from the ferry.\n"
            f"{opening} 14 crew members were taken to hospital.")
    added = claims_of(text)[1]
    assert (added.attributed_to, added.status) == (["The navy"], "attributed")


def test_a_sentence_adding_figures_keeps_its_own_source(claims_of):
    text = ("The navy said 60 sailors were rescued from the ferry.\n"
            "In addition, 14 crew members were taken to hospital, the port authority said.")
    assert claims_of(text)[1].attributed_to == ["the port authority"]


@pytest.mark.parametrize("text, group_class", [
    ("Militants seized 12 hostages at the checkpoint.", "civilian"),
    ("The kidnappers freed four hostages on Monday.", "civilian"),
])
def test_hostages_are_civilians(claims_of, text, group_class):
    assert only(claims_of(text)).group_class == group_class


@pytest.mark.parametrize("text, part_event, whole_event", [
    ("Officials say 85 of the 300 recruits who signed up last year have been killed.", "casualty", "mobilization"),
    ("Police said 14 of the 60 protesters detained on Friday had died in custody.", "casualty", "detention"),
    ("Medics said 20 out of 45 refugees who fled the camp were wounded.", "casualty", "displacement"),
])
def test_the_whole_of_a_share_keeps_its_own_event(claims_of, text, part_event, whole_event):
    part, whole = claims_of(text)
    assert (part.event, whole.event) == (part_event, whole_event)


@pytest.mark.parametrize("text, quantity, origin", [
    ("Russian losses in the battle reached 4,000, according to the Ukrainian military.", "4,000", ["RU"]),
    ("Ukraine's casualties stand at about 31,000, the president said.", "about 31,000", ["UA"]),
    ("Sudanese deaths in the siege have climbed to 900, the monitor said.", "900", ["SD"]),
])
def test_a_casualty_noun_whose_size_is_given_is_counted(claims_of, text, quantity, origin):
    claim = only(claims_of(text))
    assert (claim.text, claim.event, claim.origin) == (quantity, "casualty", origin)


@pytest.mark.parametrize("text, origin", [
    ("Second on the list is Peru, which has provided some 640 mercenaries, officials said.", ["PE"]),
    ("Nepal, which supplied about 200 recruits last year, has banned the practice.", ["NP"]),
    ("Syria has contributed roughly 1,000 fighters to the coalition.", ["SY"]),
])
def test_the_state_that_provides_people_is_their_origin(claims_of, text, origin):
    assert claims_of(text)[0].origin == origin


def test_a_state_sending_people_through_a_relative_clause_is_their_side(claims_of):
    claim = claims_of("Belarus, which has sent some 900 soldiers to the border, denies any plan to attack.")[0]
    assert (claim.origin, claim.side) == (["BY"], "BY")


@pytest.mark.parametrize("text", [
    "The rebels released 13 hostages on Friday.",
    "Kidnappers freed four aid workers and released another 11 on Sunday.",
    "The junta published the names of 40 detainees it had pardoned.",
    # the other counts of a sentence whose verb hands people over, and the passive
    "The militia released 20 prisoners while 65 prisoners remain in its jails.",
    "This brings the number of captives released by the rebels to nine.",
    "The 45 prisoners released by the militia on Friday were flown home.",
    "That takes the number of captives released by Hezbollah to seven.",
])
def test_who_releases_people_is_not_a_source(claims_of, text):
    assert all(c.attributed_to == [] and c.status == "asserted" for c in claims_of(text))


@pytest.mark.parametrize("text, source", [
    ("The health ministry put the total fatalities at 40 on Monday.", "The health ministry"),
    ("District health officials put the number of deaths at 112.", "District health officials"),
    ("The army put its losses at 70 soldiers.", "The army"),
])
def test_putting_a_count_at_a_figure_reports_it(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("headline, source", [
    ("Commander: 2,000 recruits joined the brigade in March", ["Commander"]),
    ("UNHCR: 40,000 people fled the fighting in a week", ["UNHCR"]),
    ("WASHINGTON: 40 soldiers wounded in drone attack", []),
    ("Ukraine: 300 volunteers sign up in a day", []),
    # a topic label is no speaker
    ("Sahel Conflict: 40 soldiers killed in an ambush", []),
    ("Live Updates: 300 volunteers sign up in a day", []),
    ("Border War: 2,000 recruits joined the brigade in March", []),
])
def test_a_name_before_a_headline_colon_speaks_unless_it_is_a_place_or_a_topic(claims_of, headline, source):
    text = headline + "\n\nThe report came as the fighting went on for a third week near the border towns."
    assert claims_of(text)[0].attributed_to == source


def test_a_generic_name_resolves_only_to_a_fuller_one(claims_of):
    text = ("The Nepalese Foreign Ministry said 12 citizens had died.\n\n"
            "Later, the ministry said 40 more were missing, and the health ministry put the total fatalities at 52.")
    sources = [c.attributed_to for c in claims_of(text)]
    assert sources[1] == ["the ministry (The Nepalese Foreign Ministry)"]
    assert sources[2][0] == "the health ministry"


@pytest.mark.parametrize("text, sources, status", [
    ("About 200 volunteers have arrived at the front, officials said.", [], "hedged"),
    ("Officials in the capital said 300 recruits had signed up.", [], "hedged"),
    ("Kenyan officials said 400 police officers would deploy.", ["Kenyan officials"], "attributed"),
    ("An official said 50 soldiers were wounded.", ["An official"], "attributed"),
    ("The militants number fewer than 500, according to a regional security analyst.",
     ["a regional security analyst"], "attributed"),
    ("About 70 mercenaries guard the mine, an observer of the mission said.", ["an observer of the mission"], "attributed"),
    ("A witness to the attack said 40 soldiers were taken away.", ["A witness"], "attributed"),
    ("About 300 fighters remain in the hills, analysts say.", [], "hedged"),
])
def test_bare_officials_describe_no_one_but_a_qualified_role_does(claims_of, text, sources, status):
    claim = only(claims_of(text))
    assert (claim.attributed_to, claim.status) == (sources, status)


@pytest.mark.parametrize("text", [
    "More than 1,400 people have wound up fighting alongside the army.",
    "Dozens of recruits wound up in the infantry after a week of training.",
])
def test_winding_up_somewhere_is_no_wound(claims_of, text):
    assert only(claims_of(text)).event != "casualty"


@pytest.mark.parametrize("text, source", [
    ("Some 300 soldiers died in the assault, according to claims by rebel commanders.", "rebel commanders"),
    ("The claim by the opposition that 40 protesters were shot was denied by the police.", "the opposition"),
    ("The allegation from the rights group that 60 men were tortured could not be checked.", "the rights group"),
])
def test_the_author_of_a_claim_is_its_source(claims_of, text, source):
    assert only(claims_of(text)).attributed_to[0] == source


@pytest.mark.parametrize("text, event", [
    ("One Norwegian was among the dead, the embassy said.", "casualty"),
    ("Only one Briton has been confirmed killed so far.", "casualty"),
    ("One Canadian is among those detained in the raid.", "detention"),
])
def test_one_person_with_what_happened_to_them_is_a_claim(claims_of, text, event):
    claim = only(claims_of(text))
    assert (claim.low, claim.event) == (1, event)


@pytest.mark.parametrize("text", [
    "One recruit said the training was hard.",
    "One soldier told reporters the town had fallen.",
])
def test_one_person_who_only_speaks_is_no_claim(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, quantity, event", [
    ("A total of 3,000 have volunteered since March, the legion said.", "A total of 3,000", "mobilization"),
    ("A total of 90 were wounded in the shelling.", "A total of 90", "casualty"),
])
def test_a_total_with_no_noun_counts_the_subject_of_its_verb(claims_of, text, quantity, event):
    claim = only(claims_of(text))
    assert (claim.text, claim.event) == (quantity, event)


@pytest.mark.parametrize("text, number", [
    ("The reform lowers the age at which men can be called up from 27 to 25.", "27"),
    ("The reform lowers the age at which men can be called up from 27 to 25.", "25"),
    ("Dozens of children were freed, the youngest being 12, the agency said.", "12"),
    ("The ceasefire was due to begin at 7:45 in the morning along the front line.", "45"),
    ("The ministry said no one has been recruited in the province since March.", "one"),
    ("Volunteers from two dozen European countries have come to the front.", "two dozen"),
    ("Suspect Omar Haddad, 31, was charged with recruiting fighters.", "31"),
    ("On 26 May the regiment said its positions had held.", "26"),
    ("The rebels have recruited thousands of children, using summer camps to draw in boys as young as 13, a rights "
     "group said.", "13"),
    ("The militia has recruited hundreds of teenagers, some as young as 14.", "14"),
    ("Under the new law the army can call up reservists as old as 60 for frontline duty.", "60"),
])
def test_ages_times_countries_and_dates_are_not_counts_of_people(claims_of, text, number):
    assert number not in [c.text for c in claims_of(text)]


@pytest.mark.parametrize("text, quantity, low, group", [
    ("A 12,000-strong force of conscripts is massing near the border.", "12,000", 12000, "conscripts"),
    ("A 40-member team of medics was sent to the front.", "40", 40, "medics"),
    ("About 6,8 thousand recruits have arrived at the camps.", "About 6,8 thousand", 6800, "recruits"),
    ("The shelling has caused nearly 700 injuries in the city.", "nearly 700", 700, "injuries"),
])
def test_sizes_decimal_commas_and_injuries_are_counts(claims_of, text, quantity, low, group):
    claim = only(claims_of(text))
    assert (claim.text, claim.low, claim.group) == (quantity, low, group)


@pytest.mark.parametrize("text, counted", [
    ("More than 100 armed groups are vying for control of the east.", 100),
    ("Two groups claimed responsibility for the ambush near the border.", 2),
])
def test_armed_groups_are_units(claims_of, text, counted):
    claim = only(claims_of(text))
    assert (claim.qualifier, claim.unit.count, claim.unit.name) == ("unit", counted, "group")


@pytest.mark.parametrize("text", [
    "Some 20 civil society groups signed the letter calling for a ceasefire.",
    "The most numerous groups of fighters came from the north.",
    "Reports of just one militant group were found in the region.",
])
def test_other_groups_and_adjectives_are_no_units(claims_of, text):
    assert all(c.qualifier != "unit" for c in claims_of(text))


@pytest.mark.parametrize("text", [
    "Over 4,000 foreign fighters travelled to the region to join terrorist groups, the report said.",
    "About 300 young men left the country to fight for extremist groups, officials said.",
    "Some 90 recruits were smuggled across the border to join Islamist militant groups.",
])
def test_unnamed_terrorist_or_extremist_groups_are_jihadist_groups(claims_of, text):
    assert claims_of(text)[0].side == "jihadist groups"


@pytest.mark.parametrize("text, event", [
    ("About 300 young men left the country to fight for the rebels.", "mobilization"),
    ("Some 40 volunteers left their jobs to join the brigade.", "mobilization"),
    ("Thousands left the country to escape the fighting.", "displacement"),
])
def test_leaving_to_fight_is_going_to_fight(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, quantity, event", [
    ("Some 300 soldiers captured the town on Monday.", "Some 300", "mobilization"),
    ("About 200 militants killed 30 villagers.", "About 200", "mobilization"),
    ("About 200 militants killed 30 villagers.", "30", "casualty"),
    ("Around 500 troops hold the northern bank of the river.", "Around 500", "mobilization"),
    ("Fifty soldiers were killed by 300 attackers.", "300", "mobilization"),
    ("Fifty soldiers were killed by 300 attackers.", "Fifty", "casualty"),
    ("The 30 men who ambushed the convoy killed four drivers.", "30", "mobilization"),
    ("Nine soldiers died when hundreds of militants attacked the base.", "hundreds", "mobilization"),
    ("Nine soldiers died when hundreds of militants attacked the base.", "Nine", "casualty"),
    ("Some 50 gunmen raided the village, killing 12 people.", "Some 50", "mobilization"),
    ("About 400 rebels stormed the prison and freed its inmates.", "About 400", "mobilization"),
    # the subject that suffers the harm, and the people it is done to, keep it
    ("At least 20 volunteers have lost their lives.", "At least 20", "casualty"),
    ("Some 40 soldiers suffered serious injuries.", "Some 40", "casualty"),
    ("Two soldiers have killed themselves.", "Two", "casualty"),
    ("The rebels hold 40 hostages.", "40", "detention"),
    ("Police said the 40 men whom officers detained were recruits.", "40", "detention"),
])
def test_those_who_kill_or_capture_fought_and_were_not_harmed(claims_of, text, quantity, event):
    claim = next(c for c in claims_of(text) if c.text == quantity)
    assert claim.event == event


@pytest.mark.parametrize("text", [
    "Shelling killed 12 soldiers on Monday. About 3,000 fighters are still active in the northern hills.",
    "Clashes left 25 militiamen dead this week. A 4,000-strong force now guards the valley.",
    "Twenty police officers were wounded in the attack. Some 600 rebel fighters are present in the district.",
    "Twenty police officers were wounded in the attack. The rebels keep a presence of some 600 fighters nearby.",
])
def test_a_force_that_is_there_is_mobilization_after_a_casualty_sentence(claims_of, text):
    assert claims_of(text)[-1].event == "mobilization", [(c.text, c.event) for c in claims_of(text)]


@pytest.mark.parametrize("text, group", [
    ("About 300 Islamic State fighters were killed in the assault.", "Islamic State fighters"),
    ("Kurdish guards are holding 9,000 Islamic State members in the camps.", "Islamic State members"),
    ("Some 120 Islamic State Khorasan Province militants surrendered.", "Islamic State Khorasan Province militants"),
    ("About 70 State Department staff were flown out of the capital.", "State Department staff"),
])
def test_a_name_that_begins_with_a_common_word_still_counts_its_people(claims_of, text, group):
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text", [
    "Twelve IS militants were killed in the fighting.",
    "Dozens of IS fighters fled the town overnight.",
    "Police said several hundred IS members had been detained.",
    "About 40 ISIS-K fighters were captured near the border.",
    "Some 300 ISWAP militants attacked the garrison.",
])
def test_the_islamic_state_by_its_short_names_counts_its_fighters(claims_of, text):
    assert only(claims_of(text)).side == "Islamic State"


@pytest.mark.parametrize("text, side", [
    ("Some 200 Hamas-led fighters crossed the fence.", "Hamas"),
    ("About 90 Hezbollah-led militiamen were killed.", "Hezbollah"),
    # a patron is not the party
    ("Some 40 Kremlin-backed gunmen were captured.", None),
])
def test_a_led_force_is_its_leaders_party(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, side", [
    ("About 200 Taliban fighters fled the valley after the strikes.", "Taliban"),
    ("Some 60 al-Shabaab militants were driven out of the town.", "al-Shabaab"),
    # the displaced who fight for no one stay on no side
    ("About 2,000 residents fled the valley after the strikes.", None),
])
def test_fighters_who_fall_back_keep_their_side(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, group", [
    ("A dozen aid workers died in the strike.", "aid workers"),
    ("Two dozen health workers were wounded on Friday.", "health workers"),
    ("A dozen border guards were captured at dawn.", "border guards"),
])
def test_a_count_hung_on_the_first_noun_of_a_compound_counts_the_people(claims_of, text, group):
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text", [
    "Some 40 Russian tanks were destroyed near the river.",
    "Three dozen African countries sent observers to the talks.",
    "Two cities and 12 villages were shelled overnight.",
])
def test_a_count_of_things_with_a_name_before_them_is_no_claim(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text", [
    "Security forces detained 14 suspected recruiters near the border.",
    "Gunmen abducted 30 farmers from their fields, villagers said.",
    "Nine paramedics and four firefighters died when the second strike hit.",
    "Police arrested 25 smugglers who ferried fighters across the river.",
    "Some 40 commandos were flown to the island at dawn.",
    "The raid killed six fishermen and two teachers.",
    "About 200 sympathisers of the group were rounded up.",
])
def test_people_named_by_trade_or_part_are_counted(claims_of, text):
    assert claims_of(text), text


@pytest.mark.parametrize("text, quantity, event", [
    ("About 160 fighters came home. Of those, 85 were convicted on terrorism charges.", "85", "detention"),
    ("Around 300 men surrendered. 120 were later deported.", "120", None),
    ("Dozens of recruits deserted; 14 were sentenced to prison.", "14", "detention"),
    ("The militia freed 50 captives, and 12 were hospitalised.", "12", None),
])
def test_a_bare_count_with_a_verb_said_of_people_is_a_claim(claims_of, text, quantity, event):
    claim = next((c for c in claims_of(text) if c.text == quantity), None)
    assert claim is not None, [c.text for c in claims_of(text)]
    assert event is None or claim.event == event


@pytest.mark.parametrize("text, group, origin", [
    ('The minister said "no more than 700" Tajiks had joined the group.', "Tajiks", ["TJ"]),
    ("He told reporters “about 300” Chechen fighters had arrived.", "Chechen fighters", ["RU"]),
    ("She put the losses at 'at least 90' Georgian volunteers.", "Georgian volunteers", ["GE"]),
])
def test_a_quoted_figure_counts_the_people_after_the_quotation(claims_of, text, group, origin):
    claim = only(claims_of(text))
    assert (claim.group, claim.origin) == (group, origin)


@pytest.mark.parametrize("text", [
    'The ministry says it killed 1,200 "mercenaries" from Latin America.',
    "The army reported 300 ‘foreign fighters’ from Europe among the dead.",
    'Officials counted 80 "volunteers" from the Balkans and the Middle East.',
])
def test_a_loose_region_after_a_quoted_noun_leaves_the_origin_open(claims_of, text):
    # an article about one country's volunteers would otherwise lend them its origin
    claims = claims_of("Hundreds of Colombian veterans have joined the legion. " + text)
    assert claims[-1].origin == [], [(c.text, c.origin) for c in claims]


@pytest.mark.parametrize("text", [
    "At least 40 soldiers were killed in May. Between 300 and 400 Colombians are now at the front.",
    "Shelling killed 20 soldiers. Some 5,000 reservists are now on the front line.",
    "Ten volunteers died last week. About 90 more are serving at the front.",
])
def test_being_at_the_front_is_mobilization(claims_of, text):
    assert claims_of(text)[-1].event == "mobilization", [(c.text, c.event) for c in claims_of(text)]


@pytest.mark.parametrize("text, origin", [
    ("Militants seized 90 hostages. Of them, 40 were freed in return for 150 Syrian detainees.", []),
    ("Gunmen took 120 people in the raid. Of those, 60 were released in exchange for 300 Lebanese prisoners.", []),
    ("About 400 Kenyans were recruited. Of these, 70 came home in a swap for 50 Russian soldiers.", ["KE"]),
    # a whole the sentence fronts
    ("Israel will free 600 Palestinian prisoners. Of the 240 hostages seized in the raid, 90 are still held.", []),
    ("Russia recruited 20,000 Russian convicts. Of the 150 men in one unit, 30 came back alive.", ["RU"]),
])
def test_a_part_of_the_whole_before_is_not_of_the_people_counted_after_it(claims_of, text, origin):
    part = claims_of(text)[-1 if "Of the " in text else 1]
    assert part.origin == origin, [(c.text, c.origin) for c in claims_of(text)]


@pytest.mark.parametrize("text, origin", [
    ("Israel's war in Gaza\n\nIsraeli forces pressed on in the south. The army says more than 450 soldiers "
     "have been killed in the ground operation.", ["IL"]),
    ("Russia's autumn draft\n\nRussia's army will call up 160,000 men this autumn. The defence ministry says "
     "at least 12 soldiers were killed near the border last year.", ["RU"]),
    # a story of foreigners serving the state: its soldiers may be the foreigners
    ("Belarusians in Ukraine's army\n\nAbout 1,000 Belarusian volunteers fight for Ukraine, their regiment "
     "says. Several soldiers of the regiment died in the east last week.", ["BY"]),
])
def test_a_states_soldiers_named_without_a_nationality_come_from_it(claims_of, text, origin):
    assert claims_of(text)[-1].origin == origin, [(c.text, c.origin, c.side) for c in claims_of(text)]


@pytest.mark.parametrize("text, state", [
    ("Kenya's army in Somalia\n\nKenya's army fought the militants near the border. The army said nine "
     "soldiers died in the clash.", "KE"),
    ("Mali's army under pressure\n\nThe Malian army has suffered a string of setbacks. In July, militants "
     "killed some 50 soldiers in a single ambush, a local official said.", "ML"),
    ("Philippine rebels\n\nThe Philippine military fought communist rebels in the hills. It said 12 soldiers "
     "died over the year.", "PH"),
])
def test_soldiers_in_a_story_of_one_states_army_fall_for_it(claims_of, text, state):
    claim = claims_of(text)[-1]
    assert (claim.origin, claim.side) == ([state], state)


@pytest.mark.parametrize("text", [
    "Ethiopia's army in the north\n\nThe army said 12 soldiers died in the clashes. It said its troops killed "
    "300 extremists in the counter-attack.",
    "Niger's army\n\nNiger's army lost nine soldiers on Friday. The army said it killed 40 gunmen in response.",
    "Chad's army\n\nChad's army said 20 soldiers were wounded. About 70 insurgents died in the fighting, it said.",
])
def test_militants_fight_for_no_state_the_sentence_does_not_name(claims_of, text):
    last = claims_of(text)[-1]
    assert last.side is None or len(last.side) > 2, (last.text, last.side)


@pytest.mark.parametrize("text", [
    "Insurgency in the north\n\nRwanda has deployed about 4,000 soldiers to the province. The insurgents, "
    "who pledged allegiance to a jihadist group, are thought to number several hundred.",
    "Fighting in the Sahel\n\nChad sent 1,200 troops to the border region. The militants there are believed "
    "to number about 2,000.",
])
def test_militants_counted_after_a_states_soldiers_are_not_its_people(claims_of, text):
    last = claims_of(text)[-1]
    assert (last.origin, last.side is None or len(last.side) > 2) == ([], True), (last.text, last.origin, last.side)


@pytest.mark.parametrize("text", [
    "Gangs in Haiti\n\nGangs control most of the capital of Haiti. A Kenyan-led security mission, which now "
    "numbers roughly 1,000 officers, has struggled to push them back.",
    "Somalia's new force\n\nThe army fights al-Shabaab in Somalia. The African Union mission, which now numbers "
    "about 11,000 troops, is short of money.",
])
def test_a_missions_forces_of_many_states_serve_its_host(claims_of, text):
    last = claims_of(text)[-1]
    assert last.side in ("HT", "SO"), (last.text, last.side)


@pytest.mark.parametrize("text", [
    "Putin orders autumn call-up of 160,000 conscripts",
    "Junta announces spring call-up of 50,000 conscripts",
    "Kremlin approves winter draft of 130,000 conscripts",
])
def test_a_headline_read_as_one_long_noun_counts_only_its_people(claims_of, text):
    assert only(claims_of(text)).group == "conscripts"


@pytest.mark.parametrize("text, origin, side", [
    ("Among those freed by Russia were 270 soldiers, the coordination office said.", ["UA"], "UA"),
    ("Russia freed 90 soldiers on Friday as part of the deal.", ["UA"], "UA"),
    ("Among the prisoners released by Ukraine were 85 conscripts, Moscow said.", ["RU"], "RU"),
])
def test_people_a_warring_state_lets_go_are_its_enemys(claims_of, text, origin, side):
    claim = only(claims_of(text))
    assert (claim.origin, claim.side) == (origin, side)


@pytest.mark.parametrize("text", [
    "Israel frees 183 prisoners as three hostages go home",
    "Israel released 90 prisoners on Sunday.",
])
def test_an_origin_is_a_state_even_where_the_releasers_enemy_is_not(claims_of, text):
    assert all(len(code) == 2 for code in claims_of(text)[-1].origin)


@pytest.mark.parametrize("text", [
    "Dozens more were hired as guards at oil fields in the south.",
    "About 40 were hired by the company to fight in Libya.",
    "Hundreds were hired last year to guard mines for the junta.",
])
def test_people_hired_are_counted_when_the_count_stands_alone(claims_of, text):
    assert only(claims_of(text)).event == "mobilization"


@pytest.mark.parametrize("text, origin", [
    ("The Ukrainians freed on Friday included 270 soldiers.", ["UA"]),
    ("Among the Georgians released were 14 officers.", ["GE"]),
    ("The Moldovan prisoners comprised 30 men and 4 women.", ["MD"]),
    # a place after the whole is where they are, not who they are
    ("Eight foreigners are among 40 militants still holding out in a town in southern Nigeria.", []),
])
def test_a_part_of_a_whole_comes_from_where_the_whole_does(claims_of, text, origin):
    assert claims_of(text)[0].origin == origin, [(c.text, c.origin) for c in claims_of(text)]


@pytest.mark.parametrize("text, quantities", [
    ("Roughly 1 in 10 of the 5,000 recruits deserted.", ["5,000"]),
    ("One in five soldiers was wounded in the first month.", []),
    ("Two in three of the 900 volunteers are veterans.", ["900"]),
    # a year after "in" is a date, and the counts before it stand
    ("Some 300 in 2014 and 400 in 2015 left to fight.", ["Some 300", "400"]),
])
def test_a_ratio_is_not_a_count(claims_of, text, quantities):
    assert [c.text for c in claims_of(text)] == quantities


@pytest.mark.parametrize("text, group", [
    ("Dozens more soldiers were missing after the storm.", "soldiers"),
    ("Hundreds more civilians fled on Tuesday.", "civilians"),
    ("Dozens more were missing after the attack.", "people"),
])
def test_more_after_a_count_leaves_the_people_it_counts(claims_of, text, group):
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text, event", [
    ("The government has agreed to free about 1,900 prisoners.", "detention"),
    ("Some 40 men were released on Sunday after months in a camp.", "detention"),
    ("Officials pardoned 60 convicts who had served at the front.", "detention"),
    # released elsewhere in the sentence says nothing of the counted people
    ("The report, released on Monday, said 300 volunteers had joined.", "mobilization"),
])
def test_people_let_go_were_held(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text", [
    "Hundreds of jihadists stormed the garrison overnight. At least 40 soldiers are missing.",
    "Islamist militants have seized three towns this year. Some 60 troops were killed on Friday.",
    "The jihadist group claimed the ambush. Twelve servicemen died, the army said.",
    "Jihadists attacked a checkpoint in the north. Three gendarmes were killed, officials said.",
    "Islamist fighters raided the town at dawn. Some 200 policemen were sent to retake it.",
    "Jihadist fighters stormed the town, and the Islamist group said 40 of its men had joined the assault. About "
    "200 policemen were killed in the fighting, officials said.",
])
def test_soldiers_in_a_war_on_jihadists_are_not_jihadists(claims_of, text):
    last = claims_of(text)[-1]
    assert last.side not in ("jihadist groups", "Islamic State"), (last.text, last.side)


@pytest.mark.parametrize("text", [
    "The M23 now has some 6,000 fighters. The army said 40 rebels were killed and 15 soldiers died.",
    "The Arakan Army says it has 40,000 fighters. About 300 of them were killed last year, and 500 troops surrendered.",
    "The Houthis fired 40 missiles this week. Nine servicemen were killed in a strike on their base.",
])
def test_soldiers_are_not_given_to_an_armed_group_the_sentence_does_not_name(claims_of, text):
    last = claims_of(text)[-1]
    assert last.side is None or len(last.side) == 2, (last.text, last.side)


@pytest.mark.parametrize("text", [
    "Peruvian veterans in Sudan\n\nSome 300 Peruvians are fighting for the RSF, a newspaper found. Hundreds of "
    "retired Peruvian soldiers were recruited to fight in the war, it said.",
    "Ecuadorians in Sudan\n\nAbout 200 Ecuadorians have joined the RSF, relatives say. Dozens of former Ecuadorian "
    "soldiers were hired to fight in Darfur, according to the relatives.",
])
def test_soldiers_who_left_the_forces_may_fight_for_an_armed_group(claims_of, text):
    assert claims_of(text)[-1].side == "Rapid Support Forces"


@pytest.mark.parametrize("text, side", [
    ("The M23 rebels took the town on Monday. They said they lost 12 of their fighters.", "M23"),
    ("The Houthis fired missiles at ships this week. They said they lost 30 of their fighters to air strikes.", "Houthis"),
    ("JNIM claimed the attack on the base. It said it lost seven of its own fighters.", "JNIM"),
])
def test_a_sentence_opening_on_a_pronoun_goes_on_about_the_party_before(claims_of, text, side):
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("text, side", [
    ("The government says its forces have killed more than 1,000 Fano fighters since August.", "Fano"),
    ("The TNLA said 40 of its fighters died in the battle for the town.", "TNLA"),
    ("About 200 fighters of the Allied Democratic Forces were killed, the army said.", "Allied Democratic Forces"),
])
def test_armed_groups_of_the_regional_wars_are_parties(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, side", [
    ("The CSP-DPA ambushed a supply column. The rebel coalition claimed it had seized two trucks and that "
     "it had lost 14 men.", "CSP-DPA"),
    ("The M23 seized the airport on Monday. The rebel movement said it had lost 30 men in the assault.", "M23"),
])
def test_a_group_named_again_by_common_words_loses_its_own_men(claims_of, text, side):
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("text, source", [
    ("The Philippine military fought rebels in the hills. It said 12 soldiers died over the year.", "The Philippine military"),
    ("The Ukrainian army pushed into the region on Monday. It said 40 soldiers were wounded.", "The Ukrainian army"),
    ("The rebels took the town on Monday. They said they lost 12 of their fighters.", "The rebels"),
])
def test_it_or_they_speaking_after_no_speaker_is_the_subject_before(claims_of, text, source):
    assert claims_of(text)[-1].attributed_to == [source]


@pytest.mark.parametrize("text", [
    "Some 200 Colombians joined the legion. More than 1,000 Africans have signed up as well.",
    "Some 200 Colombians joined the legion. Around 3,000 Latin Americans have joined in total.",
    "Some 200 Colombians joined the legion. About 900 European volunteers serve beside them.",
])
def test_a_continents_people_leave_the_origin_open_whatever_the_frame(claims_of, text):
    assert claims_of(text)[-1].origin == [], [(c.text, c.origin) for c in claims_of(text)]


@pytest.mark.parametrize("text, source", [
    ("Dozens of Kenyan men were recruited after being promised jobs as security guards, their families and "
     "a local official said.", "their families"),
    ("About 40 men signed up after being offered jobs as cooks, a village elder said.", "a village elder"),
    ("Some 60 recruits were hired as guards, a police spokesman said.", "a police spokesman"),
])
def test_the_object_of_a_preposition_is_not_the_speaker(claims_of, text, source):
    assert only(claims_of(text)).attributed_to[0].startswith(source)


@pytest.mark.parametrize("text, chains", [
    # a speaker in a clause joined by "and" or "but" speaks for that clause only
    ("Of the 251 people taken captive, 94 remain in Gaza, and Israel believes at least 34 of them are dead.",
     [[], [], ["Israel"]]),
    ("About 40 soldiers were killed, but the army says only 12 died.", [[], ["the army"]]),
    ("Some 300 men crossed the river, while the police say 45 were caught.", [[], ["the police"]]),
    # one after a comma alone speaks for all that came before
    ("About 40 soldiers were killed on Monday, the army said.", [["the army"]]),
])
def test_a_speaker_joined_by_a_conjunction_speaks_for_its_own_clause(claims_of, text, chains):
    assert [c.attributed_to for c in claims_of(text)] == chains


@pytest.mark.parametrize("text, chains", [
    # a figure set beside another as what someone reported: the speaker gives that figure only
    ("The rebels hold about 2,000 prisoners, well above the 500 the ministry reported.", [[], ["the ministry"]]),
    ("About 300 fighters died, far more than the 40 the army admitted.", [[], ["the army"]]),
    ("The junta said it had trained many recruits. The army has 150,000 troops, far fewer than the 400,000 it "
     "claims.", [[], ["The junta"]]),
])
def test_a_figure_in_a_reporting_clause_is_its_speakers_alone(claims_of, text, chains):
    assert [c.attributed_to for c in claims_of(text)] == chains


@pytest.mark.parametrize("text, origin", [
    ("Russia has suffered 300 casualties in the assault.", ["RU"]),
    ("Israel sustained 40 casualties during the raid.", ["IL"]),
    ("Ukraine incurred 200 casualties in a week of shelling.", ["UA"]),
])
def test_a_state_that_suffers_casualties_is_where_they_come_from(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text, side", [
    ("The RSF has lost about 3,000 fighters since April.", "Rapid Support Forces"),
    ("Hamas lost 40 fighters in the raid.", "Hamas"),
    ("Boko Haram lost some 60 militants in the offensive.", "Boko Haram"),
])
def test_an_armed_group_that_loses_men_loses_its_own(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text", [
    "Three fishermen's associations joined the protest against the blockade.",
    "Four villagers' houses were hit by the shelling.",
    "Two soldiers' cars were found burned near the base.",
])
def test_a_count_before_an_owner_counts_what_is_owned(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, event", [
    ("Some 20,000 farmers could lose their jobs if the border stays shut.", None),
    ("About 300 workers lost their livelihoods when the shelling closed the mine.", None),
    ("Some 300 soldiers lost their lives in the battle.", "casualty"),
    ("The army lost 300 soldiers in the battle.", "casualty"),
])
def test_losing_a_job_is_not_losing_a_life(claims_of, text, event):
    claims = claims_of(text)
    if event is None:
        assert all(c.event != "casualty" for c in claims), [(c.text, c.event) for c in claims]
    else:
        assert only(claims).event == event


@pytest.mark.parametrize("text, event", [
    ("More than 80,000 people have been forced from their homes.", "displacement"),
    ("Some 40,000 villagers were driven out of their villages by the shelling.", "displacement"),
    ("About 5,000 residents were chased from the town last week.", "displacement"),
    # taken from home to fight is going to fight
    ("Dozens of teenagers were lured away from their homes to join the militia.", "mobilization"),
])
def test_people_moved_from_where_they_live_are_displaced(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text", [
    "Officials voiced strong concern for the 200 residents of the village.",
    "Aid groups gave strong backing to the 500 families in the camp.",
    "The mayor made a strong appeal on behalf of the 60 detainees.",
])
def test_strong_without_a_number_says_nothing_of_the_people(claims_of, text):
    assert only(claims_of(text)).event != "mobilization"


@pytest.mark.parametrize("text", [
    "Police are watching some 15 militants who came back after fighting in Iraq.",
    "Some 40 women who had joined the fighters were flown back to the capital on Friday.",
    "About 25 men who fought in the militia have come back home, officials said.",
])
def test_coming_home_from_the_fighting_is_not_going_to_it(claims_of, text):
    assert only(claims_of(text)).event == "other"


@pytest.mark.parametrize("text", [
    "Authorities prevented 1,200 people from leaving to join the militants.",
    "Border guards stopped about 300 recruits from crossing into the war zone.",
    "Border guards say they have stopped more than 40,000 men trying to leave the country illegally.",
    "Police stopped 300 men attempting to cross the river into Romania.",
])
def test_people_kept_from_going_did_not_go(claims_of, text):
    assert only(claims_of(text)).event == "other"


def test_the_same_speaker_going_on_about_the_people_keeps_their_origin(claims_of):
    text = ("Around 500 Swedes have signed up, according to the coordinator.\n\n"
            "Between 200 and 300 Chilean fighters have served in the unit, its commander Ana Ruiz told reporters. "
            "\"We lost at least 12 men,\" Ruiz said.")
    assert claims_of(text)[-1].origin == ["CL"]


@pytest.mark.parametrize("text, source", [
    ("The WHO cited nearly 900 injuries in the fighting.", "The WHO"),
    ("A record kept by the monitoring group lists 320 fighters killed since May.", "the monitoring group"),
    ("A register compiled by the prosecutor's office lists 75 men charged with desertion.", "the prosecutor's office"),
])
def test_an_acronym_or_a_listing_document_speaks(claims_of, text, source):
    assert only(claims_of(text)).attributed_to[:1] == [source]


@pytest.mark.parametrize("second", [
    "This includes 40 women and 12 children.",
    "These include 40 women and 12 children.",
])
def test_what_a_count_includes_comes_from_the_same_source(claims_of, second):
    text = "The border service said 300 people had crossed on Monday.\n" + second
    assert all(c.attributed_to == ["The border service"] for c in claims_of(text))


@pytest.mark.parametrize("text, count, group, origin", [
    ("Relatives want the state to fly home the Chileans, mostly retired sailors, at least 12 of whom have died.",
     "at least 12", "Chileans", ["CL"]),
    ("Peru says 900 of its citizens enlisted, 40 of whom have been wounded.", "40", "citizens", ["PE"]),
    ("The legion counts some 600 Estonians, about 70 of whom are now prisoners.", "about 70", "Estonians", ["EE"]),
])
def test_a_share_counted_with_of_whom_is_of_the_people_named_before_it(claims_of, text, count, group, origin):
    claim = next(c for c in claims_of(text) if c.text == count)
    assert group in claim.group and claim.origin == origin, (claim.group, claim.origin)


@pytest.mark.parametrize("text, count", [
    ("Up to 4,000 Uygurs from the western provinces are fighting in the rebel ranks.", "Up to 4,000"),
    ("About 250 Karakalpaks were killed when the troops opened fire.", "About 250"),
    ("Over 900 Ahmadis have fled the district since the spring.", "Over 900"),
    # a share of a population, and people who live somewhere and act, still count
    ("At least 28,000 of the 120,000 Armenians who call the enclave home have crossed the border.", "At least 28,000"),
    ("Some 3,000 of the 50,000 Serbs who live in the north have fled.", "Some 3,000"),
    ("About 400 volunteers who live in Poland have signed up.", "About 400"),
    # a bare number in the 'of' phrase of a body of people, or of what befell them
    ("Last month a militant cell of four returned to the country, the minister said.", "four"),
    ("Mercenaries were behind the slaughter of 500 in the village, a report finds.", "500"),
    ("A team of 12 was sent to the front in May.", "12"),
    # bare counts deceived or lured into the war
    ("Rights groups say hundreds were duped into combat roles.", "hundreds"),
    ("Dozens lured to the front by promises of jobs", "Dozens"),
    ("Officials believe thousands were trafficked to the war zone.", "thousands"),
    # a participle the tagger takes for an adjective
    ("Of the recruits who signed up in May, 40 deserted.", "40"),
    ("By the end of the summer, 12 deserted.", "12"),
    ("In the end, 30 defected.", "30"),
])
def test_people_who_do_what_people_do_count_only_as_themselves(claims_of, text, count):
    assert [c.text for c in claims_of(text)] == [count]


@pytest.mark.parametrize("text", [
    "The ministry said 300 volunteers had joined.\n\nIt added that 40 had been killed and 12 captured.\n\n"
    "Reporters were unable to verify the claims on their own.",
    "Kyiv says 300 recruits arrived in May. Another 40 came in June, officials said.\n\n"
    "The news agency could not corroborate the figures.",
    "A monitor counted 300 dead in the east and 40 in the south. Reporters were unable to verify these numbers.",
    "The army said it killed 60 rebels. The rebels said they killed dozens of soldiers. Neither claim could be "
    "independently confirmed.",
    "Police said 30 protesters were held; activists put the number at 200. None of the figures has been verified.",
])
def test_a_caveat_about_the_figures_covers_every_figure_before_it(claims_of, text):
    claims = claims_of(text)
    assert len(claims) >= 2 and {c.status for c in claims} == {"unconfirmed"}, [(c.text, c.status) for c in claims]


@pytest.mark.parametrize("text, statuses", [
    ("About 2,000 recruits arrived in May, the ministry said.\n\nThe rebels say they have killed 900 soldiers. "
     "The army admits to 120 dead. Neither figure could be verified.",
     ["attributed", "unconfirmed", "unconfirmed"]),
    ("A monitor counted 5,000 foreign fighters last year.\n\nThe militia claims 300 captured, including 40 "
     "officers; the government puts the number at 80.\n\nBoth figures could not be independently confirmed.",
     ["attributed", "unconfirmed", "unconfirmed", "unconfirmed"]),
])
def test_a_caveat_on_neither_or_both_covers_the_two_claims_just_made(claims_of, text, statuses):
    assert [c.status for c in claims_of(text)] == statuses


def test_a_caveat_covers_nothing_after_it(claims_of):
    text = ("The ministry said 300 volunteers had joined. The figures could not be verified.\n\n"
            "Separately, 40 soldiers were killed in the south, the army said.")
    assert [c.status for c in claims_of(text)] == ["unconfirmed", "attributed"]


@pytest.mark.parametrize("turn", ["Meanwhile,", "Elsewhere,", "Separately,"])
def test_a_caveat_after_a_turn_to_another_matter_covers_only_what_follows_the_turn(claims_of, turn):
    text = (f"The army said 45 soldiers were killed on Friday.\n\n{turn} a monitor said about 300 men had "
            "deserted and 20 had been caught. The figures could not be verified.")
    assert [c.status for c in claims_of(text)] == ["attributed", "unconfirmed", "unconfirmed"]



@pytest.mark.parametrize("text, cue", [
    ("A UN report counted 4,000 displaced. The report said 900 were children.", "said"),
    ("The interior ministry counted 500 recruits. The ministry added that 80 had deserted.", "added"),
    ("An army statement listed 60 dead. The statement claimed 20 more were missing.", "claimed"),
])
def test_the_cue_of_a_figure_is_its_attributing_word_not_the_source_name(claims_of, text, cue):
    last = claims_of(text)[-1]
    assert last.attributed_to and last.cue == cue, (last.attributed_to, last.cue)


@pytest.mark.parametrize("text, quantity, event", [
    # what a reporting verb says of the people it governs is their event
    ("At least 25 Ghanaians serving in the legion confirmed dead", "At least 25", "casualty"),
    ("Some 30 medics working with the brigade were reported missing.", "Some 30", "casualty"),
    ("About 12 guards were declared dead by the army on Monday.", "About 12", "casualty"),
    # a clause joined by "and" has its own event, not the one of the clause before it
    ("Six went missing and three were taken captive.", "three", "detention"),
    ("Nine were killed and four were taken prisoner near the bridge.", "four", "detention"),
    ("Two soldiers deserted and 11 were captured by the rebels.", "11", "detention"),
    # a whole says what its people did in its own clause, whatever befell the part
    ("Officials said 300 fighters died, nearly half of the 700 who enlisted in May.", "700", "mobilization"),
    ("About 90 were wounded, a third of the 270 who signed up last year.", "270", "mobilization"),
    ("Some 40 were captured, out of the 500 who volunteered for the unit.", "500", "mobilization"),
])
def test_the_words_that_govern_the_people_give_their_event(claims_of, text, quantity, event):
    claim = next(c for c in claims_of(text) if c.text == quantity)
    assert claim.event == event


@pytest.mark.parametrize("text, group, event", [
    # the total the number is said of, not the first one the sentence names
    ("Families say the real toll is higher; an association of relatives puts the number of Nepalis recruited at "
     "more than 15,000.", "Nepalis", "mobilization"),
    ("The death toll is still unclear, but officials put the number of Sudanese recruits at 4,000.", "Sudanese recruits",
     "mobilization"),
    ("The number of volunteers is unknown, while the toll of the dead stands at 300.", "dead", "casualty"),
])
def test_a_number_is_a_share_of_the_total_nearest_it(claims_of, text, group, event):
    claim = only(claims_of(text))
    assert (claim.group, claim.event) == (group, event)


@pytest.mark.parametrize("text, quantity, code", [
    # the toll a state's forces own counts their own dead, on their own side
    ("The minister said the Sudanese army's death toll had climbed to 900.", "900", "SD"),
    ("Officials put the Ethiopian military's death toll at about 3,000, with 9,000 wounded.", "about 3,000", "ET"),
    ("The Chadian forces' toll rose to 45 after the ambush, the governor said.", "45", "TD"),
])
def test_the_toll_of_a_states_forces_is_their_own(claims_of, text, quantity, code):
    claim = next(c for c in claims_of(text) if c.text == quantity)
    assert (claim.origin, claim.side, claim.event) == ([code], code, "casualty")


def test_a_states_tally_of_others_names_no_one_of_its_own(claims_of):
    claim = claims_of("Ukraine's tally of the dead reached 4,000 by Friday.")
    assert all(c.origin != ["UA"] for c in claim)


@pytest.mark.parametrize("text, quantity", [
    # what befell people, with its count in the 'of' phrase, one included
    ("The regiment reported the death of one Georgian volunteer on Monday.", "one"),
    ("The unit confirmed the disappearance of four near the river.", "four"),
    ("Talks secured the release of one hostage and the return of 12 others.", "12"),
    # ranks, the dead as their own side names them, and the wounded in care
    ("Police have arrested two retired generals for recruiting men abroad.", "two"),
    ("Three of the “martyrs” were shown in a recruiting video.", "Three"),
    ("Some 60 patients were taken to hospitals in the capital by ambulance.", "Some 60"),
])
def test_counts_of_people_named_by_what_befell_them_or_by_their_rank(claims_of, text, quantity):
    assert quantity in [c.text for c in claims_of(text)]


@pytest.mark.parametrize("text", [
    # the speaker further up speaks of the claims, not of their figure
    "The ministry said it had received assurances from Moscow following allegations hundreds had been "
    "tricked into fighting.",
    "The army dismissed claims that 40 soldiers had deserted.",
    "The embassy said it was looking into claims that some 70 students had been sent to the front.",
])
def test_a_figure_in_unnamed_claims_is_hedged_whoever_speaks_of_them(claims_of, text):
    assert [(c.attributed_to, c.status) for c in claims_of(text)] == [([], "hedged")]


@pytest.mark.parametrize("text, source", [
    # a country's name the tagger takes for a person's keeps the body it owns
    ("Sri Lanka’s foreign ministry said 300 men had died.", "Sri Lanka’s foreign ministry"),
    ("Burkina Faso’s army said 45 soldiers had died.", "Burkina Faso’s army"),
    ("Costa Rica’s foreign ministry said 12 citizens were missing.", "Costa Rica’s foreign ministry"),
])
def test_a_states_body_is_named_whole(claims_of, text, source):
    assert [c.attributed_to for c in claims_of(text)] == [[source]]


@pytest.mark.parametrize("text", [
    "The monitoring group said 4,000 people had been killed in the fighting. This overall toll includes about 900 children.",
    "According to the health ministry, 2,300 people have died. The total comprises some 700 women.",
    "The UN agency counted 12,000 refugees in the camps. These figures include roughly 5,000 minors.",
])
def test_the_parts_of_a_figure_given_next_come_from_its_source(claims_of, text):
    first, part = claims_of(text)
    assert part.attributed_to == first.attributed_to != [] and part.status == "attributed"


@pytest.mark.parametrize("text, quantity, event", [
    # a clause on the pronoun of a share is said of the share, not of the whole before it
    ("Only some 400 Irish nationals chose to fight for it, with about 120 of these getting killed, officials say.",
     "about 120", "casualty"),
    ("About 300 joined, with 45 of those being wounded.", "45", "casualty"),
    ("Some 250 men went to the front, with roughly 30 of them getting captured near the river.", "roughly 30", "detention"),
])
def test_what_befell_a_share_named_by_a_pronoun_is_its_event(claims_of, text, quantity, event):
    assert next(c for c in claims_of(text) if c.text == quantity).event == event


@pytest.mark.parametrize("text, quantity", [
    # a bare number held by someone is a number of people held
    ("A further 20 were being held by government forces.", "A further 20"),
    ("Another 35 are still held by the rebels.", "Another 35"),
    ("About 60 were held in the camp for weeks.", "About 60"),
])
def test_a_bare_number_held_is_people_detained(claims_of, text, quantity):
    claim = only(claims_of(text))
    assert (claim.text, claim.event) == (quantity, "detention")


@pytest.mark.parametrize("text", [
    # a denied verifying verb leaves what it governs unconfirmed, with the source still named
    "The ministry said it could not confirm reports that a further 20 were being held by rebel forces.",
    "The army has not verified claims that 300 recruits deserted, a spokesman said.",
    "Officials in Lima could not corroborate accounts that 45 men were killed near the border, the ministry said.",
])
def test_a_figure_a_denied_check_governs_is_unconfirmed(claims_of, text):
    assert only(claims_of(text)).status == "unconfirmed"


@pytest.mark.parametrize("text, doer", [
    # the agent of a clause about people is no author of the reports it stands in
    ("The ministry could not confirm reports that 20 were being held by rebel forces.", "rebel forces"),
    ("The agency doubted reports that 300 were detained by the police.", "the police"),
    ("Diplomats cited reports that some 40 soldiers had been captured by the militia.", "the militia"),
])
def test_the_doer_in_a_reports_clause_is_not_its_author(claims_of, text, doer):
    assert all(doer not in source for source in only(claims_of(text)).attributed_to)


@pytest.mark.parametrize("text, resolved", [
    # "the ministry" after a ministry owned by a named state is that ministry
    ("Colombia's foreign ministry said 300 veterans had gone. The ministry said 45 had died.",
     "The ministry (Colombia's foreign ministry)"),
    ("Kenya's interior ministry said 60 men had left. The ministry said nine had come back.",
     "The ministry (Kenya's interior ministry)"),
])
def test_a_back_reference_takes_a_ministry_named_by_its_state(claims_of, text, resolved):
    assert claims_of(text)[-1].attributed_to == [resolved]


@pytest.mark.parametrize("text, issuer", [
    ("About 90 volunteers have died, the veterans' union said in a study released on Monday.\n\n"
     "The study puts the number of those still serving at 1,200.", "the veterans' union"),
    ("The border agency published its yearly report on Friday, saying 400 recruits had crossed.\n\n"
     "The report says a further 70 recruits were arrested.", "The border agency"),
    ("Some 300 men have gone to fight, the interior minister said in a statement.\n\n"
     "According to the statement, 45 of them have been arrested on their return.", "the interior minister"),
])
def test_a_document_named_again_speaks_for_whoever_issued_it(claims_of, text, issuer):
    last = claims_of(text)[-1]
    assert last.status == "attributed" and any(issuer in name for name in last.attributed_to), \
        (last.attributed_to, last.status)


@pytest.mark.parametrize("text", [
    # a part whose sentence names the document again has it as its source once
    "An estimated 40,000 foreigners travelled to Syria, a UN report found. Of them, some 5,600 have returned home, "
    "according to the report.",
    "About 2,000 men volunteered last year, a government study found. Of these, 300 have died, the study says.",
])
def test_a_source_named_again_is_listed_once(claims_of, text):
    chain = claims_of(text)[-1].attributed_to
    assert len(chain) == 1 and chain[0].startswith("the ")


@pytest.mark.parametrize("text", [
    "Some 40 Chileans fighting abroad: source\n\nThe men signed contracts in the spring.",
    "Dozens of recruits killed in raid - officials\n\nThe raid hit a training camp.",
    "Around 300 fighters cross the border: witnesses\n\nThe column moved at night.",
])
def test_a_headline_that_ends_on_an_unnamed_speaker_passes_its_figure_on(claims_of, text):
    headline = claims_of(text)[0]
    assert (headline.attributed_to, headline.status) == ([], "hedged")


@pytest.mark.parametrize("text, chain", [
    ("Border guards stop a column of recruits\nSource: the State Border Service on Telegram\nQuote: \"Guards turned "
     "back 40 men who tried to cross the river at night.\"", ["the State Border Service"]),
    ("Volunteers reach the front\nSources: Interfax, citing the regional governor\nDetails: About 300 volunteers "
     "arrived in the town over the weekend.", ["Interfax", "the regional governor"]),
    ("Prisoners exchanged\nSource: the Coordination Centre for POWs; Hromadske, a Ukrainian outlet\nDetails: Some 95 "
     "soldiers returned home on Friday.", ["the Coordination Centre for POWs", "Hromadske"]),
])
def test_a_source_line_speaks_for_the_claims_after_it(claims_of, text, chain):
    """Some outlets name where the whole report comes from on a line of its own ("Source: ...")."""
    claim = only(claims_of(text))
    assert claim.attributed_to == chain and claim.status == "attributed"


def test_a_source_line_that_closes_a_fact_box_speaks_for_the_figures_above_it(claims_of):
    text = ("In numbers: the camps\n\nNorth camp: about 30,000 residents, among them 5,000 foreigners\n"
            "South camp: some 2,000 detained fighters, the police said\n\nSource: UN monitors")
    assert [c.attributed_to for c in claims_of(text)] == [["UN monitors"], ["UN monitors"], ["the police"]]


def test_a_claim_that_names_its_own_source_keeps_it_after_a_source_line(claims_of):
    text = ("Recruits gather at the base\nSource: the Defence Ministry on Facebook\n"
            "Details: At least 60 recruits signed contracts, the local mayor told reporters.")
    assert only(claims_of(text)).attributed_to == ["the local mayor"]


@pytest.mark.parametrize("text, chain, status", [
    ("SANAA: A drone strike on a wedding killed 23 people, relatives and tribal officials said on Sunday.",
     ["relatives and tribal officials"], "attributed"),
    ("MOGADISHU: A car bomb near the port killed 12 civilians, witnesses and local media said on Friday.", [], "hedged"),
    ("GOMA — Rebels seized the airport and held about 40 soldiers, a provincial official said.",
     ["a provincial official"], "attributed"),
    ("ADEN: Drones struck the convoy and wounded 17 fighters, the coalition's spokesman said late on Monday.",
     ["the coalition's spokesman"], "attributed"),
])
def test_a_dateline_is_not_the_speaker_of_the_closing_reporting_verb(claims_of, text, chain, status):
    """The parser may take the city a story was filed from for the subject of "said"."""
    claim = claims_of(text)[0]
    assert (claim.attributed_to, claim.status) == (chain, status)


@pytest.mark.parametrize("text, foreign", [
    ("Belgian officials said 14 women from Syrian camps were flown back to Brussels.", "SY"),
    ("Twenty Kazakh children from Iraqi prisons were handed over to their families.", "IQ"),
    ("The Dutch government brought back 11 women from camps in northeast Syria on Tuesday.", "SY"),
    ("Officials say 300 Uzbek men freed from Afghan jails have come home.", "AF"),
])
def test_a_place_people_were_held_in_is_not_where_they_come_from(claims_of, text, foreign):
    assert foreign not in claims_of(text)[0].origin


@pytest.mark.parametrize("text", [
    # the counted people themselves
    "LONDON — When the fighting began, hundreds of Canadians said they would volunteer.",
    "Last spring, scores of Irish men said they were ready to go to the front.",
    "After the invasion, thousands of veterans told reporters they planned to enlist.",
    # an armed body that counts or numbers men has them
    "At its height the brigade counted some 6,000 fighters.",
    "The peacekeeping force, which once numbered 18,000 troops, is shrinking.",
    "The regiment now counts about 900 foreign volunteers in its ranks.",
])
def test_a_subject_that_does_not_report_the_number_is_no_source(claims_of, text):
    claim = only(claims_of(text))
    assert (claim.attributed_to, claim.status) == ([], "asserted")


@pytest.mark.parametrize("text, source", [
    ("Marko, a volunteer medic, has spent two years at the front. He says about 30 foreigners serve in his "
     "battalion.", "Marko"),
    ("Ayla, a nurse from Izmir, arrived in the spring. She said 12 of the wounded fighters were teenagers.", "Ayla"),
    ("Pete, a retired sergeant, trains recruits near the border. Western officials would not comment. He estimates "
     "that 40 Americans have passed through the camp.", "Pete"),
])
def test_he_or_she_takes_a_name_described_as_a_person(claims_of, text, source):
    assert claims_of(text)[0].attributed_to == [source]


@pytest.mark.parametrize("text, side", [
    ("The Libyan National Army is supported by Egypt, and 400 Sudanese fighters are on its side.",
     "Libyan National Army"),
    ("Hamas is funded by Iran, and some 200 foreign volunteers have served in its ranks.", "Hamas"),
    ("The RSF, which is armed by allies abroad, says 3,000 Chadians fight on its side.", "Rapid Support Forces"),
])
def test_its_side_and_its_ranks_are_the_party_the_clause_is_about(claims_of, text, side):
    assert claims_of(text)[0].side == side


@pytest.mark.parametrize("text", [
    "Kazakhstan repatriated 40 children of militants from the camps last week.",
    "The authorities brought back 25 women who had joined the fighters in Syria.",
    "Tajikistan has repatriated 84 wives of foreign fighters since January.",
])
def test_people_brought_home_come_home(claims_of, text):
    assert claims_of(text)[0].event == "other"


@pytest.mark.parametrize("text, group", [
    ("Sweden took home six children and three women from a camp that holds relatives of fighters.", "children"),
    ("The army freed 20 soldiers and 4 medics from a basement that the militia used as a jail.", "soldiers"),
    ("Police detained 12 men and 5 teenagers from a village that the rebels had occupied.", "men"),
])
def test_the_group_stops_where_the_next_counted_noun_begins(claims_of, text, group):
    assert claims_of(text)[0].group == group


@pytest.mark.parametrize("text, group", [
    ("The militia says 3,000 Chadians fight on its side.", "Chadians"),
    ("The movement claims 800 Somalis fight in its ranks.", "Somalis"),
    ("Rebel leaders say 1,500 Libyans fight alongside them.", "Libyans"),
])
def test_a_plural_before_a_verb_taken_for_a_noun_is_counted(claims_of, text, group):
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text, event", [
    ("Twelve guards were killed in the mutiny. Intelligence officials estimated that 5,000 mercenaries remained in "
     "Belarus after the revolt.", "mobilization"),
    ("Nine Bosnians died in air strikes last year. About 40 Bosnian fighters are still in Syria, the ministry said.",
     "mobilization"),
    ("Dozens of soldiers were wounded. Some 20 militants stayed in Mosul after the offensive.", "mobilization"),
    ("Three guards were killed in the raid. Hundreds of hostages remain in captivity.", "detention"),
])
def test_a_force_that_stays_in_a_named_place_is_in_the_field(claims_of, text, event):
    """Counted after a casualty, a force still somewhere is there, not among the dead."""
    assert claims_of(text)[-1].event == event


@pytest.mark.parametrize("text, origin", [
    ("Jamaica and Belize have sent small teams, and Guatemala has pledged 150 soldiers.", ["GT"]),
    ("France has sent instructors, and Poland has promised 300 troops.", ["PL"]),
    ("Ghana deployed engineers while Niger pledged 500 more troops.", ["NE"]),
])
def test_a_clause_with_its_own_sender_gives_its_own_origin(claims_of, text, origin):
    assert claims_of(text)[-1].origin == origin


@pytest.mark.parametrize("text, quantity, group", [
    ("Police say gang members number at least 12,000.", "at least 12,000", "gang members"),
    ("The rebels now number about 6,000, the army said.", "about 6,000", "rebels"),
    ("Foreign fighters in the group numbered some 3,000 in 2015.", "some 3,000", "Foreign fighters"),
    ("A force numbering 5,000 crossed the border.", "5,000", "force"),
    ("The insurgents, known locally as the Youth, number fewer than 300 fighters.", "fewer than 300", "fighters"),
    ("The insurgents, who number about 4,000, hold the hills.", "about 4,000", "insurgents"),
    ("Chad's armed forces, which number roughly 30,000, patrol the border.", "roughly 30,000", "Chad's armed forces"),
    ("Its militia numbers around 8,000, the report said.", "around 8,000", "militia"),
    # the subject of a verb of belief
    ("The insurgents are thought to number several hundred.", "several hundred", "insurgents"),
    ("The rebels are believed to number about 3,000, diplomats say.", "about 3,000", "rebels"),
])
def test_the_verb_number_counts_its_subject(claims_of, text, quantity, group):
    claim = only(claims_of(text))
    assert (claim.text, claim.group) == (quantity, group)


@pytest.mark.parametrize("text", [
    "Flight number 17 landed safely at dawn.",
    "He wore shirt number 10 for the club.",
    "The UN resolution number 2334 was adopted.",
])
def test_a_number_after_the_word_number_is_a_label(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, quantities", [
    ("According to a local outlet, which cited a brigade commander, the division has up to 20,000 members.",
     ["up to 20,000"]),
    ("A battalion commander said 30 of his men were killed.", ["30"]),
    ("The medic, a regiment volunteer since 2022, said 14 recruits deserted.", ["14"]),
    ("Russia moved a brigade to the border on Monday.", []),
])
def test_a_unit_that_only_describes_a_person_counts_no_one(claims_of, text, quantities):
    assert [c.text for c in claims_of(text)] == quantities


@pytest.mark.parametrize("text, source", [
    ("The watchdog said 300 boys had been recruited, citing interviews with their relatives.", "The watchdog"),
    ("Some 40 men were tortured in the jail, the charity said, citing testimonies from survivors.", "the charity"),
    ("The inquiry found that 120 guards took part, citing testimony from former inmates.", "The inquiry"),
])
def test_interviews_and_testimonies_name_no_source(claims_of, text, source):
    assert claims_of(text)[0].attributed_to == [source]


@pytest.mark.parametrize("text, side", [
    ("Iran's Guards recruited hundreds of Afghan refugees to fight for the Syrian government.", "SY"),
    ("Some 300 Syrian refugees in Turkey have been signed up to fight for the Government of National Accord.",
     "Government of National Accord"),
    ("About 2,000 refugees were recruited into the RSF, the report said.", "Rapid Support Forces"),
])
def test_refugees_who_are_enlisted_join_the_side_they_are_enlisted_for(claims_of, text, side):
    claim = only(claims_of(text))
    assert (claim.event, claim.side) == ("mobilization", side)


@pytest.mark.parametrize("text, event", [
    ("Wagner signed up about 50,000 prisoners for the war.", "mobilization"),
    ("The army has conscripted 3,000 detainees.", "mobilization"),
    ("Roughly 30 refugees reached the frontier post late on Sunday.", "displacement"),
    ("Police detained 40 refugees who tried to join the militia.", "detention"),
])
def test_people_named_for_what_they_were_take_the_event_done_to_them(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text", [
    "Exclusive: Up to 1,000 Colombians fighting for Kyiv - sources",
    "Breaking: 40 soldiers killed in ambush near the border",
    "Insight: How 3,000 Nepalis ended up in the army",
])
def test_a_headline_label_before_a_colon_is_no_source(claims_of, text):
    assert claims_of(text)[0].attributed_to == []


@pytest.mark.parametrize("text, source", [
    ("Recruits abroad: Delhi says 12 citizens killed", ["Delhi"]),
    ("Ukraine war: Kyiv says 300 foreign fighters captured", ["Kyiv"]),
    ("Border clashes: Army reports 40 soldiers missing", ["Army"]),
])
def test_a_claim_after_a_headline_colon_is_no_source_name(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text, group", [
    ("Exclusive: Up to 1,000 Colombians fighting for Kyiv - sources", "Colombians fighting for Kyiv"),
    ("Hundreds of fighters cross into Chad – officials", "fighters"),
    ("About 70 volunteers killed near the front — ministry", "volunteers"),
])
def test_a_headlines_trailing_speaker_is_not_part_of_the_group(claims_of, text, group):
    assert claims_of(text)[0].group == group


@pytest.mark.parametrize("text", [
    "Nepal says 12 citizens killed fighting for Russia",
    "Officials say 40 volunteers killed fighting near the river",
    "Local council says 3 men killed fighting in the east",
])
def test_a_headlines_killed_fighting_is_a_casualty(claims_of, text):
    assert only(claims_of(text)).event == "casualty"


@pytest.mark.parametrize("text, event", [
    ("Nepal says 12 citizens killed fighting for Russia; 5 captured by Ukraine", "detention"),
    ("Army says 30 rebels dead; 12 taken captive by its troops", "detention"),
    ("Ministry reports 8 soldiers captured; 20 wounded in the shelling", "casualty"),
])
def test_a_participle_on_a_bare_count_names_its_event(claims_of, text, event):
    assert claims_of(text)[-1].event == event


@pytest.mark.parametrize("text, source", [
    ("Kyiv claims to have killed 500 Wagner fighters in a week.", "Kyiv"),
    ("Moscow claims to have killed 2,000 foreign mercenaries.", "Moscow"),
    ("Ukraine claims to have killed 300 North Korean soldiers.", "Ukraine"),
])
def test_a_state_that_claims_to_have_done_it_is_the_source(claims_of, text, source):
    """The tagger may read "Kyiv claims" as a description of claims; the state still speaks."""
    claim = only(claims_of(text))
    assert (claim.attributed_to, claim.status) == ([source], "attributed")


@pytest.mark.parametrize("text, side", [
    ("Over 300 Chechen volunteers are serving with Ukrainian units.", "UA"),
    ("About 40 Belarusians joined Ukrainian battalions in 2022.", "UA"),
    ("Some 20 Serbs fought against Ukrainian brigades near the river.", "RU"),
])
def test_a_states_units_and_brigades_are_that_state(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, origin", [
    ("Wagner signed up 50,000 prisoners from Russian penal colonies.", ["RU"]),
    ("The army recruited 2,000 inmates from Belarusian penal colonies last year.", ["BY"]),
    ("Some 300 convicts from Russian colonies were sent to the front.", ["RU"]),
])
def test_a_states_own_penal_colonies_hold_its_own_people(claims_of, text, origin):
    assert claims_of(text)[0].origin == origin


@pytest.mark.parametrize("text, origin", [
    ("Of those, roughly 700 are believed to be Uzbeks.", ["UZ"]),
    ("Of the men held, some 30 are thought to be Chechens.", ["RU"]),
    ("About 90 of the recruits appear to be Nepalis.", ["NP"]),
])
def test_what_a_count_is_believed_to_be_says_who_they_are(claims_of, text, origin):
    """ "are believed to be Uzbeks": the nationality stands behind a verb of belief."""
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text", [
    "Police held 14 men after the raid. The militia is said to have about 3,000 fighters in the hills.",
    "Guards detained 9 smugglers. The rebel movement fields roughly 8,000 troops along the border.",
    "Soldiers arrested 20 suspects on Friday. Officials believe the group has between 500 and 900 militants.",
])
def test_the_fighters_a_party_has_are_its_strength(claims_of, text):
    """A force's strength is a mobilization, even after a sentence about arrests."""
    assert claims_of(text)[-1].event == "mobilization"


@pytest.mark.parametrize("text, event", [
    ("More than 9,000 who fled the shelling now live in tents.", "displacement"),
    ("The 25 whom the police picked up were questioned for hours.", "detention"),
    ("Of the 700 who enlisted in spring, 60 have since died.", "mobilization"),
])
def test_only_people_are_who(claims_of, text, event):
    """A bare number with a 'who' clause counts people, and the clause says what befell them."""
    assert claims_of(text)[0].event == event


@pytest.mark.parametrize("text, events", [
    ("Some 3 million people have been uprooted, including 40,000 who joined the militias.", ["displacement", "mobilization"]),
    ("Nearly 5,000 fighters were mobilised, including 200 who were later killed.", ["mobilization", "casualty"]),
    ("About 900 volunteers signed up, including 70 who deserted within a month.", ["mobilization", "other"]),
])
def test_a_parts_own_who_clause_gives_its_own_event(claims_of, text, events):
    """The verb above "including" is the whole's; the part's clause says what befell the part."""
    assert [c.event for c in claims_of(text)] == events


@pytest.mark.parametrize("text", [
    "Thousands of Lebanese abroad have flown home to fight.",
    "Some 400 Armenian men came back from Russia to join the army.",
    "Dozens of reservists returned from holiday to join their units.",
])
def test_coming_home_to_take_up_arms_is_a_mobilization(claims_of, text):
    assert only(claims_of(text)).event == "mobilization"


@pytest.mark.parametrize("text, side", [
    ("Burundi's army is fighting in Congo. The army has recruited thousands of young men this year.", "BI"),
    ("The Sudanese military took the bridge. Since then the military has conscripted 12,000 men.", "SD"),
    ("Myanmar's junta lost three towns in May. The junta drafted about 5,000 recruits in June.", "MM"),
    ("The Sudanese army took the bridge. Egyptian authorities closed the border. The army has since conscripted "
     "12,000 men.", "SD"),
])
def test_a_states_body_named_bare_is_the_state_named_before(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, side", [
    # an armed group named bare is the one named last, not the state the story names most
    ("Sudan's army said it had pushed the RSF out of the capital. Sudan's army took the bridge. A UN panel said the "
     "group had between 5,000 and 10,000 foreign fighters.", "Rapid Support Forces"),
    ("Israel struck the Houthis in Yemen again on Monday. Israel said the movement now fields some 200,000 fighters.",
     "Houthis"),
])
def test_an_armed_group_named_bare_is_the_group_named_before(claims_of, text, side):
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("text, side", [
    # members of a state's body named bare serve the state the text named it for
    ("Mali's army lost a base near Gao. The jihadists said they had killed 300 members of the army.", "ML"),
    ("The Sudanese military retook the bridge. The RSF said it had captured 120 soldiers of the army.", "SD"),
])
def test_members_of_a_states_body_named_bare_serve_that_state(claims_of, text, side):
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("text, not_side", [
    # the army is no body of a state whose authorities only were named
    ("Kyiv lowered the draft age. Romanian authorities say thousands have crossed the river. The army needs to call "
     "up about 160,000 more men.", "RO"),
    ("The Russian army pressed on in the east. Finnish authorities closed the crossings. The army then called up "
     "50,000 more men.", "FI"),
])
def test_a_bare_army_is_not_the_state_whose_civil_body_was_named(claims_of, text, not_side):
    assert claims_of(text)[-1].side != not_side


@pytest.mark.parametrize("text, side", [
    ("Russia's Africa Corps expands in Niger. About 800 Russian fighters are now deployed in Niger under "
     "the Africa Corps banner, diplomats said.", "NE"),
    ("Wagner's men stay in the Central African Republic. Some 1,500 Russian instructors serve in the Central "
     "African Republic with the Wagner group, officials said.", "CF"),
    ("Burkina Faso hosts Russian force. Hundreds of Russian troops from the Africa Corps have arrived in "
     "Burkina Faso, state television said.", "BF"),
    ("Mercenaries remain in Libya. An estimated 2,000 Wagner fighters were in Libya in 2020, according to US "
     "officials.", "Libyan National Army"),
])
def test_a_serving_force_abroad_takes_its_hosts_side(claims_of, text, side):
    """The contract: forces a state sends to serve another government take that government's side,
    whether the serving force is named in the group or beside it."""
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text", [
    "Fighting has uprooted 3 million people. About 800,000 of them crossed into Uganda.",
    "Shelling drove 40,000 villagers from their homes. Some 9,000 have crossed the border since.",
    "Thousands of families fled the town. Roughly 2,000 crossed the river to reach the camps.",
])
def test_crossing_a_border_is_not_by_itself_joining_a_war(claims_of, text):
    """Civilians who cross a border after fleeing are displaced, as the sentence before says."""
    assert claims_of(text)[-1].event == "displacement"


@pytest.mark.parametrize("text", [
    "Tomas, a former paratrooper, has served since 2023 with the International Legion. He says 40 men from his "
    "company have been killed.",
    "Dozens of Belarusians fight in the Kalinouski regiment. Its commander said about 30 had died since spring.",
    "Levan, 29, trained for a month in the Georgian Legion. About 60 of its members were wounded last year.",
])
def test_being_with_or_in_a_volunteer_unit_states_its_side(claims_of, text):
    assert claims_of(text)[-1].side == "UA"


@pytest.mark.parametrize("text", [
    "Moscow and Kyiv swapped prisoners again on Friday. Some 150 soldiers returned home, officials said.",
    "The two sides exchanged captives at the border. About 90 troops were handed back to their units.",
    "A prisoner exchange took place near the frontier. Roughly 60 men came back home on buses.",
])
def test_coming_home_in_a_prisoner_exchange_ends_a_detention(claims_of, text):
    assert claims_of(text)[-1].event == "detention"


@pytest.mark.parametrize("text, origin", [
    ("Russia and Ukraine exchanged 95 prisoners each on Monday.", ["RU", "UA"]),
    ("Armenia and Azerbaijan swapped 32 detainees.", ["AM", "AZ"]),
    ("Ukraine exchanged 200 prisoners of war with Russia.", ["UA", "RU"]),
    ("Kyiv and Moscow swapped 95 prisoners of war.", ["UA", "RU"]),
    ("Russia and Ukraine swap 300 prisoners each\n\nAmong the Ukrainians freed were 22 guardsmen and six civilians. "
     "About 8,000 Ukrainians remain in Russian captivity, Kyiv says.", ["RU", "UA"]),
])
def test_prisoners_both_sides_exchange_come_from_both(claims_of, text, origin):
    assert claims_of(text)[0].origin == origin


def test_a_tables_rows_speak_with_the_named_source_of_the_sentence_over_them(claims_of):
    text = ("A study by a Zagreb institute counts 900 people who left the region for Syria.\n"
            "Serbia: 120\nMontenegro: 40\nCroatia: 30")
    rows = claims_of(text)[1:]
    assert [c.attributed_to for c in rows] == [["a Zagreb institute"]] * 3


@pytest.mark.parametrize("text, source", [
    ("Intelligence agencies estimate that about 500 fighters remain in the hills.", "Intelligence agencies"),
    ("UN experts say some 3,000 troops crossed into the province.", "UN experts"),
    ("Border agencies reported that 70 recruits were stopped.", "Border agencies"),
])
def test_qualified_agencies_and_experts_are_named(claims_of, text, source):
    claim = only(claims_of(text))
    assert (claim.status, claim.attributed_to) == ("attributed", [source])


@pytest.mark.parametrize("text", [
    "About 200 recruits arrived, according to local officials.",
    "News agencies reported that 40 fighters were killed.",
    "Some 90 civilians died in the strike, aid agencies said.",
])
def test_vague_plural_roles_hedge(claims_of, text):
    claim = only(claims_of(text))
    assert (claim.status, claim.attributed_to) == ("hedged", [])


@pytest.mark.parametrize("text, quantities", [
    ("At least 400 died, among them 30 children under 18.", ["At least 400", "30"]),
    ("Some 250 boys under 16 were sent to the camps.", ["Some 250"]),
    ("The army drafted 9,000 men over 40 last spring.", ["9,000"]),
])
def test_an_age_bound_after_counted_people_is_no_count(claims_of, text, quantities):
    assert [c.text for c in claims_of(text)] == quantities


@pytest.mark.parametrize("text, side", [
    ("Myanmar's military is short of men. The junta introduced conscription and has since called up 30,000 men.", "MM"),
    ("The Houthis held a rally in Sanaa and recruited 5,000 fighters.", "Houthis"),
    ("Sudan's army lost ground in May. The army regrouped and enlisted some 8,000 volunteers.", "SD"),
])
def test_a_recruiter_shared_by_two_verbs_recruits_for_its_side(claims_of, text, side):
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("text, side", [
    ("Rwandan troops are fighting alongside the rebels in Congo, UN experts say. More than 1,200 Congolese "
     "soldiers surrendered in Congo's east on Monday.", "CD"),
    ("Rebels backed by foreign fighters attacked towns in Mali. About 60 Malian soldiers were captured near the "
     "Malian town of Gao.", "ML"),
    ("Wagner fighters joined the rebels in Sudan's west. Some 200 Sudanese soldiers were killed in Sudan's "
     "Darfur region, the army said.", "SD"),
])
def test_a_states_own_forces_in_a_war_fought_at_home_serve_it(claims_of, text, side):
    """Whatever side the sentence before was about, a state's soldiers at home, captured or not, are its own."""
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("text, events", [
    ("At least 20 Chileans died fighting for Ukraine and four have been captured by Russia.", ["casualty", "detention"]),
    ("Some 40 were wounded and 12 were taken prisoner.", ["casualty", "detention"]),
    ("About 300 joined the legion and 40 later came home.", ["mobilization", "other"]),
])
def test_each_clause_of_two_counts_says_its_own_event(claims_of, text, events):
    assert [c.event for c in claims_of(text)] == events


@pytest.mark.parametrize("text", [
    "About 50 of the recruits remain in prison.",
    "Roughly 70 fighters are held in a prison near the border.",
    "Nearly 90 of them were sent to prison last year.",
])
def test_people_in_prison_are_detained(claims_of, text):
    assert only(claims_of(text)).event == "detention"


@pytest.mark.parametrize("text, side", [
    ("Belgian jihadist returnees face trial\n\nOf the roughly 400 Belgians who went to Syria, about 130 have "
     "returned, officials said. Around 60 children of Belgian jihadists have also been brought back.", "jihadist groups"),
    ("Dutch Islamic State members: the long road home\n\nSome 300 Dutch citizens travelled to Syria. About 60 have "
     "come back.", "Islamic State"),
    ("Wagner convicts come home\n\nAbout 5,000 former inmates recruited for the war have returned to their towns, "
     "officials said.", "RU"),
])
def test_a_party_the_headline_names_for_its_people_is_their_side(claims_of, text, side):
    """An article that states no side but names a party for the people of its headline is about that party's people."""
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("text, chain", [
    ("The militia fields some 4,000 fighters, according to a UN report seen by AFP.", ["a UN report", "AFP"]),
    ("Some 40 recruits deserted, according to a memo obtained by Reuters.", ["a memo", "Reuters"]),
    ("About 300 soldiers died, according to documents reviewed by the BBC.", ["the BBC"]),
])
def test_who_saw_a_document_passes_it_on_after_its_author(claims_of, text, chain):
    assert only(claims_of(text)).attributed_to == chain


@pytest.mark.parametrize("text", [
    "At least 45 have drowned in the river since the spring, the coast guard said.",
    "Nine soldiers drowned when their boat capsized on the lake.",
    "Around 30 more are feared to have drowned off the coast.",
])
def test_drowning_is_a_casualty(claims_of, text):
    assert only(claims_of(text)).event == "casualty"


@pytest.mark.parametrize("text, group", [
    ("Up to 400 commandos, many living abroad without papers, had been approached by recruiters.", "commandos"),
    ("About 2,000 volunteers, most of them living in Poland, have joined the unit.", "volunteers"),
    ("Some 300 veterans, many residing in the capital, signed contracts last month.", "veterans"),
])
def test_an_aside_about_some_of_the_people_neither_hides_nor_names_them(claims_of, text, group):
    """A clause with its own subject ("many living abroad") says something of some of them:
    they are not a resident population, and the aside is not who they are."""
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text, side", [
    ("Hezbollah announced the deaths of 38 of its fighters last week, the group's media office said.", "Hezbollah"),
    ("The RSF admitted that 40 of its men were captured, according to a statement on Sunday.",
     "Rapid Support Forces"),
    ("Hamas confirmed that 12 of its members had been killed, a spokesman told reporters.", "Hamas"),
    ("Hezbollah's military wing said 25 of its fighters died in the strikes.", "Hezbollah"),
    ("Hamas's armed wing says 30 of its men were captured in the raid.", "Hamas"),
])
def test_its_fighters_are_the_fighters_of_the_subject_named_before(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, side", [
    ("Turkey has sent around 1,500 Syrian fighters to Azerbaijan, a monitoring group said.", "AZ"),
    ("North Korea deployed some 11,000 troops to Russia last autumn.", "RU"),
    ("Iran dispatched 2,000 Afghan recruits to Syria in 2015.", "SY"),
    ("Russia sent 40,000 more troops to Ukraine last month.", "RU"),
    # another people's fighters serve the government of whatever state they are sent to
    ("Turkey has sent at least 1,100 Syrian fighters to Niger to guard mining sites.", "NE"),
    ("Moscow's allies sent 200 Syrian mercenaries to the Central African Republic.", "CF"),
])
def test_people_sent_to_a_state_that_is_not_the_senders_enemy_fight_for_it(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text", [
    "About 150 officers from Jamaica, Guatemala and El Salvador have joined them.",
    "Some 60 volunteers from Chile and Peru signed up with them in May.",
    "Dozens of fighters from Brazil and Argentina want to fight for it.",
])
def test_where_people_come_from_is_not_whom_they_join(claims_of, text):
    claim = only(claims_of(text))
    assert claim.side not in claim.origin


@pytest.mark.parametrize("text, side", [
    ("Kenyan police in Haiti\n\nAbout 1,000 Kenyan officers are deployed in Haiti as part of the multinational "
     "security mission against the gangs. Gangs in Haiti control most of the capital.", "HT"),
    ("Rwandan troops in Mozambique\n\nRwanda's 2,000 soldiers serve in Mozambique under a security mission "
     "agreed by both governments. Insurgents in Mozambique have attacked several towns.", "MZ"),
    ("Chadian contingent in Mali\n\nSome 1,400 Chadian troops fight in Mali within a stabilisation mission. "
     "Mali's army leads the operations in the north of Mali.", "ML"),
    ("Troops in Somalia\n\nBurundi's contingent, at 3,000, is one of the largest in the African Union mission that "
     "fights the insurgents in Somalia. Clan militias in Somalia also fight them.", "SO"),
    ("Troops in Somalia\n\nEgypt will send 1,000 troops to the African Union force in Somalia. Somalia's army "
     "holds the capital.", "SO"),
])
def test_forces_of_a_serving_mission_take_the_hosts_side(claims_of, text, side):
    assert claims_of(text)[0].side == side


@pytest.mark.parametrize("text, source", [
    ("Turkey has transferred around 1,500 Syrian fighters to Azerbaijan to take part in the fighting over "
     "Nagorno-Karabakh, a war monitor based in Britain said.", "a war monitor based in Britain"),
    ("More than 2,000 soldiers have defected since the coup, a group that helps deserters said on Monday.",
     "a group that helps deserters"),
    ("About 70 recruits arrived in the capital, the commander of a unit that trains them said.",
     "the commander of a unit that trains them"),
])
def test_a_closing_speaker_keeps_the_words_that_describe_it(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text", [
    "About 200 Swedes have gone to fight, while the security police put the figure at 300.",
    "At least 40 volunteers have died, although the legion said the number was lower.",
    "Roughly 90 men were detained, though a rights group put the number at 150.",
    "Around 3,000 Tunisians left to join militant groups abroad over the past decade, according to official data, "
    "though a UN working group put the number at more than 5,500.",
])
def test_a_concessive_clause_after_a_figure_speaks_only_for_its_own(claims_of, text):
    first = claims_of(text)[0]
    assert "group" not in " ".join(first.attributed_to) and "police" not in " ".join(first.attributed_to)


@pytest.mark.parametrize("caveat", [
    "Those figures could not be verified.",
    "These numbers could not be independently confirmed.",
])
def test_a_caveat_that_points_back_covers_its_own_paragraph_only(claims_of, caveat):
    text = ("About 2,000 soldiers have defected, a group that helps them said.\n\n"
            f"Rebels captured some 4,000 troops in the offensive, the rebels said. {caveat}")
    first, second = claims_of(text)
    assert first.status == "attributed" and second.status == "unconfirmed"


@pytest.mark.parametrize("text", [
    "We have about 1,000 fighters now, he said. \"Most are Poles, but we also have Americans, Britons and a few Japanese.\"",
    "The commander spoke on Monday. \"We also have Danes, Czechs and a few Swiss,\" he said, \"about 30 in all.\"",
    "\"Among us are Americans, Canadians and some 20 Irish,\" she said.",
])
def test_a_people_named_in_a_quotation_is_not_its_speaker(claims_of, text):
    for claim in claims_of(text):
        assert not set(claim.attributed_to) & {"Britons", "Americans", "Czechs", "Canadians", "Danes"}


@pytest.mark.parametrize("text, source", [
    ("Legion commander: \"We have lost 45 men\"", "Legion commander"),
    ("Ukrainian official: 300 foreign fighters killed", "Ukrainian official"),
    ("Army spokesman: 20 soldiers missing after ambush", "Army spokesman"),
])
def test_a_headlines_speaker_may_be_a_role(claims_of, text, source):
    """A headline may close on the quotation it gives."""
    assert only(claims_of(text + "\n\nThe unit fights in the east.")).attributed_to == [source]


@pytest.mark.parametrize("text, origins", [
    ("The study says Uzbeks form the largest group, with about 3,500 recruits, followed by Tajiks with 2,800.",
     [["UZ"], ["TJ"]]),
    ("France came second with 1,700 fighters.", [["FR"]]),
    ("Poland has provided by far the most mercenaries, with 2,960 fighters.", [["PL"]]),
    ("Georgia has sent the most volunteers, with about 1,000 men, the ministry said.", [["GE"]]),
    # the people the subject is said to be, a people before the count wherever the parser hangs it,
    # and a count that is the subject of the clause "with" opens
    ("The largest single group were Moldovans, with 70 dead, ahead of Brazilians with 40.", [["MD"], ["BR"]]),
    ("The biggest contingent is Colombians, with about 300 recruits.", [["CO"]]),
    ("Nepalis have been hit hardest, with at least 33 killed.", [["NP"]]),
])
def test_a_count_given_with_a_people_or_a_state_is_theirs(claims_of, text, origins):
    assert [c.origin for c in claims_of(text)] == origins


@pytest.mark.parametrize("text, origins", [
    ("Uzbeks make up the largest contingent, at roughly 1,500, followed by Kazakhs, at about 600.", [["UZ"], ["KZ"]]),
    ("Tunisians were the biggest group of recruits, at around 3,000, ahead of Moroccans, at 1,500.", [["TN"], ["MA"]]),
    ("Afghans are the largest group of refugees in the camp, at 12,000.", [["AF"]]),
    # a size set off after something that is not a people is not a count of people
    ("Russia, at 140 million, dwarfs its neighbours.", []),
])
def test_a_count_set_off_after_a_people_is_theirs(claims_of, text, origins):
    assert [c.origin for c in claims_of(text)] == origins


@pytest.mark.parametrize("text, origin", [
    ("Rebels in Ethiopia\n\nThe militia said it had captured about 300 federal soldiers near a town in Ethiopia. "
     "Fighting in Ethiopia's north goes on.", ["ET"]),
    ("Clashes in Mali\n\nSeparatists said they killed dozens of government troops in Mali's north. "
     "Mali's army did not comment on the fighting in Mali.", ["ML"]),
    ("Sudan's war\n\nSome 200 regime soldiers surrendered in Sudan's west last week. "
     "The war in Sudan has lasted two years.", ["SD"]),
])
def test_government_forces_are_the_forces_of_the_state_an_article_is_set_in(claims_of, text, origin):
    claim = claims_of(text)[0]
    assert claim.origin == origin and claim.side == origin[0]


@pytest.mark.parametrize("text, origin", [
    ("Iraq brought home another 150 women and children from the camp this week.", ["IQ"]),
    ("France has repatriated 169 children since 2019.", ["FR"]),
    ("Some 150 women and children were repatriated to Iraq on Tuesday.", ["IQ"]),
])
def test_a_state_that_brings_people_home_brings_its_own(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text, origin, side", [
    ("Kazakhstan flew back 600 of its citizens from Syria.", ["KZ"], None),
    ("Nepal said 200 of its nationals were fighting in Russia.", ["NP"], "RU"),
    ("Georgia says 1,500 of its citizens have gone to fight for Ukraine.", ["GE"], "UA"),
])
def test_its_citizens_come_from_the_state_but_do_not_fight_for_it(claims_of, text, origin, side):
    claim = only(claims_of(text))
    assert claim.origin == origin and claim.side == side


@pytest.mark.parametrize("caption, event", [
    ("A database kept by a research group lists foreign volunteers killed in action by country of origin:", "casualty"),
    ("The ministry listed the prisoners of war it holds, by country:", "detention"),
    ("Foreign recruits who signed contracts with the army, by nationality, according to the leaked file:",
     "mobilization"),
])
def test_a_tables_caption_gives_its_rows_their_event(claims_of, caption, event):
    claims = claims_of(f"Foreign fighters in the war\n\n{caption}\n\nColombia: 65\nGeorgia: 72\nBelarus: 38")
    assert [c.event for c in claims] == [event] * 3


@pytest.mark.parametrize("text", [
    "Of the 251 people taken hostage in the attack, 59 remain in Gaza.",
    "Of the 80 aid workers taken captive last year, 30 are still in Sudan.",
    "About 90 people taken prisoner in the raid were freed on Sunday.",
])
def test_people_taken_hostage_are_detained_where_they_remain(claims_of, text):
    assert claims_of(text)[-1].event == "detention"


@pytest.mark.parametrize("text, side", [
    ("Ukrainian special forces captured two North Korean soldiers in the Kursk region.", "RU"),
    ("Armenia said it had captured two Syrian mercenaries.", "AZ"),
    ("Russia said it had captured two Colombian mercenaries near Kharkiv.", "UA"),
])
def test_fighters_a_belligerent_captures_fought_for_its_enemy(claims_of, text, side):
    assert only(claims_of(text)).side == side


def test_civilians_killed_by_fighters_whose_side_is_stated_join_no_side(claims_of):
    text = "Soldiers who fought alongside Ethiopia's army killed hundreds of civilians in the town, a UN inquiry found."
    assert only(claims_of(text)).side is None


def test_people_the_text_calls_civilians_join_no_side(claims_of):
    text = ("Mali: army says 30 jihadists killed; residents report civilian deaths\n\n"
            "BAMAKO — Mali's army said on Monday that its forces, supported by \"Russian instructors\", had killed about "
            "30 terrorists in an operation in the centre of the country.\n\n"
            "Residents of the village of Dioura told a local radio station that at least 14 civilians, including women "
            "and children, were among the dead. Human Rights Watch said in a report last month that Malian soldiers and "
            "foreign fighters had executed scores of civilians since January.")
    assert [c.side for c in claims_of(text)][-2:] == [None, None]


@pytest.mark.parametrize("text, side", [
    ("Ukraine says its forces have killed about 300 North Korean soldiers in the border region.", "RU"),
    ("Kyiv said its drones killed 80 North Korean troops near the village.", "RU"),
    ("Russia says it killed 40 Ukrainian soldiers near the river.", "UA"),
])
def test_soldiers_a_state_not_at_war_with_theirs_kills_fell_for_its_enemy(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, event", [
    ("Hundreds of retired soldiers have been flown to Sudan to fight alongside the paramilitaries.", "mobilization"),
    ("About 200 retired officers have volunteered for the front.", "mobilization"),
    ("Some 10,000 troops retire from the army each year.", "other"),
])
def test_retired_describes_people_while_retiring_is_an_event(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, chain", [
    ("In the first weeks, the minister said she would support people who wanted to go, and an embassy official "
     "claimed 3,000 Britons had volunteered.", ["an embassy official"]),
    ("The governor said the town was calm, and the police reported that 40 men had been detained.", ["the police"]),
    ("The general told reporters the front was holding, and a spokesman added that 12 soldiers had died.",
     ["a spokesman"]),
])
def test_the_speaker_of_another_clause_did_not_say_the_figure(claims_of, text, chain):
    assert only(claims_of(text)).attributed_to == chain


@pytest.mark.parametrize("text, side", [
    ("Burkina Faso's junta has recruited tens of thousands of civilian volunteers to fight the insurgency.", "BF"),
    ("The Malian army has recruited 3,000 young men this year.", "ML"),
    ("Sudan's army has called up 10,000 reservists.", "SD"),
])
def test_a_states_body_named_with_its_state_recruits_for_it(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, count", [
    ("The two captured men, aged 27 and 34, told interrogators they had paid recruiters.", 1),
    ("Three boys aged 15, 16 and 17 were among the 40 arrested.", 2),
    ("The suspects, ages 19 and 23, were charged on Monday with joining the group.", 0),
])
def test_every_number_of_a_list_of_ages_is_an_age(claims_of, text, count):
    claims = claims_of(text)
    assert len(claims) == count and not any(c.text in ("34", "16", "17", "23") for c in claims)


@pytest.mark.parametrize("text", [
    "Sahel: jihadist attacks kill dozens of soldiers in Burkina Faso",
    "Donbas: 40 soldiers killed in overnight shelling",
    "Balkans: 300 fighters still in Syrian camps",
])
def test_a_region_before_a_headlines_colon_is_its_topic_not_its_speaker(claims_of, text):
    assert only(claims_of(text + "\n\nThe fighting goes on.")).attributed_to == []


def test_a_caveat_inside_another_counts_description_is_about_that_count(claims_of):
    text = ("At least 12 have been killed, according to the Foreign Office, which says it is aware of several "
            "more deaths it has not been able to confirm.")
    first, second = claims_of(text)
    assert (first.status, second.status) == ("attributed", "unconfirmed")


@pytest.mark.parametrize("lede", [
    "A monitoring group has published its latest tally of foreign volunteers killed in the war.",
    "The defence ministry released new figures on foreign fighters serving the other side.",
    "A new report by a research centre estimates how many foreigners have fought in the war.",
    "A new study of volunteers in Ukraine's foreign legion finds that many have died.",
    "The interior ministry said in its annual report that the flow of foreign fighters had slowed.",
    "According to data collected by a monitoring group, many foreign volunteers have died in the war.",
    "Foreign losses are heavy, according to figures compiled by a group that tracks the legion.",
])
def test_an_article_on_published_figures_gives_them_in_that_sources_voice(claims_of, lede):
    text = (f"Foreign fighters in the war\n\n{lede} The group counts 987 foreign volunteers killed since 2022, "
            "the ministry said.\n\nAmericans make up the largest share, with 124 deaths. The report says 412 "
            "volunteers were killed in 2024 alone.")
    claims = claims_of(text)
    assert len(claims) == 3 and all(c.attributed_to and c.status == "attributed" for c in claims)


def test_a_count_given_with_a_people_in_a_list_is_theirs_whatever_came_before(claims_of):
    text = ("Foreign volunteers killed\n\nThe group counts 987 foreign volunteers killed since 2022. Americans make up "
            "the largest share, with 124 deaths, followed by Georgians with 97 and Colombians with 81.")
    assert [c.origin for c in claims_of(text)][-3:] == [["US"], ["GE"], ["CO"]]


@pytest.mark.parametrize("text", [
    "The ministry claims to have killed more than 5,000 foreign mercenaries, a figure that cannot be checked.",
    "About 300 fighters died, the army said, but the claim could not be independently checked.",
    "Some 80 recruits deserted, the commander said. The number could not be checked.",
])
def test_a_figure_no_one_could_check_is_unconfirmed(claims_of, text):
    assert only(claims_of(text)).status == "unconfirmed"


@pytest.mark.parametrize("text, source", [
    ("Leaked documents seen by Ukrainian investigators show that at least 200 Cubans signed contracts.",
     "Ukrainian investigators"),
    ("Internal documents obtained by the newspaper indicate that 350 convicts were recruited last year.",
     "the newspaper"),
    ("Documents reviewed by a rights group suggest that some 90 prisoners died in custody.", "a rights group"),
])
def test_unnamed_documents_speak_through_who_saw_them(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text, events", [
    ("The five-month battle left more than 900 militants dead, along with 165 soldiers.", ["casualty", "casualty"]),
    ("Years of raids have left thousands of villagers dead and 2 million people displaced.", ["casualty", "displacement"]),
    ("The clashes have left at least 40 soldiers injured.", ["casualty"]),
])
def test_what_a_battle_left_people_is_what_befell_them(claims_of, text, events):
    assert [c.event for c in claims_of(text)] == events


@pytest.mark.parametrize("text, event", [
    ("The attacks forced some 5,000 people to flee towards the coast.", "displacement"),
    ("The militia compelled 300 boys to fight on the front line.", "mobilization"),
    ("The raids forced about 2,000 villagers to flee their homes.", "displacement"),
])
def test_what_people_were_made_to_do_is_their_event(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, side", [
    ("Prisoner swap\n\nRussia and Ukraine exchanged 300 prisoners each. The Ukrainians freed included 200 soldiers "
     "and 100 civilians.", "UA"),
    ("Prisoner swap\n\nArmenia and Azerbaijan exchanged prisoners on Friday. Those sent home included 30 Armenian "
     "soldiers.", "AM"),
    ("Prisoner swap\n\nUkraine and Russia swapped prisoners again. Russia said the 150 Russian servicemen it "
     "received were flown to Moscow.", "RU"),
])
def test_soldiers_exchanged_as_prisoners_of_war_keep_their_states_side(claims_of, text, side):
    soldiers = [c for c in claims_of(text) if "soldier" in c.group or "servicem" in c.group]
    assert soldiers and all(c.side == side for c in soldiers)


def test_no_part_after_including_lends_its_origin_to_the_whole(claims_of):
    text = "The group released 24 hostages on Friday, including 13 Israelis and 10 Thai nationals."
    assert claims_of(text)[0].origin == []


@pytest.mark.parametrize("text, origin", [
    ("Rebels in Myanmar\n\nMore than 1,000 junta troops have defected in Myanmar this year, a resistance group "
     "said. Thousands have fled to Thailand.", ["MM"]),
    ("Fighting in Ethiopia\n\nThe militia said it captured 300 federal soldiers in Ethiopia's north. Some of the "
     "wounded were taken to Sudan.", ["ET"]),
    ("Clashes in Mali\n\nRebels said they killed 40 government troops in Mali. Mali's army gave no toll. Refugees "
     "crossed into Mauritania.", ["ML"]),
])
def test_government_forces_belong_to_the_state_the_article_names_most(claims_of, text, origin):
    assert claims_of(text)[0].origin == origin


@pytest.mark.parametrize("text", [
    "Indonesia brings home 18 women and children from Syrian camps\n\nJAKARTA — Indonesia has repatriated 18 women "
    "and children who had been held in camps in northeast Syria for relatives of Islamic State fighters, the foreign "
    "ministry said on Wednesday.\n\nAround 600 Indonesians joined the militant group at the height of its power, "
    "according to the national counter-terrorism agency.",
    "Tajik returnees\n\nAbout 1,900 Tajiks went to fight for Islamic State in Syria. Some 170 have come back "
    "from the extremist group under an amnesty.",
    "Moroccans in Syria\n\nMorocco says 1,600 of its citizens joined Islamic State. Around 300 of those who "
    "joined the terrorist organisation have been killed.",
])
def test_the_definite_group_names_again_the_party_the_article_is_about(claims_of, text):
    assert claims_of(text)[-1].side == "Islamic State"


@pytest.mark.parametrize("text", [
    "At least 60 Indians signed contracts with the Russian defence ministry.",
    "Nearly 100 Kazakhs have been recruited by Russian private military companies.",
    "Some 50 Nepalis signed a contract with the Russian army last year.",
])
def test_a_contract_with_a_states_military_is_joining_its_side(claims_of, text):
    assert only(claims_of(text)).side == "RU"


@pytest.mark.parametrize("text, side", [
    ("Ukrainian shelling killed 12 Russian soldiers in the village.", "RU"),
    ("Two Israeli soldiers were killed in the south of the Strip on Tuesday.", "IL"),
    ("Azerbaijan said 50 of its troops had died in the offensive, and that 30 Armenian soldiers were killed.", "AM"),
])
def test_a_belligerent_states_fallen_soldiers_fall_on_its_side(claims_of, text, side):
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("text, side", [
    # going or being sent to a party joins it
    ("Around 70 Peruvians went to Ukraine over the winter.", "UA"),
    ("Officials believe some 25 Ghanaians have gone to Russia since March.", "RU"),
    ("Roughly 30 Brazilians travelled to Ukraine last year, a consulate said.", "UA"),
    # unless it is the enemy of their own state: they invade it
    ("About 400 Russian paratroopers were sent to Ukraine in the first week.", "RU"),
    ("Some 2,000 Azerbaijani soldiers went to Armenia during the clashes.", "AZ"),
])
def test_people_who_go_to_a_party_join_it_unless_it_is_their_states_enemy(claims_of, text, side):
    assert only(claims_of(text)).side == side


def test_each_count_joins_the_party_it_went_to(claims_of):
    found = claims_of("About 90 Kenyans went to Russia, and perhaps 12 went to Ukraine.")
    assert [c.side for c in found] == ["RU", "UA"]


@pytest.mark.parametrize("text, origin", [
    ("Azerbaijan said 85 of its soldiers died in the two-day offensive.", ["AZ"]),
    ("Armenia reported that 30 of its troops had been wounded.", ["AM"]),
    ("Ukraine acknowledged that about 60 of its servicemen were missing.", ["UA"]),
])
def test_a_states_own_soldiers_come_from_it(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text, origin", [
    # soldiers a state has, keeps or sent somewhere are its own, whoever was counted before
    ("Iraq has repatriated more than 10,000 of its citizens from the camps. The US has about 900 troops in Syria.",
     ["US"]),
    ("Rebels said they had killed 47 Malian soldiers. Russia has around 1,500 personnel in Mali, Western estimates "
     "say.", ["RU"]),
    ("Some 2,000 Sudanese fled across the border last month. France keeps about 1,000 soldiers in Chad.", ["FR"]),
])
def test_soldiers_a_state_has_or_sent_are_its_own(claims_of, text, origin):
    assert claims_of(text)[-1].origin == origin


@pytest.mark.parametrize("text", [
    # foreign nationals a state recruits are not its own citizens
    "Russia recruited more than 1,500 foreign nationals into its army in September alone.",
    "Kyiv says it has signed up about 800 foreign citizens since the spring.",
])
def test_foreign_citizens_a_state_recruits_are_not_its_own(claims_of, text):
    assert only(claims_of(text)).origin == []


@pytest.mark.parametrize("text, side", [
    ("Moscow admits 35 of its troops were captured in the raid.", "RU"),
    ("Kyiv says 140 of its soldiers are still held as prisoners of war.", "UA"),
    ("Russia said 22 of its servicemen had been taken prisoner near the border.", "RU"),
    ("Around 120 Ukrainian servicemen remain in captivity, officials said.", "UA"),
])
def test_a_belligerent_states_captured_soldiers_keep_its_side(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, own, carried", [
    # a linked sentence carries the figure before's source, and keeps its own speaker beside it
    ("About 900 Uzbeks joined the group, the interior ministry said. Of these, roughly 200 died, "
     "a London-based monitoring group estimated.", "a London-based monitoring group", "the interior ministry"),
    ("Some 3,000 men were recruited, a regional governor claimed. Among them, 150 deserted within "
     "weeks, Ekaterina Volkova of a rights charity said.", "Ekaterina Volkova", "a regional governor"),
])
def test_a_linked_sentence_lists_its_own_speaker_and_the_source_it_carries(claims_of, text, own, carried):
    sources = claims_of(text)[-1].attributed_to
    assert own in sources and carried in sources


@pytest.mark.parametrize("text, source", [
    # the tagger reads the verb as the noun of the phrase before it
    ("Economists at a Swiss bank estimate that 40,000 reservists have left their jobs.", "Economists at a Swiss bank"),
    ("Scholars at a Norwegian institute estimate that 2,500 fighters were killed.", "Scholars at a Norwegian institute"),
    ("Demographers at the national university estimate that 90,000 people fled.", "Demographers at the national university"),
])
def test_a_reporting_verb_read_as_a_noun_still_names_its_speaker(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text, source", [
    # the parser hangs the speaker on the place before it, with no subject for "said"
    ("Iran has sent about 3,000 Afghan fighters to Syria, a London-based monitor said on Monday, and more are expected.",
     "a London-based monitor"),
    ("Ankara flew some 400 Syrian men to Niger, a Paris-based researcher said in a report.", "a Paris-based researcher"),
    # guards: the parse that gives the speaker a subject already
    ("Some 300 recruits arrived last week, the state-run broadcaster reported.", "the state-run broadcaster"),
    ("At least 45 fighters died in the raid, a Paris-based rights group said on Friday.", "a Paris-based rights group"),
])
def test_a_hyphenated_participle_describes_the_closing_speaker(claims_of, text, source):
    assert claims_of(text)[0].attributed_to == [source]


@pytest.mark.parametrize("text, origin", [
    ("Nearly 900,000 Gazans have sheltered in tents along the coast.", ["PS"]),
    ("About 4,000 Rohingya reached the camps this week.", ["MM"]),
    ("More than 50,000 Tigrayans crossed into Sudan as refugees.", ["ET"]),
    ("Some 3,000 families fled West Darfur after the attack.", ["SD"]),
])
def test_peoples_and_regions_of_a_state_take_its_code(claims_of, text, origin):
    assert claims_of(text)[0].origin == origin


@pytest.mark.parametrize("text, origin, side", [
    # a state's own force, or its capital, sends the state's people; the dateline is no sender
    ("DAKAR — Russia's Africa Corps has deployed about 600 personnel to Mali, diplomats said.", ["RU"], "ML"),
    ("Kyiv dispatched roughly 500 soldiers to the border town.", ["UA"], "UA"),
    ("Moscow has called up some 20,000 reservists this month.", ["RU"], "RU"),
])
def test_a_states_force_or_capital_sends_its_own_people(claims_of, text, origin, side):
    claim = only(claims_of(text))
    assert (claim.origin, claim.side) == (origin, side)


@pytest.mark.parametrize("text", [
    "Syrians in Libya\n\nTurkey flew 5,000 Syrian fighters to Libya, a monitor says. On the other side, Russia's "
    "Wagner group deployed about 2,000 fighters to back the eastern commander.",
    "Russia's Wagner group deployed about 2,000 fighters to Libya.",
])
def test_a_force_whose_name_gives_its_state_sends_that_states_people(claims_of, text):
    assert claims_of(text)[-1].origin == ["RU"]


@pytest.mark.parametrize("text, side", [
    ("Hezbollah has roughly 40,000 fighters, Western analysts believe.", "Hezbollah"),
    ("In the north, where the RSF had about 8,000 men, the front held.", "Rapid Support Forces"),
    ("Hamas still fields some 12,000 gunmen, the army estimates.", "Hamas"),
])
def test_a_party_that_has_fighters_is_their_side(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text", [
    "Police arrested six Chechen men over the bombing in the capital that killed 40 people.",
    "Three Uzbeks were charged after the siege at the school, which killed 31 people.",
    "Investigators say two Kyrgyz gunmen carried out the shooting that killed 19 people.",
])
def test_the_victims_of_an_attack_are_not_the_people_held_for_it(claims_of, text):
    assert claims_of(text)[-1].origin == []


@pytest.mark.parametrize("text, source", [
    ("The head of the regional military hospital, who asked to be named only by her first name, says 70 soldiers "
     "died there.", "The head of the regional military hospital"),
    ("A spokesman for the regional police, who spoke on condition of anonymity, said 14 men were detained.",
     "A spokesman for the regional police"),
    ("The founder of a veterans' charity in Lviv, whose son serves in the army, said 300 volunteers had signed up.",
     "The founder of a veterans' charity in Lviv"),
])
def test_a_clause_after_a_comma_describes_the_speaker_and_is_no_part_of_the_name(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text", [
    "Recruiters approached the men: dozens were offered contracts at a hotel in the capital.",
    "Hundreds were promised salaries of $2,000 a month.",
    "Scores were offered a passport in exchange for a year at the front.",
])
def test_people_offered_or_promised_something_are_counted(claims_of, text):
    assert len(claims_of(text)) == 1


@pytest.mark.parametrize("text, event", [
    ("The army tried to recruit 5,000 men from the camps.", "mobilization"),
    ("The militia tried to persuade about 200 veterans to sign up.", None),
    ("At least 40 men were tried in a military court last week.", "detention"),
])
def test_trying_to_do_something_is_no_trial(claims_of, text, event):
    found = claims_of(text)
    assert (found[0].event if event else found[0].event != "detention") == (event or True)


@pytest.mark.parametrize("text, origin", [
    ("About 40 of them were Nepali nationals.", ["NP"]),
    ("Officials said 15 of the detainees are Tajik citizens.", ["TJ"]),
    ("Roughly 60 of the recruits were Kenyan men.", ["KE"]),
])
def test_what_a_share_is_said_to_be_gives_its_origin(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


def test_a_table_row_may_give_a_vague_count(claims_of):
    found = claims_of("Volunteers by country, according to the legion:\n\n- Georgia: 900\n- Canada: several hundred\n"
                      "- Brazil: dozens\n- Chile: 40\n")
    assert [(c.text, c.origin, c.low, c.high) for c in found] == [
        ("900", ["GE"], 900, 900), ("several hundred", ["CA"], 200, 999), ("dozens", ["BR"], 24, 99), ("40", ["CL"], 40, 40)]


@pytest.mark.parametrize("text, low", [
    ("Nearly 4m Syrians have sought refuge in Turkey since the war began.", 4_000_000),
    ("Moscow claims to have killed 1.3m Ukrainian troops, a number that cannot be checked.", 1_300_000),
    ("Some 2.5m people have fled the fighting, aid agencies estimate.", 2_500_000),
    ("About 3.5 mln residents were displaced by the floods of war.", 3_500_000),
])
def test_a_short_scale_after_a_number_counts_millions(claims_of, text, low):
    assert [c.low for c in claims_of(text)] == [low]


@pytest.mark.parametrize("text", [
    "The trench is 100m long and 300 soldiers hold it.",
    "Engineers dug a 40m tunnel; 300 soldiers hold it.",
])
def test_metres_are_no_people(claims_of, text):
    assert [c.text for c in claims_of(text)] == ["300"]


@pytest.mark.parametrize("text, source", [
    ("At least 900 foreigners have died, according to data compiled by a team of volunteers.", "a team of volunteers"),
    ("The militia has enlisted 7,000 boys, data compiled by a research group shows.", "a research group"),
    ("The army has lost 4,000 men, data collected by a research institute suggests.", "a research institute"),
])
def test_who_compiled_the_figures_speaks_for_them(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text, source", [
    ("About 70 civilians died, according to the Armed Violence Research & Monitoring Unit.",
     "the Armed Violence Research & Monitoring Unit"),
    ("Some 40 fighters were killed, the Conflict Records & Casualty Project said.", "the Conflict Records & Casualty Project"),
])
def test_an_ampersand_joins_one_name(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text, quantity", [
    ("The militia has recruited 5,000 boys. Another 2,000 are in training camps near the border.", "Another 2,000"),
    ("Some 800 Afghans were deported last week. Twelve hundred more are expected to follow.", "Twelve hundred"),
    ("Kyiv says 600 foreigners have joined. A further 150 are waiting for their papers.", "A further 150"),
    # a sentence that names no people at all
    ("The rebels said 6,000 fighters had entered the city. Thousands more were on the way.", "Thousands"),
    ("About 300 volunteers arrived on Monday. Another 200 are expected next week.", "Another 200"),
])
def test_a_count_that_adds_to_the_people_just_counted_counts_them_too(claims_of, text, quantity):
    assert [c.text for c in claims_of(text)][-1] == quantity


@pytest.mark.parametrize("text, origins", [
    ("Peru, Chile and Ecuador sent 400, 250 and 90 volunteers respectively.", [["PE"], ["CL"], ["EC"]]),
    ("Kenya and Uganda have lost 60 and 45 soldiers respectively.", [["KE"], ["UG"]]),
    # states that host the people named by their own nationality are no origin
    ("Poland and Germany host 950,000 and 1.1 million Ukrainian refugees respectively.", [["UA"], ["UA"]]),
])
def test_respectively_pairs_the_states_with_the_counts_in_order(claims_of, text, origins):
    assert [c.origin for c in claims_of(text)] == origins


@pytest.mark.parametrize("text, side", [
    ("Turkey says 30 PKK fighters were killed in the strikes.", "PKK"),
    ("Some 5,000 FARC fighters laid down their arms in 2017.", "FARC"),
    ("About 400 Tigrayan forces were captured, the army said.", "TPLF"),
])
def test_more_armed_groups_are_known_parties(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, quantity", [
    ("Hundreds of thousands have fled to camps outside the city.", "Hundreds of thousands"),
    ("The number of those abducted could be as high as 120, a charity said.", "as high as 120"),
    ("Tens of thousands were displaced by the offensive.", "Tens of thousands"),
])
def test_vague_and_capped_counts_of_people_named_only_by_what_befell_them(claims_of, text, quantity):
    assert [c.text for c in claims_of(text)] == [quantity]


@pytest.mark.parametrize("text", [
    "Syria's new authorities have absorbed about 3,000 foreign fighters into the army.",
    "The Syrian government has integrated some 2,000 former rebels into a new division.",
    "Damascus incorporated roughly 1,500 militiamen into its forces last year.",
])
def test_a_state_that_takes_fighters_into_its_forces_is_their_side(claims_of, text):
    assert only(claims_of(text)).side == "SY"


@pytest.mark.parametrize("text, origin", [
    ("US officials put Russian casualties at about 700,000.", ["RU"]),
    ("Western intelligence puts Ukrainian casualties — dead and injured — at roughly 400,000.", ["UA"]),
    ("Analysts put Armenian losses at 3,800.", ["AM"]),
    ("Friday's shelling brought Armenian losses in the village to 120.", ["AM"]),
    ("The ambush took Georgian casualties in the district to about 45.", ["GE"]),
    ("Heavy fighting has pushed Ukrainian losses on the island to roughly 900.", ["UA"]),
])
def test_casualties_put_at_a_figure_are_counted_with_their_people(claims_of, text, origin):
    claim = only(claims_of(text))
    assert (claim.origin, claim.event) == (origin, "casualty")


@pytest.mark.parametrize("text, event", [
    ("More than 8,000 men were caught trying to cross the river into Romania.", "detention"),
    ("Guards caught about 60 deserters near the border last month.", "detention"),
    # caught when, not caught in the crossfire
    ("Some 10,000 have been caught in the last six months alone.", "detention"),
    ("About 300 were apprehended at the border in March.", "detention"),
])
def test_people_caught_are_detained(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, event", [
    ("Its commander said about 1,000 Georgians have passed through the unit.", "mobilization"),
    ("Some 20,000 foreigners have passed through the legion since 2022.", "mobilization"),
    ("About 300 refugees passed through the town on Monday.", "displacement"),
])
def test_people_who_passed_through_a_force_served_in_it(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, event", [
    ("A rebel spokesman said 288 contractors had given themselves up.", "detention"),
    ("Some 40 soldiers gave themselves up to the rebels at dawn.", "detention"),
    ("About 30 militiamen handed themselves over to the army.", "detention"),
    ("Nine gunmen turned themselves in to police on Friday.", "detention"),
    ("Some 40 volunteers gave up their jobs to join the army.", "mobilization"),
])
def test_people_who_give_themselves_up_are_held(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text", [
    # a noun of the dead says what befell them, whatever the article says of others
    "The M23 said 6,000 fighters had entered the city. Rescuers have counted at least 111 bodies since the "
    "weekend, a civic leader said.",
    "Rebels deployed 3,000 fighters to the town. Another 2,000 arrived on Monday. We have collected more than a "
    "hundred bodies, he said.",
])
def test_the_dead_named_by_their_noun_are_casualties(claims_of, text):
    assert claims_of(text)[-1].event == "casualty"


@pytest.mark.parametrize("text, event", [
    # the people a count is among say what befell it; a station is a place, not a deployment
    ("Villagers told a local radio station that at least 14 civilians were among the dead.", "casualty"),
    ("Two Britons were among the detainees, police told a television station.", "detention"),
    ("Some 300 Syrians were among the refugees who reached the island.", "displacement"),
    # "sent ... to back" a party is no return
    ("Turkey sent several thousand Syrian fighters to back the Tripoli government.", "mobilization"),
])
def test_what_people_are_counted_among_is_what_befell_them(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, event", [
    # sent back or home is a return, unless it is to the war
    ("In the past month about 30,000 people were sent back across the border crossing.", "other"),
    ("Some 400 Afghans were sent home from the border last week.", "other"),
    ("About 200 soldiers were sent back to the front after a week of rest.", "mobilization"),
    # fighters who shelter somewhere hide there; people who shelter have fled
    ("The group is said to have about 6,000 fighters sheltering in the mountains.", "mobilization"),
    ("About 5,000 people are sheltering in schools in the city.", "displacement"),
    # a force that leaves a place withdraws; people who leave a town or a region flee it
    ("A regional force of about 2,000 troops left the province last year.", "other"),
    ("About 100,000 Armenians have left Karabakh since the offensive.", "displacement"),
    ("Some 2,000 residents left the city overnight.", "displacement"),
    # people who cross into another country or over the border flee; fighters who cross go to fight
    ("More than 200,000 Russians have crossed into Kazakhstan since the call-up began, officials said.",
     "displacement"),
    ("Some 6,000 Ukrainian men have crossed the border illegally since the war began.", "displacement"),
    ("About 300 foreign fighters crossed into Syria last month.", "mobilization"),
])
def test_where_people_are_sent_or_stay_or_leave_says_what_befell_them(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, origin", [
    # a share of a whole counted in the same sentence comes from where the whole does
    ("Ghana says 52 of its citizens have gone to Russia. Kyiv says more than 1,400 citizens of 36 African countries "
     "fight for Russia and that at least 316 of them have been killed.", []),
    ("Nepal's embassy counted 200 Nepalis in the army. A monitor says 3,000 foreigners have joined, and that 40 of "
     "them are dead.", []),
])
def test_a_share_of_the_sentences_whole_comes_from_where_it_does(claims_of, text, origin):
    assert claims_of(text)[-1].origin == origin


@pytest.mark.parametrize("text, origins", [
    ("Israel's army said its raids had killed about 80 gunmen in the hills and that two of its soldiers had been "
     "wounded.", [[], ["IL"]]),
    ("Azerbaijan said its drones had destroyed 12 tanks and killed 40 fighters, and that five of its troops had "
     "died.", [[], ["AZ"]]),
])
def test_whose_soldiers_they_are_says_nothing_of_the_others_counted_beside_them(claims_of, text, origins):
    assert [c.origin for c in claims_of(text)] == origins


@pytest.mark.parametrize("text, side", [
    # arrested at home, on no side
    ("Ukrainian border guards detained 45 men trying to reach Moldova on foot.", None),
    ("Russian police arrested 30 men who had refused the call-up.", None),
    # captured in war, on the side they fought for
    ("Ukrainian troops captured 12 North Korean soldiers near the village.", "RU"),
])
def test_only_captives_of_war_take_their_captors_enemy_as_side(claims_of, text, side):
    assert only(claims_of(text)).side == side


_DRAFT_WAR = "Ukraine's army is short of soldiers as the war drags on. "


@pytest.mark.parametrize("text, event", [
    # the draft they avoid is no call-up of theirs, and they fight for no one
    ("At least 30 Ukrainian men have drowned trying to swim the river to avoid mobilisation.", "casualty"),
    ("Some 6,000 men fled to Moldova to escape being drafted.", "displacement"),
    ("Police detained 40 draft dodgers at a checkpoint on Monday.", "detention"),
    ("Border guards caught 12 draft evaders hiding in a lorry.", "detention"),
    ("Thousands of men have left for Hungary to avoid the draft.", "displacement"),
    ("Some 300 men crossed into Romania to escape mobilisation, border guards said.", "displacement"),
    ("About 300 conscientious objectors refused to serve.", "other"),
])
def test_people_avoiding_the_draft_are_on_no_side(claims_of, text, event):
    claim = only(claims_of(_DRAFT_WAR + text))
    assert (claim.event, claim.side) == (event, None)


def test_avoiding_the_draft_in_another_counts_clause_leaves_the_mobilised_alone(claims_of):
    text = "Some 1,000 local men have been mobilised into the army, while thousands of others left for Hungary to avoid the draft."
    assert [c.event for c in claims_of(text)] == ["mobilization", "displacement"]


def test_men_who_cross_a_border_in_a_war_story_are_displaced_on_no_side(claims_of):
    text = ("Ukraine's army has mobilised 200,000 soldiers this year. More than 6,000 Ukrainian men have fled "
            "to Romania since the invasion.")
    soldiers, men = claims_of(text)
    assert (soldiers.side, men.event, men.side) == ("UA", "displacement", None)


@pytest.mark.parametrize("text, event", [
    ("Ankara has flown about 1,800 Syrian fighters to Libya since January.", "mobilization"),
    ("Some 400 recruits were bussed to the front to back the army.", "mobilization"),
    ("Dozens of fighters were smuggled into Syria through the mountains.", "mobilization"),
    # carried out of a country they are evacuated
    ("Some 500 Britons were flown out of Sudan on Sunday.", "displacement"),
])
def test_people_carried_somewhere_are_sent_there(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, side", [
    ("The government in Tripoli has held off the siege. Haftar's forces are backed by several hundred Russian "
     "mercenaries, UN experts say.", "Libyan National Army"),
    ("Ankara backs the government in Tripoli. The troops of the eastern strongman Khalifa Haftar, who hold Benghazi, "
     "are supported by about 1,000 Sudanese fighters.", "Libyan National Army"),
    ("The RSF is reinforced by about 2,000 fighters from across the Sahel.", "Rapid Support Forces"),
    ("Hamas gunmen were helped by about 150 fighters from smaller factions.", "Hamas"),
    # a state's own troops serve the state, whomever they back
    ("The rebels are aided by about 3,000 Ugandan soldiers, a UN panel found.", "UG"),
])
def test_those_who_back_a_party_fight_for_it(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, origin", [
    # the state named before "-backed" or "-trained" acts on the people; it is not where they are from
    ("About 3,000 Rwanda-backed rebels seized the town.", []),
    ("Some 500 Iranian-trained militiamen crossed the border.", []),
    ("Some 700 Turkish-backed Syrian fighters were sent north.", ["SY"]),
])
def test_a_state_that_backs_people_is_not_their_origin(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text", [
    "Several hundred Chechen exiles serve in volunteer battalions.",
    "Some 300 Belarusian emigres have joined the regiment.",
])
def test_exiles_are_people(claims_of, text):
    assert len(claims_of(text)) == 1


def test_a_force_that_moves_abroad_late_in_a_story_set_at_home_keeps_its_side(claims_of):
    text = ("Wagner's mutiny ended within a day. The defence ministry said 3,000 Wagner fighters had signed army "
            "contracts after the revolt. Prigozhin, who led the march, said his men were loyal. Officials said "
            "the rest moved to Belarus.")
    assert claims_of(text)[0].side == "RU"


@pytest.mark.parametrize("text, status", [
    # a party that does not own up to something leaves the figure as its source gave it
    ("Seoul says about 200 North Korean soldiers have died. Pyongyang has not confirmed that its troops are there.",
     "attributed"),
    ("Kyiv said 90 Russian soldiers were killed in the strike. Moscow has not confirmed any losses.", "attributed"),
    # a reporter or a monitor that could not check it makes it unconfirmed
    ("Seoul says about 200 North Korean soldiers have died. The figure could not be verified.", "unconfirmed"),
    ("Kyiv said 90 Russian soldiers were killed in the strike. Reporters could not confirm the toll.", "unconfirmed"),
])
def test_a_party_that_does_not_confirm_is_no_caveat(claims_of, text, status):
    assert only(claims_of(text)).status == status


def test_a_table_row_may_give_a_range_and_its_source_in_brackets(claims_of):
    text = ("Estimates of the foreigners in the army differ by country:\n\n- Peru: up to 400 (a veterans' union)\n"
            "- Ghana: 1,000 to 1,500 (local press)\n- Laos: about 60\n")
    rows = claims_of(text)
    assert [(c.text, c.origin, c.attributed_to) for c in rows] == [
        ("up to 400", ["PE"], ["a veterans' union"]),
        ("1,000 to 1,500", ["GH"], []),  # "local press" names no one
        ("about 60", ["LA"], []),
    ]


@pytest.mark.parametrize("text", [
    "Some 70 Israeli soldiers have died on the northern front. Israel said it killed some 1,200 Hezbollah members.",
    "About 400 Sudanese soldiers died in the battle. The army says it has killed about 3,000 RSF fighters.",
    "Twelve Turkish soldiers were killed last month. Turkey says it neutralised 40 PKK militants.",
])
def test_a_group_named_by_its_party_does_not_come_from_the_partys_enemy(claims_of, text):
    enemies = claims_of(text)[-1]
    assert not set(enemies.origin) & {"IL", "SD", "TR"}


@pytest.mark.parametrize("text, event", [
    # leaving a place for one's own country, or as civilians, is flight
    ("Some 80,000 Armenians left the enclave of Karabakh for Armenia within a week.", "displacement"),
    ("About 3,000 civilians left Kherson on Sunday.", "displacement"),
    # leaving one's country for another is mostly going to fight there
    ("Around 250 people have left Belgium for Syria since 2012.", "mobilization"),
])
def test_leaving_a_place_is_flight_or_a_journey_to_fight(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, event", [
    ("Of roughly 4,000 Europeans who travelled, about a third have come back, the study found.", "mobilization"),
    ("Of some 900 Tunisians who enlisted, about half have returned home.", "mobilization"),
])
def test_the_whole_that_opens_a_sentence_keeps_its_own_event(claims_of, text, event):
    assert claims_of(text)[0].event == event


@pytest.mark.parametrize("text, whole, part", [
    # what the part's own clause says of it (its speaker, hedge or fate) is not said of the whole
    ("The militia still holds 75 captives, of whom the army believes about 20 are dead.",
     ("detention", [], "asserted"), ("casualty", ["the army"], "attributed")),
    ("Kyiv holds some 6,000 prisoners, of whom about 300 are thought to be foreigners.",
     ("detention", [], "asserted"), ("detention", [], "hedged")),
])
def test_a_part_clause_speaks_only_of_the_part(claims_of, text, whole, part):
    first, second = claims_of(text)
    assert (first.event, first.attributed_to, first.status) == whole
    assert (second.event, second.attributed_to, second.status) == part


@pytest.mark.parametrize("text", [
    "Some 300 fighters and 20 civilians are believed dead.",
    "Dozens of migrants are feared dead after the boat sank off the coast.",
    "About 40 soldiers are presumed dead after the ambush.",
])
def test_believed_or_feared_dead_is_hedged(claims_of, text):
    assert {c.status for c in claims_of(text)} == {"hedged"}


@pytest.mark.parametrize("text, origin", [
    ("Rights groups say several thousand Uzbeks, Tajiks and Kyrgyz have signed army contracts.", ["UZ", "TJ", "KG"]),
    ("About 300 Syrians and Iraqis were killed in the battle for the town.", ["SY", "IQ"]),
    ("Some 40 Chileans and Peruvians joined the legion last year.", ["CL", "PE"]),
    ("Rebels said they had killed dozens of Russian mercenaries and Malian soldiers.", ["RU", "ML"]),
    ("About 60 Chadian troops and Nigerien gendarmes were wounded in the raid.", ["TD", "NE"]),
])
def test_peoples_listed_together_share_the_count(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


def test_a_people_listed_with_a_count_of_its_own_is_counted_apart(claims_of):
    assert [c.origin for c in claims_of("About 300 Syrians and 20 Iraqis were killed.")] == [["SY"], ["IQ"]]


@pytest.mark.parametrize("text, side", [
    ("Hezbollah says it has lost more than 500 fighters since the fighting began.", "Hezbollah"),
    ("The RSF said it had recruited about 20,000 fighters in Darfur.", "Rapid Support Forces"),
    ("Hamas said they had lost about 6,000 fighters in the war.", "Hamas"),
])
def test_it_in_what_a_party_says_is_the_party(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, origin", [
    ("Tajikistan's embassy says it knows of at least 50 of its citizens who have died.", ["TJ"]),
    ("Nepal's foreign ministry said 12 of its citizens were missing.", ["NP"]),
])
def test_a_states_organ_speaks_for_the_state_whose_citizens_it_counts(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


def test_a_pronoun_speaker_in_an_interview_is_the_person_its_headline_describes(claims_of):
    text = ("Interview: a Danish nurse on the front line\n\nShe spent a year near Kupiansk and Lyman.\n\n"
            "\"Some nights we took in 25 wounded soldiers,\" she said.")
    assert only(claims_of(text)).attributed_to == ["a Danish nurse"]


@pytest.mark.parametrize("text, event", [
    ("Oslo said Norwegians were free to join the fight. The security police think around 90 Norwegian citizens "
     "have done so.", "mobilization"),
    ("Kyiv urged foreigners to enlist in its legion. About 2,000 people did so in the first week, it said.",
     "mobilization"),
])
def test_done_so_repeats_what_the_sentence_before_said(claims_of, text, event):
    assert claims_of(text)[-1].event == event


def test_a_semicolon_parts_the_fates_of_the_people_on_each_side(claims_of):
    text = "Of the 300 returnees, 120 are children and 40 women; the men were arrested on arrival."
    assert [c.event for c in claims_of(text)][1:] == ["other", "other"]


@pytest.mark.parametrize("text", [
    "Russia invaded Ukraine in 2022. Thousands of Kazakhs have signed up to fight for Moscow since then. Astana has "
    "prosecuted about a dozen men who came back.",
    "Ukraine's legion has recruited thousands. A Danish court convicted three men who had served in it.",
    "Many Serbs fought in Donbas. Belgrade has charged some 40 of them under its mercenary law.",
    "Islamic State has claimed the attack. Police later detained 11 men suspected of helping the gunmen.",
])
def test_people_tried_at_home_are_on_no_side(claims_of, text):
    assert claims_of(text)[-1].side is None


@pytest.mark.parametrize("text", [
    "Some 120 Indians joined the army. Of them, 80 have been discharged.",
    "About 40 were demobilised last month.",
])
def test_people_discharged_are_counted(claims_of, text):
    assert claims_of(text)[-1].event == "other"


@pytest.mark.parametrize("text, side", [
    ("Kyiv's troops have taken more than 2,000 Russian servicemen prisoner this month, the army said.", "RU"),
    ("The rebels took about 300 government soldiers prisoner near the airport.", None),
])
def test_soldiers_taken_prisoner_keep_their_side(claims_of, text, side):
    claim = only(claims_of(text))
    assert (claim.event, claim.side if side else None) == ("detention", side)


@pytest.mark.parametrize("text, origin", [
    ("Israel's army lost 80 soldiers in the north. Moscow says Ukraine has lost more than 40,000 soldiers in Kursk.",
     ["UA"]),
    ("Armenian troops held the ridge for a week. Yerevan says Azerbaijan lost some 2,000 troops there.", ["AZ"]),
])
def test_a_state_that_lost_soldiers_is_where_they_came_from(claims_of, text, origin):
    assert claims_of(text)[-1].origin == origin


def test_their_after_a_list_of_states_is_every_one_of_them(claims_of):
    text = "Ecuador, Peru and Brazil have also seen dozens of their citizens sign up to fight."
    assert only(claims_of(text)).origin == ["EC", "PE", "BR"]


def test_convicts_pardoned_after_fighting_keep_their_side(claims_of):
    text = ("Wagner recruited some 50,000 convicts to fight in Ukraine. About 20,000 convicts have since been pardoned "
            "after six months at the front.")
    assert claims_of(text)[-1].side == "RU"


@pytest.mark.parametrize("text, low", [
    ("A commander estimated their number at 2,000 or more.", 2000),
    ('The officer put their number at "about 1,500 or a little more".', 1500),
    ("Their number is 600 or slightly more, the unit said.", 600),
])
def test_a_figure_with_a_floor_after_it_is_counted(claims_of, text, low):
    claim = only(claims_of(text))
    assert (claim.low, claim.high) == (low, None)


@pytest.mark.parametrize("text, sources", [
    ("The monitor says it believes about 1,500 foreigners serve in the brigade.", ["The monitor"]),
    ("Latvian officials said they estimated that 40 Latvians had gone to fight.", ["Latvian officials"]),
    ("The commander said he thought 200 of his men had been killed.", ["The commander"]),
    ("The agency said he claimed 500 volunteers had joined.", ["he", "The agency"]),
])
def test_a_pronoun_that_reports_inside_a_speakers_words_is_that_speaker(claims_of, text, sources):
    assert only(claims_of(text)).attributed_to == sources


@pytest.mark.parametrize("text", [
    "Astana said 9,000 Russians had crossed, while Tbilisi's border police counted about 7,000.",
    "The army said 300 had deserted, whereas a rights group recorded some 450.",
])
def test_a_figure_set_against_anothers_is_its_own_speakers_alone(claims_of, text):
    first, second = claims_of(text)
    assert len(first.attributed_to) == 1 and len(second.attributed_to) == 1
    assert first.attributed_to != second.attributed_to


@pytest.mark.parametrize("text", [
    "Russia has charged 30 Ukrainian marines with terrorism.",
    "A Russian court has jailed 12 Ukrainian soldiers captured at the plant.",
])
def test_soldiers_tried_by_the_enemy_keep_their_side(claims_of, text):
    claim = only(claims_of(text))
    assert (claim.event, claim.side) == ("detention", "UA")


def test_a_state_trying_its_own_citizens_tries_them_at_home(claims_of):
    claim = only(claims_of("Kyiv has charged 300 Ukrainian citizens with collaboration."))
    assert (claim.event, claim.side) == ("detention", None)


@pytest.mark.parametrize("text", [
    "Minsk has opened criminal cases against more than 300 people it accuses of fighting for Ukraine.",
    "Prosecutors have opened cases against 25 men suspected of fighting for Russia.",
    "Criminal proceedings were started against 14 veterans of the militia.",
    "A case has been opened against 60 recruits who joined the rebels.",
    # a penalty given to them
    "Belarusian courts have handed down sentences to at least 25 volunteers who fought abroad.",
    "Judges gave prison terms to 12 men who had joined the militia.",
])
def test_people_a_legal_case_is_opened_against_are_prosecuted_on_no_side(claims_of, text):
    claim = only(claims_of(text))
    assert (claim.event, claim.side) == ("detention", None)


@pytest.mark.parametrize("text, origin", [
    ("Moldovan prosecutors have charged 37 citizens with fighting abroad.", ["MD"]),
    ("Nepal's foreign ministry says 40 citizens died fighting for Russia.", ["NP"]),
    ("Kenyan police are questioning 15 citizens who returned from the front.", ["KE"]),
    ("Ukraine's intelligence service says 1,400 citizens of African states have joined Russia's army.", []),
])
def test_citizens_a_states_organs_act_on_are_that_states(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text, origin", [
    ("Kenya, which has lost more than 100 soldiers in Somalia, will keep its troops there.", ["KE"]),
    ("Burundi, which has lost dozens of soldiers to the insurgents, wants more money.", ["BI"]),
])
def test_a_state_that_lost_soldiers_in_a_clause_on_it_is_their_origin(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text, origin", [
    ("Kyiv and Moscow swap prisoners\n\nAmong the Ukrainians freed were 22 guardsmen, Kyiv said. Moscow said the "
     "Russians returned included 15 conscripts captured in the border region.", ["RU"]),
    ("Kyiv and Moscow swap prisoners\n\nAmong the Russians freed were 30 conscripts, Moscow said. Kyiv said the "
     "Ukrainians released included 40 marines taken at the port.", ["UA"]),
])
def test_a_whole_whose_participle_the_parser_reads_as_a_verb_still_gives_its_part_origin(claims_of, text, origin):
    assert claims_of(text)[-1].origin == origin


@pytest.mark.parametrize("text, origin", [
    ("The Belarusian regiment, a unit fighting alongside Ukraine's army, has lost 40 of its men.", ["BY"]),
    ("The Polish brigade, which fights for the Ukrainian army, has lost dozens of volunteers.", ["PL"]),
    ("The Latvian company, formed to fight beside Ukrainian forces, has lost 12 members.", ["LV"]),
])
def test_the_side_a_unit_fights_for_is_not_where_its_lost_people_come_from(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text, origin", [
    ("Burundi said it would keep its contingent of about 2,000 in the mission.", ["BI"]),
    ("A Kenyan contingent of 400 arrived on Tuesday.", ["KE"]),
    ("Chad sent a force of 1,500 to the north of Mali.", ["TD"]),
    ("Rwanda will keep its contingent of 4,000 soldiers in Mozambique.", ["RW"]),
])
def test_a_body_of_people_says_whose_people_it_counts(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text", [
    "Two Americans were freed in the swap, along with eight other foreigners.",
    "Three Germans and four other Europeans were arrested at the border.",
])
def test_other_people_are_not_those_named_before_them(claims_of, text):
    first, second = claims_of(text)
    assert first.origin and second.origin == []


@pytest.mark.parametrize("text, event", [
    ("The killing of 500 civilians drew condemnation.", "casualty"),
    ("The execution of 12 prisoners was filmed by the militants.", "casualty"),
    ("The abduction of 30 pupils shocked the country.", "detention"),
    ("The state is seeking the prosecution of 30 returnees.", "detention"),
])
def test_a_noun_for_what_befell_people_is_their_event(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, source", [
    ("Kyiv accused Moscow of deploying 10,000 more troops to the border.", ["Kyiv"]),
    ("Russia accuses Ukraine of killing 50 civilians in the strike.", ["Russia"]),
])
def test_an_accusation_is_its_accusers_claim(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text", [
    "Some 200 Georgians fight for Ukraine, their legion says. Two Georgians captured near Bakhmut were later freed "
    "in a swap.",
    "About 1,500 Americans are serving in Ukraine's army. Three Americans were captured in the east and later freed in "
    "an exchange.",
])
def test_foreign_fighters_taken_captive_keep_their_side(claims_of, text):
    claim = claims_of(text)[-1]
    assert (claim.event, claim.side) == ("detention", "UA")


def test_an_article_on_bringing_people_home_from_camps_is_in_scope(claims_of):
    text = ("Tajikistan brings back families from Syrian camps\n\nDUSHANBE — Tajikistan has repatriated 84 women and "
            "children from camps in northeast Syria, the foreign ministry said. The returnees will spend a month in "
            "a rehabilitation centre.")
    assert [c.text for c in claims_of(text)] == ["84"]


@pytest.mark.parametrize("text", [
    "About 20,000 Iraqis remain in the camp, officials estimate.",
    "Some 300 Britons still remain in camps in northeast Syria.",
    "Dozens of fighters stayed in prison after the amnesty.",
])
def test_people_who_remain_where_they_are_held_are_held(claims_of, text):
    assert only(claims_of(text)).event == "detention"


@pytest.mark.parametrize("text", [
    'The commander, who gave his call sign as "Thirteen", said none of his men had died.',
    'A sniper known as "Forty" told us about the front.',
])
def test_a_number_given_as_a_name_counts_no_one(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, group", [
    ("The army has trained 300 drone operators this year.", "drone operators"),
    ("The navy lost 12 drone pilots in the raid.", "drone pilots"),
    ("The unit has grown to about 200 operators and technicians, its commander said.", "operators"),
])
def test_people_named_after_a_machine_are_counted(claims_of, text, group):
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text, source", [
    ("The war has killed at least 28,000 people, according to the Armed Conflict Location and Event Data Project.",
     "the Armed Conflict Location and Event Data Project"),
    ("At least 300 died, according to Doctors Without Borders and the Red Cross.", "Doctors Without Borders"),
    ("Reporters Without Borders says 40 journalists have been killed.", "Reporters Without Borders"),
    ("At least 300 died, according to Human Rights Watch and Amnesty International.", "Human Rights Watch"),
])
def test_an_organisations_whole_name_is_its_source(claims_of, text, source):
    assert only(claims_of(text)).attributed_to[:1] == [source]


def test_a_lede_that_says_no_count_was_published_credits_no_one_with_later_figures(claims_of):
    text = ("How many volunteers?\n\nThe legion has never published a full count. Its officers speak of a few "
            "thousand members. The largest groups, according to Moscow's ministry, came from:\n- Poland: 2,960")
    assert claims_of(text)[0].attributed_to == ["Its officers"]  # its own speakers, not the ministry named later


@pytest.mark.parametrize("text, source", [
    ("Independent researchers who tracked social media and obituaries estimated in 2023 that between 2,000 and "
     "3,000 foreigners were serving.", "Independent researchers"),
    ("Academics who studied social media and obituaries estimated in 2022 that some 800 Chechens were fighting.",
     "Academics"),
])
def test_a_speaker_the_parser_hangs_on_its_own_clause_still_speaks(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text", [
    "The largest groups came from:\n- Poland: 2,960\n- Georgia: 1,042",
    "Most of the volunteers hail from:\n- Chile: 300\n- Peru: 250",
])
def test_rows_under_a_caption_of_where_people_came_from_count_arrivals(claims_of, text):
    assert [c.event for c in claims_of(text)] == ["mobilization", "mobilization"]


@pytest.mark.parametrize("text, event", [
    ("More than 1,000 Afghans deported from Iran have joined Russia's army.", "mobilization"),
    ("Some 300 Nepalis recruited by Russia have died.", "casualty"),
    ("Forty people wounded in the strike were evacuated.", "casualty"),
])
def test_what_befalls_people_now_outweighs_what_a_participle_says_befell_them(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text", [
    "Of the 40,000 held in the camp, 6,000 are foreigners from countries other than Iraq and Syria.",
    "Ukraine holds 100 foreign prisoners from 32 countries, not including Russians and Belarusians.",
])
def test_states_excepted_from_a_count_are_not_its_origin(claims_of, text):
    claim = claims_of(text)[-1]
    assert not {"IQ", "SY", "RU", "BY"} & set(claim.origin)


@pytest.mark.parametrize("text, side", [
    ("Ukraine says it captured five soldiers near Kursk.", "RU"),
    ("Russia said it had killed 300 soldiers near Bakhmut.", "UA"),
])
def test_those_a_warring_state_kills_or_holds_fought_for_its_enemy(claims_of, text, side):
    """The enemy's soldiers come from the enemy, never from the state that kills or holds them."""
    claim = only(claims_of(text))
    assert (claim.origin, claim.side) == ([side], side)


@pytest.mark.parametrize("text, side", [
    ("More than 40,000 men from the region have taken part in Russia's war in Ukraine.", "RU"),
    ("Some 2,000 Belarusians fought in Ukraine's defence of Kyiv.", "UA"),
    ("About 300 reservists served in Israel's offensive in Gaza.", "IL"),
])
def test_people_who_take_part_in_a_partys_war_fight_for_it(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, killer", [
    ("Rwanda, which has 4,000 troops in the province, said its forces had killed 14 of the attackers.", "RW"),
    ("Kenya has 3,000 soldiers in Somalia. Kenyan troops killed 30 militants near the border.", "KE"),
])
def test_fighters_a_party_kills_do_not_fight_for_it(claims_of, text, killer):
    assert claims_of(text)[-1].side != killer


def test_a_states_soldiers_killed_by_a_mutiny_keep_their_side(claims_of):
    text = "Wagner fighters shot down a plane on the way, killing at least 13 Russian airmen."
    claim = only(claims_of(text))
    assert (claim.origin, claim.side) == (["RU"], "RU")


def test_fighters_killed_as_a_state_takes_a_place_fought_for_its_enemy(claims_of):
    text = "Russia's army said it had taken the village, killing about 200 soldiers."
    assert only(claims_of(text)).side == "UA"


def test_taking_part_in_a_partys_war_outweighs_the_side_the_article_gives_others(claims_of):
    text = ("Chechens in Ukraine\n\nTwo Chechen battalions of exiles fight on Ukraine's side. Kyiv says 800 Chechens "
            "serve in them. Grozny says more than 40,000 men from the region have taken part in Russia's war.")
    assert claims_of(text)[-1].side == "RU"


def test_a_body_the_lede_says_published_figures_speaks_for_those_given_after(claims_of):
    text = ("Ministry updates its count\n\nThe defence ministry has released new figures on foreign fighters.\n\n"
            "Chile has sent the most, with 2,960.\n\nThe ministry said 5,962 of the fighters had died.")
    assert claims_of(text)[0].attributed_to == ["The ministry"]


@pytest.mark.parametrize("text, event", [
    ("Five soldiers captured by Ukraine were shown on video.", "detention"),
    ("Forty men detained at the border appeared in court.", "detention"),
])
def test_a_participle_on_people_says_what_befell_them_when_nothing_else_does(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text", [
    "Militia accused of killing 40 villagers in raid",
    "Army unit accused of executing 12 prisoners near the border",
    "Police accused of beating 30 protesters to death",
])
def test_a_headline_naming_the_accused_names_no_accuser(claims_of, text):
    assert only(claims_of(text)).attributed_to == []


@pytest.mark.parametrize("text, group", [
    ("We have buried 48 of our brothers since the spring, the commander said.", "our brothers"),
    ("Gunmen shot her two brothers outside the mosque.", "her two brothers"),
    ("Twelve of our comrades fell in the assault on the bridge.", "our comrades"),
    ("Police made 250 arrests after the riots in the capital.", "arrests"),
    ("Gangs carried out 30 kidnappings in the province last year.", "kidnappings"),
    ("At the front we had dozens of new guys every week.", "new guys"),
    ("About 150 of the applicants have finished basic training.", "applicants"),
    ("The legion turned away more than 2,000 applicants last year.", "applicants"),
])
def test_kin_comrades_applicants_and_counted_acts_against_people_are_counts(claims_of, text, group):
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text, low", [
    ("The security mission in the capital is meant to number 2,500 officers.", 2500),
    ("The rebel ranks could number 10,000 fighters by the summer.", 10000),
    ("The new brigade will number 4,000 soldiers, the army said.", 4000),
])
def test_number_as_a_verb_after_to_or_a_modal_counts(claims_of, text, low):
    assert only(claims_of(text)).low == low


@pytest.mark.parametrize("text", [
    "The regiment claims 1,000 men, but the number of fighters at the front is nearer 300.",
    "The number of fighters at the front is closer to 300, analysts say.",
    "Analysts put their strength in the region of 300 fighters.",
])
def test_nearer_or_in_the_region_of_a_figure_is_approximate(claims_of, text):
    claim = claims_of(text)[-1]
    assert (claim.low, claim.high, claim.qualifier) == (300, 300, "approximate")


@pytest.mark.parametrize("text, side", [
    ("Israel's military said it had struck 40 targets in Gaza and killed about 30 militants.", "Hamas"),
    ("Moscow said its troops advanced near the town and killed 300 soldiers.", "UA"),
])
def test_the_doer_of_a_second_verb_is_the_subject_of_the_first(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text", [
    "Rebels said they killed 40 Wagner fighters in Mali near the Algerian border. Mali's army denied it.",
    "In Mali, rebels ambushed a convoy near the Mauritanian border and killed 30 Wagner fighters, Mali's army said.",
])
def test_a_border_named_after_a_neighbour_does_not_set_the_story_there(claims_of, text):
    assert claims_of(text)[0].side == "ML"


@pytest.mark.parametrize("text, origin", [
    ("A rebel spokesman said 84 Wagner fighters and 47 local soldiers had died.", ["RU"]),
    ("About 1,000 Africa Corps troops are stationed near the capital.", ["RU"]),
    ("Rebels took seven Wagner and Malian government fighters hostage.", ["ML", "RU"]),
])
def test_a_force_a_state_sends_abroad_is_of_that_state(claims_of, text, origin):
    assert sorted(claims_of(text)[0].origin) == origin


@pytest.mark.parametrize("text, group", [
    ("Dozens of Wagner and government fighters were killed.", "Wagner and government fighters"),
    ("Scores of Hamas and Islamic Jihad militants were detained.", "Hamas and Islamic Jihad militants"),
])
def test_people_named_after_two_groups_are_counted(claims_of, text, group):
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text, event", [
    ("Police say about 250 of the fighters have returned, while some 100 were killed.", "other"),
    ("Some 60 of the men have come back, whereas 20 were captured.", "other"),
    ("About 300 volunteers enlisted last month, while 40 others were wounded.", "mobilization"),
])
def test_a_clause_about_others_does_not_say_what_befell_the_first(claims_of, text, event):
    assert claims_of(text)[0].event == event


@pytest.mark.parametrize("text, source", [
    ("HAVANA - Cuban authorities say they have arrested 17 recruiters.", ["Cuban authorities"]),
    ("GOMA — Rebel commanders said 40 soldiers had surrendered.", ["Rebel commanders"]),
    ("Tuareg-led rebels said they had killed 40 soldiers.", ["Tuareg-led rebels"]),
    ("Kurdish-led forces said 120 guards were killed in the raid.", ["Kurdish-led forces"]),
    ("BAMAKO — Tuareg rebels said they had killed dozens of soldiers.", ["Tuareg rebels"]),
    ("ADEN — Houthi fighters said they had captured 40 soldiers.", ["Houthi fighters"]),
    ("Putin ally Ramzan Kadyrov said 300 Chechens had volunteered.", ["Ramzan Kadyrov"]),
    ("KATHMANDU — Nepal's foreign ministry says at least 200 Nepali men are serving in the Russian army.",
     ["Nepal's foreign ministry"]),
    ("MANILA — Philippine police said 30 gunmen were arrested.", ["Philippine police"]),
])
def test_a_dateline_or_a_hyphened_description_is_not_the_speakers_name(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text, last", [
    ("A site reported two new battalions, citing a source in the regional administration. Each numbers about 500 "
     "fighters, the source said.", "the source (a source in the regional administration)"),
    ("A source close to the Wagner group said 300 men died. About 40 more are missing, the source said.",
     "the source (A source close to the Wagner group)"),
])
def test_the_source_named_again_is_the_one_the_text_tied_to_a_body(claims_of, text, last):
    assert claims_of(text)[-1].attributed_to == [last]


def test_sources_in_a_city_are_no_one(claims_of):
    assert only(claims_of("About 500 fighters arrived, sources in Kyiv said.")).attributed_to == []


@pytest.mark.parametrize("text, source", [
    ("Maria Lopez spent a year at the front.\n\n\"We were 40 when we came; now 12 of us remain,\" the 29-year-old "
     "told reporters.", ["Maria Lopez"]),
    ("Tomas Hruby joined the legion in 2022. The 45-year-old veteran said 30 Czechs served in his battalion.",
     ["Tomas Hruby"]),
])
def test_a_speaker_called_by_age_is_the_person_named_before(claims_of, text, source):
    assert claims_of(text)[-1].attributed_to == source


@pytest.mark.parametrize("text", [
    "She said she knew of about a dozen others who had volunteered.",
    "Police are looking for 20 others who fled the camp.",
])
def test_others_who_did_something_are_people(claims_of, text):
    assert len(claims_of(text)) == 1


@pytest.mark.parametrize("text, quantity, group", [
    ("Residents fled in their thousands as the rebels advanced.", "thousands", "Residents"),
    ("Volunteers arrived at the border in their hundreds.", "hundreds", "Volunteers"),
    ("Drones flew over the city in their hundreds.", None, None),
])
def test_people_who_come_in_their_hundreds_are_counted(claims_of, text, quantity, group):
    assert [(c.text, c.group) for c in claims_of(text)] == ([(quantity, group)] if quantity else [])


@pytest.mark.parametrize("text, counts", [
    ("One volunteer, a former ranger who asked not to be named, said his unit of about 120 men included fighters "
     "from nine countries.", [("about 120", "mobilization")]),
    ("One resident told reporters that 30 men were taken away.", [("30", "detention")]),
])
def test_one_quoted_speaker_is_no_count(claims_of, text, counts):
    assert [(c.text, c.event) for c in claims_of(text)] == counts


@pytest.mark.parametrize("text, source", [
    ("In the spring, the ministry says, 300 recruits arrived.", ["the ministry"]),
    ("Today, the commander says, only eight of the volunteers are still fighting.", ["the commander"]),
    ("Last year, the defence ministry said, about 500 foreigners enlisted.", ["the defence ministry"]),
])
def test_a_reporting_clause_set_before_the_count_speaks_for_it(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text, first_source", [
    ("A drone strike killed at least 30 people, most of them militia fighters, in the region, residents and a nurse told AFP.",
     "residents"),
    ("Shelling killed 12 people, many of them children, two local officials told Reuters.", "two local officials"),
])
def test_speakers_after_a_share_of_the_counted_people_speak(claims_of, text, first_source):
    assert claims_of(text)[0].attributed_to[0] == first_source


@pytest.mark.parametrize("text", [
    "About 3,500 foreign fighters will join the army, according to two people familiar with the plan.",
    "According to three diplomats, 500 troops crossed the border overnight.",
    "The paper, which cited two people involved in the hiring, said 50 veterans had signed up.",
    "Some 800 recruits have left for the front, the agency reported, citing three officers.",
])
def test_the_people_a_figure_is_credited_to_are_not_counted(claims_of, text):
    assert [c.low for c in claims_of(text)] == [int(re.search(r"\d[\d,]*", text).group().replace(",", ""))]


def test_estimates_of_the_dead_that_range_count_the_dead_and_name_no_one(claims_of):
    claim = only(claims_of("Estimates of the dead range from more than 1,000 to several thousand."))
    assert (claim.low, claim.high, claim.event, claim.attributed_to) == (1000, 9999, "casualty", [])


def test_estimates_of_their_number_name_no_one(claims_of):
    text = "Eritrean troops crossed the border in 2020. Estimates of their number ranged from 5,000 to 20,000."
    assert claims_of(text)[-1].attributed_to == []


@pytest.mark.parametrize("text", [
    "A defence official, who cited several hundred casualties, declined to give details.",
    "The statement, citing 40 deaths among the recruits, was read on television.",
])
def test_a_figure_a_source_cites_is_counted(claims_of, text):
    assert len(claims_of(text)) == 1


@pytest.mark.parametrize("text, side", [
    ("Kyiv estimates that Russia still holds about 8,000 Ukrainian prisoners of war.", "UA"),
    ("Ukraine holds some 1,000 Russian POWs, officials said.", "RU"),
    ("About 300 Russian prisoners of war were freed on Friday.", "RU"),
])
def test_prisoners_of_war_keep_the_side_of_their_state(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, origin", [
    ("COLOMBO - Sri Lanka says at least 16 of its citizens have died fighting for Russia.", ["LK"]),
    ("KATHMANDU — Nepal said 12 of its nationals were killed in the war.", ["NP"]),
])
def test_a_dateline_does_not_hide_whose_citizens_they_are(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text, group, source", [
    ("Sudanese fighters, estimated by the UN at 11,000, fought on both sides.", "Sudanese fighters", ["the UN"]),
    ("Chadian troops, put at 1,500 by diplomats, guard the border.", "Chadian troops", []),
    ("The casualties, estimated at 300, were heavy.", "casualties", []),
    ("The Kenyan contingent, at 1,200, is the largest in the mission.", "Kenyan contingent", []),
    ("Its militia now stands at roughly 6,000.", "Its militia", []),
    ("The rebel force stood at 3,000 before the split.", "rebel force", []),
])
def test_a_figure_a_clause_puts_people_at_counts_them(claims_of, text, group, source):
    claim = only(claims_of(text))
    assert (claim.group, claim.attributed_to) == (group, source)


@pytest.mark.parametrize("text", [
    "Russia launched 90 drones overnight; 71 were shot down.",
    "The militants fired 40 rockets at the town, and 30 were intercepted.",
])
def test_a_bare_number_after_weapons_counts_no_people(claims_of, text):
    assert claims_of(text) == []


def test_a_bare_number_after_weapons_and_people_counts_the_people(claims_of):
    claims = claims_of("Drones hit two buses carrying 40 soldiers, and 12 were killed.")
    assert [c.low for c in claims] == [40, 12]


@pytest.mark.parametrize("text", [
    "Jihadists attacked the base at dawn. Dozens of terrorists were killed in the counterattack, the army said.",
    "Islamist militants stormed the town. Some 40 extremists were killed by troops, officials said.",
])
def test_an_articles_own_words_for_jihadists_give_their_side(claims_of, text):
    assert claims_of(text)[-1].side == "jihadist groups"


@pytest.mark.parametrize("text, origin", [
    ("About 300 Congolese soldiers surrendered near Goma.", ["CD"]),
    ("Some 40 soldiers from Congo were killed near Goma.", ["CD"]),
    ("Some 40 soldiers from the Democratic Republic of Congo were killed.", ["CD"]),
    ("About 200 refugees from the Republic of Congo arrived.", ["CG"]),
])
def test_a_bare_congo_is_the_democratic_republic(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text, source", [
    ("Some 60 women are still held in camps in Syria, the foreign office estimates.", ["the foreign office"]),
    ("About 300 fighters have died there, the monitoring group reports.", ["the monitoring group"]),
])
def test_a_closing_reporting_verb_in_s_is_not_part_of_its_speakers_name(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text, origin", [
    ("The legion has volunteers from 50 countries, among them several hundred from Japan.", ["JP"]),
    ("Thousands of foreigners joined, among them 300 from Chile.", ["CL"]),
    ("Dozens of foreigners were killed, including 12 from Britain.", ["GB"]),
])
def test_a_share_named_after_among_them_is_counted(claims_of, text, origin):
    assert claims_of(text)[-1].origin == origin


@pytest.mark.parametrize("text, groups", [
    ("Moscow has hired foreigners, among them 600 Cubans and 200 Nepalis.", ["Cubans", "Nepalis"]),
    ("The list names 900 dead volunteers, among them 112 Americans.", ["dead volunteers", "Americans"]),
])
def test_the_words_that_open_a_share_are_not_its_group(claims_of, text, groups):
    assert [c.group for c in claims_of(text)] == groups


@pytest.mark.parametrize("text", [
    "Foreigners in the war\n\nSome 1,500 Colombians have gone to Ukraine. Kyiv's spies say Russia has recruited "
    "citizens of 48 countries, including 1,500 Cubans and several hundred Nepalis.",
    "Foreigners in the war\n\nAbout 900 Georgians fight for Ukraine. Moscow, for its part, has enlisted men from "
    "Asia, among them 2,000 Nepalis and 500 Indians.",
])
def test_people_listed_as_part_of_a_recruited_whole_serve_the_recruiter(claims_of, text):
    assert [c.side for c in claims_of(text)[1:]] == ["RU", "RU"]


@pytest.mark.parametrize("text, event", [
    ("Rebels seize the city as thousands flee", "displacement"),
    ("Army retakes the town as hundreds surrender", "detention"),
    ("Dozens die as boat sinks off the coast", "casualty"),
])
def test_a_headline_verb_after_a_count_says_what_they_do(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, group, origin", [
    ("ISLAMABAD - Eighteen Pakistani soldiers were killed in an ambush, the military said.", "Pakistani soldiers", ["PK"]),
    ("KABUL — Twelve Afghan policemen died in the attack, officials said.", "Afghan policemen", ["AF"]),
    ("NIAMEY — Twelve Nigerien soldiers were killed near the border, the army said.", "Nigerien soldiers", ["NE"]),
    ("Nine Malian gendarmes were wounded in the raid.", "Malian gendarmes", ["ML"]),
])
def test_a_capitalised_number_after_a_dateline_counts_the_noun_after_it(claims_of, text, group, origin):
    claim = only(claims_of(text))
    assert (claim.group, claim.origin) == (group, origin)


@pytest.mark.parametrize("text", [
    "About 1,200 people were killed in the attack and 251 were taken hostage.",
    "Some 40 soldiers died in the battle and 12 were taken prisoner.",
    "Residents said about 30 men were taken away by the gunmen.",
    "Soldiers led 12 villagers away at dawn.",
])
def test_what_a_verb_makes_people_after_a_count_is_their_event(claims_of, text):
    assert claims_of(text)[-1].event == "detention"


@pytest.mark.parametrize("text, source", [
    ("Russia lost 1,270 soldiers over the past day, Ukraine's General Staff said, bringing its tally of Russian "
     "losses to about 840,000.", ["Ukraine's General Staff"]),
    ("The ministry said 40 more had died, raising its count of civilian deaths to 3,100.", ["The ministry"]),
])
def test_what_a_tally_counts_is_not_its_author(claims_of, text, source):
    assert claims_of(text)[-1].attributed_to == source


@pytest.mark.parametrize("text, source", [
    ("The governor spoke of at least 40 soldiers killed in the raid.", ["The governor"]),
    ("Survivors spoke of dozens of bodies in the street.", ["Survivors"]),
    ("The Red Cross speaks of 300 dead in the province.", ["The Red Cross"]),
])
def test_speaking_of_a_figure_gives_it(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text", [
    "Hundreds of fighters joined the militia, according to an investigation by the Sahel Monitor. "
    "The report found that at least 300 came from abroad.",
    "The Sahel Monitor published a study on the militia in May. The report says some 300 recruits came from abroad.",
])
def test_a_published_work_named_again_by_another_word_speaks_for_its_issuer(claims_of, text):
    assert "Sahel Monitor" in " ".join(claims_of(text)[-1].attributed_to)


@pytest.mark.parametrize("text, source", [
    ("A new survey of Nepali recruits in Russia's army finds that most were promised office jobs.\n\n"
     "The survey counted 60 deaths among the recruits.", ["The survey"]),
    ("A report on foreign fighters in the Sahel was published on Monday.\n\n"
     "The report lists 210 recruits from abroad.", ["The report"]),
])
def test_a_work_named_before_without_its_author_still_speaks_by_its_name(claims_of, text, source):
    claim = claims_of(text)[-1]
    assert (claim.attributed_to, claim.status) == (source, "attributed")


@pytest.mark.parametrize("text", [
    "A new study of Chadian veterans finds that 300 of them fought in Sudan.",
    "An analysis of Syrian refugees in camps shows that 2,000 returned last year.",
])
def test_whom_a_study_examines_is_not_its_author(claims_of, text):
    assert claims_of(text)[-1].attributed_to[0].startswith(("A new study", "An analysis"))


@pytest.mark.parametrize("text, enemy", [
    ("Several hundred Westerners travelled to Syria to fight Islamic State.", "Islamic State"),
    ("About 300 volunteers joined the village militia to fight the Taliban.", "Taliban"),
    ("Dozens of young men left for the north to battle al-Shabaab.", "al-Shabaab"),
])
def test_a_party_named_only_as_the_enemy_is_not_the_side(claims_of, text, enemy):
    assert only(claims_of(text)).side != enemy


@pytest.mark.parametrize("text, side", [
    ("Niger's army said 50 of its soldiers had been captured by jihadists near the border with Mali. "
     "Niger says the men will be freed.", "NE"),
    ("Eighteen Pakistani soldiers were killed when militants ambushed a convoy in Pakistan's northwest. "
     "Pakistan's army vowed revenge.", "PK"),
])
def test_a_states_soldiers_in_a_story_where_no_other_state_fights_serve_it(claims_of, text, side):
    assert claims_of(text)[0].side == side


def test_a_states_soldiers_sent_to_another_states_war_do_not_serve_it_by_that_rule(claims_of):
    text = ("North Korea has sent 11,000 soldiers to fight for Russia. About 300 North Korean soldiers have "
            "been killed, South Korea said. North Korea has not commented.")
    assert claims_of(text)[1].side == "RU"


@pytest.mark.parametrize("text, side", [
    ("Russia has recruited thousands of foreigners to fight for Russia, Russian officials say, and thousands more "
     "have joined Russia's army from Africa. Of those fighting for Kyiv, the largest groups were:\n- Poland: 300\n"
     "- Georgia: 200", "UA"),
    ("Foreigners who joined Russia's army, by country:\n- Nepal: 200\n- India: 120", "RU"),
])
def test_a_caption_that_states_a_side_gives_it_to_its_rows(claims_of, text, side):
    assert [c.side for c in claims_of(text)][-2:] == [side, side]


@pytest.mark.parametrize("text, lows", [
    ("The authors counted between six and seven thousand on the separatist side and about 1,000 on Ukraine's.",
     [6000, 1000]),
    ("Roughly 300 fought on the government side, the report says.", [300]),
])
def test_a_bare_number_on_a_side_counts_people(claims_of, text, lows):
    assert [c.low for c in claims_of(text)] == lows


def test_a_table_rows_country_is_not_its_group(claims_of):
    claims = claims_of("Foreign fighters by country:\n- Poland: 300\n- Georgia: 200\n- Belarus: 180")
    assert [(c.group, c.origin) for c in claims] == [("people", ["PL"]), ("people", ["GE"]), ("people", ["BY"])]


@pytest.mark.parametrize("text, source", [
    ("In an interview with this newspaper, the medic, who asked not to be named, said she had trained more than "
     "400 foreign volunteers.", ["the medic"]),
    ("Speaking to reporters in Kyiv, the commander, a former teacher, said 50 recruits arrived last week.",
     ["the commander"]),
    ("In a call with reporters, the medic, who goes by the call sign \"Fox\", said 400 volunteers had been trained.",
     ["the medic"]),
])
def test_a_speaker_the_parser_hangs_on_an_opening_phrase_still_speaks(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text", [
    "Some 76 hostages remain in Gaza, Israel says, including 34 it believes are dead.",
    "The group holds 50 captives, among them 12 the army thinks are dead.",
])
def test_what_a_clauses_speaker_says_of_people_is_their_event(claims_of, text):
    assert claims_of(text)[-1].event == "casualty"


@pytest.mark.parametrize("text", [
    "The Rapid Support Forces have about 3,000 fighters in the province, commanders say. Their raid on the market "
    "town on Friday killed 85 people.",
    "Hamas commanders say 2,000 of their gunmen took part in the assault. Some 600 people were killed and 90 people "
    "died of their wounds later.",
    "Around 4,000 M23 rebels crossed the river in March, the army says. At least 310 people have died in the "
    "fighting since then.",
])
def test_people_at_large_who_were_killed_are_on_no_side(claims_of, text):
    fighters, *harmed = claims_of(text)
    assert fighters.side is not None
    assert [c.event for c in harmed] == ["casualty"] * len(harmed)
    assert [c.side for c in harmed] == [None] * len(harmed)


@pytest.mark.parametrize("text", [
    "Al-Shabaab has about 7,000 fighters in the south. About 900 people linked to al-Shabaab have been arrested.",
    "Boko Haram still has thousands of fighters. Some 1,500 people loyal to Boko Haram were captured last year.",
])
def test_people_tied_to_a_party_who_are_taken_keep_its_side(claims_of, text):
    assert claims_of(text)[-1].side == claims_of(text)[0].side


@pytest.mark.parametrize("text, body", [
    ("The army counted 75 bodies of insurgents after the battle.", "The army"),
    ("The militia counted 30 prisoners in its camp.", "The militia"),
    ("The army counted 200 civilians killed during the month.", "The army"),
])
def test_an_armed_body_that_counts_what_befell_people_reports_it(claims_of, text, body):
    claim = only(claims_of(text))
    assert (claim.attributed_to, claim.status) == ([body], "attributed")


@pytest.mark.parametrize("text", [
    "Hamas has about 20,000 fighters in Gaza. Troops freed 4 hostages in a raid on Saturday.",
    "Boko Haram fields some 5,000 fighters in the northeast. Soldiers rescued 42 hostages from its camps.",
    "The Houthis have 100,000 fighters, their leader says. Their drones hit a market, and 30 villagers fled.",
])
def test_non_combatants_in_a_story_of_fighters_are_on_no_side(claims_of, text):
    fighters, *others = claims_of(text)
    assert fighters.side is not None
    assert [c.side for c in others] == [None] * len(others)


@pytest.mark.parametrize("text, side", [
    ("Sudan's army has lost ground in Darfur. About 600 fighters of a rebel faction have signed up to fight on the "
     "army's side.", "SD"),
    ("The Malian army is short of men. Some 400 Tuareg fighters joined the army last month.", "ML"),
    ("Burkina Faso's military is stretched thin. Several hundred Ivorian volunteers fight alongside the military.",
     "BF"),
])
def test_people_who_join_a_states_army_named_bare_serve_that_state(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, side", [
    ("About 300 Colombians are fighting in Ukraine's International Legion.", "UA"),
    ("Some 40 Georgians died serving with Russia's Wagner.", "RU"),
])
def test_a_unit_named_with_its_owner_states_a_side(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text", [
    "Chad withdrew about 1,200 soldiers from the mission last year.",
    "Some 3,000 troops were withdrawn from the border region in March.",
    "The army has withdrawn 600 of its men from the town, officials said.",
])
def test_troops_withdrawn_are_neither_mobilized_nor_displaced(claims_of, text):
    assert only(claims_of(text)).event == "other"


@pytest.mark.parametrize("text, side", [
    ("Al-Shabaab, the al-Qaeda affiliate, is believed to have between 5,000 and 9,000 fighters.", "al-Shabaab"),
    ("Hezbollah is said to have about 40,000 fighters, analysts say.", "Hezbollah"),
    ("Uganda keeps some 4,000 soldiers in Somalia under the African Union mission. Al-Shabaab is thought to have "
     "7,000 fighters.", "al-Shabaab"),
])
def test_a_party_said_to_have_fighters_has_them(claims_of, text, side):
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("text, side", [
    ("About 60 fighters captured by Russia were paraded on state television.", "UA"),
    ("The ombudsman lists more than 5,000 prisoners of war held by Russia.", "UA"),
    ("Some 30 Russian soldiers captured by Ukraine were shown in a video.", "RU"),
])
def test_fighters_a_belligerent_holds_fought_for_its_enemy_and_do_not_come_from_it(claims_of, text, side):
    claim = only(claims_of(text))
    assert claim.side == side
    assert {"UA": "RU", "RU": "UA"}[side] not in claim.origin


@pytest.mark.parametrize("text", [
    "The army, supported by about 2,000 Burundian soldiers, has struggled to hold the line.",
    "The government, backed by 800 foreign contractors, could not keep the prisoners it held.",
    "The rebels, aided by some 500 volunteers, failed to capture the airport.",
])
def test_people_who_back_a_party_are_mobilized_whatever_its_clause_says(claims_of, text):
    assert only(claims_of(text)).event == "mobilization"


@pytest.mark.parametrize("text", [
    "The army has lost more than 20,000 soldiers to desertion since the coup.",
    "The militia lost about 300 men to defections last year.",
])
def test_men_a_force_loses_to_desertion_are_not_casualties(claims_of, text):
    assert only(claims_of(text)).event == "other"


def test_men_a_force_loses_to_fire_are_casualties(claims_of):
    assert only(claims_of("The army lost 400 soldiers to artillery fire in a week.")).event == "casualty"


@pytest.mark.parametrize("text, side", [
    ("Uganda keeps 4,000 soldiers in the region. The M23 itself is believed to number about 6,000 fighters.", "M23"),
    ("Niger keeps 1,200 troops on the border. Boko Haram is estimated to number 3,000 fighters.", "Boko Haram"),
])
def test_a_party_that_numbers_fighters_has_them(claims_of, text, side):
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("text, origin", [
    ("Turkey sent 3,000 Syrian fighters to the front. On the other side, Russia deployed some 1,500 troops.", ["RU"]),
    ("Iran sent 2,000 Afghan fighters to Syria in 2015. On the other side, Turkey deployed 3,000 soldiers.", ["TR"]),
])
def test_the_other_side_is_not_counted_like_the_people_before(claims_of, text, origin):
    assert claims_of(text)[-1].origin == origin


@pytest.mark.parametrize("text", [
    "The Wagner group has about 1,500 fighters in the country. Its men shot dead 12 unarmed men near the mine.",
    "Hamas has about 20,000 fighters. Its gunmen killed at least 30 innocent villagers in the raid.",
])
def test_people_said_to_be_unarmed_or_innocent_are_on_no_side(claims_of, text):
    assert claims_of(text)[-1].side is None


@pytest.mark.parametrize("text, source", [
    ("Last year a UN panel of experts said 2,000 children had been recruited. The experts said 300 of them had died.",
     ["The experts (a UN panel of experts)"]),
    ("Researchers at the Halden Institute said 5,000 Europeans had travelled. The researchers said 1,200 had "
     "returned.", ["The researchers (Researchers at the Halden Institute)"]),
])
def test_experts_or_investigators_named_again_are_those_named_before(claims_of, text, source):
    assert claims_of(text)[-1].attributed_to == source


@pytest.mark.parametrize("text", [
    "A tally of military deaths based on obituaries has identified more than 90,000 soldiers by name, the independent "
    "news site and its research partner said.",
    "Some 2,000 volunteers have come from abroad, the veterans' association of the western region of the country said.",
])
def test_a_long_speaker_closing_the_sentence_is_its_source(claims_of, text):
    assert only(claims_of(text)).status == "attributed"


@pytest.mark.parametrize("text, event", [
    ("The researchers identified 3,000 foreigners serving in the army by name.", "mobilization"),
    ("A count of war deaths has identified 80,000 soldiers by name.", "casualty"),
])
def test_identifying_people_says_nothing_of_what_befell_them(claims_of, text, event):
    claim = only(claims_of(text))
    assert (claim.event, claim.status) == (event, "attributed")


@pytest.mark.parametrize("text, counts", [
    ("The database lists 2,900 foreign volunteers. Most came from Europe, with Poland alone accounting for about "
     "600.", [("2,900", []), ("about 600", ["PL"])]),
    ("Some 1,800 foreigners have enlisted since March. Nepal contributed about 400, India about 150.",
     [("Some 1,800", []), ("about 400", ["NP"]), ("about 150", ["IN"])]),
    ("The tally lists 70,000 dead soldiers. Convicts account for some 15,000.", [("70,000", []), ("some 15,000", [])]),
])
def test_a_share_a_state_or_a_people_accounts_for_counts_the_people_just_counted(claims_of, text, counts):
    assert [(c.text, c.origin) for c in claims_of(text)] == counts


def test_a_share_verb_with_a_bare_number_after_no_count_of_people_counts_nothing(claims_of):
    assert claims_of("The ministry published its budget on Monday. Defence accounts for about 600.") == []


@pytest.mark.parametrize("text", [
    "In the north, the monitor counted 1,200 civilian deaths. In the east, the figure was 640.",
    "The agency recorded 900 people displaced in May. The number for June was 1,400.",
])
def test_the_same_figure_given_for_another_place_keeps_its_source(claims_of, text):
    first, second = claims_of(text)
    assert first.attributed_to and second.attributed_to == first.attributed_to


@pytest.mark.parametrize("text", [
    "Pakistan says it has expelled about 800,000 undocumented Afghans since 2023.",
    "Some 40,000 Ethiopians were expelled from Saudi Arabia last year.",
])
def test_people_expelled_are_displaced(claims_of, text):
    assert only(claims_of(text)).event == "displacement"


@pytest.mark.parametrize("text, host", [
    ("The Kenyan-led security mission in Haiti has about 1,000 officers on the ground. Kenya sent another 200 police "
     "officers in January.", "HT"),
    ("The African Union mission in Somalia counts on Burundi. Burundi deployed 3,000 more soldiers in March.", "SO"),
])
def test_forces_sent_to_a_mission_serve_the_host_the_text_names_after_in(claims_of, text, host):
    assert claims_of(text)[-1].side == host


@pytest.mark.parametrize("text, origin", [
    ("Chad and Niger sent 2,000 troops to Mali.", ["TD", "NE"]),
    ("Jamaica, Belize and the Bahamas have together contributed about 100 soldiers.", ["JM", "BZ", "BS"]),
])
def test_soldiers_several_states_send_come_from_each(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text, counts", [
    ("Around 7,000 of the children in the camp are under 12, the agency said.", ["Around 7,000"]),
    ("Most of the 300 boys were over 14 when they were recruited.", ["300"]),
])
def test_an_age_bound_said_of_children_counts_no_one(claims_of, text, counts):
    assert [c.text for c in claims_of(text)] == counts


@pytest.mark.parametrize("text, source", [
    ("\"We know of well over 200 families who lost contact with their sons,\" said a lawmaker who chairs the "
     "committee.", ["a lawmaker who chairs the committee"]),
    ("About 6,000 soldiers are in the east, according to a confidential UN report seen by this newspaper.",
     ["a confidential UN report"]),
])
def test_a_source_is_named_once_and_the_publisher_is_not_one(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text, side", [
    ("Russian forces are in the region. Monitors say the Islamic State's Sahel branch has grown to between "
     "2,000 and 3,000 fighters.", "Islamic State"),
    ("Israel named the units. It says Hamas's armed wing now has about 20,000 fighters.", "Hamas"),
    ("The army took the town. Al-Shabaab's northern faction has 1,500 fighters, a diplomat said.", "al-Shabaab"),
])
def test_a_groups_branch_or_wing_holds_the_groups_fighters(claims_of, text, side):
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("text", [
    "Russian forces in the region, numbering about 2,500, have been accused of abuses.",
    "Mercenaries numbering some 1,500 were accused of killing civilians, the report said.",
    "The militia, numbering roughly 800, was blamed for the massacre.",
])
def test_a_size_given_beside_a_force_is_its_strength_whatever_befell_it(claims_of, text):
    assert only(claims_of(text)).event == "mobilization"


@pytest.mark.parametrize("text, side", [
    ("Rwanda has 3,000 troops in Congo. The M23 has grown to between 6,500 and 8,000 fighters.", "M23"),
    ("Uganda keeps 2,000 soldiers there. Al-Shabaab has swelled to about 12,000 fighters.", "al-Shabaab"),
])
def test_a_group_that_grew_to_a_number_of_fighters_has_them(claims_of, text, side):
    claim = claims_of(text)[-1]
    assert (claim.side, claim.origin) == (side, [])


@pytest.mark.parametrize("text, side", [
    ("Uzbek recruits join the jihadists\n\nAnalysts think IS-K has between 3,000 and 5,000 fighters.", "Islamic State"),
    ("Chechen volunteers head south\n\nThe researchers believe ISIS-K now has about 2,000 gunmen.", "Islamic State"),
    ("Kazakh men in the ranks\n\nBy one count al-Shabaab has 9,000 fighters, a diplomat said.", "al-Shabaab"),
])
def test_a_groups_own_strength_is_not_the_headlines_nationality(claims_of, text, side):
    """A hyphenated acronym stays one name, so the group is the holder; the strength of a whole
    group is not the people of the nationality the headline names."""
    claim = claims_of(text)[-1]
    assert (claim.side, claim.origin) == (side, [])


@pytest.mark.parametrize("text, origin", [
    ("Peruvian veterans sign up abroad\n\nHundreds of retired Peruvian soldiers have been recruited to fight "
     "abroad, and about 200 Peruvians joined Ukraine's army. In Sudan, some 300 ex-soldiers were flown to Darfur "
     "to fight alongside the RSF, a newspaper found.", ["PE"]),
    ("Ecuadorian recruits in two wars\n\nAbout 150 Ecuadorians have joined Ukraine's foreign legion, the "
     "ministry says. Another 80 former soldiers were taken to Libya to fight for the LNA, relatives said.", ["EC"]),
])
def test_people_sent_to_fight_beside_a_group_keep_the_articles_nationality(claims_of, text, origin):
    """Joining a group is not being its own ranks: only a group that has or grows to a number of
    fighters counts people of its own."""
    assert claims_of(text)[-1].origin == origin, [(c.text, c.origin, c.side) for c in claims_of(text)]


def test_the_first_count_of_a_groups_strength_is_not_the_headlines_nationality(claims_of):
    text = ("Report: Kyrgyz recruits make up a large share of a jihadist branch's attackers\n\n"
            "A study found that Kyrgyz nationals were involved in at least 21 attacks abroad attributed to "
            "the Islamic State's regional branch since 2021.\n\n"
            "The authors estimate that the branch has between 4,000 and 6,000 fighters.\n\n"
            "Kyrgyzstan's interior ministry said last year that 850 of its citizens had travelled to Syria.")
    strength = claims_of(text)[0]
    assert (strength.low, strength.side, strength.origin) == (4000, "Islamic State", [])


@pytest.mark.parametrize("text, state", [
    ("Rwanda has 3,000 troops in Congo. Congo's army, by contrast, has lost more than 1,000 men to desertion.", "CD"),
    ("Wagner has 1,500 men in the country. Mali's army lost about 200 men in the battle.", "ML"),
])
def test_men_a_states_army_lost_are_its_own(claims_of, text, state):
    claim = claims_of(text)[-1]
    assert (claim.origin, claim.side) == ([state], state)


@pytest.mark.parametrize("text", [
    "Some 300 Nigerians joined the group. Around 40 are believed to be North Africans.",
    "About 500 Tunisians went to fight. Roughly 60 were Europeans, the study found.",
    "Some 900 Chechens serve in the unit. About 100 are Muslims from the Balkans, it said.",
])
def test_people_said_to_be_of_a_region_come_from_no_one_state(claims_of, text):
    assert claims_of(text)[-1].origin == []


def test_people_of_other_nationalities_come_from_no_one_state(claims_of):
    text = "Roughly 16,000 Iraqis are still in the camp, along with some 15,000 Syrians and 6,000 people of other nationalities."
    assert claims_of(text)[-1].origin == []


@pytest.mark.parametrize("text, side", [
    ("Foreign fighters in the war, by country:\n- Chad: 2,000 to 4,000 (with the RSF)\n- Niger: about 500 (with the "
     "RSF)", "Rapid Support Forces"),
    ("Foreigners in the war, by country:\n- Nepal: 300 (fighting for Russia)\n- India: about 100 (fighting for "
     "Russia)", "RU"),
])
def test_a_table_rows_brackets_that_put_people_with_a_party_give_their_side_not_a_source(claims_of, text, side):
    claims = claims_of(text)
    assert [(c.side, c.event, c.attributed_to) for c in claims] == [(side, "mobilization", [])] * 2


@pytest.mark.parametrize("text", [
    "His battalion has received about 200 replacements since the spring.",
    "The army rushed 3,000 reinforcements to the town.",
])
def test_replacements_and_reinforcements_are_people(claims_of, text):
    assert only(claims_of(text)).event == "mobilization"


@pytest.mark.parametrize("text, source", [
    ("A count of obituaries by independent Russian media has identified more than 90,000 soldiers by name.",
     ["independent Russian media"]),
    ("A tally of death notices by a volunteer group lists 4,000 fighters.", ["a volunteer group"]),
])
def test_a_count_of_records_speaks_for_whoever_made_it(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text, origin", [
    ("Officials said 40 foreign volunteers from Chile and Peru had arrived.", ["CL", "PE"]),
    ("A spokesman for the rebels said 288 Romanian contractors had given themselves up.", ["RO"]),
])
def test_people_the_sentence_places_keep_their_origin(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text", [
    "Nagorno-Karabakh: more than 100,000 have left\n\nMore than 100,000 people have fled Nagorno-Karabakh for Armenia, "
    "officials said.",
    "Kherson: 3,000 evacuated as shelling intensifies\n\nAbout 3,000 residents were evacuated from Kherson overnight.",
])
def test_a_headline_opening_on_a_place_of_the_story_names_no_speaker(claims_of, text):
    assert claims_of(text)[0].attributed_to == []


@pytest.mark.parametrize("text, source", [
    ("Authorities arrested about 20,000 people during the unrest, the group Prison Watch Network said.",
     ["Prison Watch Network"]),
    ("The monitor Skycount counted 300 civilians killed in the strikes.", ["Skycount"]),
])
def test_a_body_given_with_its_name_is_named_by_it(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text, event", [
    ("Police detained five protesters, two of whom were injured.", "detention"),
    ("Troops captured 30 rebels, one of whom later died of his wounds.", "detention"),
    ("The militia recruited 300 boys, dozens of whom were later killed.", "mobilization"),
])
def test_what_befell_a_share_of_the_counted_people_is_not_what_befell_them_all(claims_of, text, event):
    assert claims_of(text)[0].event == event


@pytest.mark.parametrize("text", [
    "Sudan's paramilitary Rapid Support Forces have recruited thousands of young men from Chad, a report said.",
    "Sudan's notorious Rapid Support Forces recruited 2,000 fighters in Niger last year.",
])
def test_a_group_named_after_its_country_and_a_description_recruits_for_itself(claims_of, text):
    assert claims_of(text)[0].side == "Rapid Support Forces"


@pytest.mark.parametrize("text", [
    "Gunmen ambushed an army convoy in the north, killing six soldiers, the army said. It said eight attackers were also killed.",
    "The Pakistani Taliban ambushed a convoy, killing 16 soldiers, the army said. The military said eight attackers were killed.",
    "Rebels raided a border post, killing 11 troops, officials said. The army said it killed 20 of the raiders.",
])
def test_those_who_attack_a_states_forces_do_not_fight_for_the_state(claims_of, text):
    attackers = claims_of(text)[-1]
    assert attackers.side is None or not re.fullmatch(r"[A-Z]{2}", attackers.side), attackers.side


@pytest.mark.parametrize("text, side", [
    ("A spokeswoman for the Russian defence ministry said 40 Ukrainian soldiers had been killed.", "UA"),
    ("A spokesman for the Ukrainian army said 200 Russian troops were killed overnight.", "RU"),
])
def test_a_spokesperson_for_a_party_does_not_give_the_counted_people_its_side(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, source", [
    ("A spokesman for the forces of General Anwar Haddad said they had captured eight of the fighters.",
     "A spokesman for the forces of General Anwar Haddad"),
    ("A Belarusian regiment fighting for Kyiv said 40 volunteers were wounded.",
     "A Belarusian regiment fighting for Kyiv"),
])
def test_a_source_is_not_the_person_or_capital_it_speaks_for(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text", [
    "\"Most of us fled Kadyrov's rule,\" the unit's commander told reporters. He said 23 of its fighters had been killed.",
    "\"We owe nothing to Lukashenko,\" the unit's commander said. He added that 15 volunteers had died this year.",
])
def test_a_name_inside_a_quotation_is_not_who_he_is(claims_of, text):
    assert claims_of(text)[-1].attributed_to == ["the unit's commander"]


@pytest.mark.parametrize("text, event", [
    ("The new arrests bring the number of detained journalists to 30.", "detention"),
    ("The arrests bring to more than 50 the number of aid workers held by the group.", "detention"),
    ("The number of refugees has risen to 30,000.", "displacement"),
])
def test_the_number_of_people_is_what_befell_them_not_a_force_numbering(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text", [
    "Of the Palestinians released, 18 were serving life sentences, the office said.",
    "Among the 40 freed men, 12 had been serving long prison terms.",
])
def test_people_serving_a_sentence_are_held(claims_of, text):
    assert claims_of(text)[-1].event == "detention"


@pytest.mark.parametrize("text", [
    "At least 33 Nepalis recruited into the Russian army have been killed in Ukraine, the ministry said.",
    "Some 40 Cubans lured to Russia with job offers have died at the front, relatives say.",
])
def test_what_befell_people_described_by_a_participle_is_their_verb(claims_of, text):
    assert only(claims_of(text)).event == "casualty"


@pytest.mark.parametrize("text", [
    "Rwandan-backed M23 rebels took most of the city on Monday, and hundreds of Congolese soldiers surrendered, a UN official "
    "said. Thirteen foreign peacekeepers, including nine South Africans, have been killed in the fighting since last week.",
    "The M23 pushed east. Two Indian peacekeepers were killed when the rebels fought the Congolese army near their base.",
])
def test_peacekeepers_and_any_part_of_them_serve_no_side(claims_of, text):
    assert {c.side for c in claims_of(text) if "peacekeepers" in c.group or c.group == "South Africans"} == {None}


def test_militants_a_government_killed_beside_a_mission_do_not_serve_it(claims_of):
    text = ("Al-Shabaab fighters overran a military base in central Somalia on Thursday. At least 40 soldiers died, a "
            "commander said. The government said its forces, backed by African Union troops, had retaken the base and "
            "killed 70 militants.")
    soldiers, militants = claims_of(text)
    assert soldiers.side == "SO" and militants.side != "SO"


@pytest.mark.parametrize("text, low", [
    ("The attack killed about 1,200 people. Some 250 others were taken hostage.", 250),
    ("Forty soldiers died in the ambush. About 60 others were wounded, the army said.", 60),
    ("Troops detained 18 men at the checkpoint. Dozens of others were later released.", 24),
])
def test_others_after_a_count_of_people_are_people(claims_of, text, low):
    assert [c.low for c in claims_of(text)][-1] == low and len(claims_of(text)) == 2


@pytest.mark.parametrize("text, group", [
    ("Dozens of Islamic State detainees escaped after militants stormed a prison.", "detainees"),
    ("Hundreds of Wagner Group fighters left the country last month.", "Wagner Group fighters"),
])
def test_people_named_after_a_group_are_counted(claims_of, text, group):
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text", [
    "The group, which is strongest in the north according to the army, holds 30 hostages.",
    "The militia, which controls three towns according to the governor, has recruited 400 boys, a report said.",
])
def test_according_to_inside_a_clause_about_something_else_is_not_the_counts_source(claims_of, text):
    assert only(claims_of(text)).attributed_to == []


@pytest.mark.parametrize("text, events", [
    ("Some 120 Kenyans joined the Russian army. Another 18 remain in Russian units, and 16 are listed as missing.",
     ["mobilization", "mobilization", "casualty"]),
    ("Of the 300 Cubans who signed up, about 200 are still in the army, and 30 are registered as dead.",
     ["mobilization", "mobilization", "casualty"]),
])
def test_people_who_stay_in_a_force_serve_and_those_listed_as_missing_are_casualties(claims_of, text, events):
    assert [c.event for c in claims_of(text)] == events


@pytest.mark.parametrize("text, state", [
    ("Ukraine received the bodies of 909 soldiers killed in the war on Friday, officials said.", "UA"),
    ("Russia recovered the remains of 40 servicemen near the border.", "RU"),
    ("Kyiv has repatriated the bodies of 212 soldiers since March.", "UA"),
])
def test_a_warring_state_that_gets_back_soldiers_bodies_gets_back_its_own(claims_of, text, state):
    claim = only(claims_of(text))
    assert (claim.origin, claim.side) == ([state], state)


@pytest.mark.parametrize("text, militants_country", [
    ("Three militants were killed in a gunfight with troops in Indian-administered Kashmir, police said. Two soldiers "
     "were wounded. Police said two of the dead militants were Pakistani nationals, and about 70 militants, most of "
     "them from Pakistan, are active in the area.", "PK"),
    ("Troops clashed with gunmen near the town of Gao, in Mali, on Monday. Four soldiers were killed, officials said. "
     "Two of the attackers were Nigerien nationals, and dozens of fighters from Niger are thought to operate nearby.", "NE"),
])
def test_soldiers_do_not_serve_the_state_the_militants_come_from(claims_of, text, militants_country):
    soldiers = next(c for c in claims_of(text) if c.group == "soldiers")
    assert soldiers.side != militants_country and militants_country not in soldiers.origin


@pytest.mark.parametrize("text, origin", [
    ("Kenya, Jamaica and Belize have sent about 400 police officers.", ["KE", "JM", "BZ"]),
    ("Jamaica, Belize and the Bahamas have also sent small contingents, totalling fewer than 100 personnel.", ["JM", "BZ", "BS"]),
])
def test_every_state_that_sends_people_is_where_they_come_from(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


def test_forces_of_several_states_sent_to_a_mission_serve_its_host(claims_of):
    text = ("Kenya sends more police to Haiti\n\nKenya will deploy another 600 officers to the multinational security "
            "mission in Haiti next month. Jamaica, Belize and the Bahamas have also sent small contingents, totalling "
            "fewer than 100 personnel.")
    claim = claims_of(text)[-1]
    assert (claim.origin, claim.side) == (["JM", "BZ", "BS"], "HT")


@pytest.mark.parametrize("text, low", [
    ("The deaths bring to at least 10 the number of Britons known to have died in the war.", 10),
    ("Two more were killed on Sunday, bringing to 14 the number of Georgians who have died fighting there.", 14),
])
def test_a_count_the_parser_hangs_on_the_total_after_it_counts_the_totals_people(claims_of, text, low):
    assert claims_of(text)[-1].low == low and claims_of(text)[-1].event == "casualty"


@pytest.mark.parametrize("text, source", [
    ("The Houthis claim to have around 200,000 fighters under arms.", "The Houthis"),
    ("The Taliban claim to have recruited 5,000 new fighters this year.", "The Taliban"),
])
def test_a_reporting_verb_read_as_a_document_leaves_its_speaker(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text, event, side", [
    ("At least 600 Afghan men deported from Pakistan this year have joined the Taliban's security forces.", "mobilization", "Taliban"),
    ("Some 300 Syrians detained by the rebels last spring have since joined the Free Syrian Army.", "mobilization", "Free Syrian Army"),
])
def test_what_people_did_since_outweighs_the_participle_the_tagger_calls_a_past_tense(claims_of, text, event, side):
    claim = only(claims_of(text))
    assert (claim.event, claim.side) == (event, side)


@pytest.mark.parametrize("text, state", [
    ("Myanmar's military government said it would call up the first 5,000 men under its new conscription law.", "MM"),
    ("Belarus's defence ministry says it will draft 4,000 men in spring.", "BY"),
])
def test_a_states_body_that_says_it_will_call_up_people_calls_up_its_own(claims_of, text, state):
    assert only(claims_of(text)).origin == [state]


@pytest.mark.parametrize("text, source", [
    ('A provincial official put the number at "no fewer than 200," and said at least eight had been killed.',
     "A provincial official"),
    ('The governor called the toll "far higher than anyone feared," but said 40 people had been rescued.', "The governor"),
])
def test_a_conjunction_after_a_quotation_is_not_its_speaker(claims_of, text, source):
    assert all(c.attributed_to == [source] for c in claims_of(text))


@pytest.mark.parametrize("text, source", [
    ("One of the generals said he believed up to 400 commandos had been approached.", "One of the generals"),
    ("One of the organisers said she thought about 3,000 volunteers had signed up.", "One of the organisers"),
])
def test_he_who_reports_inside_what_one_of_several_said_is_that_one(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text", [
    "Russia handed over 150 Ukrainian soldiers on Friday.",
    "The rebels handed back 12 captured soldiers to the army.",
    "Kyiv turned over 90 Russian prisoners of war at the border.",
])
def test_people_handed_over_were_held(claims_of, text):
    assert only(claims_of(text)).event == "detention"


@pytest.mark.parametrize("text, origins", [
    ("Under the deal, 33 hostages are to be freed in exchange for about 1,900 Palestinian detainees.", [[], ["PS"]]),
    ("The militia let 12 captives go in return for 40 Somali prisoners.", [[], ["SO"]]),
])
def test_people_traded_for_others_do_not_take_their_nationality(claims_of, text, origins):
    assert [c.origin for c in claims_of(text)] == origins


@pytest.mark.parametrize("text, low, group", [
    ("The brigade is about 3,000 strong.", 3000, "brigade"),
    ("The militia, some 800 strong, withdrew from the town.", 800, "militia"),
    ("The contingent is now about 2,500 strong, its commander said.", 2500, "contingent"),
])
def test_a_body_said_to_be_so_many_strong_counts_its_people(claims_of, text, low, group):
    claim = only(claims_of(text))
    assert (claim.low, claim.group) == (low, group)


def test_a_share_said_to_be_strong_of_something_else_is_no_count(claims_of):
    assert claims_of("Support for the war remains 60 percent strong.") == []


@pytest.mark.parametrize("text, counted", [
    ("Two soldiers told reporters that the unit had lost 40 men.", [40]),
    ("Afghan commandos are being recruited, three former generals said.", []),
    ("Five residents said the militants had taken 12 hostages.", [12]),
    # people who speak of themselves stay counted
    ("Thousands of Britons said they would go to fight.", [2000]),
    ("About 300 volunteers told the ministry they were ready to deploy.", [300]),
    # the object of the reported clause, which the parser may hang on the reporting verb
    ("Gunmen have abducted at least 40 teachers and nurses who worked in the district, a rights group said.", [40]),
])
def test_people_counted_as_those_who_speak_of_something_else_are_witnesses(claims_of, text, counted):
    assert [c.low for c in claims_of(text)] == counted


@pytest.mark.parametrize("text, side", [
    ("Some 40 of those killed belonged to Hezbollah, the monitor said.", "Hezbollah"),
    ("Around 60 of the fighters killed in the raid belonged to al-Shabaab, the army said.", "al-Shabaab"),
])
def test_people_who_belong_to_a_party_are_on_its_side(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, side", [
    ("Of the 300 detainees, 120 were Hamas fighters.", "Hamas"),
    ("Among those killed, 14 were Wagner mercenaries, the army said.", "RU"),
    ("Among the dead, nine were al-Shabaab militants.", "al-Shabaab"),
])
def test_people_a_count_is_said_to_be_name_their_party(claims_of, text, side):
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("before, text, origin", [
    ("Mozambique's army has lost 300 men.", "Rwanda has about 4,000 soldiers and police deployed in the province.", ["RW"]),
    ("Somalia has trained 5,000 recruits.", "Kenya keeps about 3,000 troops stationed in Somalia.", ["KE"]),
    ("Taiwan will call up about 10,000 young men next year.", "China's army has more than two million active troops.", ["CN"]),
    ("Ukraine has mobilised 20,000 men.", "The Russian military has deployed 10,000 soldiers to the border.", ["RU"]),
])
def test_soldiers_a_state_or_its_force_fields_are_its_own(claims_of, before, text, origin):
    assert claims_of(f"{before} {text}")[-1].origin == origin


@pytest.mark.parametrize("text, side", [
    ("At least 70 US service members were injured in the attacks.", "US"),
    ("Two British service members died in the crash.", "GB"),
])
def test_a_states_service_members_serve_it(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, groups", [
    ("The US has about 2,500 troops in Iraq and 900 in Syria.", ["troops", "troops"]),
    ("Ukraine has 40,000 soldiers in the region and 10,000 in reserve, officials said.", ["soldiers", "soldiers"]),
])
def test_a_bare_number_joined_to_counted_people_counts_more_of_them(claims_of, text, groups):
    claims = claims_of(text)
    assert [c.group for c in claims] == groups and claims[0].origin == claims[1].origin


@pytest.mark.parametrize("text, side", [
    ("Ninety-five Ukrainian servicemen returned home on Wednesday in the latest prisoner swap.", "UA"),
    ("Ukraine brought home 150 soldiers in the latest prisoner exchange.", "UA"),
])
def test_soldiers_their_state_brings_home_from_captivity_keep_its_side(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, group", [
    ("A teacher who escaped said the attackers numbered around 100.", "attackers"),
    ("Witnesses said the gunmen numbered about 50.", "gunmen"),
])
def test_people_said_to_number_about_so_many_are_counted(claims_of, text, group):
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text, source", [
    ("Armenia's defence ministry has called up some 2,000 reservists for training, it said on Monday.",
     "Armenia's defence ministry"),
    ("The army has recruited 5,000 new soldiers this year, it said.", "The army"),
    ("Hamas has freed 30 hostages, it said.", "Hamas"),
    ("Rebels have captured 200 soldiers, they said.", "Rebels"),
])
def test_it_or_they_reporting_after_their_clause_is_its_subject(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text, source", [
    ("At least 100 people died in the camp in 2024, according to Save the Children.", "Save the Children"),
    ("Some 3,000 people have fled, according to Search for Common Ground.", "Search for Common Ground"),
    ("Save the Children said at least 300 children had been killed.", "Save the Children"),
])
def test_a_source_whose_name_opens_with_a_verb_is_named_whole(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text, source", [
    ("Volunteer groups that help the men say the real figure is closer to 1,500.", "Volunteer groups"),
    ("Aid agencies that support the refugees say about 2,000 people have fled.", "Aid agencies"),
])
def test_the_object_of_a_clause_describing_the_speaker_is_not_the_speaker(claims_of, text, source):
    sources = only(claims_of(text)).attributed_to
    assert sources == [] or sources[0].startswith(source)


@pytest.mark.parametrize("text, issuer", [
    ("UN report on the siege\n\nGENEVA — A UN fact-finding mission said on Friday that the militia had killed at "
     "least 1,500 civilians.\n\nThe report said the group had recruited an estimated 3,000 children.",
     "A UN fact-finding mission"),
    ("Rights group on the camps\n\nA rights group said on Monday that guards had detained some 900 men.\n\n"
     "The study found that about 120 of them had died in custody.", "A rights group"),
])
def test_a_document_the_text_never_named_before_is_that_of_the_body_that_opens_it(claims_of, text, issuer):
    assert issuer in claims_of(text)[-1].attributed_to[0]


@pytest.mark.parametrize("text, source", [
    ("In an interview, a former paratrooper who served in the east described the fighting. \"Out of our company "
     "of 120, only 16 came back,\" he said.", "a former paratrooper"),
    ("A young conscript spoke to reporters outside the base. She said about 40 soldiers in her unit had deserted.",
     "A young conscript"),
])
def test_he_or_she_after_someone_described_as_one_of_a_kind_of_people_is_that_person(claims_of, text, source):
    assert claims_of(text)[-1].attributed_to == [source]


@pytest.mark.parametrize("text, low", [
    ("She said about 40 of her unit had deserted.", 40),
    ("Two of the team were injured in the blast.", 2),
])
def test_a_share_of_a_body_of_people_counts_its_people(claims_of, text, low):
    assert only(claims_of(text)).low == low


@pytest.mark.parametrize("text, low", [
    ("Armed groups recruited at least 400 children last year. The largest share, about 190, were taken by one "
     "faction.", 190),
    ("Some 5,000 people fled the town. The majority, about 3,000, went to the capital.", 3000),
])
def test_a_bare_number_beside_a_word_for_a_share_after_a_count_of_people_is_that_share(claims_of, text, low):
    assert claims_of(text)[-1].low == low and len(claims_of(text)) == 2


@pytest.mark.parametrize("text, low", [
    ("Chechnya has sent 3,000 fighters to Ukraine. Of these, about 1,000 had no previous military experience.", 1000),
    ("Some 900 men were detained. Among them, 40 had foreign passports.", 40),
])
def test_the_subject_of_a_sentence_that_opens_on_the_people_just_counted_is_a_share_of_them(claims_of, text, low):
    assert [c.low for c in claims_of(text)][-1] == low


@pytest.mark.parametrize("text, side", [
    ("Some have moved on to Afghanistan, where the group is believed to count several hundred Central Asians "
     "in its ranks.", None),
    ("Others went to Libya, where the militia now has about 400 foreigners in its ranks.", None),
    # with no body named after the state, the pronoun stands for the state
    ("Georgia says 2,000 volunteers want to fight for it.", "GE"),
])
def test_its_after_a_body_named_only_by_its_kind_is_not_the_state_named_before(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text", [
    "Half a dozen soldiers were hurt in the blast.",
    "Some 30 civilians were hurt when the shell struck the market.",
])
def test_people_hurt_are_casualties(claims_of, text):
    assert only(claims_of(text)).event == "casualty"


@pytest.mark.parametrize("text, statuses", [
    ("Twenty soldiers died in the ambush, the army said. Some reports put the toll as high as 40, but those figures "
     "could not be independently confirmed.", ["attributed", "unconfirmed"]),
    ("The ministry said 300 fighters had surrendered. Rebels claimed to hold 500 prisoners, though the claims could "
     "not be verified.", ["attributed", "unconfirmed"]),
])
def test_a_caveat_joined_to_a_sentences_own_figures_is_about_them(claims_of, text, statuses):
    assert [c.status for c in claims_of(text)] == statuses


@pytest.mark.parametrize("text, source", [
    ("Twenty-two soldiers killed in ambush, army says\n\nThe attack happened on Saturday in the north.", "army"),
    ("Dozens of recruits deserted, commander says\n\nThe unit was sent to the front in May.", "commander"),
])
def test_a_headline_the_parser_splits_in_two_keeps_its_closing_speaker(claims_of, text, source):
    assert claims_of(text)[0].attributed_to == [source]


@pytest.mark.parametrize("text", [
    "Maybe a hundred have already gone to fight for Russia.",
    "Maybe 40 recruits deserted before the unit reached the front.",
])
def test_a_figure_opened_by_maybe_is_hedged(claims_of, text):
    assert only(claims_of(text)).status == "hedged"


@pytest.mark.parametrize("text, events", [
    ("The panel said the group had between 70,000 and 100,000 fighters at the start of the war, and that it has "
     "since lost as many as 20,000.", ["mobilization", "casualty"]),
    ("The militia had between 3,000 and 5,000 fighters in May, and has since lost about 800.", ["mobilization", "casualty"]),
])
def test_fighters_a_party_has_between_two_bounds_are_its_strength(claims_of, text, events):
    assert [c.event for c in claims_of(text)] == events


@pytest.mark.parametrize("text, low", [
    ("He said the legion now numbered several hundred.", 200),
    ("By then the legion numbered about 1,500, its commander said.", 1500),
])
def test_a_legion_said_to_number_so_many_is_counted(claims_of, text, low):
    assert only(claims_of(text)).low == low


@pytest.mark.parametrize("text, attacker", [
    ("Russia's defence ministry said its forces had killed up to 200 Ukrainian servicemen. A regional governor said "
     "two civilians were killed and 11 wounded by Ukrainian shelling.", "UA"),
    ("Ukraine's military said it had killed 300 Russian soldiers near the city. Officials said four civilians were "
     "killed and nine wounded by Russian drones.", "RU"),
])
def test_a_doer_shared_by_two_passive_verbs_is_not_the_victims_origin(claims_of, text, attacker):
    assert attacker not in claims_of(text)[1].origin


@pytest.mark.parametrize("text, lows", [
    ("About 300 North Korean soldiers have been killed and 2,700 wounded fighting for Russia, the agency said.", [300, 2700]),
    ("Some 40 were killed and 120 injured fighting in the east.", [40, 120]),
])
def test_a_count_before_a_participle_and_a_verb_the_parser_took_for_its_noun_is_counted(claims_of, text, lows):
    assert [c.low for c in claims_of(text)] == lows


@pytest.mark.parametrize("text", [
    "Ethiopia: Amhara militia clashes leave dozens dead\n\nThe fighting began on Monday near the town.",
    "Sudan: shelling of market kills 40 civilians\n\nThe market was crowded at the time.",
])
def test_a_headline_whose_words_after_the_colon_hold_the_claim_names_no_source(claims_of, text):
    assert claims_of(text)[0].attributed_to == []


@pytest.mark.parametrize("text, source", [
    ("The government declared a state of emergency last year and has detained thousands of people, rights groups say.",
     []),
    ("The army announced a curfew and arrested 40 protesters.", []),
    # what the reporting verb itself says stays its speaker's
    ("The ministry confirmed the attack and said 12 soldiers had died.", ["The ministry"]),
])
def test_a_deed_joined_to_a_reporting_verb_is_not_what_it_reports(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text, origin", [
    ("A trainer said about 15 Americans, Britons and Australians had joined.", ["US", "GB", "AU"]),
    ("Roughly 30 Canadians, Danes and Norwegians have enlisted, the recruiter said.", ["CA", "DK", "NO"]),
])
def test_every_people_of_a_list_the_tagger_reads_as_one_name_is_an_origin(claims_of, text, origin):
    assert sorted(only(claims_of(text)).origin) == sorted(origin)


@pytest.mark.parametrize("text, events", [
    ("Police said they had detained 42 people suspected of recruiting for the group, including nine women.",
     ["detention", "detention"]),
    ("The agency arrested 30 men accused of smuggling fighters, among them four teenagers.", ["detention", "detention"]),
])
def test_a_part_opened_by_including_shares_what_befell_the_whole(claims_of, text, events):
    assert [c.event for c in claims_of(text)] == events


@pytest.mark.parametrize("text, side", [
    ("The RSF disputed the account, saying it had lost fewer than 20 fighters.", "Rapid Support Forces"),
    ("Hamas rejected the figure, saying it had lost about 300 fighters.", "Hamas"),
])
def test_it_after_a_participle_of_saying_is_the_subject_of_the_clause(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text", [
    "Dozens of civilians reported killed in shelling of the market",
    "At least 20 villagers were reported missing after the raid.",
    "Five soldiers were reported wounded near the border.",
])
def test_people_reported_killed_or_missing_without_a_source_are_hedged(claims_of, text):
    assert only(claims_of(text)).status == "hedged"


@pytest.mark.parametrize("text", [
    "Armed groups have forcibly recruited between 3,000 and 5,000 refugees from the camps to fight across the border.",
    "The militia conscripted between 200 and 400 refugees last spring.",
])
def test_refugees_recruited_between_two_bounds_are_mobilized(claims_of, text):
    assert only(claims_of(text)).event == "mobilization"


@pytest.mark.parametrize("text, event", [
    ("Around 26,000 Russians applied for asylum in the bloc last year.", "displacement"),
    ("More than 3,000 Afghans have applied for refugee status.", "displacement"),
    ("About 400 veterans applied to join the legion.", "mobilization"),
])
def test_what_people_apply_for_says_what_befell_them(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text", [
    "The UN mission in Mali has about 11,000 troops.",
    "The Kenyan-led force in Haiti has about 1,000 officers.",
])
def test_prose_that_opens_on_a_name_is_not_a_table_row(claims_of, text):
    from muster.extraction.origin import table_entry

    assert table_entry(text) is None and only(claims_of(text)).low in (11000, 1000)


@pytest.mark.parametrize("text", [
    "France 1,700 fighters",
    "Germany: 1,100",
])
def test_a_table_row_still_opens_on_a_country(text):
    from muster.extraction.origin import table_entry

    assert table_entry(text) in ("FR", "DE")


@pytest.mark.parametrize("text, event", [
    ("Investigators said the victims included about 20 women and seven children.", "casualty"),
    ("The dead include 12 soldiers and four civilians.", "casualty"),
    ("The detainees included 30 women and five boys, police said.", "detention"),
])
def test_people_a_whole_includes_share_its_event(claims_of, text, event):
    assert {c.event for c in claims_of(text)} == {event}


@pytest.mark.parametrize("text", [
    "Philippines: 21 soldiers wounded as troops clash with Abu Sayyaf",
    "Somalia: 12 soldiers killed when gunmen clash with al-Shabaab near the base",
])
def test_a_party_named_in_a_clause_after_the_counted_noun_is_not_their_side(claims_of, text):
    assert only(claims_of(text)).side not in ("Abu Sayyaf", "al-Shabaab")


@pytest.mark.parametrize("text, statuses", [
    ("Abu Sayyaf, which once had more than 1,000 fighters, is now believed to number fewer than 100.",
     ["asserted", "hedged"]),
    ("The rebels, who number about 3,000, are believed to have seized the town.", ["asserted"]),
    ("About 300 fighters are believed to have arrived.", ["hedged"]),
])
def test_a_hedge_on_the_main_clause_does_not_cover_a_relative_clause_aside(claims_of, text, statuses):
    assert [c.status for c in claims_of(text)] == statuses


@pytest.mark.parametrize("text, origin", [
    ("France came second with 1,700 fighters.", ["FR"]),
    ("Tunisia ranked first with about 3,000 volunteers.", ["TN"]),
])
def test_a_count_with_a_rank_of_the_clauses_subject_is_its_people(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin


@pytest.mark.parametrize("text, source", [
    ("Advocates fear that dozens could be detained if they are sent back; the Taliban has said former soldiers have "
     "nothing to fear.", []),
    ("Twelve soldiers were killed in the attack; the army said the rebels had fled.", []),
])
def test_a_reporting_verb_after_a_semicolon_reports_its_own_clause(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text, event", [
    ("Forty-five Indian nationals who were recruited by the Russian army have been discharged and returned home.", "other"),
    ("About 200 volunteers who had enlisted were demobilised and came back home in May.", "other"),
])
def test_a_return_joined_to_the_verb_of_the_counted_people_is_what_befell_them(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, state", [
    ("Ireland's Defence Forces struggle to recruit\n\nThe Defence Forces' strength has fallen to about 7,500 personnel, "
     "the chief of staff said.", "IE"),
    ("Portugal's army shrinks\n\nThe army now has about 13,000 soldiers, the ministry said.", "PT"),
])
def test_soldiers_of_the_one_state_an_article_names_serve_it(claims_of, text, state):
    assert claims_of(text)[-1].side == state


@pytest.mark.parametrize("text", [
    "Lebanon's army to deploy more troops\n\nThe army already has about 4,500 troops in the area. The UN force, which has "
    "around 10,000 personnel from 50 countries, will support it.",
    "Mali's army grows\n\nThe army has 20,000 soldiers. A training mission with some 600 officers from 22 nations advises it.",
])
def test_a_force_of_many_states_is_not_the_home_states_people(claims_of, text):
    assert claims_of(text)[-1].origin == []


@pytest.mark.parametrize("text, origin", [
    ("Ukraine and Russia each returned 95 prisoners of war on Friday, officials said.", {"UA", "RU"}),
    ("Kyiv and Moscow each freed 150 soldiers in the swap.", {"UA", "RU"}),
])
def test_prisoners_each_side_hands_back_come_from_both(claims_of, text, origin):
    assert set(only(claims_of(text)).origin) == origin


@pytest.mark.parametrize("text", [
    "Islamabad says the group operates from Afghanistan, where as many as 6,000 of its fighters are sheltering.",
    "About 6,000 fighters are sheltering across the border.",
])
def test_fighters_who_shelter_somewhere_are_not_displaced(claims_of, text):
    assert only(claims_of(text)).event != "displacement"


@pytest.mark.parametrize("text, event", [
    ("Gunmen seized 87 villagers on Sunday. Police said 20 of the victims had been rescued.", "detention"),
    ("A missile killed 30 people at the market. Twelve of the victims were children.", "casualty"),
    ("Militants abducted 40 schoolgirls last month. Five of the victims escaped on Friday.", "detention"),
])
def test_a_share_of_the_victims_suffered_what_the_people_counted_before_did(claims_of, text, event):
    assert claims_of(text)[-1].event == event


@pytest.mark.parametrize("text, lows", [
    ("Mykola, 34, joined the army in 2022.\n\n\"When we arrived near the town there were 110 of us,\" he said. \"Two weeks "
     "later, 55 were left. Some were killed, most were wounded.\" The rest of the interview is about his family, his "
     "village and the harvest, which he misses every autumn, and about the farm where his father still works.",
     [110, 55]),
    ("Olena, 29, a medic from Kharkiv, signed up in 2023. She said 40 men of her unit had been wounded and 12 killed "
     "since the spring. She spoke about her children, her mother, the town where she grew up and the bakery she "
     "ran before the invasion, which is now closed.", [40, 12]),
])
def test_an_interview_that_names_only_towns_but_tells_of_killing_is_in_scope(claims_of, text, lows):
    assert [c.low for c in claims_of(text)] == lows


@pytest.mark.parametrize("text, name", [
    ("Mykola, 34, a machine-gunner from Dnipro, joined the army in 2022. He asked that his surname not be used.\n\n"
     "\"When we arrived there were 110 of us,\" he said.", "Mykola"),
    ("Taras, 41, a sapper from Lviv, has served since 2014. He asked us not to print his surname.\n\n"
     "\"Our company lost 30 men in a month,\" he said.", "Taras"),
])
def test_a_first_name_the_tagger_takes_for_a_place_is_a_person_when_described_as_one(claims_of, text, name):
    assert only(claims_of(text)).attributed_to == [name]


def test_a_table_without_a_caption_takes_its_source_event_and_side_from_the_sentences_before_it(claims_of):
    text = ("Foreign volunteers killed, by country\n\nA tally by an independent research group lists the foreign "
            "volunteers killed fighting for Ukraine since 2022. The group says its count is incomplete.\n\n"
            "- Colombia: 295\n- Georgia: 84\n- Brazil: 55\n")
    rows = claims_of(text)
    assert [c.origin for c in rows] == [["CO"], ["GE"], ["BR"]]
    assert {c.event for c in rows} == {"casualty"} and {c.side for c in rows} == {"UA"}
    assert {tuple(c.attributed_to) for c in rows} == {("an independent research group",)}


@pytest.mark.parametrize("text, group", [
    ("The military is calling up two reserve brigades.", "reserve brigades"),
    ("Hundreds of families have fled the town.", "families"),
    ("Ukraine estimated the units at no more than two battalions.", "battalions"),
])
def test_a_count_of_units_says_who_it_counts_after_its_number(claims_of, text, group):
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text, low", [
    ("Ukraine lowers draft age, calls up 160,000", 160000),
    ("Russia has mobilised 300,000 since September.", 300000),
    ("The junta says it will conscript 5,000 a month.", 5000),
])
def test_a_bare_number_taken_into_a_force_counts_people(claims_of, text, low):
    assert only(claims_of(text)).low == low


def test_a_bare_number_called_without_up_is_not_counted(claims_of):
    assert claims_of("The club called 2,000 fans.") == []


@pytest.mark.parametrize("text", ["thousands of draft dodgers", "deserters from the front", "men of draft age",
                                  "the defence minister said"])
def test_words_of_conscription_and_desertion_are_conflict_words(text):
    from muster.extraction.frame import scope_hits

    assert scope_hits(text) >= 1


@pytest.mark.parametrize("name, party", [
    ("the M23 rebel group", "M23"),
    ("M23 rebels", "M23"),
    ("the Hamas movement", "Hamas"),
    ("the Russian group", None),
    ("the Syrian rebels", None),
])
def test_an_armed_groups_name_before_the_kind_of_body_it_is_names_the_party(name, party):
    from muster.extraction.sides import party_of

    assert party_of(name) == party


@pytest.mark.parametrize("text, side", [
    ("Hamas's strength is put at 30,000.", "Hamas"),
    ("Analysts put the militia's strength at about 800.", None),
    ("UN experts estimated the M23's strength at 3,000 to 4,000 last year.", "M23"),
])
def test_the_strength_a_force_is_put_at_counts_its_fighters(claims_of, text, side):
    claim = only(claims_of(text))
    assert claim.event == "mobilization" and claim.side == side


@pytest.mark.parametrize("text, state", [
    ("Live updates\n\n10:15 — The Israeli military says two soldiers were killed in northern Gaza.\n\n"
     "10:42 — Gaza's civil defence says 25 people were killed in strikes, including nine children.", "IL"),
    ("Border clashes\n\nThe Pakistani army said three soldiers died in the attack. Afghan officials said 12 civilians "
     "were killed on their side of the border.", "PK"),
])
def test_soldiers_a_states_forces_count_without_naming_their_state_are_its_own(claims_of, text, state):
    claim = claims_of(text)[0]
    assert claim.side == state and claim.origin == [state]


@pytest.mark.parametrize("text, origins", [
    ("The report found that about 300 of the recruits came from Cameroon and some 200 from Kenya.", [["CM"], ["KE"]]),
    ("About 300 came from Chile and about 40 from Peru, the ministry said.", [["CL"], ["PE"]]),
])
def test_a_from_phrase_ends_where_the_next_count_begins(claims_of, text, origins):
    assert [c.origin for c in claims_of(text)][-len(origins):] == origins


@pytest.mark.parametrize("text", [
    "Foreign recruits\n\nThe report said about 300 of the recruits came from Cameroon and some 200 from Kenya. At least "
    "120 have been killed, it said.",
    "Volunteers by nationality\n\nThe largest groups were 400 Georgians and 150 Britons, the group said. About 90 have "
    "died since the spring.",
])
def test_a_bare_count_after_a_breakdown_by_country_is_of_the_whole(claims_of, text):
    assert claims_of(text)[-1].origin == []


@pytest.mark.parametrize("text, side", [
    ("Sahel: jihadists kill dozens of soldiers in Niger\n\nNIAMEY — Suspected jihadists killed 29 Nigerien soldiers in an "
     "ambush near the border with Mali, the defence ministry said on Wednesday. The ministry said \"several dozen "
     "terrorists\" were neutralised in the response.\n\nNiger's military government has expelled French and US troops "
     "since taking power in 2023 and turned to Russia for security assistance. About 100 Russian military instructors "
     "arrived in Niamey last year.", "NE"),
    ("Jihadists in Burkina Faso\n\nJihadist fighters killed 40 villagers, and the group's jihadist allies seized two towns. "
     "Some 300 Turkish soldiers are training the army in Ouagadougou.", "BF"),
])
def test_a_states_forces_named_as_such_are_not_jihadists(claims_of, text, side):
    assert claims_of(text)[-1].side != "jihadist groups"


@pytest.mark.parametrize("text", [
    "The fighting pitted the Radaa force against the 444 Brigade.",
    "Residents said the 111 Brigade had withdrawn from the district.",
])
def test_a_unit_named_by_a_number_is_not_a_count(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, events", [
    ("Among the dead identified by name are about 20,000 volunteers, 15,000 convicts recruited from prisons and "
     "11,000 mobilised men.", ["casualty"] * 3),
    ("Among those killed were 12 volunteers and 30 conscripts.", ["casualty"] * 2),
    ("Among those freed were 40 soldiers and 12 medics.", ["detention"] * 2),
])
def test_counts_listed_among_a_whole_share_what_befell_it(claims_of, text, events):
    assert [c.event for c in claims_of(text)] == events


def test_a_fronted_among_does_not_override_what_people_did_themselves(claims_of):
    assert only(claims_of("Among the refugees, 300 joined the army.")).event == "mobilization"


@pytest.mark.parametrize("text", [
    "A count by two outlets, based on obituaries, social media posts and court records, has identified more than "
    "100,000 soldiers killed since 2022.",
    "The tally, drawn from hospital records and police reports, lists 1,200 people killed in the city.",
])
def test_documents_a_count_rests_on_are_not_its_source(claims_of, text):
    assert not any("records" in s for s in only(claims_of(text)).attributed_to)


@pytest.mark.parametrize("text, side", [
    ("Fighters from the ELN kidnapped 12 soldiers on Saturday, the army said. A soldier and two guerrillas were killed "
     "in the clash.\n\nThe ELN, which has an estimated 5,800 members, has been in peace talks since 2022.", "ELN"),
    ("Rockets killed three soldiers near the border on Monday, the army said.\n\nHezbollah, which has about 30,000 "
     "members, did not comment.", "Hezbollah"),
])
def test_the_members_an_armed_group_has_are_its_strength(claims_of, text, side):
    claim = claims_of(text)[-1]
    assert claim.event == "mobilization" and claim.side == side


@pytest.mark.parametrize("text, source", [
    ("Russia is holding at least 1,800 Ukrainian civilians in detention, many of them incommunicado, a UN human rights "
     "monitoring mission said in a report.", ["a UN human rights monitoring mission"]),
    ("The militia holds about 400 prisoners, most of them conscripts, a local monitoring group said.",
     ["a local monitoring group"]),
])
def test_an_aside_about_the_counted_people_is_not_the_speaker(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == source


@pytest.mark.parametrize("text, event, origin", [
    ("Hundreds of relatives of Nepali men serving in the Russian army protested outside the ministry.", "other", ["NP"]),
    ("Dozens of families of soldiers killed in the war rallied in the capital.", "other", []),
    ("About 40 families of Wagner fighters were evacuated from the town.", "displacement", ["RU"]),
])
def test_the_kin_of_people_did_what_their_own_verb_says_and_join_no_side(claims_of, text, event, origin):
    claim = only(claims_of(text))
    assert (claim.event, claim.origin, claim.side) == (event, origin, None)


def test_people_counted_as_relatives_who_were_harmed_are_still_harmed(claims_of):
    assert only(claims_of("Two of his relatives were killed in the strike.")).event == "casualty"


@pytest.mark.parametrize("text, state", [
    ("Taiwan's armed forces have about 150,000 active personnel, against an estimated two million in China's People's "
     "Liberation Army.", "CN"),
    ("Finland's army has 280,000 wartime troops, against some 700,000 in the Russian army.", "RU"),
])
def test_a_bare_count_of_those_in_a_states_force_is_of_that_state(claims_of, text, state):
    claim = claims_of(text)[-1]
    assert claim.origin == [state] and claim.side == state


def test_a_bare_count_in_a_place_is_not_on_the_places_side(claims_of):
    assert only(claims_of("Officials said 300 in Gaza had died.")).side is None


@pytest.mark.parametrize("text, group, event", [
    ("The report did not say how many prisoners of war Russia holds; Ukrainian officials put the number at more "
     "than 8,000.", "prisoners of war", "detention"),
    ("Nobody knows how many refugees have crossed, but aid groups put the number at 40,000.", "refugees", "displacement"),
])
def test_the_number_a_sentence_puts_after_asking_how_many_counts_those_people(claims_of, text, group, event):
    claim = only(claims_of(text))
    assert (claim.group, claim.event) == (group, event)


@pytest.mark.parametrize("text, state", [
    ("Armenia says 30 Syrian mercenaries fighting for Azerbaijan were killed and two captured.\n\nArmenia's defence "
     "ministry said its own losses had risen to 1,200 soldiers.", "AM"),
    ("Russia says it captured 40 Ukrainian marines last week.\n\nThe Russian army said its losses had climbed to 300 "
     "soldiers since the raid began.", "RU"),
])
def test_a_states_losses_risen_to_a_count_are_its_own_dead(claims_of, text, state):
    claim = claims_of(text)[-1]
    assert (claim.event, claim.origin, claim.side) == ("casualty", [state], state)


def test_a_force_grown_to_a_count_is_still_its_strength(claims_of):
    assert only(claims_of("The legion has grown to 4,000 fighters.")).event == "mobilization"


@pytest.mark.parametrize("text, source", [
    ("More than 2,600 Yazidi women and children are still missing, according to the regional government's office "
     "for rescuing Yazidis.", "the regional government's office for rescuing Yazidis"),
    ("About 300 Rohingya were detained, according to the agency for protecting Rohingya.",
     "the agency for protecting Rohingya"),
])
def test_a_people_named_in_a_clause_on_the_source_is_not_a_person_who_speaks(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text, event", [
    ("Pakistan expelled nearly 20,000 Afghans last week, officials said. Among them were 1,500 former members of the "
     "Afghan security forces, who say they fear reprisals.", "displacement"),
    ("Police detained 300 protesters on Sunday. Among those were 40 students who had come from the north.", "detention"),
])
def test_a_share_counted_among_them_shares_what_befell_the_whole(claims_of, text, event):
    assert claims_of(text)[-1].event == event


@pytest.mark.parametrize("text, sides_", [
    ("Some also fought for Ukraine: the ministry said at least 16 Sri Lankans had died on the Russian side and six on "
     "the Ukrainian side.", ["RU", "UA"]),
    ("Some joined Kyiv's forces: officials said 40 Nepalis were killed fighting for Russia, and two Nepalis died "
     "fighting for Ukraine.", ["RU", "UA"]),
])
def test_a_side_stated_after_a_count_comes_before_one_that_opens_the_sentence(claims_of, text, sides_):
    assert [c.side for c in claims_of(text)] == sides_


@pytest.mark.parametrize("text, side", [
    ("At least 30 of the pro-Kyiv Chechens have been killed.", "UA"),
    ("Some 200 pro-Moscow fighters crossed the river.", "RU"),
])
def test_people_for_a_government_named_by_its_capital_are_on_its_side(claims_of, text, side):
    assert only(claims_of(text)).side == side


def test_newcomers_are_people(claims_of):
    assert only(claims_of("Aid agencies said 4,000 of the newcomers were children travelling alone.")).low == 4000


@pytest.mark.parametrize("text, soldiers_state", [
    ("DR Congo: Uganda deploys troops against ADF\n\nKAMPALA — Uganda has sent about 1,000 more soldiers into eastern "
     "Congo to fight the Allied Democratic Forces, an Islamic State-linked militia, a Ugandan army spokesman said.\n\n"
     "The ADF killed more than 40 civilians in an attack on a village in Ituri province last week, according to local "
     "officials. Ugandan troops have been operating in Congo with Kinshasa's consent since 2021.", "UG"),
    ("Burundi sends troops to South Kivu\n\nBUJUMBURA — Burundi has deployed about 1,500 more soldiers to South Kivu to "
     "fight the M23, a Burundian army spokesman said.\n\nThe rebels killed at least 25 civilians in a village near "
     "Uvira last week, according to local officials. Burundian troops have been in Congo since 2023.", "BI"),
])
def test_civilians_counted_after_a_states_soldiers_are_not_of_that_state(claims_of, text, soldiers_state):
    assert soldiers_state not in claims_of(text)[-1].origin


@pytest.mark.parametrize("text, group", [
    ("Soldiers killed 23 bandits in a raid on a forest camp in Katsina state.", "bandits"),
    ("The navy said nine pirates were captured off the coast.", "pirates"),
    ("At least 14 vigilantes died when gunmen attacked their checkpoint.", "vigilantes"),
    ("Raiders killed 11 herders and stole their cattle.", "herders"),
])
def test_armed_bands_and_the_rural_people_they_attack_are_people(claims_of, text, group):
    assert only(claims_of(text)).group == group


@pytest.mark.parametrize("text, event", [
    ("About 1,200 Moldovans went to fight. Around 300 are still missing, their families say.", "casualty"),
    ("About 900 Chileans have joined the legion. Around 250 are still at the front, the recruiter said.", "mobilization"),
    ("Police rounded up protesters overnight. Over 200 are in custody, the ministry said.", "detention"),
])
def test_a_bare_count_after_an_opening_bound_is_of_people_where_only_people_are(claims_of, text, event):
    claim = claims_of(text)[-1]
    assert claim.low in (200, 250, 300) and claim.event == event


@pytest.mark.parametrize("text, state", [
    ("NAIROBI — Eritrea's government has conscripted about 40,000 teenagers this year, a rights group said.", "ER"),
    ("Myanmar's junta brought in a conscription law in February. The junta says it plans to call up 5,000 people a "
     "month.", "MM"),
    ("KYIV — Belarus's defence ministry has drafted some 12,000 reservists for snap exercises, the ministry said.", "BY"),
])
def test_a_state_drafts_its_own_people_into_its_own_forces(claims_of, text, state):
    claim = claims_of(text)[-1]
    assert (claim.origin, claim.side) == ([state], state)


@pytest.mark.parametrize("text, side", [
    ("The army said it had struck Hezbollah operatives near the border and killed at least four of them.", "Hezbollah"),
    ("Troops ambushed al-Shabaab militants on the road and killed 19 of them, officials said.", "al-Shabaab"),
    ("The air force bombed Houthi fighters massing near the port and killed dozens of them.", "Houthis"),
])
def test_a_share_of_them_takes_the_side_of_the_people_the_sentence_named(claims_of, text, side):
    assert claims_of(text)[-1].side == side


def test_those_who_report_are_not_the_people_of_them(claims_of):
    assert only(claims_of("Local officials said 12 of them had been killed.")).group == "people"


@pytest.mark.parametrize("text, origins", [
    ("Researchers identified 900 men from Tajikistan, Uzbekistan and Kyrgyzstan who died in the war.", ["TJ", "UZ", "KG"]),
    ("Some 400 came from Chad, Niger and Sudan, the report said.", ["TD", "NE", "SD"]),
    ("Around 70 fighters from Denmark, Norway or Sweden are believed to remain.", ["DK", "NO", "SE"]),
])
def test_a_list_of_states_closed_by_and_is_where_all_of_them_come_from(claims_of, text, origins):
    assert claims_of(text)[0].origin == origins


def test_a_list_of_counts_by_state_keeps_each_state_apart(claims_of):
    assert [c.origin for c in claims_of("63 fighters came from Chile, 25 from Peru and 20 from Bolivia.")] == \
        [["CL"], ["PE"], ["BO"]]


@pytest.mark.parametrize("text", [
    "Hundreds of reservists refused to serve, the group said.",
    "Some 300 conscripts refused their call-up papers.",
    "A group representing reservists says that about 150 have refused to return to the front.",
])
def test_people_who_refuse_to_serve_did_not_join(claims_of, text):
    assert only(claims_of(text)).event == "other"


@pytest.mark.parametrize("text, source", [
    ("Kyiv is holding about 150 foreigners who fought for Russia and were taken prisoner, a Ukrainian official in "
     "charge of prisoner affairs said.", "a Ukrainian official"),
    ("More than 40 villagers were killed when the market was shelled on Friday, the head of the district "
     "administration said.", "the head of the district administration"),
])
def test_a_speaker_the_parser_hung_on_the_word_before_its_comma_still_speaks(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text, side", [
    ("About 150 foreign fighters who fought for Russia were taken prisoner.", "RU"),
    ("Kyiv says it holds 40 Colombians who served in Russia's army and were taken prisoner near Bakhmut.", "RU"),
])
def test_fighters_taken_prisoner_are_held_and_keep_their_side(claims_of, text, side):
    claim = only(claims_of(text))
    assert (claim.event, claim.side) == ("detention", side)


@pytest.mark.parametrize("text, state", [
    ("Tajikistan alone accounts for about 8,000 of the recruits, the study found.", "TJ"),
    ("Nepal accounts for some 2,000 of the foreigners in Russia's army.", "NP"),
])
def test_a_state_that_accounts_for_a_share_of_a_whole_is_its_origin(claims_of, text, state):
    assert only(claims_of(text)).origin == [state]


@pytest.mark.parametrize("text, side", [
    ("The Gran Grif gang, which has about 100 members, controls the town.", "Gran Grif"),
    ("The Lakurawa group has some 1,000 fighters in the border area.", "Lakurawa"),
])
def test_an_armed_body_the_lexicon_does_not_know_is_named_by_its_own_name(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text", [
    "The Islamic State group has 2,000 fighters in the area.",
    "The group has about 3,000 fighters.",
])
def test_a_known_or_unnamed_armed_body_is_not_read_as_a_new_name(claims_of, text):
    assert only(claims_of(text)).side not in ("The", "Islamic")


@pytest.mark.parametrize("text", [
    "The Gran Grif gang, which has about 100 members, claimed the attack.",
    "The militia, which has some 2,000 fighters, claimed responsibility for the ambush.",
])
def test_a_body_that_claims_a_deed_reports_no_count_in_its_own_description(claims_of, text):
    assert only(claims_of(text)).attributed_to == []


@pytest.mark.parametrize("text", [
    "Haiti: gangs tighten their grip\n\nGangs killed at least 40 people in the capital this week, the UN said.\n\n"
    "A Kenyan-led police mission of some 400 officers has struggled to contain them.",
    "Haiti: mission short of officers\n\nArmed groups now control most of the capital, officials said.\n\n"
    "The Kenyan-led security mission, which numbers about 1,000 officers, has asked for more.",
])
def test_a_mission_serves_the_country_the_headline_opens_on(claims_of, text):
    assert claims_of(text)[-1].side == "HT"


@pytest.mark.parametrize("text", [
    "Rwanda has deployed about 4,000 soldiers to eastern Congo, where they fight alongside the M23.\n\n"
    "The group itself numbers about 6,500 fighters, according to the report.",
    "Uganda has about 2,000 troops in the north, where they fight beside the Alliance Fleuve Congo.\n\n"
    "The M23 now has some 8,000 fighters, the experts said.",
])
def test_an_armed_groups_own_fighters_are_not_the_state_troops_beside_it(claims_of, text):
    assert claims_of(text)[-1].origin == []


@pytest.mark.parametrize("text, source", [
    ("The army's spokesman accused the militia, which he said numbered several thousand, of raiding villages.",
     "The army's spokesman"),
    ("A district commander, who said he had lost 40 men in the ambush, asked for reinforcements.",
     "A district commander"),
    ("Colonel Ivan Petrenko said that, according to him, 300 soldiers had deserted.", "Colonel Ivan Petrenko"),
])
def test_he_in_a_sentence_that_names_a_person_speaking_is_that_person(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text, side", [
    ("The government accused the White Army militia, which numbers several thousand, of attacks on the garrison.",
     "White Army"),
    ("Officials blamed the White Army militia, which they said numbered about 5,000, for the raid.", "White Army"),
])
def test_a_body_a_relative_clause_numbers_is_counted_whatever_the_parser_hangs_after_it(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text, source", [
    ("Most of the dead were staff of the UN agency for Palestinian refugees, UNRWA, which says 260 of its employees "
     "have been killed.", "UNRWA"),
    ("The victims worked for the medical charity, Doctors Without Borders, which says 12 of its staff died.",
     "Doctors Without Borders"),
])
def test_a_name_set_off_by_commas_before_which_is_the_one_who_speaks(claims_of, text, source):
    assert only(claims_of(text)).attributed_to == [source]


@pytest.mark.parametrize("text, source", [
    ("Pakistan: train attack\n\nSoldiers freed 300 hostages, the military said.\n\nThe Balochistan Liberation Army "
     "claimed the attack. It said it had killed more than 100 security personnel.", "The Balochistan Liberation Army"),
    ("Mali: base attacked\n\nThe army said 20 soldiers died, officials said.\n\nThe Macina Liberation Front claimed "
     "the raid. It said it had captured 15 soldiers.", "The Macina Liberation Front"),
])
def test_it_after_a_sentence_about_a_body_is_that_body(claims_of, text, source):
    assert claims_of(text)[-1].attributed_to == [source]


@pytest.mark.parametrize("text", [
    "Fighting in Amhara\n\nGONDAR — Fano fighters say they captured 300 soldiers. Ethiopia's government, which calls "
    "Fano an extremist group, did not respond. The army said it had killed 1,200 militants in the region since May.",
    "Fighting in Amhara\n\nGONDAR — Fano fighters say they seized the town. The government, which has branded Fano a "
    "terrorist organisation, said the army had killed 400 militants near the town.",
])
def test_a_label_a_speaker_gives_a_named_party_names_no_jihadist_group(claims_of, text):
    assert claims_of(text)[-1].side != "jihadist groups"


@pytest.mark.parametrize("text", [
    "Syria: coastal violence\n\nThe monitor said 230 members of the security forces were killed in Syria's coastal "
    "region.",
    "Syria: clashes\n\nAt least 40 members of the security forces died in ambushes in Syria's south, the monitor said.",
])
def test_members_of_a_states_forces_are_its_soldiers(claims_of, text):
    claim = claims_of(text)[-1]
    assert (claim.origin, claim.side) == (["SY"], "SY")


@pytest.mark.parametrize("text", [
    "A commander of one such unit said it had lost 60 men.",
    "Two such brigades were formed last year, he said, and 300 recruits joined them.",
])
def test_a_unit_pointed_at_with_such_counts_no_one(claims_of, text):
    assert "such" not in " ".join(c.text for c in claims_of(text))


@pytest.mark.parametrize("text, side", [
    ("M23 rebels freed about 1,300 inmates from the central prison. The M23 later said 200 of them had joined its ranks.",
     "M23"),
    ("Gaza: recruits\n\nIsraeli officials say the war has thinned the group. Hamas said 3,000 young men had joined its "
     "ranks since May.", "Hamas"),
    ("The RSF claimed that thousands of volunteers were swelling its ranks.", "Rapid Support Forces"),
])
def test_people_who_join_a_partys_own_ranks_are_on_its_side(claims_of, text, side):
    assert claims_of(text)[-1].side == side


@pytest.mark.parametrize("text", [
    "Israel: families protest\n\nTEL AVIV — Thousands of people rallied in Tel Aviv on Saturday to demand a deal to "
    "free the hostages held in Gaza, where Israel's army is fighting Hamas.",
    "Serbia: protest\n\nBELGRADE — Tens of thousands of people rallied in Belgrade against the government, and police "
    "detained 40 protesters.",
])
def test_people_who_rally_in_a_street_join_no_side(claims_of, text):
    claim = claims_of(text)[0]
    assert claim.side is None and claim.event != "mobilization"


@pytest.mark.parametrize("text", [
    "Israel's own losses on the northern front stand at about 80 soldiers and 45 civilians.",
    "The figures on the southern front stand at about 300 fighters, the group said.",
])
def test_a_count_set_off_by_at_after_a_sentence_without_a_verb_is_read(claims_of, text):
    assert claims_of(text)[0].low in (80, 300)


@pytest.mark.parametrize("text, event", [
    ("Israel's own losses stand at about 80 soldiers and 45 civilians.", "casualty"),
    ("Russia's losses now stand at some 1,200 men, the ministry said.", "casualty"),
])
def test_losses_that_stand_at_a_count_are_casualties(claims_of, text, event):
    assert claims_of(text)[0].event == event


@pytest.mark.parametrize("text, side", [
    ("Ukraine: volunteers from Latin America\n\nA recruiter for the International Legion said about 500 Latin "
     "Americans had joined in the past six months. At least 60 of them have been killed, according to a veterans' "
     "group.\n\nRussia has also recruited in the region: Cuban authorities arrested 17 people accused of trafficking "
     "Cubans to fight for Moscow, and Moscow says hundreds of Cubans serve in its army.", "UA"),
    ("Syria: foreign fighters\n\nAbout 1,000 Chechens fought for the Islamic State group, a researcher said. Some 200 "
     "of them were killed.\n\nOthers fought for the government: Russia sent thousands of troops to back Damascus, and "
     "Iran sent thousands of militiamen to fight for Damascus.", "Islamic State"),
])
def test_a_share_of_them_keeps_the_side_of_the_people_just_counted(claims_of, text, side):
    assert claims_of(text)[1].side == side


@pytest.mark.parametrize("text, event", [
    ("Twenty citizens, including 13 children, arrived in Skopje on Friday after being repatriated from camps in Syria.",
     "other"),
    ("Some 40 Kazakh women and children landed in Almaty on Sunday following their repatriation from Syria.", "other"),
])
def test_an_arrival_that_a_return_brought_about_is_the_return(claims_of, text, event):
    assert {c.event for c in claims_of(text)} == {event}


@pytest.mark.parametrize("text", [
    "North Macedonia: 20 returnees from Syria arrive in Skopje",
    "Some 300 returnees from Iraq were detained in Tajikistan.",
])
def test_returnees_from_a_country_do_not_come_from_it(claims_of, text):
    assert not {"SY", "IQ"} & set(only(claims_of(text)).origin)


@pytest.mark.parametrize("text", [
    "A court in Kosovo has convicted nine men of joining terrorist organisations in Syria and Iraq.",
    "Prosecutors charged 14 women of travelling to Syria to join the group.",
])
def test_a_clause_after_of_says_what_people_did_not_where_they_come_from(claims_of, text):
    assert "SY" not in only(claims_of(text)).origin


@pytest.mark.parametrize("text", [
    "Kyrgyzstan brings home women and children from Syrian camps\n\nBISHKEK — Kyrgyzstan has repatriated 120 of its "
    "citizens from camps in northeast Syria, most of them children, the foreign ministry said on Monday.\n\nThe group, "
    "flown to Bishkek on a special flight, included 34 women and 86 children. They will undergo medical checks and "
    "rehabilitation before returning to their families.\n\nAbout 400 Kyrgyz nationals are believed to remain in the "
    "camps, where relatives of Islamic State fighters have been held since 2019.",
    "Uzbekistan repatriates families from Syria\n\nTASHKENT — Uzbekistan has brought home 95 of its citizens from "
    "camps in northeast Syria, the government said on Tuesday.\n\nThe returnees, flown to Tashkent on a chartered "
    "plane, included 25 women and 70 children. They were taken to a health resort near the capital for checks.\n\n"
    "Several hundred Uzbek nationals are thought to remain in the camps, which hold relatives of Islamic State fighters.",
])
def test_a_paragraph_that_names_again_the_people_counted_before_is_kept(claims_of, text):
    assert len(claims_of(text)) == 4


@pytest.mark.parametrize("text, side", [
    ("Twelve Belgian men who fought for the Islamic State group are still being held in Kurdish-run prisons in Syria.",
     "Islamic State"),
    ("About 40 French jihadists who fought for the Islamic State group remain in custody in Iraq.", "Islamic State"),
])
def test_fighters_held_where_they_fought_keep_their_side(claims_of, text, side):
    assert only(claims_of(text)).side == side


@pytest.mark.parametrize("text", [
    "Moldovan prosecutors have opened cases against 12 citizens who fought for Russia in Ukraine.",
    "Serbian prosecutors charged 28 citizens with fighting for the separatists in Ukraine.",
])
def test_people_charged_at_home_for_fighting_abroad_are_on_no_side(claims_of, text):
    assert only(claims_of(text)).side is None


@pytest.mark.parametrize("text, state", [
    ("Myanmar: resistance takes border town\n\nAIZAWL, India — Ethnic Chin fighters have captured a town on Myanmar's "
     "border with India, a spokesman for the alliance said. He said 80 junta soldiers had surrendered and fled into "
     "India, where India's police disarmed them in India's Mizoram state.", "MM"),
    ("Sudan: army base overrun\n\nN'DJAMENA, Chad — Fighters overran an army base near Sudan's border with Chad, "
     "officials in Chad said. About 60 government soldiers crossed into Chad, where Chad's army disarmed them.", "SD"),
])
def test_government_forces_serve_the_state_a_headline_opens_on(claims_of, text, state):
    claim = claims_of(text)[0]
    assert (claim.origin, claim.side) == ([state], state)


@pytest.mark.parametrize("text, source", [
    ("Myanmar: town falls\n\nEthnic Chin fighters have captured a town, a spokesman for the Chin Brotherhood alliance "
     "said. He said 80 soldiers had surrendered.", "a spokesman for the Chin Brotherhood alliance"),
    ("Fighting in the north\n\nKachin Independence Army fighters took the base, a spokeswoman for the group told "
     "reporters. She said 45 soldiers had been captured.", "a spokeswoman for the group"),
])
def test_a_name_that_describes_a_people_noun_is_not_the_person_he_stands_for(claims_of, text, source):
    assert claims_of(text)[-1].attributed_to == [source]


@pytest.mark.parametrize("text", [
    "Around 90 percent of the territory's 2.1 million people have been displaced.",
    "Most of Gaza's 2.1 million residents have fled their homes at least once.",
    "The country's 44 million people face shortages of food and fuel.",
])
def test_everyone_a_place_holds_is_its_population_not_a_claim(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, event", [
    ("Sudan's 12 million displaced people need aid.", "displacement"),
    ("Ukraine's 300,000 soldiers are exhausted.", "mobilization"),
    ("The city's 400 residents who fled were killed in the shelling.", "casualty"),
])
def test_people_a_place_owns_with_more_said_of_them_are_counted(claims_of, text, event):
    assert only(claims_of(text)).event == event


@pytest.mark.parametrize("text, origins", [
    ("At least 1,400 Africans signed contracts. Cameroon had the most recruits, with 335, followed by Egypt with 140 "
     "and Ghana with 97.", [["CM"], ["EG"], ["GH"]]),
    ("About 900 foreigners died. Colombia came first with 310, followed by Georgia with 120.", [["CO"], ["GE"]]),
])
def test_a_count_given_with_after_a_state_in_a_ranking_is_that_states(claims_of, text, origins):
    assert [c.origin for c in claims_of(text)[1:]] == origins


@pytest.mark.parametrize("text", [
    "Mozambique: more troops\n\nKIGALI — Rwanda will deploy an additional 2,000 soldiers to Mozambique, bringing its "
    "contingent there to about 4,500, the army said.\n\nRwandan troops have been fighting insurgents there since 2021. "
    "The insurgents are thought to number between 1,000 and 2,000.",
    "Somalia: troops stay\n\nNAIROBI — Kenya will keep about 3,000 soldiers in Somalia, raising its force there to "
    "some 3,500, officials said.\n\nKenyan troops have fought al-Shabaab since 2011. The militants are believed to "
    "number about 7,000.",
])
def test_militants_counted_after_a_states_troops_and_their_bare_total_are_not_of_that_state(claims_of, text):
    assert claims_of(text)[-1].origin == []


@pytest.mark.parametrize("text, side", [
    ("Niger: patrol ambushed\n\nNIAMEY — Twelve Nigerien soldiers were killed and eight wounded when suspected "
     "jihadists attacked their patrol near the border with Mali, the army said on Friday.", "NE"),
    ("Chad: convoy hit\n\nN'DJAMENA — Nine Chadian soldiers were killed and 15 wounded when Boko Haram fighters "
     "attacked their convoy near Lake Chad, the army said.", "TD"),
])
def test_a_bare_count_beside_soldiers_counts_more_of_the_same_side(claims_of, text, side):
    assert [c.side for c in claims_of(text)][-1] == side


@pytest.mark.parametrize("text, event", [
    ("Hezbollah announced nine more deaths on Sunday, bringing to 512 the number of members it says have been killed "
     "since the fighting began.", "casualty"),
    ("Russia announced 20 more deaths, raising to 1,300 the number of soldiers it says have been killed in the "
     "region.", "casualty"),
])
def test_what_a_clause_on_the_total_says_befell_the_people(claims_of, text, event):
    assert claims_of(text)[-1].event == event


@pytest.mark.parametrize("text", [
    "The ministry said that more than 13,000 foreigners have come to fight for Kyiv. It did not provide evidence.",
    "The rebels said they had captured 400 soldiers. They have not offered any proof.",
])
def test_a_figure_given_without_evidence_is_unconfirmed(claims_of, text):
    assert only(claims_of(text)).status == "unconfirmed"


@pytest.mark.parametrize("text", [
    "The corps, which reportedly numbers about 20,000, is fighting in the south.",
    "A volunteer corps of some 3,000 men was formed last year.",
])
def test_a_corps_is_a_body_of_people(claims_of, text):
    assert len(claims_of(text)) == 1


@pytest.mark.parametrize("text, sources, status", [
    ("Afghanistan: Taliban deny Pakistani claims of 200 militants killed", [], "hedged"),
    ("Officials dismissed reports of 300 deaths as propaganda.", [], "hedged"),
    ("Kyiv rejected Moscow's claims of 500 foreign fighters killed.", ["Moscow"], "attributed"),
])
def test_the_count_a_document_is_of_is_what_it_says_not_who_made_it(claims_of, text, sources, status):
    claim = only(claims_of(text))
    assert (claim.attributed_to, claim.status) == (sources, status)


@pytest.mark.parametrize("text, origin", [
    ("The families of Colombian former soldiers recruited to fight in Sudan want answers after at least 22 of the men "
     "were killed.", ["CO"]),
    ("Police questioned Afghan migrants at the border and detained 12 of the men.", ["AF"]),
])
def test_a_share_of_the_people_named_again_comes_from_where_they_do(claims_of, text, origin):
    assert only(claims_of(text)).origin == origin
