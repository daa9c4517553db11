"""Hold-out metrics of a model: the numbers its artifact carries and the gate reads.

Macro-F1 and accuracy are measured on the plain best guess (no abstention), so they do
not move with the confidence threshold; `coverage` and `accuracy_when_tagged` show what
abstention at the threshold does (`min_confidence`: the model's own, chosen on this same
hold-out by ml/threshold.py, so `accuracy_when_tagged` meets the target by construction; or
the operator's override). `expected_calibration_error` shows whether the
probabilities can be trusted as confidences (0 = perfectly calibrated).
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support

TOP_CONFUSIONS = 10


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    """Mean gap between confidence and accuracy over equal-width confidence bins, weighted by size."""
    edges = np.clip(np.digitize(confidence, np.linspace(0, 1, bins + 1)) - 1, 0, bins - 1)
    gap = 0.0
    for b in np.unique(edges):
        in_bin = edges == b
        gap += in_bin.mean() * abs(correct[in_bin].mean() - confidence[in_bin].mean())
    return float(gap)


def per_signal_table(y_true: pd.Series, y_pred: np.ndarray) -> list[dict]:
    signals = sorted(set(y_true) | set(y_pred))
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=signals, zero_division=0)
    return [{"signal_id": s, "precision": round(float(p), 4), "recall": round(float(r), 4),
             "f1": round(float(f), 4), "support": int(n)}
            for s, p, r, f, n in zip(signals, precision, recall, f1, support)]


def most_confused(y_true: pd.Series, y_pred: np.ndarray, top: int = TOP_CONFUSIONS) -> list[dict]:
    """The most frequent (true, predicted) mistakes."""
    mistakes = Counter((t, p) for t, p in zip(y_true, y_pred) if t != p)
    return [{"true": t, "predicted": p, "count": n} for (t, p), n in mistakes.most_common(top)]


def scores_by_origin(y_true: pd.Series, y_pred: np.ndarray, origin: pd.Series) -> dict[str, dict]:
    """Macro-F1 and accuracy per origin of the test labels (hand label / wrap-up code).

    Weak labels on terse call notes are easy and plentiful; the hand labels of written
    contacts are what the model meets in mails and letters. One overall figure hides that.
    """
    origin = pd.Series(origin).reset_index(drop=True).astype(str).to_numpy()
    scores = {}
    for name in sorted(set(origin)):
        mask = origin == name
        scores[name] = {
            "macro_f1": round(float(f1_score(y_true[mask], y_pred[mask], average="macro", zero_division=0)), 4),
            "accuracy": round(float(accuracy_score(y_true[mask], y_pred[mask])), 4),
            "n_test": int(mask.sum()),
        }
    return scores


def evaluate_probabilities(y_true: pd.Series, proba: np.ndarray, classes: np.ndarray,
                           min_confidence: float, origin: pd.Series | None = None) -> dict:
    """Hold-out metrics; with `origin` (one per test row) also the scores per origin."""
    y_true = pd.Series(y_true).reset_index(drop=True).astype(str)
    y_pred = np.asarray(classes)[proba.argmax(axis=1)]
    confidence = proba.max(axis=1)
    correct = y_pred == y_true.to_numpy()
    tagged = confidence >= min_confidence
    return {
        "macro_f1": round(float(f1_score(y_true, y_pred, average="macro", zero_division=0)), 4),
        "accuracy": round(float(accuracy_score(y_true, y_pred)), 4),
        "expected_calibration_error": round(expected_calibration_error(confidence, correct), 4),
        "min_confidence": min_confidence,
        "coverage": round(float(tagged.mean()), 4),
        "accuracy_when_tagged": round(float(correct[tagged].mean()), 4) if tagged.any() else None,
        "n_test": int(len(y_true)),
        "per_signal": per_signal_table(y_true, y_pred),
        "most_confused": most_confused(y_true, y_pred),
        "by_origin": scores_by_origin(y_true, y_pred, origin) if origin is not None else {},
    }
