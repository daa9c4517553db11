"""Second problems announced by a connector: "..., daarnaast ...", "Verder nog dit: ...".

A message with two problems often joins them with a connector word. Split there, and a
clause that is on its own confidently another signal is the secondary signal. On the demo
truth this finds about half the two-problem messages at over 90% precision, where the
whole-text second-best probability alone finds a third at about 40-60%. Only messages
with a connector are split, so the extra work is small.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ml.model import SignalModel
from ml.taxonomy import OTHER, UNKNOWN

CONNECTORS = re.compile(
    r"(?i)\b(?:daarnaast|verder|tevens|bovendien|ook nog|en ook|en nog|nog iets|nog een ander|los daarvan|"
    r"p\.?s\.?|also|additionally|furthermore|besides)\b|\s\+\s")
MIN_CLAUSE_CHARS = 8


def clauses(text: str | None) -> list[str]:
    """The clauses of `text` split at connectors; one clause (or none) means nothing to split."""
    if not isinstance(text, str) or not CONNECTORS.search(text):
        return []
    parts = [p.strip(" ,.;:-") for p in CONNECTORS.split(text)]
    return [p for p in parts if len(p) >= MIN_CLAUSE_CHARS]


def add_clause_secondaries(model: SignalModel, texts: Sequence[str | None], tags: pd.DataFrame,
                           min_confidence: float | None = None) -> pd.DataFrame:
    """`tags` with secondary_signal_id set from a confident clause of another signal, where found
    (a clause secondary replaces the whole-text one: it has the stronger evidence). Confident is
    the threshold of the tags (`min_confidence` None: the one in force for the model)."""
    min_confidence = model.min_confidence_in_force(min_confidence)
    owners, pieces = [], []
    tagged = ~np.isin(tags["signal_id"].to_numpy(), [UNKNOWN, OTHER])  # only a signal can have a second one
    for i, text in enumerate(texts):
        found = clauses(text) if tagged[i] else []
        if len(found) >= 2:
            owners += [i] * len(found)
            pieces += found
    if not pieces:
        return tags
    proba = model.probabilities(pieces)
    signal = np.asarray(model.classes, dtype=object)[proba.argmax(axis=1)]
    candidates = pd.DataFrame({"owner": owners, "signal": signal, "p": proba.max(axis=1)})
    primary = tags["signal_id"].to_numpy()[candidates["owner"]]
    keep = ((candidates["p"] >= min_confidence) & (candidates["signal"] != OTHER)
            & (candidates["signal"] != primary) & ~np.isin(primary, [UNKNOWN, OTHER]))
    best = candidates[keep].sort_values("p", ascending=False).drop_duplicates("owner")
    out = tags.copy()
    secondary = np.array(out["secondary_signal_id"], dtype=object)
    secondary[best["owner"].to_numpy()] = best["signal"].to_numpy()
    out["secondary_signal_id"] = secondary
    return out
