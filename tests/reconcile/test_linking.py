"""A story written for muster, told by several outlets: restatements with and without their
source, a wire story reprinted, a second speaker with the same number, a report's later
sentences, an addition, and one state speaking through its ministry and its minister."""
import pytest

from muster.ingest import ingest as ingest_paths
from muster.reconcile import engine, views
from muster.store.plain import ClaimFilters
from tests.reconcile.test_scenarios import corpus, ingest

WIRE = ("LIMA, March 1 (Andes Wire) – Peru's foreign ministry said on Friday that about 300 Peruvians have joined the "
        "Ukrainian army. The ministry added that 12 of them had been killed in combat.")
STORY = [
    dict(outlet="Andes Wire", url="https://andes.example/peru-volunteers", published="2024-03-01", text=WIRE),
    dict(outlet="Lima Ledger", url="https://ledger.example/a1", published="2024-03-02",
         text="The Peruvian government says some 300 of its citizens are fighting for Ukraine. Peruvian Foreign "
              "Minister Ana Quispe told lawmakers that 12 Peruvians had died at the front."),
    dict(outlet="Coastal Times", url="https://coastal.example/b7", published="2024-03-03",
         text="Around 300 Peruvians are serving with Ukrainian forces, according to the Peruvian foreign ministry. "
              "Separately, Luis Mamani, who coordinates volunteers in Lima, said about 300 Peruvians had applied to "
              "join the Ukrainian army."),
    dict(outlet="Pacific Herald", url="https://herald.example/reprint-44", published="2024-03-02", text=WIRE),
    dict(outlet="Daily Observer", url="https://observer.example/c3", published="2024-03-04",
         text="A report by the Andean Conflict Monitor found that at least 280 Peruvians had enlisted in the "
              "Ukrainian army. The monitor said that at least 12 had been killed."),
    dict(outlet="Lima Ledger", url="https://ledger.example/a2", published="2024-03-20",
         text="Another 12 Peruvians fighting for Ukraine were killed last week, the foreign ministry of Peru said on "
              "Wednesday."),
    dict(outlet="Kiwi Post", url="https://kiwi.example/d9", published="2024-03-05",
         text="About 300 Peruvians have joined Ukraine's army since the war began, and many more are expected to "
              "follow them."),
]


@pytest.fixture
def story(db_url, tmp_path):
    return ingest(db_url, corpus(tmp_path, "peru", STORY))


def figures_of(store, low, event):
    return sorted((f for f in views.figure_rows(store, ClaimFilters(event=event)) if f["low"] == low),
                  key=lambda f: [s.lower() for s in f["ultimate_sources"]])


def outlets(figure):
    return sorted(m["outlet"] for m in figure["mentions"])


def test_restatements_join_one_figure_whatever_their_wording_or_attribution(story):
    ministry, coordinator = figures_of(story, 300, "mobilization")
    assert ministry["ultimate_sources"] == ["government of Peru"]
    # "about", "some", "around", with the ministry named, with the government named, in an outlet's own voice.
    assert outlets(ministry) == ["Andes Wire", "Coastal Times", "Kiwi Post", "Lima Ledger", "Pacific Herald"]
    assert all(m["link_reason"] for m in ministry["mentions"])


def test_the_same_number_from_another_speaker_is_another_figure(story):
    ministry, coordinator = figures_of(story, 300, "mobilization")
    assert coordinator["ultimate_sources"] == ["Luis Mamani"] and outlets(coordinator) == ["Coastal Times"]


def test_a_reprint_is_kept_as_an_article_and_counts_as_the_same_report(story, db_url, tmp_path):
    ministry, _ = figures_of(story, 300, "mobilization")
    assert ministry["articles"] == 5 and ministry["reports"] == 4
    again = ingest_paths(story, [str(corpus(tmp_path, "peru", STORY))])
    assert again.articles_added == 0


def test_a_state_speaks_through_its_ministry_and_its_minister(story):
    twelve = [f for f in figures_of(story, 12, "casualty") if f["ultimate_sources"] == ["government of Peru"]]
    first = next(f for f in twelve if f["first_seen"] == "2024-03-01")
    reasons = " ".join(m["source_reason"] for m in first["mentions"])
    assert outlets(first) == ["Andes Wire", "Lima Ledger", "Pacific Herald"]
    assert "Ana Quispe" in reasons and "ministry" in reasons


def test_an_addition_is_news_of_its_own(story):
    twelve = [f for f in figures_of(story, 12, "casualty") if f["ultimate_sources"] == ["government of Peru"]]
    assert sorted(f["first_seen"] for f in twelve) == ["2024-03-01", "2024-03-20"]


def test_a_report_named_once_sources_its_later_sentences(story):
    monitor = [f for f in views.figure_rows(story, ClaimFilters()) if f["ultimate_sources"] == ["Andean Conflict Monitor"]]
    assert sorted((f["low"], f["event"]) for f in monitor) == [(12, "casualty"), (280, "mobilization")]


def test_estimates_never_mix_events_and_count_sources_after_merging(story):
    rows = views.estimates(story, ClaimFilters(origin="PE"))
    assert sorted(r["event"] for r in rows) == ["casualty", "mobilization"]
    mobilization = next(r for r in rows if r["event"] == "mobilization")
    assert sorted(f["source"] for f in mobilization["figures"]) == [
        "Andean Conflict Monitor", "Luis Mamani", "government of Peru"]
    assert mobilization["conflict"] is False  # 280 or more, about 300 and about 300 can all be true


def test_incremental_linking_equals_a_rebuild(db_url, tmp_path):
    from muster.store import open_store

    store = open_store(db_url)
    for i, item in enumerate(STORY):
        ingest_paths(store, [str(corpus(tmp_path, f"part{i}", [item]))])
        engine.update(store)
    incremental = views.figure_rows(store, ClaimFilters())
    engine.rebuild(store)
    assert views.figure_rows(store, ClaimFilters()) == incremental
