"""When the jobs run. Both start switched off: a data engineer turns them on deliberately."""

from dagster import DefaultScheduleStatus, ScheduleDefinition

from orchestration.jobs import nightly_job, train_job

nightly_schedule = ScheduleDefinition(
    job=nightly_job,
    cron_schedule="0 2 * * *",
    execution_timezone="Europe/Amsterdam",
    default_status=DefaultScheduleStatus.STOPPED,
    description="02:00 Europe/Amsterdam every night; switch it on in the UI or with `dagster schedule start`.",
)

weekly_training_schedule = ScheduleDefinition(
    job=train_job,
    cron_schedule="0 1 * * 0",
    execution_timezone="Europe/Amsterdam",
    default_status=DefaultScheduleStatus.STOPPED,
    description="Sunday 01:00 Europe/Amsterdam: retrain on the week's new labels, before that night's run.",
)
