"""Validation helpers of the landing configuration: each error names the file and the key."""

from __future__ import annotations

import re

# The strftime directives DuckDB's strptime reads, plus the named formats of timestamps.formats.
_DIRECTIVES = set("aAbBcdefgGHIjmMpSuUVwWxXyYzZ%")
NAMED_FORMATS = {"iso", "epoch_seconds", "epoch_milliseconds", "rfc2822", "month_first", "day_first"}


class MappingError(ValueError):
    """The landing configuration is invalid; the message says where and why."""


def check_keys(entry: dict, allowed: set[str], where: str) -> None:
    if not isinstance(entry, dict):
        raise MappingError(f"{where}: expected a mapping")
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise MappingError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")


def check_time_format(time_format: str, where: str) -> None:
    if time_format in NAMED_FORMATS:
        return
    directives = re.findall(r"%(.)", time_format)
    bad = [d for d in directives if d not in _DIRECTIVES]
    if not directives or bad:
        raise MappingError(f"{where}: '{time_format}' is no time format: expected one of "
                           f"{', '.join(sorted(NAMED_FORMATS))} or a strftime pattern such as '%d/%m/%Y %H:%M'"
                           + (f" (unknown directive(s): {', '.join('%' + d for d in bad)})" if bad else ""))
