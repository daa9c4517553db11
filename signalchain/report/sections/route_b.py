"""Route B, signals employees submit: the open ones per status, the signals already running (so
nobody submits the same one twice), and the feedback drafts as published, without their addressee."""

from __future__ import annotations

from signalchain.report import queries
from signalchain.report.blocks import Card, Heading, Section, Table, Text
from signalchain.report.context import Context
from signalchain.report.formatting import is_missing
from signalchain.report.sections.missing import absent


def route_b_section(context: Context) -> Section:
    cards = [_open(context), _running(context), _feedback(context)]
    return Section("route_b", context.text("route_b_title"), context.text("route_b_intro"), cards)


def _status(context: Context, status: str) -> str:
    return context.text.optional("status", status)


def _open(context: Context) -> Card:
    text, fmt = context.text, context.fmt
    frame = queries.open_submissions(context.con)
    note = absent(context, frame, queries.SUBMISSIONS, "route_b_none_open")
    columns = [text(k) for k in ("col_status", "col_submissions", "col_longest_in_status")]
    table = note or Table(columns, [[_status(context, r.status), fmt.number(r.submissions),
                                     fmt.number(r.longest_days_in_status)] for r in frame.itertuples()],
                          numeric=frozenset({1, 2}))
    return Card([Heading(text("route_b_open_title")), table], "panel")


def _running(context: Context) -> Card:
    text, fmt = context.text, context.fmt
    frame = queries.running_signals(context.con)
    note = absent(context, frame, queries.SUBMISSIONS, "route_b_none_running")
    columns = [text(k) for k in ("col_submission", "col_customer_signal", "col_status", "col_reported", "col_action")]
    table = note or Table(columns, [
        [r.submission_id, context.signal(r.signal_id), _status(context, r.status), fmt.number(r.submissions),
         "–" if is_missing(r.action_id) else r.action_id] for r in frame.itertuples()], numeric=frozenset({3}))
    return Card([Heading(text("route_b_running_title")), table], "panel")


def _feedback(context: Context) -> Card:
    text = context.text
    frame = queries.feedback_drafts(context.con)
    note = absent(context, frame, queries.FEEDBACK_DRAFTS, "route_b_no_drafts")
    if note:
        return Card([Heading(text("route_b_feedback_title")), note], "panel")
    shown = frame.groupby("kind", sort=False).head(queries.FEEDBACK_SHOWN // 3)
    blocks = [Heading(text("route_b_feedback_title")),
              Text(text("route_b_feedback_intro", drafts=context.fmt.number(len(frame))), "note")]
    for row in shown.itertuples():
        blocks += [Heading(f"{row.submission_id}", badge=text.optional("kind", row.kind), badge_css=f"kind-{row.kind}"),
                   Text(row.message, "feedback")]
    return Card(blocks, "panel")
