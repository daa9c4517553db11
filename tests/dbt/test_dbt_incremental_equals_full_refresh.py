"""An incremental night, a backfill window and a full refresh give identical marts on the same landing.

Night 1 builds batch 1 from scratch; night 2 builds batch 2 incrementally: re-delivered calls (one
with another code, one moved from one quiet month to another) and a re-delivered survey with another score, a
late call and a late mail into old months, a new label and a new tag for old contacts. The same warehouse is then rebuilt with `--full-refresh`, and once more incrementally
with a backfill window: every table in schema marts holds the same rows, but for the lineage time.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.dbt import cases
from tests.dbt.helpers import SKIP_DBT_TESTS, load_raw, load_tags, run_dbt

VARS = "{journey_step_coverage_floor: 0.5}"
LINEAGE = "_loaded_at"

SURVEY_REDELIVERED = {**cases.SURVEYS_1[0], "score": 3}
# a call in a month nothing else touches, re-delivered into another quiet month: both are rebuilt
CALL_QUIET = cases._call("CALL-Q1", "KL-100004", "2024-07-10 10:00:00+02:00", "NW-STORING")
CALL_MOVED = {**CALL_QUIET, "started_at": "2024-08-12 10:00:00+02:00"}
LATE_MAIL = {"mail_id": "MAIL-L1", "customer_id": "KL-100003", "received_at": "2024-03-05 10:00:00+01:00",
             "subject": "Storing", "body": "Al dagen geen bereik"}


def _build(warehouse: Path, workdir: Path, *extra: str) -> None:
    run = run_dbt(["build", "--vars", VARS, *SKIP_DBT_TESTS, *extra], warehouse, workdir)
    assert run.returncode == 0 and not run.failed(), f"dbt build failed: {run.failed()}\n{run.output[-4000:]}"


def _marts(warehouse: Path) -> dict[str, list[tuple]]:
    """Every table in schema marts: its rows without the lineage time, sorted."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = [name for (name,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'marts' "
            "AND table_type = 'BASE TABLE' ORDER BY 1").fetchall()]
        marts = {}
        for table in tables:
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'marts' "
                "AND table_name = ? ORDER BY ordinal_position", [table]).fetchall() if c != LINEAGE]
            quoted = ", ".join(f'"{c}"' for c in columns)
            marts[table] = con.execute(f"SELECT {quoted} FROM marts.{table} ORDER BY ALL").fetchall()
        return marts


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    workdir = tmp_path_factory.mktemp("dbt_incremental_equality")
    incremental = workdir / "incremental.duckdb"
    with duckdb.connect(str(incremental)) as con:
        for source, rows in (("customers", cases.CUSTOMERS_1), ("calls", [*cases.CALLS_1, CALL_QUIET]),
                             ("mails", cases.MAILS_1), ("complaints", cases.COMPLAINTS_1),
                             ("surveys", cases.SURVEYS_1), ("labels", cases.LABELS_1)):
            load_raw(con, source, rows, f"{source}/night1.csv", cases.BATCH_1_AT)
        load_tags(con, cases.TAGS_1)
    _build(incremental, workdir)

    with duckdb.connect(str(incremental)) as con:
        for source, rows in (("calls", [*cases.CALLS_2, CALL_MOVED]), ("mails", [*cases.MAILS_2, LATE_MAIL]),
                             ("surveys", [SURVEY_REDELIVERED]), ("labels", cases.LABELS_2)):
            load_raw(con, source, rows, f"{source}/night2.csv", cases.BATCH_2_AT)
        load_tags(con, cases.TAGS_2)
    _build(incremental, workdir)

    full_refresh, backfilled = workdir / "full_refresh.duckdb", workdir / "backfilled.duckdb"
    shutil.copy(incremental, full_refresh)
    shutil.copy(incremental, backfilled)
    _build(full_refresh, workdir, "--full-refresh")
    _build(backfilled, workdir, "--vars", "{backfill_start: '2024-03-01', backfill_end: '2024-04-01'}")
    return {"incremental": incremental, "full_refresh": full_refresh, "backfilled": backfilled}


def test_the_second_night_took_in_the_changes(nights):
    with duckdb.connect(str(nights["incremental"]), read_only=True) as con:
        assert con.execute("SELECT text_redacted FROM marts.fct_contacts WHERE contact_id = 'call:CALL-P2'"
                           ).fetchone() == ("internet traag",)
        assert con.execute("SELECT score FROM marts.fct_survey_responses WHERE response_id = ?",
                           [SURVEY_REDELIVERED["response_id"]]).fetchone() == (3,)
        assert con.execute("SELECT contact_date FROM marts.fct_contacts WHERE contact_id = 'mail:MAIL-L1'"
                           ).fetchone()[0].isoformat() == "2024-03-05"
        assert con.execute("SELECT contact_date FROM marts.fct_contacts WHERE contact_id = 'call:CALL-Q1'"
                           ).fetchone()[0].isoformat() == "2024-08-12"


def test_an_incremental_night_equals_a_full_refresh(nights):
    incremental, full_refresh = _marts(nights["incremental"]), _marts(nights["full_refresh"])
    assert set(incremental) == set(full_refresh)
    assert "fct_contacts" in incremental and "mart_signal_impact" in incremental
    for table, rows in full_refresh.items():
        assert incremental[table] == rows, table


def test_a_backfill_window_equals_a_full_refresh(nights):
    backfilled, full_refresh = _marts(nights["backfilled"]), _marts(nights["full_refresh"])
    for table, rows in full_refresh.items():
        assert backfilled[table] == rows, table
