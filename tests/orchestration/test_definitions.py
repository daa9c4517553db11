"""The code location loads, and its job, schedule and graph are what `dagster dev` shows."""

from dagster import AssetKey

from orchestration.definitions import defs
from signalchain.ingest.contracts import SOURCES


def _graph():
    return defs.resolve_asset_graph()


def test_definitions_load_with_an_ingest_asset_per_source():
    keys = {spec.key for spec in defs.resolve_all_asset_specs()}
    assert {AssetKey(["raw", name]) for name in SOURCES} <= keys


def test_nightly_job_runs_in_process_at_two_in_amsterdam():
    job = defs.resolve_job_def("nightly")
    assert job.executor_def.name == "in_process"
    schedule = defs.resolve_schedule_def("nightly_schedule")
    assert (schedule.cron_schedule, schedule.execution_timezone) == ("0 2 * * *", "Europe/Amsterdam")


def test_every_ingest_asset_has_a_blocking_reconciliation_check():
    checks = {key for key in _graph().asset_check_keys if key.name == "rows_reconcile"}
    assert {c.asset_key for c in checks} == {AssetKey(["raw", name]) for name in SOURCES}


def _ancestors(key: AssetKey) -> set[AssetKey]:
    graph, seen, todo = _graph(), set(), [key]
    while todo:
        for parent in graph.get(todo.pop()).parent_keys:
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def test_one_connected_graph_from_landing_to_metrics():
    chain = [AssetKey(["raw", "mails"]), AssetKey("stg_raw__mails"), AssetKey("int_contact_texts"),
             AssetKey(["ml", "model_in_use"]), AssetKey(["ml", "contact_signal_tags"]), AssetKey("fct_contacts")]
    assert set(chain) <= _ancestors(AssetKey("mart_action_effect"))
    assert {AssetKey(["raw", "calls"]), AssetKey(["raw", "surveys"])} <= _ancestors(AssetKey("mart_signal_impact"))


def test_training_has_its_own_job_and_the_night_tags_with_the_model_in_use():
    nightly = defs.resolve_job_def("nightly").asset_layer.selected_asset_keys
    training = defs.resolve_job_def("train_classifier").asset_layer.selected_asset_keys
    assert AssetKey(["ml", "contact_signal_tags"]) in nightly
    assert not {AssetKey(["ml", "signal_classifier"]), AssetKey(["ml", "model_in_use"])} & nightly
    assert {AssetKey(["ml", "signal_classifier"]), AssetKey(["ml", "model_in_use"]),
            AssetKey(["raw", "labels"])} <= training


GROUP_ORDER = ["seeds", "raw", "staging", "intermediate", "ml", "placement", "marts", "metrics", "route_b", "publication"]


def test_asset_groups_read_in_the_order_data_flows():
    """Every dependency between groups points forward, so the group graph has no cycle and reads
    left to right: raw -> staging -> intermediate -> ml -> placement -> marts -> metrics -> publication."""
    specs = list(defs.resolve_all_asset_specs())
    group = {spec.key: spec.group_name for spec in specs}
    assert set(group.values()) == set(GROUP_ORDER)
    crossings = {(group[dep.asset_key], group[spec.key]) for spec in specs for dep in spec.deps
                 if group[dep.asset_key] != group[spec.key]}
    backwards = {(a, b) for a, b in crossings if GROUP_ORDER.index(a) > GROUP_ORDER.index(b)}
    assert not backwards
    assert ("intermediate", "ml") in crossings and ("ml", "placement") in crossings and ("marts", "metrics") in crossings \
        and ("metrics", "publication") in crossings
    assert ("metrics", "route_b") in crossings and ("route_b", "publication") in crossings


def test_route_b_is_no_island():
    """Employee submissions reach the feedback through route A's impact and effect, and the publication."""
    feedback = _ancestors(AssetKey(["route_b", "feedback_drafts"]))
    assert {AssetKey(["raw", "submissions"]), AssetKey(["raw", "submission_events"]), AssetKey("mart_signal_impact"),
            AssetKey("mart_action_effect"), AssetKey("mart_submissions")} <= feedback
    assert {AssetKey("mart_submissions"), AssetKey("mart_action_business_case"),
            AssetKey("mart_issue_register")} <= _ancestors(AssetKey("bi_publication"))
