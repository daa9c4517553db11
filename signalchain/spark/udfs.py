"""The privacy UDFs on a Spark session: `pseudonymise`, `redact_pii`, `redact_pii_with_ids` and
`customer_id_pattern`, the names and signatures the models call (privacy/dbt_plugin.py on DuckDB).

Pandas UDFs: Spark hands each a batch of rows through Arrow, and each calls the same batch functions
as the DuckDB plugin (privacy/batches.py), so both engines pseudonymise and redact identically. The
pseudonym key is read once, on the driver, and shipped with the function to the executors.

On a cluster (target `spark`) dbt cannot register Python functions: run `register_udfs(spark)` in
the session the Thrift server or the Databricks cluster serves (docs/SPARK.md).
"""

from __future__ import annotations

import logging

import pandas as pd
from pyspark.sql import SparkSession
from pyspark.sql.functions import pandas_udf

from privacy.batches import id_patterns_batch, pseudonymise_batch, redact_batch, redact_batch_with_ids
from privacy.pseudonymise import pseudonym_key
from signalchain.settings import PSEUDONYM_KEY

logger = logging.getLogger(__name__)


def _values(series: pd.Series) -> list:
    return [None if pd.isna(value) else value for value in series.astype(object)]


def _lists(series: pd.Series) -> list:
    return [None if value is None else list(value) for value in series.astype(object)]


def register_udfs(spark: SparkSession) -> None:
    """Register the four functions on `spark` as temporary functions, visible to its SQL."""
    key, is_development_key = pseudonym_key()
    if is_development_key:
        logger.warning("pseudonymise() uses the development key: set %s for real customer data",
                       PSEUDONYM_KEY.variable)

    @pandas_udf("string")
    def pseudonymise(customer_ids: pd.Series) -> pd.Series:
        return pd.Series(pseudonymise_batch(_values(customer_ids), key), dtype=object)

    @pandas_udf("string")
    def redact_pii(texts: pd.Series) -> pd.Series:
        return pd.Series(redact_batch(_values(texts)), dtype=object)

    @pandas_udf("string")
    def redact_pii_with_ids(texts: pd.Series, patterns: pd.Series) -> pd.Series:
        return pd.Series(redact_batch_with_ids(_values(texts), _values(patterns)), dtype=object)

    @pandas_udf("string")
    def customer_id_pattern(id_lists: pd.Series) -> pd.Series:
        return pd.Series(id_patterns_batch(_lists(id_lists)), dtype=object)

    for function in (pseudonymise, redact_pii, redact_pii_with_ids, customer_id_pattern):
        spark.udf.register(function.__name__, function)
