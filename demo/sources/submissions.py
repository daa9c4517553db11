"""submissions/: route B, signals employees submit in their own words (JSON Lines from an intranet form)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from demo import planted, writers
from demo.clock import at_local
from demo.phrases import bank
from demo.text.context import TextContext
from demo.text.typos import add_typos

OTHER_SHARE = 0.08
phrases = bank("submissions")
PRODUCTS = [p for p, _ in planted.PRODUCTS] + ["alle"]


def submission_count(customers: int) -> int:
    return int(np.clip(customers // 50, 60, 400))


def build_submissions(ctx: TextContext) -> pd.DataFrame:
    rng = ctx.rng("submissions")
    n = submission_count(len(ctx.customers))
    scenario = ctx.scenario
    other = scenario.index("other")
    weights = np.where(np.arange(len(scenario.signals)) == other, 0.0, scenario.rates)
    signal = rng.choice(len(weights), n, p=weights / weights.sum())
    signal[rng.random(n) < OTHER_SHARE] = other
    texts = []
    for code, u, v in zip(signal.tolist(), rng.random(n).tolist(), rng.random(n).tolist()):
        if code == other:
            texts.append(phrases.OTHER_SUBMISSIONS[int(u * len(phrases.OTHER_SUBMISSIONS))])
            continue
        own = phrases.SUBMISSIONS[scenario.signals[code]]
        texts.append(phrases.FRAMES[int(v * len(phrases.FRAMES))].format(text=own[int(u * len(own))]))
    steps = np.array(scenario.steps, dtype=object)[signal]
    process = np.array([phrases.PROCESSES[s] for s in steps], dtype=object)
    process[rng.random(n) < 0.1] = None
    day = np.sort(rng.integers(0, scenario.period.days, n))
    submitted = at_local(scenario.period.dates[day], rng.integers(8 * 3600, 18 * 3600, n))
    return pd.DataFrame({
        "submission_id": [f"SUB-{i:05d}" for i in range(1, n + 1)],
        "submitted_at": writers.local_iso(pd.Series(submitted)),
        "submitter": np.array(phrases.SUBMITTERS, dtype=object)[rng.integers(0, len(phrases.SUBMITTERS), n)],
        "text": add_typos(texts, 0.2, rng),
        "channel": np.array(phrases.SUBMISSION_CHANNELS, dtype=object)[
            rng.integers(0, len(phrases.SUBMISSION_CHANNELS), n)],
        "product": np.array(PRODUCTS, dtype=object)[rng.integers(0, len(PRODUCTS), n)],
        "process": process,
        "signal_id": np.array(scenario.signals, dtype=object)[signal],
    })


def write_submissions(ctx: TextContext, out: Path) -> pd.DataFrame:
    frame = build_submissions(ctx)
    folder = out / "submissions"
    folder.mkdir(parents=True, exist_ok=True)
    writers.json_lines(frame.drop(columns="signal_id"), folder / "signalen_medewerkers.jsonl")
    return frame
