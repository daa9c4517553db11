"""The review queue: the texts the model is least sure about, with its best suggestions,
for people to label (their labels flow back through `labels/`)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ml.model import SignalModel
from privacy.redaction import redact_many

SUGGESTIONS = 3


def review_queue(model: SignalModel, uncertain: pd.DataFrame, model_version: str,
                 customer_id_pattern: str | None = None) -> pd.DataFrame:
    """`uncertain` has contact_id, text, signal_id, signal_confidence (from the tag table).
    Text is redacted: the queue is a file for people and leaves the warehouse. The redaction is that
    of fct_contacts.text_redacted when `customer_id_pattern` is the warehouse's
    (`privacy.customer_ids.customer_id_pattern_in(con)`): then other customers' ids go too. It is a
    labelling sheet in the `labels/` contract: a labeller fills `signal_id` in the rows they label, keeps
    those rows and drops the file into `labels/` (the other columns are ignored on ingest)."""
    columns = ["contact_id", "text", "signal_id", "current_signal_id", "signal_confidence"]
    for k in range(1, SUGGESTIONS + 1):
        columns += [f"suggestion_{k}", f"suggestion_{k}_probability"]
    if uncertain.empty:
        return pd.DataFrame(columns=[*columns, "model_version"])
    proba = model.probabilities(uncertain["text"].tolist())
    top = np.argsort(-proba, axis=1)[:, :SUGGESTIONS]
    out = pd.DataFrame({"contact_id": uncertain["contact_id"].to_numpy(),
                        "text": redact_many(uncertain["text"].tolist(), customer_id_pattern),
                        "signal_id": None,
                        "current_signal_id": uncertain["signal_id"].to_numpy(),
                        "signal_confidence": uncertain["signal_confidence"].round(4).to_numpy()})
    rows = np.arange(len(proba))
    for k in range(min(SUGGESTIONS, proba.shape[1])):
        out[f"suggestion_{k + 1}"] = np.asarray(model.classes)[top[:, k]]
        out[f"suggestion_{k + 1}_probability"] = proba[rows, top[:, k]].round(4)
    return out.assign(model_version=model_version)
