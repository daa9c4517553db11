"""Assemble the training set: hand labels plus weak labels from wrap-up codes, and split it.

Weak labels come from calls whose wrap-up code maps to exactly one signal: the agent's
notes are then an example of that signal. Coarse codes (a step only) teach nothing
about the signal and are skipped. Texts are de-duplicated on their normalised form without punctuation;
a hand label beats a weak label for the same text, and among weak labels the most
frequent signal wins. Inputs are DataFrames, so the same code serves the warehouse
(`raw.labels`, `raw.calls`) and landing files.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ml.taxonomy import Taxonomy
from ml.text import dedup_key

LABEL = "label"
WEAK = "wrap_up_code"


def _clean(frame: pd.DataFrame, text_col: str, signal: pd.Series, origin: str) -> pd.DataFrame:
    out = pd.DataFrame({"text": frame[text_col].astype("string"), "signal_id": signal.astype("string"),
                        "origin": origin})
    out = out[out["text"].notna() & out["signal_id"].notna()]
    out = out.assign(text=out["text"].str.strip())
    out = out[out["text"] != ""]
    return out.assign(key=[dedup_key(t) for t in out["text"]])


def hand_labels(labels: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """Labels for taxonomy signals; for a text labelled twice the later row wins."""
    rows = _clean(labels, "text", labels["signal_id"].astype("string").str.strip(), LABEL)
    rows = rows[rows["signal_id"].isin(taxonomy.signals)]
    return rows.drop_duplicates("key", keep="last")


def weak_labels(calls: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """Call notes labelled by their wrap-up code, where the code names exactly one signal."""
    if calls.empty or not {"notes", "wrap_up_code"} <= set(calls.columns):
        return pd.DataFrame(columns=["text", "signal_id", "origin", "key"])
    codes = calls["wrap_up_code"].astype("string").str.strip().str.upper()
    rows = _clean(calls, "notes", codes.map(taxonomy.code_signals), WEAK)
    counts = rows.groupby(["key", "signal_id"]).size().rename("n").reset_index()
    winners = counts.sort_values(["n", "signal_id"], ascending=[False, True]).drop_duplicates("key")
    return rows.drop_duplicates(["key", "signal_id"]).merge(winners[["key", "signal_id"]], on=["key", "signal_id"])


def build_training_set(labels: pd.DataFrame, calls: pd.DataFrame, taxonomy: Taxonomy,
                       max_weak_per_signal: int | None = 4000, seed: int = 0) -> pd.DataFrame:
    """Columns text, signal_id, origin (label / wrap_up_code); one row per normalised text.

    `max_weak_per_signal` caps the weak examples per signal: beyond a few thousand they
    add little accuracy but much training time, and a cap keeps frequent signals from
    drowning the rare ones.
    """
    labelled = hand_labels(labels, taxonomy)
    weak = weak_labels(calls, taxonomy)
    weak = weak[~weak["key"].isin(set(labelled["key"]))]
    if max_weak_per_signal is not None and not weak.empty:
        weak = (weak.sample(frac=1.0, random_state=seed).groupby("signal_id", group_keys=False)
                .head(max_weak_per_signal))
    combined = pd.concat([labelled, weak], ignore_index=True)
    return combined.drop(columns="key").sort_values(["signal_id", "text"], ignore_index=True)


def stratified_split(data: pd.DataFrame, test_fraction: float = 0.2, seed: int = 0
                     ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(train, test) with `test_fraction` of every signal held out; a signal with one
    example goes to training only, since it cannot be both learned and tested."""
    rng = np.random.default_rng(seed)
    test_index: list[int] = []
    for _, group in data.groupby("signal_id"):
        if len(group) >= 2:
            n_test = min(len(group) - 1, max(1, round(len(group) * test_fraction)))
            test_index.extend(rng.choice(group.index.to_numpy(), size=n_test, replace=False))
    test = data.loc[sorted(test_index)]
    return data.drop(index=test.index).reset_index(drop=True), test.reset_index(drop=True)
