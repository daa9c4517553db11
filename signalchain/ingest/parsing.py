"""SQL that turns the text columns of one incoming file into typed contract columns.

The typing happens in DuckDB in bulk: one SELECT yields, per row, the typed values and
`_reason`, which is NULL for a good row and otherwise says every problem of the row
(empty id, bad timestamp, a value that cannot be true, ...) for the quarantine table. Numbers take
a decimal point or a Dutch decimal comma, with thousands separators when both marks appear
(`1.234,50`, `1,234.50`) or one appears twice, and an optional euro sign; an integer column rounds
a decimal value (Excel writes a duration of 61.5 seconds as `61,5`). A number DuckDB reads as it
is (no comma, no euro sign, at most one point) is read so, without the patterns: they would leave it
unchanged.
"""

from __future__ import annotations

from signalchain.ingest.contracts import DERIVED_KEYS, Column, Source
from signalchain.ingest.plausibility import Bounds, event_time_problem, nulled_value, score_problem, warnings
from signalchain.seeds import read_seed

OFFSET_AT_END = r"\d:\d{2}(:\d{2}(\.\d+)?)? ?(Z|[+-]\d{2}(:?\d{2})?)$"  # a time, then its UTC offset

MACROS = r"""
CREATE OR REPLACE TEMP MACRO sc_text(v) AS nullif(trim(v), '');
CREATE OR REPLACE TEMP MACRO sc_timestamp(v) AS CASE
    WHEN sc_text(v) IS NULL THEN NULL
    WHEN regexp_matches(trim(v), '^\d{1,2}-\d{1,2}-\d{4}') THEN timezone('Europe/Amsterdam',
        try_strptime(trim(v), ['%d-%m-%Y %H:%M', '%d-%m-%Y %H:%M:%S', '%d-%m-%Y']))
    WHEN regexp_matches(trim(v), '{offset_at_end}') THEN try_cast(trim(v) AS TIMESTAMPTZ)
    ELSE timezone('Europe/Amsterdam', try_cast(trim(v) AS TIMESTAMP))
END;
CREATE OR REPLACE TEMP MACRO sc_date(v) AS CASE
    WHEN sc_text(v) IS NULL THEN NULL
    WHEN regexp_matches(trim(v), '^\d{1,2}-\d{1,2}-\d{4}$') THEN try_strptime(trim(v), '%d-%m-%Y')::DATE
    WHEN regexp_matches(trim(v), '^\d{4}-\d{2}-\d{2}$') THEN try_cast(trim(v) AS DATE)
    ELSE timezone('Europe/Amsterdam', sc_timestamp(v))::DATE
END;
CREATE OR REPLACE TEMP MACRO sc_decimal_text(v) AS CASE
    WHEN regexp_matches(v, '^-?\d{1,3}(\.\d{3})+,\d+$|^-?\d{1,3}(\.\d{3}){2,}$')
        THEN replace(replace(v, '.', ''), ',', '.')
    WHEN regexp_matches(v, '^-?\d{1,3}(,\d{3})+\.\d+$|^-?\d{1,3}(,\d{3}){2,}$')
        THEN replace(v, ',', '')
    ELSE replace(v, ',', '.') END;
CREATE OR REPLACE TEMP MACRO sc_number(v) AS coalesce(try_cast(trim(v) AS DOUBLE),
    try_cast(sc_decimal_text(regexp_replace(trim(v), '^€\s*|\s*€$', '')) AS DOUBLE));
CREATE OR REPLACE TEMP MACRO sc_integer(v) AS round(sc_number(v))::BIGINT;
CREATE OR REPLACE TEMP MACRO sc_boolean(v) AS CASE
    WHEN lower(trim(v)) IN ('true', 't', 'ja', 'j', 'yes', 'y', '1', 'waar') THEN true
    WHEN lower(trim(v)) IN ('false', 'f', 'nee', 'n', 'no', '0', 'onwaar') THEN false END;
CREATE OR REPLACE TEMP MACRO sc_survey_type(v) AS CASE
    WHEN upper(trim(v)) IN ('NPS', 'CSAT', 'CES') THEN upper(trim(v)) END;
""".replace("{offset_at_end}", OFFSET_AT_END)

_PARSERS = {
    "id": "sc_text({v})",
    "signal": "sc_text({v})",
    "text": "{v}",
    "timestamp": "sc_timestamp({v})",
    "date": "sc_date({v})",
    "integer": "sc_integer({v})",
    "number": "sc_number({v})",
    "boolean": "sc_boolean({v})",
    "survey_type": "sc_survey_type({v})",
}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def typed_expression(column: Column, present: set[str]) -> str:
    """The typed value of a column; absent or empty columns fall back to their default."""
    if column.name not in present:
        source = _literal(column.default) if column.default else "NULL"
    elif column.default:
        source = f"coalesce(sc_text({_quote(column.name)}), {_literal(column.default)})"
    else:
        source = _quote(column.name)
    text_source = f"nullif({source}, '')" if column.kind == "text" else source
    return f"{_PARSERS[column.kind].format(v=text_source)}::{column.sql_type}"


def _raw(column: Column) -> str:
    return _quote("__raw_" + column.name)


def _problems(column: Column, present: set[str]) -> list[str]:
    """SQL (over the parsed values) that is a reason text when a value is wrong, else NULL."""
    if column.name not in present:
        return []
    raw, typed = _raw(column), _quote(column.name)
    problems = []
    if column.required:
        problems.append(f"CASE WHEN sc_text({raw}) IS NULL THEN 'empty {column.name}' END")
    if column.kind == "signal":
        problems.append(_unknown_signal_problem(typed))
    if column.kind not in ("id", "signal", "text"):
        shown = f"left(trim({raw}), 60)"
        problems.append(
            f"CASE WHEN {typed} IS NULL AND sc_text({raw}) IS NOT NULL "
            f"THEN 'bad {column.kind} in {column.name}: ''' || {shown} || '''' END")
    return problems


def _unknown_signal_problem(typed: str) -> str:
    """A signal the taxonomy does not know: training and the action effect would silently ignore it."""
    known = ", ".join(_literal(str(row["signal_id"])) for row in read_seed("signals"))
    reason = "'unknown signal_id ''' || left({v}, 60) || ''' (not in the taxonomy, seeds/signals.csv)'"
    return f"CASE WHEN {typed} IS NOT NULL AND {typed} NOT IN ({known}) THEN {reason.format(v=typed)} END"


def typed_select(source: Source, present: set[str], bounds: Bounds, relation: str = "incoming") -> str:
    """SELECT the contract columns, typed, with `_line`, `_reason` and `_warnings` from a text relation.

    The inner query parses every value once; the outer one says what did not parse or cannot be
    true (plausibility.py), and nulls what a null-and-flag rule rejects.
    """
    values = [f"{typed_expression(c, present)} AS {_quote(c.name)}" for c in source.columns]
    raws = [f"{_quote(c.name)} AS {_raw(c)}" for c in source.columns if c.name in present]
    problems = [p for c in source.columns for p in _problems(c, present)]
    problems += [p for c in source.columns if c.name in present for p in event_time_problem(c, bounds)]
    problems += score_problem(source, present)
    reason = f"nullif(concat_ws('; ', {', '.join(problems)}), '')" if problems else "NULL"
    stored = ", ".join(f"{nulled_value(c)} AS {_quote(c.name)}" for c in source.columns)
    return (f"SELECT {stored}, _line, _row, {reason} AS _reason, {warnings(source, present)} AS _warnings "
            f"FROM (SELECT {', '.join(values + raws)}, _line, _row FROM {relation})")


def key_expression(source: Source) -> str:
    return DERIVED_KEYS.get(source.name, _quote(source.key))


def row_hash_expression(source: Source) -> str:
    """md5 over every typed value: two rows with the same hash are exact duplicates."""
    parts = [f"coalesce({_hashed_text(c)}, chr(0))" for c in source.columns]
    return f"md5(concat_ws(chr(31), {', '.join(parts)}))"


def _hashed_text(column: Column) -> str:
    """The value as the row hash reads it, the same on every machine. A cast writes a timestamp in the
    session's time zone, which is the machine's: the same row re-delivered to a server in another
    zone would hash differently and be stored again. So a timestamp is written in UTC, as the cast
    writes it on a UTC machine (warehouses loaded there keep their hashes)."""
    if column.sql_type == "TIMESTAMPTZ":
        return f"CAST(timezone('UTC', {_quote(column.name)}) AS VARCHAR) || '+00'"
    return f"CAST({_quote(column.name)} AS VARCHAR)"
