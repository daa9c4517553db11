"""Compare two engines' tables row by row, identical after ordering.

Floats are equal within `ABS_TOL`: the marts publish measures rounded to 6 decimals and euros to 2
(macros round_measure, round_euros) from exact decimal sums, so the engines agree to the published
digit; one unit of the 6th decimal is left for a half-way value rounded from a quotient whose last
digits differ (Spark keeps 6 decimals in a decimal division, DuckDB divides as double). Instants are
compared in UTC, decimals as floats.
"""

from __future__ import annotations

import math
from datetime import datetime, timezone
from decimal import Decimal

ABS_TOL = 1e-6
SORT_PLACES = 3  # floats in the sort key: coarser than the tolerance, so near-equal rows sort alike


def normalised(value):
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc).replace(tzinfo=None)
    if isinstance(value, Decimal):
        return float(value)
    return value


def _sort_key(row: tuple) -> tuple:
    return tuple((v is None, round(v, SORT_PLACES) if isinstance(v, float) else v) for v in row)


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=ABS_TOL) or (math.isnan(a) and math.isnan(b))
    return a == b


def table_difference(table: str, columns: list[str], left: list[tuple], right: list[tuple],
                     names: tuple[str, str] = ("duckdb", "spark")) -> str | None:
    """None when `left` and `right` hold the same rows in any order, else what differs first."""
    if len(left) != len(right):
        return f"{table}: {len(left)} rows on {names[0]}, {len(right)} on {names[1]}"
    left = sorted((tuple(normalised(v) for v in row) for row in left), key=_sort_key)
    right = sorted((tuple(normalised(v) for v in row) for row in right), key=_sort_key)
    for index, (a, b) in enumerate(zip(left, right, strict=True)):
        if not all(_same(x, y) for x, y in zip(a, b, strict=True)):
            differing = [c for c, x, y in zip(columns, a, b, strict=True) if not _same(x, y)]
            return (f"{table}: sorted row {index} differs in {differing}\n"
                    f"  {names[0]}: {dict(zip(columns, a, strict=True))}\n"
                    f"  {names[1]}: {dict(zip(columns, b, strict=True))}")
    return None
