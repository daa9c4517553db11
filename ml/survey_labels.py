"""Weak labels from survey comments, read with the score the customer gave.

- A satisfied customer's comment praises, thanks or remarks; it is no problem: `other`.
  Satisfied is the top of each scale (docs/SPEC.md section 3): NPS promoters (9-10), CSAT 8-10 (a
  good Dutch report grade), CES 6-7 (easy).
- A dissatisfied customer's comment on a post-contact survey is mostly about the problem of the
  contact the survey follows: that contact's signal, where it is known from a hand label on the
  contact or a wrap-up code (or mail and complaint category) that names one signal. Dissatisfied is
  the bottom of each scale: NPS detractors (0-6), CSAT 1-5 (a fail), CES 1-3 (hard). A contact
  labelled `other` says nothing about what the customer complains of and gives no label.
- Scores in between, and dissatisfied comments without a known contact signal, give no label.

The input is one row per survey comment (`SURVEY_COLUMNS`, ml/warehouse.py `training_frames`).
"""

from __future__ import annotations

import pandas as pd

from ml.taxonomy import OTHER, Taxonomy

SURVEY_COLUMNS = ["text", "survey_type", "score", "contact_label", "contact_wrap_up_code"]
SATISFIED_FROM = {"NPS": 9, "CSAT": 8, "CES": 6}
DISSATISFIED_UP_TO = {"NPS": 6, "CSAT": 5, "CES": 3}


def contact_signal(surveys: pd.DataFrame, taxonomy: Taxonomy) -> pd.Series:
    """The signal of the contact each survey follows: its hand label, else its wrap-up code's signal."""
    label = surveys["contact_label"].astype("string").str.strip()
    label = label.where(label.isin(taxonomy.signals))
    code = surveys["contact_wrap_up_code"].astype("string").str.strip().str.upper()
    return label.fillna(code.map(taxonomy.code_signals).astype("string"))


def _on_scale(survey_type: pd.Series, score: pd.Series, bounds: dict[str, int], above: bool) -> pd.Series:
    bound = pd.Series(survey_type, dtype="string").str.strip().str.upper().map(bounds).astype(float)
    score = pd.to_numeric(pd.Series(score), errors="coerce").to_numpy(dtype=float)
    return pd.Series((score >= bound) if above else (score <= bound), index=bound.index)


def satisfied(survey_type: pd.Series, score: pd.Series) -> pd.Series:
    """True for a score at the top of its survey type's scale (False without a type or score)."""
    return _on_scale(survey_type, score, SATISFIED_FROM, above=True)


def dissatisfied(survey_type: pd.Series, score: pd.Series) -> pd.Series:
    """True for a score at the bottom of its survey type's scale (False without a type or score)."""
    return _on_scale(survey_type, score, DISSATISFIED_UP_TO, above=False)


def survey_signals(surveys: pd.DataFrame, taxonomy: Taxonomy) -> pd.Series:
    """The weak label of each comment (`other`, a signal, or missing), in the order of `surveys`."""
    happy = satisfied(surveys["survey_type"], surveys["score"]).to_numpy()
    unhappy = dissatisfied(surveys["survey_type"], surveys["score"]).to_numpy()
    complaint = contact_signal(surveys, taxonomy)
    about_a_signal = unhappy & (complaint.fillna(OTHER) != OTHER).to_numpy(dtype=bool)
    return complaint.where(about_a_signal).mask(happy, OTHER).astype("string")
