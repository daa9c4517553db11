"""The jobs, in process (the multiprocess executor costs ~2.5 s a step here).

Training has its own job because its quality gate is blocking: a failed gate must stop the
promotion of the candidate, not the night's ingest, marts and metrics, which then go on with
the model in use.
"""

from dagster import AssetSelection, define_asset_job, in_process_executor

from assets.tagging import TRAINING_KEYS

_training = AssetSelection.assets(*TRAINING_KEYS)

nightly_job = define_asset_job(
    name="nightly",
    selection=AssetSelection.all() - _training,
    executor_def=in_process_executor,
    description="Ingest the landing zone, build the dbt models, tag texts with the model in use, compute the "
                "metrics. Everything but training.",
)

train_job = define_asset_job(
    name="train_classifier",
    selection=_training.upstream(),
    executor_def=in_process_executor,
    description="Ingest labels and calls, train a candidate classifier, and promote it only when its "
                "blocking quality gate passes.",
)
