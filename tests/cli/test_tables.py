"""Tables at the terminal's width: a word is never split across lines, and when columns must
go, the least important go first and the title says so."""
import re

import pytest
from rich.console import Console

from muster.cli.tables import fit_table

COLUMNS = [("text", 1), ("bounds", 1), ("group", 3), ("origin", 2), ("source", 2), ("outlet", 4), ("published", 4)]
ROWS = [["Thousands", "2,000–9,999", "foreign volunteers", "", "officials", "Nordic Wire", "2022-03-08"],
        ["Between 2,000 and 3,000", "2,000–3,000", "Georgian fighters", "GE", "Levan Kapanadze ← Reuters",
         "Caucasus Daily", "2022-03-09"]]


def render(width):
    console = Console(width=width, record=True, color_system=None)
    console.print(fit_table("claims", COLUMNS, ROWS, width=width))
    return console.export_text()


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_no_word_is_split_at_any_width(width):
    out = render(width)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= width
    header = next(line for line in lines if "text" in line and "bounds" in line)
    shown = [i for i, (name, _) in enumerate(COLUMNS) if re.search(rf"\b{name}\b", header)]
    assert shown, header
    for row in ROWS:
        for i in shown:
            for word in row[i].split():
                assert word in out, (width, COLUMNS[i][0], word)  # whole on one line, never in pieces


def test_the_least_important_columns_go_first():
    narrow = render(60)
    assert "too narrow for: " in narrow and "outlet" in narrow.splitlines()[0] and "published" in narrow.splitlines()[0]
    assert "text" in narrow and "bounds" in narrow
    assert "too narrow" not in render(140)
