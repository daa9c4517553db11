"""From probabilities to tags: abstention, step back-off, secondary signal.

- The most probable signal is the tag when its probability reaches the threshold
  (`min_confidence`, chosen per model on its hold-out: ml/threshold.py). Otherwise the
  signal is `unknown`, however the probability is spread: over two signals or over many,
  an unsure text is never a tagged one.
- Step back-off: for an `unknown` signal, the journey step whose signals together reach
  the threshold is still set: "something about billing" is worth knowing even when the
  exact billing signal is not clear. A taxonomy without steps has no back-off.
- Secondary signal: only beside a confident first signal, the second most probable signal
  (a different one, not `other`) when it reaches the model's tuned `secondary_threshold`.
  The rule is `secondary_found`, shared with that tuning (ml/secondary.py); ml/clauses.py
  adds secondaries found in clauses after a connector word.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ml.model import SignalModel
from ml.secondary import secondary_found
from ml.taxonomy import UNKNOWN

TAG_COLUMNS = ["signal_id", "signal_confidence", "journey_step_id", "journey_step_confidence",
               "secondary_signal_id"]


def decide(model: SignalModel, proba: np.ndarray, min_confidence: float | None = None) -> pd.DataFrame:
    """One row of TAG_COLUMNS per row of `proba`; vectorised, no Python loop per text.
    `min_confidence` None: the threshold in force for the model (SignalModel.min_confidence_in_force)."""
    min_confidence = model.min_confidence_in_force(min_confidence)
    classes = np.asarray(model.classes, dtype=object)
    steps, step_of_class = model.step_matrix()
    no_step = len(steps)  # the index meaning "no journey step"
    steps_arr = np.asarray(steps + [None], dtype=object)
    has_no_step = ~step_of_class.any(axis=1, keepdims=True)
    class_step_index = np.hstack([step_of_class, has_no_step]).argmax(axis=1)
    rows = np.arange(len(proba))

    order = np.argsort(-proba, axis=1)[:, :2]  # a fitted classifier has at least two classes
    first, second = order[:, 0], order[:, 1]
    p_first, p_second = proba[rows, first], proba[rows, second]
    step_proba = proba @ step_of_class

    confident = p_first >= min_confidence
    has_secondary = secondary_found(classes[first], p_first, classes[second], p_second,
                                    model.secondary_threshold, min_confidence)
    best_step = np.hstack([step_proba, np.full((len(proba), 1), -1.0)]).argmax(axis=1)
    best_step_p = np.hstack([step_proba, np.zeros((len(proba), 1))])[rows, best_step]
    backed_off = np.where(best_step_p >= min_confidence, best_step, no_step)
    step_index = np.where(confident, class_step_index[first], backed_off)
    step_confidence = np.hstack([step_proba, np.full((len(proba), 1), np.nan)])[rows, step_index]

    return pd.DataFrame({
        "signal_id": np.where(confident, classes[first], UNKNOWN),
        "signal_confidence": p_first.astype(float),
        "journey_step_id": steps_arr[step_index],
        "journey_step_confidence": step_confidence,
        "secondary_signal_id": np.where(has_secondary, classes[second], None),
    })
