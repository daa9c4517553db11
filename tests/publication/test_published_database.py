"""What a BI tool finds when it opens the published database: the marts only, dbt's descriptions,
keys it can join on, views with names, one type per kind of number, the same rows as Parquet, and
which night it is."""

import json

import duckdb
import pytest

from signalchain.publication.layout import DATABASE
from tests.publication.conftest import CHECKS


@pytest.fixture(scope="module")
def bi(published):
    with duckdb.connect(str(published.publication.database), read_only=True) as con:
        yield con


def test_it_holds_only_the_marts_schema(bi, quality_warehouse):
    schemas = {s for (s,) in bi.execute("SELECT DISTINCT schema_name FROM duckdb_schemas() "
                                        "WHERE NOT internal AND schema_name <> 'main'").fetchall()}
    assert schemas == {"marts"}
    with duckdb.connect(str(quality_warehouse), read_only=True) as warehouse:
        marts = {t for (t,) in warehouse.execute("SELECT table_name FROM information_schema.tables "
                                                 "WHERE table_schema = 'marts'").fetchall()}
    tables = {t for (t,) in bi.execute("SELECT table_name FROM information_schema.tables "
                                       "WHERE table_schema = 'marts' AND table_type = 'BASE TABLE'").fetchall()}
    assert tables == marts | {"published", "published_checks"}


def test_tables_and_columns_carry_dbt_descriptions(bi):
    undocumented = bi.execute("SELECT table_name FROM duckdb_tables() WHERE coalesce(comment, '') = ''").fetchall()
    assert undocumented == []
    comment = bi.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'fct_contacts' "
                         "AND column_name = 'customer_key'").fetchone()[0]
    assert comment.startswith("pseudonymise(customer_id)")


def test_dimensions_have_primary_keys_and_facts_reference_them(bi, published):
    constraints = {(table, kind, tuple(columns)) for table, kind, columns in bi.execute(
        "SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints() "
        "WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')").fetchall()}
    assert ("dim_signals", "PRIMARY KEY", ("signal_id",)) in constraints
    assert ("mart_signal_impact", "PRIMARY KEY", ("signal_id", "month")) in constraints
    assert ("fct_contacts", "PRIMARY KEY", ("contact_id",)) in constraints
    assert ("fct_contacts", "FOREIGN KEY", ("signal_id",)) in constraints
    assert ("fct_contacts", "FOREIGN KEY", ("customer_key",)) in constraints  # a warn test that holds tonight
    assert published.built.keys_left_out == []


def test_the_named_views_answer_the_common_questions_without_a_join(bi):
    rows, named = bi.execute("SELECT count(*), count(signal_name_nl) FROM marts.v_contacts").fetchone()
    assert rows == bi.execute("SELECT count(*) FROM marts.fct_contacts").fetchone()[0] and named == rows
    top = bi.execute("SELECT signal_name_nl, signal_name_en, journey_step_name_nl FROM marts.v_signal_impact_trailing_year "
                     "ORDER BY rank LIMIT 1").fetchone()
    assert all(top)
    views = {v for (v,) in bi.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert {"v_contacts", "v_survey_responses", "v_signal_impact", "v_action_effect",
            "v_journey_digitalisation"} <= views


def test_money_is_decimal_and_counts_are_integers(bi):
    columns = bi.execute("SELECT table_name, column_name, data_type FROM duckdb_columns() "
                         "WHERE schema_name = 'marts'").fetchall()
    money = [(t, c, d) for t, c, d in columns if c.endswith("_eur") or c.startswith("eur_")]
    counts = [(t, c, d) for t, c, d in columns
              if c in {"contacts", "contacts_saved", "contacts_before", "contacts_after", "extra_contacts",
                       "rows_quarantined", "customers_affected", "n_responses_with"}]
    assert money and all(d == "DECIMAL(18,2)" for _, _, d in money), money
    assert counts and all(d in ("BIGINT", "INTEGER") for _, _, d in counts), counts
    assert not [(t, c) for t, c, d in columns if d == "HUGEINT"]
    assert not [(t, c) for t, c, _ in columns if c.startswith("_")]  # lineage stays in the warehouse


def test_every_table_and_view_is_also_a_parquet_file_with_the_same_rows(bi, published):
    folder = published.publication.parquet
    assert folder.is_symlink()
    names = [n for (n,) in bi.execute("SELECT table_name FROM information_schema.tables "
                                      "WHERE table_schema = 'marts'").fetchall()]
    assert sorted(p.stem for p in folder.glob("*.parquet")) == sorted(names)
    for name in ("fct_contacts", "v_signal_impact", "mart_action_effect"):
        difference = bi.execute(f"""SELECT count(*) FROM (
            (SELECT * FROM marts.{name} EXCEPT ALL SELECT * FROM read_parquet('{folder / name}.parquet'))
            UNION ALL
            (SELECT * FROM read_parquet('{folder / name}.parquet') EXCEPT ALL SELECT * FROM marts.{name}))""").fetchone()
        assert difference == (0,), name


def test_parquet_rows_come_in_key_order_views_included(published):
    """The same night gives the same files: tables in their key order, and views, whose joins keep no
    order, sorted by their fact's key."""
    folder = published.publication.parquet
    with duckdb.connect() as con:
        for name, key in (("fct_contacts", "contact_id"), ("v_contacts", "contact_id"),
                          ("v_signal_impact", "signal_id, month")):
            in_file = con.execute(f"SELECT {key} FROM read_parquet('{folder / name}.parquet')").fetchall()
            assert in_file == sorted(in_file), name


def test_the_manifest_and_the_published_table_say_which_night_it_is(bi, published):
    manifest = json.loads(published.publication.manifest_file.read_text())
    run_id, data_up_to, passed, warned = bi.execute(
        "SELECT run_id, data_up_to, checks_passed, checks_warned FROM marts.published").fetchone()
    assert run_id == manifest["run_id"] == "night-1"
    last_contact = bi.execute("SELECT max(contact_date) FROM marts.fct_contacts").fetchone()[0]
    assert data_up_to == last_contact and manifest["data_up_to"] == last_contact.isoformat()
    assert (passed, warned) == (1, 1) and manifest["checks"]["warned"] == [
        "mart_migration_monitor: migration_within_capacity_plan"]
    assert bi.execute("SELECT count(*) FROM marts.published_checks").fetchone()[0] == len(CHECKS)
    assert manifest["tables"]["fct_contacts"] == bi.execute("SELECT count(*) FROM marts.fct_contacts").fetchone()[0]
    assert published.publication.database.name == DATABASE
