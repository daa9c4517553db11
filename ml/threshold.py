"""Choose a model's abstention threshold on its hold-out, for a target precision.

The threshold is the lowest confidence at which the tagged hold-out texts (top probability
at least the threshold) are right at least `target_precision` of the time: as many tags as
the target allows. It is never below `FLOOR`: under 0.5 the other signals together are more
probable than the one tagged. A point of the grid counts only when it tags `MIN_TAGGED`
texts, so one lucky text does not decide; when no point reaches the target, the most precise
one is taken, and a hold-out of fewer than `MIN_HOLD_OUT` texts keeps the default.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ml.model import DEFAULT_MIN_CONFIDENCE

FLOOR = 0.5
GRID = np.round(np.arange(FLOOR, 0.995, 0.01), 2)  # 0.50, 0.51, ... 0.99
MIN_HOLD_OUT = 50
MIN_TAGGED = 20
REPORT_EVERY = 5  # the metadata keeps every fifth point of the curve (0.50, 0.55, ...) and the one chosen


def precision_curve(y_true: pd.Series, proba: np.ndarray, classes: np.ndarray) -> list[dict]:
    """Per grid threshold: the share of hold-out texts tagged, the share of those right, and how many."""
    predicted = np.asarray(classes)[proba.argmax(axis=1)]
    correct = predicted == pd.Series(y_true).astype(str).to_numpy()
    confidence = proba.max(axis=1)
    curve = []
    for t in GRID:
        tagged = confidence >= t
        curve.append({"threshold": float(t), "coverage": round(float(tagged.mean()), 4),
                      "precision": round(float(correct[tagged].mean()), 4) if tagged.any() else None,
                      "n_tagged": int(tagged.sum())})
    return curve


def choose_min_confidence(y_true: pd.Series, proba: np.ndarray, classes: np.ndarray,
                          target_precision: float) -> tuple[float, dict]:
    """(threshold, report) for the metadata: the threshold, the target, the precision and
    coverage reached and the curve."""
    base = {"target_precision": target_precision, "n_hold_out": int(len(proba))}
    if len(proba) < MIN_HOLD_OUT:
        return DEFAULT_MIN_CONFIDENCE, {**base, "chosen_on_hold_out": False, "min_confidence": DEFAULT_MIN_CONFIDENCE,
                                        "reason": f"hold-out smaller than {MIN_HOLD_OUT} texts"}
    curve = precision_curve(y_true, proba, classes)
    counted = [point for point in curve if point["n_tagged"] >= MIN_TAGGED] or curve[:1]
    reaching = [point for point in counted if (point["precision"] or 0.0) >= target_precision]
    chosen = reaching[0] if reaching else max(counted, key=lambda point: point["precision"] or 0.0)
    shown = [point for i, point in enumerate(curve) if i % REPORT_EVERY == 0 or point is chosen]
    return chosen["threshold"], {**base, "chosen_on_hold_out": True, "min_confidence": chosen["threshold"],
                                 "target_reached": bool(reaching), "precision": chosen["precision"],
                                 "coverage": chosen["coverage"], "curve": shown}
