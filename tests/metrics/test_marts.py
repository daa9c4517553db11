"""The metric marts on generated data: shapes, rules and scores against a Python recomputation."""

import pandas as pd
import pytest

from signalchain.metrics import ces, csat, nps
from signalchain.metrics.action_effect_schema import ACTION_EFFECT_COLUMN_NAMES


def _same(sql_value, python_value) -> bool:
    """Equal scores, or both missing (SQL NULL arrives as NaN, Python says None)."""
    if python_value is None:
        return pd.isna(sql_value)
    return sql_value == pytest.approx(python_value)


def test_dbt_unit_tests_ran_and_passed(pipeline):
    unit = [r for r in pipeline.dbt_results["results"] if r["unique_id"].startswith("unit_test.")]
    assert len(unit) >= 3
    assert {r["status"] for r in unit} == {"pass"}


def test_digitalisation_has_a_row_for_every_step_and_month(pipeline):
    mart = pipeline.df("SELECT * FROM marts.mart_journey_digitalisation")
    steps = pipeline.df("SELECT journey_step_id FROM marts.dim_journey_steps")
    months = mart["month"].nunique()
    assert len(mart) == len(steps) * months
    assert (mart["has_no_contacts"] == (mart["contacts"] == 0)).all()
    assert (mart["has_no_survey_data"] == (mart["n_csat"] + mart["n_nps"] + mart["n_ces"] == 0)).all()
    assert mart.loc[mart["n_csat"] == 0, "csat"].isna().all()
    shares = mart["digital_share"].dropna()
    assert shares.between(0, 1).all()


def test_digitalisation_scores_match_python_recomputation(pipeline):
    mart = pipeline.df("SELECT journey_step_id, month, csat, nps, ces FROM marts.mart_journey_digitalisation")
    answers = pipeline.df("""
        SELECT journey_step_id, cast(date_trunc('month', timezone('Europe/Amsterdam', responded_at)) AS date) AS month,
               survey_type, score
        FROM marts.fct_survey_responses WHERE journey_step_id IS NOT NULL""")
    by_type = {t: answers[answers["survey_type"] == t] for t in ("CSAT", "NPS", "CES")}
    sample = mart.dropna(subset=["nps"]).head(12)
    assert len(sample) > 0
    for row in sample.itertuples():
        def scores(kind, row=row):
            frame = by_type[kind]
            return frame[(frame["journey_step_id"] == row.journey_step_id) & (frame["month"] == row.month)]["score"]
        assert _same(row.nps, nps(scores("NPS")))
        assert _same(row.csat, csat(scores("CSAT")))
        assert _same(row.ces, ces(scores("CES")))


def test_signal_impact_rules(pipeline):
    mart = pipeline.df("SELECT * FROM marts.mart_signal_impact")
    assert not mart.duplicated(["month", "rank"]).any()
    measured = mart["satisfaction_status"] == "measured"
    assert mart.loc[~measured, ["satisfaction_with", "satisfaction_penalty", "impact_score"]].isna().all().all()
    assert mart.loc[measured, "impact_score"].notna().all()
    assert (mart.loc[~measured, "priority_basis"] == "volume").all()
    assert (mart.loc[measured, "n_responses_with"] >= 20).all()
    for _, month in mart.groupby("month"):
        ordered = month.sort_values("rank")
        order = ordered["priority"].map({"high": 1, "medium": 2, "low": 3})
        assert order.is_monotonic_increasing


def test_action_effect_has_the_documented_columns_and_a_verdict_each(pipeline):
    effect = pipeline.df("SELECT * FROM marts.mart_action_effect")
    actions = pipeline.df("SELECT action_id FROM staging.stg_raw__actions")
    assert list(effect.columns) == ACTION_EFFECT_COLUMN_NAMES
    assert sorted(effect["action_id"]) == sorted(actions["action_id"])
    assert effect["verdict"].isin(["improved", "worsened", "no_change", "too_early"]).all()
    early = effect[effect["verdict"] == "too_early"]
    assert early[["contacts_change_pct", "p_value", "eur_saved"]].isna().all().all()


def test_migration_monitor_against_the_plan(pipeline):
    mart = pipeline.df("SELECT * FROM marts.mart_migration_monitor")
    plan = pipeline.df("SELECT * FROM staging.stg_seeds__capacity_plan")
    assert not mart.empty
    planned = mart.merge(plan, on=["migration_wave", "week_since_migration"])
    assert planned["planned_uplift_per_1000"].equals(planned["planned_extra_contacts_per_1000"])
    expected = planned["uplift_per_1000"] - planned["planned_uplift_per_1000"]
    assert planned["deviation_from_plan_per_1000"].to_numpy() == pytest.approx(expected.to_numpy())
    assert (mart["expected_contacts_per_1000"].to_numpy()
            == pytest.approx((mart["baseline_contacts_per_1000"] * mart["trend_factor"]).to_numpy()))


def test_capacity_plan_check_warns_when_the_plan_is_exceeded(pipeline):
    from dagster_duckdb import DuckDBResource

    from assets.metrics import migration_within_capacity_plan

    result = migration_within_capacity_plan(duckdb=DuckDBResource(database=str(pipeline.warehouse)))
    over = pipeline.df("SELECT count(*) FROM marts.mart_migration_monitor WHERE deviation_from_plan_per_1000 > 10")
    assert result.passed == (over.iloc[0, 0] == 0)


def test_report_lines(pipeline):
    from cli.summary import summary_lines

    with pipeline.connect() as con:
        lines = summary_lines(con)
    assert lines[0].startswith("top 5 signals")
    assert sum(1 for line in lines if line.strip()[:2].rstrip(".").isdigit()) == 5
    assert any("improvement actions" in line for line in lines)
