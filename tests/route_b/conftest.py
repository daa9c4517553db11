"""The metric tests' demo night (tests/metrics/conftest.py: generate -> ingest -> tag -> dbt -> metrics),
copied, then train -> route B's staging -> route B.

Route A's contacts are tagged with the generator's truth, as in tests/metrics/conftest.py: these tests
check route B, not the contact classifier. Route B's own classifier is real: trained by the library on
the demo's labels (the employees' phrasing included) and calls, with fewer weak labels per signal to
keep the test quick, stored and promoted in a temporary model store, and read by the real assets.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from tests.metrics.conftest import pipeline, run_dbt  # noqa: F401  (the session's demo warehouse)

WEAK_LABELS_PER_SIGNAL = 400
ROUTE_B_DBT = ["path:models/route_b", "stg_raw__submissions", "stg_raw__submission_events", "stg_raw__actions"]


@dataclass
class RouteB:
    warehouse: Path
    landing: Path
    publish: Path
    truth: dict
    submissions_truth: pd.DataFrame
    materialization: object

    def df(self, sql: str) -> pd.DataFrame:
        with duckdb.connect(str(self.warehouse), read_only=True) as con:
            return con.sql(sql).df()


def train_and_promote(warehouse: Path, models: Path) -> str:
    from ml.store import ModelDirectory
    from ml.taxonomy import load_taxonomy
    from ml.train import train_from_frames
    from ml.warehouse import training_frames

    with duckdb.connect(str(warehouse), read_only=True) as con:
        frames = training_frames(con)
    model, metadata = train_from_frames(frames, load_taxonomy(), max_weak_per_signal=WEAK_LABELS_PER_SIGNAL)
    store = ModelDirectory(models)
    store.add_candidate(model, metadata)
    store.promote(metadata["version"])
    return metadata["version"]


def materialize_route_b(warehouse: Path, models: Path, publish: Path):
    from dagster import AssetSpec, materialize
    from dagster_duckdb import DuckDBResource

    from assets.route_b import route_b_assets, route_b_checks
    from orchestration.resources import ModelStore, PublishDir

    own = {key for a in route_b_assets for key in a.keys}
    upstream = {dep.asset_key for a in route_b_assets for spec in a.specs for dep in spec.deps} - own
    return materialize([*route_b_assets, *route_b_checks, *(AssetSpec(key) for key in upstream)],
                       resources={"duckdb": DuckDBResource(database=str(warehouse)),
                                  "models": ModelStore(path=str(models)), "publish": PublishDir(path=str(publish))},
                       selection=sorted(own, key=str), raise_on_error=True)


def build_route_b(warehouse: Path, work: Path, models: Path, publish: Path):
    """Route B's staging and SQL by dbt, then its assets (with the model in `models`, if any)."""
    run_dbt(warehouse, work, "run", "--select", *ROUTE_B_DBT)
    return materialize_route_b(warehouse, models, publish)


@pytest.fixture(scope="session")
def route_b(pipeline, tmp_path_factory) -> RouteB:  # noqa: F811
    work = tmp_path_factory.mktemp("route_b")
    warehouse, models, publish = work / "w.duckdb", work / "models", work / "published"
    shutil.copyfile(pipeline.warehouse, warehouse)
    train_and_promote(warehouse, models)
    result = build_route_b(warehouse, work, models, publish)
    truth_file = pipeline.landing / "_truth" / "submissions.parquet"
    return RouteB(warehouse, pipeline.landing, publish, pipeline.truth, pd.read_parquet(truth_file), result)
