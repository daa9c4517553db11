"""Everything the text composers share: the scenario, personas, slot filler and random streams."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from demo.customers import Customers
from demo.rng import stream
from demo.scenario import Scenario
from demo.text.persona import Personas
from demo.text.pii_sentences import PiiWriter
from demo.text.slots import SlotFiller

# Probability that a long text mentions each kind of personal data, by journey step (default for the rest).
PII_RATES = {
    "phone": {"": 0.22}, "landline": {"": 0.04}, "email": {"": 0.06}, "bsn": {"": 0.012}, "customer": {"": 0.06},
    "iban": {"bill": 0.30, "leave": 0.30, "": 0.03},
    "address": {"change": 0.35, "deliver": 0.30, "orient": 0.25, "": 0.05},
    "order": {"order": 0.30, "deliver": 0.25, "": 0.03},
}


@dataclass
class TextContext:
    scenario: Scenario
    customers: Customers
    personas: Personas
    pii: PiiWriter
    slots: SlotFiller
    seed: int

    @classmethod
    def create(cls, scenario: Scenario, customers: Customers, seed: int) -> "TextContext":
        personas = Personas(len(customers), stream(seed, "personas"))
        return cls(scenario, customers, personas, PiiWriter(personas, customers.ids, stream(seed, "pii")),
                   SlotFiller(scenario.period, stream(seed, "slots")), seed)

    def rng(self, name: str) -> np.random.Generator:
        return stream(self.seed, f"text.{name}")

    def step_names(self, signal: np.ndarray) -> np.ndarray:
        return np.array(self.scenario.steps, dtype=object)[signal]

    def pii_kinds(self, signal: np.ndarray, rng: np.random.Generator, scale: float = 1.0) -> list[list[str]]:
        """Which kinds of personal data each text mentions (a list per text, usually empty)."""
        steps = self.scenario.steps
        kinds: list[list[str]] = [[] for _ in range(len(signal))]
        for kind, by_step in PII_RATES.items():
            rate_by_signal = np.array([by_step.get(step, by_step[""]) for step in steps]) * scale
            for i in np.flatnonzero(rng.random(len(signal)) < rate_by_signal[signal]).tolist():
                kinds[i].append(kind)
        return kinds
