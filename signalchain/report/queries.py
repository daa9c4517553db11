"""What the report reads: tables of the `marts` schema only, so it works on the warehouse and on the
published database alike. A table that is not there yet is `None` (the section says so), never an
error: the report of a night with a data gap or an older publication still renders.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from signalchain.metrics.tables import ACTION_EFFECT, MIGRATION_MONITOR, SIGNAL_IMPACT_TRAILING

SIGNAL_IMPACT = "marts.mart_signal_impact"
JOURNEY_DIGITALISATION = "marts.mart_journey_digitalisation"
STEP_COVERAGE = "marts.mart_journey_step_coverage"
SOURCE_COVERAGE = "marts.mart_source_coverage"
UNMAPPED_VALUES = "marts.mart_unmapped_values"
QUARANTINE_REASONS = "marts.mart_quarantine_reasons"
PUBLISHED_CHECKS = "marts.published_checks"
PUBLISHED = "marts.published"
SIGNALS = "marts.dim_signals"
JOURNEY_STEPS = "marts.dim_journey_steps"
CONTACTS = "marts.fct_contacts"
CUSTOMERS = "marts.dim_customers"
TOP_SIGNALS = 10


def has_table(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    schema, name = table.split(".")
    return con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                       [schema, name]).fetchall()[0][0] > 0


def read(con: duckdb.DuckDBPyConnection, table: str, sql: str) -> pd.DataFrame | None:
    """`sql` (which reads `table`) as a DataFrame, or None when the table does not exist."""
    return con.sql(sql).df() if has_table(con, table) else None


def names(con: duckdb.DuckDBPyConnection, table: str, id_column: str, language: str) -> dict[str, str]:
    """id -> the seed's name in the report language (the id itself where the seed has no name)."""
    frame = read(con, table, f"SELECT {id_column} AS id, coalesce(name_{language}, {id_column}) AS name "
                             f"FROM {table}")
    return {} if frame is None else dict(zip(frame["id"], frame["name"]))


def top_signals(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    return read(con, SIGNAL_IMPACT_TRAILING, f"""
        SELECT rank, signal_id, journey_step_id, priority, contacts, cost_eur, satisfaction_penalty,
               satisfaction_status, impact_score, period_start, period_end
        FROM {SIGNAL_IMPACT_TRAILING} ORDER BY rank LIMIT {TOP_SIGNALS}""")


def data_end(con: duckdb.DuckDBPyConnection):
    """The last data date (the trailing year's end), or None before any contact."""
    frame = read(con, SIGNAL_IMPACT_TRAILING, f"SELECT max(period_end) AS period_end FROM {SIGNAL_IMPACT_TRAILING}")
    return None if frame is None else frame["period_end"].iloc[0]


def signal_months(con: duckdb.DuckDBPyConnection, signal_ids: list[str]) -> pd.DataFrame | None:
    """The monthly contacts of the given signals, for their trend."""
    if not has_table(con, SIGNAL_IMPACT):
        return None
    return con.execute(f"SELECT signal_id, month, is_complete_month, contacts FROM {SIGNAL_IMPACT} "
                       f"WHERE list_contains(?, signal_id) ORDER BY month, signal_id", [signal_ids]).df()


def journey_months(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    return read(con, JOURNEY_DIGITALISATION, f"SELECT * FROM {JOURNEY_DIGITALISATION} ORDER BY step_order, month")


def source_coverage(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    return read(con, SOURCE_COVERAGE, f"SELECT * FROM {SOURCE_COVERAGE} ORDER BY source")


def step_coverage(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    return read(con, STEP_COVERAGE, f"SELECT * FROM {STEP_COVERAGE} ORDER BY source = 'all', source")


def action_effects(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    return read(con, ACTION_EFFECT, f"SELECT * FROM {ACTION_EFFECT} ORDER BY go_live_date, action_id")


def migration_weeks(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    return read(con, MIGRATION_MONITOR, f"SELECT * FROM {MIGRATION_MONITOR} ORDER BY migration_wave, "
                                        f"week_since_migration")


def quarantine_reasons(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    return read(con, QUARANTINE_REASONS, f"SELECT source, reason, rows_quarantined FROM {QUARANTINE_REASONS} "
                                         f"ORDER BY rows_quarantined DESC, source, reason")


def unmapped_values(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    return read(con, UNMAPPED_VALUES, f"SELECT source, value_kind, value, contacts FROM {UNMAPPED_VALUES} "
                                      f"ORDER BY contacts DESC, source, value_kind, value")


def publication(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    """Which night the publication is (None when reporting on the warehouse)."""
    return read(con, PUBLISHED, f"SELECT run_id, built_at, data_up_to FROM {PUBLISHED}")


def warned_checks(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    """The checks of the night that did not pass (a blocking one would have stopped the publication)."""
    return read(con, PUBLISHED_CHECKS, f"SELECT check_name, asset, severity FROM {PUBLISHED_CHECKS} "
                                       f"WHERE NOT passed ORDER BY asset, check_name")


SUBMISSIONS = "marts.mart_submissions"
FEEDBACK_DRAFTS = "marts.mart_feedback_drafts"
FEEDBACK_SHOWN = 12


def open_submissions(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    """Open submissions per status, in the lifecycle's order (route B)."""
    return read(con, SUBMISSIONS, f"""
        SELECT status, count(*) AS submissions, max(days_in_status) AS longest_days_in_status
        FROM {SUBMISSIONS} WHERE is_open GROUP BY status
        ORDER BY list_position(['submitted', 'accepted', 'prioritised', 'cause_found', 'action_planned',
                                'action_live'], status), status""")


def running_signals(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    """The signals already running, so nobody submits them twice: each open primary someone works on, that
    others reported too, or whose signal has a running action; with how many reported it (rejected not counted)."""
    return read(con, SUBMISSIONS, f"""
        WITH clusters AS (
            SELECT cluster_id, count(*) AS submissions FROM {SUBMISSIONS} WHERE status <> 'rejected' GROUP BY 1
        )
        SELECT p.submission_id, p.signal_id, p.status, c.submissions,
               coalesce(p.action_id, p.running_action_id) AS action_id
        FROM {SUBMISSIONS} p JOIN clusters c ON c.cluster_id = p.submission_id
        WHERE p.is_open AND p.quality_verdict = 'ok'
          AND (p.status <> 'submitted' OR c.submissions > 1 OR p.running_action_id IS NOT NULL)
        ORDER BY c.submissions DESC, p.submission_id""")


def feedback_drafts(con: duckdb.DuckDBPyConnection) -> pd.DataFrame | None:
    """The feedback drafts without the addressee, closed ones first."""
    return read(con, FEEDBACK_DRAFTS, f"""
        SELECT submission_id, kind, message FROM {FEEDBACK_DRAFTS}
        ORDER BY list_position(['closed', 'duplicate', 'rejected'], kind), submission_id""")
