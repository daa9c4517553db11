"""The dbt project as Dagster assets: keys, groups, checks, and the split around the tagging asset."""

from dagster import AssetKey, Definitions, asset, define_asset_job, in_process_executor

from assets.dbt import dbt_assets_defs, dbt_resource, signalchain_dbt_assets

TAGS = AssetKey(["ml", "contact_signal_tags"])


def _specs():
    return {spec.key: spec for spec in signalchain_dbt_assets.specs}


def test_models_are_keyed_by_name_and_grouped_by_folder():
    specs = _specs()
    assert specs[AssetKey("stg_raw__calls")].group_name == "staging"
    assert specs[AssetKey("int_contact_texts")].group_name == "intermediate"
    assert specs[AssetKey("fct_contacts")].group_name == "marts"
    assert specs[AssetKey("journey_steps")].group_name == "seeds"


def test_sources_link_to_the_ingest_and_tagging_assets():
    specs = _specs()
    assert {dep.asset_key for dep in specs[AssetKey("stg_raw__calls")].deps} == {AssetKey(["raw", "calls"])}
    assert {dep.asset_key for dep in specs[AssetKey("stg_ml__contact_signal_tags")].deps} == {TAGS}


def test_dbt_tests_are_asset_checks():
    checks = {(key.asset_key, key.name) for key in signalchain_dbt_assets.check_keys}
    assert (AssetKey("fct_contacts"), "unique_fct_contacts_contact_id") in checks
    assert (AssetKey("mart_journey_step_coverage"), "journey_step_coverage_meets_target") in checks


def test_dbt_runs_in_two_steps_around_the_tagging_asset():
    @asset(key=TAGS, deps=[AssetKey("int_contact_texts")])
    def tagging() -> None: ...

    job = define_asset_job("all", executor_def=in_process_executor)
    defs = Definitions(assets=[*dbt_assets_defs, tagging], jobs=[job], resources={"dbt": dbt_resource()})
    nodes = {node.name for node in defs.resolve_job_def("all").graph.nodes}
    assert {"signalchain_dbt_assets", "signalchain_dbt_assets_2", "ml__contact_signal_tags"} <= nodes


def test_no_seed_shares_its_name_with_a_model_folder():
    """dagster-dbt selects a subset by fqn prefix: a seed `signals` would also select a folder `signals/`."""
    seeds = {spec.key.path[-1] for spec in signalchain_dbt_assets.specs if spec.group_name == "seeds"}
    folders = {spec.group_name for spec in signalchain_dbt_assets.specs}
    assert seeds and not seeds & folders
