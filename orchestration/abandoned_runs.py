"""Runs left `STARTED` by a process that died (kill -9, a lost machine) are marked failed.

`signalchain run` executes its jobs in process, so no daemon watches them: each run carries the
host and process that execute it as tags, and the next `signalchain run`, as well as every load
of the code location (`dagster dev`, the daemon), marks each started run of this host whose
process is gone as failed, with the reason. A process is identified by its id and, where the
system tells it (Linux `/proc`), its start time, so a recycled process id does not keep a dead
run alive. Runs the daemon launches are watched by Dagster's own run monitoring (enabled in the
dagster.yaml the Makefile writes).
"""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path

HOST_TAG, PROCESS_TAG = "signalchain/host", "signalchain/process"
_log = logging.getLogger(__name__)
_checked_in_this_process = False  # `signalchain run` checks before it loads the code location: once is enough


def _process_identity(pid: int) -> str | None:
    """`<pid>` or `<pid>@<start time in clock ticks>`; None when no such process runs."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass  # it exists, under another user
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return str(pid)
    return f"{pid}@{stat.rsplit(')', 1)[1].split()[19]}"  # field 22, counted after the command name


def run_tags() -> dict[str, str]:
    """The tags that let a later command tell whether the process running a run is still alive."""
    return {HOST_TAG: socket.gethostname(), PROCESS_TAG: _process_identity(os.getpid()) or str(os.getpid())}


def _is_gone(process: str) -> bool:
    pid = process.split("@")[0]
    if not pid.isdigit():
        return False
    current = _process_identity(int(pid))
    return current is None or ("@" in process and "@" in current and current != process)


def fail_abandoned_runs(instance) -> list[str]:
    """Mark the started runs of this host whose process is gone as failed; return their run ids."""
    global _checked_in_this_process
    from dagster import DagsterRunStatus, RunsFilter

    _checked_in_this_process = True

    host = socket.gethostname()
    started = instance.get_runs(filters=RunsFilter(statuses=[DagsterRunStatus.STARTING, DagsterRunStatus.STARTED],
                                                   tags={HOST_TAG: host}))
    abandoned = [run for run in started if _is_gone(run.tags.get(PROCESS_TAG, ""))]
    for run in abandoned:
        instance.report_run_failed(run, message=f"the process that ran it ({run.tags[PROCESS_TAG]} on {host}) "
                                                "is gone: marked failed by the next signalchain command")
    return [run.run_id for run in abandoned]


def fail_abandoned_runs_on_load() -> None:
    """At code-location load: the same, on the instance of DAGSTER_HOME. Never stops the load."""
    if _checked_in_this_process or not os.environ.get("DAGSTER_HOME"):
        return
    from dagster import DagsterInstance

    try:
        with DagsterInstance.get() as instance:
            for run_id in fail_abandoned_runs(instance):
                _log.warning("marked run %s failed: its process died while it was running", run_id)
    except Exception as error:  # a broken or locked instance must not keep the code location from loading
        _log.warning("could not check for abandoned runs: %s", error)
