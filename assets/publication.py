"""The BI publication: the marts copied to a read-only database and Parquet files that BI tools open,
swapped in atomically at the end of a night (signalchain/publication).

It depends on every published mart, so it runs last; the night's Python checks are blocking, so
they have all been evaluated when it starts. It reads their outcomes (and dbt's tests, which
dagster-dbt reports as checks) from this run's events: a failed ERROR check means no publication,
and the last good one stays where BI reads it.
"""

from datetime import datetime, timezone
from pathlib import Path

from dagster import AssetExecutionContext, AssetKey, DagsterEventType, MaterializeResult, MetadataValue, asset
from dagster_duckdb import DuckDBResource

from assets.dbt import dbt_project
from orchestration.resources import PublishDir
from signalchain.publication.catalog import read_catalog
from signalchain.publication.manifest import CheckOutcome, NightFacts
from signalchain.publication.night import publish_night

PUBLICATION_KEY = AssetKey("bi_publication")
PUBLISHED_KEYS = [AssetKey(name) for name in sorted(read_catalog(dbt_project.manifest_path))]


def night_checks(context: AssetExecutionContext) -> list[CheckOutcome]:
    """Every check this run evaluated, the last evaluation of each."""
    records = context.instance.get_records_for_run(
        run_id=context.run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION).records
    outcomes = {}
    for record in records:
        evaluation = record.event_log_entry.dagster_event.event_specific_data
        key = (evaluation.asset_key.to_user_string(), evaluation.check_name)
        outcomes[key] = CheckOutcome(*key, evaluation.passed, evaluation.severity.value)
    return [outcomes[key] for key in sorted(outcomes)]


@asset(key=PUBLICATION_KEY, group_name="publication", kinds={"duckdb", "parquet"}, deps=PUBLISHED_KEYS,
       description="What BI tools connect to: signalchain.duckdb (schema marts only, read-only for readers) and "
                   "parquet/ in the publish folder, with dbt's descriptions as comments, keys, views with names "
                   "(v_*), and marts.published / manifest.json saying which night it is. Built aside and swapped in "
                   "atomically; a night with a failed blocking check keeps the last publication. "
                   "signalchain/publication.")
def bi_publication(context: AssetExecutionContext, duckdb: DuckDBResource, publish: PublishDir) -> MaterializeResult:
    night = NightFacts(context.run_id, datetime.now(timezone.utc).isoformat(timespec="seconds"), night_checks(context))
    published = publish_night(Path(duckdb.database), Path(publish.path), dbt_project.manifest_path, night)
    manifest = published.manifest
    return MaterializeResult(metadata={
        "path": MetadataValue.path(str(published.publication.database)),
        "parquet": MetadataValue.path(str(published.publication.parquet)),
        "data_up_to": manifest["data_up_to"] or "no contacts",
        "checks_passed": manifest["checks"]["passed"],
        "checks_warned": MetadataValue.json(manifest["checks"]["warned"]),
        "tables": MetadataValue.json(manifest["tables"]),
        "views": MetadataValue.json(manifest["views"]),
        "keys_left_out": MetadataValue.json(published.built.keys_left_out),
    })


publication_assets = [bi_publication]
