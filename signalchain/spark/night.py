"""The night on the local Spark session: `python -m signalchain.spark.night` (`make spark-night`).

1. With `--ingest`, ingest the landing folder (settings.LANDING) into the DuckDB warehouse: ingest's
   guarantees stay DuckDB's (signalchain/spark/raw.py).
2. Publish its raw tables and the tag table to Spark (signalchain/spark/raw.py).
3. dbt builds on Spark what tagging reads (`+int_contact_texts`), the classifier tags the pending
   texts over Spark (signalchain/spark/tagging.py; skipped while no model is in use), and dbt builds
   the rest.
4. With `--export`, every table of schema `marts` is written to one Parquet folder per table.

All in one process and one session: dbt-spark's `session` method uses the process's SparkSession.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import duckdb

from signalchain.settings import LANDING, MODELS, SPARK_DIR, WAREHOUSE, apply_defaults

TAGGING_READS = "+int_contact_texts"


def export_schema(spark, schema: str, folder: Path) -> list[str]:
    """Each table of `schema` as a Parquet folder `folder/<table>`; the tables written."""
    tables = sorted(t.name for t in spark.catalog.listTables(schema) if t.tableType != "VIEW")
    for table in tables:
        spark.table(f"{schema}.{table}").coalesce(1).write.mode("overwrite").parquet(str(folder / table))
    return tables


def run_night(warehouse: Path, spark_dir: Path, models: Path, landing: Path | None = None,
              export: Path | None = None, dbt_args: list[str] | None = None) -> dict:
    """The steps above; raises on the first that fails. Returns what each step did and its seconds."""
    from signalchain.spark.dbt import run_dbt
    from signalchain.spark.raw import publish_raw
    from signalchain.spark.session import local_session
    from signalchain.spark.tagging import tag_pending_on_spark

    report: dict = {}
    clock = [time.monotonic()]

    def step(name: str, value) -> None:
        now = time.monotonic()
        report[name], report[f"{name}_seconds"] = value, round(now - clock[0], 1)
        clock[0] = now

    def build(name: str, selection: list[str]) -> None:
        result = run_dbt(spark, ["build", *selection, *(dbt_args or [])])
        if not result.success:
            raise RuntimeError(f"dbt on Spark failed in step {name}: {result.exception or 'see the dbt log'}")
        step(name, "ok")

    if landing is not None:
        from signalchain.ingest import ingest_all

        with duckdb.connect(str(warehouse)) as con:
            step("ingested", {name: r.total("rows_loaded") for name, r in ingest_all(con, landing).items()})
    spark = local_session(spark_dir)
    step("published", publish_raw(warehouse, spark))
    build("dbt_before_tagging", ["--select", TAGGING_READS])
    step("tagging", tag_pending_on_spark(spark, str(models)))
    build("dbt_after_tagging", ["--exclude", TAGGING_READS])
    if export is not None:
        step("exported", export_schema(spark, "marts", export))
    return report


def main(argv: list[str] | None = None) -> int:
    apply_defaults()
    parser = argparse.ArgumentParser(prog="python -m signalchain.spark.night", description=__doc__.splitlines()[0])
    parser.add_argument("--ingest", action="store_true", help=f"ingest the landing (${LANDING.variable}) first")
    parser.add_argument("--warehouse", type=Path, default=WAREHOUSE.path())
    parser.add_argument("--spark-dir", type=Path, default=SPARK_DIR.path())
    parser.add_argument("--models", type=Path, default=MODELS.path())
    parser.add_argument("--export", type=Path, help="write the marts here as Parquet, one folder per table")
    parser.add_argument("dbt_args", nargs="*", help="extra dbt arguments, after --, e.g. -- --vars '{...}'")
    args = parser.parse_args(argv)
    report = run_night(args.warehouse, args.spark_dir, args.models, LANDING.path() if args.ingest else None,
                       args.export, args.dbt_args)
    for name, value in report.items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
