"""Peak resident memory of this process and its worker processes, for the benchmarks."""

from __future__ import annotations

import os
import resource
import threading
from pathlib import Path


def _tree_rss_mb(root: int) -> float:
    """Resident memory of `root` and all its descendants (the product's worker processes), from /proc."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        tree.update(children)
        frontier = children
    total_kb = 0
    for pid in tree:
        try:
            total_kb += next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                             if line.startswith("VmRSS:"))
        except (OSError, StopIteration):
            continue
    return total_kb / 1024


class PeakMemory:
    """Samples the process tree's resident memory in a thread; `peak_mb` is the highest sample."""

    def __init__(self, interval: float = 0.25):
        self.interval, self.peak_mb, self._stop = interval, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, _tree_rss_mb(os.getpid()))
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_mb = max(self.peak_mb, _tree_rss_mb(os.getpid()),
                           resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
