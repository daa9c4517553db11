"""What dbt knows about the published tables, read from its manifest: which tables there are, their
table and column descriptions, and the keys their blocking tests prove.

The manifest is the allowlist: only relations dbt documents in the `marts` schema are published, so
a table someone adds to the warehouse by hand never reaches BI. Keys come from the tests: `unique`
+ `not_null` on a column, or `unique_combination` over columns that each have `not_null`, is a
candidate primary key; `relationships` is a foreign key. build.py declares a key only when it
holds on the night's rows, so a test that only warns can still give one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

PUBLISHED_SCHEMA = "marts"


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str  # the referenced published table
    field: str


@dataclass
class Table:
    name: str
    description: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # column -> description
    primary_key: tuple[str, ...] = ()
    foreign_keys: list[ForeignKey] = field(default_factory=list)


def read_catalog(manifest_path: Path) -> dict[str, Table]:
    """Published table name -> what dbt says about it."""
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
    relations = {unique_id: node for unique_id, node in {**manifest["nodes"], **manifest["sources"]}.items()
                 if node["resource_type"] in ("model", "source") and node["schema"] == PUBLISHED_SCHEMA}
    tables = {unique_id: Table(_relation_name(node), (node.get("description") or "").strip(),
                               {name: (column.get("description") or "").strip()
                                for name, column in node.get("columns", {}).items()})
              for unique_id, node in relations.items()}
    _add_keys(tables, [node for node in manifest["nodes"].values() if node["resource_type"] == "test"])
    return {table.name: table for table in tables.values()}


def _relation_name(node: dict) -> str:
    return node.get("identifier") or node.get("alias") or node["name"]


def _add_keys(tables: dict[str, Table], tests: list[dict]) -> None:
    generic = [test for test in tests if test.get("test_metadata") and test.get("attached_node") in tables]
    kinds: dict[tuple[str, str], set[str]] = {}
    for test in generic:
        kinds.setdefault((test["attached_node"], test.get("column_name") or ""), set()).add(
            test["test_metadata"]["name"])
    not_null = {key for key, names in kinds.items() if "not_null" in names}
    candidates: dict[str, list[tuple[str, ...]]] = {}
    for test in sorted(generic, key=lambda t: t["unique_id"]):
        node, name, kwargs = test["attached_node"], test["test_metadata"]["name"], test["test_metadata"]["kwargs"]
        if name == "unique" and (node, test["column_name"]) in not_null:
            candidates.setdefault(node, []).append((test["column_name"],))
        elif name == "unique_combination" and all((node, column) in not_null for column in kwargs["combination"]):
            candidates.setdefault(node, []).append(tuple(kwargs["combination"]))
        elif name == "relationships":
            targets = [target for target in test["depends_on"]["nodes"] if target != node]
            if len(targets) == 1 and targets[0] in tables:
                tables[node].foreign_keys.append(ForeignKey(test["column_name"], tables[targets[0]].name,
                                                            kwargs["field"]))
    for node, keys in candidates.items():
        table = tables[node]
        table.primary_key = _natural_key(keys, {fk.column for fk in table.foreign_keys}, list(table.columns))


def _natural_key(keys: list[tuple[str, ...]], referencing: set[str], order: list[str]) -> tuple[str, ...]:
    """Of the tested keys the one made of the fewest columns, then the most references to dimensions
    (signal_id + month rather than month + rank), then the one documented first."""
    def position(column: str) -> int:
        return order.index(column) if column in order else len(order)

    return min(keys, key=lambda key: (len(key), -len(referencing & set(key)), [position(c) for c in key], key))
