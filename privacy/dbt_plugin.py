"""dbt-duckdb plugin: registers `redact_pii` and `pseudonymise` on every dbt connection.

Both are vectorised Arrow UDFs (DuckDB hands them a batch of up to 2,048 values at a time) that
call the ml library, so SQL and Python redact and pseudonymise identically. Enabled in
dbt_project/profiles.yml with `plugins: [{module: privacy.dbt_plugin}]`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyarrow as pa
from dbt.adapters.duckdb.plugins import BasePlugin
from dbt.adapters.events.logging import AdapterLogger
from duckdb import DuckDBPyConnection
from duckdb.sqltypes import VARCHAR

from privacy.pseudonymise import pseudonym_key, pseudonymise
from privacy.redaction import redact_many
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

    def pseudonymise(self, customer_ids: pa.Array) -> pa.Array:
        return _map_non_null(customer_ids, lambda ids: [pseudonymise(i, self._key) for i in ids])

    def configure_connection(self, conn: DuckDBPyConnection) -> None:
        for name, function in (("redact_pii", self.redact_pii), ("pseudonymise", self.pseudonymise)):
            conn.create_function(name, function, [VARCHAR], VARCHAR, type="arrow",
                                 null_handling="special", side_effects=False)
