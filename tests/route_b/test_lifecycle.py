"""The lifecycle of docs/SPEC.md section 6: every allowed transition, the quarantine, events out of order."""

import pandas as pd
import pytest

from signalchain.route_b.lifecycle import ALLOWED, FINAL, REQUIRED, SUBMITTED, replay

T0 = pd.Timestamp("2026-03-02 09:00", tz="Europe/Amsterdam")
FIELDS = {"note": "reden", "priority": "high", "cause": "oorzaak", "action_id": "ACT-1", "duplicate_of": "S2"}
# A path from intake to each status, through allowed transitions only.
PATHS = {"accepted": [], "rejected": [], "merged": [], "prioritised": ["accepted"],
         "cause_found": ["accepted", "prioritised"], "action_planned": ["accepted", "prioritised"],
         "action_live": ["accepted", "prioritised", "action_planned"],
         "closed": ["accepted", "prioritised", "action_planned", "action_live"]}


def _submissions(*ids: str) -> pd.DataFrame:
    return pd.DataFrame({"submission_id": list(ids), "submitted_at": T0})


def _events(rows: list[tuple], file: str = "events.csv") -> pd.DataFrame:
    columns = ["submission_id", "event_at", "status", "event_by", *FIELDS, "signal_id", "context"]
    records = [{"submission_id": s, "event_at": T0 + pd.Timedelta(days=d), "status": status, "event_by": "anouk",
                **{k: v for k, v in FIELDS.items() if REQUIRED.get(status, (None,))[0] == k}, **extra}
               for s, d, status, *rest in rows for extra in [rest[0] if rest else {}]]
    frame = pd.DataFrame(records, columns=columns)
    return frame.assign(_file_name=file, _line=range(1, len(frame) + 1))


def _chain(before: str, after: str) -> list[tuple]:
    path = [*PATHS.get(before, []), before] if before != SUBMITTED else []
    return [("S1", day + 1, status) for day, status in enumerate([*path, after])]


@pytest.mark.parametrize("before, after", [(b, a) for b, targets in ALLOWED.items() for a in targets])
def test_each_allowed_transition_is_applied(before, after):
    history, quarantined, states = replay(_submissions("S1", "S2"), _events(_chain(before, after)))
    assert quarantined.empty, quarantined["reason"].tolist()
    assert states["S1"].status == after
    assert history[history["submission_id"] == "S1"].iloc[-1][["previous_status", "status"]].tolist() == [before, after]


@pytest.mark.parametrize("final", FINAL)
def test_nothing_follows_a_final_status(final):
    events = _events([*_chain(SUBMITTED if final != "closed" else "action_live", final), ("S1", 9, "accepted")])
    _, quarantined, states = replay(_submissions("S1", "S2"), events)
    assert states["S1"].status == final
    assert quarantined["reason"].tolist() == [f"transition {final} -> accepted is not allowed"]


def test_an_invalid_transition_is_quarantined_and_changes_nothing():
    events = _events([("S1", 1, "action_live"), ("S1", 2, "accepted")])
    history, quarantined, states = replay(_submissions("S1"), events)
    assert quarantined[["status", "reason"]].values.tolist() == [
        ["action_live", "transition submitted -> action_live is not allowed"]]
    assert states["S1"].status == "accepted" and history["status"].tolist() == ["submitted", "accepted"]


@pytest.mark.parametrize("status, extra, reason", [
    ("rejected", {"note": None}, "rejected needs note"),
    ("accepted", {}, "unknown submission"),
    ("in behandeling", {}, "unknown status 'in behandeling'"),
    ("merged", {"duplicate_of": "S1"}, "names no other submission"),
])
def test_events_without_what_they_need_are_quarantined(status, extra, reason):
    submission = "S9" if reason == "unknown submission" else "S1"
    _, quarantined, states = replay(_submissions("S1"), _events([(submission, 1, status, extra)]))
    assert reason in quarantined.iloc[0]["reason"] and states["S1"].status == SUBMITTED


def test_a_priority_must_be_high_medium_or_low():
    events = _events([("S1", 1, "accepted"), ("S1", 2, "prioritised", {"priority": "urgent"})])
    _, quarantined, states = replay(_submissions("S1"), events)
    assert "priority 'urgent'" in quarantined.iloc[0]["reason"] and states["S1"].status == "accepted"


def test_events_out_of_order_are_replayed_by_time():
    """Delivered backwards, in two files: the lifecycle reads them in time order and keeps what people set."""
    late = _events([("S1", 3, "cause_found")], "late.csv")
    early = _events([("S1", 4, "action_planned"), ("S1", 2, "prioritised", {"context": "veel contacten"}),
                     ("S1", 1, "accepted", {"signal_id": "invoice_unclear"})], "early.csv")
    history, quarantined, states = replay(_submissions("S1"), pd.concat([early, late], ignore_index=True))
    assert quarantined.empty
    assert history["status"].tolist() == ["submitted", "accepted", "prioritised", "cause_found", "action_planned"]
    assert history["days_in_previous_status"].tolist()[1:] == [1.0, 1.0, 1.0, 1.0]
    assert {k: states["S1"].fields[k] for k in ("signal_id", "context", "cause", "action_id")} == {
        "signal_id": "invoice_unclear", "context": "veel contacten", "cause": "oorzaak", "action_id": "ACT-1"}


def test_an_event_before_the_submission_is_quarantined():
    _, quarantined, _ = replay(_submissions("S1"), _events([("S1", -1, "accepted")]))
    assert quarantined.iloc[0]["reason"] == "dated before the submission was submitted"
