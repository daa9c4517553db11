"""Step 7 of route B: each action's business case, cost against yearly savings (ROI and payback).

Before the effect is measured the savings are the *potential*: the contact cost per year of the
action's signal in the POTENTIAL_MONTHS complete months before go-live (mart_signal_impact), what the
action saves at most if the signal disappeared; once measured, mart_action_effect's euros saved per
year. ROI is that of the first year, (savings - cost) / cost; payback is cost / monthly savings, null
without savings. Cost is the action's with its sub-activities (int_actions_rolled_up).
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

from signalchain.route_b.impact import ACTION_EFFECT, impact_relation
from signalchain.warehouse import table_exists

ROLLED_UP_ACTIONS = "intermediate.int_actions_rolled_up"
POTENTIAL_MONTHS = 3
MEASURED_VERDICTS = ("improved", "worsened", "no_change")
_NO_EFFECTS = ("SELECT NULL::VARCHAR AS action_id, NULL::VARCHAR AS verdict, NULL::DOUBLE AS contacts_saved_per_year, "
               "NULL::DOUBLE AS eur_saved_per_year WHERE false")


def return_on(savings_per_year: pd.Series, cost: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(first-year ROI, payback months); null without a cost or without savings."""
    cost = cost.astype(float).where(cost > 0)
    savings = savings_per_year.astype(float)
    roi = (savings - cost) / cost
    payback = (cost / (savings / 12)).where(savings > 0)
    return roi, payback


def business_cases(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per top-level action with the columns of mart_action_business_case."""
    effects = ACTION_EFFECT if table_exists(con, ACTION_EFFECT) else f"({_NO_EFFECTS})"
    impact = impact_relation(con)
    frame = con.sql(f"""
        WITH before AS (
            SELECT a.action_id,
                   12 * avg(CAST(i.contacts AS DECIMAL(38, 9))) AS potential_contacts_per_year,
                   12 * avg(CAST(i.cost_eur AS DECIMAL(38, 9))) AS potential_eur_per_year
            FROM {ROLLED_UP_ACTIONS} a
            JOIN {impact} i ON i.signal_id = a.signal_id AND i.is_complete_month
             AND i.month < date_trunc('month', a.go_live_date)
             AND i.month >= date_trunc('month', a.go_live_date) - INTERVAL {POTENTIAL_MONTHS} MONTH
            GROUP BY a.action_id
        )
        SELECT a.action_id, a.signal_id, a.title, a.owner, a.go_live_date, a.done_at, a.sub_activities,
               a.sub_activities_done, a.cost_eur, a.expected_cost_eur,
               CAST(b.potential_contacts_per_year AS DOUBLE) AS potential_contacts_per_year,
               CAST(b.potential_eur_per_year AS DOUBLE) AS potential_eur_per_year,
               e.verdict AS effect_verdict,
               e.contacts_saved_per_year AS measured_contacts_saved_per_year,
               e.eur_saved_per_year AS measured_eur_saved_per_year
        FROM {ROLLED_UP_ACTIONS} a
        LEFT JOIN before b USING (action_id)
        LEFT JOIN {effects} e USING (action_id)
        ORDER BY a.go_live_date, a.action_id""").df()
    frame["potential_roi"], frame["potential_payback_months"] = return_on(
        frame["potential_eur_per_year"], frame["cost_eur"])
    measured = frame["effect_verdict"].isin(MEASURED_VERDICTS)
    frame["measured_roi"], frame["measured_payback_months"] = return_on(
        frame["measured_eur_saved_per_year"].where(measured), frame["cost_eur"])
    frame["basis"] = np.where(measured, "measured", "potential")
    return frame
