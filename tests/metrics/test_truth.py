"""The metrics find back what the generator planted (OUT/_truth/truth.json)."""

import pandas as pd
import pytest

from signalchain.metrics import action_effects


def _action(pipeline, verdict: str) -> tuple[dict, pd.Series]:
    planted = next(a for a in pipeline.truth["actions"] if a["expected_verdict"] == verdict)
    effect = pipeline.df(f"SELECT * FROM marts.mart_action_effect WHERE action_id = '{planted['action_id']}'")
    assert len(effect) == 1
    return planted, effect.iloc[0]


def test_effective_action_is_recovered_within_5_points(pipeline):
    planted, row = _action(pipeline, "improved")
    assert row["verdict"] == "improved"
    assert row["contacts_change_pct"] == pytest.approx(planted["planted_effect_pct"], abs=5)
    assert row["ci_low_pct"] <= planted["planted_effect_pct"] <= row["ci_high_pct"]
    assert row["contacts_saved"] > 0
    assert row["eur_saved"] == pytest.approx(row["contacts_saved"] * row["cost_per_contact_eur"], abs=0.01)  # cents


def test_no_effect_action_is_no_change(pipeline):
    _, row = _action(pipeline, "no_change")
    assert row["verdict"] == "no_change"
    assert row["p_value"] >= 0.05


def test_unfinished_action_is_too_early_without_numbers(pipeline):
    _, row = _action(pipeline, "too_early")
    assert row["verdict"] == "too_early"
    assert row[["contacts_change_pct", "p_value", "contacts_saved", "eur_saved", "satisfaction_change"]].isna().all()


def test_seasonal_dip_is_not_credited_to_any_action(pipeline):
    """The dip is in the data, no action claims it, and leaving the dipping signal out changes nothing."""
    dip = pipeline.truth["seasonal_dip"]
    weekly = pipeline.df("SELECT * FROM intermediate.int_signal_contacts_counted_weekly")
    series = weekly[weekly["signal_id"] == dip["signal_id"]]
    start, end = pd.Timestamp(dip["start"]), pd.Timestamp(dip["end"]) - pd.Timedelta(days=6)
    during = series[series["week_start"].between(start, end)]["contacts"].mean()
    assert during < 0.75 * series[series["week_start"] < start]["contacts"].mean()

    effects = pipeline.df("SELECT * FROM marts.mart_action_effect ORDER BY action_id")
    measured = effects[effects["verdict"] != "too_early"]
    assert dip["signal_id"] not in set(measured["signal_id"])
    no_effect = {a["action_id"] for a in pipeline.truth["actions"] if a["planted_effect_pct"] == 0}
    assert (measured[measured["action_id"].isin(no_effect)]["verdict"] == "no_change").all()

    windows = pipeline.df("SELECT * FROM intermediate.int_actions_windowed ORDER BY action_id")
    without_dip = action_effects(windows, weekly[weekly["signal_id"] != dip["signal_id"]])
    assert without_dip["verdict"].tolist() == effects["verdict"].tolist()
    changes = (without_dip["contacts_change_pct"] - effects["contacts_change_pct"]).dropna().abs()
    assert len(changes) == len(measured) and (changes < 1.0).all()


def test_highest_volume_times_penalty_signal_ranks_first(pipeline):
    top = pipeline.df("SELECT signal_id FROM marts.mart_signal_impact_trailing_year WHERE rank = 1")
    assert top["signal_id"].tolist() == [pipeline.truth["highest_impact_signal"]]


def test_migration_uplift_is_recovered_within_10_percent(pipeline):
    """Extra contacts of all waves over the planted uplift weeks against the planted expectation."""
    waves = pipeline.truth["migration_waves"]
    weeks = max(sum(1 for p in w["uplift_pct_by_week"] if p) for w in waves.values())
    planted = sum(w["expected_extra_contacts"] for w in waves.values())
    found = pipeline.df(f"""
        SELECT sum(extra_contacts) FROM marts.mart_migration_monitor
        WHERE week_since_migration < {weeks}""").iloc[0, 0]
    assert found == pytest.approx(planted, rel=0.10)
    monitor = pipeline.df("SELECT * FROM marts.mart_migration_monitor")
    assert set(monitor["migration_wave"]) == set(waves)
    for name, wave in waves.items():
        assert monitor[monitor["migration_wave"] == name]["migrated_customers"].max() == wave["customers"]
