"""English by setting: labels, seed names and number marks follow the report language."""

import duckdb

from cli.main import main
from signalchain.report.formatting import NumberFormat
from signalchain.report.labels import Labels
from signalchain.settings import REPORT_LANGUAGE

EN = NumberFormat("en")


def _top_and_improved(database):
    with duckdb.connect(str(database), read_only=True) as con:
        top = con.execute("""SELECT s.name_nl, s.name_en, t.contacts FROM marts.mart_signal_impact_trailing_year t
                             JOIN marts.dim_signals s USING (signal_id) WHERE rank = 1""").fetchall()[0]
        improved = con.sql("SELECT * FROM marts.mart_action_effect WHERE verdict = 'improved'").df().iloc[0]
    return top, improved


def test_the_english_report_has_english_labels_names_and_numbers(visit_en, report_database):
    (name_nl, name_en, contacts), improved = _top_and_improved(report_database)
    text = Labels("en")
    assert visit_en.page_errors == [] and visit_en.console_errors == []
    assert text("signals_title") in visit_en.text and Labels("nl")("signals_title") not in visit_en.text
    assert name_en in visit_en.section_texts["signals"] and name_nl not in visit_en.section_texts["signals"]
    assert EN.number(contacts) in visit_en.section_texts["signals"]
    assert (f"{EN.number(improved['contacts_saved'])} contacts fewer, {EN.euros(improved['eur_saved'])} saved, "
            f"satisfaction {EN.number(improved['satisfaction_change'], 1, signed=True)}") in visit_en.text
    assert visit_en.charts["chart-action-" + improved["action_id"]]["traces"][0] == ["scatter", text("series_actual")]


def test_the_language_setting_picks_the_language_of_the_command(report_database, tmp_path, monkeypatch):
    monkeypatch.setenv(REPORT_LANGUAGE.variable, "en")
    out = tmp_path / "report.html"
    assert main(["report", "--database", str(report_database), "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in html and Labels("en")("title") in html
    assert main(["report", "--database", str(report_database), "--out", str(out), "--language", "nl"]) == 0
    assert Labels("nl")("title") in out.read_text(encoding="utf-8")
