"""dbt-duckdb plugin: registers the privacy functions on every dbt connection.

- `pseudonymise(customer_id)`: the keyed hash behind customer_key.
- `redact_pii(text)`: personal data in free text replaced by placeholders.
- `redact_pii_with_ids(text, customer_id_pattern)`: the same, and also every customer id that
  matches the pattern (DuckDB allows one signature per Python function, hence the second name).
- `customer_id_pattern(ids)`: the pattern inferred from a list of customer ids; called once per
  build over the customers (macro `inferred_customer_id_pattern`).

All are vectorised Arrow UDFs (DuckDB hands them a batch of up to 2,048 values at a time) that
call the privacy library, so SQL and Python redact and pseudonymise identically. Enabled in
dbt_project/profiles.yml with `plugins: [{module: privacy.dbt_plugin}]`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from dbt.adapters.duckdb.plugins import BasePlugin
from dbt.adapters.events.logging import AdapterLogger
from duckdb import DuckDBPyConnection, list_type
from duckdb.sqltypes import VARCHAR

from privacy.customer_ids import infer_customer_id_pattern
from privacy.pseudonymise import pseudonym_key, pseudonymise
from privacy.redaction import redact_many, redact_pii
from signalchain.settings import PSEUDONYM_KEY

logger = AdapterLogger("signalchain")


def _map_non_null(values: pa.Array | pa.ChunkedArray, transform: Callable[[list[str]], list[str]]) -> pa.Array:
    """Apply `transform` to the non-null values of a batch, keeping nulls where they were."""
    items = values.to_pylist()
    present = [i for i, value in enumerate(items) if value is not None]
    for i, result in zip(present, transform([items[i] for i in present]), strict=True):
        items[i] = result
    return pa.array(items, type=pa.string())


class Plugin(BasePlugin):
    def initialize(self, plugin_config: dict[str, Any]) -> None:
        self._key, is_development_key = pseudonym_key()
        if is_development_key:
            logger.warning(
                f"pseudonymise() uses the development key: set {PSEUDONYM_KEY.variable} "
                "for real customer data, then rebuild with `dbt build --full-refresh`"
            )

    def redact_pii(self, texts: pa.Array) -> pa.Array:
        return _map_non_null(texts, redact_many)

    def redact_pii_with_ids(self, texts: pa.Array, patterns: pa.Array) -> pa.Array:
        """The pattern is one value for the whole column (a scalar subquery), so a batch is
        redacted in one call; a batch with several patterns is split by pattern."""
        distinct = pc.unique(patterns).to_pylist()
        if len(distinct) == 1:
            return _map_non_null(texts, lambda batch: redact_many(batch, distinct[0]))
        return pa.array([redact_pii(t, p) for t, p in zip(texts.to_pylist(), patterns.to_pylist())], pa.string())

    def customer_id_pattern(self, id_lists: pa.Array) -> pa.Array:
        return pa.array([None if ids is None else infer_customer_id_pattern(ids) for ids in id_lists.to_pylist()],
                        pa.string())

    def pseudonymise(self, customer_ids: pa.Array) -> pa.Array:
        return _map_non_null(customer_ids, lambda ids: [pseudonymise(i, self._key) for i in ids])

    def configure_connection(self, conn: DuckDBPyConnection) -> None:
        functions = (("redact_pii", self.redact_pii, [VARCHAR]),
                     ("redact_pii_with_ids", self.redact_pii_with_ids, [VARCHAR, VARCHAR]),
                     ("customer_id_pattern", self.customer_id_pattern, [list_type(VARCHAR)]),
                     ("pseudonymise", self.pseudonymise, [VARCHAR]))
        for name, function, parameters in functions:
            conn.create_function(name, function, parameters, VARCHAR, type="arrow",
                                 null_handling="special", side_effects=False)
