"""The nightly job: every asset, in process (the multiprocess executor costs ~2.5 s a step here)."""

from dagster import AssetSelection, define_asset_job, in_process_executor

nightly_job = define_asset_job(
    name="nightly",
    selection=AssetSelection.all(),
    executor_def=in_process_executor,
    description="Ingest the landing zone, build the dbt models, tag texts, compute the metrics.",
)
