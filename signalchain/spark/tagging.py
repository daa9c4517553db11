"""The classifier over Spark tables: the same artifact and the same `ml.predict.tag_texts` as the local
night (ml/incremental.py), fanned out over Spark's partitions with `mapInPandas`.

Each Python worker loads the versioned artifact itself, from the model directory, through
`ModelDirectory.load`: the scikit-learn compatibility check of the local path, and its cache, so a
worker that Spark reuses for the next task (`spark.python.worker.reuse`, on by default) loads it once.
The task closure holds only the directory, the version and the threshold: a few bytes per task, and
the driver never reads the artifact. The alternative, a broadcast of the artifact's bytes, would make
the driver read and hold it and still leave each worker to unpickle it; it would spare only a shared
path. On a cluster that path must be one every executor reads at the same place: a Unity Catalog
volume or `/dbfs/...` on Databricks, an EFS or other shared mount on EMR (docs/SPARK.md).

Spark is the parallelism: every task tags its partition in one thread (`tag_texts(..., n_jobs=1)`),
one Arrow batch of `CHUNK_SIZE` texts at a time, the chunk the local path featurises at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from ml.predict import CHUNK_SIZE, tag_texts
from ml.store import ModelDirectory
from ml.survey_context import complaints
from ml.tag_table import TAGS_TABLE, ensure_tags_table
from ml.taxonomy import UNKNOWN
from ml.warehouse import TEXTS_TABLE
from signalchain.settings import MIN_CONFIDENCE, SPARK_FILE_FORMAT

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

SURVEY_CONTEXT = {"survey_type": "string", "score": "double"}  # a survey comment's context (int_contact_texts)
ARROW_CONF = {
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.sql.execution.arrow.maxRecordsPerBatch": str(CHUNK_SIZE),  # one batch is one chunk of tag_texts
}


def tag_table_schema() -> StructType:
    """The Spark schema of `ml.contact_signal_tags`: the table ml/tag_table.py creates from its one
    definition, created in an in-memory DuckDB and read back through Arrow (varchar -> string,
    double -> double, timestamptz -> timestamp)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    with duckdb.connect() as con:
        ensure_tags_table(con)
        return from_arrow_schema(con.sql(f"SELECT * FROM {TAGS_TABLE}").to_arrow_table().schema)


def _tagger(models_path: str, model_version: str, min_confidence: float | None, tagged_at: datetime,
            columns: list[str]) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """The function each Spark task runs over its partition's Arrow batches."""

    def tag(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            if batch.empty:
                continue
            model = ModelDirectory(models_path).load(model_version)[0]  # loaded at the first text, then cached
            no_other = complaints(batch["survey_type"].tolist(), batch["score"].tolist())
            tags = tag_texts(model, batch["text"].tolist(), model.min_confidence_in_force(min_confidence),
                             n_jobs=1, no_other=no_other)
            yield tags.assign(contact_id=batch["contact_id"].to_numpy(), text_hash=batch["text_hash"].to_numpy(),
                              model_version=model_version, tagged_at=pd.Timestamp(tagged_at))[columns]

    return tag


def tag_on_spark(texts: DataFrame, models_path: str, model_version: str, min_confidence: float | None = None,
                 tagged_at: datetime | None = None) -> DataFrame:
    """Rows of `ml.contact_signal_tags` for `texts` (contact_id, text, and a survey comment's survey_type
    and score when the table has them), tagged by `model_version` of the model directory `models_path`.

    The threshold is `min_confidence`, else the operator's `MIN_CONFIDENCE` setting read here on the
    driver (executors do not share its environment), else the model's own: SignalModel.min_confidence_in_force.
    text_hash is md5 of the text, as ml.warehouse.pending_texts computes it."""
    from pyspark.sql import functions as F

    override = MIN_CONFIDENCE.optional_number() if min_confidence is None else min_confidence
    schema = tag_table_schema()

    for key, value in ARROW_CONF.items():
        texts.sparkSession.conf.set(key, value)
    for name, data_type in SURVEY_CONTEXT.items():
        if name not in texts.columns:
            texts = texts.withColumn(name, F.lit(None).cast(data_type))
    texts = texts.select("contact_id", "text", F.md5("text").alias("text_hash"), *SURVEY_CONTEXT)
    tagged_at = tagged_at or datetime.now(timezone.utc)
    return texts.mapInPandas(_tagger(models_path, model_version, override, tagged_at, schema.fieldNames()), schema)


PENDING_SQL = """
    SELECT contact_id, text, survey_type, score FROM (
        SELECT t.contact_id, t.text, t.survey_type, t.score,
               row_number() OVER (PARTITION BY t.contact_id ORDER BY t.text) AS nth
        FROM {texts} t
        LEFT JOIN (SELECT contact_id, model_version, text_hash,
                          row_number() OVER (PARTITION BY contact_id ORDER BY tagged_at DESC) AS recency
                   FROM {tags}) g
            ON g.contact_id = t.contact_id AND g.recency = 1 AND g.model_version = :version
               AND g.text_hash = md5(t.text)
        WHERE g.contact_id IS NULL AND t.text IS NOT NULL AND trim(t.text) <> ''
    ) WHERE nth = 1"""


def ensure_tags_table_on_spark(spark: SparkSession, tags_table: str = TAGS_TABLE) -> None:
    """Create the schema and the empty tag table when absent, in the table format of the dbt models
    (the `SPARK_FILE_FORMAT` setting), as dbt's on-run-start hook would."""
    if not spark.catalog.tableExists(tags_table):
        spark.sql(f"CREATE SCHEMA IF NOT EXISTS {tags_table.rsplit('.', 1)[0]}")
        spark.catalog.createTable(tags_table, source=SPARK_FILE_FORMAT.value(), schema=tag_table_schema())


def _append_tags(spark: SparkSession, pending: DataFrame, models_path: str, version: str,
                 min_confidence: float | None, tags_table: str) -> dict[str, int]:
    """Tag `pending`, append the tags, and count the signals of the rows appended (read back, not tagged
    twice): this run's rows are those with its `tagged_at`. Nothing pending: no worker loads the model,
    and asking first whether anything is pending would compute the pending texts twice."""
    from pyspark.sql import functions as F

    tagged_at = datetime.now(timezone.utc)
    tags = tag_on_spark(pending, models_path, version, min_confidence, tagged_at)
    tags.select(spark.table(tags_table).columns).write.insertInto(tags_table)  # by name, in the table's order
    written = spark.table(tags_table).where((F.col("model_version") == version) & (F.col("tagged_at") == tagged_at))
    return {row["signal_id"]: row["count"] for row in written.groupBy("signal_id").count().collect()}


def tag_pending_on_spark(spark: SparkSession, models_path: str, texts_table: str = TEXTS_TABLE,
                         tags_table: str = TAGS_TABLE, min_confidence: float | None = None) -> dict:
    """The night's tagging on Spark: the contacts of `texts_table` without a tag from the model in use
    for exactly their text (the rule of ml.warehouse.pending_texts), tagged and appended to
    `tags_table`; counts as ml.incremental.tag_pending returns them, and the model version.

    Appended, not replaced as locally: a plain Spark table has no DELETE. A contact's latest tag is
    its tag, as dbt's stg_ml__contact_signal_tags reads it, so the pending rule compares the text with
    that latest tag; `table_rows` counts earlier tags too."""
    ensure_tags_table_on_spark(spark, tags_table)
    version = ModelDirectory(models_path).current_version()
    signals: dict[str, int] = {}
    if version is not None:
        pending = spark.sql(PENDING_SQL.format(texts=texts_table, tags=tags_table), args={"version": version})
        signals = _append_tags(spark, pending, models_path, version, min_confidence, tags_table)
    return {"model_version": version, "tagged_now": sum(signals.values()), "unknown_now": signals.get(UNKNOWN, 0),
            "table_rows": spark.table(tags_table).count(),
            "signals_now": dict(sorted(signals.items(), key=lambda item: -item[1]))}
