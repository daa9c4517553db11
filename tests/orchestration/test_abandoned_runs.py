"""A run left started by a process that is gone is marked failed; a run whose process lives is not."""

import subprocess
import sys
from pathlib import Path

import pytest
from dagster import DagsterInstance, DagsterRunStatus
from dagster._core.storage.dagster_run import DagsterRun

from orchestration.abandoned_runs import HOST_TAG, PROCESS_TAG, fail_abandoned_runs, run_tags


def _ended_process_id() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.fixture
def instance():
    with DagsterInstance.ephemeral() as instance:
        yield instance


def _started(instance, run_id: str, tags: dict[str, str]) -> None:
    instance.add_run(DagsterRun(job_name="nightly", run_id=run_id, status=DagsterRunStatus.STARTED, tags=tags))


def test_a_started_run_of_a_dead_process_is_marked_failed_with_the_reason(instance):
    _started(instance, "killed", {**run_tags(), PROCESS_TAG: str(_ended_process_id())})
    _started(instance, "running", run_tags())
    assert fail_abandoned_runs(instance) == ["killed"]
    assert instance.get_run_by_id("killed").status == DagsterRunStatus.FAILURE
    assert instance.get_run_by_id("running").status == DagsterRunStatus.STARTED
    failure = instance.get_records_for_run("killed").records[-1].event_log_entry
    assert "is gone" in failure.message


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process start times come from /proc")
def test_a_recycled_process_id_does_not_keep_a_dead_run_alive(instance):
    pid, started_at = run_tags()[PROCESS_TAG].split("@")
    _started(instance, "before_reboot", {**run_tags(), PROCESS_TAG: f"{pid}@{int(started_at) - 1}"})
    assert fail_abandoned_runs(instance) == ["before_reboot"]


def test_runs_of_other_hosts_and_untagged_runs_are_left_alone(instance):
    _started(instance, "elsewhere", {HOST_TAG: "another-host", PROCESS_TAG: str(_ended_process_id())})
    _started(instance, "daemon_launched", {})
    assert fail_abandoned_runs(instance) == []
    assert instance.get_run_by_id("elsewhere").status == DagsterRunStatus.STARTED
