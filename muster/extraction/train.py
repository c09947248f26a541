"""Learns the decisions' weights from annotated reporting, and measures them honestly.

`muster train GOLD_DIR...` drafts every passage with the rules, matches the drafts to the gold
claims with the spec's matching rule, and fits one logistic model per decision over the
candidates' features (a candidate is a positive example when it equals the gold value). The
decisions are fitted in the order they run, each on the choices of those before it. The
weights are written as readable JSON; scikit-learn is needed only here (the `dev` extra).

Cross-validation splits by passage, never by claim: claims of one article share its frame,
so a claim-level split would leak the answer into training.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from muster.eval.score import FIELDS, Score, _match, load_gold, score
from muster.extraction.candidates import DECISIONS, Case, features
from muster.extraction.decide import Weights, apply_decisions, cases_of

# Inverse regularisation strength of each decision's logistic model, chosen by cross-validation
# on the training passages (`muster eval --folds`); a decision not named here takes DEFAULT_C.
DEFAULT_C = 0.3
REGULARISATION_C: dict[str, float] = {"status": 1.0, "attributed_to": 1.0, "side": 0.2, "origin": 0.2}
# Decisions that read their neighbour's decided value are fitted first with the claim before as
# annotated, then NEIGHBOUR_REFITS times more with it as the weights before chose it: trained on
# perfect neighbours, the weights trust them too much, and one wrong claim at the top of an
# article carries its side to every claim after it.
OWN_NEIGHBOUR = ("event", "origin", "side")
NEIGHBOUR_REFITS = 2
# Weights smaller than this are left out of the file; they cannot change a choice.
MIN_WEIGHT = 1e-4
ROUND_TO = 4


@dataclass(slots=True)
class Passage:
    id: str
    cases: list[Case]
    gold: list[dict | None]       # the gold claim each case matched, or None
    golds: list[dict]             # every gold claim of the passage


def load_passages(gold_dirs: list[Path], nlp=None) -> list[Passage]:
    """Every passage of the gold folders, drafted by the rules and matched to its gold."""
    from muster.extraction.engine import draft_many

    out = []
    for folder in gold_dirs:
        passages, golds = load_gold(Path(folder))
        for p, drafted in zip(passages, draft_many([p["text"] for p in passages], nlp)):
            _, cases = cases_of(drafted)
            mine = [g for g in golds if g["passage"] == p["id"]]
            preds = [{"start": c.claim.start, "end": c.claim.end, "case": c.index} for c in cases]
            matched = {pred["case"]: g for g, pred in _match(mine, preds)}
            out.append(Passage(p["id"], cases, [matched.get(c.index) for c in cases], mine))
    return out


def reset(passages: list[Passage]) -> None:
    """Put every claim back to the rules' answers, so a new fit starts from the same place."""
    for p in passages:
        for case in p.cases:
            r, claim = case.rule, case.claim
            claim.event, claim.origin, claim.side = r["event"], list(r["origin"]), r["side"]
            claim.attributed_to, claim.status, claim.cue = list(r["attributed_to"]), r["status"], r["cue"]


def _examples(passages: list[Passage], decision, teacher: bool = True) -> list[tuple[list[dict], list[int]]]:
    """One group per claim: every candidate's features and whether it equals the gold value.
    With `teacher`, the claim before stands as annotated; without, as the decisions chose it."""
    groups = []
    for p in passages:
        for i, (case, gold) in enumerate(zip(p.cases, p.gold)):
            if gold is None and decision.name != "keep":
                continue
            case.gold_before = p.gold[i - 1] if teacher and i and p.gold[i - 1] is not None else None
            candidates = decision.candidates(case)
            labels = [int(decision.correct(c.value, gold)) for c in candidates]
            if any(labels) and not all(labels):
                groups.append(([features(case, c, decision.name) for c in candidates], labels))
            case.gold_before = None
    return groups


def _fit_one(groups: list[tuple[list[dict], list[int]]], c: float = DEFAULT_C) -> dict[str, float]:
    """A conditional logit: maximise the probability the softmax over each claim's candidates
    gives its correct ones, with an L2 penalty. It learns to rank candidates against each
    other, which is the choice muster makes."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction import DictVectorizer

    if not groups:
        return {}
    vectorizer = DictVectorizer(sort=True)
    x: csr_matrix = vectorizer.fit_transform([row for rows, _ in groups for row in rows]).tocsr()
    sizes = np.array([len(rows) for rows, _ in groups])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    correct = np.array([label for _, labels in groups for label in labels], dtype=bool)
    group_of = np.repeat(np.arange(len(groups)), sizes)

    def loss(w):
        scores = x @ w
        top = np.maximum.reduceat(scores, starts)
        e = np.exp(scores - top[group_of])
        total = np.add.reduceat(e, starts)
        good = np.add.reduceat(np.where(correct, e, 0.0), starts)
        p_all = e / total[group_of]
        p_good = np.where(correct, e, 0.0) / good[group_of]
        value = -np.sum(np.log(good) - np.log(total)) + np.dot(w, w) / (2 * c)
        grad = x.T @ (p_all - p_good) + w / c
        return value, grad

    result = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return {name: round(float(w), ROUND_TO) for name, w in zip(vectorizer.get_feature_names_out(), result.x)
            if abs(w) >= MIN_WEIGHT}


def fit(passages: list[Passage]) -> Weights:
    """One weight table per decision, fitted in the order the decisions run."""
    reset(passages)
    weights: Weights = {}
    for decision in DECISIONS:
        c = REGULARISATION_C.get(decision.name, DEFAULT_C)
        refits = NEIGHBOUR_REFITS if decision.name in OWN_NEIGHBOUR else 0
        for teacher in (True, *[False] * refits):
            weights[decision.name] = dict(sorted(_fit_one(_examples(passages, decision, teacher), c).items()))
            for p in passages:
                apply_decisions(p.cases, weights, only=(decision.name,))
    reset(passages)
    return weights


def predictions(passages: list[Passage], weights: Weights) -> list[dict]:
    """The claims `weights` keep in the passages, as the scorer reads them."""
    reset(passages)
    preds = []
    for p in passages:
        keep = apply_decisions(p.cases, weights)
        for case, kept in zip(p.cases, keep):
            if kept:
                preds.append(dict(case.claim.to_dict(), passage=p.id))
    reset(passages)
    return preds


def score_of(passages: list[Passage], preds: list[dict]) -> Score:
    return score([p.id for p in passages], [g for p in passages for g in p.golds], preds)


def predict(passages: list[Passage], weights: Weights) -> Score:
    """Apply `weights` to the passages and score the kept claims with the spec's rules."""
    return score_of(passages, predictions(passages, weights))


def folds_of(passages: list[Passage], k: int, repeat: int = 0) -> list[list[Passage]]:
    """K folds by passage, assigned by a hash of the passage id so they never depend on order;
    each `repeat` draws another split from the hash of the id with the repeat's number."""
    folds: list[list[Passage]] = [[] for _ in range(k)]
    salt = f"{repeat}:" if repeat else ""
    ranked = sorted(passages, key=lambda p: hashlib.sha256((salt + p.id).encode()).hexdigest())
    for i, p in enumerate(ranked):
        folds[i % k].append(p)
    return folds


def summary(result: Score) -> dict[str, float]:
    out = {"precision": result.precision, "recall": result.recall, "f1": result.f1,
           "fully_correct": result.fully_correct_rate}
    for name in FIELDS:
        out[name] = result.field_ok[name] / result.matched if result.matched else 0.0
    return {k: round(v, 3) for k, v in out.items()}


def cross_validate(passages: list[Passage], k: int) -> list[dict[str, float]]:
    """Per fold: train on the other folds, score on this one."""
    return cross_validated(passages, k)[0]


def cross_validated(passages: list[Passage], k: int, repeats: int = 1) -> tuple[list[dict[str, float]], Score]:
    """Per fold's summary, and the score of every held-out prediction of the first split: each
    claim is predicted by weights that never saw its passage, so its misses are the honest ones
    to read. With `repeats`, the K folds are drawn again from other splits: with ~90 passages one
    split moves a field by a few claims either way, and the mean over splits moves less."""
    rows, held_out_preds = [], []
    for repeat in range(repeats):
        for held_out in folds_of(passages, k, repeat):
            training = [p for p in passages if p not in held_out]
            preds = predictions(held_out, fit(training))
            rows.append(summary(score_of(held_out, preds)))
            if repeat == 0:
                held_out_preds += preds
    return rows, score_of(passages, held_out_preds)


def mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {key: round(sum(r[key] for r in rows) / len(rows), 3) for key in rows[0]} if rows else {}


def train(gold_dirs: list[Path], out: Path, folds: int = 5, check_dirs: list[Path] | None = None,
          repeats: int = 1) -> dict:
    """Fit on every passage of `gold_dirs`, write the weights and the training report to `out`."""
    passages = load_passages(gold_dirs)
    weights = fit(passages)
    report = {"trained_on": [str(Path(d).name) for d in gold_dirs], "passages": len(passages),
              "claims": sum(len(p.golds) for p in passages),
              "rules_only": summary(predict(passages, {})),
              "cross_validated": mean(cross_validated(passages, folds, repeats)[0]) if folds > 1 else {},
              "folds": folds, "repeats": repeats}
    if check_dirs:
        report["check"] = {Path(d).name: summary(predict(load_passages([d]), weights)) for d in check_dirs}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"_why": "Weights of muster's learned decisions: decision → feature → weight. "
                               "Written by `muster train`; see extraction/train.py.",
                               "report": report, "weights": weights}, indent=1, sort_keys=False) + "\n",
                   encoding="utf-8")
    return report
