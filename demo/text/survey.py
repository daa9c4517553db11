"""Survey comments: low scores complain about a signal in a few words, high scores praise."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from demo import planted
from demo.phrases import bank
from demo.satisfaction import is_low
from demo.text.bank import Bank
from demo.text.context import TextContext
from demo.text.typos import add_typos

surveys = bank("surveys")


@lru_cache(maxsize=8)
def _bank(signals: tuple[str, ...]) -> Bank:
    return Bank({**surveys.SURVEY_COMMENTS, "other": bank("other").OTHER_SURVEY}, signals)


def compose_comments(ctx: TextContext, frame: pd.DataFrame,
                     rng: np.random.Generator) -> tuple[list, np.ndarray, np.ndarray]:
    """Comment text (None for most responses), the signal it is about (-1: none; `other` for praise), English or not."""
    n = len(frame)
    signal = frame["signal"].to_numpy()
    post_contact = signal >= 0
    share = np.where(post_contact, planted.COMMENT_SHARE["post_contact"], planted.COMMENT_SHARE["relationship"])
    has = rng.random(n) < share
    low = is_low(frame["survey_type"].to_numpy(), frame["score"].to_numpy())
    other = ctx.scenario.index("other")
    weights = np.where(np.arange(len(ctx.scenario.signals)) == other, 0.0, ctx.scenario.rates)
    topic = np.where(post_contact, signal, rng.choice(len(weights), n, p=weights / weights.sum()))
    negative = has & low
    complaint = _bank(ctx.scenario.signals).pick(topic, rng)
    generic = surveys.PRAISE + surveys.NEUTRAL
    praise = np.array(generic, dtype=object)[rng.integers(0, len(generic), n)]
    english = ~negative & (rng.random(n) < 0.03)
    praise[english] = np.array(surveys.PRAISE_EN, dtype=object)[rng.integers(0, len(surveys.PRAISE_EN), english.sum())]
    comments = np.where(negative, np.array(complaint, dtype=object), praise)
    comments = add_typos(comments.tolist(), 0.2, rng)
    comment_signal = np.where(negative, topic, other)
    texts = [c if h else None for c, h in zip(comments, has.tolist())]
    return texts, np.where(has, comment_signal, -1), has & english
