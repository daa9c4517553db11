"""Assemble the training set from its four origins, and split it.

- `label`: hand labels, the organisation's own word.
- `no_signal_corpus`: the built-in lines that are no customer signal (ml/no_signal.py), as `other`.
- `wrap_up_code`: call notes whose wrap-up code names exactly one signal (coarse codes, a step
  only, teach nothing about the signal and are skipped).
- `survey_score`: survey comments read with their score (ml/survey_labels.py): praise of satisfied
  customers as `other`, complaints of dissatisfied ones as the signal of the contact they follow.

Texts are de-duplicated on their normalised form without punctuation. A hand label beats
everything for the same text, the corpus beats the weak labels (wrap-up codes, surveys), and among
weak labels the most frequent signal wins. Weak labels are sorted before they are de-duplicated and
sampled, so the order in which the warehouse returns calls and comments cannot change the training
set. Weak labels are capped per origin and signal; the
corpus never outnumbers the signal with the most examples, so that on a small training set it does
not make `other` the class every uncertain text falls into. Inputs are DataFrames
(`TrainingFrames`), so the same code serves the warehouse (ml/warehouse.py `training_frames`) and
landing files.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ml.no_signal import no_signal_corpus
from ml.survey_labels import SURVEY_COLUMNS, survey_signals
from ml.taxonomy import OTHER, Taxonomy
from ml.text import dedup_key

LABEL, CORPUS, WEAK, SURVEY = "label", "no_signal_corpus", "wrap_up_code", "survey_score"
MAX_WEAK_PER_SIGNAL = 4000  # beyond a few thousand weak examples add little accuracy but much training time
COLUMNS = ["text", "signal_id", "origin", "key"]
CANONICAL = ["key", "signal_id", "origin", "text"]  # weak labels in this order before sampling: same files, same set


@dataclass(frozen=True)
class TrainingFrames:
    """What a training run reads: hand labels (text, signal_id), call notes (wrap_up_code, notes)
    and survey comments (ml/survey_labels.py SURVEY_COLUMNS). Calls and surveys may be left out."""

    labels: pd.DataFrame
    calls: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["wrap_up_code", "notes"]))
    surveys: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SURVEY_COLUMNS))


def _clean(texts: pd.Series, signal: pd.Series, origin: str) -> pd.DataFrame:
    out = pd.DataFrame({"text": texts.astype("string").str.strip(), "signal_id": signal.astype("string"),
                        "origin": origin})
    out = out[out["text"].notna() & out["signal_id"].notna() & (out["text"] != "")]
    return out.assign(key=[dedup_key(t) for t in out["text"]])


def hand_labels(labels: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """Labels for taxonomy signals; for a text labelled twice the later row wins."""
    rows = _clean(labels["text"], labels["signal_id"].astype("string").str.strip(), LABEL)
    rows = rows[rows["signal_id"].isin(taxonomy.signals)]
    return rows.drop_duplicates("key", keep="last")


def corpus_labels() -> pd.DataFrame:
    corpus = no_signal_corpus()
    return _clean(corpus["text"], pd.Series(OTHER, index=corpus.index), CORPUS).drop_duplicates("key")


def call_labels(calls: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """Call notes labelled by their wrap-up code, where the code names exactly one signal."""
    if calls.empty or not {"notes", "wrap_up_code"} <= set(calls.columns):
        return pd.DataFrame(columns=COLUMNS)
    codes = calls["wrap_up_code"].astype("string").str.strip().str.upper()
    return _clean(calls["notes"], codes.map(taxonomy.code_signals), WEAK)


def survey_labels(surveys: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    if surveys.empty:
        return pd.DataFrame(columns=COLUMNS)
    return _clean(surveys["text"], survey_signals(surveys, taxonomy), SURVEY)


def weak_labels(frames: TrainingFrames, taxonomy: Taxonomy) -> pd.DataFrame:
    """Call and survey weak labels, one signal per text: the most frequent (ties: the first signal id)."""
    rows = pd.concat([call_labels(frames.calls, taxonomy), survey_labels(frames.surveys, taxonomy)],
                     ignore_index=True).sort_values(CANONICAL, ignore_index=True)
    counts = rows.groupby(["key", "signal_id"]).size().rename("n").reset_index()
    winners = counts.sort_values(["n", "signal_id"], ascending=[False, True]).drop_duplicates("key")
    return rows.drop_duplicates(["key", "signal_id"]).merge(winners[["key", "signal_id"]], on=["key", "signal_id"])


def _capped(rows: pd.DataFrame, by: list[str], cap: int | None, seed: int) -> pd.DataFrame:
    if cap is None or rows.empty:
        return rows
    return rows.sample(frac=1.0, random_state=seed).groupby(by, group_keys=False).head(cap)


def corpus_cap(examples_per_signal: pd.Series) -> int | None:
    """How many corpus lines a training set takes, given its examples per signal (`other` left out)."""
    return int(examples_per_signal.max()) if len(examples_per_signal) else None


def build_training_set(frames: TrainingFrames, taxonomy: Taxonomy,
                       max_weak_per_signal: int | None = MAX_WEAK_PER_SIGNAL, seed: int = 0) -> pd.DataFrame:
    """Columns text, signal_id, origin; one row per normalised text (precedence and caps: module doc)."""
    labelled = hand_labels(frames.labels, taxonomy)
    corpus = corpus_labels()
    corpus = corpus[~corpus["key"].isin(set(labelled["key"]))]
    weak = weak_labels(frames, taxonomy)
    weak = _capped(weak[~weak["key"].isin(set(labelled["key"]) | set(corpus["key"]))],
                   ["origin", "signal_id"], max_weak_per_signal, seed)
    signals = pd.concat([labelled, weak], ignore_index=True)["signal_id"]
    corpus = _capped(corpus, ["origin"], corpus_cap(signals[signals != OTHER].value_counts()), seed)
    combined = pd.concat([labelled, corpus, weak], ignore_index=True)
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
