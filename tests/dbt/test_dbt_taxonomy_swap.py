"""An energy supplier's chain and taxonomy replace the seeds by configuration only, on a warehouse
that has no classifier output yet (ml.contact_signal_tags absent)."""

import os
from pathlib import Path

import duckdb
import pytest

from tests.dbt.helpers import DBT_PROJECT_DIR, build, load_raw, query, rows_by, run_dbt

ENERGY_SEEDS = Path(__file__).parent / "energy_seeds"
SEEDS_SETTING = os.path.relpath(ENERGY_SEEDS, DBT_PROJECT_DIR)  # ../tests/dbt/energy_seeds
AT = "2025-01-10 02:00:00+00"


@pytest.fixture(scope="session")
def energy_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("dbt_energy")
    warehouse = workdir / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        load_raw(con, "customers", [{"customer_id": "EAN-1", "migration_wave": "golf_a"}], "customers/a.csv", AT)
        load_raw(con, "calls", [
            {"call_id": "T-1", "customer_id": "EAN-1", "started_at": "2025-01-06 09:00:00+01:00",
             "wrap_up_code": "MTR-AFGEWEZEN"},
            {"call_id": "T-2", "customer_id": "EAN-1", "started_at": "2025-01-07 09:00:00+01:00",
             "wrap_up_code": "MTR-AFGEWEZEN"},
            {"call_id": "T-3", "customer_id": "EAN-1", "started_at": "2025-01-08 09:00:00+01:00",
             "wrap_up_code": "TERMIJN"},
        ], "calls/a.csv", AT)
        load_raw(con, "mails", [{"mail_id": "M-1", "customer_id": "EAN-1", "received_at": "2025-01-08 10:00:00+01:00",
                                 "body": "Mijn jaarafrekening klopt niet"}], "mails/a.csv", AT)
        load_raw(con, "surveys", [{"response_id": "S-1", "customer_id": "EAN-1", "survey_type": "NPS", "score": 2,
                                   "responded_at": "2025-01-09 10:00:00+01:00", "touchpoint": "jaarnota",
                                   "comment": "Onduidelijk"}], "surveys/a.csv", AT)
        assert con.execute("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'ml'").fetchone()[0] == 0
    build(warehouse, workdir, {"SIGNALCHAIN_SEEDS": SEEDS_SETTING}, "--vars", "{journey_step_coverage_floor: 0.5}")
    return warehouse


def test_the_energy_chain_replaces_the_default_one(energy_warehouse):
    steps = [s for (s,) in query(energy_warehouse, "SELECT journey_step_id FROM marts.dim_journey_steps ORDER BY step_order")]
    assert steps == ["kiezen", "aansluiten", "overstappen", "meterstanden", "termijnbedrag", "jaarafrekening",
                     "verhuizen", "opzeggen"]
    signals = {s for (s,) in query(energy_warehouse, "SELECT signal_id FROM marts.dim_signals")}
    assert {"meter_reading_rejected", "annual_statement_unclear", "other", "unknown"} <= signals
    assert "invoice_unclear" not in signals


def test_contacts_land_on_the_energy_steps(energy_warehouse):
    contacts = rows_by(energy_warehouse, "marts.fct_contacts", "contact_id")
    shape = {cid: (c["signal_id"], c["journey_step_id"], c["is_repeat_contact"], float(c["cost_eur"]))
             for cid, c in contacts.items()}
    assert shape == {
        "call:T-1": ("meter_reading_rejected", "meterstanden", False, 8.5),
        "call:T-2": ("meter_reading_rejected", "meterstanden", True, 8.5),
        "call:T-3": ("unknown", "termijnbedrag", False, 8.5),
        "mail:M-1": ("unknown", None, False, 4.0),
        "survey:S-1": ("unknown", "jaarafrekening", False, 0.0),
    }


def test_marts_build_without_classifier_output(energy_warehouse):
    assert query(energy_warehouse, "SELECT count(*) FROM ml.contact_signal_tags") == [(0,)]
    sources = {s for (s,) in query(energy_warehouse, "SELECT DISTINCT signal_source FROM marts.fct_contacts")}
    assert sources == {"wrap_up_code", "none"}


def test_an_absolute_seed_path_is_refused_before_dbt_can_overwrite_the_csv_files(tmp_path):
    before = {f.name: f.read_bytes() for f in ENERGY_SEEDS.iterdir()}
    run = run_dbt(["parse"], tmp_path / "warehouse.duckdb", tmp_path, {"SIGNALCHAIN_SEEDS": str(ENERGY_SEEDS)})
    assert run.returncode != 0 and "SIGNALCHAIN_SEEDS_must_be_relative_to_the_dbt_project_folder" in run.output
    assert {f.name: f.read_bytes() for f in ENERGY_SEEDS.iterdir()} == before
