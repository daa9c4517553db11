"""Route A's numbers for route B: a signal's impact when a submission came in and now, an action's effect.

Impact comes from marts.mart_signal_impact, the same data route A ranks signals on: at intake the
signal's row for the month of submission, now its latest complete month. The effect comes from
marts.mart_action_effect. Without those marts (a night that has not built them) the figures are null.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from signalchain.warehouse import table_exists

SIGNAL_IMPACT = "marts.mart_signal_impact"
ACTION_EFFECT = "marts.mart_action_effect"
MEASURES = {"contacts": "contacts", "cost_eur": "cost_eur", "customers_affected": "customers",
            "satisfaction_penalty": "satisfaction_penalty", "priority": "priority", "rank": "rank"}
EFFECT_COLUMNS = {"verdict": "effect_verdict", "contacts_saved": "contacts_saved", "eur_saved": "eur_saved",
                  "contacts_saved_per_year": "contacts_saved_per_year", "eur_saved_per_year": "eur_saved_per_year",
                  "satisfaction_change": "satisfaction_change"}


_NO_IMPACT = ("(SELECT NULL::VARCHAR AS signal_id, NULL::DATE AS month, NULL::BOOLEAN AS is_complete_month, "
              "NULL::BIGINT AS contacts, NULL::DOUBLE AS cost_eur, NULL::BIGINT AS customers_affected, "
              "NULL::DOUBLE AS satisfaction_penalty, NULL::VARCHAR AS priority, NULL::INTEGER AS rank WHERE false)")


def impact_relation(con: duckdb.DuckDBPyConnection) -> str:
    """mart_signal_impact, or an empty relation of its columns when a night has not built it."""
    return SIGNAL_IMPACT if table_exists(con, SIGNAL_IMPACT) else _NO_IMPACT


def _measures(alias: str, suffix: str) -> str:
    return ", ".join(f"{alias}.{source} AS {name}_{suffix}" for source, name in MEASURES.items())


def signal_impacts(con: duckdb.DuckDBPyConnection, subs: pd.DataFrame) -> pd.DataFrame:
    """Per submission (submission_id, signal_id, submitted_at): impact_month_* and the MEASURES at intake and now."""
    intake_month = "CAST(date_trunc('month', timezone('Europe/Amsterdam', s.submitted_at)) AS DATE)"
    impact = impact_relation(con)
    con.register("route_b_submissions", subs[["submission_id", "signal_id", "submitted_at"]])
    try:
        return con.sql(f"""
            WITH latest AS (
                SELECT signal_id, max(month) AS month FROM {impact} WHERE is_complete_month GROUP BY signal_id
            )
            SELECT s.submission_id, {intake_month} AS impact_month_at_intake, {_measures('i', 'at_intake')},
                   l.month AS impact_month_now, {_measures('n', 'now')}
            FROM route_b_submissions s
            LEFT JOIN {impact} i ON i.signal_id = s.signal_id AND i.month = {intake_month}
            LEFT JOIN latest l ON l.signal_id = s.signal_id
            LEFT JOIN {impact} n ON n.signal_id = s.signal_id AND n.month = l.month
            ORDER BY s.submission_id""").df()
    finally:
        con.unregister("route_b_submissions")


def action_effects(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """action_id and the EFFECT_COLUMNS of every measured action (empty without the mart)."""
    if not table_exists(con, ACTION_EFFECT):
        return pd.DataFrame(columns=["action_id", *EFFECT_COLUMNS.values()])
    renamed = ", ".join(f"{source} AS {name}" for source, name in EFFECT_COLUMNS.items())
    return con.sql(f"SELECT action_id, {renamed} FROM {ACTION_EFFECT} ORDER BY action_id").df()
