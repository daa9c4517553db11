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

from ml.clauses import add_clause_secondaries
from ml.decide import decide
from ml.model import SignalModel
from ml.survey_labels import dissatisfied
from ml.taxonomy import OTHER


def with_score_context(model: SignalModel, texts: Sequence[str | None], tags: pd.DataFrame,
                       survey_type: Sequence[str | None], score: Sequence[float | None],
                       min_confidence: float) -> pd.DataFrame:
    """`tags` (one row per text) with the dissatisfied customers' comments tagged again without `other`;
    `survey_type` and `score` are missing for texts that are no survey comment."""
    classes = list(model.classes)
    rows = np.flatnonzero(dissatisfied(pd.Series(survey_type, dtype="string"), pd.Series(score)).to_numpy())
    if not len(rows) or OTHER not in classes:
        return tags
    complaints = [texts[i] for i in rows]
    proba = model.probabilities(complaints)
    proba[:, classes.index(OTHER)] = 0.0
    total = proba.sum(axis=1, keepdims=True)
    proba = np.divide(proba, total, out=np.zeros_like(proba), where=total > 0)
    retagged = add_clause_secondaries(model, complaints, decide(model, proba, min_confidence), min_confidence)
    out = tags.copy()
    for column in tags.columns:
        values = out[column].to_numpy(dtype=object).copy()
        values[rows] = retagged[column].to_numpy(dtype=object)
        out[column] = pd.Series(values, index=out.index).astype(tags[column].dtype)
    return out
