"""The problem sentence(s) of a customer text: the signal's own words, in Dutch or English."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from demo.phrases import bank, mail_nl
from demo.text.bank import Bank
from demo.text.context import TextContext
from demo.text.typos import add_typos


@lru_cache(maxsize=8)
def banks(signals: tuple[str, ...]) -> tuple[Bank, Bank]:
    other = bank("other")
    return (Bank({**mail_nl(), "other": other.OTHER_MAILS}, signals),
            Bank({**bank("mail_en").MAIL_EN, "other": other.OTHER_MAILS_EN}, signals))


def sentences(ctx: TextContext, signal: np.ndarray, day: np.ndarray, english: np.ndarray,
              rng: np.random.Generator, typo_rate: float) -> list[str]:
    """One problem sentence per text, slots filled, some with typos."""
    dutch, english_bank = banks(ctx.scenario.signals)
    nl, en = dutch.pick(signal, rng), english_bank.pick(signal, rng)
    texts = [e if is_en else d for d, e, is_en in zip(nl, en, english.tolist())]
    return add_typos(ctx.slots.fill(texts, day, english), typo_rate, rng)


def with_secondary(ctx: TextContext, signal: np.ndarray, secondary: np.ndarray, day: np.ndarray,
                   english: np.ndarray, rng: np.random.Generator, typo_rate: float) -> tuple[list[str], list[str]]:
    """Primary sentences, and a second problem sentence ("" when the text has one problem)."""
    primary = sentences(ctx, signal, day, english, rng, typo_rate)
    second = [""] * len(signal)
    rows = np.flatnonzero(secondary >= 0)
    if len(rows):
        extra = sentences(ctx, secondary[rows], day[rows], english[rows], rng, typo_rate)
        for i, text in zip(rows.tolist(), extra):
            second[i] = text
    return primary, second
