"""How a named country or party stands to a count in the parse: the shapes the side and origin
decisions learn from. Every sentence here is written for these tests."""
import pytest

from muster.extraction.components import QUANTITIES
from muster.extraction.relations import relation


def _relation(nlp, text: str, name: str) -> str:
    doc = nlp(text)
    span = doc.spans[QUANTITIES][0]
    start = text.index(name)
    return relation(span, start, start + len(name))


@pytest.mark.parametrize("text, name, expected", [
    # the name is inside the counted phrase: a modifier, an origin, a clause saying whom they serve
    ("About 40 Norwegian medics have joined the brigade.", "Norwegian", "group:mod"),
    ("Some 30 Chilean recruits were flown in on Monday.", "Chilean", "group:mod"),
    ("Some 60 recruits from Peru have joined the legion.", "Peru", "group:origin"),
    ("Roughly 90 mercenaries from Serbia were seen at the airport.", "Serbia", "group:origin"),
    ("Some 300 men who had gone to fight for Armenia were killed.", "Armenia", "group:clause:serve"),
    # the name is the counted noun itself
    ("Around 50 Estonians were wounded.", "Estonians", "group:self"),
    # on the verb above the count: whom they serve, where it happened, who did it to them
    ("At least 300 men are fighting for Moldova in the north.", "Moldova", "verb:serve"),
    ("About 120 volunteers serve with Georgia's forces there.", "Georgia", "verb:serve"),
    ("Nearly 200 fighters were killed in Yemen last week.", "Yemen", "verb:place"),
    ("Some 70 fighters died on Libyan soil in May.", "Libyan", "verb:place"),
    ("Nearly 200 fighters were killed by Ethiopian forces last week.", "Ethiopian", "verb:opposed"),
    ("Around 40 guards were captured by Eritrean troops at dawn.", "Eritrean", "verb:opposed"),
    # the state that acts on them, and the state that says so
    ("Chad has sent 300 soldiers to the border.", "Chad", "verb:subject"),
    ("Kenya deployed 400 police officers last year.", "Kenya", "verb:subject"),
    ("Finland said that 300 soldiers had been killed.", "Finland", "speaker"),
    # a state a relative clause hangs on stands as its pronoun does
    ("Belarus, which has sent some 900 soldiers to the border, denies it.", "Belarus", "verb:subject"),
    ("Third on the list is Peru, which has provided some 640 recruits.", "Peru", "verb:subject"),
    ("Ghana reported that some 25 citizens were missing.", "Ghana", "speaker"),
])
def test_relation_of_a_name_to_the_count(nlp, text, name, expected):
    assert _relation(nlp, text, name) == expected


def test_a_name_in_another_clause_far_up_is_marked_far_or_clause(nlp):
    text = ("Nearly 200 fighters were killed, and the government of Bolivia, which denied it, "
            "asked the court in a long letter to review the case.")
    shape = _relation(nlp, text, "Bolivia")
    assert shape.startswith(("far:", "verb:clause"))
