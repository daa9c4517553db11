"""Build a heavy fixture once per test run for every xdist worker, and give each worker its own copy.

The demo night behind the metric, route-B, publication and report tests takes minutes; with
`pytest -n auto` each worker would build it again, and both builds would halve each other's speed.
The first worker to ask builds it into the run's shared temporary folder under a file lock; the
others wait for it. Each worker then works on its own copy, so no two processes open one DuckDB file.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock

DONE = ".built"


def _shared_root(tmp_path_factory) -> Path:
    """The folder all workers of this run share (basetemp's parent under xdist; basetemp without it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def built_once(tmp_path_factory, name: str, build: Callable[[Path], None]) -> Path:
    """A worker-own copy of folder `name`, which `build(folder)` filled once for the whole run."""
    root = _shared_root(tmp_path_factory)
    shared = root / f"shared-{name}"
    with FileLock(str(root / f"shared-{name}.lock")):
        if not (shared / DONE).exists():
            shutil.rmtree(shared, ignore_errors=True)
            shared.mkdir()
            build(shared)
            (shared / DONE).touch()
    own = tmp_path_factory.mktemp(name)
    shutil.copytree(shared, own, dirs_exist_ok=True, symlinks=True)
    return own
