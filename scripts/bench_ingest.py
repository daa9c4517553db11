"""Benchmark: ingest of generated contacts into a fresh DuckDB file beside its limit, DuckDB's own
readers loading the same files (scripts/bench_limits.py), timed in the same run; rows/s and peak memory.

    python scripts/bench_ingest.py [--customers 100000] [--days 365] [--landing DIR] [--repeat 2]

Generates the landing data once (kept in --landing for later runs), then ingests every source
into a new warehouse file in this process and reports the figures. With --repeat N both are timed
N times, alternating, and the fastest of each is compared: on a shared machine compare the ratio
(limit seconds / product seconds, 1.0 = as fast as the bare readers), not the seconds.
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

    product, limit = [], []
    for _ in range(args.repeat):
        seconds, reports = _ingest(landing)
        product.append(seconds)
        limit.append(duckdb_readers(landing, INGEST_FOLDERS)[0])

    rows = sum(r.total("rows_read") for r in reports.values())
    contacts = sum(reports[s].total("rows_read") for s in CONTACT_SOURCES)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ingested {rows:,} rows ({contacts:,} contacts) from "
          f"{sum(len(r.loaded) for r in reports.values())} files in {min(product):.1f} s "
          f"(runs: {', '.join(f'{s:.1f}' for s in product)})")
    print(f"throughput: {rows / min(product):,.0f} rows/s; peak memory (max RSS): {peak_mib:,.0f} MiB")
    print(f"limit, DuckDB's bare readers on the same files: {min(limit):.1f} s "
          f"(runs: {', '.join(f'{s:.1f}' for s in limit)}); ratio limit/product {min(limit) / min(product):.2f}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def _ingest(landing: Path) -> tuple[float, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        con = duckdb.connect(str(Path(tmp) / "bench.duckdb"))
        started = time.perf_counter()
        reports = ingest_all(con, landing)
        seconds = time.perf_counter() - started
        con.close()
    return seconds, reports


if __name__ == "__main__":
    main()
