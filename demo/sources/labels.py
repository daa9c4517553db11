"""labels/: labelled examples per signal, mostly real contact texts (with contact_id), some written extra.

The demo organisation spends most hand labels on written contacts (mails, complaints), where
the customers' own words are; call notes already carry wrap-up codes, which give the classifier
weak labels in the agents' terse style, so only a quarter of the labels are call notes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from demo import writers
from demo.clock import at_local
from demo.text.context import TextContext
from demo.text.problems import sentences

MIN_LABELS, MAX_LABELS = 130, 180
FROM_CONTACTS = 0.85
FROM_CALLS = 0.25  # share of the contact labels that are call notes
LABELLERS = ("analist.kcm", "j.devries", "s.elhaddaoui", "teamleider.ks")


def _extra_texts(ctx: TextContext, signal: int, n: int, rng: np.random.Generator) -> list[str]:
    day = rng.integers(0, ctx.scenario.period.days, n)
    english = rng.random(n) < 0.05
    return sentences(ctx, np.full(n, signal), day, english, rng, typo_rate=0.2)


def build_labels(ctx: TextContext, texts: pd.DataFrame) -> pd.DataFrame:
    """`texts`: contact_id, source, signal, secondary, text of every generated contact."""
    rng = ctx.rng("labels")
    clean = texts[(texts["secondary"] < 0) & (texts["text"].str.len() > 10)]
    clean = clean.loc[~clean["text"].str.strip().str.lower().duplicated()]
    signal, is_call = clean["signal"].to_numpy(), clean["source"].to_numpy() == "call"
    rows = []
    for code, signal_id in enumerate(ctx.scenario.signals):
        target = int(rng.integers(MIN_LABELS, MAX_LABELS + 1))
        calls, written = np.flatnonzero((signal == code) & is_call), np.flatnonzero((signal == code) & ~is_call)
        n_calls = min(len(calls), int(target * FROM_CONTACTS * FROM_CALLS))
        n_written = min(len(written), int(target * FROM_CONTACTS) - n_calls)
        take = np.concatenate([rng.choice(calls, n_calls, replace=False), rng.choice(written, n_written, replace=False)])
        picked = clean.iloc[np.sort(take)]
        rows += [(t, signal_id, cid) for t, cid in zip(picked["text"], picked["contact_id"])]
        rows += [(t, signal_id, None) for t in _extra_texts(ctx, code, target - len(take), rng)]
    frame = pd.DataFrame(rows, columns=["text", "signal_id", "contact_id"])
    frame = frame.loc[~frame["text"].str.strip().str.lower().duplicated()].reset_index(drop=True)
    return frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)


def write_labels(ctx: TextContext, texts: pd.DataFrame, out: Path) -> pd.DataFrame:
    rng = ctx.rng("labels.files")
    labels = build_labels(ctx, texts)
    days = ctx.scenario.period.days
    day = np.sort(rng.integers(max(0, days - 60), days, len(labels)))
    labelled_at = writers.iso_with_offset(pd.Series(at_local(ctx.scenario.period.dates[day],
                                                             rng.integers(9 * 3600, 17 * 3600, len(labels)))))
    frame = labels.assign(labelled_at=labelled_at,
                          labelled_by=np.array(LABELLERS, dtype=object)[rng.integers(0, len(LABELLERS), len(labels))])
    folder = out / "labels"
    folder.mkdir(parents=True, exist_ok=True)
    half = len(frame) // 2
    writers.plain_csv(frame.iloc[:half], folder / "labels_batch_1.csv")
    writers.plain_csv(frame.iloc[half:], folder / "labels_batch_2.csv")
    return labels
