"""Metric statistics in plain Python (no Dagster): survey scores and the effect of actions."""

from signalchain.metrics.action_effect import EffectSettings, action_effects
from signalchain.metrics.action_effect_schema import ACTION_EFFECT_COLUMNS, ACTION_EFFECT_COLUMN_NAMES
from signalchain.metrics.scores import ces, csat, nps, nps_group
from signalchain.metrics.writer import replace_table

__all__ = ["ACTION_EFFECT_COLUMNS", "ACTION_EFFECT_COLUMN_NAMES", "EffectSettings", "action_effects",
           "ces", "csat", "nps", "nps_group", "replace_table"]
