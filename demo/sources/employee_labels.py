"""labels/labels_medewerkers.jsonl: hand labels in employees' words, so the classifier knows their phrasing.

Route B's quality check asks the classifier whether a submission is a customer signal at all (`other`
when not). Customer texts alone do not teach it what an employee's remark about the coffee machine
looks like, nor how an employee describes a customer problem. The improvement team labelled earlier
submissions: per signal the problems in a few frames, and workplace remarks as `other`. The remarks
come from the same templates as the planted non-signals (demo/sources/submissions.py) but are other
draws, and only every second fixed sentence is labelled, so the check is measured on texts it has not seen.
A JSON Lines file: the route-A label files (`labels_batch_*.csv`) stay as they are.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from demo import writers
from demo.phrases import bank
from demo.sources.submissions import not_a_signal_text, signal_text
from demo.text.context import TextContext
from demo.text.typos import add_typos

FRAMES_PER_PHRASE = 3
WORKPLACE_REMARKS = 70
phrases = bank("submissions")
route_b = bank("route_b")


def build_employee_labels(ctx: TextContext) -> pd.DataFrame:
    rng = ctx.rng("labels.employees")
    rows = [(signal_text(own, float(u), False), signal_id)
            for signal_id, owns in phrases.SUBMISSIONS.items() if signal_id in ctx.scenario.signals
            for own in owns for u in rng.random(FRAMES_PER_PHRASE)]
    templates = rng.random((WORKPLACE_REMARKS, 3)) * [0.7, 1, 1] + [0.3, 0, 0]  # u >= 0.3: template, not sentence
    rows += [(not_a_signal_text(*draw), "other") for draw in templates.tolist()]
    rows += [(text, "other") for text in route_b.NON_SIGNAL_SENTENCES[::2]]
    frame = pd.DataFrame(rows, columns=["text", "signal_id"])
    frame["text"] = add_typos(frame["text"].tolist(), 0.2, rng)
    return frame.loc[~frame["text"].str.strip().str.lower().duplicated()].reset_index(drop=True)


def write_employee_labels(ctx: TextContext, out: Path) -> int:
    frame = build_employee_labels(ctx)
    folder = out / "labels"
    folder.mkdir(parents=True, exist_ok=True)
    writers.json_lines(frame.assign(labelled_by="verbeterteam"), folder / "labels_medewerkers.jsonl")
    return len(frame)
