"""Publish the tables the models read from DuckDB to Spark: schema `raw` and `ml.contact_signal_tags`.

Ingest keeps writing DuckDB (its guarantees: one record per file, quarantine, duplicates, the
registry and the row reconciliation are DuckDB transactions), and so does tagging on one machine.
This step copies each of those tables whole through a Parquet file into a managed Spark table of
the same schema and name, replacing the previous copy, so the dbt sources resolve on both engines.
The copy is the raw history, small beside what the models compute from it; on a cluster, point
`folder` at storage the cluster reads (docs/SPARK.md).

The tag table is copied only while Spark has none: from then on the night tags on Spark
(signalchain/spark/tagging.py) and appends to Spark's own table, which a copy of DuckDB's tags
would replace, so that every text was tagged again each night.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb
from pyspark.sql import SparkSession

SCHEMAS = ("raw", "ml")
SPARK_OWNED = "ml"  # written on Spark once copied: the tags


def warehouse_tables(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(schema, table) of every base table in the published schemas."""
    return con.execute(
        "select table_schema, table_name from information_schema.tables "
        f"where table_type = 'BASE TABLE' and table_schema in ({', '.join('?' * len(SCHEMAS))}) "
        "order by all", list(SCHEMAS)).fetchall()


def publish_raw(warehouse: Path, spark: SparkSession, folder: Path | None = None) -> dict[str, int]:
    """Copy the raw tables of the DuckDB file `warehouse` to Spark, and the ml tables Spark does not
    have yet; rows per table copied."""
    counts = {}
    with tempfile.TemporaryDirectory(dir=folder) as staging, duckdb.connect(str(warehouse), read_only=True) as con:
        for schema, table in warehouse_tables(con):
            if schema == SPARK_OWNED and spark.catalog.tableExists(f"{schema}.{table}"):
                continue
            parquet = Path(staging) / f"{schema}.{table}.parquet"
            con.execute(f'copy (select * from "{schema}"."{table}") to \'{parquet}\' (format parquet)')
            spark.sql(f"create database if not exists {schema}")
            frame = spark.read.parquet(str(parquet))
            frame.write.mode("overwrite").format("parquet").saveAsTable(f"{schema}.{table}")
            counts[f"{schema}.{table}"] = frame.count()
    return counts
