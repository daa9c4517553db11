"""Benchmark: ingest of generated contacts into a fresh DuckDB file; rows/s and peak memory.

    python scripts/bench_ingest.py [--customers 100000] [--days 365] [--landing DIR]

Generates the landing data once (kept in --landing for later runs), then ingests every
source into a new warehouse file in this process and reports the figures.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from signalchain.ingest import ingest_all

CONTACT_SOURCES = ("calls", "mails", "complaints")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--landing", default="data/bench/landing")
    args = parser.parse_args()

    landing = Path(args.landing)
    if not (landing / "calls").is_dir():  # in its own process, so its memory is not counted here
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "demo", "--customers", str(args.customers),
                        "--days", str(args.days), "--seed", "1", "--out", str(landing)], check=True)
        print(f"generated landing data in {time.perf_counter() - started:.1f} s -> {landing}")

    with tempfile.TemporaryDirectory() as tmp:
        con = duckdb.connect(str(Path(tmp) / "bench.duckdb"))
        started = time.perf_counter()
        reports = ingest_all(con, landing)
        seconds = time.perf_counter() - started
        con.close()

    rows = sum(r.total("rows_read") for r in reports.values())
    contacts = sum(reports[s].total("rows_read") for s in CONTACT_SOURCES)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ingested {rows:,} rows ({contacts:,} contacts) from "
          f"{sum(len(r.loaded) for r in reports.values())} files in {seconds:.1f} s")
    print(f"throughput: {rows / seconds:,.0f} rows/s; peak memory (max RSS): {peak_mib:,.0f} MiB")


if __name__ == "__main__":
    main()
