"""The same landing built by the same dbt models on DuckDB and on the local Spark session gives the
same marts, table by table (docs/SPARK.md).

One small generated landing, ingested into DuckDB, with a fixed tag table (the generator's truth,
as in tests/metrics: no classifier is needed). A copy of that warehouse goes to Spark
(`python -m signalchain.spark.night`, in a process of its own, while DuckDB's `dbt build` runs), the
Spark marts come back as Parquet, and every table of schema `marts` is compared with DuckDB's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from tests.dbt.helpers import run_dbt
from tests.metrics.conftest import tag_with_truth
from tests.spark.compare import table_difference

pytestmark = pytest.mark.spark
CUSTOMERS, DAYS, SEED = 300, 240, 17  # minutes of CI time: every mart gets rows, the night stays small
# Two rows ingest quarantines (a date that does not exist, a duration that is no number), so that the
# quarantine mart has rows to compare too: the demo's exports are clean.
FAULTY_CALLS = ("Call_ID;Customer_ID;Started_At;Duration_Seconds;Queue;Wrap_Up_Code;Notes\n"
                "CALL-9000001;KL0000001;31-02-2026 08:13;60;Levering;;datum bestaat niet\n"
                "CALL-9000002;KL0000001;06-03-2026 09:00;abc;Levering;;duur is geen getal\n")


@dataclass
class Built:
    duckdb: Path  # the DuckDB warehouse after dbt build
    spark: Path  # one Parquet folder per Spark mart


def _run_spark_night(source: Path, work: Path) -> subprocess.Popen:
    dbt_paths = ["--target-path", str(work / "spark_target"), "--log-path", str(work / "spark_logs")]
    return subprocess.Popen(
        [sys.executable, "-m", "signalchain.spark.night", "--warehouse", str(source), "--spark-dir",
         str(work / "spark"), "--models", str(work / "no_models"), "--export", str(work / "spark_marts"),
         "--", *dbt_paths],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    from demo import generate
    from signalchain.ingest import ingest_all

    work = tmp_path_factory.mktemp("cross_engine")
    landing, warehouse = work / "landing", work / "warehouse.duckdb"
    generate(customers=CUSTOMERS, days=DAYS, seed=SEED, out=landing)
    (landing / "calls" / "gesprekken_fouten.csv").write_text(FAULTY_CALLS)
    with duckdb.connect(str(warehouse)) as con:
        ingest_all(con, landing)
        tag_with_truth(con, landing)
    shutil.copy(warehouse, work / "spark_source.duckdb")
    spark = _run_spark_night(work / "spark_source.duckdb", work)
    duck = run_dbt(["build"], warehouse, work / "duckdb")
    output = spark.communicate()[0]
    assert duck.returncode == 0 and not duck.failed(), f"dbt on DuckDB: {duck.failed()}\n{duck.output[-3000:]}"
    assert spark.returncode == 0, f"the night on Spark failed:\n{output[-6000:]}"
    return Built(warehouse, work / "spark_marts")


def _duckdb_marts(warehouse: Path) -> list[str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return [t for (t,) in con.execute("select table_name from information_schema.tables where table_schema = "
                                          "'marts' and table_type = 'BASE TABLE' order by 1").fetchall()]


def test_spark_builds_every_mart_duckdb_builds(built):
    assert sorted(p.name for p in built.spark.iterdir() if p.is_dir()) == _duckdb_marts(built.duckdb)


def test_every_mart_is_identical_on_both_engines_after_ordering(built):
    differences, empty = [], []
    with duckdb.connect(str(built.duckdb), read_only=True) as con:
        for table in _duckdb_marts(built.duckdb):
            columns = [c for (c,) in con.execute(
                "select column_name from information_schema.columns where table_schema = 'marts' and "
                "table_name = ? and column_name <> '_loaded_at' order by ordinal_position", [table]).fetchall()]
            select = ", ".join(f'"{c}"' for c in columns)
            ours = con.execute(f"select {select} from marts.{table}").fetchall()
            theirs = con.execute(f"select {select} from read_parquet('{built.spark / table}/*.parquet')").fetchall()
            empty += [table] if not ours else []
            difference = table_difference(table, columns, ours, theirs)
            differences += [difference] if difference else []
    assert not differences, "\n".join(differences)
    assert empty == ["mart_unmapped_values"], f"marts without rows to compare: {empty}"


def test_a_difference_in_one_value_fails_the_comparison():
    rows = [("a", 1.25, None), ("b", 2.0, "x")]
    assert table_difference("t", ["k", "v", "w"], rows, list(reversed(rows))) is None
    assert table_difference("t", ["k", "v", "w"], rows, [("a", 1.25, None), ("b", 2.0001, "x")]) \
        == ("t: sorted row 1 differs in ['v']\n  duckdb: {'k': 'b', 'v': 2.0, 'w': 'x'}\n"
            "  spark: {'k': 'b', 'v': 2.0001, 'w': 'x'}")
    assert "1 rows on duckdb, 2 on spark" in table_difference("t", ["k"], [("a",)], [("a",), ("a",)])
