"""Applies the trained weights: for each claim and field, the highest-scoring candidate wins.

The weights are a plain JSON file (models/decisions.json: decision → feature → weight) that
`muster train` writes and muster applies itself with a dot product, so no learning library is
needed at run time and every choice can be explained by the features that made it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from muster.extraction import attribution as attr
from muster.extraction.candidates import DECISIONS, Candidate, Case, features, snapshot
from muster.extraction.frame import Frame, build_frame

MODEL_PATH = Path(__file__).parent / "models" / "decisions.json"
# How many features `--explain` shows for each decision.
EXPLAIN_TOP = 3

Weights = dict[str, dict[str, float]]


@cache
def load_weights(path: Path = MODEL_PATH) -> Weights:
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))["weights"]


def score(weights: dict[str, float], feats: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in feats.items())


@dataclass(slots=True)
class Choice:
    value: Any
    score: float
    top: list[tuple[str, float]]  # the features that counted most for the winner


def choose(weights: dict[str, float], case: Case, candidates: list[Candidate], name: str) -> Choice:
    """The best candidate; ties go to the earliest (the rules' own answer comes first)."""
    best, best_score, best_features = None, 0.0, {}
    for cand in candidates:
        feats = features(case, cand, name)
        s = score(weights, feats)
        if best is None or s > best_score:
            best, best_score, best_features = cand, s, feats
    assert best is not None
    if len(candidates) == 1:
        # A choice the contract or the sentence itself makes: name what proposed it.
        return Choice(best.value, best_score, [("only candidate: " + "+".join(sorted(best.proposers)), 0.0)])
    contributions = sorted(((n, weights.get(n, 0.0) * v) for n, v in best_features.items()), key=lambda x: -abs(x[1]))
    return Choice(best.value, best_score, [(n, round(w, 3)) for n, w in contributions[:EXPLAIN_TOP] if w])


def cases_of(drafted) -> tuple[Frame, list[Case]]:
    """The frame of a drafted article and one case per draft, with the rules' answers kept."""
    frame = build_frame(drafted, attr.unconfirmed_in)
    snapshots = [snapshot(d) for d in drafted.drafts]
    cases = [Case(d, i, drafted, frame, snapshots[i], snapshots[i - 1] if i else None, snapshots)
             for i, d in enumerate(drafted.drafts)]
    for earlier, case in zip(cases, cases[1:]):
        case.before = earlier
    return frame, cases


def apply_decisions(cases: list[Case], weights: Weights, explain: bool = False,
                    only: tuple[str, ...] | None = None) -> list[bool]:
    """Run every decision that has weights over the cases, in order; returns which claims to keep."""
    keep = [True] * len(cases)
    for decision in DECISIONS:
        w = weights.get(decision.name)
        if w is None or (only is not None and decision.name not in only):
            continue
        for case in cases:
            choice = choose(w, case, decision.candidates(case), decision.name)
            if decision.name == "keep":
                keep[case.index] = bool(choice.value)
            else:
                decision.apply(case, choice.value)
            if explain:
                case.claim.meta.setdefault("explain", {})[decision.name] = {
                    "value": _jsonable(choice.value), "rule": _jsonable(case.rule.get(decision.name)), "top": choice.top}
    return keep


def decide(drafted, explain: bool = False, weights: Weights | None = None) -> list:
    """The claims of a drafted article after the learned decisions; with `explain`, each claim's
    meta holds the frame and, per field, the rules' answer, the choice and its top features."""
    weights = load_weights() if weights is None else weights
    frame, cases = cases_of(drafted)
    keep = apply_decisions(cases, weights, explain)
    claims = []
    for case, kept in zip(cases, keep):
        if explain:
            case.claim.meta["frame"] = frame.to_dict()
        if kept:
            claims.append(case.claim)
    return claims


def _jsonable(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value
