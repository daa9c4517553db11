"""Benchmark: ingest of generated contacts into a fresh DuckDB file beside its limit, DuckDB's own
readers loading the same files (scripts/bench_limits.py) into an in-memory database and into a
database file, timed in the same run; rows/s, CPU seconds and peak memory.

    python scripts/bench_ingest.py [--customers 100000] [--days 365] [--landing DIR] [--repeat 2]

Generates the landing data once (kept in --landing for later runs), then ingests every source
into a new warehouse file in this process and reports the figures. With --repeat N both are timed
N times, alternating, and the fastest of each is compared: on a shared machine compare the ratios
(limit seconds / product seconds, 1.0 = as fast as the bare readers), not the seconds. CPU seconds
are the process's (every thread) during the fastest run of each.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.bench_limits import duckdb_readers  # noqa: E402
from scripts.bench_night import INGEST_FOLDERS  # noqa: E402
from signalchain.ingest import ingest_all  # noqa: E402

CONTACT_SOURCES = ("calls", "mails", "complaints")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--landing", default="data/bench/landing")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    landing = Path(args.landing)
    if not (landing / "calls").is_dir():  # in its own process, so its memory is not counted here
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "demo", "--customers", str(args.customers),
                        "--days", str(args.days), "--seed", "1", "--out", str(landing)], check=True)
        print(f"generated landing data in {time.perf_counter() - started:.1f} s -> {landing}")

    product, in_memory, to_file = [], [], []
    for _ in range(args.repeat):
        reports = _timed(product, _ingest, landing)
        _timed(in_memory, duckdb_readers, landing, INGEST_FOLDERS, own_clock=True)
        _timed(to_file, duckdb_readers, landing, INGEST_FOLDERS, to_file=True, own_clock=True)

    rows = sum(r.total("rows_read") for r in reports.values())
    contacts = sum(reports[s].total("rows_read") for s in CONTACT_SOURCES)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ingested {rows:,} rows ({contacts:,} contacts) from "
          f"{sum(len(r.loaded) for r in reports.values())} files in {_runs(product)}")
    print(f"throughput: {rows / min(product)[0]:,.0f} rows/s; peak memory (max RSS): {peak_mib:,.0f} MiB")
    for name, limit in (("into an in-memory database", in_memory), ("into a database file", to_file)):
        print(f"limit, DuckDB's bare readers on the same files {name}: {_runs(limit)}; "
              f"ratio limit/product {min(limit)[0] / min(product)[0]:.2f}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def _timed(runs: list[tuple[float, float]], work, *args, own_clock: bool = False, **kwargs):
    """Run `work`, append its (wall, CPU) seconds to `runs` and return what it returned. With
    `own_clock` the wall seconds are the first value `work` returns (the limit starts its clock after
    its set-up; its CPU seconds include that set-up, a few Windows-1252 files copied)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = work(*args, **kwargs)
    wall = result[0] if own_clock else time.perf_counter() - started
    runs.append((wall, time.process_time() - cpu))
    return result


def _runs(runs: list[tuple[float, float]]) -> str:
    wall, cpu = min(runs)
    return f"{wall:.1f} s, {cpu:.1f} CPU-s (runs: {', '.join(f'{s:.1f}' for s, _ in runs)})"


def _ingest(landing: Path) -> dict:
    """Every source into a new warehouse file, closed (checkpointed) inside the timed work."""
    with tempfile.TemporaryDirectory() as tmp:
        con = duckdb.connect(str(Path(tmp) / "bench.duckdb"))
        reports = ingest_all(con, landing)
        con.close()
    return reports


if __name__ == "__main__":
    main()
