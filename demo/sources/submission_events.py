"""submission_events/: the improvement team's status changes of submissions, kept in Excel (`;`, Windows-1252).

Planted: the lifecycle of docs/SPEC.md section 6 for the submissions behind the planted actions
(accepted -> prioritised -> cause found -> action planned -> live -> closed once the effect window has
ended), accepted and prioritised problems, duplicates merged into the first submission of their
problem, rejected non-signals, and invalid events (truth.json `route_b.invalid_events`). The rows are
not in time order, and a late second file holds earlier events: the lifecycle orders them by time.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from demo import writers
from demo.phrases import bank
from demo.text.context import TextContext

COLUMNS = ["submission_id", "at", "status", "by", "note", "signal_id", "priority", "context", "cause", "action_id",
           "duplicate_of"]
EFFECT_MEASURED_AFTER_DAYS = 7 * 11  # go-live week, ramp-up week, 8 effect weeks and a week to read the result
ACCEPT_SHARE, PRIORITISE_SHARE, MERGE_SHARE, REJECT_SHARE = 0.6, 0.5, 0.3, 0.5
route_b = bank("route_b")


class _Events:
    def __init__(self, submissions: pd.DataFrame, end: pd.Timestamp, rng: np.random.Generator):
        self.submitted = dict(zip(submissions["submission_id"], pd.to_datetime(submissions["submitted_at"])))
        self.end, self.rng, self.rows, self.late = end, rng, [], []

    def add(self, submission_id: str, at: pd.Timestamp, status: str, late: bool = False, **fields) -> bool:
        if at > self.end:
            return False
        handler = route_b.HANDLERS[int(self.rng.integers(0, len(route_b.HANDLERS)))]
        row = {"submission_id": submission_id, "at": at, "status": status, "by": handler, **fields}
        (self.late if late else self.rows).append(row)
        return True

    def after(self, submission_id: str, days: float) -> pd.Timestamp:
        return (self.submitted[submission_id] + pd.Timedelta(days=days)).floor("min")


def _action_chain(events: _Events, sub: dict, go_live: pd.Timestamp, verdict: str) -> None:
    """The full lifecycle; cause_found arrives in the late file, after events that follow it in time."""
    sid, signal = sub["submission_id"], sub["signal_id"]
    cause = route_b.CAUSES.get(signal, route_b.GENERIC_CAUSE)
    events.add(sid, events.after(sid, 2), "accepted", signal_id=signal)
    events.add(sid, events.after(sid, 7), "prioritised", priority="high", context=route_b.CONTEXTS[0])
    events.add(sid, events.after(sid, 20), "cause_found", late=True, cause=cause)
    events.add(sid, events.after(sid, 30), "action_planned", action_id=sub["action_id"])
    events.add(sid, go_live + pd.Timedelta(hours=9), "action_live", action_id=sub["action_id"])
    if verdict != "too_early":
        events.add(sid, go_live + pd.Timedelta(days=EFFECT_MEASURED_AFTER_DAYS, hours=10), "closed",
                   note="Effect gemeten en besproken in het verbeteroverleg.")


def _ordinary(events: _Events, submissions: pd.DataFrame) -> list[str]:
    """Accepted / prioritised first reports, merged duplicates, rejected non-signals; returns the untouched ids."""
    rng, untouched = events.rng, []
    primary = submissions[submissions["kind"] == "signal"].groupby("problem_id")["submission_id"].first()
    for sub in submissions[submissions["action_id"].isna()].to_dict("records"):
        sid, u, v = sub["submission_id"], rng.random(), rng.random()
        if sub["kind"] != "signal":
            if u < REJECT_SHARE:
                notes = route_b.REJECTION_NOTES[sub["kind"]]
                events.add(sid, events.after(sid, 1 + 2 * v), "rejected", note=notes[int(v * len(notes))])
            else:
                untouched.append(sid)
        elif primary[sub["problem_id"]] == sid and u < ACCEPT_SHARE:
            events.add(sid, events.after(sid, 1 + 4 * v), "accepted")
            if rng.random() < PRIORITISE_SHARE:
                events.add(sid, events.after(sid, 6 + 8 * v), "prioritised", priority=("high", "medium", "low")[
                    int(v * 3)], context=route_b.CONTEXTS[int(v * len(route_b.CONTEXTS))])
        elif primary[sub["problem_id"]] != sid and u < MERGE_SHARE:
            events.add(sid, events.after(sid, 1 + 6 * v), "merged", duplicate_of=primary[sub["problem_id"]])
        else:
            untouched.append(sid)
    return untouched


def _invalid(events: _Events, submissions: pd.DataFrame, untouched: list[str]) -> list[dict]:
    """Events the lifecycle must quarantine, one of each kind, on submissions with no other events."""
    kinds = submissions.set_index("submission_id")["kind"]
    signal = [s for s in untouched if kinds[s] == "signal"]
    other = [s for s in untouched if kinds[s] != "signal"]
    planted = [(signal[0], 3, "action_live", "transition", {}),
               (signal[1], 2, "prioritised", "priority", {"priority": "urgent"}),
               (signal[2], 2, "in behandeling", "unknown status", {}),
               (other[0], 2, "rejected", "needs note", {}),
               ("SUB-99999", None, "accepted", "unknown submission", {})]
    events.add(signal[1], events.after(signal[1], 1), "accepted")
    events.add(other[1], events.after(other[1], 1), "rejected", note=route_b.REJECTION_NOTES["unclear"][0])
    planted.append((other[1], 4, "accepted", "transition", {}))
    truth = []
    for sid, days, status, reason, fields in planted:
        at = events.after(signal[3], 5) if days is None else events.after(sid, days)
        if events.add(sid, at, status, **fields):
            truth.append({"submission_id": sid, "status": status, "reason": reason})
    return truth


def build_events(ctx: TextContext, submissions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, list[dict]]:
    """(events, late events, planted invalid events); `submissions` with the truth columns."""
    rng = ctx.rng("submission_events")
    end = pd.Timestamp(ctx.scenario.period.end) + pd.Timedelta(hours=17)
    events = _Events(submissions, end, rng)
    actions = {a.action_id: a for a in ctx.scenario.actions}
    for sub in submissions[submissions["action_id"].notna()].to_dict("records"):
        action = actions[sub["action_id"]]
        _action_chain(events, sub, pd.Timestamp(action.go_live), action.verdict)
    invalid = _invalid(events, submissions, _ordinary(events, submissions))
    frame = pd.DataFrame(events.rows, columns=COLUMNS)
    return frame.iloc[rng.permutation(len(frame))], pd.DataFrame(events.late, columns=COLUMNS), invalid


def _dutch(frame: pd.DataFrame) -> pd.DataFrame:
    """Local times as Dutch Excel shows them (dd-mm-yyyy hh:mm)."""
    return frame.assign(at=pd.to_datetime(frame["at"]).dt.strftime("%d-%m-%Y %H:%M"))


def write_submission_events(ctx: TextContext, submissions: pd.DataFrame, out: Path) -> tuple[int, list[dict]]:
    events, late, invalid = build_events(ctx, submissions)
    folder = out / "submission_events"
    folder.mkdir(parents=True, exist_ok=True)
    writers.excel_csv(_dutch(events), folder / "statuswijzigingen.csv")
    writers.excel_csv(_dutch(late), folder / "statuswijzigingen_nalevering.csv")
    return len(events) + len(late), invalid
