"""Filling the {slots} of phrase templates with values that fit the contact (dates before its day, etc.)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from demo.period import Period
from demo.phrases import bank
from demo.text import pii

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
WEEKDAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
LOOKBACK = 40
PROVIDERS, DEVICES = bank("names").PROVIDERS, bank("names").DEVICES

WORDS = {
    "nl": {"times": ["twee", "drie", "vier", "vijf", "3", "4", "5", "6"],
           "nth": ["derde", "vierde", "vijfde", "zesde", "3e", "4e"],
           "slot": ["tussen 8:00 en 12:00", "tussen 13:00 en 17:00", "tussen 8 en 13 uur", "'s ochtends",
                    "in de middag", "tussen 18 en 21 uur", "voor 12 uur"]},
    "en": {"times": ["two", "three", "four", "five", "3", "4"], "nth": ["third", "fourth", "fifth"],
           "slot": ["between 8am and 12pm", "between 1pm and 5pm", "this morning", "before noon"]},
}


def _dates(period: Period, english: bool) -> list[list[str]]:
    out = []
    for offset in range(-LOOKBACK, period.days):
        d = period.start + dt.timedelta(days=offset)
        if english:
            out.append([f"{d.day} {MONTHS_EN[d.month - 1]}", f"{d.day}/{d.month}", f"{MONTHS_EN[d.month - 1]} {d.day}"])
        else:
            out.append([f"{d.day} {MONTHS_NL[d.month - 1]}", f"{d.day}-{d.month}", f"{d:%d-%m-%Y}",
                        f"{WEEKDAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month - 1]}"])
    return out


class _Values(dict):
    """Slot values computed on first use from two random numbers per text."""

    def __init__(self, filler: "SlotFiller", day: int, english: bool, u: float, v: float):
        super().__init__()
        self.f, self.day, self.en, self.u, self.v = filler, day, english, u, v

    def _amount(self, x: float) -> str:
        cents = 500 + int(x * x * 24000)
        euros, rest = divmod(cents, 100)
        if self.en:
            return f"€{euros}.{rest:02d}"
        style = int(x * 1e6) % 5
        return (f"€ {euros},{rest:02d}", f"€{euros},{rest:02d}", f"{euros},{rest:02d} euro", f"EUR {euros},{rest:02d}",
                f"€ {euros},-")[style]

    def __missing__(self, key: str) -> str:
        u, v, lang = self.u, self.v, "en" if self.en else "nl"
        if key == "amount":
            return self._amount(u)
        if key == "amount2":
            return self._amount(v * 0.6)
        if key == "date":
            options = self.f.dates_en if self.en else self.f.dates_nl
            return options[self.day + LOOKBACK - 1 - int(u * 20)][int(v * 1e6) % (3 if self.en else 4)]
        if key in WORDS[lang]:
            words = WORDS[lang][key]
            return words[int(u * len(words))]
        simple = {
            "days": lambda: str(2 + int(u * 19)), "weeks": lambda: str(2 + int(u * 5)),
            "order": lambda: self.f.orders[int(v * len(self.f.orders))],
            "provider": lambda: PROVIDERS[int(v * len(PROVIDERS))], "device": lambda: DEVICES[int(u * len(DEVICES))],
            "mbit": lambda: f"{2 + int(u * 60)} {('Mbit', 'Mbps', 'mbit/s')[int(v * 3)]}",
            "hour": lambda: str(17 + int(u * 7)), "minutes": lambda: str(15 + int(u * 60)),
            "monthday": lambda: str(20 + int(u * 9)), "years": lambda: str(2 + int(v * 23)),
        }
        if key not in simple:
            raise KeyError(f"unknown slot {{{key}}}")
        return simple[key]()


class SlotFiller:
    def __init__(self, period: Period, rng: np.random.Generator):
        self.rng = rng
        self.dates_nl = _dates(period, english=False)
        self.dates_en = _dates(period, english=True)
        self.orders = pii.order_numbers(rng, 4000)

    def fill(self, texts: list[str], days: np.ndarray, english: np.ndarray | None = None) -> list[str]:
        """Fill slots in place of the texts that have any; `days` are the contacts' day indexes."""
        todo = [i for i, t in enumerate(texts) if "{" in t]
        uv = self.rng.random((len(todo), 2)).tolist()
        for i, (u, v) in zip(todo, uv):
            en = bool(english[i]) if english is not None else False
            texts[i] = texts[i].format_map(_Values(self, int(days[i]), en, u, v))
        return texts
