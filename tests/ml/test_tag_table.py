"""The tag table is defined once (the dbt source yml) and upgrades a table of an older release."""

import duckdb

from ml.tag_table import TAG_COLUMNS, TAGS_TABLE, ensure_tags_table


def test_a_tag_table_of_an_older_release_gains_the_new_columns_and_keeps_its_rows():
    con = duckdb.connect()
    con.execute("CREATE SCHEMA ml")
    con.execute(f"CREATE TABLE {TAGS_TABLE} (contact_id VARCHAR, signal_id VARCHAR)")
    con.execute(f"INSERT INTO {TAGS_TABLE} VALUES ('C1', 'invoice_unclear')")
    ensure_tags_table(con)
    columns = [name for (name,) in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'ml' ORDER BY ordinal_position"
    ).fetchall()]
    assert set(columns) == set(TAG_COLUMNS) and "text_hash" in columns
    assert con.execute(f"SELECT contact_id, text_hash FROM {TAGS_TABLE}").fetchall() == [("C1", None)]
