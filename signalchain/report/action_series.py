"""The weekly series behind each action's verdict, for its chart.

The published database holds only `marts`, not the dbt series the statistics read
(intermediate.int_signal_contacts_counted_weekly), so the weekly contacts per signal are counted
here from marts.fct_contacts the way that model counts them: customer-initiated contacts on a
taxonomy signal, full Monday-Sunday weeks inside the data, a customer's contacts in their first
`action_migration_exclusion_weeks` after a platform migration left out. They are then split with
signalchain.metrics.action_effect's own helpers into the action's signal and the pooled controls
the mart names. So the chart adds up to the mart: the actual line sums to contacts_before and
contacts_after over the windows, and the expected line (the controls scaled to the signal's
baseline) to contacts_after + contacts_saved over the effect window.

The chart is in contacts, which need no customer base (active customers cancel out of the
counterfactual in contacts), so active customers are not counted here.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd
import yaml

from signalchain.metrics.action_effect import _series, _window
from signalchain.report.formatting import is_missing
from signalchain.report.queries import CONTACTS, CUSTOMERS, SIGNALS, has_table
from signalchain.settings import DBT_PROJECT_DIR


@dataclass(frozen=True)
class ActionSeries:
    weeks: list[pd.Timestamp]
    actual: np.ndarray
    expected: np.ndarray | None  # None without a control pool (too early, no controls)


def weekly_signal_contacts(con: duckdb.DuckDBPyConnection, start, end) -> pd.DataFrame | None:
    """Contacts per taxonomy signal per full week from `start` to `end`, dense (zeros included)."""
    if not all(has_table(con, table) for table in (CONTACTS, CUSTOMERS, SIGNALS)):
        return None
    return con.execute(f"""
        WITH bounds AS (
            SELECT cast(date_trunc('week', min(contact_date) + 6) AS date) AS first_week,
                   cast(date_trunc('week', max(contact_date) + 1) AS date) - 7 AS last_week
            FROM {CONTACTS} WHERE is_customer_initiated),
        weeks AS (
            SELECT cast(unnest(generate_series(cast(greatest(first_week, $start) AS timestamp),
                                               cast(least(last_week, $end) AS timestamp), INTERVAL 7 DAY)) AS date)
                   AS week_start
            FROM bounds WHERE greatest(first_week, $start) <= least(last_week, $end)),
        signals AS (SELECT signal_id, journey_step_id FROM {SIGNALS} WHERE is_customer_signal),
        counted AS (
            SELECT contacts.signal_id, cast(date_trunc('week', contacts.contact_date) AS date) AS week_start,
                   count(*) AS contacts
            FROM {CONTACTS} AS contacts
            INNER JOIN signals ON contacts.signal_id = signals.signal_id
            LEFT JOIN {CUSTOMERS} AS customers ON contacts.customer_key = customers.customer_key
            WHERE contacts.is_customer_initiated
              AND contacts.contact_date BETWEEN $start AND $end + 6
              AND NOT coalesce(contacts.contact_date >= customers.migrated_at
                               AND contacts.contact_date < customers.migrated_at + 7 * $exclusion_weeks, false)
            GROUP BY ALL)
        SELECT signals.signal_id, signals.journey_step_id, weeks.week_start,
               coalesce(counted.contacts, 0) AS contacts, cast(NULL AS BIGINT) AS active_customers
        FROM signals CROSS JOIN weeks
        LEFT JOIN counted ON counted.signal_id = signals.signal_id AND counted.week_start = weeks.week_start
        ORDER BY weeks.week_start, signals.signal_id""",
        {"start": _day(start), "end": _day(end), "exclusion_weeks": _migration_exclusion_weeks()}).df()


def action_series(weekly: pd.DataFrame, action: dict) -> ActionSeries:
    """The action's signal per week from its baseline start to its effect end (or the data's last
    full week), and what the pooled controls say it would have been without the action."""
    frame = _window(weekly, pd.Timestamp(action["baseline_start"]), pd.Timestamp(action["effect_end"]))
    controls = [] if is_missing(action["control_signal_ids"]) else action["control_signal_ids"].split(",")
    actual, control, _ = _series(frame, action["signal_id"], controls)
    weeks = sorted(frame["week_start"].unique())
    in_baseline = np.array([week <= pd.Timestamp(action["baseline_end"]) for week in weeks], dtype=bool)
    if not controls or not control[in_baseline].sum():
        return ActionSeries([pd.Timestamp(w) for w in weeks], actual, None)
    expected = control * actual[in_baseline].sum() / control[in_baseline].sum()
    return ActionSeries([pd.Timestamp(w) for w in weeks], actual, expected)


def _migration_exclusion_weeks() -> int:
    """The dbt var the series model uses, read from the dbt project (its one definition)."""
    return int(yaml.safe_load((DBT_PROJECT_DIR / "dbt_project.yml").read_text())["vars"]
               ["action_migration_exclusion_weeks"])


def _day(value):
    return pd.Timestamp(value).date()
