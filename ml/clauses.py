"""Two problems in one message: "..., daarnaast ...", "Verder nog dit: ...".

A message with two problems often joins them with a connector word. Split there; a clause
that is on its own confidently another signal is the secondary signal. On the demo truth
this finds about half the two-problem messages at over 90% precision, where the whole-text
second-best probability alone finds a third at about 40-60%. Only messages with a connector
are split, so the extra work is small.

Which of the two is the primary follows the writer: the problem stated first, before the
connector, is the one the message is about, and the connector announces the second ("ook",
"daarnaast", "also"). The whole text's most probable signal does not know this order; on the
demo's two-problem mails it named the second problem in about half of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ml.decide import decide
from ml.model import SignalModel
from ml.taxonomy import OTHER, UNKNOWN

CONNECTORS = re.compile(
    r"(?i)\b(?:daarnaast|verder|tevens|bovendien|ook nog|en ook|en nog|en dan nog|nog iets|nog een ander|los daarvan|"
    r"tweede punt|ander (?:probleem|punt)|nu ik (?:toch|je|u) (?:toch )?(?:mail|bel|schrijf)|"
    r"p\.?s\.?|also|additionally|furthermore|besides|apart from that|on top of that|"
    r"another (?:thing|issue|problem)|one more (?:thing|issue|problem))\b|\s\+\s")
MIN_CLAUSE_CHARS = 8


def clauses(text: str | None) -> list[str]:
    """The clauses of `text` split at connectors; one clause (or none) means nothing to split."""
    if not isinstance(text, str) or not CONNECTORS.search(text):
        return []
    parts = [p.strip(" ,.;:-") for p in CONNECTORS.split(text)]
    return [p for p in parts if len(p) >= MIN_CLAUSE_CHARS]


def _split(texts: Sequence[str | None], tagged: np.ndarray) -> pd.DataFrame:
    """One row per clause, in text order, of every tagged text that has two or more: owner (its row
    in the tags) and text."""
    rows = [(i, piece) for i, text in enumerate(texts) if tagged[i]
            for found in [clauses(text)] if len(found) >= 2 for piece in found]
    return pd.DataFrame(rows, columns=["owner", "text"])


def add_clause_secondaries(model: SignalModel, texts: Sequence[str | None], tags: pd.DataFrame,
                           min_confidence: float | None = None) -> pd.DataFrame:
    """`tags` with the two problems of a split message: where a clause is confidently a signal
    other than the tag's, that signal is the secondary (it replaces the whole-text one: it has
    the stronger evidence). When the tag's signal is itself only in a later clause and the
    first confident clause holds the other signal, the two swap: the first problem stated is
    the primary, with that clause's confidence and step. Confident is the threshold of the
    tags (`min_confidence` None: the one in force for the model)."""
    min_confidence = model.min_confidence_in_force(min_confidence)
    primary = tags["signal_id"].to_numpy()
    pieces = _split(texts, ~np.isin(primary, [UNKNOWN, OTHER]))  # only a signal can have a second one
    if pieces.empty:
        return tags
    clause_tags = decide(model, model.probabilities(pieces["text"].tolist()), min_confidence)
    found = pieces.assign(signal=clause_tags["signal_id"].to_numpy(), p=clause_tags["signal_confidence"].to_numpy(),
                          step=clause_tags["journey_step_id"].to_numpy(),
                          step_p=clause_tags["journey_step_confidence"].to_numpy())
    found = found[~found["signal"].isin([UNKNOWN, OTHER])]  # confident clauses only
    found = found.assign(tag=primary[found["owner"].to_numpy()])
    first = found.drop_duplicates("owner").set_index("owner")
    secondary = (found[found["signal"] != found["tag"]].sort_values("p", ascending=False)
                 .drop_duplicates("owner").set_index("owner"))
    tag_in_a_clause = found.loc[found["signal"] == found["tag"], "owner"]
    swap = first.index[(first["signal"] != first["tag"]) & first.index.isin(tag_in_a_clause)]

    out = tags.copy()
    out.iloc[secondary.index.to_numpy(), out.columns.get_loc("secondary_signal_id")] = secondary["signal"].to_numpy()
    rows, chosen = swap.to_numpy(), first.loc[swap]
    for column, source in (("secondary_signal_id", "tag"), ("signal_id", "signal"), ("signal_confidence", "p"),
                           ("journey_step_id", "step"), ("journey_step_confidence", "step_p")):
        out.iloc[rows, out.columns.get_loc(column)] = chosen[source].to_numpy()
    return out
