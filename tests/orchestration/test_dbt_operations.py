"""How a dbt invocation is run: its backfill window, its target folder, and the child that dies with its run."""

import os
import time
from pathlib import Path

import duckdb
import pytest
from dagster import AssetMaterialization, Output

from assets.dbt import dbt_resource
from assets.dbt_invocation import DbtWindow, clean_target, keep_partial_parse, with_table_metadata


def test_a_window_is_both_dates_in_order_and_becomes_dbt_vars():
    assert DbtWindow().dbt_vars() == []
    assert DbtWindow(backfill_start="2024-03-01", backfill_end="2024-04-01").dbt_vars() == [
        "--vars", '{"backfill_start": "2024-03-01", "backfill_end": "2024-04-01"}']
    for bad in ({"backfill_start": "2024-03-01"}, {"backfill_start": "2024-04-01", "backfill_end": "2024-03-01"},
                {"backfill_start": "March", "backfill_end": "2024-04-01"}):
        with pytest.raises(ValueError):
            DbtWindow(**bad)


def _folder(parent: Path, name: str, age_days: float = 0) -> Path:
    folder = parent / name
    folder.mkdir()
    (folder / "dbt.log").write_text("log")
    stamp = time.time() - age_days * 86400
    os.utime(folder, (stamp, stamp))
    return folder


def test_a_successful_invocation_removes_its_target_folder_and_a_failed_one_keeps_it_for_days(tmp_path):
    (tmp_path / "manifest.json").write_text("{}")
    (tmp_path / "partial_parse.msgpack").write_bytes(b"")
    old_failure = _folder(tmp_path, "signalchain_dbt_assets_2-aaaaaaa-bbbbbbb", age_days=8)
    recent_failure = _folder(tmp_path, "signalchain_dbt_assets-ccccccc-ddddddd", age_days=1)
    not_ours = _folder(tmp_path, "compiled", age_days=30)
    finished = _folder(tmp_path, "signalchain_dbt_assets-eeeeeee-fffffff")
    clean_target(finished, succeeded=True)
    assert not finished.exists() and not old_failure.exists()
    assert recent_failure.exists() and not_ours.exists()
    assert (tmp_path / "manifest.json").exists() and (tmp_path / "partial_parse.msgpack").exists()
    failed = _folder(tmp_path, "signalchain_dbt_assets-1234567-89abcde")
    clean_target(failed, succeeded=False)
    assert failed.exists()


def test_the_parse_state_of_a_finished_invocation_becomes_the_projects(tmp_path):
    (tmp_path / "partial_parse.msgpack").write_bytes(b"made with another profile")
    finished = _folder(tmp_path, "signalchain_dbt_assets-eeeeeee-fffffff")
    (finished / "partial_parse.msgpack").write_bytes(b"this night's")
    keep_partial_parse(finished, tmp_path)
    assert (tmp_path / "partial_parse.msgpack").read_bytes() == b"this night's"
    unparsed = _folder(tmp_path, "signalchain_dbt_assets-1234567-89abcde")
    keep_partial_parse(unparsed, tmp_path)
    assert (tmp_path / "partial_parse.msgpack").read_bytes() == b"this night's"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["partial_parse.msgpack"]


def test_built_tables_get_their_row_count_and_columns_views_their_columns_only(tmp_path):
    manifest = {"nodes": {
        "model.p.t": {"schema": "marts", "alias": "t", "config": {"materialized": "table"},
                      "columns": {"id": {"description": "the key"}}},
        "model.p.v": {"schema": "marts", "alias": "v", "config": {"materialized": "view"}, "columns": {}},
    }}
    events = [Output(None, output_name="t", metadata={"unique_id": "model.p.t"}),
              AssetMaterialization("v", metadata={"unique_id": "model.p.v"})]
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        con.execute("CREATE SCHEMA marts; CREATE TABLE marts.t AS SELECT range AS id, 'x' AS name FROM range(3);"
                    "CREATE VIEW marts.v AS SELECT id FROM marts.t")
        table, view = with_table_metadata(events, manifest, con)
    assert table.metadata["dagster/row_count"].value == 3
    columns = table.metadata["dagster/column_schema"].schema.columns
    assert [(c.name, c.type, c.description) for c in columns] == [("id", "BIGINT", "the key"), ("name", "VARCHAR", None)]
    assert "dagster/row_count" not in view.metadata
    assert [c.name for c in view.metadata["dagster/column_schema"].schema.columns] == ["id"]


def test_dbt_runs_through_the_wrapper_that_dies_with_the_run():
    assert Path(dbt_resource().dbt_executable).name == "signalchain-dbt"
