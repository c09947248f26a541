"""Training is deterministic: retraining on the shared training set reproduces the shipped
weights, so the file in the repository is exactly what `muster train` makes from that data."""
import json
from pathlib import Path

import pytest

from muster.extraction.decide import MODEL_PATH

pytestmark = pytest.mark.slow

SHARED = Path(__file__).resolve().parents[3] / "shared"
TRAIN = SHARED / "train"


@pytest.fixture(scope="module")
def passages(nlp):
    if not TRAIN.is_dir():
        pytest.fail(f"{TRAIN} is missing: the training set sits beside the checkout, as it does in CI.")
    from muster.extraction.train import load_passages

    return load_passages([TRAIN], nlp)


def test_retraining_reproduces_the_shipped_weights(passages):
    from muster.extraction.train import fit

    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["weights"]
    retrained = fit(passages)
    assert set(retrained) == set(shipped)
    for decision, table in shipped.items():
        assert set(retrained[decision]) == set(table), decision
        for name, weight in table.items():
            assert retrained[decision][name] == pytest.approx(weight, abs=2e-3), (decision, name)


def test_folds_split_by_passage_and_cover_every_passage(passages):
    from muster.extraction.train import folds_of

    folds = folds_of(passages, 5)
    ids = [p.id for fold in folds for p in fold]
    assert sorted(ids) == sorted(p.id for p in passages)
    assert len(set(ids)) == len(ids)
    assert max(len(f) for f in folds) - min(len(f) for f in folds) <= 1


def test_learned_decisions_beat_the_rules_alone_in_cross_validation(passages):
    """The reason the decisions exist: held-out passages score better with them than without."""
    from muster.extraction.train import cross_validate, mean, predict, summary

    rules = summary(predict(passages, {}))
    learned = mean(cross_validate(passages, 5))
    assert learned["f1"] > rules["f1"]
    assert learned["origin"] > rules["origin"]
    assert learned["side"] > rules["side"]
    assert learned["event"] > rules["event"]
