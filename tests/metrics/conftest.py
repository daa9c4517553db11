"""One generated data set for all metric tests: generate -> ingest -> tag -> dbt build -> metrics assets.

Generated once per session. The warehouse, dbt target and logs live in a temporary folder so
parallel runs do not collide.

Tagging: the metric tests check the statistics, not the classifier. The classifier's output
table (ml.contact_signal_tags, its documented interface) is filled from the generator's truth
contacts, i.e. a perfect classifier; the pipeline's own precedence (label > wrap-up code >
classifier tag) still applies. Signals from wrap-up codes alone cover only part of the calls,
which would leave too few contacts for a 5-point tolerance at a test-sized data set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from ml.tag_table import TAG_COLUMNS, ensure_tags_table
from signalchain.settings import seeds_dir
from tests.dbt import helpers as dbt_helpers
from tests.shared_build import built_once

CUSTOMERS, DAYS, SEED = 20000, 365, 11  # the demo scale: an 8-week DiD then has a ~2.5-point standard error
METRIC_MODELS = "+path:models/metrics"


@dataclass
class Pipeline:
    warehouse: Path
    landing: Path
    truth: dict
    dbt_results: dict

    def connect(self) -> duckdb.DuckDBPyConnection:
        return duckdb.connect(str(self.warehouse), read_only=True)

    def df(self, sql: str):
        with self.connect() as con:
            return con.sql(sql).df()


def run_dbt(warehouse: Path, work: Path, *args: str) -> dict:
    run = dbt_helpers.run_dbt(list(args), warehouse, work)
    assert run.returncode == 0, run.output[-6000:]
    return json.loads((work / "target" / "run_results.json").read_text())


def tag_with_truth(con: duckdb.DuckDBPyConnection, landing: Path) -> int:
    """Write the truth signal of every generated contact as a confident classifier tag."""
    truth = str(landing / "_truth" / "contacts.parquet")
    ensure_tags_table(con)
    con.execute("DELETE FROM ml.contact_signal_tags")
    con.execute(f"""
        INSERT INTO ml.contact_signal_tags ({', '.join(TAG_COLUMNS)})
        SELECT t.source || ':' || t.contact_id, t.signal_id, 1.0, s.journey_step_id, 1.0, t.secondary_signal_id, 'truth', now(), NULL
        FROM read_parquet('{truth}') t
        LEFT JOIN read_csv('{seeds_dir() / "signals.csv"}') s USING (signal_id)""")
    return con.execute("SELECT count(*) FROM ml.contact_signal_tags").fetchone()[0]


def materialize_metrics(warehouse: Path):
    from dagster import AssetSpec, materialize
    from dagster_duckdb import DuckDBResource

    from assets.metrics import metrics_assets, metrics_checks

    upstream = {dep.asset_key for a in metrics_assets for dep in a.specs_by_key[a.key].deps}
    upstream |= {spec.asset_key for c in metrics_checks for spec in c.check_specs}
    own = {a.key for a in metrics_assets}
    specs = [AssetSpec(key) for key in upstream - own]
    return materialize([*metrics_assets, *metrics_checks, *specs],
                       resources={"duckdb": DuckDBResource(database=str(warehouse))},
                       selection=list(own), raise_on_error=True)


def build_demo_night(work: Path) -> None:
    from demo import generate
    from signalchain.ingest import ingest_all

    landing, warehouse = work / "landing", work / "warehouse.duckdb"
    generate(customers=CUSTOMERS, days=DAYS, seed=SEED, out=landing)
    with duckdb.connect(str(warehouse)) as con:
        ingest_all(con, landing)
        tag_with_truth(con, landing)
    run_dbt(warehouse, work, "build", "--select", METRIC_MODELS)
    assert materialize_metrics(warehouse).success


@pytest.fixture(scope="session")
def pipeline(tmp_path_factory) -> Pipeline:
    """The demo night, built once per test run (tests/shared_build.py); this worker's own copy."""
    work = built_once(tmp_path_factory, "metrics", build_demo_night)
    truth = json.loads((work / "landing" / "_truth" / "truth.json").read_text())
    results = json.loads((work / "target" / "run_results.json").read_text())
    return Pipeline(work / "warehouse.duckdb", work / "landing", truth, results)
