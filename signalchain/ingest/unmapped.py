"""Values of an export that no seed maps: channels outside channels.csv and channel_aliases.csv, codes
and categories outside wrap_up_codes.csv. The dry run lists them per file; the night counts them
per source in `marts.mart_unmapped_values` (the same rule, in dbt)."""

from __future__ import annotations

import duckdb

from signalchain.ingest.contracts import SOURCES
from signalchain.seeds import read_seed
from signalchain.warehouse import run

CHANNEL_COLUMNS = ("channel",)
CODE_COLUMNS = ("wrap_up_code", "category")


def known_values() -> dict[str, set[str]]:
    """The channel values (lower case) and codes (upper case) the seeds map."""
    channels = {r["channel"] for r in read_seed("channels")} | {r["alias"] for r in read_seed("channel_aliases")}
    return {"channel": channels, "code": {r["wrap_up_code"] for r in read_seed("wrap_up_codes")}}


def unmapped_values(con: duckdb.DuckDBPyConnection, source: str, file_hash: str) -> list[tuple[str, str, int]]:
    """(column, value, rows) for the values of one loaded file that no seed maps, most rows first."""
    known = known_values()
    names = {c.name for c in SOURCES[source].columns}
    found = []
    for column in names & {*CHANNEL_COLUMNS, *CODE_COLUMNS}:
        kind, case = ("channel", "lower") if column in CHANNEL_COLUMNS else ("code", "upper")
        counted = run(con, f"""SELECT {case}(trim("{column}")) AS value, count(*) FROM {SOURCES[source].table}
            WHERE _file_hash = ? AND nullif(trim("{column}"), '') IS NOT NULL GROUP BY 1""", [file_hash])
        found += [(column, value, n) for value, n in counted if value not in known[kind]]
    return sorted(found, key=lambda item: (-item[2], item[0], item[1]))
