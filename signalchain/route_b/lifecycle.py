"""The route-B lifecycle: replay each submission's status changes against the allowed transitions.

The ingest loads events row by row and cannot see a submission's history, so the transition
rules live here. Events are replayed in time order (a late-delivered file is ordered in, not
appended); at equal times the lifecycle's own order of statuses decides, then the delivery order.
An event the lifecycle does not allow changes nothing and is quarantined with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

SUBMITTED = "submitted"
FINAL = ("rejected", "merged", "closed")
ALLOWED = {
    SUBMITTED: ("accepted", "rejected", "merged"),
    "accepted": ("prioritised", "rejected", "merged"),
    "prioritised": ("prioritised", "cause_found", "action_planned", "rejected", "merged"),
    "cause_found": ("action_planned",),
    "action_planned": ("action_live",),
    "action_live": ("closed",),
}
STATUSES = (SUBMITTED, "accepted", "prioritised", "cause_found", "action_planned", "action_live", *FINAL)
PRIORITIES = ("high", "medium", "low")
# What an event of a status must carry: the column and why a person needs it.
REQUIRED = {"rejected": ("note", "the reason for the submitter"), "prioritised": ("priority", "high, medium or low"),
            "cause_found": ("cause", "the root cause"), "action_planned": ("action_id", "the improvement action"),
            "merged": ("duplicate_of", "the submission it duplicates")}
CARRIED = ("note", "signal_id", "priority", "context", "cause", "action_id", "duplicate_of")  # kept per submission
HISTORY_COLUMNS = ["submission_id", "seq", "status", "previous_status", "changed_at", "changed_by", "note",
                   "days_in_previous_status"]
QUARANTINE_COLUMNS = ["submission_id", "event_at", "status", "event_by", "reason", "file_name", "line"]


@dataclass
class State:
    """Where a submission stands after its valid events; the fields a person set along the way."""

    status: str
    since: pd.Timestamp
    fields: dict = field(default_factory=dict)


def _problem(event: dict, state: State | None, known: set[str]) -> str | None:
    status = event["status"]
    if state is None:
        return "unknown submission"
    if status not in STATUSES or status == SUBMITTED:
        return f"unknown status '{status}' (allowed: {', '.join(STATUSES[1:])})"
    if event["event_at"] < state.since:
        return "dated before the submission was submitted"
    if status not in ALLOWED.get(state.status, ()):
        return f"transition {state.status} -> {status} is not allowed"
    column, meaning = REQUIRED.get(status, (None, None))
    if column and _empty(event.get(column)):
        return f"{status} needs {column} ({meaning})"
    if status == "prioritised" and event["priority"] not in PRIORITIES:
        return f"priority '{event['priority']}' is not one of {', '.join(PRIORITIES)}"
    if status == "merged" and (event["duplicate_of"] == event["submission_id"] or event["duplicate_of"] not in known):
        return f"duplicate_of '{event['duplicate_of']}' names no other submission"
    return None


def _empty(value) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or str(value).strip() == ""


def ordered(events: pd.DataFrame) -> pd.DataFrame:
    """Events by time; at equal times in lifecycle order, then as delivered (file, line)."""
    rank = events["status"].map({s: i for i, s in enumerate(STATUSES)}).fillna(len(STATUSES))
    return (events.assign(_rank=rank)
            .sort_values(["event_at", "_rank", "_file_name", "_line"], kind="stable")
            .drop(columns="_rank").reset_index(drop=True))


def replay(submissions: pd.DataFrame, events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, State]]:
    """(history, quarantined, state per submission) from staged submissions and events."""
    states = {s: State(SUBMITTED, t) for s, t in zip(submissions["submission_id"], submissions["submitted_at"])}
    history = [(s, 0, SUBMITTED, None, state.since, None, None, None) for s, state in states.items()]
    seq: dict[str, int] = {}
    quarantined = []
    for event in ordered(events).to_dict("records"):
        state = states.get(event["submission_id"])
        problem = _problem(event, state, set(states))
        if problem:
            quarantined.append((event["submission_id"], event["event_at"], event["status"], event["event_by"],
                                problem, event["_file_name"], event["_line"]))
            continue
        days = (event["event_at"] - state.since).total_seconds() / 86400
        seq[event["submission_id"]] = seq.get(event["submission_id"], 0) + 1
        history.append((event["submission_id"], seq[event["submission_id"]], event["status"], state.status,
                        event["event_at"], event["event_by"], event["note"], days))
        state.fields.update({k: v for k, v in event.items() if k in CARRIED and not _empty(v)})
        state.status, state.since = event["status"], event["event_at"]
    return (pd.DataFrame(history, columns=HISTORY_COLUMNS).sort_values(["submission_id", "seq"], ignore_index=True),
            pd.DataFrame(quarantined, columns=QUARANTINE_COLUMNS), states)
