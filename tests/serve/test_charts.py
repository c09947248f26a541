"""The server-drawn charts: no bar for a key without a range of people, a labelled log axis,
and timeline labels that never print over each other."""
import re

from muster.serve.charts import CHAR_WIDTH, range_chart, timeline_chart


def estimate(key, low, high, figures=True, units=()):
    return {"origin": key, "event": "mobilization", "low": low, "high": high, "lowest_low": low, "highest_high": high,
            "independent_sources": 1 if figures else 0, "conflict": False,
            "figures": [{"low": low, "high": high}] if figures else [], "units": list(units), "parts": []}


def test_a_key_with_only_unit_counts_draws_no_bar():
    svg = str(range_chart([estimate("SE", 300, 450), estimate("RU", None, None, figures=False,
                                                               units=[{"unit": "battalion"}])], "origin"))
    assert svg.count("<rect") == 1
    assert 'data-key="RU"' in svg and "unit counts only, no range" in svg


def test_the_log_axis_is_labelled_at_powers_of_ten():
    svg = str(range_chart([estimate("SE", 40, 12_000)], "origin"))
    labels = re.findall(r'class="tick-label"[^>]*>([^<]+)<', svg)
    assert labels[:5] == ["1", "10", "100", "1,000", "10,000"]


def test_timeline_labels_of_close_dots_do_not_overlap():
    days = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-09-30"]
    points = [{"origin": "PE", "date": d, "low": v, "high": v, "sources": ["s"]} for d, v in zip(days, (600, 100, 250, 90, 7))]
    svg = str(timeline_chart(points, "origin"))
    placed = [(float(x), int(y), text) for x, y, text in re.findall(r'<text class="value" x="([\d.]+)" y="(\d+)"[^>]*>([^<]+)<', svg)]
    for i, (x1, y1, t1) in enumerate(placed):
        for x2, y2, t2 in placed[i + 1:]:
            if y1 == y2:
                assert abs(x1 - x2) >= CHAR_WIDTH * (len(t1) + len(t2)) / 2, (t1, t2)
    assert len(placed) >= 3 and svg.count("<circle") == 5  # every dot drawn; its number in its tooltip at least
