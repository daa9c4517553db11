"""Which night a publication is: the facts the night hands over, the two tables in the published
database that hold them (`marts.published`, one row; `marts.published_checks`, one row per check
the night evaluated) and the manifest.json beside it, for whoever reads the files without SQL."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import duckdb
import pandas as pd

from signalchain.publication.catalog import PUBLISHED_SCHEMA

PUBLISHED_TABLE = "published"
CHECKS_TABLE = "published_checks"
DATA_DATE = ("fct_contacts", "contact_date")  # the table and column whose last day is "data up to"


@dataclass(frozen=True)
class CheckOutcome:
    asset: str
    check_name: str
    passed: bool
    severity: str  # ERROR (blocking) or WARN

    @property
    def blocks(self) -> bool:
        return not self.passed and self.severity == "ERROR"


@dataclass(frozen=True)
class NightFacts:
    run_id: str
    built_at: str  # ISO 8601, UTC
    checks: list[CheckOutcome] = field(default_factory=list)

    @property
    def blocking_failures(self) -> list[CheckOutcome]:
        return [check for check in self.checks if check.blocks]


def record_night(con: duckdb.DuckDBPyConnection, night: NightFacts, tables: dict[str, int]) -> None:
    """Create marts.published and marts.published_checks in the publication being built."""
    checks = pd.DataFrame([asdict(check) for check in night.checks],
                          columns=["asset", "check_name", "passed", "severity"])
    con.register("night_checks", checks)
    con.execute(f"""CREATE TABLE {PUBLISHED_SCHEMA}.{CHECKS_TABLE} AS
                    SELECT CAST(asset AS VARCHAR) AS asset, CAST(check_name AS VARCHAR) AS check_name,
                           CAST(passed AS BOOLEAN) AS passed, CAST(severity AS VARCHAR) AS severity
                    FROM night_checks ORDER BY asset, check_name""")
    con.unregister("night_checks")
    data_up_to = _data_up_to(con, tables)
    warned = sum(1 for check in night.checks if not check.passed)
    con.execute(f"""CREATE TABLE {PUBLISHED_SCHEMA}.{PUBLISHED_TABLE} AS
                    SELECT CAST(? AS VARCHAR) AS run_id, CAST(? AS TIMESTAMPTZ) AS built_at,
                           CAST(? AS DATE) AS data_up_to, CAST(? AS INTEGER) AS checks_passed,
                           CAST(? AS INTEGER) AS checks_warned, CAST(? AS INTEGER) AS tables""",
                [night.run_id, night.built_at, data_up_to, len(night.checks) - warned, warned, len(tables)])
    con.execute(f"COMMENT ON TABLE {PUBLISHED_SCHEMA}.{PUBLISHED_TABLE} IS 'Which night this publication is: "
                "the Dagster run that built it, when, the last day of data, and its checks (all blocking checks "
                "passed, or it would not have been published).'")
    con.execute(f"COMMENT ON TABLE {PUBLISHED_SCHEMA}.{CHECKS_TABLE} IS 'Every check the night evaluated "
                "(dbt tests and Dagster asset checks) with its outcome; a failed WARN check is published, "
                "a failed ERROR check stops the publication.'")


def _data_up_to(con: duckdb.DuckDBPyConnection, tables: dict[str, int]) -> str | None:
    table, column = DATA_DATE
    if table not in tables:
        return None
    value = con.execute(f'SELECT max("{column}") FROM {PUBLISHED_SCHEMA}."{table}"').fetchone()[0]
    return None if value is None else value.isoformat()


def manifest_of(night: NightFacts, tables: dict[str, int], views: list[str], data_up_to: str | None) -> dict:
    warned = [f"{check.asset}: {check.check_name}" for check in night.checks if not check.passed]
    return {"run_id": night.run_id, "built_at": night.built_at, "data_up_to": data_up_to,
            "checks": {"evaluated": len(night.checks), "passed": len(night.checks) - len(warned), "warned": warned},
            "tables": tables, "views": sorted(views)}
