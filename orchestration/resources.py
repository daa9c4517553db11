"""Resources: every path and threshold comes from `signalchain.settings` (docs/ARCHITECTURE.md)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dagster import ConfigurableResource, EnvVar
from dagster_duckdb import DuckDBResource

from signalchain.settings import LANDING, MACRO_F1_FLOOR, MAX_MACRO_F1_DROP, MODELS, PUBLISH, WAREHOUSE, Setting

if TYPE_CHECKING:
    from ml.model import SignalModel


class LandingZone(ConfigurableResource):
    """The landing directory: one folder per source, any number of files per folder."""

    path: str


def _or_setting(value: float | None, setting: Setting) -> float:
    return value if value is not None else setting.number()


class ModelStore(ConfigurableResource):
    """Where classifier artifacts live, and the rules for tagging and deploying them.

    A threshold left unset (None) is its setting's environment variable or default, read when the
    asset runs, so the command line, the schedules and the UI all use the same value unless the
    launchpad overrides it. `min_confidence` is an override: left unset, with the setting unset
    too, each model tags at the abstention threshold chosen on its own hold-out.
    """

    path: str
    min_confidence: float | None = None
    macro_f1_floor: float | None = None
    max_macro_f1_drop: float | None = None
    review_queue_size: int = 200

    def confidence_threshold(self, model: SignalModel) -> float:
        """The abstention threshold `model` tags at (SignalModel.min_confidence_in_force)."""
        return model.min_confidence_in_force(self.min_confidence)

    def gate_floor(self) -> float:
        return _or_setting(self.macro_f1_floor, MACRO_F1_FLOOR)

    def gate_max_drop(self) -> float:
        return _or_setting(self.max_macro_f1_drop, MAX_MACRO_F1_DROP)


class PublishDir(ConfigurableResource):
    """Files published for people: review queues for labelling, BI extracts."""

    path: str

    def file(self, name: str) -> Path:
        Path(self.path).mkdir(parents=True, exist_ok=True)
        return Path(self.path) / name


def base_resources() -> dict:
    """The resources every asset module may ask for, configured from the environment."""
    return {
        "duckdb": DuckDBResource(database=EnvVar(WAREHOUSE.variable)),
        "landing": LandingZone(path=EnvVar(LANDING.variable)),
        "models": ModelStore(path=EnvVar(MODELS.variable)),
        "publish": PublishDir(path=EnvVar(PUBLISH.variable)),
    }
