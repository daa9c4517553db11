"""Tagging throughput and peak memory: the product's batch tagging vs bare `pipeline.predict`.

    .venv/bin/python scripts/bench_tagging.py [--n 1000000] [--workers 2]

The texts are demo contact texts (call notes, mails, complaints, labels from the demo
generator), sampled with replacement up to N. A model is trained on the demo labels once;
then each variant runs in a fresh child process, so that its peak memory is its own:
the resident memory of the process and its worker processes, sampled every 0.25 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ml.artifact import load_artifact, save_artifact  # noqa: E402
from ml.predict import tag_texts  # noqa: E402
from cli.files import read_folder  # noqa: E402
from ml.taxonomy import load_taxonomy  # noqa: E402
from ml.train import train_from_frames  # noqa: E402
from demo import generate  # noqa: E402

DEMO = {"customers": 5000, "days": 120, "seed": 5}


def demo_texts(landing: Path) -> list[str]:
    columns = {"calls": "notes", "mails": "body", "complaints": "text", "labels": "text"}
    texts = [t for folder, col in columns.items() for t in read_folder(landing / folder).get(col, pd.Series())
             .dropna().astype(str)]
    return texts


def sampled(texts: list[str], n: int) -> list[str]:
    picks = np.random.default_rng(0).integers(0, len(texts), size=n)
    return [texts[i] for i in picks]


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


def run_variant(variant: str, workdir: Path, n: int, workers: int) -> dict:
    """In a child process: load model and texts, time one variant, report time and peak memory."""
    model, _ = load_artifact(workdir / "model")
    texts = sampled(demo_texts(workdir / "landing"), n)
    baseline_mb = _tree_rss_mb(os.getpid())
    with PeakMemory() as memory:
        started = time.perf_counter()
        if variant == "product":
            tag_texts(model, texts, min_confidence=0.5, n_jobs=workers)
        else:
            model.pipeline.predict(texts)
        seconds = time.perf_counter() - started
    return {"variant": variant, "texts": n, "seconds": round(seconds, 1), "texts_per_s": round(n / seconds),
            "peak_rss_mb": round(memory.peak_mb), "rss_before_mb": round(baseline_mb)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--variant", choices=["product", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        print(json.dumps(run_variant(args.variant, args.workdir, args.n, args.workers)))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        generate(out=workdir / "landing", **DEMO)
        model, metadata = train_from_frames(read_folder(workdir / "landing" / "labels"),
                                            read_folder(workdir / "landing" / "calls"), load_taxonomy())
        save_artifact(model, metadata, workdir / "model")
        pool = demo_texts(workdir / "landing")
        print(f"{len(pool):,} distinct demo texts (mean {np.mean([len(t) for t in pool]):.0f} chars), "
              f"sampled to {args.n:,}; model trained on {metadata['n_train']:,} texts")
        for variant in ("product", "bare"):
            out = subprocess.run([sys.executable, __file__, "--variant", variant, "--workdir", str(workdir),
                                  "--n", str(args.n), "--workers", str(args.workers)],
                                 capture_output=True, text=True, check=True)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{variant:>8}: {result['texts_per_s']:>8,} texts/s  {result['seconds']:>7.1f} s  "
                  f"peak RSS {result['peak_rss_mb']:>6,} MB (of which {result['rss_before_mb']:,} MB before tagging)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
