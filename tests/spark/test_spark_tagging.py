"""Tagging on Spark gives the local tags: the same artifact and the same tag_texts, over several partitions
and Python workers, and the night's step on Spark tags what the DuckDB night tags, once."""

import hashlib
import os
import shutil
import sys
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

pytestmark = [pytest.mark.spark, pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas")]
pytest.importorskip("pyspark")
if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs a Java runtime", allow_module_level=True)

from cli.files import read_folder  # noqa: E402
from demo import generate  # noqa: E402
from ml.incremental import tag_new_contacts  # noqa: E402
from ml.predict import tag_texts  # noqa: E402
from ml.store import CURRENT, ModelDirectory  # noqa: E402
from ml.survey_context import complaints  # noqa: E402
from ml.tag_table import TAG_COLUMNS, TAGS_TABLE, ensure_tags_table  # noqa: E402
from ml.warehouse import TEXTS_TABLE  # noqa: E402
from signalchain.spark.tagging import tag_on_spark, tag_pending_on_spark, tag_table_schema  # noqa: E402
from tests.ml.conftest import taxonomy, trained  # noqa: E402,F401  the ml tests' small trained model

SOURCES = {"calls": ("call_id", "notes"), "mails": ("mail_id", "body"), "complaints": ("complaint_id", "text"),
           "surveys": ("response_id", "comment")}
SPARK_TEXTS, SPARK_TAGS = "tagging_test_intermediate.int_contact_texts", "tagging_test_ml.contact_signal_tags"
PARTITIONS = 4


@pytest.fixture(scope="session")
def spark(tmp_path_factory):
    """One local session for the test process, left running: a later module's getOrCreate finds it."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers run this environment's Python
    from pyspark.sql import SparkSession

    return (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.warehouse.dir", str(tmp_path_factory.mktemp("spark_warehouse")))
            .getOrCreate())


@pytest.fixture(scope="module")
def models(trained, tmp_path_factory) -> tuple[str, str]:
    """(model directory, version in use) holding the trained model."""
    model, metadata = trained
    store = ModelDirectory(tmp_path_factory.mktemp("models"))
    store.add_candidate(model, metadata)
    store.promote(metadata["version"])
    return str(store.root), metadata["version"]


@pytest.fixture(scope="module")
def contacts(tmp_path_factory) -> pd.DataFrame:
    """int_contact_texts over demo calls, Dutch and English mails, complaints and survey comments, one blank."""
    landing = tmp_path_factory.mktemp("landing")
    generate(customers=400, days=60, seed=4, out=landing)
    frames = []
    for folder, (key, text) in SOURCES.items():
        rows = read_folder(landing / folder)
        frames.append(pd.DataFrame({"contact_id": folder + "-" + rows[key], "text": rows[text],
                                    "survey_type": rows.get("survey_type"),
                                    "score": pd.to_numeric(rows["score"]) if "score" in rows else np.nan}))
    texts = pd.concat(frames, ignore_index=True).dropna(subset=["text"]).drop_duplicates("contact_id")
    texts = texts.reset_index(drop=True)  # staging keeps one row per contact, as here the first
    texts.loc[0, "text"] = "  "
    return texts.astype({"survey_type": object, "text": object})


def _publish_texts(spark, texts: pd.DataFrame) -> None:
    """`texts` as the Spark table of int_contact_texts; the schemas of both test tables created."""
    for table in (SPARK_TEXTS, SPARK_TAGS):
        spark.sql(f"CREATE SCHEMA IF NOT EXISTS {table.split('.')[0]}")
    spark.createDataFrame(texts).write.mode("overwrite").saveAsTable(SPARK_TEXTS)


def _same_tags(spark_tags: pd.DataFrame, local: pd.DataFrame) -> None:
    both = local.merge(spark_tags, on="contact_id", suffixes=("_local", "_spark"), validate="one_to_one")
    assert len(both) == len(local) == len(spark_tags)
    for column in ("signal_id", "journey_step_id", "secondary_signal_id"):
        assert (both[f"{column}_local"].fillna("-") == both[f"{column}_spark"].fillna("-")).all(), column
    for column in ("signal_confidence", "journey_step_confidence"):
        local_values, spark_values = both[f"{column}_local"].astype(float), both[f"{column}_spark"].astype(float)
        assert (local_values.isna() == spark_values.isna()).all(), column
        assert np.allclose(local_values.dropna(), spark_values.dropna(), rtol=0, atol=1e-12), column


def test_tag_on_spark_gives_every_text_the_tags_of_tag_texts(spark, models, contacts):
    path, version = models
    model = ModelDirectory(path).load(version)[0]
    no_other = complaints(contacts["survey_type"].tolist(), contacts["score"].tolist())
    local = tag_texts(model, contacts["text"].tolist(), model.min_confidence_in_force(), no_other=no_other)
    assert local["signal_id"].nunique() >= 8 and no_other.any() and local["secondary_signal_id"].notna().any()

    frame = spark.createDataFrame(contacts).repartition(PARTITIONS)
    assert frame.rdd.getNumPartitions() == PARTITIONS
    tagged = tag_on_spark(frame, path, version)
    assert tagged.schema == tag_table_schema() and tuple(tagged.columns) == TAG_COLUMNS
    rows = tagged.toPandas()
    _same_tags(rows, local.assign(contact_id=contacts["contact_id"].to_numpy()))
    hashes = dict(zip(contacts["contact_id"], (hashlib.md5(t.encode()).hexdigest() for t in contacts["text"])))
    assert (rows["text_hash"] == rows["contact_id"].map(hashes)).all()
    assert set(rows["model_version"]) == {version} and rows["tagged_at"].nunique() == 1


def test_the_night_on_spark_tags_what_the_local_night_tags_once_and_a_changed_text_again(spark, models, contacts,
                                                                                           tmp_path):
    """Into a tag table whose columns stand in another order, as a table copied from DuckDB may. The second
    night has nothing to tag and loads no model."""
    from pyspark.sql.types import StructType

    path, version = models
    con = duckdb.connect()
    con.execute(f"CREATE SCHEMA {TEXTS_TABLE.split('.')[0]}")
    con.execute(f"CREATE TABLE {TEXTS_TABLE} AS SELECT * FROM contacts")
    model = ModelDirectory(path).load(version)[0]
    local_counts = tag_new_contacts(con, model, version, model.min_confidence_in_force())
    local = con.sql(f"SELECT * FROM {TAGS_TABLE}").df()

    _publish_texts(spark, contacts)
    spark.catalog.createTable(SPARK_TAGS, schema=StructType(tag_table_schema().fields[::-1]))
    first = tag_pending_on_spark(spark, path, SPARK_TEXTS, SPARK_TAGS)
    tags = spark.table(SPARK_TAGS).toPandas()
    _same_tags(tags, local)
    assert (tags.sort_values("contact_id")["text_hash"].to_numpy()
            == local.sort_values("contact_id")["text_hash"].to_numpy()).all()
    assert {k: first[k] for k in local_counts} == local_counts

    without_artifact = tmp_path / "pointer_only"  # the model in use named, its artifact absent: loading it fails
    without_artifact.mkdir()
    shutil.copy(Path(path) / CURRENT, without_artifact)
    second = tag_pending_on_spark(spark, str(without_artifact), SPARK_TEXTS, SPARK_TAGS)
    assert second["tagged_now"] == 0 and second["table_rows"] == first["table_rows"] == len(local)

    contact, text = contacts["contact_id"].iloc[1], "twee keer afgeschreven"
    _publish_texts(spark, contacts.assign(text=contacts["text"].where(contacts["contact_id"] != contact, text)))
    again = tag_pending_on_spark(spark, path, SPARK_TEXTS, SPARK_TAGS)
    assert again["tagged_now"] == 1 and again["signals_now"] == {"double_debit": 1}
    latest = spark.table(SPARK_TAGS).where(f"contact_id = '{contact}'").orderBy("tagged_at").toPandas().iloc[-1]
    assert latest["signal_id"] == "double_debit" and latest["text_hash"] == hashlib.md5(text.encode()).hexdigest()


def test_without_a_model_in_use_the_night_creates_the_tag_table_and_tags_nothing(spark, tmp_path):
    table = f"{SPARK_TAGS}_created"
    counts = tag_pending_on_spark(spark, str(tmp_path / "models"), SPARK_TEXTS, table)
    assert counts == {"model_version": None, "tagged_now": 0, "unknown_now": 0, "table_rows": 0, "signals_now": {}}
    assert spark.table(table).schema == tag_table_schema()


def test_publishing_the_warehouse_again_keeps_the_tags_written_on_spark(spark, tmp_path):
    """Each Spark night copies the raw tables again; the tag table only while Spark has none."""
    from signalchain.ingest.tables import ensure_raw_schema
    from signalchain.spark.raw import publish_raw

    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        ensure_raw_schema(con)
        ensure_tags_table(con)
        con.execute(f"INSERT INTO {TAGS_TABLE} (contact_id, signal_id, model_version) VALUES ('call-1', 'other', 'v1')")
    assert publish_raw(warehouse, spark)["ml.contact_signal_tags"] == 1
    spark.sql("INSERT INTO ml.contact_signal_tags (contact_id, signal_id, model_version) "
              "VALUES ('call-2', 'double_debit', 'v2')")
    copied = publish_raw(warehouse, spark)
    assert "ml.contact_signal_tags" not in copied and "raw.calls" in copied
    assert sorted(r.contact_id for r in spark.table("ml.contact_signal_tags").collect()) == ["call-1", "call-2"]
