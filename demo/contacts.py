"""Customer-initiated contacts: who, when, on which signal, through which source and channel.

Returns a DataFrame sorted by time with the source's own contact id (CALL-, MAIL-, CMP-).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from demo import planted
from demo.clock import local_seconds, to_instants
from demo.customers import Customers
from demo.scenario import Scenario
from demo.volumes import Volumes

ID_PREFIX = {"call": "CALL-", "mail": "MAIL-", "complaint": "CMP-"}
SOURCES = np.array([s for s, _ in planted.CHANNEL_OPTIONS], dtype=object)
CHANNELS = np.array([c for _, c in planted.CHANNEL_OPTIONS], dtype=object)


def _expand(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(days, signals) counts -> one (day, signal) pair per contact."""
    flat = np.repeat(np.arange(counts.size), counts.ravel())
    return (flat // counts.shape[1]).astype(np.int32), (flat % counts.shape[1]).astype(np.int16)


def pick_active(customers: Customers, day: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A uniformly random active customer per day (rejection sampling; most customers are active)."""
    picked = rng.integers(0, len(customers), len(day)).astype(np.int32)
    todo = np.flatnonzero(~customers.is_active(picked, day))
    while len(todo):
        picked[todo] = rng.integers(0, len(customers), len(todo))
        todo = todo[~customers.is_active(picked[todo], day[todo])]
    return picked


def _add_repeats(signal, day, customer, customers: Customers, rng) -> np.ndarray:
    """Let some contacts follow up an earlier contact of the same customer on the same signal."""
    order = np.lexsort((day, signal))
    s, d, c = signal[order], day[order], customer[order].copy()
    chosen = np.flatnonzero(rng.random(len(s)) < planted.REPEAT_SHARE)
    earlier = chosen - rng.integers(1, 20, len(chosen))
    ok = earlier >= 0
    chosen, earlier = chosen[ok], earlier[ok]
    gap = d[chosen] - d[earlier]
    ok = (s[chosen] == s[earlier]) & (gap >= 1) & (gap <= 7) & customers.is_active(c[earlier], d[chosen])
    c[chosen[ok]] = c[earlier[ok]]
    out = np.empty_like(customer)
    out[order] = c
    return out


def _secondary(signal: np.ndarray, scenario: Scenario, rng) -> np.ndarray:
    other = scenario.index("other")
    weights = scenario.rates.copy()
    weights[other] = 0
    second = rng.choice(len(weights), len(signal), p=weights / weights.sum()).astype(np.int16)
    clash = second == signal
    second[clash] = (second[clash] + 1) % other  # the next taxonomy signal instead
    has = (rng.random(len(signal)) < planted.SECONDARY_SHARE) & (signal != other)
    return np.where(has, second, -1).astype(np.int16)


def build_contacts(scenario: Scenario, customers: Customers, volumes: Volumes, rng) -> pd.DataFrame:
    day, signal = _expand(volumes.counts)
    customer = _add_repeats(signal, day, pick_active(customers, day, rng), customers, rng)
    wave = np.full(len(day), -1, dtype=np.int8)
    for index in range(len(scenario.waves)):
        extra_day, extra_signal = _expand(volumes.uplift_counts[index])
        members = np.flatnonzero(customers.wave == index)
        day = np.concatenate([day, extra_day])
        signal = np.concatenate([signal, extra_signal])
        customer = np.concatenate([customer, members[rng.integers(0, len(members), len(extra_day))].astype(np.int32)])
        wave = np.concatenate([wave, np.full(len(extra_day), index, dtype=np.int8)])
    u = rng.random(len(day))
    option = (u[:, None] > np.cumsum(scenario.channel_probs, axis=1)[signal][:, :-1]).sum(axis=1)
    source = SOURCES[option]
    seconds = local_seconds(source == "call", rng)
    instant = to_instants(scenario.period, day, seconds)
    english = (source != "call") & (rng.random(len(day)) < planted.ENGLISH_SHARE)
    frame = pd.DataFrame({
        "day": day, "signal": signal, "secondary": _secondary(signal, scenario, rng), "customer": customer,
        "source": source, "channel": CHANNELS[option], "occurred_at": instant,
        "language": np.where(english, "en", "nl").astype(object), "uplift_wave": wave,
    })
    frame = frame.sort_values(["occurred_at", "customer", "signal"], kind="stable").reset_index(drop=True)
    frame["contact_id"] = _ids(frame["source"].to_numpy())
    return frame


def _ids(source: np.ndarray) -> np.ndarray:
    ids = np.empty(len(source), dtype=object)
    for name, prefix in ID_PREFIX.items():
        rows = np.flatnonzero(source == name)
        ids[rows] = [f"{prefix}{n:07d}" for n in range(1, len(rows) + 1)]
    return ids
