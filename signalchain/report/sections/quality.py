"""The data-quality panel: journey coverage, sources and data gaps, quarantined rows by reason,
unmapped export values, and the checks of the night that warned. A table another part of the
night has not written (yet) says so instead of failing the report."""

from __future__ import annotations

from signalchain.report import queries
from signalchain.report.blocks import Card, Heading, Section, Table
from signalchain.report.context import Context
from signalchain.report.sections.missing import absent

UNMAPPED_SHOWN = 15


def quality_section(context: Context) -> Section:
    cards = [_coverage(context), _sources(context), _quarantine(context), _unmapped(context), _checks(context)]
    return Section("quality", context.text("quality_title"), "", cards)


def _card(context: Context, title_key: str, frame, table_name: str, empty_key: str, table) -> Card:
    """A sub-panel: its heading and either its table or why there is none."""
    note = absent(context, frame, table_name, empty_key)
    return Card([Heading(context.text(title_key)), note or table(frame)], "panel")


def _coverage(context: Context) -> Card:
    text, fmt = context.text, context.fmt
    columns = [text(k) for k in ("col_source", "col_contacts", "col_on_step", "col_without_step", "col_other",
                                 "col_share")]
    return _card(context, "coverage_title", queries.step_coverage(context.con), queries.STEP_COVERAGE, "no_rows",
                 lambda frame: Table(columns, [
                     [context.source(r.source).capitalize(), fmt.number(r.contacts), fmt.number(r.contacts_on_step),
                      fmt.number(r.contacts_without_step), fmt.number(r.contacts_other), fmt.share(r.share_on_step, 2)]
                     for r in frame.itertuples()], numeric=frozenset(range(1, 6))))


def _sources(context: Context) -> Card:
    text, fmt = context.text, context.fmt
    columns = [text(k) for k in ("col_source", "col_rows", "col_first", "col_last", "col_has_data")]
    return _card(context, "sources_title", queries.source_coverage(context.con), queries.SOURCE_COVERAGE, "no_rows",
                 lambda frame: Table(columns, [
                     [context.source(r.source).capitalize(), fmt.number(r.rows), fmt.date(r.first_date), fmt.date(r.last_date),
                      text("yes") if r.has_data else f"{text('no')}: {r.when_missing}"]
                     for r in frame.itertuples()], numeric=frozenset({1})))


def _quarantine(context: Context) -> Card:
    text, fmt = context.text, context.fmt
    columns = [text(k) for k in ("col_source", "col_reason", "col_quarantined")]
    return _card(context, "quarantine_title", queries.quarantine_reasons(context.con), queries.QUARANTINE_REASONS,
                 "quarantine_none", lambda frame: Table(columns, [
                     [context.source(r.source).capitalize(), r.reason, fmt.number(r.rows_quarantined)]
                     for r in frame.itertuples()], numeric=frozenset({2})))


def _unmapped(context: Context) -> Card:
    text, fmt = context.text, context.fmt
    columns = [text(k) for k in ("col_source", "col_kind", "col_value", "col_contacts")]
    return _card(context, "unmapped_title", queries.unmapped_values(context.con), queries.UNMAPPED_VALUES,
                 "unmapped_none", lambda frame: Table(columns, [
                     [context.source(r.source).capitalize(), r.value_kind, r.value, fmt.number(r.contacts)]
                     for r in frame.head(UNMAPPED_SHOWN).itertuples()], numeric=frozenset({3})))


def _checks(context: Context) -> Card:
    text = context.text
    columns = [text(k) for k in ("col_check", "col_asset", "col_severity")]
    return _card(context, "checks_title", queries.warned_checks(context.con), queries.PUBLISHED_CHECKS, "checks_none",
                 lambda frame: Table(columns, [[r.check_name, r.asset, r.severity] for r in frame.itertuples()]))
