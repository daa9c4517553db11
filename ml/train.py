"""Train a candidate model: assemble data, hold out a stratified test set, fit, choose its
thresholds on the hold-out, evaluate."""

from __future__ import annotations

from datetime import datetime, timezone

import pandas as pd

from ml.artifact import data_hash, new_version
from ml.evaluation import evaluate_probabilities
from ml.model import SignalModel
from ml.pipeline import PipelineSettings, build_pipeline
from ml.secondary import tune_secondary_threshold
from ml.taxonomy import Taxonomy
from ml.threshold import choose_min_confidence
from ml.training_data import MAX_WEAK_PER_SIGNAL, TrainingFrames, build_training_set, stratified_split
from signalchain.settings import TARGET_PRECISION

MIN_EXAMPLES_PER_SIGNAL = 5  # calibration needs a few training examples per signal in every fold
TEST_FRACTION = 0.2


class NotEnoughTrainingData(ValueError):
    """Fewer than two signals have enough examples to train on."""


def fit_model(train: pd.DataFrame, taxonomy: Taxonomy, settings: PipelineSettings | None = None) -> SignalModel:
    pipeline = build_pipeline(settings).fit(train["text"].tolist(), train["signal_id"].to_numpy())
    steps = {signal: taxonomy.signal_steps.get(signal) for signal in pipeline.classes_}
    return SignalModel(pipeline=pipeline, signal_steps=steps)


def _enough_examples(data: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, int]]:
    counts = data["signal_id"].value_counts()
    too_few = counts[counts < MIN_EXAMPLES_PER_SIGNAL]
    if len(counts) - len(too_few) < 2:
        raise NotEnoughTrainingData(
            f"need at least two signals with {MIN_EXAMPLES_PER_SIGNAL}+ examples; have {counts.to_dict()}")
    return data[~data["signal_id"].isin(too_few.index)], {k: int(v) for k, v in too_few.items()}


def train_candidate(data: pd.DataFrame, taxonomy: Taxonomy, min_confidence: float | None = None,
                    settings: PipelineSettings | None = None, seed: int = 0,
                    target_precision: float | None = None) -> tuple[SignalModel, dict]:
    """(model, metadata) from a training set of build_training_set; the model is fitted on
    the training part only, so its metrics describe exactly this artifact. Its abstention
    threshold is chosen on the hold-out for `target_precision` (default the
    `settings.TARGET_PRECISION` setting, ml/threshold.py). `min_confidence`, else the
    operator's `settings.MIN_CONFIDENCE`, overrides it when set; the hold-out metrics and the
    secondary tuning are measured at the threshold tagging will use."""
    settings = settings or PipelineSettings()
    target_precision = TARGET_PRECISION.number() if target_precision is None else target_precision
    usable, too_few = _enough_examples(data)
    train, test = stratified_split(usable, TEST_FRACTION, seed)
    model = fit_model(train, taxonomy, settings)
    test_proba = model.probabilities(test["text"].tolist())
    model.min_confidence, abstention = choose_min_confidence(test["signal_id"], test_proba, model.classes,
                                                             target_precision)
    in_force = model.min_confidence_in_force(min_confidence)
    metrics = evaluate_probabilities(test["signal_id"], test_proba, model.classes, in_force, origin=test["origin"])
    model.secondary_threshold, secondary = tune_secondary_threshold(
        model.probabilities, model.classes, test, in_force, seed)
    training_hash = data_hash(data)
    metadata = {
        "version": new_version(training_hash),
        "created_at": datetime.now(timezone.utc).isoformat(),
        "training_data_hash": training_hash,
        "n_train": int(len(train)),
        "n_test": int(len(test)),
        "label_counts": {k: int(v) for k, v in usable["signal_id"].value_counts().sort_index().items()},
        "origin_counts": {k: int(v) for k, v in usable["origin"].value_counts().items()},
        "signals_with_too_few_examples": too_few,
        "metrics": metrics,
        "abstention": abstention,
        "secondary_signal": secondary,
        "signal_steps": model.signal_steps,
        "pipeline_settings": settings.as_dict(),
    }
    return model, metadata


def train_from_frames(frames: TrainingFrames, taxonomy: Taxonomy, min_confidence: float | None = None,
                      settings: PipelineSettings | None = None, seed: int = 0,
                      max_weak_per_signal: int | None = MAX_WEAK_PER_SIGNAL) -> tuple[SignalModel, dict]:
    """The whole training run from `frames` (ml/training_data.py): assemble, split, fit, evaluate."""
    data = build_training_set(frames, taxonomy, max_weak_per_signal, seed)
    return train_candidate(data, taxonomy, min_confidence, settings, seed)
