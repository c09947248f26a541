"""Scores predicted claims against gold claims with the spec's Matching rules.

A prediction matches a gold claim when their quantity spans overlap (one to one, largest
overlap first); matched pairs are then compared field by field. Users who annotate their own
reporting in the devset's format (passages.jsonl + gold.jsonl) get the same figures the
project is held to.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from muster.errors import GoldSetError

SIDE_ALIASES = {
    "ISIS": "ISLAMIC STATE", "ISIL": "ISLAMIC STATE", "IS": "ISLAMIC STATE", "DAESH": "ISLAMIC STATE",
    "GNA": "GOVERNMENT OF NATIONAL ACCORD", "LNA": "LIBYAN NATIONAL ARMY",
    "JIHADI GROUPS": "JIHADIST GROUPS", "JIHADISTS": "JIHADIST GROUPS", "ISLAMIST GROUPS": "JIHADIST GROUPS",
}


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if len(w) > 2 or w.isdigit()}


def _sources_match(gold: list[str], predicted: list[str]) -> bool:
    if not gold:
        return not predicted
    first = _words(gold[0])
    return any(first & _words(p) for p in predicted)


def normalize_side(side: Any) -> str | None:
    if not isinstance(side, str):
        return side or None
    key = " ".join(side.replace("the ", " ").split()).upper() or None
    return SIDE_ALIASES.get(key, key)


FIELDS: dict[str, Callable[[dict, dict], bool]] = {
    "bounds": lambda g, p: g.get("low") == p.get("low") and g.get("high") == p.get("high"),
    "origin": lambda g, p: set(g.get("origin") or []) == set(p.get("origin") or []),
    "side": lambda g, p: normalize_side(g.get("side")) == normalize_side(p.get("side")),
    "event": lambda g, p: g.get("event") == p.get("event"),
    "attributed_to": lambda g, p: _sources_match(g.get("attributed_to") or [], p.get("attributed_to") or []),
    "status": lambda g, p: g.get("status") == p.get("status"),
}


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    fully_correct: int = 0
    field_ok: Counter = field(default_factory=Counter)
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    wrong: list[tuple[dict, dict, list[str]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fully_correct_rate(self) -> float:
        return self.fully_correct / self.gold if self.gold else 0.0


def load_gold(folder: Path) -> tuple[list[dict], list[dict]]:
    """(passages, gold claims with start/end) from a devset-format folder."""
    passages_path, gold_path = folder / "passages.jsonl", folder / "gold.jsonl"
    for path in (passages_path, gold_path):
        if not path.is_file():
            raise GoldSetError(f"'{folder}' has no {path.name}; a gold folder holds passages.jsonl and gold.jsonl.")
    passages = _read_jsonl(passages_path)
    texts = {p["id"]: p["text"] for p in passages}
    golds = []
    for g in _read_jsonl(gold_path):
        text = texts.get(g.get("passage"))
        if text is None:
            raise GoldSetError(f"'{gold_path}': claim {g.get('text')!r} names unknown passage {g.get('passage')!r}.")
        hits = [m.start() for m in re.finditer(re.escape(g["text"]), text)]
        n = g.get("occurrence", 1)
        if len(hits) < n:
            raise GoldSetError(f"'{gold_path}': {g['text']!r} does not occur {n} time(s) in passage {g['passage']}.")
        golds.append(dict(g, start=hits[n - 1], end=hits[n - 1] + len(g["text"])))
    return passages, golds


def _read_jsonl(path: Path) -> list[dict]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise GoldSetError(f"'{path}' line {number} is not JSON ({e.msg}); fix or remove that line.") from None
    return out


def _match(golds: list[dict], preds: list[dict]) -> list[tuple[dict, dict]]:
    pairs = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                pairs.append((overlap, i, j))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((golds[i], preds[j]))
    return out


def score(passage_ids: Iterable[str], golds: list[dict], preds: list[dict]) -> Score:
    """Score predictions (dicts with 'passage', 'start', 'end' and the spec's fields)."""
    result = Score(gold=len(golds), predicted=len(preds))
    for pid in passage_ids:
        g = [x for x in golds if x["passage"] == pid]
        p = [x for x in preds if x["passage"] == pid]
        pairs = _match(g, p)
        result.matched += len(pairs)
        matched_g = {id(a) for a, _ in pairs}
        matched_p = {id(b) for _, b in pairs}
        result.missed += [x for x in g if id(x) not in matched_g]
        result.spurious += [x for x in p if id(x) not in matched_p]
        for a, b in pairs:
            bad = [name for name, ok in FIELDS.items() if not ok(a, b)]
            for name in FIELDS:
                result.field_ok[name] += name not in bad
            if bad:
                result.wrong.append((a, b, bad))
            else:
                result.fully_correct += 1
    return result


def miss_lines(result: Score) -> list[str]:
    """One line per missed, spurious or wrongly described claim."""
    lines = [f"MISSED   {x['passage']} {x['text']!r} {x.get('group')}" for x in result.missed]
    lines += [f"SPURIOUS {x['passage']} {x.get('text')!r} {x.get('group')}" for x in result.spurious]
    for a, b, bad in result.wrong:
        detail = ", ".join(
            f"{f}: gold {(a['low'], a['high']) if f == 'bounds' else a.get(f)} "
            f"got {(b.get('low'), b.get('high')) if f == 'bounds' else b.get(f)}" for f in bad)
        lines.append(f"WRONG    {a['passage']} {a['text']!r} {detail}")
    return lines


def report_lines(result: Score, verbose: bool = False) -> list[str]:
    lines = miss_lines(result) if verbose else []
    lines.append(f"gold {result.gold}  predicted {result.predicted}  matched {result.matched}")
    for name in FIELDS:
        ok = result.field_ok[name]
        lines.append(f"  {name:14s} {ok}/{result.matched} = {ok / result.matched if result.matched else 0:.3f}")
    lines.append(f"precision {result.precision:.3f} recall {result.recall:.3f} F1 {result.f1:.3f} "
                 f"fully-correct {result.fully_correct_rate:.3f}")
    return lines
