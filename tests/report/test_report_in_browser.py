"""The demo's report in a real browser: it loads without errors, asks the network for nothing,
draws every chart with its traces, and shows the marts' key figures."""

import duckdb
import pytest

from signalchain.report.formatting import NumberFormat
from signalchain.report.labels import Labels
from tests.report.browser import visit

NL, TEXT = NumberFormat("nl"), Labels("nl")


def _marts(database, sql):
    with duckdb.connect(str(database), read_only=True) as con:
        return con.sql(sql).df()


def test_the_page_loads_without_errors(visit_nl):
    assert visit_nl.page_errors == []
    assert visit_nl.console_errors == []


def test_the_page_requests_nothing_but_itself(visit_nl, report_nl):
    assert visit_nl.requests == [visit_nl.url]
    html = report_nl.read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html and "@import" not in html
    assert html.count("Plotly.newPlot(") == len(visit_nl.charts)
    assert html.count("plotly.js v") == 1  # plotly.js inlined once, not once per chart


def test_the_recorder_sees_a_page_that_fetches(browser, tmp_path):
    """The request test above is only worth something if an outside fetch would show up in it."""
    page = tmp_path / "fetches.html"
    page.write_text('<html><head><script src="https://cdn.plot.ly/plotly-2.0.0.min.js"></script></head>'
                    '<body><img src="https://example.org/x.png"></body></html>')
    seen = visit(browser, page, sections=())
    assert set(seen.requests) == {seen.url, "https://cdn.plot.ly/plotly-2.0.0.min.js", "https://example.org/x.png"}


def test_every_chart_is_drawn_with_its_traces(visit_nl, report_database):
    top = _marts(report_database, """
        SELECT s.name_nl FROM marts.mart_signal_impact_trailing_year t JOIN marts.dim_signals s USING (signal_id)
        ORDER BY rank LIMIT 10""")["name_nl"].tolist()
    actions = _marts(report_database, "SELECT action_id, verdict FROM marts.mart_action_effect ORDER BY action_id")
    waves = _marts(report_database, "SELECT DISTINCT migration_wave FROM marts.mart_migration_monitor")
    actual, expected = TEXT("series_actual"), TEXT("series_expected")
    wanted = {
        "chart-signal-trends": [["scatter", name] for name in top],
        "chart-journey": [["heatmap", TEXT(key)] for key in ("hm_contacts", "hm_digital_share", "hm_csat", "hm_nps",
                                                              "hm_ces", "hm_gaps")],
        "chart-migration": [["bar", TEXT("series_uplift")], ["scatter", TEXT("series_plan")]] * len(waves),
        **{f"chart-action-{row.action_id}": [["scatter", actual]] + ([] if row.verdict == "too_early"
                                                                       else [["scatter", expected]])
           for row in actions.itertuples()},
    }
    assert set(visit_nl.charts) == set(wanted)
    for chart_id, traces in wanted.items():
        chart = visit_nl.charts[chart_id]
        assert chart["svg"] >= 1, chart_id
        assert chart["traces"] == traces, chart_id
        assert chart["drawn"] == len(traces), chart_id


def test_the_key_figures_of_the_marts_are_on_the_page(visit_nl, report_database):
    top = _marts(report_database, """
        SELECT s.name_nl, t.contacts, t.cost_eur FROM marts.mart_signal_impact_trailing_year t
        JOIN marts.dim_signals s USING (signal_id) WHERE rank = 1""").iloc[0]
    signals = visit_nl.section_texts["signals"]
    assert top["name_nl"] in signals
    assert NL.number(top["contacts"]) in signals and NL.euros(top["cost_eur"]) in signals
    actions = visit_nl.section_texts["actions"]
    for row in _marts(report_database, "SELECT * FROM marts.mart_action_effect").itertuples():
        assert row.action_id in actions and TEXT.optional("verdict", row.verdict) in actions
        if row.verdict != "too_early":
            assert NL.percent(row.contacts_change_pct, signed=True) in actions
    migration = visit_nl.section_texts["migration"]
    for wave in _marts(report_database, "SELECT DISTINCT migration_wave FROM marts.mart_migration_monitor")[
            "migration_wave"]:
        assert wave in migration


@pytest.mark.parametrize("table, shown", [("mart_journey_step_coverage", "Totaal"), ("mart_source_coverage", "Klantenbestand")])
def test_the_data_quality_panel_shows_the_marts(visit_nl, table, shown):
    quality = visit_nl.section_texts["quality"]
    assert TEXT("not_available", table=f"marts.{table}") not in quality
    assert shown in quality


def test_the_checks_of_the_night_that_warned_are_listed(visit_nl):
    """The publication's checks (tests/publication/conftest.py): one warned, one passed."""
    quality = visit_nl.section_texts["quality"]
    assert "migration_within_capacity_plan" in quality and "unique_fct_contacts_contact_id" not in quality
