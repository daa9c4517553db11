"""The effect of each improvement action, from weekly series built in dbt.

Inputs (DataFrames read from the dbt metrics models, see tables.py):
- windows: one row per action with its baseline and effect windows, the last data date,
  satisfaction before/after and the signal's cost per contact (`int_actions_windowed`);
- weekly: one row per signal per full week with contacts and active customers
  (`int_signal_contacts_counted_weekly`, dense: weeks without contacts have 0).

Controls for an action are the signals it does not touch: not its own signal, not a signal on
the same journey step (spill-over), not the target of another action going live during its
windows, and (see did.robust_controls) not a signal with a change of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from signalchain.metrics.action_effect_schema import ACTION_EFFECT_COLUMN_NAMES
from signalchain.metrics.did import did_weekly, robust_controls
from signalchain.metrics.satisfaction import satisfaction_p_value

WEEKS_PER_YEAR = 52


@dataclass(frozen=True)
class EffectSettings:
    alpha: float = 0.05  # significance level for improved / worsened
    control_z_limit: float = 3.0
    control_min_log_gap: float = 0.10
    control_min_contacts: int = 10  # per window


def action_effects(windows: pd.DataFrame, weekly: pd.DataFrame,
                   settings: EffectSettings = EffectSettings()) -> pd.DataFrame:
    """One row per action with the columns of ACTION_EFFECT_COLUMNS."""
    rows = [_effect(action, windows, weekly, settings) for action in windows.to_dict("records")]
    return pd.DataFrame(rows, columns=ACTION_EFFECT_COLUMN_NAMES)


def _effect(action: dict, windows: pd.DataFrame, weekly: pd.DataFrame, settings: EffectSettings) -> dict:
    row = {name: action.get(name) for name in ACTION_EFFECT_COLUMN_NAMES}
    if not action["is_effect_window_complete"]:
        row.update(verdict="too_early", note=f"effect window ends {_day(action['effect_end'])}, "
                                             f"data until {_day(action['data_end'])}")
        return _without_numbers(row)
    row["satisfaction_change"] = _difference(action["satisfaction_after"], action["satisfaction_before"])
    row["satisfaction_p_value"] = satisfaction_p_value(action)
    before = _window(weekly, action["baseline_start"], action["baseline_end"])
    after = _window(weekly, action["effect_start"], action["effect_end"])
    if before.empty or after.empty:
        row.update(verdict="no_change", note="no weekly data in the baseline or effect window")
        return row
    controls, excluded = _controls(action, windows, before, after, settings)
    row["excluded_control_ids"] = ",".join(excluded) or None
    if not controls:
        row.update(verdict="no_change", note="no usable control signals")
        return row
    row.update(_measure(action, before, after, controls, settings))
    return row


def _measure(action: dict, before: pd.DataFrame, after: pd.DataFrame, controls: list[str],
             settings: EffectSettings) -> dict:
    treated_b, control_b, active_b = _series(before, action["signal_id"], controls)
    treated_a, control_a, active_a = _series(after, action["signal_id"], controls)
    result = did_weekly(treated_b, control_b, treated_a, control_a)
    # The counterfactual in contacts: the baseline moved as the controls moved. Active customers
    # cancel out of it, so it holds without a customer register; only the per-1,000 rates need one.
    expected_after = treated_b.sum() * control_a.sum() / control_b.sum()
    saved = expected_after - treated_a.sum()
    control_rate_b = _per_1000(control_b.sum(), active_b.sum())
    control_rate_a = _per_1000(control_a.sum(), active_a.sum())
    cost = action["cost_per_contact_eur"]
    eur = saved * cost if cost is not None and not pd.isna(cost) else None
    weeks_a = len(treated_a)
    return {
        "baseline_weeks": len(treated_b), "effect_weeks": weeks_a,
        "contacts_before": int(treated_b.sum()), "contacts_after": int(treated_a.sum()),
        "contacts_per_1000_before": _per_1000(treated_b.sum(), active_b.sum()),
        "contacts_per_1000_after": _per_1000(treated_a.sum(), active_a.sum()),
        "expected_per_1000_after": _per_1000(expected_after, active_a.sum()),
        "control_signals": len(controls), "control_signal_ids": ",".join(controls),
        "control_change_pct": 100 * (control_rate_a / control_rate_b - 1) if control_rate_b and control_rate_a
        else None,
        "contacts_change_pct": 100 * result.change,
        "ci_low_pct": 100 * np.expm1(result.ci_low), "ci_high_pct": 100 * np.expm1(result.ci_high),
        "p_value": result.p_value, "contacts_saved": saved,
        "eur_saved": eur,
        "contacts_saved_per_year": saved / weeks_a * WEEKS_PER_YEAR,
        "eur_saved_per_year": eur / weeks_a * WEEKS_PER_YEAR if eur is not None else None,
        "verdict": _verdict(result.p_value, result.log_ratio, settings.alpha),
        "note": None if active_b.sum() and active_a.sum()
        else "no active customers in the customer register: no rates per 1,000",
    }


def _per_1000(contacts: float, customers: float) -> float | None:
    """Contacts per 1,000 customers; None without customers (no register: a data gap, not a zero)."""
    return 1000 * contacts / customers if customers else None


def _verdict(p_value: float, log_ratio: float, alpha: float) -> str:
    if p_value >= alpha:
        return "no_change"
    return "improved" if log_ratio < 0 else "worsened"


def _controls(action: dict, windows: pd.DataFrame, before: pd.DataFrame, after: pd.DataFrame,
              settings: EffectSettings) -> tuple[list[str], list[str]]:
    busy = windows[(windows["action_id"] != action["action_id"])
                   & (windows["go_live_date"] >= action["baseline_start"])
                   & (windows["go_live_date"] <= action["effect_end"])]["signal_id"]
    candidates = before[(before["signal_id"] != action["signal_id"]) & ~before["signal_id"].isin(set(busy))]
    other_steps = candidates[candidates["journey_step_id"].fillna("") != (action["journey_step_id"] or "")]
    if other_steps["signal_id"].nunique() >= 3:
        candidates = other_steps
    names = set(candidates["signal_id"])
    totals_b = before[before["signal_id"].isin(names)].groupby("signal_id")["contacts"].sum().to_dict()
    totals_a = after[after["signal_id"].isin(names)].groupby("signal_id")["contacts"].sum().to_dict()
    return robust_controls(totals_b, totals_a, z_limit=settings.control_z_limit,
                           min_log_gap=settings.control_min_log_gap,
                           min_contacts=settings.control_min_contacts)


def _series(frame: pd.DataFrame, signal_id: str, controls: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per week: treated contacts, pooled control contacts, active customers."""
    weeks = frame.groupby("week_start")["active_customers"].max()
    treated = frame[frame["signal_id"] == signal_id].groupby("week_start")["contacts"].sum()
    control = frame[frame["signal_id"].isin(controls)].groupby("week_start")["contacts"].sum()
    return (treated.reindex(weeks.index, fill_value=0).to_numpy(float),
            control.reindex(weeks.index, fill_value=0).to_numpy(float),
            weeks.to_numpy(float))


def _window(weekly: pd.DataFrame, start, end) -> pd.DataFrame:
    return weekly[(weekly["week_start"] >= start) & (weekly["week_start"] <= end)]


def _day(value) -> str:
    return "unknown" if value is None or pd.isna(value) else str(pd.Timestamp(value).date())


def _difference(after, before) -> float | None:
    if after is None or before is None or pd.isna(after) or pd.isna(before):
        return None
    return float(after) - float(before)


def _without_numbers(row: dict) -> dict:
    keep = {"action_id", "signal_id", "journey_step_id", "title", "go_live_date", "baseline_start",
            "baseline_end", "effect_start", "effect_end", "verdict", "note"}
    return {name: (value if name in keep else None) for name, value in row.items()}
