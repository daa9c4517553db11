"""The built-in no-signal corpus: text that is no customer signal, learned as `other` by every model.

`ml/data/no_signal.csv` holds a few hundred hand-written lines in Dutch and English, short and long,
some with the typos customers make: praise, thanks, "geen klachten", survey non-answers ("n.v.t.",
"-", "geen opmerkingen"), greetings, auto-replies, spam, test messages, text meant for someone
else. An organisation's hand labels and wrap-up codes seldom hold such text, and a model that never
saw it puts it on the signal whose words it shares: "Geen klchten" on `network_outage` through
"geen" as in "geen bereik". The columns `language` and `kind` describe the corpus; training uses
the text only.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import pandas as pd

CORPUS = files("ml") / "data" / "no_signal.csv"


@lru_cache(maxsize=1)
def _read() -> pd.DataFrame:
    with CORPUS.open(encoding="utf-8") as handle:
        return pd.read_csv(handle, dtype="string", keep_default_na=False, na_filter=False)


def no_signal_corpus() -> pd.DataFrame:
    """Columns text, language (nl, en), kind (praise, thanks, neutral, spam, ...), one row per line."""
    return _read().copy()
