"""The batch n-gram blocks (ml/ngrams.py) give scikit-learn's TF-IDF features, column for column."""

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from ml.features import WordPairs
from ml.ngrams import CharNgramsInWords, WordNgrams, WordPairsNear
from ml.text import normalise_texts

TRAIN = normalise_texts([
    "Mijn factuur is twee keer afgeschreven, graag terugboeken",
    "simkaart niet ontvangen na 0 dagen", "sim-kaart nog steeds niet ontvangen!!",
    "internet valt elke avond weg, internet weg weg weg", "", "!!!", "a", "ok ok",
    "Card not arrived yet, card card", "eindafrekening klopt niet: € 0 te veel", "ĳs financiën café",
    "de de de de de de de de de de de de de de de de", "one two three four five six seven eight nine ten eleven "
    "twelve thirteen fourteen fifteen",
])
NEW = normalise_texts(["factuur niet ontvangen", "unknownword only", "", "card arrived twice twice",
                       "simkaart kaart sim", "x"])


def _aligned(ours, theirs, texts):
    """Both matrices with their columns ordered by feature name."""
    mine, reference = ours.transform(texts).toarray(), theirs.transform(texts).toarray()
    names, reference_names = ours.get_feature_names_out(), theirs.get_feature_names_out()
    assert sorted(names) == sorted(reference_names)
    return mine[:, np.argsort(names)], reference[:, np.argsort(reference_names)]


CASES = [
    (lambda: WordNgrams((1, 2)), lambda: TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                                         lowercase=False, token_pattern=r"(?u)\b\w+\b")),
    (lambda: WordNgrams((1, 3)), lambda: TfidfVectorizer(analyzer="word", ngram_range=(1, 3), sublinear_tf=True,
                                                         lowercase=False, token_pattern=r"(?u)\b\w+\b")),
    (lambda: WordNgrams((2, 2)), lambda: TfidfVectorizer(analyzer="word", ngram_range=(2, 2), sublinear_tf=True,
                                                         lowercase=False, token_pattern=r"(?u)\b\w+\b")),
    (lambda: CharNgramsInWords((2, 5)), lambda: TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5),
                                                                sublinear_tf=True, lowercase=False)),
    (lambda: CharNgramsInWords((1, 6)), lambda: TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 6),
                                                                sublinear_tf=True, lowercase=False)),
    (lambda: WordPairsNear(12, 3), lambda: TfidfVectorizer(analyzer=WordPairs(12, 3), sublinear_tf=True)),
    (lambda: WordPairsNear(3, None), lambda: TfidfVectorizer(analyzer=WordPairs(3, None), sublinear_tf=True)),
]


@pytest.mark.parametrize("ours, theirs", CASES)
def test_the_features_equal_scikit_learns(ours, theirs):
    ours, theirs = ours(), theirs()
    fitted = ours.fit_transform(TRAIN).toarray()
    theirs.fit(TRAIN)
    for texts in (TRAIN, NEW, NEW[:1]):
        mine, reference = _aligned(ours, theirs, texts)
        np.testing.assert_allclose(mine, reference, rtol=1e-5, atol=1e-6)
    assert ours.transform([]).shape == (0, len(ours.get_feature_names_out()))
    np.testing.assert_allclose(fitted, ours.transform(TRAIN).toarray(), rtol=1e-6)


def test_a_pickled_block_predicts_the_same():
    import pickle

    block = CharNgramsInWords((2, 5)).fit(TRAIN)
    before = block.transform(NEW).toarray()
    assert (pickle.loads(pickle.dumps(block)).transform(NEW).toarray() == before).all()
