"""The jobs, in process (the multiprocess executor costs ~2.5 s a step here).

Training has its own job because its quality gate is blocking: a failed gate must stop the
promotion of the candidate, not the night's ingest, marts and metrics, which then go on with
the model in use.

Backfills are a job with run config rather than partitions: Dagster runs a job's assets under one
partitions definition, and the night's ingest, tagging and Python metrics are not partitioned by
date; the dbt models themselves rebuild a window when given the dbt vars `backfill_start` and
`backfill_end`, which the dbt step takes from its config (assets/dbt_invocation.py, DbtWindow).
"""

from dagster import AssetSelection, define_asset_job, in_process_executor

from assets.dbt import signalchain_dbt_assets
from assets.tagging import REVIEW_QUEUE, TAGS, TRAINING_KEYS

_training = AssetSelection.assets(*TRAINING_KEYS)

nightly_job = define_asset_job(
    name="nightly",
    selection=AssetSelection.all() - _training,
    executor_def=in_process_executor,
    description="Ingest the landing zone, build the dbt models, tag texts with the model in use, compute the "
                "metrics. Everything but training.",
)

train_job = define_asset_job(
    name="train_classifier",
    selection=_training.upstream(),
    executor_def=in_process_executor,
    description="Ingest labels and calls, train a candidate classifier, and promote it only when its "
                "blocking quality gate passes.",
)

_dbt_models = AssetSelection.assets(signalchain_dbt_assets)
BACKFILL_EXAMPLE = {"backfill_start": "2026-01-01", "backfill_end": "2026-02-01"}

backfill_job = define_asset_job(
    name="backfill",
    selection=_dbt_models | (_dbt_models.downstream() - _training - AssetSelection.assets(TAGS, REVIEW_QUEUE)),
    executor_def=in_process_executor,
    config={"ops": {signalchain_dbt_assets.op.name: {"config": BACKFILL_EXAMPLE}}},
    description="After fixing a mapping or a seed: rebuild the rows dated in [backfill_start, backfill_end) "
                "(ISO dates, end exclusive) in one dbt build, then the metrics, publication and report "
                "downstream. No ingest, no tagging: edit the window in the Launchpad's config.",
)
