"""Session fixtures: each dbt build runs once and every test reads the warehouse it leaves behind."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from tests.dbt import cases
from tests.dbt.helpers import SKIP_DBT_TESTS, build, load_raw, load_tags

# Hand-made data puts contacts off-step on purpose; the coverage target is tested on demo data.
HANDMADE_VARS = ["--vars", "{journey_step_coverage_floor: 0.5}"]


@dataclass
class TwoNights:
    first: Path  # the warehouse after night 1 (a copy)
    second: Path  # the same warehouse after night 2


@pytest.fixture(scope="session")
def two_nights(tmp_path_factory: pytest.TempPathFactory) -> TwoNights:
    """Night 1: batch 1 + tags, full build. Night 2: batch 2 + new tags, incremental build, dbt tests."""
    workdir = tmp_path_factory.mktemp("dbt_handmade")
    warehouse = workdir / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        for source, rows in (("customers", cases.CUSTOMERS_1), ("calls", cases.CALLS_1), ("mails", cases.MAILS_1),
                             ("complaints", cases.COMPLAINTS_1), ("surveys", cases.SURVEYS_1),
                             ("labels", cases.LABELS_1)):
            load_raw(con, source, rows, f"{source}/night1.csv", cases.BATCH_1_AT)
        load_tags(con, cases.TAGS_1)
    build(warehouse, workdir, None, *HANDMADE_VARS, *SKIP_DBT_TESTS)
    first = workdir / "night1.duckdb"
    shutil.copy(warehouse, first)

    with duckdb.connect(str(warehouse)) as con:
        for source, rows in (("calls", cases.CALLS_2), ("mails", cases.MAILS_2), ("labels", cases.LABELS_2)):
            load_raw(con, source, rows, f"{source}/night2.csv", cases.BATCH_2_AT)
        load_tags(con, cases.TAGS_2)
    build(warehouse, workdir, None, *HANDMADE_VARS)
    return TwoNights(first=first, second=warehouse)
