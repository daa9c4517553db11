"""Route B in the warehouse: read staging, run the steps, write the marts. The one place with their names.

Python reads staging, never raw (docs/ARCHITECTURE.md). Every mart is replaced whole, sorted and
rounded (signalchain/metrics/precision.py), so a re-run after a crash gives the same bits; days are
counted to the latest moment in the route-B data, never to the wall clock.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from ml.model import SignalModel
from signalchain.metrics.precision import rounded_for_publication
from signalchain.metrics.writer import replace_table
from signalchain.route_b import schema
from signalchain.route_b.assemble import cluster_columns, lifecycle_columns
from signalchain.route_b.business_case import business_cases
from signalchain.route_b.feedback import DRAFT_COLUMNS, feedback_drafts
from signalchain.route_b.impact import action_effects, signal_impacts
from signalchain.route_b.lifecycle import replay
from signalchain.route_b.people import employee_keys, redacted
from signalchain.route_b.quality import quality_verdicts
from signalchain.route_b.register import issue_register
from signalchain.route_b.signals import classify, link_signals

SUBMISSIONS_STAGED = "staging.stg_raw__submissions"
EVENTS_STAGED = "staging.stg_raw__submission_events"
ACTIONS_STAGED = "staging.stg_raw__actions"
MARTS = ("mart_submission_history", "mart_submission_events_quarantined", "mart_submissions",
         "mart_action_business_case", "mart_issue_register", "mart_feedback_drafts")


def qualified(mart: str) -> str:
    return f"marts.{mart}"


def write_mart(con: duckdb.DuckDBPyConnection, mart: str, frame: pd.DataFrame) -> pd.DataFrame:
    columns = schema.columns(mart)
    replace_table(con, rounded_for_publication(frame, columns), qualified(mart), columns)
    return con.sql(f"SELECT * FROM {qualified(mart)}").df()


def read_staged(con: duckdb.DuckDBPyConnection) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(submissions, events, actions) from staging, in a fixed order."""
    subs = con.sql(f"""SELECT submission_id, submitted_at, submitter, submitter_team, submission_text AS text,
                              channel, product, process, customer_example
                       FROM {SUBMISSIONS_STAGED} ORDER BY submission_id""").df()
    events = con.sql(f"SELECT * FROM {EVENTS_STAGED} ORDER BY event_at, _file_name, _line").df()
    actions = con.sql(f"""SELECT action_id, signal_id, title, owner, status, go_live_date, parent_action_id, done_at
                          FROM {ACTIONS_STAGED} ORDER BY action_id""").df()
    return subs, events, actions


def as_of(subs: pd.DataFrame, events: pd.DataFrame) -> pd.Timestamp | None:
    """The latest moment in the route-B data: what days in a status are counted to."""
    moments = [*subs["submitted_at"].dropna(), *events["event_at"].dropna()]
    return max(moments) if moments else None


def build_lifecycle(con: duckdb.DuckDBPyConnection, pseudonym_key: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Replay every submission's events; write mart_submission_history and the quarantined events,
    who changed a status as a pseudonym and notes redacted (people.py)."""
    subs, events, _ = read_staged(con)
    history, quarantined, _ = replay(subs, events)
    history = history.assign(changed_by_key=employee_keys(history["changed_by"], pseudonym_key),
                             note=redacted(history["note"]))
    quarantined = quarantined.assign(event_by_key=employee_keys(quarantined["event_by"], pseudonym_key))
    return (write_mart(con, "mart_submission_history", history),
            write_mart(con, "mart_submission_events_quarantined", quarantined))


def build_submissions(con: duckdb.DuckDBPyConnection, model: SignalModel | None, min_confidence: float | None,
                      pseudonym_key: str) -> pd.DataFrame:
    """Check, link, cluster and measure every submission; write mart_submissions."""
    subs, events, actions = read_staged(con)
    if subs.empty:
        return write_mart(con, "mart_submissions", pd.DataFrame(columns=schema.column_names("mart_submissions")))
    _, _, states = replay(subs, events)
    life = lifecycle_columns(subs, states, as_of(subs, events))
    link = link_signals(classify(model, subs["text"].tolist(), min_confidence).set_index(subs.index),
                        life["chosen_signal_id"].tolist(), model is not None)
    frame = pd.concat([subs, life, link, quality_verdicts(subs["text"].tolist(), link["p_other"])], axis=1)
    frame = pd.concat([frame, cluster_columns(frame, actions).drop(columns="submission_id")], axis=1)
    frame = frame.merge(signal_impacts(con, frame), on="submission_id", how="left")
    frame = frame.merge(action_effects(con), on="action_id", how="left")
    frame["priority"] = frame["priority_decided"].fillna(frame["priority_now"])
    frame["submitter_key"] = employee_keys(frame["submitter"], pseudonym_key)
    frame["priority_context"], frame["cause"] = redacted(frame["priority_context"]), redacted(frame["cause"])
    frame["as_of_date"] = as_of(subs, events)
    return write_mart(con, "mart_submissions", frame.sort_values("submission_id"))


def build_business_case(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return write_mart(con, "mart_action_business_case", business_cases(con))


def build_issue_register(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The register from mart_submissions, its history and the actions' owners."""
    submissions = con.sql(f"SELECT * FROM {qualified('mart_submissions')}").df()
    history = con.sql(f"SELECT * FROM {qualified('mart_submission_history')}").df()
    owners = con.sql(f"SELECT action_id, owner FROM {ACTIONS_STAGED}").df()
    return write_mart(con, "mart_issue_register", issue_register(submissions, history, owners))


def feedback_inputs(con: duckdb.DuckDBPyConnection) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(mart_submissions with each submitter, text, latest note and cause as people wrote them, the actions):
    the drafts' one source of numbers. The latest note of a rejected submission is its rejection's reason."""
    subs, events, actions = read_staged(con)
    _, _, states = replay(subs, events)
    written = pd.DataFrame({"submission_id": list(states),
                            "note": [state.fields.get("note") for state in states.values()],
                            "cause_written": [state.fields.get("cause") for state in states.values()]})
    submissions = (con.sql(f"SELECT * FROM {qualified('mart_submissions')} ORDER BY submission_id").df()
                   .merge(subs[["submission_id", "submitter", "text"]], on="submission_id")
                   .merge(written, on="submission_id", how="left"))
    submissions["cause"] = submissions.pop("cause_written")
    return submissions, actions


def build_feedback(con: duckdb.DuckDBPyConnection, pseudonym_key: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the drafts with their addressee, for the restricted file; mart_feedback_drafts as published).

    The published drafts are the same messages to "collega", with every text a person typed redacted:
    the report shows them without saying to whom they go."""
    submissions, actions = feedback_inputs(con)
    drafts = feedback_drafts(submissions, actions)
    anonymous = submissions.assign(submitter=None, text=redacted(submissions["text"]),
                                   note=redacted(submissions["note"]), cause=redacted(submissions["cause"]))
    published = feedback_drafts(anonymous, actions).drop(columns="addressee")
    published["submitter_key"] = employee_keys(
        published["submission_id"].map(dict(zip(submissions["submission_id"], submissions["submitter"]))),
        pseudonym_key)
    return drafts[DRAFT_COLUMNS], write_mart(con, "mart_feedback_drafts", published)
