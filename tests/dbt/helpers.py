"""Run the real dbt project against a temporary DuckDB file, and load raw tables by hand."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ml.tag_table import TAG_COLUMNS, ensure_tags_table
from signalchain.ingest.contracts import SOURCES
from signalchain.ingest.tables import ensure_raw_schema
from signalchain.settings import DBT_PROJECT_DIR, dbt_executable

DBT = dbt_executable()
# The metrics models have their own tests; these tests build the contacts side of the project.
# Where a later build runs the dbt tests anyway, an earlier one skips them to save time.
SKIP_DBT_TESTS = ["--exclude-resource-type", "test"]
EXCLUDE_METRICS = ["--exclude", "path:models/metrics"]


@dataclass
class DbtRun:
    returncode: int
    output: str
    results: dict[str, str]  # unique_id -> status

    def failed(self) -> dict[str, str]:
        return {node: status for node, status in self.results.items() if status in {"error", "fail"}}


def run_dbt(command: list[str], warehouse: Path, workdir: Path, env: Mapping[str, str] | None = None) -> DbtRun:
    """`dbt <command>` in a subprocess with its own warehouse, target and log folders."""
    target = workdir / "target"
    process = subprocess.run(
        [DBT, *command, "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
         "--target-path", str(target), "--log-path", str(workdir / "logs")],
        env={**os.environ, "SIGNALCHAIN_WAREHOUSE": str(warehouse), **(env or {})},
        cwd=DBT_PROJECT_DIR, capture_output=True, text=True, check=False,
    )
    results_file = target / "run_results.json"
    results = {}
    if results_file.exists():
        results = {r["unique_id"]: r["status"] for r in json.loads(results_file.read_text())["results"]}
    return DbtRun(process.returncode, process.stdout + process.stderr, results)


def build(warehouse: Path, workdir: Path, env: Mapping[str, str] | None = None, *extra: str) -> DbtRun:
    """`dbt build` of everything but the metrics models; fails the test on any error or failed dbt test."""
    run = run_dbt(["build", *EXCLUDE_METRICS, *extra], warehouse, workdir, env)
    assert run.returncode == 0 and not run.failed(), f"dbt build failed: {run.failed()}\n{run.output[-4000:]}"
    return run


def load_raw(con: duckdb.DuckDBPyConnection, source: str, rows: Iterable[Mapping[str, object]],
             file_name: str, ingested_at: str) -> None:
    """Append rows to raw.<source> as the ingest would: contract columns plus lineage."""
    ensure_raw_schema(con)
    spec = SOURCES[source]
    columns = [c.name for c in spec.columns]
    for line, row in enumerate(rows, start=1):
        unknown = set(row) - set(columns)
        assert not unknown, f"{source} has no columns {unknown}"
        values = [row.get(name, next((c.default for c in spec.columns if c.name == name), None))
                  for name in columns]
        extra = {"label_key": hashlib.md5(str(row["text"]).strip().lower().encode()).hexdigest()} \
            if source == "labels" else {}
        row_hash = hashlib.md5(json.dumps(values, default=str).encode()).hexdigest()
        names = [*columns, *extra, "_file_hash", "_file_name", "_line", "_row_hash", "_ingested_at"]
        params = [*values, *extra.values(), hashlib.sha256(file_name.encode()).hexdigest(), file_name, line,
                  row_hash, ingested_at]
        con.execute(f"INSERT INTO {spec.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                    params)


def load_tags(con: duckdb.DuckDBPyConnection, tags: Iterable[tuple]) -> None:
    """Write ml.contact_signal_tags as the tagging asset would (one row per contact and run)."""
    ensure_tags_table(con)
    columns = [c for c in TAG_COLUMNS if c != "text_hash"]  # hand-made tags carry no text hash
    con.executemany(f"INSERT INTO ml.contact_signal_tags ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})",
                    [tuple(t) for t in tags])


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def rows_by(warehouse: Path, table: str, key: str) -> dict[str, dict]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        cursor = con.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        return {row[names.index(key)]: dict(zip(names, row)) for row in cursor.fetchall()}
