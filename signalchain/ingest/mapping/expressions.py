"""SQL that turns an export's columns into the contract's text columns, per a folder mapping.

The result has the contract's column names and stays text, so the ingest types, checks and
quarantines mapped rows exactly as files in contract format. A timestamp in a declared format
becomes an ISO instant in UTC here; a value no format reads is passed on unchanged, so the
quarantine shows it. Rows a filter leaves out carry the reason in `_excluded`.
"""

from __future__ import annotations

from signalchain.ingest.contracts import SOURCES, Column
from signalchain.ingest.mapping.config import ColumnRule, Filter, FolderMapping
from signalchain.ingest.parsing import OFFSET_AT_END

_NAMED = {
    "rfc2822": ["%a, %d %b %Y %H:%M:%S %z", "%d %b %Y %H:%M:%S %z", "%a, %d %b %Y %H:%M %z"],
    "month_first": ["%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p",
                    "%m/%d/%Y", "%m/%d/%y"],
    "day_first": ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M",
                  "%d-%m-%Y", "%d.%m.%Y %H:%M", "%d.%m.%Y"],
}
_UTC_TEXT = "strftime(timezone('UTC', {v}), '%Y-%m-%dT%H:%M:%S') || 'Z'"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _instant(raw: str, time_format: str, timezone: str, as_date: bool) -> str:
    """SQL for one format: the instant as UTC ISO text (a date as yyyy-mm-dd), NULL when it does not fit."""
    if time_format in ("epoch_seconds", "epoch_milliseconds"):
        scale = 1000 if time_format == "epoch_milliseconds" else 1
        instant = f"to_timestamp(try_cast(trim({raw}) AS DOUBLE) / {scale})"
    elif time_format == "iso":
        instant = (f"CASE WHEN regexp_matches(trim({raw}), {_literal(OFFSET_AT_END)}) "
                   f"THEN try_cast(trim({raw}) AS TIMESTAMPTZ) "
                   f"ELSE timezone({_literal(timezone)}, try_cast(trim({raw}) AS TIMESTAMP)) END")
    elif time_format in _NAMED:
        return "coalesce(" + ", ".join(_instant(raw, f, timezone, as_date) for f in _NAMED[time_format]) + ")"
    else:
        parsed = f"try_strptime(trim({raw}), {_literal(time_format)})"
        if as_date:
            return f"strftime({parsed}, '%Y-%m-%d')"
        instant = parsed if "%z" in time_format else f"timezone({_literal(timezone)}, {parsed})"
    if as_date:
        return f"strftime(timezone({_literal(timezone)}, {instant}), '%Y-%m-%d')"
    return _UTC_TEXT.format(v=instant)


def _value(column: Column, rule: ColumnRule | None, mapping: FolderMapping, present: set[str],
           id_suffix: str = "") -> str:
    """SQL for one contract column; `id_suffix` makes the ids of a melted row's responses unique."""
    if rule is None:
        value = _quote(column.name) if column.name in present else "NULL"
    elif rule.constant is not None:
        return f"{_literal(rule.constant)} AS {_quote(column.name)}"
    elif len(rule.columns) > 1:
        parts = ", ".join(f"nullif(trim({_quote(c)}), '')" for c in rule.columns)
        value = f"nullif(concat_ws({_literal(rule.separator)}, {parts}), '')"
    else:
        value = _quote(rule.columns[0])
    if id_suffix and column.kind == "id" and column.name == SOURCES[mapping.source].key:
        value = f"{value} || {_literal(id_suffix)}"
    if rule is not None and rule.derived_key:
        value = f"'derived:' || nullif(lower(trim({value})), '')"
    formats = [rule.time_format] if rule is not None and rule.time_format else list(mapping.time_formats)
    if column.kind in ("timestamp", "date") and formats and value != "NULL":
        read = ", ".join(_instant(value, f, mapping.timezone, column.kind == "date") for f in formats)
        value = f"coalesce({read}, {value})"
    return f"{value} AS {_quote(column.name)}"


def _test(rule: Filter, index: int, mapping: FolderMapping) -> str:
    value = f"lower(trim(coalesce({_quote(rule.column)}, '')))"
    options = ", ".join(_literal(v.lower()) for v in rule.values)
    keeps = {
        "equals": f"{value} IN ({options})", "in": f"{value} IN ({options})",
        "not_equals": f"{value} NOT IN ({options})", "not_in": f"{value} NOT IN ({options})",
        "matches": " OR ".join(f"regexp_matches(coalesce({_quote(rule.column)}, ''), {_literal(v)})"
                               for v in rule.values),
        "not_matches": " AND ".join(f"NOT regexp_matches(coalesce({_quote(rule.column)}, ''), {_literal(v)})"
                                    for v in rule.values),
    }[rule.test]
    reason = _literal(f"left out by {mapping.where}.filters[{index}] ({rule.column} {rule.test} "
                      f"{', '.join(rule.values)})")
    return f"CASE WHEN NOT ({keeps}) THEN {reason} END"


def mapped_select(mapping: FolderMapping, present: set[str], relation: str) -> str:
    """SELECT the contract's columns as text, `_line`, `_row` (unique) and `_excluded` from an export."""
    source = SOURCES[mapping.source]
    excluded = [_test(f, i, mapping) for i, f in enumerate(mapping.filters)]
    parts = [(None, None)] if mapping.melt is None else list(mapping.melt.scores)
    selects = []
    for part, (score_column, survey_type) in enumerate(parts):
        values = []
        for column in source.columns:
            rule = mapping.columns.get(column.name)
            if survey_type and column.name == "score":
                rule = ColumnRule(columns=(score_column,))
            if survey_type and column.name == "survey_type":
                rule = ColumnRule(constant=survey_type)
            values.append(_value(column, rule, mapping, present, f":{survey_type}" if survey_type else ""))
        reasons = excluded + ([f"CASE WHEN nullif(trim({_quote(score_column)}), '') IS NULL "
                               f"THEN 'no answer in {score_column}' END"] if survey_type else [])
        reason = f"nullif(concat_ws('; ', {', '.join(reasons)}), '')" if reasons else "NULL::VARCHAR"
        selects.append(f"SELECT {', '.join(values)}, _line, {part} AS _part, {reason} AS _excluded FROM {relation}")
    unioned = " UNION ALL ".join(selects)
    return f"SELECT *, row_number() OVER (ORDER BY _line, _part) AS _row FROM ({unioned})"
