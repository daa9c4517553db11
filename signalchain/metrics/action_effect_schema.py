"""The stable column set of `marts.mart_action_effect`: name, DuckDB type, description.

The table is written by a Python asset, not by dbt, so this list is its contract: the writer
casts every column to the type here (an empty result still has all columns) and the Dagster
asset publishes the descriptions as its column schema.
"""

from __future__ import annotations

ACTION_EFFECT_COLUMNS: list[tuple[str, str, str]] = [
    ("action_id", "VARCHAR", "The improvement action (raw.actions)."),
    ("signal_id", "VARCHAR", "The signal the action targets."),
    ("journey_step_id", "VARCHAR", "The journey step of that signal; satisfaction is measured there."),
    ("title", "VARCHAR", "The action's title."),
    ("go_live_date", "DATE", "The date the action went live."),
    ("baseline_start", "DATE", "First day of the baseline window (a Monday)."),
    ("baseline_end", "DATE", "Last day of the baseline window (the Sunday before the go-live week)."),
    ("effect_start", "DATE", "First day of the effect window (first full week after go-live plus the ramp-up gap)."),
    ("effect_end", "DATE", "Last day of the effect window."),
    ("baseline_weeks", "INTEGER", "Weeks with data in the baseline window."),
    ("effect_weeks", "INTEGER", "Weeks with data in the effect window."),
    ("contacts_before", "BIGINT", "Customer-initiated contacts on the signal in the baseline window (recently migrated customers left out)."),
    ("contacts_after", "BIGINT", "Customer-initiated contacts on the signal in the effect window."),
    ("contacts_per_1000_before", "DOUBLE", "Contacts per 1,000 active customers per week, baseline window."),
    ("contacts_per_1000_after", "DOUBLE", "Contacts per 1,000 active customers per week, effect window."),
    ("expected_per_1000_after", "DOUBLE",
     "Counterfactual for the effect window: the baseline rate moved as the pooled control signals moved."),
    ("control_signals", "INTEGER", "Number of control signals in the pool."),
    ("control_signal_ids", "VARCHAR", "The pooled control signals, comma-separated."),
    ("excluded_control_ids", "VARCHAR",
     "Candidate controls left out because they moved unlike the others (own seasonal dip, another change)."),
    ("control_change_pct", "DOUBLE", "Change of the pooled control signals' rate (season, base), in %."),
    ("contacts_change_pct", "DOUBLE",
     "Effect of the action in %: after against the counterfactual (difference-in-differences)."),
    ("ci_low_pct", "DOUBLE", "Lower bound of the 95% confidence interval of contacts_change_pct."),
    ("ci_high_pct", "DOUBLE", "Upper bound of the 95% confidence interval of contacts_change_pct."),
    ("p_value", "DOUBLE", "Two-sided p-value of the DiD (quasi-Poisson, t test on weekly counts)."),
    ("contacts_saved", "DOUBLE", "Counterfactual minus actual contacts in the effect window (negative = extra)."),
    ("cost_per_contact_eur", "DOUBLE",
     "Average cost per contact of the signal in the baseline window (its channel mix)."),
    ("eur_saved", "DOUBLE", "contacts_saved x cost_per_contact_eur."),
    ("contacts_saved_per_year", "DOUBLE", "contacts_saved per effect-window week x 52."),
    ("eur_saved_per_year", "DOUBLE", "eur_saved per effect-window week x 52."),
    ("satisfaction_before", "DOUBLE", "CSAT (mean 1-10) on the signal's journey step in the baseline window."),
    ("satisfaction_after", "DOUBLE", "CSAT on the signal's journey step in the effect window."),
    ("satisfaction_change", "DOUBLE", "satisfaction_after - satisfaction_before (CSAT points)."),
    ("satisfaction_p_value", "DOUBLE", "Welch t-test p-value of satisfaction_change."),
    ("n_responses_before", "BIGINT", "CSAT answers on the journey step in the baseline window."),
    ("n_responses_after", "BIGINT", "CSAT answers on the journey step in the effect window."),
    ("verdict", "VARCHAR",
     "improved / worsened (p_value below alpha, fewer / more contacts than the counterfactual), "
     "no_change, or too_early (the effect window has not ended by the last data date: no numbers)."),
    ("note", "VARCHAR", "Why a verdict is what it is when the numbers alone do not say it."),
]

ACTION_EFFECT_COLUMN_NAMES = [name for name, _, _ in ACTION_EFFECT_COLUMNS]
