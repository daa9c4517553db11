"""The limits a night's stages are compared with, measured in the same run as the night.

- ingest: DuckDB's own readers loading every landing file into a table, with nothing checked;
- tagging: the plain word-bigram TF-IDF + logistic regression (scripts/bench_tagging.py), fitted on
  the night's training set and predicting the night's texts over the same number of processes;
- start-up: a fresh process importing the Dagster definitions and resolving the nightly job, with
  nothing to run.
dbt's limit is what dbt reports its nodes' SQL took (scripts/night_stages.py). Its floor, what a
build of the night's graph costs when no query has rows to read, is `dbt_floor`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

READERS = {".csv": "read_csv('{path}', all_varchar = true)",
           ".jsonl": "read_json('{path}', format = 'newline_delimited')",
           ".gz": "read_json('{path}', format = 'newline_delimited')",
           ".parquet": "read_parquet('{path}')"}


def _utf8_copy(path: Path, folder: Path) -> Path:
    """The CSV file itself when it is UTF-8, else a UTF-8 copy of its Windows-1252 text in `folder`."""
    data = path.read_bytes()
    try:
        data.decode("utf-8")
        return path
    except UnicodeDecodeError:
        copy = folder / f"{len(list(folder.iterdir()))}.csv"
        copy.write_text(data.decode("cp1252"), encoding="utf-8")
        return copy


def duckdb_readers(landing: Path, folders: tuple[str, ...], *, to_file: bool = False) -> tuple[float, int]:
    """(seconds, rows) for DuckDB's bare readers loading every file of `folders` into tables (other
    formats, such as Excel, are left out of the limit). By default the tables are in an in-memory
    database: nothing is compressed or written to disk, as the warehouse file must be. `to_file`
    loads them into a new database file instead, closed (checkpointed) inside the timed work, which
    is the destination the product writes to.

    DuckDB reads CSV as UTF-8, UTF-16 or Latin-1 only (other encodings need an extension downloaded at
    run time), and its Latin-1 rejects the bytes 0x80-0x9F that Windows-1252 uses for the euro sign and
    curly quotes, which Dutch Excel exports contain. So before the clock starts each Windows-1252 CSV
    file is transcoded to a UTF-8 copy in a temporary folder, and the reader is timed on that copy.
    The product decodes such files inside its own timed work, so this leaves the limit, if anything,
    a little faster than a reader that decoded them itself."""
    files = [p for folder in folders for p in sorted((landing / folder).glob("*")) if p.suffix in READERS]
    rows = 0
    with tempfile.TemporaryDirectory() as tmp:
        copies = Path(tmp) / "utf8"
        copies.mkdir()
        paths = [_utf8_copy(p, copies) if p.suffix == ".csv" else p for p in files]
        readers = [READERS[p.suffix].format(path=path) for p, path in zip(files, paths)]
        con = duckdb.connect(str(Path(tmp) / "limit.duckdb") if to_file else ":memory:")
        started = time.perf_counter()
        for i, reader in enumerate(readers):
            con.execute(f"CREATE TABLE f{i} AS SELECT * FROM {reader}")
            rows += con.execute(f"SELECT count(*) FROM f{i}").fetchone()[0]
        con.close()
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


def dbt_floor(warehouse: Path, env: dict[str, str]) -> tuple[float, int]:
    """(seconds, nodes) for the night's `dbt build` with `--empty` on a copy of `warehouse`: every
    model, seed and test of the graph compiled and run, with each ref and source read as no rows. What
    remains is dbt's own cost: start, parse, and each node's compile, statements and events. Dagster
    adds the storage of its events on top. The second of two builds is timed: the first leaves the
    parse state that a night's invocation finds in the project."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from assets.dbt_invocation import NIGHT_BUILD_ARGS
    from signalchain.settings import DBT_PROJECT_DIR, WAREHOUSE, apply_defaults, dbt_executable

    apply_defaults()  # dbt's profile reads the settings from the environment
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "floor.duckdb"
        shutil.copyfile(warehouse, copy)
        command = [dbt_executable(), "build", *NIGHT_BUILD_ARGS, "--empty", "--quiet",
                   "--target-path", str(Path(tmp) / "target"), "--log-path", str(Path(tmp) / "logs")]
        build_env = {**os.environ, **env, WAREHOUSE.variable: str(copy)}
        for _ in range(2):
            started = time.perf_counter()
            subprocess.run(command, env=build_env, cwd=DBT_PROJECT_DIR, check=True)
            seconds = time.perf_counter() - started
        results = json.loads((Path(tmp) / "target" / "run_results.json").read_text(encoding="utf-8"))
        return seconds, len(results["results"])
