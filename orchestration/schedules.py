"""When the nightly job runs."""

from dagster import DefaultScheduleStatus, ScheduleDefinition

from orchestration.jobs import nightly_job

nightly_schedule = ScheduleDefinition(
    job=nightly_job,
    cron_schedule="0 2 * * *",
    execution_timezone="Europe/Amsterdam",
    default_status=DefaultScheduleStatus.STOPPED,
    description="02:00 Europe/Amsterdam every night; switch it on in the UI or with `dagster schedule start`.",
)
