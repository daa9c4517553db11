"""The action-effect statistics on synthetic weekly series with a known truth (no dbt needed)."""

import numpy as np
import pandas as pd
import pytest

from signalchain.metrics import ACTION_EFFECT_COLUMN_NAMES, action_effects
from signalchain.metrics.did import did_weekly, robust_controls

WEEKS = pd.date_range("2025-01-06", periods=30, freq="7D")
GO_LIVE = pd.Timestamp("2025-03-12")  # a Wednesday in week 10


def _weekly(rng, effect=0.0, control_dip=None, base_decline=0.0, season=None):
    """Signals a..h over 30 weeks; `treated` drops by `effect` from week 11; optional dips."""
    rows = []
    steps = {"treated": "bill", **{f"c{i}": f"step{i % 4}" for i in range(8)}}
    rates = {"treated": 400, **{f"c{i}": 40 + 15 * i for i in range(8)}}
    for w, week in enumerate(WEEKS):
        active = 10000 * (1 - base_decline) ** w
        seasonal = season[w] if season is not None else 1.0
        for signal, rate in rates.items():
            mean = rate * active / 10000 * seasonal
            if signal == "treated" and week >= GO_LIVE:
                mean *= 1 + effect
            if control_dip and signal == control_dip and w >= 12:
                mean *= 0.4
            rows.append((signal, steps[signal], week, rng.poisson(mean), active))
    return pd.DataFrame(rows, columns=["signal_id", "journey_step_id", "week_start", "contacts", "active_customers"])


def _windows(action_id="A1", signal_id="treated", effect_end="2025-05-18", data_end="2025-07-31"):
    return pd.DataFrame([{
        "action_id": action_id, "signal_id": signal_id, "journey_step_id": "bill", "title": "t",
        "go_live_date": GO_LIVE, "baseline_start": pd.Timestamp("2025-01-13"),
        "baseline_end": pd.Timestamp("2025-03-09"), "effect_start": pd.Timestamp("2025-03-24"),
        "effect_end": pd.Timestamp(effect_end), "data_end": pd.Timestamp(data_end),
        "is_effect_window_complete": pd.Timestamp(effect_end) <= pd.Timestamp(data_end),
        "satisfaction_before": 6.0, "satisfaction_after": 6.5, "n_responses_before": 50,
        "n_responses_after": 60, "satisfaction_sd_before": 1.5, "satisfaction_sd_after": 1.5,
        "cost_per_contact_eur": 10.0,
    }])


def test_planted_reduction_is_recovered_despite_season_and_shrinking_base():
    rng = np.random.default_rng(1)
    season = np.where(np.arange(30) >= 12, 0.8, 1.0)  # everything dips 20% in the effect window
    out = action_effects(_windows(), _weekly(rng, effect=-0.3, season=season, base_decline=0.01))
    row = out.iloc[0]
    assert list(out.columns) == ACTION_EFFECT_COLUMN_NAMES
    assert row["verdict"] == "improved"
    assert row["contacts_change_pct"] == pytest.approx(-30, abs=5)
    assert row["ci_low_pct"] < row["contacts_change_pct"] < row["ci_high_pct"]
    assert row["eur_saved"] == pytest.approx(row["contacts_saved"] * 10)
    assert row["satisfaction_change"] == pytest.approx(0.5)
    # Welch t on means 6.0 / 6.5, SD 1.5, n 50 / 60: t = 0.5 / sqrt(2.25/50 + 2.25/60) = 1.74
    assert row["satisfaction_p_value"] == pytest.approx(0.085, abs=0.005)


def test_without_a_customer_register_the_effect_is_measured_and_the_rates_are_missing():
    """No customers file: no per-1,000 rates (a data gap, not a zero), the same counterfactual."""
    weekly = _weekly(np.random.default_rng(1), effect=-0.3)
    with_register = action_effects(_windows(), weekly).iloc[0]
    without = action_effects(_windows(), weekly.assign(active_customers=0)).iloc[0]
    assert without["verdict"] == with_register["verdict"] == "improved"
    assert without["contacts_saved"] == pytest.approx(with_register["contacts_saved"])
    assert without[["contacts_per_1000_before", "expected_per_1000_after", "control_change_pct"]].isna().all()
    assert "customer register" in without["note"] and with_register["note"] is None


def test_no_effect_gives_no_change_even_in_a_season():
    verdicts = []
    for seed in range(10):
        season = np.where(np.arange(30) >= 12, 0.7, 1.0)
        out = action_effects(_windows(), _weekly(np.random.default_rng(seed), season=season))
        verdicts.append(out.iloc[0]["verdict"])
    assert verdicts.count("no_change") >= 9


def test_one_control_with_its_own_dip_is_left_out_of_the_pool():
    rng = np.random.default_rng(3)
    out = action_effects(_windows(), _weekly(rng, effect=0.0, control_dip="c7"))
    row = out.iloc[0]
    assert row["verdict"] == "no_change"
    assert abs(row["contacts_change_pct"]) < 8
    assert row["control_signals"] == 7
    assert row["excluded_control_ids"] == "c7"
    assert "c7" not in row["control_signal_ids"].split(",")


def test_unfinished_effect_window_is_too_early_without_numbers():
    rng = np.random.default_rng(4)
    out = action_effects(_windows(effect_end="2025-05-18", data_end="2025-05-10"), _weekly(rng, effect=-0.3))
    row = out.iloc[0]
    assert row["verdict"] == "too_early"
    for column in ("contacts_change_pct", "p_value", "contacts_saved", "eur_saved", "satisfaction_change"):
        assert pd.isna(row[column])


def test_did_is_exact_ratio_of_ratios():
    result = did_weekly(np.array([10, 10]), np.array([100, 100]), np.array([5, 5]), np.array([50, 50]))
    assert result.change == pytest.approx(0.0)
    result = did_weekly(np.array([10, 10]), np.array([100, 100]), np.array([5, 5]), np.array([100, 100]))
    assert result.change == pytest.approx(-0.5)


def test_robust_controls_drop_the_outlier_only():
    before = {"a": 400, "b": 500, "c": 300, "d": 450}
    after = {"a": 410, "b": 490, "c": 310, "d": 150}
    assert robust_controls(before, after) == (["a", "b", "c"], ["d"])
