"""The seed folder asset: read before dbt loads the seeds, and the root that keeps the night at two dbt builds."""

import os
import shutil

import pytest
from dagster import Failure

from assets.seeds import seed_folder
from orchestration.definitions import defs
from signalchain.settings import DBT_PROJECT_DIR, seeds_dir


def test_the_seed_folder_reports_each_files_rows_and_fingerprint():
    metadata = seed_folder().metadata
    assert metadata["rows"].data["signals"] > 0 and metadata["rows"].data["journey_steps"] > 0
    assert set(metadata["fingerprints"].data) == set(metadata["rows"].data)


def test_a_missing_or_unreadable_seed_file_fails_naming_it(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), seeds)
    monkeypatch.setenv("SIGNALCHAIN_SEEDS", os.path.relpath(seeds, DBT_PROJECT_DIR))
    (seeds / "capacity_plan.csv").write_text("migration_wave,week_since_migration,planned_extra_contacts_per_1000\n"
                                             "W1,three,2.5\n")
    with pytest.raises(Failure, match=r"capacity_plan\.csv: ValueError"):
        seed_folder()
    (seeds / "capacity_plan.csv").unlink()
    with pytest.raises(Failure, match=r"capacity_plan\.csv: FileNotFoundError"):
        seed_folder()


def test_the_night_builds_dbt_twice_around_the_classifier():
    """The seeds sit behind the seed folder, as far from the job's roots as the staging of raw tables."""
    steps = [node.name for node in defs.resolve_job_def("nightly").graph.nodes if "dbt" in node.name]
    assert len(steps) == 2
