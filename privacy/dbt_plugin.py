"""dbt-duckdb plugin: registers the privacy functions on every dbt connection.

- `pseudonymise(customer_id)`: the keyed hash behind customer_key.
- `redact_pii(text)`: personal data in free text replaced by placeholders.
- `redact_pii_with_ids(text, customer_id_pattern)`: the same, and also every customer id that
  matches the pattern (DuckDB allows one signature per Python function, hence the second name).
- `customer_id_pattern(ids)`: the pattern inferred from a list of customer ids; called once per
  build over the customers (macro `inferred_customer_id_pattern`).

All are vectorised Arrow UDFs (DuckDB hands them a batch of up to 2,048 values at a time) that
call the privacy library (privacy/batches.py), so SQL and Python redact and pseudonymise identically. Enabled in
dbt_project/profiles.yml with `plugins: [{module: privacy.dbt_plugin}]`.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
from dbt.adapters.duckdb.plugins import BasePlugin
from dbt.adapters.events.logging import AdapterLogger
from duckdb import DuckDBPyConnection, list_type
from duckdb.sqltypes import VARCHAR

from privacy.batches import id_patterns_batch, pseudonymise_batch, redact_batch, redact_batch_with_ids
from privacy.pseudonymise import pseudonym_key
from signalchain.settings import PSEUDONYM_KEY

logger = AdapterLogger("signalchain")


def _strings(values: list[str | None]) -> pa.Array:
    return pa.array(values, type=pa.string())


class Plugin(BasePlugin):
    def initialize(self, plugin_config: dict[str, Any]) -> None:
        self._key, is_development_key = pseudonym_key()
        if is_development_key:
            logger.warning(
                f"pseudonymise() uses the development key: set {PSEUDONYM_KEY.variable} "
                "for real customer data, then rebuild with `dbt build --full-refresh`"
            )

    def redact_pii(self, texts: pa.Array) -> pa.Array:
        return _strings(redact_batch(texts.to_pylist()))

    def redact_pii_with_ids(self, texts: pa.Array, patterns: pa.Array) -> pa.Array:
        return _strings(redact_batch_with_ids(texts.to_pylist(), patterns.to_pylist()))

    def customer_id_pattern(self, id_lists: pa.Array) -> pa.Array:
        return _strings(id_patterns_batch(id_lists.to_pylist()))

    def pseudonymise(self, customer_ids: pa.Array) -> pa.Array:
        return _strings(pseudonymise_batch(customer_ids.to_pylist(), self._key))

    def configure_connection(self, conn: DuckDBPyConnection) -> None:
        functions = (("redact_pii", self.redact_pii, [VARCHAR]),
                     ("redact_pii_with_ids", self.redact_pii_with_ids, [VARCHAR, VARCHAR]),
                     ("customer_id_pattern", self.customer_id_pattern, [list_type(VARCHAR)]),
                     ("pseudonymise", self.pseudonymise, [VARCHAR]))
        for name, function, parameters in functions:
            conn.create_function(name, function, parameters, VARCHAR, type="arrow",
                                 null_handling="special", side_effects=False)
