"""The organisation's configuration (the dbt seeds), read for Python exactly as dbt reads it.

The one reader of the seed files for the classifier, the demo and everything else in Python. It
follows the seeds setting (`settings.SEEDS`) like dbt does and cleans each value as the staging models
(`models/staging/seeds/stg_seeds__*.sql`) do: an empty cell is NULL, ids are trimmed, channels and
touchpoints lower case, wrap-up codes upper case, numbers typed. Columns not listed are kept as text.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from signalchain.settings import seeds_dir

Record = dict[str, object]


def _trim(value: str) -> str:
    return value.strip()


def _trim_or_none(value: str) -> str | None:
    return value.strip() or None


def _lower(value: str) -> str:
    return value.strip().lower()


def _upper(value: str) -> str:
    return value.strip().upper()


CLEANING: dict[str, dict[str, Callable[[str], object]]] = {
    "journey_steps": {"journey_step_id": _trim, "step_order": int},
    "signals": {"signal_id": _trim, "journey_step_id": _trim_or_none},
    "channels": {"channel": _lower, "channel_group": _lower, "cost_per_contact_eur": float},
    "channel_aliases": {"alias": _lower, "channel": _lower},
    "wrap_up_codes": {"wrap_up_code": _upper, "signal_id": _trim_or_none, "journey_step_id": _trim_or_none},
    "survey_touchpoints": {"touchpoint": _lower, "journey_step_id": _trim_or_none},
    "capacity_plan": {"migration_wave": _trim, "week_since_migration": int, "planned_extra_contacts_per_1000": float},
}


def read_seed(name: str, seeds: Path | None = None) -> list[Record]:
    """The rows of seed `name` (e.g. "signals") in file order, cleaned as its staging model cleans them."""
    path = (seeds or seeds_dir()) / f"{name}.csv"
    cleaners = CLEANING[name]
    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    return [{column: (cleaners.get(column, str)(value) if value not in (None, "") else None)
             for column, value in row.items()} for row in rows]
