"""Run the nightly job when new files land, for organisations that deliver during the day."""

import hashlib
from pathlib import Path

from dagster import DefaultSensorStatus, RunRequest, SensorEvaluationContext, SkipReason, sensor

from orchestration.jobs import nightly_job
from orchestration.resources import LandingZone
from signalchain.ingest.contracts import SOURCES
from signalchain.ingest.files import landing_files


def landing_fingerprint(landing_dir: Path) -> str:
    """Changes when a file is added, removed, replaced or grows in any source folder."""
    digest = hashlib.sha256()
    for source in SOURCES:
        for path in landing_files(landing_dir, source):
            stat = path.stat()
            digest.update(f"{path.relative_to(landing_dir)}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@sensor(job=nightly_job, minimum_interval_seconds=300, default_status=DefaultSensorStatus.STOPPED,
        description="Starts the nightly job when the landing zone changes (off by default; the schedule runs at 02:00).")
def landing_sensor(context: SensorEvaluationContext, landing: LandingZone):
    fingerprint = landing_fingerprint(Path(landing.path))
    if fingerprint == context.cursor:
        return SkipReason("no new or changed files in the landing zone")
    context.update_cursor(fingerprint)
    return RunRequest(run_key=fingerprint)
