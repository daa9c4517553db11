"""`signalchain-dbt`: dbt as a child that dies with its parent.

dagster-dbt starts dbt as a subprocess and stops it with SIGINT when Dagster terminates the run.
When the run's process itself is killed (out of memory, `kill -9`, a crashed run worker) nothing
tells dbt, and it went on writing to the warehouse for minutes. This wrapper asks Linux to send
the child SIGTERM when its parent dies (prctl PR_SET_PDEATHSIG, kept across exec) and then
replaces itself with the real dbt, so the cost is one short Python start. On other systems it
only runs dbt.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        sys.exit(1)


def exec_dying_with_parent(program: str, args: Sequence[str]) -> None:
    """Replace this process with `program args`, which gets SIGTERM when our parent dies."""
    _die_with_parent()
    os.execv(program, [program, *args])


def real_dbt() -> str:
    """The dbt installed next to this Python, else dbt on PATH."""
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


def wrapper_executable() -> str:
    """This wrapper's console script beside this Python (or on PATH), else the real dbt: without an
    installed `signalchain-dbt` dbt still runs, only without dying with its parent."""
    beside = Path(sys.executable).parent / "signalchain-dbt"
    return str(beside) if beside.exists() else (shutil.which("signalchain-dbt") or real_dbt())


def main() -> None:
    exec_dying_with_parent(real_dbt(), sys.argv[1:])
