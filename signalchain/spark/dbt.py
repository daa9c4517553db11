"""dbt on the local Spark session, in this process: `python -m signalchain.spark.dbt build ...`.

dbt-spark's `session` method takes the process's SparkSession (SparkSession.builder.getOrCreate),
so the session is created first, with the privacy UDFs registered (signalchain/spark/session.py),
and dbt runs in-process through dbtRunner with target `spark_session`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from dbt.cli.main import dbtRunner, dbtRunnerResult
from pyspark.sql import SparkSession

from signalchain.settings import DBT_PROJECT_DIR, apply_defaults

TARGET = "spark_session"


def run_dbt(spark: SparkSession, args: Sequence[str]) -> dbtRunnerResult:
    """`dbt <args>` on `spark`, the process's session (as local_session gives it)."""
    if SparkSession.builder.getOrCreate() is not spark:
        raise RuntimeError("dbt-spark's session method uses the process's SparkSession, not the one given")
    return dbtRunner().invoke([*args, "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir",
                               str(DBT_PROJECT_DIR), "--target", TARGET])


def main(argv: Sequence[str] | None = None) -> int:
    from signalchain.spark.session import local_session

    apply_defaults()
    result = run_dbt(local_session(), list(sys.argv[1:] if argv is None else argv))
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main())
