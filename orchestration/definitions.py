"""The code location: assets, checks, job, schedule and resources."""

from dagster import Definitions

from assets.ingest import ingest_assets, ingest_checks
from orchestration.jobs import nightly_job
from orchestration.resources import base_resources
from orchestration.schedules import nightly_schedule
from orchestration.sensors import landing_sensor

defs = Definitions(
    assets=[*ingest_assets],
    asset_checks=[*ingest_checks],
    jobs=[nightly_job],
    schedules=[nightly_schedule],
    sensors=[landing_sensor],
    resources=base_resources(),
)
