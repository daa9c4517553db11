"""From probabilities to tags: abstention, step back-off, secondary signal.

- The most probable signal is the tag when its probability reaches `min_confidence`.
- Otherwise the signal is `unknown`; if the summed probability of one journey step
  reaches `min_confidence`, that step is still set (step back-off): "something about
  billing" is worth knowing even when the exact billing signal is not clear.
- Secondary signal: the second most probable signal (a different one, not `other`)
  when it reaches the model's tuned `secondary_threshold` and the first is confident.
  (ml/clauses.py adds secondaries found in clauses after a connector word.)
- Two problems: a message that holds two problems splits its probability between
  them, so neither may reach `min_confidence` alone. When the two lie on different
  journey steps, the second reaches `secondary_threshold` and together they reach
  `min_confidence`, the first is the signal and the second the secondary signal;
  `signal_confidence` stays the first's own probability. The rule is shared with the
  threshold tuning (ml/secondary.py).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ml.model import SignalModel
from ml.secondary import secondary_found
from ml.taxonomy import UNKNOWN

TAG_COLUMNS = ["signal_id", "signal_confidence", "journey_step_id", "journey_step_confidence",
               "secondary_signal_id"]


def decide(model: SignalModel, proba: np.ndarray, min_confidence: float) -> pd.DataFrame:
    """One row of TAG_COLUMNS per row of `proba`; vectorised, no Python loop per text."""
    classes = np.asarray(model.classes, dtype=object)
    steps, step_of_class = model.step_matrix()
    steps_arr = np.asarray(steps + [None], dtype=object)
    class_step_index = np.where(step_of_class.any(axis=1), step_of_class.argmax(axis=1), len(steps))
    rows = np.arange(len(proba))

    order = np.argsort(-proba, axis=1)[:, :2]  # a fitted classifier has at least two classes
    first, second = order[:, 0], order[:, 1]
    p_first, p_second = proba[rows, first], proba[rows, second]
    step_proba = proba @ step_of_class if steps else np.zeros((len(proba), 0))

    classes_first, classes_second = classes[first], classes[second]
    has_secondary = secondary_found(classes_first, p_first, classes_second, p_second, model.secondary_threshold,
                                    min_confidence, class_step_index[first], class_step_index[second])
    confident = (p_first >= min_confidence) | has_secondary
    signal = np.where(confident, classes_first, UNKNOWN)
    own_step = class_step_index[first]
    best_step = step_proba.argmax(axis=1) if steps else np.full(len(proba), len(steps))
    best_step_p = step_proba[rows, best_step] if steps else np.zeros(len(proba))
    step_index = np.where(confident, own_step, np.where(best_step_p >= min_confidence, best_step, len(steps)))
    padded = np.hstack([step_proba, np.full((len(proba), 1), np.nan)])
    step_confidence = padded[rows, step_index]

    return pd.DataFrame({
        "signal_id": signal,
        "signal_confidence": p_first.astype(float),
        "journey_step_id": steps_arr[step_index],
        "journey_step_confidence": step_confidence,
        "secondary_signal_id": np.where(has_secondary, classes_second, None),
    })
