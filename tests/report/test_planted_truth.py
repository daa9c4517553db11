"""The report tells the demo's planted story (demo/planted.py, truth.json): the highest-impact
signal first, the effective action improved with its euros, the no-effect action no change, the
unfinished one too early, and each migration wave above the capacity plan in its first weeks."""

import duckdb
import numpy as np
import pandas as pd
import pytest

from signalchain.report.action_series import action_series, weekly_signal_contacts
from signalchain.report.formatting import NumberFormat
from signalchain.report.labels import Labels

NL, TEXT = NumberFormat("nl"), Labels("nl")


def _planted(pipeline, verdict: str) -> str:
    return next(a["action_id"] for a in pipeline.truth["actions"] if a["expected_verdict"] == verdict)


def _card(visit, head: str) -> str:
    """The text of the one action or wave card that starts with `head`."""
    (card,) = [card for card in visit.cards if card.startswith(head)]
    return card


def _effect(database, action_id: str) -> pd.Series:
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute("SELECT * FROM marts.mart_action_effect WHERE action_id = ?", [action_id]).df().iloc[0]


def test_the_highest_impact_signal_is_first(visit_nl, pipeline, report_database):
    with duckdb.connect(str(report_database), read_only=True) as con:
        name = con.execute("SELECT name_nl FROM marts.dim_signals WHERE signal_id = ?",
                           [pipeline.truth["highest_impact_signal"]]).fetchall()[0][0]
    table_rows = visit_nl.section_texts["signals"].split("\n")
    first_row = next(line for line in table_rows if line.startswith("1\t"))
    assert name in first_row


def test_the_effective_action_improved_with_its_contacts_euros_and_satisfaction(visit_nl, pipeline, report_database):
    action_id = _planted(pipeline, "improved")
    effect = _effect(report_database, action_id)
    card = _card(visit_nl, f"{action_id} · ")
    assert TEXT("verdict_improved") in card
    sentence = (f"{NL.number(effect['contacts_saved'])} contacten minder, {NL.euros(effect['eur_saved'])} bespaard, "
                f"tevredenheid {NL.number(effect['satisfaction_change'], 1, signed=True)}")
    assert sentence in card
    assert effect["eur_saved"] > 1000 and effect["satisfaction_change"] > 0  # the planted story, not an empty one


def test_the_no_effect_action_shows_no_change_and_claims_no_savings(visit_nl, pipeline):
    card = _card(visit_nl, _planted(pipeline, "no_change") + " · ")
    assert TEXT("verdict_no_change") in card
    assert "bespaard" not in card


def test_the_unfinished_action_is_too_early_without_numbers(visit_nl, pipeline):
    card = _card(visit_nl, _planted(pipeline, "too_early") + " · ")
    assert TEXT("verdict_too_early") in card and "bespaard" not in card and "95%-interval" not in card


def test_each_wave_is_above_plan_in_its_first_weeks(visit_nl, pipeline):
    for wave in pipeline.truth["migration_waves"]:
        over = [line for line in _card(visit_nl, f"{wave}: ").splitlines() if line.strip()][1]
        assert over.startswith("Boven plan in week 0, 1"), over


def test_the_charted_series_add_up_to_the_mart(report_database):
    """The chart's weeks are the statistics' weeks: actual sums to contacts before and after, and the
    counterfactual exceeds the actual by contacts_saved over the effect window."""
    with duckdb.connect(str(report_database), read_only=True) as con:
        effects = con.sql("SELECT * FROM marts.mart_action_effect WHERE verdict <> 'too_early'").df()
        weekly = weekly_signal_contacts(con, effects["baseline_start"].min(), effects["effect_end"].max())
    for action in effects.to_dict("records"):
        series = action_series(weekly, action)
        weeks = np.array(series.weeks)
        baseline, effect = weeks <= action["baseline_end"], weeks >= action["effect_start"]
        assert series.actual[baseline].sum() == action["contacts_before"]
        assert series.actual[effect].sum() == action["contacts_after"]
        saved = series.expected[effect].sum() - series.actual[effect].sum()
        assert saved == pytest.approx(action["contacts_saved"], abs=0.5)  # the publication counts whole contacts


def test_route_b_shows_open_submissions_running_signals_and_drafts_without_addressee(visit_nl, report_database,
                                                                                      quality_warehouse):
    section = visit_nl.section_texts["route_b"]
    with duckdb.connect(str(report_database), read_only=True) as con:
        open_now = con.execute("SELECT count(*) FROM marts.mart_submissions WHERE is_open").fetchone()[0]
        drafts = con.execute("SELECT count(*) FROM marts.mart_feedback_drafts").fetchone()[0]
    with duckdb.connect(str(quality_warehouse), read_only=True) as con:
        submitters = {s for (s,) in con.execute("SELECT DISTINCT submitter FROM raw.submissions").fetchall()}
    assert open_now > 0 and drafts > 0
    for words in (TEXT("route_b_open_title"), TEXT("status_submitted"), TEXT("route_b_running_title"),
                  TEXT("route_b_feedback_intro", drafts=NL.number(drafts)), "Beste collega,"):
        assert words in section
    assert not [s for s in submitters if f"Beste {s}," in section or f"\t{s}\t" in section]
