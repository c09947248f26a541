"""Fixture corpora written for muster: reprints are one source, disjoint figures conflict,
revisions make a timeline, compatible figures agree, and alias files decide identity."""
import json

import pytest

from muster.ingest import ingest as ingest_paths
from muster.reconcile import engine, views
from muster.reconcile.sources import read_alias_file
from muster.store import open_store
from muster.store.plain import ClaimFilters

FILLER = ("The legion was formed in the first days of the invasion and trains its recruits at a base in the west. "
          "Officials have appealed for more volunteers with combat experience and for medical staff. ")


def own_filler(seed: int) -> str:
    """Background sentences of one outlet's own story, unlike any other outlet's."""
    import random

    from bench.corpus import FILLER_SENTENCES

    rng = random.Random(seed)
    return " ".join(s.format(day="Monday", month="May") for s in rng.sample(FILLER_SENTENCES, 6))


def corpus(tmp_path, name, items):
    path = tmp_path / f"{name}.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    return path


def ingest(db_url, path):
    store = open_store(db_url)
    assert ingest_paths(store, [str(path)]).ok
    engine.update(store)
    return store


def only(rows):
    assert len(rows) == 1, rows
    return rows[0]


def test_one_official_carried_by_ten_outlets_and_a_wire_story_is_one_source(db_url, tmp_path):
    phrasings = [
        "At least 16,000 foreign volunteers have joined the International Legion, President Oleh Dubrovsky said.",
        "President Dubrovsky said at least 16,000 foreign volunteers had joined the International Legion.",
        "At least 16,000 foreign volunteers have signed up for the International Legion, according to Oleh Dubrovskyy.",
        "Dubrovskiy said that at least 16,000 foreign volunteers had arrived to join the International Legion.",
    ]
    items = [{"text": f"{phrasings[i % 4]} {own_filler(i)}", "outlet": outlet,
              "published": f"2022-03-{10 + i:02d}", "url": f"https://{outlet.lower().replace(' ', '')}.example/{i}"}
             for i, outlet in enumerate(["Daily Courier", "Evening Post", "Morning Star", "Capital Times", "Northern Echo",
                                         "Harbour News", "Valley Gazette", "City Herald", "River Journal", "Coast Tribune"])]
    wire = ("At least 16,000 foreign volunteers have joined the International Legion, Dubrovsky said, in a statement carried by the wire. "
            + FILLER * 2)
    items += [{"text": wire + f"Published by {outlet}.", "outlet": outlet, "published": "2022-03-12", "url": f"https://{outlet.lower()}.example/w"}
              for outlet in ("Wirecopy", "Syndicated", "Reprinter")]
    store = ingest(db_url, corpus(tmp_path, "one-source", items))
    estimate = only(views.estimates(store, ClaimFilters(side="UA", event="mobilization"), by="side"))
    assert estimate["independent_sources"] == 1
    assert [f["source"] for f in estimate["figures"]] == ["Oleh Dubrovsky"]
    assert (estimate["low"], estimate["highest_high"]) == (16000, None)
    figure = only(views.figure_rows(store, ClaimFilters(side="UA")))
    assert len(figure["carriers"]) >= 13 and figure["articles"] == 13
    assert figure["reports"] == 11, "the three wire reprints count as one report"


def test_disjoint_independent_figures_conflict_and_both_are_shown(db_url, tmp_path):
    items = [
        {"text": "Between 300 and 400 Colombians have joined the Ukrainian army, the Colombian foreign ministry said.",
         "outlet": "Bogota Daily", "published": "2024-05-01"},
        {"text": "At least 1,000 Colombians have joined the Ukrainian army, the Russian defence ministry claimed.",
         "outlet": "Moscow Courier", "published": "2024-05-03"},
    ]
    store = ingest(db_url, corpus(tmp_path, "conflict", items))
    estimate = only(views.estimates(store, ClaimFilters(origin="CO")))
    assert estimate["conflict"] is True and estimate["independent_sources"] == 2
    assert {(f["low"], f["high"]) for f in estimate["figures"]} == {(300, 400), (1000, None)}
    assert (estimate["lowest_low"], estimate["high"]) == (300, None)


def test_a_revised_figure_is_a_timeline_and_only_the_latest_counts(db_url, tmp_path):
    items = [{"text": f"The Georgian Legion said {n} Georgian fighters had been killed in Ukraine.", "outlet": "Tbilisi Times",
              "published": day} for n, day in ((20, "2022-06-01"), (35, "2023-01-15"), (59, "2024-02-01"))]
    store = ingest(db_url, corpus(tmp_path, "revisions", items))
    points = views.timeline(store, ClaimFilters(origin="GE", event="casualty"))
    assert [(p["date"], p["low"]) for p in points] == [("2022-06-01", 20), ("2023-01-15", 35), ("2024-02-01", 59)]
    assert all(p["sources"] == ["Georgian Legion"] for p in points)
    estimate = only(views.estimates(store, ClaimFilters(origin="GE", event="casualty")))
    assert (estimate["low"], estimate["high"], estimate["independent_sources"]) == (59, 59, 1)
    as_of = only(views.estimates(store, ClaimFilters(origin="GE", event="casualty"), as_of="2023-06-30"))
    assert (as_of["low"], as_of["high"]) == (35, 35)


def test_at_least_70_and_70_are_compatible_and_an_own_voice_restatement_joins_the_source(db_url, tmp_path):
    items = [
        {"text": "At least 70 Japanese citizens have volunteered to fight for Ukraine, Kyodo reported.", "outlet": "Kyodo",
         "published": "2022-03-01"},
        {"text": "70 Japanese citizens have volunteered to fight for Ukraine, the Ukrainian embassy in Tokyo said.",
         "outlet": "Tokyo Shimbun", "published": "2022-03-02"},
    ]
    store = ingest(db_url, corpus(tmp_path, "compatible", items))
    estimate = only(views.estimates(store, ClaimFilters(origin="JP")))
    assert estimate["conflict"] is False and estimate["independent_sources"] == 1
    figure = only(views.figure_rows(store, ClaimFilters(origin="JP")))
    assert figure["ultimate_sources"] == ["Ukrainian embassy in Tokyo"] and "Kyodo" in figure["carriers"]
    assert len(figure["claim_ids"]) == 2 and (figure["low"], figure["qualifier"]) == (70, "exact")


def test_alias_file_merges_and_splits_sources(db_url, tmp_path):
    items = [
        {"text": "About 200 Czechs have joined the legion, legion spokesman Oleksandr Petrenko said.", "outlet": "Prague Wire",
         "published": "2022-04-01"},
        {"text": "About 200 Czechs have joined the legion, the legion's press office said.", "outlet": "Brno Daily",
         "published": "2022-04-02"},
        {"text": "About 200 Czechs have joined the legion, Petrenko told reporters.", "outlet": "Ostrava News",
         "published": "2022-04-03"},
        {"text": "About 200 Czechs have joined the legion, the Kyiv Post newspaper reported.", "outlet": "Plzen News",
         "published": "2022-04-04"},
    ]
    store = ingest(db_url, corpus(tmp_path, "aliases", items))
    before = only(views.estimates(store, ClaimFilters(origin="CZ")))
    # Petrenko (both forms of his name) and the press office; an outlet cited for the figure only carries it.
    assert sorted(f["source"] for f in before["figures"]) == ["Oleksandr Petrenko", "legion's press office"]
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[[merge]]\ninto = "Oleksandr Petrenko"\nnames = ["the legion\'s press office"]\n\n'
                       '[[split]]\nnames = ["Petrenko"]\n', encoding="utf-8")
    engine.set_user_aliases(store, read_alias_file(aliases))
    after = only(views.estimates(store, ClaimFilters(origin="CZ")))
    assert sorted(f["source"] for f in after["figures"]) == ["Oleksandr Petrenko", "Petrenko"]
    reasons = {a["name"]: a["reason"] for s in views.source_rows(store) for a in s["aliases"]}
    assert "user alias file" in reasons["the legion's press office"]
    engine.rebuild(store)
    assert only(views.estimates(store, ClaimFilters(origin="CZ"))) == after


def test_bad_alias_file_is_one_clear_error(tmp_path):
    from muster.reconcile.sources import AliasFileError

    bad = tmp_path / "a.toml"
    bad.write_text("[[merge]]\nnames = 3\n")
    with pytest.raises(AliasFileError, match="a.toml"):
        read_alias_file(bad)
