"""The code location: assets, checks, jobs, schedules, sensor and resources.

Loading it also marks runs a killed `signalchain run` left started as failed (orchestration/abandoned_runs.py).
"""

from dagster import Definitions

from assets.dbt import dbt_assets_defs, dbt_resource
from assets.ingest import ingest_assets, ingest_log_specs
from assets.metrics import metrics_assets, metrics_checks
from assets.publication import publication_assets
from assets.report import report_assets
from assets.route_b import route_b_assets, route_b_checks
from assets.seeds import seed_assets
from assets.tagging import tagging_assets, tagging_checks
from orchestration.abandoned_runs import fail_abandoned_runs_on_load
from orchestration.jobs import backfill_job, nightly_job, train_job
from orchestration.resources import base_resources
from orchestration.schedules import nightly_schedule, weekly_training_schedule
from orchestration.sensors import landing_sensor

defs = Definitions(
    assets=[*seed_assets, *ingest_assets, *ingest_log_specs, *dbt_assets_defs, *tagging_assets, *metrics_assets,
            *route_b_assets, *publication_assets, *report_assets],
    asset_checks=[*tagging_checks, *metrics_checks, *route_b_checks],
    jobs=[nightly_job, train_job, backfill_job],
    schedules=[nightly_schedule, weekly_training_schedule],
    sensors=[landing_sensor],
    resources={**base_resources(), "dbt": dbt_resource()},
)

fail_abandoned_runs_on_load()
