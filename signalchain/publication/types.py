"""The published type of each column: one type per kind of number, whatever the model computed it in.

Money is DECIMAL(18,2) everywhere (a euro column is one whose name has the word `eur`); a count
(a name with contacts, customers, responses, rows or files, and no rate word such as pct, share,
rate or per_1000) is a BIGINT, rounded where the model estimates it (contacts saved); HUGEINT,
which several BI drivers cannot read, becomes BIGINT. Columns that begin with `_` are the
warehouse's lineage (row hashes, load times) and are not published.
"""

from __future__ import annotations

import re

MONEY = "DECIMAL(18,2)"
COUNT = "BIGINT"
_MONEY_WORDS = {"eur"}
_COUNT_WORDS = {"contacts", "customers", "responses", "rows", "files"}
_RATE_WORDS = {"pct", "share", "rate", "ratio"}
_PER_NUMBER = re.compile(r"_per_\d+")
_INTEGER_TYPES = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
                  "UBIGINT"}
_NUMBER_TYPES = {"FLOAT", "DOUBLE", "REAL"} | _INTEGER_TYPES


def is_published(column: str) -> bool:
    return not column.startswith("_")


def is_money(column: str) -> bool:
    return bool(_MONEY_WORDS & set(column.lower().split("_")))


def is_count(column: str) -> bool:
    words = set(column.lower().split("_"))
    return bool(_COUNT_WORDS & words) and not (_RATE_WORDS & words) and not _PER_NUMBER.search(column.lower())


def _is_number(data_type: str) -> bool:
    return data_type.upper() in _NUMBER_TYPES or data_type.upper().startswith("DECIMAL")


def published_type(column: str, data_type: str) -> str:
    """The column's type in the publication, given its type in the warehouse."""
    if _is_number(data_type) and is_money(column):
        return MONEY
    if _is_number(data_type) and is_count(column):
        return COUNT
    if data_type.upper() in ("HUGEINT", "UBIGINT") or re.fullmatch(r"DECIMAL\(\d+,\s*0\)", data_type.upper()):
        return COUNT
    return data_type


def select_expression(column: str, data_type: str) -> str:
    """The SELECT expression that reads the warehouse column as its published type."""
    target = published_type(column, data_type)
    quoted = f'"{column}"'
    if target == data_type:
        return quoted
    if target == COUNT and data_type.upper() not in _INTEGER_TYPES:
        return f"CAST(round({quoted}) AS {COUNT}) AS {quoted}"
    return f"CAST({quoted} AS {target}) AS {quoted}"
