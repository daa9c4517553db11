"""kill -9 while dbt builds the marts, then run again: the marts and the published files equal a
clean night's, bit for bit, and the killed run is marked failed.

The slowest test of the suite (marked `slow`, still part of `make test`): training and three
nights of `signalchain run` in subprocesses, on a small demo landing.
"""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from dagster import AssetKey, DagsterEventType, DagsterInstance, DagsterRunStatus
from dagster._core.instance.ref import InstanceRef

from cli.jobs import train

pytestmark = pytest.mark.slow

REPO = Path(__file__).parents[2]
# Run metadata, by definition different per run: when a contact row was (re)written, when a text was tagged.
RUN_METADATA_COLUMNS = {"_loaded_at", "tagged_at"}
DBT_STEP = "signalchain_dbt_assets"  # the night runs it twice: before tagging, then the placement and marts
BUILT_LAST = AssetKey("mart_action_effect")  # the Python metrics after dbt: the killed night never got there


@pytest.fixture(scope="module")
def landing_and_models(tmp_path_factory):
    from demo import generate

    work = tmp_path_factory.mktemp("crash")
    landing, models = work / "landing", work / "models"
    generate(customers=300, days=100, seed=7, out=landing)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in _env(work / "train", landing, models).items():
            patch.setenv(name, value)
        assert train()["promoted"]
    return landing, models


def _env(work: Path, landing: Path, models: Path) -> dict[str, str]:
    (work / "dagster_home").mkdir(parents=True, exist_ok=True)
    return {"SIGNALCHAIN_LANDING": str(landing), "SIGNALCHAIN_MODELS": str(models),
            "SIGNALCHAIN_WAREHOUSE": str(work / "warehouse.duckdb"), "SIGNALCHAIN_PUBLISH": str(work / "published"),
            "DAGSTER_HOME": str(work / "dagster_home")}


def _night(env: dict[str, str]) -> subprocess.Popen:
    """`signalchain run` in its own process group, so that one signal kills it with dbt."""
    return subprocess.Popen([sys.executable, "-m", "cli.main", "run", "--train", "never"], cwd=REPO,
                            env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def _instance(env: dict[str, str]) -> DagsterInstance:
    return DagsterInstance.from_ref(InstanceRef.from_dir(env["DAGSTER_HOME"]))


def _dbt_writes_the_marts(instance: DagsterInstance, warehouse: Path) -> bool:
    """The night's second dbt step has started and dbt holds uncommitted-to-file writes (the WAL).
    dagster-dbt reports a DuckDB build's models only when dbt exits (it fetches row counts then), so
    the step's start and the warehouse's write-ahead log are what show dbt at work."""
    runs = instance.get_runs(limit=1)
    if not runs:
        return False
    starts = instance.get_records_for_run(runs[0].run_id, of_type=DagsterEventType.STEP_START).records
    dbt_steps = [r for r in starts if (r.event_log_entry.step_key or "").startswith(DBT_STEP)]
    return len(dbt_steps) >= 2 and warehouse.with_name(warehouse.name + ".wal").exists()


def _kill_while_dbt_builds_the_marts(env: dict[str, str]) -> None:
    night = _night(env)
    with _instance(env) as instance:
        deadline = time.monotonic() + 600
        while not _dbt_writes_the_marts(instance, Path(env["SIGNALCHAIN_WAREHOUSE"])):
            assert night.poll() is None, "the night ended before dbt built the marts"
            assert time.monotonic() < deadline, "dbt did not start building the marts"
            time.sleep(0.05)
        time.sleep(1.0)
        assert instance.get_latest_materialization_event(BUILT_LAST) is None
    assert night.poll() is None, "the night ended before it could be killed"
    os.killpg(night.pid, signal.SIGKILL)
    night.wait()


def _marts(warehouse: str) -> dict[str, list[tuple]]:
    """Every table in `marts`, all columns but the run metadata, in a total order."""
    with duckdb.connect(warehouse, read_only=True) as con:
        tables = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'marts' "
                                            "ORDER BY 1").fetchall()]
        content = {}
        for table in tables:
            columns = [c for (c,) in con.execute("SELECT column_name FROM duckdb_columns() WHERE schema_name = "
                                                 "'marts' AND table_name = ? ORDER BY column_index", [table])
                       .fetchall() if c not in RUN_METADATA_COLUMNS]
            listed = ", ".join(f'"{c}"' for c in columns)
            content[table] = con.execute(f"SELECT {listed} FROM marts.{table} ORDER BY ALL").fetchall()
        return content


@pytest.fixture(scope="module")
def clean_and_crashed(landing_and_models, tmp_path_factory):
    landing, models = landing_and_models
    work = tmp_path_factory.mktemp("nights")
    clean, crashed = _env(work / "clean", landing, models), _env(work / "crashed", landing, models)
    assert _night(clean).wait(timeout=900) == 0
    _kill_while_dbt_builds_the_marts(crashed)
    assert _night(crashed).wait(timeout=900) == 0
    return clean, crashed


def test_the_rerun_after_a_kill_gives_the_marts_of_a_clean_night(clean_and_crashed):
    clean, crashed = clean_and_crashed
    marts = _marts(clean["SIGNALCHAIN_WAREHOUSE"])
    assert {"fct_contacts", "mart_migration_monitor", "mart_signal_impact", "mart_action_effect"} <= marts.keys()
    assert marts == _marts(crashed["SIGNALCHAIN_WAREHOUSE"])


def _published_files(folder: Path) -> dict[str, bytes]:
    """Every published file by its path (the Parquet snapshot through the `parquet` link), without
    what names the run: the run id and build time in the manifest, the `published` table and the
    report's source line."""
    files = {}
    for path in sorted(p for p in [*folder.iterdir(), *(folder / "parquet").iterdir()] if p.is_file()):
        name = str(path.relative_to(folder))
        if name == "manifest.json":
            manifest = json.loads(path.read_text())
            files[name] = json.dumps({k: v for k, v in manifest.items() if k not in ("run_id", "built_at")}).encode()
        elif name == "report.html":
            files[name] = re.sub(rb'<p class="meta">[^<]*run [^<]*</p>', b"", path.read_bytes())
        elif name not in ("parquet/published.parquet", "signalchain.duckdb"):  # the database: its Parquet twin
            files[name] = path.read_bytes()
    return files


def test_the_rerun_publishes_the_same_files(clean_and_crashed):
    clean, crashed = (_published_files(Path(env["SIGNALCHAIN_PUBLISH"])) for env in clean_and_crashed)
    assert {"report.html", "manifest.json", "parquet/fct_contacts.parquet", "review_queue.csv"} <= clean.keys()
    assert clean.keys() == crashed.keys()
    assert [name for name in clean if clean[name] != crashed[name]] == []


def test_the_killed_run_is_marked_failed_by_the_next_run(clean_and_crashed):
    with _instance(clean_and_crashed[1]) as instance:
        killed, rerun = instance.get_runs(ascending=True)
        assert (killed.status, rerun.status) == (DagsterRunStatus.FAILURE, DagsterRunStatus.SUCCESS)
        assert instance.get_latest_materialization_event(BUILT_LAST).run_id == rerun.run_id
        failure = instance.get_records_for_run(killed.run_id).records[-1].event_log_entry
    assert "is gone" in failure.message
