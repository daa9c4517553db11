"""Every setting of the product, defined once: its environment variable, its default, what it is for.

The command line, the Dagster resources (through `EnvVar`), the dbt profile and project (through
`env_var`), `ml/` and the scripts all take their paths and thresholds from here. `apply_defaults()`
fills the unset variables at run time, so every child process (dbt, the Dagster webserver) sees
the same values; nothing here reads the environment at import.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

DBT_PROJECT_DIR = Path(__file__).resolve().parents[1] / "dbt_project"


@dataclass(frozen=True)
class Setting:
    variable: str
    default: str
    meaning: str
    is_path: bool = False  # a path default is relative to the working directory, made absolute when applied
    is_secret: bool = False  # never printed

    def default_value(self) -> str:
        return str(Path(self.default).resolve()) if self.is_path else self.default

    def value(self) -> str:
        return os.environ.get(self.variable) or self.default_value()

    def path(self) -> Path:
        return Path(self.value())

    def number(self) -> float:
        return float(self.value())

    def optional_number(self) -> float | None:
        """The number, or None for a setting left unset (one whose default is empty)."""
        return float(self.value()) if self.value() else None


LANDING = Setting("SIGNALCHAIN_LANDING", "data/landing", "landing folder: one subfolder per source", is_path=True)
WAREHOUSE = Setting("SIGNALCHAIN_WAREHOUSE", "data/warehouse.duckdb",
                    "the DuckDB file that ingest, dbt, tagging and metrics write", is_path=True)
MODELS = Setting("SIGNALCHAIN_MODELS", "data/models", "classifier artifacts and the model in use", is_path=True)
PUBLISH = Setting("SIGNALCHAIN_PUBLISH", "data/published", "files published for people (review queue)",
                  is_path=True)
SEEDS = Setting("SIGNALCHAIN_SEEDS", "seeds",
                "the organisation's seed folder, relative to dbt_project/ (dbt refuses absolute seed paths)")
MIN_CONFIDENCE = Setting("SIGNALCHAIN_MIN_CONFIDENCE", "",
                         "classifier abstention threshold override: below it a text's signal is `unknown`; "
                         "unset, each model uses the threshold chosen on its hold-out")
TARGET_PRECISION = Setting("SIGNALCHAIN_TARGET_PRECISION", "0.97",
                           "training: the share of hold-out tags that must be right; a model's abstention "
                           "threshold is the lowest confidence that reaches it")
MACRO_F1_FLOOR = Setting("SIGNALCHAIN_MACRO_F1_FLOOR", "0.6",
                         "quality gate: the least hold-out macro-F1 a candidate model needs")
MAX_MACRO_F1_DROP = Setting("SIGNALCHAIN_MAX_MACRO_F1_DROP", "0.02",
                            "quality gate: how far a candidate may fall below the model in use")
FUTURE_MARGIN_DAYS = Setting("SIGNALCHAIN_FUTURE_MARGIN_DAYS", "1",
                             "ingest: a contact dated more days than this after the ingest moment is quarantined")
INGEST_WORKERS = Setting("SIGNALCHAIN_INGEST_WORKERS", "2",
                         "ingest: how many sources load at the same time (1 loads them one after another)")
DATE_FLOOR = Setting("SIGNALCHAIN_DATE_FLOOR", "2000-01-01",
                     "ingest: a contact dated before this day (yyyy-mm-dd) is quarantined")
REPORT_LANGUAGE = Setting("SIGNALCHAIN_REPORT_LANGUAGE", "nl",
                          "language of the nightly report (report.html): nl or en")
PSEUDONYM_KEY = Setting("SIGNALCHAIN_PSEUDONYM_KEY", "",
                        "secret key of the customer pseudonyms; unset means a public development key",
                        is_secret=True)
# Spark (docs/SPARK.md): the dbt target, the local session's folder, the table format and the cluster
DBT_TARGET = Setting("SIGNALCHAIN_DBT_TARGET", "warehouse",
                     "dbt profile target: warehouse (DuckDB), spark_session (local PySpark) or spark (a cluster)")
SPARK_DIR = Setting("SIGNALCHAIN_SPARK_DIR", "data/spark",
                    "target spark_session: the local Spark warehouse folder and its metastore", is_path=True)
SPARK_FILE_FORMAT = Setting("SIGNALCHAIN_SPARK_FILE_FORMAT", "parquet",
                            "Spark table format: parquet (incremental models by insert_overwrite) or delta, "
                            "iceberg, hudi (merge)")
SPARK_METHOD = Setting("SIGNALCHAIN_SPARK_METHOD", "thrift", "target spark: dbt-spark's connection method (thrift, http)")
SPARK_HOST = Setting("SIGNALCHAIN_SPARK_HOST", "localhost", "target spark: the Thrift server or workspace host")
SPARK_PORT = Setting("SIGNALCHAIN_SPARK_PORT", "10000", "target spark: its port (443 for http)")
SPARK_USER = Setting("SIGNALCHAIN_SPARK_USER", "", "target spark, thrift: the user dbt connects as")
SPARK_CLUSTER = Setting("SIGNALCHAIN_SPARK_CLUSTER", "", "target spark, http: the cluster id")
SPARK_TOKEN = Setting("SIGNALCHAIN_SPARK_TOKEN", "", "target spark, http: the access token", is_secret=True)

SETTINGS = (LANDING, WAREHOUSE, MODELS, PUBLISH, SEEDS, MIN_CONFIDENCE, TARGET_PRECISION, MACRO_F1_FLOOR,
            MAX_MACRO_F1_DROP, FUTURE_MARGIN_DAYS, INGEST_WORKERS, DATE_FLOOR, REPORT_LANGUAGE, PSEUDONYM_KEY, DBT_TARGET, SPARK_DIR,
            SPARK_FILE_FORMAT, SPARK_METHOD, SPARK_HOST, SPARK_PORT, SPARK_USER, SPARK_CLUSTER, SPARK_TOKEN)
_QUIET_TOOLS = {"DBT_SEND_ANONYMOUS_USAGE_STATS": "False", "DO_NOT_TRACK": "1"}


def apply_defaults() -> None:
    """Fill unset variables with their defaults (paths made absolute); called by every entry point."""
    for setting in SETTINGS:
        if setting.default and not os.environ.get(setting.variable):
            os.environ[setting.variable] = setting.default_value()
    for name, value in _QUIET_TOOLS.items():
        os.environ.setdefault(name, value)
    WAREHOUSE.path().parent.mkdir(parents=True, exist_ok=True)


def seeds_dir() -> Path:
    """The organisation's seed folder: the one dbt builds from."""
    return DBT_PROJECT_DIR / SEEDS.value()


def dbt_executable() -> str:
    """The dbt installed next to this Python (also in a venv that is not activated), else dbt on PATH.

    That folder also goes on PATH, because dagster-dbt's project preparer runs plain `dbt`.
    """
    bin_dir = Path(sys.executable).parent
    if not (bin_dir / "dbt").exists():
        return shutil.which("dbt") or "dbt"
    if str(bin_dir) not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = os.pathsep.join([str(bin_dir), os.environ.get("PATH", "")])
    return str(bin_dir / "dbt")
