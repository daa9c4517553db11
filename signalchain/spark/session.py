"""The local Spark session of target `spark_session`: small, on this machine, with its warehouse
folder and Hive metastore under one folder (settings.SPARK_DIR, or a test's temporary folder).

Instants are UTC in the session (`spark.sql.session.timeZone`), as DuckDB stores them; the models
convert to Europe/Amsterdam where they count local dates (macro local_date).
"""

from __future__ import annotations

import sys
import os
from pathlib import Path

from pyspark.sql import SparkSession

from signalchain.settings import SPARK_DIR
from signalchain.spark.udfs import register_udfs


def local_session(folder: Path | None = None, cores: int = 2) -> SparkSession:
    """The session dbt's `session` method will find (it calls getOrCreate), privacy UDFs registered."""
    folder = Path(folder or SPARK_DIR.path()).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the UDF workers import privacy/ from this venv
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("signalchain")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(cores))
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.warehouse.dir", str(folder / "warehouse"))
        .config("spark.hadoop.javax.jdo.option.ConnectionURL",
                f"jdbc:derby:;databaseName={folder / 'metastore_db'};create=true")
        .config("spark.driver.extraJavaOptions", f"-Dderby.system.home={folder}")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .enableHiveSupport()
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    register_udfs(spark)
    return spark
