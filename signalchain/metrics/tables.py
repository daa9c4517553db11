"""Read the dbt series, compute the action effects and write `marts.mart_action_effect`.

The one place that knows the warehouse table names of the metrics, shared by the Dagster asset,
the report and the tests.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from signalchain.metrics.action_effect import EffectSettings, action_effects
from signalchain.metrics.action_effect_schema import ACTION_EFFECT_COLUMNS
from signalchain.metrics.precision import rounded_for_publication
from signalchain.metrics.writer import replace_table

ACTION_WINDOWS = "intermediate.int_actions_windowed"
SIGNAL_WEEKS = "intermediate.int_signal_contacts_counted_weekly"
ACTION_EFFECT = "marts.mart_action_effect"
SIGNAL_IMPACT_TRAILING = "marts.mart_signal_impact_trailing_year"
MIGRATION_MONITOR = "marts.mart_migration_monitor"


def build_action_effect(con: duckdb.DuckDBPyConnection, settings: EffectSettings = EffectSettings()) -> pd.DataFrame:
    """Compute every action's effect from the dbt series and replace the mart in one statement.

    Inputs are read in a fixed order and the output is sorted and rounded (precision.py), so the
    mart is the same, bit for bit, however often and after whatever crash it is rebuilt."""
    windows = con.sql(f"SELECT * FROM {ACTION_WINDOWS} ORDER BY go_live_date, action_id").df()
    weekly = con.sql(f"SELECT signal_id, journey_step_id, week_start, contacts, active_customers "
                     f"FROM {SIGNAL_WEEKS} ORDER BY week_start, signal_id").df()
    effects = action_effects(windows, weekly, settings).sort_values(["go_live_date", "action_id"], ignore_index=True)
    replace_table(con, rounded_for_publication(effects, ACTION_EFFECT_COLUMNS), ACTION_EFFECT, ACTION_EFFECT_COLUMNS)
    return con.sql(f"SELECT * FROM {ACTION_EFFECT} ORDER BY go_live_date, action_id").df()


def top_signals(con: duckdb.DuckDBPyConnection, limit: int = 10) -> pd.DataFrame:
    """The most urgent signals over the trailing year, rank 1 first."""
    return con.sql(f"""
        SELECT rank, signal_id, journey_step_id, priority, priority_basis, contacts, cost_eur,
               satisfaction_penalty, n_responses_with, impact_score
        FROM {SIGNAL_IMPACT_TRAILING} ORDER BY rank LIMIT {int(limit)}""").df()
