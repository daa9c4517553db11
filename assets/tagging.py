"""The classifier in the pipeline: train a candidate, gate it, promote it, tag, queue for review.

    stg_raw__labels, stg_raw__calls, stg_raw__surveys, int_contact_labels (and the contacts surveys
    follow) -> ml/signal_classifier --[blocking check: quality gate]--> ml/model_in_use
    int_contact_texts, ml/model_in_use -> ml/contact_signal_tags -> ml/review_queue (<- stg_raw__customers:
    the customer id pattern its redaction masks)

The logic lives in `ml/`; these assets only connect it to the warehouse and the model store.
"""

from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetExecutionContext,
    AssetKey,
    Failure,
    MaterializeResult,
    MetadataValue,
    TableColumn,
    TableRecord,
    TableSchema,
    asset,
    asset_check,
)
from dagster_duckdb import DuckDBResource

from ml.gate import quality_gate
from ml.incremental import tag_pending
from ml.review import review_queue as build_review_queue
from ml.store import ModelDirectory
from ml.taxonomy import load_taxonomy
from ml.tag_table import ensure_tags_table
from ml.warehouse import least_certain, pending_texts, replace_review_queue, training_frames
from orchestration.resources import ModelStore, PublishDir
from privacy.customer_ids import customer_id_pattern_in
from signalchain.publish import write_csv

GROUP = "ml"
CLASSIFIER = AssetKey(["ml", "signal_classifier"])
MODEL_IN_USE = AssetKey(["ml", "model_in_use"])
TAGS = AssetKey(["ml", "contact_signal_tags"])
REVIEW_QUEUE = AssetKey(["ml", "review_queue"])
CONTACT_TEXTS = AssetKey(["int_contact_texts"])
REVIEW_FILE = "review_queue.csv"

_PER_SIGNAL_SCHEMA = TableSchema(columns=[
    TableColumn("signal_id"), TableColumn("precision", "float"), TableColumn("recall", "float"),
    TableColumn("f1", "float"), TableColumn("support", "int")])


def _gate(models: ModelStore):
    store = ModelDirectory(models.path)
    candidate = store.latest_candidate()
    if candidate is None:
        return None, None
    current = store.current_metadata()
    if current and current["version"] == candidate:
        current = None  # the candidate is already in use: compare against nothing but the floor
    return candidate, quality_gate(store.metadata(candidate), current, models.gate_floor(), models.gate_max_drop())


@asset(key=CLASSIFIER, group_name=GROUP, kinds={"scikitlearn"},
       deps=[AssetKey(name) for name in ("stg_raw__labels", "stg_raw__calls", "stg_raw__surveys",
                                         "int_contacts_unioned", "int_contact_references_resolved",
                                         "int_contact_labels")],
       description="A candidate signal classifier trained on the hand labels, the built-in no-signal corpus "
                   "(as `other`), call notes whose wrap-up code names one signal and survey comments read "
                   "with their score, evaluated on a stratified 20% hold-out. Stored as a candidate; it is "
                   "used only after the quality gate passes.")
def signal_classifier(context: AssetExecutionContext, duckdb: DuckDBResource, models: ModelStore) -> MaterializeResult:
    with duckdb.get_connection() as con:
        frames = training_frames(con)
    from ml.train import train_from_frames  # lazily: scikit-learn is loaded by the job that trains, not at start-up

    model, metadata = train_from_frames(frames, load_taxonomy(), models.min_confidence)
    path = ModelDirectory(models.path).add_candidate(model, metadata)
    metrics = metadata["metrics"]
    context.log.info(f"candidate {metadata['version']}: macro-F1 {metrics['macro_f1']}, accuracy {metrics['accuracy']}")
    by_origin = metrics.get("by_origin", {})
    hand = {"macro_f1_hand_labels": by_origin["label"]["macro_f1"]} if "label" in by_origin else {}
    return MaterializeResult(metadata={
        "version": metadata["version"],
        "path": MetadataValue.path(str(path)),
        "macro_f1": metrics["macro_f1"],
        **hand,
        "macro_f1_by_origin": MetadataValue.json(by_origin),
        "accuracy": metrics["accuracy"],
        "expected_calibration_error": metrics["expected_calibration_error"],
        "min_confidence": metrics["min_confidence"],
        "coverage_at_min_confidence": metrics["coverage"],
        "abstention": MetadataValue.json(metadata["abstention"]),
        "n_train": metadata["n_train"],
        "n_test": metadata["n_test"],
        "per_signal": MetadataValue.table([TableRecord(row) for row in metrics["per_signal"]], _PER_SIGNAL_SCHEMA),
        "most_confused": MetadataValue.json(metrics["most_confused"]),
        "label_counts": MetadataValue.json(metadata["label_counts"]),
        "origin_counts": MetadataValue.json(metadata["origin_counts"]),
        "secondary_signal": MetadataValue.json(metadata["secondary_signal"]),
    })


@asset_check(asset=CLASSIFIER, name="quality_gate", blocking=True,
             description="Hold-out macro-F1 at least the floor and at most the allowed drop below the model "
                         "in use. Blocking: on failure the candidate is not promoted and the model in use stays.")
def quality_gate_check(models: ModelStore) -> AssetCheckResult:
    candidate, gate = _gate(models)
    if gate is None:
        return AssetCheckResult(passed=False, severity=AssetCheckSeverity.ERROR,
                                metadata={"reason": "no candidate has been trained"})
    return AssetCheckResult(passed=gate.passed, severity=AssetCheckSeverity.ERROR, metadata={
        "candidate": candidate, "candidate_macro_f1": gate.candidate_macro_f1,
        "in_use_macro_f1": gate.current_macro_f1 if gate.current_macro_f1 is not None else "none",
        "reasons": MetadataValue.json(gate.reasons)})


@asset(key=MODEL_IN_USE, group_name=GROUP, deps=[CLASSIFIER],
       description="Promotes the candidate that passed the quality gate to the model in use "
                   "(`current.json` in the model store).")
def model_in_use(context: AssetExecutionContext, models: ModelStore) -> MaterializeResult:
    candidate, gate = _gate(models)
    if gate is None or not gate.passed:
        raise Failure(f"candidate {candidate} did not pass the quality gate: "
                      f"{'; '.join(gate.reasons) if gate else 'no candidate'}")
    store = ModelDirectory(models.path)
    previous = store.current_version()
    store.promote(candidate)
    context.log.info(f"model in use: {candidate} (was {previous})")
    return MaterializeResult(metadata={"version": candidate, "previous_version": previous or "none",
                                       "macro_f1": gate.candidate_macro_f1})


@asset(key=TAGS, group_name=GROUP, kinds={"duckdb"}, deps=[CONTACT_TEXTS, MODEL_IN_USE],
       description="`ml.contact_signal_tags`: signal, confidence, journey step and secondary signal per "
                   "contact text, from the model in use. Incremental: only contacts without a tag from "
                   "that model version are tagged.")
def contact_signal_tags(context: AssetExecutionContext, duckdb: DuckDBResource, models: ModelStore) -> MaterializeResult:
    store = ModelDirectory(models.path)
    version = store.current_version()
    with duckdb.get_connection() as con:
        ensure_tags_table(con)
        if version is None:
            context.log.warning("no model in use yet: created an empty ml.contact_signal_tags")
            return MaterializeResult(metadata={"model_version": "none", "tagged_now": 0,
                                               "note": "no model in use yet; nothing tagged"})
        pending = pending_texts(con, version)
        model = store.load(version)[0] if pending.num_rows else None  # a night with nothing new loads no model
        min_confidence = models.confidence_threshold(model) if model else None
        counts = tag_pending(con, pending, model, version, min_confidence, model_dir=store.candidate_dir(version))
    context.log.info(f"tagged {counts['tagged_now']:,} contacts with model {version}")
    return MaterializeResult(metadata={
        "model_version": version, "min_confidence": min_confidence if model else "not loaded: nothing to tag",
        "tagged_now": counts["tagged_now"], "unknown_now": counts["unknown_now"],
        "table_rows": counts["table_rows"], "signals_now": MetadataValue.json(counts["signals_now"])})


@asset(key=REVIEW_QUEUE, group_name=GROUP, kinds={"duckdb", "csv"},
       deps=[TAGS, AssetKey("stg_raw__customers")],
       description="The texts the model in use is least certain about, with its top suggestions: "
                   "`ml.review_queue` and review_queue.csv in the publish directory, for labelling.")
def review_queue(context: AssetExecutionContext, duckdb: DuckDBResource, models: ModelStore,
                 publish: PublishDir) -> MaterializeResult:
    loaded = ModelDirectory(models.path).load_current()
    if loaded is None:
        return MaterializeResult(metadata={"rows": 0, "note": "no model in use yet"})
    model, metadata = loaded
    with duckdb.get_connection() as con:
        ensure_tags_table(con)
        queue = build_review_queue(model, least_certain(con, metadata["version"], models.review_queue_size),
                                   metadata["version"], customer_id_pattern_in(con))
        replace_review_queue(con, queue)
    path = publish.file(REVIEW_FILE)
    write_csv(queue, path)
    return MaterializeResult(metadata={"rows": len(queue), "path": MetadataValue.path(str(path)),
                                       "model_version": metadata["version"]})


tagging_assets = [signal_classifier, model_in_use, contact_signal_tags, review_queue]
tagging_checks = [quality_gate_check]
TRAINING_KEYS = [CLASSIFIER, MODEL_IN_USE]
