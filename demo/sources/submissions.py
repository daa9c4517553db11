"""submissions/: route B, signals employees submit in their own words (JSON Lines from an intranet form).

The planted truth per submission (OUT/_truth/submissions.parquet): its `kind` (signal, not_a_signal,
unclear), the `problem_id` it reports (a signal and one of its phrases: submissions of one problem are
duplicates of each other, each in another frame, with typos, or giving only the first clause), and
for one submission per planted action the `action_id` it led to (demo/sources/submission_events.py).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from demo import planted, writers
from demo.clock import at_local
from demo.phrases import bank
from demo.text.context import TextContext
from demo.text.typos import add_typos

NOT_A_SIGNAL_SHARE = 0.08
UNCLEAR_SHARE = 0.05
FIRST_CLAUSE_SHARE = 0.25  # a near-duplicate that gives only the text before the first comma
EXAMPLE_SHARE = 0.4  # submissions that name a contact showing the signal
ACTION_LEAD_DAYS = 75  # the submission behind a planted action comes this long before its go-live
phrases = bank("submissions")
route_b = bank("route_b")
PRODUCTS = [p for p, _ in planted.PRODUCTS] + ["alle"]


def submission_count(customers: int) -> int:
    return int(np.clip(customers // 50, 60, 400))


def not_a_signal_text(u: float, v: float, w: float) -> str:
    if u < 0.3:
        return route_b.NON_SIGNAL_SENTENCES[int(v * len(route_b.NON_SIGNAL_SENTENCES))]
    where = route_b.NON_SIGNAL_LOCATIONS[int(w * len(route_b.NON_SIGNAL_LOCATIONS))]
    what = route_b.NON_SIGNAL_OBJECTS[int(v * len(route_b.NON_SIGNAL_OBJECTS))]
    defect = route_b.NON_SIGNAL_DEFECTS[int(u * len(route_b.NON_SIGNAL_DEFECTS))]
    return " ".join(part for part in (what, where, defect) if part)


def signal_text(own: str, frame_u: float, first_clause: bool) -> str:
    core = own.split(",")[0] if first_clause and "," in own else own
    return phrases.FRAMES[int(frame_u * len(phrases.FRAMES))].format(text=core)


def _kinds(n: int, rng: np.random.Generator) -> np.ndarray:
    u = rng.random(n)
    return np.where(u < NOT_A_SIGNAL_SHARE, "not_a_signal",
                    np.where(u < NOT_A_SIGNAL_SHARE + UNCLEAR_SHARE, "unclear", "signal")).astype(object)


def _draws(ctx: TextContext, n: int, rng: np.random.Generator) -> pd.DataFrame:
    """Kind, signal, phrase and day of every submission, the planted action submissions included."""
    scenario = ctx.scenario
    other = scenario.index("other")
    weights = np.where(np.arange(len(scenario.signals)) == other, 0.0, scenario.rates)
    draws = pd.DataFrame({"kind": _kinds(n, rng), "signal": rng.choice(len(weights), n, p=weights / weights.sum()),
                          "phrase": rng.integers(0, 2, n), "day": rng.integers(0, scenario.period.days, n),
                          "action_id": None})
    planted_rows = pd.DataFrame([{"kind": "signal", "signal": scenario.index(a.signal_id), "phrase": 0,
                                  "day": max(0, a.day - ACTION_LEAD_DAYS), "action_id": a.action_id}
                                 for a in scenario.actions])
    draws = pd.concat([draws, planted_rows], ignore_index=True)
    draws.loc[draws["kind"] != "signal", "signal"] = other
    return draws.sort_values(["day", "action_id"], kind="stable", na_position="last", ignore_index=True)


def _examples(draws: pd.DataFrame, contacts: pd.DataFrame, rng: np.random.Generator) -> list[str | None]:
    """A contact id on the submission's signal, for a share of the customer-signal submissions."""
    by_signal = {code: ids.to_numpy() for code, ids in contacts.groupby("signal")["contact_id"]}
    picks = rng.random((len(draws), 2)).tolist()
    return [str(by_signal[s][int(v * len(by_signal[s]))]) if k == "signal" and u < EXAMPLE_SHARE and s in by_signal
            else None for k, s, (u, v) in zip(draws["kind"], draws["signal"], picks)]


def build_submissions(ctx: TextContext, contacts: pd.DataFrame) -> pd.DataFrame:
    """`contacts`: contact_id and planted signal of every generated contact (the examples' pool)."""
    rng = ctx.rng("submissions")
    scenario = ctx.scenario
    draws = _draws(ctx, submission_count(len(ctx.customers)), rng)
    n = len(draws)
    u, v, w, clause = (rng.random(n).tolist() for _ in range(4))
    texts = [not_a_signal_text(a, b, c) if kind == "not_a_signal"
             else route_b.UNCLEAR[int(a * len(route_b.UNCLEAR))] if kind == "unclear"
             else signal_text(phrases.SUBMISSIONS[scenario.signals[s]][p], b, x < FIRST_CLAUSE_SHARE and act is None)
             for kind, s, p, act, a, b, c, x in zip(draws["kind"], draws["signal"], draws["phrase"], draws["action_id"],
                                                     u, v, w, clause)]
    steps = np.array(scenario.steps, dtype=object)[draws["signal"].to_numpy()]
    process = np.array([phrases.PROCESSES[s] for s in steps], dtype=object)
    process[rng.random(n) < 0.1] = None
    submitted = at_local(scenario.period.dates[draws["day"].to_numpy()], rng.integers(8 * 3600, 18 * 3600, n))
    signal_ids = np.array(scenario.signals, dtype=object)[draws["signal"].to_numpy()]
    is_signal = (draws["kind"] == "signal").to_numpy()
    return pd.DataFrame({
        "submission_id": [f"SUB-{i:05d}" for i in range(1, n + 1)],
        "submitted_at": writers.local_iso(pd.Series(submitted)),
        "submitter": np.array(phrases.SUBMITTERS, dtype=object)[rng.integers(0, len(phrases.SUBMITTERS), n)],
        "submitter_team": np.array(route_b.TEAMS, dtype=object)[rng.integers(0, len(route_b.TEAMS), n)],
        "text": add_typos(texts, 0.2, rng),
        "channel": np.array(phrases.SUBMISSION_CHANNELS, dtype=object)[
            rng.integers(0, len(phrases.SUBMISSION_CHANNELS), n)],
        "product": np.array(PRODUCTS, dtype=object)[rng.integers(0, len(PRODUCTS), n)],
        "process": process,
        "customer_example": _examples(draws, contacts, rng),
        "signal_id": np.where(is_signal, signal_ids, np.where(draws["kind"] == "not_a_signal", "other", None)),
        "kind": draws["kind"].to_numpy(),
        "problem_id": np.where(is_signal, [f"{s}#{p}" for s, p in zip(signal_ids, draws["phrase"])], None),
        "action_id": draws["action_id"].to_numpy(),
        "day": draws["day"].to_numpy(),
    })


TRUTH_COLUMNS = ["submission_id", "signal_id", "kind", "problem_id", "action_id"]


def write_submissions(ctx: TextContext, contacts: pd.DataFrame, out: Path) -> pd.DataFrame:
    frame = build_submissions(ctx, contacts)
    folder = out / "submissions"
    folder.mkdir(parents=True, exist_ok=True)
    writers.json_lines(frame.drop(columns=[c for c in TRUTH_COLUMNS[1:]] + ["day"]),
                       folder / "signalen_medewerkers.jsonl")
    return frame
