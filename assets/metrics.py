"""Metrics assets: the action-effect statistics (Python) and overviews of the dbt metric marts.

The maths lives in signalchain/metrics; these assets only read, call and report. dbt models
are keyed by their bare name (assets/dbt.py), so the dependencies are AssetKey("<model>").
"""


from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetKey,
    Config,
    MaterializeResult,
    MetadataValue,
    TableColumn,
    TableSchema,
    asset,
    asset_check,
)
from dagster_duckdb import DuckDBResource

from assets.metadata import frame_table
from signalchain.metrics import ACTION_EFFECT_COLUMNS, EffectSettings
from signalchain.metrics.tables import ACTION_EFFECT, MIGRATION_MONITOR, build_action_effect, top_signals

ACTION_EFFECT_KEY = AssetKey("mart_action_effect")
MIGRATION_KEY = AssetKey("mart_migration_monitor")
VERDICT_COLUMNS = ["action_id", "signal_id", "go_live_date", "verdict", "contacts_change_pct", "ci_low_pct",
                   "ci_high_pct", "p_value", "contacts_saved", "eur_saved", "eur_saved_per_year",
                   "satisfaction_change"]


class ActionEffectConfig(Config):
    alpha: float = 0.05  # significance level: below it a change is improved / worsened, else no_change


@asset(key=ACTION_EFFECT_KEY, group_name="metrics", kinds={"python", "duckdb"},
       deps=[AssetKey("int_actions_windowed"), AssetKey("int_signal_contacts_counted_weekly")],
       description="One row per improvement action: contacts per 1,000 active customers per week before and "
                   "after go-live against a counterfactual from control signals (quasi-Poisson "
                   "difference-in-differences), contacts and euros saved, satisfaction before/after, p-value, "
                   "verdict. Written by signalchain/metrics to marts.mart_action_effect.",
       metadata={"dagster/column_schema": TableSchema(columns=[
           TableColumn(name=name, type=sql_type, description=text) for name, sql_type, text in ACTION_EFFECT_COLUMNS]),
           "dagster/table_name": ACTION_EFFECT})
def mart_action_effect(config: ActionEffectConfig, duckdb: DuckDBResource) -> MaterializeResult:
    with duckdb.get_connection() as con:
        effects = build_action_effect(con, EffectSettings(alpha=config.alpha))
    verdicts = effects["verdict"].value_counts().to_dict()
    return MaterializeResult(metadata={
        "dagster/row_count": len(effects),
        "verdicts": MetadataValue.json(verdicts),
        "eur_saved_per_year_total": float(effects["eur_saved_per_year"].where(effects["verdict"] == "improved").sum()),
        "actions": frame_table(effects[VERDICT_COLUMNS]),
    })


@asset(key=AssetKey("signal_impact_top10"), group_name="metrics", kinds={"duckdb"},
       deps=[AssetKey("mart_signal_impact_trailing_year"), AssetKey("mart_signal_impact")],
       description="The ten most urgent signals of the trailing year (mart_signal_impact_trailing_year) as a "
                   "table in the Dagster UI. Stores nothing itself.")
def signal_impact_top10(duckdb: DuckDBResource) -> MaterializeResult:
    with duckdb.get_connection() as con:
        top = top_signals(con, 10)
    return MaterializeResult(metadata={
        "top_signals": frame_table(top),
        "high_priority": int((top["priority"] == "high").sum()),
    })


@asset_check(asset=ACTION_EFFECT_KEY, name="every_action_has_a_verdict", blocking=True,
             description="Every action in staging has one row with a verdict; too_early rows carry no numbers.")
def every_action_has_a_verdict(duckdb: DuckDBResource) -> AssetCheckResult:
    with duckdb.get_connection() as con:
        missing, bad_verdicts, early_numbers = con.execute(f"""
            SELECT
                (SELECT count(*) FROM staging.stg_raw__actions a
                 WHERE NOT EXISTS (SELECT 1 FROM {ACTION_EFFECT} e WHERE e.action_id = a.action_id)),
                (SELECT count(*) FROM {ACTION_EFFECT}
                 WHERE verdict IS NULL OR verdict NOT IN ('improved', 'worsened', 'no_change', 'too_early')),
                (SELECT count(*) FROM {ACTION_EFFECT}
                 WHERE verdict = 'too_early' AND (contacts_change_pct IS NOT NULL OR eur_saved IS NOT NULL))
        """).fetchall()[0]
    return AssetCheckResult(passed=missing + bad_verdicts + early_numbers == 0,
                            metadata={"actions_without_row": missing, "rows_without_valid_verdict": bad_verdicts,
                                      "too_early_rows_with_numbers": early_numbers})


@asset_check(asset=MIGRATION_KEY, name="migration_within_capacity_plan", blocking=True,
             description="Warns when a wave's extra contacts per 1,000 exceed the capacity plan by more than "
                         "10 per 1,000 in any planned week: the contact centre is understaffed for it.")
def migration_within_capacity_plan(duckdb: DuckDBResource) -> AssetCheckResult:
    with duckdb.get_connection() as con:
        over = con.sql(f"""
            SELECT migration_wave, week_since_migration, round(uplift_per_1000, 1) AS uplift_per_1000,
                   planned_uplift_per_1000, round(deviation_from_plan_per_1000, 1) AS deviation
            FROM {MIGRATION_MONITOR}
            WHERE deviation_from_plan_per_1000 > 10 ORDER BY 1, 2""").df()
    return AssetCheckResult(passed=over.empty, severity=AssetCheckSeverity.WARN,
                            metadata={"weeks_over_plan": frame_table(over)})


metrics_assets = [mart_action_effect, signal_impact_top10]
metrics_checks = [every_action_has_a_verdict, migration_within_capacity_plan]
