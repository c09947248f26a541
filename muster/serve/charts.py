"""Charts as server-side SVG: no script, no CDN, nothing to download. Every label is escaped."""
from __future__ import annotations

import math

from markupsafe import Markup, escape

from muster.formatting import bounds
from muster.normalize.dates import real_date

BAR_HEIGHT = 26
LABEL_WIDTH = 140
PLOT_WIDTH = 520
VALUE_WIDTH = 300
# The width of one character of a chart label, and the space kept between two labels, in pixels.
CHAR_WIDTH = 7
LABEL_GAP = 4


def _fmt(v: int | None) -> str:
    return "open" if v is None else f"{v:,}"


def _scale(values: list[int]) -> tuple[float, float]:
    top = max(values) if values else 1
    return 0.0, math.log10(max(top, 10)) + 0.2


def _x(value: float, lo: float, hi: float) -> float:
    return LABEL_WIDTH + PLOT_WIDTH * (math.log10(max(value, 1)) - lo) / (hi - lo)


AXIS_HEIGHT = 18


def _axis(lo: float, hi: float, height: int) -> str:
    """Tick marks and values at each power of ten of the log scale."""
    out = []
    for power in range(0, int(hi) + 1):
        if power < lo:
            continue
        x = _x(10 ** power, lo, hi)
        out.append(f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="6" y2="{height - AXIS_HEIGHT}"/>'
                   f'<text class="tick-label" x="{x:.1f}" y="{height - 4}" text-anchor="middle">{10 ** power:,}</text>')
    return "".join(out)


def range_chart(rows: list[dict], key: str) -> Markup:
    """One horizontal bar per key from its lowest low to its highest high (log scale), with the
    count of independent sources; an open end is drawn as an arrow to the edge."""
    known = [v for r in rows for f in r["figures"] for v in (f["low"], f["high"]) if v is not None]
    lo, hi = _scale(known)
    height = BAR_HEIGHT * len(rows) + 30 + AXIS_HEIGHT
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH}" '
             f'height="{height}" aria-label="Ranges of independent estimates by {escape(key)}">', _axis(lo, hi, height)]
    for i, r in enumerate(rows):
        y = 10 + i * BAR_HEIGHT
        label = f'{escape(r[key])}' + (f' {escape(r["event"])}' if key != "event" and len({x["event"] for x in rows}) > 1 else "")
        if not r["figures"]:
            # Only unit counts ("two battalions") or parts: no range of people to draw.
            what = "unit counts only" if r["units"] else "parts only"
            parts.append(f'<g class="row no-range" data-key="{label}"><text x="{LABEL_WIDTH - 8}" y="{y + 16}" '
                         f'text-anchor="end">{label}</text><text class="value" x="{LABEL_WIDTH + 4}" y="{y + 16}">'
                         f'{what}, no range</text></g>')
            continue
        low = r["low"] if r["low"] is not None else r["lowest_low"]
        high = r["high"]  # None: some independent figure is open-ended ("at least 1,000")
        stated = [v for f in r["figures"] for v in (f["low"], f["high"]) if v is not None]
        x1 = _x(low, lo, hi) if low is not None else LABEL_WIDTH
        x2 = _x(high, lo, hi) if high is not None else LABEL_WIDTH + PLOT_WIDTH
        width = max(x2 - x1, 4)
        cls = "bar conflict" if r["conflict"] else "bar"
        text = bounds(low, high)
        if high is None and stated:
            text += f" (highest stated {max(stated):,})"
        parts.append(f'<g class="row" data-key="{label}"><text x="{LABEL_WIDTH - 8}" y="{y + 16}" text-anchor="end">{label}</text>'
                     f'<rect class="{cls}" x="{x1:.1f}" y="{y + 4}" width="{width:.1f}" height="{BAR_HEIGHT - 10}" rx="3">'
                     f'<title>{label}: {escape(text)}, {r["independent_sources"]} independent source(s)</title></rect>'
                     f'<text class="value" x="{LABEL_WIDTH + PLOT_WIDTH + 10}" y="{y + 16}">'
                     f'{escape(text)} · {r["independent_sources"]} src</text></g>')
    parts.append("</svg>")
    return Markup("".join(parts))


def timeline_chart(points: list[dict], key: str) -> Markup:
    """Figures over publication dates, one row per key, each dot labelled with its number."""
    # Only real dates are plotted: a database written by an older muster may hold '2024-02-30'.
    dated = [p for p in points if p["date"] and real_date(p["date"])]
    if not dated:
        return Markup('<p class="empty">No dated figures.</p>')
    keys = sorted({p[key] for p in dated})
    days = sorted({p["date"] for p in dated})
    first, last = days[0], days[-1]
    from datetime import date

    span = max((date.fromisoformat(last) - date.fromisoformat(first)).days, 1)
    height = 40 * len(keys) + 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{LABEL_WIDTH + PLOT_WIDTH + 80}" '
             f'height="{height}" aria-label="Figures over time">',
             f'<text x="{LABEL_WIDTH}" y="{height - 6}">{escape(first)}</text>',
             f'<text x="{LABEL_WIDTH + PLOT_WIDTH}" y="{height - 6}" text-anchor="end">{escape(last)}</text>']
    for i, k in enumerate(keys):
        y = 20 + i * 40
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 4}" text-anchor="end">{escape(k)}</text>'
                     f'<line x1="{LABEL_WIDTH}" x2="{LABEL_WIDTH + PLOT_WIDTH}" y1="{y}" y2="{y}" class="axis"/>')
        last_label_end = {-8: float("-inf"), 16: float("-inf")}  # right edge of the last label above and below
        for p in sorted((p for p in dated if p[key] == k), key=lambda p: p["date"]):
            x = LABEL_WIDTH + PLOT_WIDTH * (date.fromisoformat(p["date"]) - date.fromisoformat(first)).days / span
            value = p["low"] if p["low"] is not None else p["high"]
            text = _fmt(value)
            parts.append(f'<circle cx="{x:.1f}" cy="{y}" r="5" class="dot"><title>{escape(p["date"])}: '
                         f'{escape(text)} — {escape(", ".join(p["sources"]))}</title></circle>')
            half = CHAR_WIDTH * len(text) / 2
            # Above the dot if there is room, else below; with no room either side the number
            # stays in the dot's tooltip rather than printing over its neighbour.
            offset = next((o for o in (-8, 16) if x - half > last_label_end[o] + LABEL_GAP), None)
            if offset is not None:
                last_label_end[offset] = x + half
                parts.append(f'<text class="value" x="{x:.1f}" y="{y + offset}" text-anchor="middle">{escape(text)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
