"""The planted parameters laid out on the period: per-signal arrays, action and dip days, wave days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from demo import planted
from demo.period import Period
from demo.seeds import Taxonomy

OTHER = "other"


@dataclass(frozen=True)
class Action:
    action_id: str
    signal_id: str
    day: int  # go-live day index
    go_live: dt.date
    effect_pct: float
    verdict: str
    title: str
    owner: str
    cost_eur: float
    status: str
    step_csat_gain: float


@dataclass(frozen=True)
class Dip:
    signal_id: str
    start_day: int
    end_day: int  # exclusive
    factor: float


@dataclass(frozen=True)
class Wave:
    name: str
    day: int
    share: float


@dataclass(frozen=True)
class Scenario:
    period: Period
    taxonomy: Taxonomy
    signals: tuple[str, ...]  # taxonomy signals + other; index = signal code
    rates: np.ndarray  # per 1,000 active customers per day
    penalties: np.ndarray
    weekday: np.ndarray  # (signals, 7), mean 1 per signal
    channel_probs: np.ndarray  # (signals, len(CHANNEL_OPTIONS))
    actions: tuple[Action, ...]
    dip: Dip
    waves: tuple[Wave, ...]
    uplift_share: np.ndarray  # share of a wave's extra contacts per signal

    def index(self, signal_id: str) -> int:
        return self.signals.index(signal_id)

    @property
    def steps(self) -> list[str]:
        return [self.taxonomy.step_of.get(s, "") for s in self.signals]

    def mean_channel_cost(self) -> np.ndarray:
        costs = np.array([self.taxonomy.channel_cost[c] for _, c in planted.CHANNEL_OPTIONS])
        return self.channel_probs @ costs


def _channel_probs(profile: str) -> np.ndarray:
    phone, complaint, mail_mix = planted.CHANNEL_PROFILES[profile]
    mail = 1.0 - phone - complaint
    probs = [phone, *(mail * m for m in mail_mix), *(complaint * c for c in planted.COMPLAINT_CHANNEL_MIX)]
    return np.array(probs) / sum(probs)


def _action_day(period: Period, at) -> int:
    if isinstance(at, tuple):
        return max(0, period.days - 1 - at[1])
    return period.day_at(at)


def build_scenario(period: Period, taxonomy: Taxonomy) -> Scenario:
    signals = (*taxonomy.signals, OTHER)
    missing = [s for s in signals if s not in planted.SIGNALS]
    if missing:
        raise ValueError(f"the demo generator has no planted parameters for signal(s): {', '.join(missing)}")
    params = [planted.SIGNALS[s] for s in signals]
    weekday = np.array([planted.WEEKDAY_PROFILES[p[2]] for p in params])
    actions = tuple(
        Action(a["action_id"], a["signal_id"], day, period.date_of(day), a["effect_pct"], a["verdict"], a["title"],
               a["owner"], a["cost_eur"], a["status"], a["step_csat_gain"])
        for a in planted.ACTIONS for day in [_action_day(period, a["at"])])
    dip_start = next(a.day for a in actions if a.action_id == planted.DIP["starts_with_action"])
    dip = Dip(planted.DIP["signal_id"], dip_start, min(period.days, dip_start + planted.DIP["days"]),
              planted.DIP["factor"])
    uplift = np.array([planted.UPLIFT_WEIGHTS.get(s, 0.0) for s in signals], dtype=float)
    return Scenario(
        period=period, taxonomy=taxonomy, signals=signals,
        rates=np.array([p[0] for p in params]), penalties=np.array([p[1] for p in params]),
        weekday=weekday / weekday.mean(axis=1, keepdims=True),
        channel_probs=np.array([_channel_probs(p[3]) for p in params]),
        actions=actions, dip=dip,
        waves=tuple(Wave(name, period.day_at(at), share) for name, at, share in planted.WAVES),
        uplift_share=uplift / uplift.sum(),
    )
