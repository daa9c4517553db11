"""The metric marts are a function of the data, not of the order its rows arrive in.

A night killed and run again rewrites tables, and DuckDB's threads take rows in any order: a sum
of doubles then differs in its last digits. Here the marts the metrics read are rewritten in
another physical order and the metrics rebuilt; every metric table must equal the first build,
bit for bit.
"""

import shutil

import duckdb
import pytest

from signalchain.metrics.precision import rounded_for_publication
from signalchain.metrics.tables import build_action_effect
from tests.metrics.conftest import run_dbt

INPUTS = {"fct_contacts": "contact_id", "fct_survey_responses": "response_id", "dim_customers": "customer_key"}
LINEAGE = "_loaded_at"
METRIC_MODELS_ONLY = "path:models/metrics"


def _metric_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The metric marts and the intermediate series they are built from."""
    return [f"{schema}.{name}" for schema, name in con.execute("""
        SELECT schema_name, table_name FROM duckdb_tables()
        WHERE schema_name = 'marts' AND table_name LIKE 'mart_%'
        UNION ALL
        SELECT schema_name, view_name FROM duckdb_views() WHERE schema_name = 'intermediate' AND NOT internal
        ORDER BY ALL""").fetchall()]


def _contents(warehouse) -> dict[str, list[tuple]]:
    """Each table's rows, without the lineage time an incremental mart gives the rows it writes."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        contents = {}
        for table in _metric_tables(con):
            columns = [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description]
            selected = ", ".join(f'"{c}"' for c in columns if c != LINEAGE)
            contents[table] = con.execute(f"SELECT {selected} FROM {table} ORDER BY ALL").fetchall()
        return contents


@pytest.fixture(scope="module")
def rebuilt_in_another_order(pipeline, tmp_path_factory):
    work = tmp_path_factory.mktemp("reordered")
    warehouse = work / "warehouse.duckdb"
    shutil.copy(pipeline.warehouse, warehouse)
    with duckdb.connect(str(warehouse)) as con:
        for table, key in INPUTS.items():
            con.execute(f"CREATE OR REPLACE TABLE marts.{table} AS "
                        f"SELECT * FROM marts.{table} ORDER BY hash({key}) DESC")
    run_dbt(warehouse, work, "run", "--select", METRIC_MODELS_ONLY, "--full-refresh")  # every month recomputed
    with duckdb.connect(str(warehouse)) as con:
        build_action_effect(con)
    return warehouse


def test_metric_tables_do_not_depend_on_the_row_order(pipeline, rebuilt_in_another_order):
    first, second = _contents(pipeline.warehouse), _contents(rebuilt_in_another_order)
    assert first.keys() == second.keys() and "marts.mart_action_effect" in first
    assert [table for table in first if first[table] != second[table]] == []


def test_published_doubles_are_rounded_euros_to_the_cent():
    import pandas as pd

    columns = [("eur_saved", "DOUBLE", ""), ("p_value", "DOUBLE", ""), ("contacts_before", "BIGINT", "")]
    frame = pd.DataFrame({"eur_saved": [1234.56789, None], "p_value": [0.123456789, 0.5], "contacts_before": [3, 4]})
    rounded = rounded_for_publication(frame, columns)
    assert rounded["eur_saved"].iloc[0] == 1234.57 and pd.isna(rounded["eur_saved"].iloc[1])
    assert rounded["p_value"].tolist() == [0.123457, 0.5]
    assert rounded["contacts_before"].tolist() == [3, 4]
