"""Benchmark: ingest of the same call files in contract format and through a landing.yml mapping.

    python scripts/bench_mapping.py [--landing data/bench/landing]

Copies the generated calls into two landing folders: one as they are, one with every column
renamed as an export would name it (the mapping maps them back and filters on a direction
column). Both ingest in this process, each into a fresh warehouse, alternating; the figure is the
mapped run's best throughput relative to the contract run's best, measured in the same run.
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from signalchain.ingest import ingest_source
from signalchain.ingest.files import decode_text, read_bytes
from signalchain.ingest.mapping.config import load_mappings

EXPORT_NAMES = {"call_id": "Gesprek ID", "customer_id": "Klantnummer", "started_at": "Starttijd",
                "duration_seconds": "Duur (s)", "queue": "Wachtrij", "wrap_up_code": "Afsluitcode",
                "notes": "Notities"}
MAPPING = ("folders:\n  platform_b:\n    source: calls\n    columns:\n"
           + "".join(f"      {column}: {name.lower()}\n" for column, name in EXPORT_NAMES.items())
           + "    timestamps: {formats: [iso], timezone: Europe/Amsterdam}\n"
           + "    filters:\n      - {column: richting, equals: inbound}\n")


def _copy(source: Path, target: Path, as_export: bool) -> None:
    """The file as UTF-8; as an export: with export column names and a `Richting` column to filter on."""
    text = decode_text(read_bytes(source))
    delimiter = ";" if text[:200].count(";") > text[:200].count(",") else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(rows)
    extra = ["inbound"] if as_export else []
    if as_export:
        header = [EXPORT_NAMES.get(n.strip().lower(), n) for n in header] + ["Richting"]
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([*row, *extra] for row in rows if row)


ROUNDS = 3  # alternating, best of each: the machine is shared


def _ingest(landing: Path, mappings: dict) -> tuple[int, float]:
    with tempfile.TemporaryDirectory() as tmp:
        con = duckdb.connect(str(Path(tmp) / "bench.duckdb"))
        started = time.perf_counter()
        report = ingest_source(con, landing, "calls", mappings)
        seconds = time.perf_counter() - started
        con.close()
    return report.total("rows_loaded"), seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--landing", default="data/bench/landing")
    args = parser.parse_args()
    landing = Path(args.landing)
    if not (landing / "calls").is_dir():
        subprocess.run([sys.executable, "scripts/bench_ingest.py", "--landing", str(landing)], check=True)
    calls = sorted(p for p in (landing / "calls").iterdir() if p.suffix == ".csv")
    with tempfile.TemporaryDirectory() as tmp:
        contract, mapped, seeds = Path(tmp) / "contract", Path(tmp) / "mapped", Path(tmp) / "seeds"
        (contract / "calls").mkdir(parents=True)
        (mapped / "platform_b").mkdir(parents=True)
        seeds.mkdir()
        (seeds / "landing.yml").write_text(MAPPING, encoding="utf-8")
        for path in calls:
            _copy(path, contract / "calls" / path.name, as_export=False)
            _copy(path, mapped / "platform_b" / path.name, as_export=True)
        mappings = load_mappings(seeds)
        runs = [(_ingest(contract, {}), _ingest(mapped, mappings)) for _ in range(ROUNDS)]
    rows, plain_seconds = runs[0][0][0], min(plain[1] for plain, _ in runs)
    mapped_rows, mapped_seconds = runs[0][1][0], min(mapped[1] for _, mapped in runs)
    assert mapped_rows == rows, f"the mapped run loaded {mapped_rows:,} rows, the contract run {rows:,}"
    print(f"calls in contract format: {rows:,} rows in {plain_seconds:.1f} s ({rows / plain_seconds:,.0f} rows/s)")
    print(f"calls through a mapping:  {rows:,} rows in {mapped_seconds:.1f} s ({rows / mapped_seconds:,.0f} rows/s)")
    print(f"mapped throughput relative to contract format: {plain_seconds / mapped_seconds:.0%}")


if __name__ == "__main__":
    main()
