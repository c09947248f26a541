"""Attribution patterns as data: the registered component finds who speaks for a number."""
import json

import pytest

from muster.extraction.lexicon import DATA
from muster.extraction.patterns import PATTERN_FILE, matches_covering


@pytest.mark.parametrize("text, pattern, speaker, number", [
    ("The coast guard said that 80 migrants had been rescued.", "speaker_says_that", "The coast guard", "80"),
    ("Local officials reported that 35 guards deserted.", "speaker_says_that", "Local officials", "35"),
    ("The charity told reporters that 600 families were sheltering.", "speaker_says_that", "The charity", "600"),
    # a reporting clause after the content: whichever way the parser hangs it, a say-pattern finds it
    ("About 90 recruits have left the base, the commander said.", "say", "the commander", "90"),
    ("Some 15 soldiers were captured, the regional governor announced.", "say", "the regional governor", "15"),
    ("Roughly 200 residents fled, a UN spokeswoman confirmed.", "say", "a UN spokeswoman", "200"),
    ("According to the health ministry, 44 people died.", "according_to", "the health ministry", "44"),
    ("According to a rights group, about 70 protesters were detained.", "according_to", "a rights group", "70"),
    ("Nearly 500 fighters joined in March, according to the monitor.", "according_to", "the monitor", "500"),
    ("Forty desertions were reported by the garrison.", "passive_reported_by", "the garrison", "Forty"),
    ("Twelve deaths were confirmed by the hospital.", "passive_reported_by", "the hospital", "Twelve"),
    ("The ministry puts the number of volunteers at 3,000.", "speaker_puts_number", "The ministry", "3,000"),
    ("Analysts estimate 9,000 conscripts in the region.", "speaker_puts_number", "Analysts", "9,000"),
    ("The agency said, citing the police, that 25 men had been arrested.", "citing", "the police", "25"),
    ("The broadcaster reported, quoting a commander, that 60 soldiers had died.", "citing", "a commander", "60"),
])
def test_patterns_find_the_speaker_of_a_number(nlp, text, pattern, speaker, number):
    doc = nlp(text)
    token = next(t for t in doc if t.text == number)
    found = [(m.pattern, m.speaker.text) for m in matches_covering(doc, token.i)]
    if pattern == "say":
        assert {("speaker_says_that", speaker), ("content_then_speaker", speaker)} & set(found), found
    else:
        assert (pattern, speaker) in found, found


def test_the_component_is_registered_under_a_versioned_name_with_its_pattern_file(nlp):
    assert "muster_attribution_v1" in nlp.pipe_names
    assert nlp.get_pipe_meta("muster_attribution_v1").default_config == {"patterns": PATTERN_FILE}


def test_every_pattern_is_named_once_and_says_why():
    data = json.loads((DATA / PATTERN_FILE).read_text(encoding="utf-8"))
    names = [p["name"] for p in data["patterns"]]
    assert len(names) == len(set(names))
    for p in data["patterns"]:
        ids = {node["RIGHT_ID"] for node in p["pattern"]}
        assert p["why"].strip() and {p["speaker"], p["cue"], p["scope"]} <= ids, p["name"]
