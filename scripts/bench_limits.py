"""The limits a night's stages are compared with, measured in the same run as the night.

- ingest: DuckDB's own readers loading every landing file into a table, with nothing checked;
- tagging: the plain word-bigram TF-IDF + logistic regression (scripts/bench_tagging.py), fitted on
  the night's training set and predicting the night's texts over the same number of processes;
- start-up: a fresh process importing the Dagster definitions and resolving the nightly job, with
  nothing to run.
dbt's limit is what dbt reports its nodes' SQL took (scripts/night_stages.py), not measured here.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb

READERS = {".csv": "read_csv('{path}', all_varchar = true, encoding = '{encoding}')",
           ".jsonl": "read_json('{path}', format = 'newline_delimited')",
           ".gz": "read_json('{path}', format = 'newline_delimited')",
           ".parquet": "read_parquet('{path}')"}


def _encoding(path: Path) -> str:
    try:
        path.read_bytes().decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "latin-1"


def duckdb_readers(landing: Path, folders: tuple[str, ...]) -> tuple[float, int]:
    """(seconds, rows) for DuckDB's bare readers loading every file of `folders` (other formats, such
    as Excel, are left out of the limit)."""
    files = [p for folder in folders for p in sorted((landing / folder).glob("*")) if p.suffix in READERS]
    readers = [READERS[p.suffix].format(path=p, encoding=_encoding(p) if p.suffix == ".csv" else "") for p in files]
    rows = 0
    with duckdb.connect() as con:
        started = time.perf_counter()
        for i, reader in enumerate(readers):
            con.execute(f"CREATE TABLE f{i} AS SELECT * FROM {reader}")
            rows += con.execute(f"SELECT count(*) FROM f{i}").fetchone()[0]
        return time.perf_counter() - started, rows


def reference_tagging(warehouse: Path, workers: int) -> tuple[float, int]:
    """(seconds, texts) for the plain reference predicting every contact text of the warehouse."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from ml.taxonomy import load_taxonomy
    from ml.training_data import build_training_set
    from ml.warehouse import TEXTS_TABLE, training_frames
    from scripts.bench_tagging import reference_pipeline, reference_predict

    with duckdb.connect(str(warehouse), read_only=True) as con:
        data = build_training_set(training_frames(con), load_taxonomy())
        texts = [t for (t,) in con.execute(f"SELECT text FROM {TEXTS_TABLE} WHERE trim(text) <> ''").fetchall()]
    reference = reference_pipeline().fit(data["text"].tolist(), data["signal_id"])
    started = time.perf_counter()
    reference_predict(reference, texts, workers)
    return time.perf_counter() - started, len(texts)


def startup(env: dict[str, str]) -> float:
    """Seconds for a fresh process to import the definitions and resolve the nightly job."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from orchestration.definitions import defs; "
                    "defs.resolve_job_def('nightly')"], env=env, check=True, cwd=Path(__file__).resolve().parents[1])
    return time.perf_counter() - started
