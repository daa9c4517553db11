"""The precision of the numbers the Python-written marts publish, as the dbt marts round theirs
(macros round_euros and round_measure in dbt_project/macros/published_precision.sql): euros to the
cent, every other double to 6 decimals. Rounded where published, a re-run gives the same bits even
where a float sum took its terms in another order."""

from __future__ import annotations

import pandas as pd

EURO_DECIMALS = 2
MEASURE_DECIMALS = 6


def is_euro_column(name: str) -> bool:
    return "eur" in name.split("_")


def rounded_for_publication(frame: pd.DataFrame, columns: list[tuple[str, str, str]]) -> pd.DataFrame:
    """`frame` with every DOUBLE column of `columns` (name, DuckDB type, description) rounded."""
    rounded = frame.copy()
    for name, sql_type, _ in columns:
        if sql_type == "DOUBLE" and name in rounded.columns:
            decimals = EURO_DECIMALS if is_euro_column(name) else MEASURE_DECIMALS
            rounded[name] = pd.to_numeric(rounded[name], errors="coerce").round(decimals)
    return rounded
