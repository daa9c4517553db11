"""Survey comments tagged with their score as context: a dissatisfied customer's comment is no `other`.

A customer who gives the bottom of the scale (ml/survey_labels.py: NPS 0-6, CSAT 1-5, CES 1-3) and
writes a comment complains about something. The model reads the text alone, and a short complaint
("Onbereikbare klantenservice") can sit closer to the short praise and non-answers that `other` is
made of than to any signal's examples. For such a comment `other` is ruled out: the probabilities
of the signals are renormalised without it and decided as usual, so a comment with no clear signal
("-", "n.v.t.") comes out `unknown`, not a guess. Other comments keep their tag.

The score is context at tagging time, not an input of the model: it labels the survey comments the
model learns from (ml/survey_labels.py), so as a feature the model would learn that labelling rule
instead of the customers' words, and a satisfied customer who names a problem would go unheard.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ml.model import SignalModel
from ml.survey_labels import dissatisfied
from ml.taxonomy import OTHER


def complaints(survey_type: Sequence[str | None], score: Sequence[float | None]) -> np.ndarray:
    """True for each text that is a dissatisfied customer's survey comment (`survey_type` and `score`
    are missing for texts that are no survey comment): `tag_texts(..., no_other=...)` reads it."""
    return dissatisfied(pd.Series(survey_type, dtype="string"), pd.Series(score)).to_numpy(dtype=bool)


def rule_out_other(model: SignalModel, proba: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """`proba` with `other` set to zero in `rows` (booleans) and those rows renormalised over the signals."""
    classes = list(model.classes)
    if OTHER not in classes or not rows.any():
        return proba
    out = proba.copy()
    out[rows, classes.index(OTHER)] = 0.0
    total = out[rows].sum(axis=1, keepdims=True)
    out[rows] = np.divide(out[rows], total, out=np.zeros_like(out[rows]), where=total > 0)
    return out
