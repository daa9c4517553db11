"""Resources: every path and knob comes from the environment (see docs/ARCHITECTURE.md)."""

from __future__ import annotations

from pathlib import Path

from dagster import ConfigurableResource, EnvVar
from dagster_duckdb import DuckDBResource


class LandingZone(ConfigurableResource):
    """The landing directory: one folder per source, any number of files per folder."""

    path: str

    def source_dir(self, source: str) -> Path:
        return Path(self.path) / source


class ModelStore(ConfigurableResource):
    """Where classifier artifacts live, and the rules for tagging and deploying them."""

    path: str
    min_confidence: float = 0.5
    macro_f1_floor: float = 0.6
    max_macro_f1_drop: float = 0.02
    review_queue_size: int = 200


class PublishDir(ConfigurableResource):
    """Files published for people: review queues for labelling, BI extracts."""

    path: str

    def file(self, name: str) -> Path:
        Path(self.path).mkdir(parents=True, exist_ok=True)
        return Path(self.path) / name


def warehouse() -> DuckDBResource:
    return DuckDBResource(database=EnvVar("SIGNALCHAIN_WAREHOUSE"))


def base_resources() -> dict:
    """The resources every asset module may ask for, configured from the environment."""
    return {
        "duckdb": warehouse(),
        "landing": LandingZone(path=EnvVar("SIGNALCHAIN_LANDING")),
        "models": ModelStore(path=EnvVar("SIGNALCHAIN_MODELS")),
        "publish": PublishDir(path=EnvVar("SIGNALCHAIN_PUBLISH")),
    }
