"""Tune the secondary-signal threshold on the hold-out set.

There are few real two-problem messages with labels, so they are made: two hold-out
texts of different signals joined into one message. Precision is estimated for a
realistic mix of messages: `PAIR_SHARE` hold two problems (about 8% in the demo truth),
the rest one, so a false secondary on single-problem texts weighs heavily. The threshold
is the lowest (most recall) whose estimated precision reaches `TARGET_PRECISION`: a
secondary signal should be there *clearly*.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from ml.model import DEFAULT_SECONDARY_THRESHOLD
from ml.taxonomy import OTHER

THRESHOLDS = np.round(np.arange(0.05, 0.51, 0.025), 3)
PAIR_SHARE = 0.1
TARGET_PRECISION = 0.7
MAX_EXAMPLES = 400
MIN_EXAMPLES = 20


def _top_two(proba: np.ndarray, classes: np.ndarray):
    order = np.argsort(-proba, axis=1)[:, :2]
    rows = np.arange(len(proba))
    return classes[order[:, 0]], proba[rows, order[:, 0]], classes[order[:, 1]], proba[rows, order[:, 1]]


def secondary_found(c1, p1, c2, p2, threshold: float, min_confidence: float) -> np.ndarray:
    """The rule of ml/decide.py: a confident first signal (at least `min_confidence`) and a
    different second one, neither `other`, of at least `threshold`. A secondary never makes
    an unsure text a tagged one: probability split between two signals, neither confident,
    is as often doubt as two problems (in the demo such tags were right 26% of the time)."""
    return (p1 >= min_confidence) & (c1 != OTHER) & (c2 != OTHER) & (c1 != c2) & (p2 >= threshold)


def make_pairs(test: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    """Two-problem messages: texts of two different signals joined, columns text, first, second."""
    signals = test[test["signal_id"] != OTHER].sample(frac=1.0, random_state=seed).reset_index(drop=True)
    partner = signals.sample(frac=1.0, random_state=seed + 1).reset_index(drop=True)
    keep = signals["signal_id"] != partner["signal_id"]
    return pd.DataFrame({"text": signals["text"][keep] + ". " + partner["text"][keep],
                         "first": signals["signal_id"][keep], "second": partner["signal_id"][keep]}
                        ).head(MAX_EXAMPLES).reset_index(drop=True)


def tune_secondary_threshold(probabilities: Callable, classes: np.ndarray, test: pd.DataFrame,
                             min_confidence: float, seed: int = 0) -> tuple[float, dict]:
    """(threshold, report) for tagging at `min_confidence`; the default threshold when the
    hold-out is too small to tune on."""
    singles = test[test["signal_id"] != OTHER].head(MAX_EXAMPLES)
    pairs = make_pairs(test, seed)
    if len(singles) < MIN_EXAMPLES or len(pairs) < MIN_EXAMPLES:
        return DEFAULT_SECONDARY_THRESHOLD, {"tuned": False, "reason": "hold-out too small"}
    classes = np.asarray(classes, dtype=object)
    s1, sp1, s2, sp2 = _top_two(probabilities(singles["text"].tolist()), classes)
    c1, p1, c2, p2 = _top_two(probabilities(pairs["text"].tolist()), classes)
    right_pair = ((c1 == pairs["first"].to_numpy()) & (c2 == pairs["second"].to_numpy())) | (
        (c1 == pairs["second"].to_numpy()) & (c2 == pairs["first"].to_numpy()))
    curve = []
    for t in THRESHOLDS:
        found = secondary_found(c1, p1, c2, p2, t, min_confidence)
        false_single = secondary_found(s1, sp1, s2, sp2, t, min_confidence)
        recall = float((found & right_pair).mean())
        tp = PAIR_SHARE * recall
        fp = PAIR_SHARE * float((found & ~right_pair).mean()) + (1 - PAIR_SHARE) * float(false_single.mean())
        curve.append({"threshold": float(t), "precision": round(tp / (tp + fp), 4) if tp else 0.0,
                      "pair_recall": round(recall, 4), "single_false_rate": round(float(false_single.mean()), 4)})
    reaching = [point for point in curve if point["precision"] >= TARGET_PRECISION]
    chosen = reaching[0] if reaching else max(curve, key=lambda point: point["precision"])
    report = {"tuned": True, **chosen, "target_precision": TARGET_PRECISION,
              "n_pairs": len(pairs), "n_singles": len(singles)}
    return chosen["threshold"], report
