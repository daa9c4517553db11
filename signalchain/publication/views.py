"""Views with the names joined, for the common questions: every fact and mart joined to the
dimensions it references, so a BI user sees "Factuur onduidelijk" next to `invoice_unclear`
without writing a join.

The joins follow from the keys, not from a list: a column of a fact or mart that is the one-column
primary key of a `dim_` table joins that dimension (left join, so no row is lost). The dimension's
other columns come in prefixed with its entity (`dim_journey_steps.name_nl` -> `journey_step_name_nl`),
except those the fact has already and the keys of other dimensions. `fct_contacts` becomes `v_contacts`, `mart_signal_impact`
`v_signal_impact`.
"""

from __future__ import annotations

from dataclasses import dataclass

DIMENSION_PREFIX = "dim_"
VIEW_PREFIX = "v_"
_FACT_PREFIXES = ("fct_", "mart_")


@dataclass(frozen=True)
class Dimension:
    table: str
    key: str
    columns: tuple[str, ...]

    @property
    def entity(self) -> str:
        """dim_journey_steps -> journey_step"""
        name = self.table.removeprefix(DIMENSION_PREFIX)
        return name[:-1] if name.endswith("s") else name

    def published_name(self, column: str) -> str:
        """The column prefixed with the entity, the words they share said once (step_order ->
        journey_step_order, signal_id stays signal_id)."""
        entity, words = self.entity.split("_"), column.split("_")
        for overlap in range(min(len(entity), len(words)), 0, -1):
            if entity[-overlap:] == words[:overlap]:
                return "_".join(entity[:-overlap] + words)
        return "_".join(entity + words)


def view_name(table: str) -> str:
    for prefix in _FACT_PREFIXES:
        if table.startswith(prefix):
            return VIEW_PREFIX + table.removeprefix(prefix)
    return VIEW_PREFIX + table


def named_views(tables: dict[str, list[str]], primary_keys: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """View name -> its SELECT, for every fact or mart that references a dimension.

    `tables` maps each published table to its columns in order; `primary_keys` each table to its key."""
    dimensions = [Dimension(table, primary_keys[table][0], tuple(columns))
                  for table, columns in sorted(tables.items())
                  if table.startswith(DIMENSION_PREFIX) and len(primary_keys.get(table, ())) == 1]
    views = {}
    for table, columns in sorted(tables.items()):
        if not table.startswith(_FACT_PREFIXES):
            continue
        joined = [dimension for dimension in dimensions if dimension.key in columns]
        if not joined:
            continue
        select = [f'f."{column}"' for column in columns]
        taken = set(columns)
        keys = {dimension.key for dimension in dimensions}
        joins = []
        for alias, dimension in enumerate(joined):
            for column in dimension.columns:
                name = dimension.published_name(column)
                if column not in keys and name not in taken:
                    select.append(f'd{alias}."{column}" AS "{name}"')
                    taken.add(name)
            joins.append(f'LEFT JOIN marts."{dimension.table}" d{alias} ON d{alias}."{dimension.key}" = '
                         f'f."{dimension.key}"')
        views[view_name(table)] = (f"SELECT {', '.join(select)}\nFROM marts.\"{table}\" f\n" + "\n".join(joins))
    return views
