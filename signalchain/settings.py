"""Environment defaults for command-line use; Dagster resources read the same variables."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULTS = {
    "SIGNALCHAIN_LANDING": "data/landing",
    "SIGNALCHAIN_WAREHOUSE": "data/warehouse.duckdb",
    "SIGNALCHAIN_MODELS": "data/models",
    "SIGNALCHAIN_PUBLISH": "data/published",
}


def apply_defaults() -> None:
    """Fill unset variables with absolute default paths (called at run time, never at import)."""
    for name, default in DEFAULTS.items():
        os.environ.setdefault(name, str(Path(default).resolve()))
    Path(os.environ["SIGNALCHAIN_WAREHOUSE"]).parent.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")
    os.environ.setdefault("DO_NOT_TRACK", "1")


def setting(name: str) -> str:
    apply_defaults()
    return os.environ[name]
