"""The demo night of the metric tests (tests/metrics/conftest.py), completed with the data-quality
marts its dbt selection leaves out and with route B's marts, and published once as the night would
publish it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assets.dbt import dbt_project
from signalchain.publication.manifest import CheckOutcome, NightFacts
from signalchain.publication.night import Published, publish_night
from tests.dbt.helpers import run_dbt
from tests.metrics.conftest import pipeline  # noqa: F401  (the session's demo warehouse)
from tests.route_b.conftest import build_route_b
from tests.shared_build import built_once

QUALITY_MARTS = ["mart_journey_step_coverage", "mart_source_coverage", "mart_unmapped_values",
                 "stg_raw__quarantined_rows", "mart_quarantine_reasons"]
CHECKS = [CheckOutcome("fct_contacts", "unique_fct_contacts_contact_id", True, "ERROR"),
          CheckOutcome("mart_migration_monitor", "migration_within_capacity_plan", False, "WARN")]


def night(run_id: str, checks=CHECKS) -> NightFacts:
    return NightFacts(run_id, "2026-12-03T03:00:00+00:00", list(checks))


def publish(warehouse: Path, folder: Path, run_id: str, checks=CHECKS) -> Published:
    return publish_night(warehouse, folder, dbt_project.manifest_path, night(run_id, checks))


@pytest.fixture(scope="session")
def quality_warehouse(pipeline, tmp_path_factory) -> Path:  # noqa: F811
    def build(work: Path) -> None:
        database = work / "warehouse.duckdb"
        shutil.copyfile(pipeline.warehouse, database)
        run = run_dbt(["run", "--select", *QUALITY_MARTS], database, work)
        assert run.returncode == 0, run.output[-3000:]
        build_route_b(database, work, work / "no_models", work / "published")  # no model: the check finds the unclear

    return built_once(tmp_path_factory, "quality", build) / "warehouse.duckdb"


@pytest.fixture(scope="session")
def published(quality_warehouse, tmp_path_factory) -> Published:
    return publish(quality_warehouse, tmp_path_factory.mktemp("published"), "night-1")
