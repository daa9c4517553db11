import numpy as np

from ml.predict import tag_texts
from ml.survey_context import with_score_context

TEXTS = ["testbericht graag negeren", "testbericht graag negeren", "twee keer afgeschreven", "interne notitie"]


def test_a_dissatisfied_customers_comment_is_never_other_and_the_rest_keeps_its_tag(trained):
    model, _ = trained
    plain = tag_texts(model, TEXTS, 0.5)
    assert plain["signal_id"].tolist()[:2] == ["other", "other"]
    tags = with_score_context(model, TEXTS, plain, ["NPS", "CSAT", None, "CES"], [2, 9, None, None], 0.5)
    assert tags.loc[0, "signal_id"] != "other"  # a detractor's comment: a signal or unknown
    assert tags.iloc[1:].equals(plain.iloc[1:])  # satisfied, no survey, no score: as the model said
    assert list(tags.columns) == list(plain.columns) and tags.dtypes.equals(plain.dtypes)


def test_without_survey_context_the_tags_are_unchanged(trained):
    model, _ = trained
    plain = tag_texts(model, TEXTS, 0.5)
    same = with_score_context(model, TEXTS, plain, [None] * 4, [np.nan] * 4, 0.5)
    assert same.equals(plain)
