import numpy as np

from ml.predict import tag_texts
from ml.survey_context import complaints

TEXTS = ["testbericht graag negeren", "testbericht graag negeren", "twee keer afgeschreven", "interne notitie"]


def test_a_dissatisfied_customers_comment_is_never_other_and_the_rest_keeps_its_tag(trained):
    model, _ = trained
    plain = tag_texts(model, TEXTS, 0.5)
    assert plain["signal_id"].tolist()[:2] == ["other", "other"]
    tags = tag_texts(model, TEXTS, 0.5, no_other=complaints(["NPS", "CSAT", None, "CES"], [2, 9, None, None]))
    assert tags.loc[0, "signal_id"] != "other"  # a detractor's comment: a signal or unknown
    assert tags.iloc[1:].equals(plain.iloc[1:])  # satisfied, no survey, no score: as the model said
    assert list(tags.columns) == list(plain.columns) and tags.dtypes.equals(plain.dtypes)


def test_without_survey_context_the_tags_are_unchanged(trained):
    model, _ = trained
    plain = tag_texts(model, TEXTS, 0.5)
    same = tag_texts(model, TEXTS, 0.5, no_other=complaints([None] * 4, [np.nan] * 4))
    assert same.equals(plain)
