"""Route B's nightly steps: lifecycle, quality check, duplicates, signal link, impact, business case, feedback.

    stg_raw__submissions, stg_raw__submission_events -> mart_submission_history (+ quarantined events)
    + ml/model_in_use, stg_raw__actions, mart_signal_impact, mart_action_effect -> mart_submissions
    int_actions_rolled_up, mart_signal_impact, mart_action_effect -> mart_action_business_case
    mart_submissions -> mart_issue_register, route_b/feedback_drafts (restricted/feedback_drafts.csv)
                        and mart_feedback_drafts (the same messages without the addressee, for the report)

The logic lives in signalchain/route_b; these assets only connect it to the warehouse, the model store
and the publish directory. The marts' columns are defined in dbt_project/models/route_b/_route_b__sources.yml.
"""

from pathlib import Path

from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetExecutionContext,
    AssetKey,
    AssetSpec,
    MaterializeResult,
    MetadataValue,
    TableColumn,
    TableSchema,
    asset,
    asset_check,
    multi_asset,
)
from dagster_duckdb import DuckDBResource

from assets.metadata import frame_table
from assets.metrics import ACTION_EFFECT_KEY
from ml.store import ModelDirectory
from orchestration.resources import ModelStore, PublishDir
from privacy.pseudonymise import pseudonym_key
from signalchain.publish import write_csv
from signalchain.route_b import schema, tables

GROUP = "route_b"
FEEDBACK_FILE = Path("restricted") / "feedback_drafts.csv"
OLDEST_OPEN = 10
IMPACT = AssetKey("mart_signal_impact")
STAGED = [AssetKey("stg_raw__submissions"), AssetKey("stg_raw__submission_events")]
HISTORY, QUARANTINED, SUBMISSIONS, BUSINESS_CASE, REGISTER, PUBLISHED_DRAFTS = (AssetKey(name) for name in tables.MARTS)
FEEDBACK = AssetKey(["route_b", "feedback_drafts"])


def _spec_metadata(mart: str) -> dict:
    return {"dagster/column_schema": TableSchema(columns=[
        TableColumn(name=name, type=sql_type, description=text) for name, sql_type, text in schema.columns(mart)]),
        "dagster/table_name": tables.qualified(mart)}


def _mart_asset(**kwargs):
    """An asset writing the mart named by its key, described by the mart's dbt docs entry."""
    mart = kwargs["key"].path[-1]
    return asset(group_name=GROUP, kinds={"python", "duckdb"}, description=schema.description(mart),
                 metadata=_spec_metadata(mart), **kwargs)


@multi_asset(specs=[AssetSpec(key, group_name=GROUP, deps=STAGED, kinds={"python", "duckdb"},
                              description=schema.description(key.path[-1]), metadata=_spec_metadata(key.path[-1]))
                    for key in (HISTORY, QUARANTINED)])
def submission_lifecycle(duckdb: DuckDBResource):
    with duckdb.get_connection() as con:
        history, quarantined = tables.build_lifecycle(con, pseudonym_key()[0])
    yield MaterializeResult(asset_key=HISTORY, metadata={"dagster/row_count": len(history)})
    yield MaterializeResult(asset_key=QUARANTINED, metadata={
        "dagster/row_count": len(quarantined),
        "reasons": MetadataValue.json(quarantined["reason"].value_counts().to_dict())})


@asset_check(asset=QUARANTINED, name="every_event_applied", blocking=True,
             description="Warns while status events break the lifecycle: they change nothing until corrected.")
def every_event_applied(duckdb: DuckDBResource) -> AssetCheckResult:
    with duckdb.get_connection() as con:
        rows = con.sql(f"SELECT submission_id, status, reason FROM {tables.qualified(QUARANTINED.path[-1])}").df()
    return AssetCheckResult(passed=rows.empty, severity=AssetCheckSeverity.WARN,
                            metadata={"quarantined_events": frame_table(rows)})


@_mart_asset(key=SUBMISSIONS, deps=[HISTORY, *STAGED, AssetKey("stg_raw__actions"), AssetKey(["ml", "model_in_use"]),
                                    IMPACT, ACTION_EFFECT_KEY])
def mart_submissions(context: AssetExecutionContext, duckdb: DuckDBResource, models: ModelStore) -> MaterializeResult:
    loaded = ModelDirectory(models.path).load_current()
    if loaded is None:
        context.log.warning("no model in use: signals are unknown and only the unclear check runs")
    key, is_development_key = pseudonym_key()
    if is_development_key:
        context.log.warning("submitter_key uses the public development key")
    with duckdb.get_connection() as con:
        frame = tables.build_submissions(con, loaded[0] if loaded else None, models.min_confidence, key)
    open_items = frame[frame["is_open"].fillna(False).astype(bool)]
    oldest = open_items.sort_values(["submitted_at", "submission_id"]).head(OLDEST_OPEN)
    return MaterializeResult(metadata={
        "dagster/row_count": len(frame),
        "open_per_status": MetadataValue.json(open_items["status"].value_counts().sort_index().to_dict()),
        "oldest_open": frame_table(oldest[["submission_id", "status", "days_in_status", "signal_id", "submitted_at"]]),
        "quality_verdicts": MetadataValue.json(frame["quality_verdict"].value_counts().sort_index().to_dict()),
        "duplicate_clusters": int((frame.groupby("cluster_id").size() > 1).sum()) if len(frame) else 0,
        "already_running": int(frame["running_action_id"].notna().sum()),
        "model_version": loaded[1]["version"] if loaded else "none"})


@_mart_asset(key=BUSINESS_CASE, deps=[AssetKey("int_actions_rolled_up"), IMPACT, ACTION_EFFECT_KEY])
def mart_action_business_case(duckdb: DuckDBResource) -> MaterializeResult:
    with duckdb.get_connection() as con:
        cases = tables.build_business_case(con)
    return MaterializeResult(metadata={"dagster/row_count": len(cases), "business_cases": frame_table(cases[[
        "action_id", "cost_eur", "potential_eur_per_year", "measured_eur_saved_per_year", "basis",
        "measured_roi", "measured_payback_months"]])})


@_mart_asset(key=REGISTER, deps=[SUBMISSIONS, HISTORY, AssetKey("stg_raw__actions")])
def mart_issue_register(duckdb: DuckDBResource) -> MaterializeResult:
    with duckdb.get_connection() as con:
        register = tables.build_issue_register(con)
    closed = register["days_to_close"].dropna()
    return MaterializeResult(metadata={
        "dagster/row_count": len(register), "open_items": int(register["is_open"].sum()),
        "avg_days_to_close": round(float(closed.mean()), 1) if len(closed) else "none closed yet"})


@multi_asset(specs=[
    AssetSpec(FEEDBACK, group_name=GROUP, deps=[SUBMISSIONS, HISTORY, *STAGED, AssetKey("stg_raw__actions")],
              kinds={"csv"}, description="Feedback drafts to submitters for mail merge, in Dutch with the marts' "
              "numbers: sent back (reason and tip), a duplicate (the signal already known), or closed (what was done "
              "and its measured result). The one place with the addressee: restricted/feedback_drafts.csv in the "
              "publish directory. Never sent by the pipeline."),
    AssetSpec(PUBLISHED_DRAFTS, group_name=GROUP, deps=[SUBMISSIONS, HISTORY, *STAGED, AssetKey("stg_raw__actions")],
              kinds={"python", "duckdb"}, description=schema.description(PUBLISHED_DRAFTS.path[-1]),
              metadata=_spec_metadata(PUBLISHED_DRAFTS.path[-1])),
])
def feedback_drafts(duckdb: DuckDBResource, publish: PublishDir):
    with duckdb.get_connection() as con:
        drafts, published = tables.build_feedback(con, pseudonym_key()[0])
    path = write_csv(drafts, Path(publish.path) / FEEDBACK_FILE)
    per_kind = MetadataValue.json(drafts["kind"].value_counts().sort_index().to_dict())
    yield MaterializeResult(asset_key=FEEDBACK, metadata={"rows": len(drafts), "path": MetadataValue.path(str(path)),
                                                          "per_kind": per_kind})
    yield MaterializeResult(asset_key=PUBLISHED_DRAFTS, metadata={"dagster/row_count": len(published),
                                                                  "per_kind": per_kind})


route_b_assets = [submission_lifecycle, mart_submissions, mart_action_business_case, mart_issue_register,
                  feedback_drafts]
route_b_checks = [every_event_applied]
