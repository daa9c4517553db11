"""Link each submission to a taxonomy signal: the classifier's, unless a person chose one.

The classifier reads a submission as it reads a customer text (ml/decide.py: below the model's
abstention threshold its signal is `unknown`); the same probabilities give the quality check its P(other). A
`signal_id` in a submission's events is a person's decision and overrides the classifier.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ml.decide import decide
from ml.model import SignalModel
from ml.taxonomy import OTHER, UNKNOWN

LINK_COLUMNS = ["signal_id", "signal_source", "signal_confidence", "p_other"]


def classify(model: SignalModel | None, texts: list[str | None],
             min_confidence: float | None = None) -> pd.DataFrame:
    """signal_id, signal_confidence and p_other per text; without a model in use every signal is unknown.
    `min_confidence` overrides the model's threshold (None: the one in force, as for contacts)."""
    if model is None or not texts:
        return pd.DataFrame({"signal_id": [UNKNOWN] * len(texts), "signal_confidence": np.nan,
                             "p_other": np.zeros(len(texts))})
    proba = model.probabilities([t or "" for t in texts])
    classes = list(model.classes)
    p_other = proba[:, classes.index(OTHER)] if OTHER in classes else np.zeros(len(texts))
    tags = decide(model, proba, min_confidence)
    return pd.DataFrame({"signal_id": tags["signal_id"].to_numpy(), "signal_confidence": tags["signal_confidence"],
                         "p_other": p_other})


def link_signals(classified: pd.DataFrame, chosen: list[str | None], has_model: bool) -> pd.DataFrame:
    """LINK_COLUMNS: a person's `chosen` signal (None when no one chose) before the classifier's."""
    person = pd.Series(chosen, index=classified.index, dtype=object)
    by_person = person.notna()
    return pd.DataFrame({
        "signal_id": person.where(by_person, classified["signal_id"]),
        "signal_source": np.where(by_person, "person", "classifier" if has_model else "none"),
        "signal_confidence": classified["signal_confidence"].where(~by_person),
        "p_other": classified["p_other"],
    })
