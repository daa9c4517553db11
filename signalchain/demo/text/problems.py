"""The problem sentence(s) of a customer text: the signal's own words, in Dutch or English."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from signalchain.demo.phrases import MAIL_NL
from signalchain.demo.phrases.mail_en import MAIL_EN
from signalchain.demo.phrases.other import OTHER_MAILS, OTHER_MAILS_EN
from signalchain.demo.text.bank import Bank
from signalchain.demo.text.context import TextContext
from signalchain.demo.text.typos import add_typos


@lru_cache(maxsize=8)
def banks(signals: tuple[str, ...]) -> tuple[Bank, Bank]:
    return (Bank({**MAIL_NL, "other": OTHER_MAILS}, signals), Bank({**MAIL_EN, "other": OTHER_MAILS_EN}, signals))


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
