"""Abstention that means it: spread-out probability is `unknown`, a secondary signal only beside a
confident first one, and each model's threshold chosen on its hold-out unless the operator sets one."""

import copy

import numpy as np
import pandas as pd
import pytest

from ml.artifact import load_artifact
from ml.decide import decide
from ml.model import DEFAULT_MIN_CONFIDENCE, SignalModel
from ml.predict import tag_texts
from ml.store import ModelDirectory
from ml.threshold import FLOOR, MIN_HOLD_OUT, MIN_TAGGED, choose_min_confidence, precision_curve
from signalchain.settings import MIN_CONFIDENCE, TARGET_PRECISION

STEPS = {"double_debit": "bill", "invoice_unclear": "bill", "long_waiting_time": "service",
         "slow_internet": "use", "other": None}


class _Fixed:
    def __init__(self, classes):
        self.classes_ = np.array(classes)


@pytest.fixture(autouse=True)
def no_operator_threshold(monkeypatch):
    monkeypatch.delenv(MIN_CONFIDENCE.variable, raising=False)


def _model(min_confidence: float = 0.6, steps: dict = STEPS) -> SignalModel:
    return SignalModel(pipeline=_Fixed(list(steps)), signal_steps=steps, secondary_threshold=0.2,
                       min_confidence=min_confidence)


def _tag(model: SignalModel, row: list[float], min_confidence: float | None = None) -> dict:
    return decide(model, np.array([row]), min_confidence).to_dict("records")[0]


@pytest.mark.parametrize("row", [
    [0.45, 0.03, 0.42, 0.05, 0.05],  # two signals on two steps, together 0.87: once tagged as two problems
    [0.30, 0.02, 0.28, 0.25, 0.15],  # spread over three steps
    [0.20, 0.20, 0.20, 0.20, 0.20],
    [0.59, 0.00, 0.41, 0.00, 0.00],  # just below the model's 0.6
])
def test_spread_out_probability_is_unknown_with_no_secondary_and_no_step(row):
    tag = _tag(_model(), row)
    assert (tag["signal_id"], tag["secondary_signal_id"], tag["journey_step_id"]) == ("unknown", None, None)
    assert tag["signal_confidence"] == pytest.approx(max(row))


def test_probability_spread_over_many_classes_is_unknown():
    steps = {f"signal_{i}": f"step_{i % 10}" for i in range(150)}
    row = np.full(150, 0.9 / 149)
    row[7] = 0.1
    tag = _tag(_model(steps=steps), row.tolist())
    assert (tag["signal_id"], tag["secondary_signal_id"], tag["journey_step_id"]) == ("unknown", None, None)


def test_a_confident_signal_with_a_clear_second_gets_the_secondary():
    tag = _tag(_model(), [0.65, 0.02, 0.28, 0.03, 0.02])
    assert (tag["signal_id"], tag["secondary_signal_id"]) == ("double_debit", "long_waiting_time")
    assert tag["journey_step_id"] == "bill" and tag["signal_confidence"] == pytest.approx(0.65)


def test_other_is_never_a_secondary_and_never_has_one():
    assert _tag(_model(), [0.65, 0.02, 0.03, 0.02, 0.28])["secondary_signal_id"] is None
    assert _tag(_model(), [0.02, 0.02, 0.28, 0.03, 0.65])["secondary_signal_id"] is None


def test_an_unsure_signal_still_backs_off_to_a_sure_step():
    tag = _tag(_model(), [0.35, 0.33, 0.2, 0.07, 0.05])
    assert (tag["signal_id"], tag["journey_step_id"], tag["secondary_signal_id"]) == ("unknown", "bill", None)


def test_the_threshold_is_the_models_own_unless_the_operator_overrides_it(monkeypatch):
    row = [0.7, 0.1, 0.1, 0.05, 0.05]
    assert _tag(_model(min_confidence=0.8), row)["signal_id"] == "unknown"
    assert _tag(_model(min_confidence=0.6), row)["signal_id"] == "double_debit"
    assert _tag(_model(min_confidence=0.8), row, min_confidence=0.65)["signal_id"] == "double_debit"
    monkeypatch.setenv(MIN_CONFIDENCE.variable, "0.65")
    assert _tag(_model(min_confidence=0.8), row)["signal_id"] == "double_debit"
    assert _tag(_model(min_confidence=0.6), row, min_confidence=0.75)["signal_id"] == "unknown"


def _hold_out(n: int, most_confident: float = 1.0, seed: int = 0) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """A calibrated hold-out: the top class "a" has probability c (uniform 0.3-`most_confident`) and is
    right with probability c, so with 1.0 the tags at threshold t are right about (1 + t) / 2 of the time."""
    rng = np.random.default_rng(seed)
    confidence = rng.uniform(0.3, most_confident, n)
    proba = np.column_stack([confidence, *[(1 - confidence) / 3] * 3])
    y_true = pd.Series(np.where(rng.random(n) < confidence, "a", "b"))
    return y_true, proba, np.array(["a", "b", "c", "d"])


def _precision_at(threshold: float, y_true: pd.Series, proba: np.ndarray) -> float:
    tagged = proba[:, 0] >= threshold
    return float((y_true[tagged] == "a").mean())


def test_the_threshold_is_the_lowest_that_reaches_the_target_precision():
    y_true, proba, classes = _hold_out(4000)
    threshold, report = choose_min_confidence(y_true, proba, classes, target_precision=0.9)
    assert 0.75 <= threshold <= 0.85  # (1 + t) / 2 = 0.9 at t = 0.8
    assert _precision_at(threshold, y_true, proba) >= 0.9 > _precision_at(threshold - 0.01, y_true, proba)
    assert report["target_reached"] and report["min_confidence"] == threshold
    assert report["precision"] == pytest.approx(_precision_at(threshold, y_true, proba), abs=1e-4)
    assert report["coverage"] == pytest.approx((proba[:, 0] >= threshold).mean(), abs=1e-4)
    assert {point["threshold"] for point in report["curve"]} >= {0.5, 0.75, threshold}


def test_the_threshold_never_goes_below_the_floor_and_falls_back_on_a_small_hold_out():
    y_true, proba, classes = _hold_out(1000)
    assert choose_min_confidence(y_true, proba, classes, target_precision=0.5)[0] == FLOOR
    threshold, report = choose_min_confidence(y_true[:MIN_HOLD_OUT - 1], proba[:MIN_HOLD_OUT - 1], classes, 0.9)
    assert (threshold, report["chosen_on_hold_out"]) == (DEFAULT_MIN_CONFIDENCE, False)


def test_an_unreachable_target_takes_the_most_precise_threshold_and_says_so():
    y_true, proba, classes = _hold_out(2000, most_confident=0.9)
    threshold, report = choose_min_confidence(y_true, proba, classes, target_precision=0.99)
    counted = [point for point in precision_curve(y_true, proba, classes) if point["n_tagged"] >= MIN_TAGGED]
    best = max(point["precision"] for point in counted)
    assert not report["target_reached"] and threshold >= 0.8 and report["precision"] >= best


def test_training_records_the_threshold_it_chose_and_measures_at_it(trained):
    model, metadata = trained
    abstention = metadata["abstention"]
    assert abstention["chosen_on_hold_out"] and abstention["min_confidence"] == model.min_confidence >= FLOOR
    assert abstention["precision"] >= abstention["target_precision"] == TARGET_PRECISION.number()
    assert metadata["metrics"]["min_confidence"] == model.min_confidence
    assert metadata["metrics"]["coverage"] == abstention["coverage"]


def test_a_model_pickled_before_it_carried_a_threshold_tags_at_the_old_default(trained, tmp_path):
    model, metadata = trained
    old = copy.copy(model)
    del old.__dict__["min_confidence"]  # what an artifact from before the field unpickles to
    path = ModelDirectory(tmp_path).add_candidate(old, {k: v for k, v in metadata.items() if k != "abstention"})
    loaded, _ = load_artifact(path)
    assert "min_confidence" not in vars(loaded) and loaded.min_confidence_in_force() == DEFAULT_MIN_CONFIDENCE
    texts = ["twee keer afgeschreven", "mijn internet is heel traag"]
    tags = tag_texts(loaded, texts, loaded.min_confidence_in_force())
    assert tags["signal_id"].tolist() == ["double_debit", "slow_internet"]
