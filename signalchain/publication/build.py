"""Build the BI database from the warehouse's `marts`: the documented tables only, published types,
dbt's descriptions as comments, the keys the blocking tests prove, the named views, and the two
tables that say which night it is (`published`, `published_checks`).

A key is declared only when it holds on tonight's rows (a foreign key whose test only warns may
have orphans); the keys left out are returned, so the asset can show them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from signalchain.publication.catalog import PUBLISHED_SCHEMA, Table
from signalchain.publication.manifest import NightFacts, record_night
from signalchain.publication.types import is_published, published_type, select_expression
from signalchain.publication.views import named_views, view_name

WAREHOUSE_ALIAS = "warehouse"


@dataclass
class Built:
    tables: dict[str, int] = field(default_factory=dict)  # table -> rows
    views: list[str] = field(default_factory=list)
    view_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # view -> the key of its fact
    keys_left_out: list[str] = field(default_factory=list)


def build_database(warehouse: Path, target: Path, catalog: dict[str, Table], night: NightFacts) -> Built:
    """Write the publication of `warehouse` to the new file `target`."""
    built = Built()
    with duckdb.connect(str(target)) as con:
        con.execute(f"ATTACH '{warehouse}' AS {WAREHOUSE_ALIAS} (READ_ONLY)")
        con.execute(f"CREATE SCHEMA {PUBLISHED_SCHEMA}")
        columns = _warehouse_columns(con, catalog)
        primary_keys = {}
        for name in _referenced_first(catalog, columns):
            table = catalog[name]
            primary_keys[name] = _holding_primary_key(con, table, built)
            foreign_keys = [fk for fk in table.foreign_keys if fk.table in columns
                            and primary_keys.get(fk.table) == (fk.field,) and _holds(con, name, fk, built)]
            _create_table(con, name, columns[name], primary_keys[name], foreign_keys)
            built.tables[name] = con.execute(f'SELECT count(*) FROM {PUBLISHED_SCHEMA}."{name}"').fetchone()[0]
            _comment(con, table, [column for column, _ in columns[name]])
        views = named_views({name: [column for column, _ in cols] for name, cols in columns.items()}, primary_keys)
        fact_keys = {view_name(table): key for table, key in primary_keys.items()}
        for view, select in views.items():
            con.execute(f'CREATE VIEW {PUBLISHED_SCHEMA}."{view}" AS {select}')
            built.views.append(view)
            built.view_keys[view] = fact_keys.get(view, ())
        con.execute(f"DETACH {WAREHOUSE_ALIAS}")
        record_night(con, night, built.tables)
        con.execute("CHECKPOINT")
    return built


def _create_table(con: duckdb.DuckDBPyConnection, name: str, columns: list[tuple[str, str]],
                  primary_key: tuple[str, ...], foreign_keys: list) -> None:
    """The table with its rows in key order. The primary key is added once the rows are in: DuckDB
    builds the index of a loaded table in one pass, several times faster than row by row (a million
    contacts: 0.4 s against 1.3 s). Foreign keys can only be declared when the table is created."""
    definitions = [f'"{column}" {published_type(column, data_type)}' for column, data_type in columns]
    definitions += [f'FOREIGN KEY ("{fk.column}") REFERENCES {PUBLISHED_SCHEMA}."{fk.table}" ("{fk.field}")'
                    for fk in foreign_keys]
    con.execute(f'CREATE TABLE {PUBLISHED_SCHEMA}."{name}" ({", ".join(definitions)})')
    expressions = ", ".join(select_expression(column, data_type) for column, data_type in columns)
    order = f" ORDER BY {_column_list(primary_key) if primary_key else 'ALL'}"
    con.execute(f'INSERT INTO {PUBLISHED_SCHEMA}."{name}" SELECT {expressions} '
                f'FROM {WAREHOUSE_ALIAS}.{PUBLISHED_SCHEMA}."{name}"{order}')
    if primary_key:
        con.execute(f'ALTER TABLE {PUBLISHED_SCHEMA}."{name}" ADD PRIMARY KEY ({_column_list(primary_key)})')


def export_order(built: Built, name: str) -> str:
    """The ORDER BY that gives a table's or view's Parquet file the same rows in the same order every
    night. A table keeps its insertion order (rows in key order); a view's joins do not, so it is
    sorted: by its fact's key, which names one row because every join is to a dimension's key, and
    by all its columns only when the fact has no key."""
    if name not in built.views:
        return ""
    key = built.view_keys.get(name)
    return f" ORDER BY {_column_list(key) if key else 'ALL'}"


def _warehouse_columns(con: duckdb.DuckDBPyConnection, catalog: dict[str, Table]) -> dict[str, list[tuple[str, str]]]:
    """Published table -> its published columns and warehouse types, for the documented tables that exist."""
    rows = con.execute("""
        SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_catalog = ? AND table_schema = ? ORDER BY table_name, ordinal_position""",
                       [WAREHOUSE_ALIAS, PUBLISHED_SCHEMA]).fetchall()
    columns: dict[str, list[tuple[str, str]]] = {}
    for table, column, data_type in rows:
        if table in catalog and is_published(column):
            columns.setdefault(table, []).append((column, data_type))
    return columns


def _referenced_first(catalog: dict[str, Table], columns: dict) -> list[str]:
    """The tables to create, each after the tables its foreign keys reference."""
    ordered: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in ordered or name in path or name not in columns:
            return
        for fk in catalog[name].foreign_keys:
            visit(fk.table, path + (name,))
        ordered.append(name)

    for name in sorted(columns):
        visit(name, ())
    return ordered


def _column_list(columns) -> str:
    return ", ".join(f'"{column}"' for column in columns)


def _holding_primary_key(con, table: Table, built: Built) -> tuple[str, ...]:
    if not table.primary_key:
        return ()
    key = _column_list(table.primary_key)
    nulls = " OR ".join(f'"{column}" IS NULL' for column in table.primary_key)
    duplicates, with_nulls = con.execute(f"""
        SELECT (SELECT count(*) FROM (SELECT {key} FROM {WAREHOUSE_ALIAS}.{PUBLISHED_SCHEMA}."{table.name}"
                                      GROUP BY ALL HAVING count(*) > 1)),
               (SELECT count(*) FROM {WAREHOUSE_ALIAS}.{PUBLISHED_SCHEMA}."{table.name}" WHERE {nulls})""").fetchone()
    if duplicates or with_nulls:
        built.keys_left_out.append(f"{table.name} primary key ({key}): {duplicates} duplicated, {with_nulls} null")
        return ()
    return table.primary_key


def _holds(con, name: str, fk, built: Built) -> bool:
    orphans = con.execute(f"""
        SELECT count(*) FROM {WAREHOUSE_ALIAS}.{PUBLISHED_SCHEMA}."{name}" f
        WHERE f."{fk.column}" IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM {WAREHOUSE_ALIAS}.{PUBLISHED_SCHEMA}."{fk.table}" d WHERE d."{fk.field}" = f."{fk.column}")
    """).fetchone()[0]
    if orphans:
        built.keys_left_out.append(f"{name}.{fk.column} -> {fk.table}.{fk.field}: {orphans} rows without a match")
    return not orphans


def _comment(con: duckdb.DuckDBPyConnection, table: Table, columns: list[str]) -> None:
    if table.description:
        con.execute(f'COMMENT ON TABLE {PUBLISHED_SCHEMA}."{table.name}" IS {_literal(table.description)}')
    for column in columns:
        if table.columns.get(column):
            con.execute(f'COMMENT ON COLUMN {PUBLISHED_SCHEMA}."{table.name}"."{column}" IS '
                        f'{_literal(table.columns[column])}')


def _literal(text: str) -> str:
    return "'" + " ".join(text.split()).replace("'", "''") + "'"
