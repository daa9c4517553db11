"""Step 2 of route B, the quick quality check: is a submission a customer signal at all, and is it clear?

Two questions, in this order:
- *Not a customer signal*: the classifier gives `other` (text that is no customer signal, trained on
  customer texts and on employees' own remarks, demo/sources/employee_labels.py) at least
  NOT_A_SIGNAL_CONFIDENCE. The stapler that makes nicer staples goes back to its submitter.
- *Unclear*: fewer than MIN_CONTENT_WORDS content words (words of three letters or more that are not
  Dutch or English function words): "zie mail", "klanten klagen", "werkt niet" say too little to act on.
Otherwise the verdict is `ok`. The reason is written to the submitter, in Dutch, with a tip.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ml.text import normalise_text

OK, NOT_A_SIGNAL, UNCLEAR = "ok", "not_a_signal", "unclear"
NOT_A_SIGNAL_CONFIDENCE = 0.5
MIN_CONTENT_WORDS = 3
_WORD = re.compile(r"[a-z]{3,}")
FUNCTION_WORDS = frozenset("""
    aan als alle alles bij dan dat deze die dit doe doen door dus een geen heb hebben heeft het hier hoe
    hun ieder iets ik jij kan kun kunnen maar meer met mijn moet moeten naar niet niets nog ook omdat
    onder ons onze over per wat wel wie wij wil worden wordt zal zelf zich zijn zoals zou zie zien
    graag even weer steeds zelfde hetzelfde gisteren vandaag vorige week dag keer bellen belt help bijlage
    mail ticket probleem problemen klagen klaagt boos nvt onduidelijk verhaal anders
    the and for with not this that are was has have from
""".split())
REASONS = {
    NOT_A_SIGNAL: "Dit lijkt geen klantsignaal: het gaat niet over iets wat klanten meemaken met onze producten "
                  "of diensten. Tip: wensen over de werkplek, faciliteiten of interne systemen kun je melden bij "
                  "Facilitair, ICT of HR.",
    UNCLEAR: "Je signaal is nog te kort of te algemeen om te beoordelen. Tip: beschrijf wat de klant meemaakt, "
             "bij welk product of proces, hoe vaak je het ziet, en noem zo mogelijk een klantcontact als voorbeeld.",
}


def content_words(text: str | None) -> list[str]:
    """The words that carry content: three letters or more, no function or filler words."""
    return [w for w in _WORD.findall(normalise_text(text)) if w not in FUNCTION_WORDS]


def quality_verdicts(texts: list[str | None], p_other: np.ndarray) -> pd.DataFrame:
    """quality_verdict and quality_reason per text; `p_other` is the classifier's probability of `other`."""
    other = np.asarray(p_other, dtype=float) >= NOT_A_SIGNAL_CONFIDENCE
    short = np.array([len(content_words(t)) < MIN_CONTENT_WORDS for t in texts], dtype=bool)
    verdict = np.where(other, NOT_A_SIGNAL, np.where(short, UNCLEAR, OK))
    return pd.DataFrame({"quality_verdict": verdict, "quality_reason": [REASONS.get(v) for v in verdict]})
