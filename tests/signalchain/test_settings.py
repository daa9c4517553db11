"""Each setting is defined once, in signalchain/settings.py, and reaches every place that uses it."""

import os
from pathlib import Path

import pytest

from ml.model import SignalModel
from orchestration.resources import ModelStore
from signalchain.seeds import read_seed
from signalchain.settings import DBT_PROJECT_DIR, MACRO_F1_FLOOR, MAX_MACRO_F1_DROP, MIN_CONFIDENCE, SETTINGS, \
    seeds_dir

REPO = Path(__file__).resolve().parents[2]
PRODUCT = ["signalchain", "privacy", "ml", "assets", "orchestration", "cli", "demo", "scripts"]
SETTINGS_FILE = REPO / "signalchain" / "settings.py"


def _product_sources():
    return [p for folder in PRODUCT for p in (REPO / folder).rglob("*.py") if p != SETTINGS_FILE]


@pytest.mark.parametrize("literal", [*(s.variable for s in SETTINGS), "data/landing", "data/warehouse",
                                     "data/models", "data/published", '"dbt_project"'])
def test_variables_and_path_defaults_are_written_only_in_the_settings_module(literal):
    assert literal in SETTINGS_FILE.read_text()
    assert [str(p.relative_to(REPO)) for p in _product_sources() if literal in p.read_text()] == []


def test_thresholds_come_from_the_settings_at_run_time(monkeypatch):
    store = ModelStore(path="unused")
    assert (store.gate_floor(), store.gate_max_drop()) == (
        MACRO_F1_FLOOR.number(), MAX_MACRO_F1_DROP.number()) == (0.6, 0.02)
    monkeypatch.setenv(MACRO_F1_FLOOR.variable, "0.7")
    assert store.gate_floor() == 0.7
    assert ModelStore(path="unused", macro_f1_floor=0.3).gate_floor() == 0.3  # the launchpad wins


def test_the_confidence_threshold_is_the_models_own_unless_the_operator_sets_one(monkeypatch):
    model = SignalModel(pipeline=None, signal_steps={}, min_confidence=0.83)
    monkeypatch.delenv(MIN_CONFIDENCE.variable, raising=False)
    assert MIN_CONFIDENCE.optional_number() is None
    assert ModelStore(path="unused").confidence_threshold(model) == 0.83
    monkeypatch.setenv(MIN_CONFIDENCE.variable, "0.7")
    assert ModelStore(path="unused").confidence_threshold(model) == 0.7
    assert ModelStore(path="unused", min_confidence=0.6).confidence_threshold(model) == 0.6  # the launchpad wins


def test_seed_reader_follows_the_seeds_setting_and_cleans_like_dbt_staging(monkeypatch, tmp_path):
    folder = tmp_path / "org_seeds"
    folder.mkdir()
    (folder / "signals.csv").write_text("signal_id,journey_step_id,name_nl\n invoice_unclear ,bill ,Factuur\nother,,\n")
    (folder / "channels.csv").write_text("channel,channel_group,cost_per_contact_eur\n Phone ,Assisted,10.50\n")
    monkeypatch.setenv("SIGNALCHAIN_SEEDS", os.path.relpath(folder, DBT_PROJECT_DIR))  # relative, as dbt needs
    assert seeds_dir().resolve() == folder.resolve()
    assert read_seed("signals") == [{"signal_id": "invoice_unclear", "journey_step_id": "bill", "name_nl": "Factuur"},
                                    {"signal_id": "other", "journey_step_id": None, "name_nl": None}]
    assert read_seed("channels") == [{"channel": "phone", "channel_group": "assisted", "cost_per_contact_eur": 10.5}]
