"""A database with only some marts (an older publication, a night that stopped early) still gives a
report: each section says which table it lacks, and the data-quality panel shows what is there."""

import duckdb
import pytest

from signalchain.report.labels import Labels
from signalchain.report.render import render_report
from tests.report.browser import visit

TEXT = Labels("nl")


@pytest.fixture(scope="module")
def partial_database(tmp_path_factory):
    database = tmp_path_factory.mktemp("partial") / "signalchain.duckdb"
    with duckdb.connect(str(database)) as con:
        con.execute("CREATE SCHEMA marts")
        con.execute("""CREATE TABLE marts.mart_quarantine_reasons AS SELECT * FROM (VALUES
            ('calls', 'bad timestamp in started_at: ''…''', 12, 1), ('surveys', 'score out of range', 3, 1))
            t(source, reason, rows_quarantined, files)""")
        con.execute("""CREATE TABLE marts.published_checks AS SELECT * FROM (VALUES
            ('journey_step_coverage_meets_target', 'mart_journey_step_coverage', false, 'WARN'),
            ('every_action_has_a_verdict', 'mart_action_effect', true, 'ERROR')) t(check_name, asset, passed, severity)""")
        con.execute("CREATE TABLE marts.mart_unmapped_values (source VARCHAR, value_kind VARCHAR, value VARCHAR, "
                    "contacts BIGINT)")
    return database


def test_each_missing_mart_is_named_and_the_present_ones_are_shown(partial_database, tmp_path, browser):
    seen = visit(browser, render_report(partial_database, tmp_path / "report.html", "nl"))
    assert seen.page_errors == [] and seen.console_errors == [] and seen.charts == {}
    for section, table in [("signals", "mart_signal_impact_trailing_year"), ("journey", "mart_journey_digitalisation"),
                           ("actions", "mart_action_effect"), ("migration", "mart_migration_monitor"),
                           ("quality", "mart_source_coverage"), ("quality", "mart_journey_step_coverage"),
                           ("route_b", "mart_submissions"), ("route_b", "mart_feedback_drafts")]:
        assert TEXT("not_available", table=f"marts.{table}") in seen.section_texts[section]
    quality = seen.section_texts["quality"]
    assert "bad timestamp in started_at: '…'\t12" in quality
    assert "journey_step_coverage_meets_target\tmart_journey_step_coverage\tWARN" in quality
    assert "every_action_has_a_verdict" not in quality  # it passed
    assert TEXT("unmapped_none") in quality
