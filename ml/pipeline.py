"""The classifier pipeline factory: the one code path for production and the benchmarks.

Features are a union of word n-grams (phrases such as "niet ontvangen"), character
n-grams within word boundaries, which match parts of Dutch compounds
("simkaart", "sim-kaart", "eindafrekening") and survive typos, and word pairs (words
that occur together anywhere near each other); ml/ngrams.py finds all three a batch at a
time. A linear SVM separates the classes well on sparse TF-IDF features; it has no probabilities of its own, so it
sits inside `CalibratedClassifierCV`, whose calibrated probabilities drive abstention,
step back-off and secondary signals.

Tuning (5-fold CV on banking77 train.csv, scripts/eval_banking77.py; checked on the
hand-written Dutch set, tests/ml/test_dutch_handwritten.py): the word pairs are worth a
point of accuracy; C (0.3-1.5), n-gram ranges (words 1-3, chars 1-6, char vs char_wb),
pair window and prefix, min_df, class weights, punctuation handling, logistic
regression, kernel SVMs, NB-SVM and SVM+LR ensembles all stay within 0.2 points of
0.913. Down-weighting the character block (char_weight) was kept: 0.9124 -> 0.914.
What n-grams cannot know is that different words mean the same; pretrained token
embeddings (ml/embeddings.py) add that: 0.914 -> 0.920. They see the original text,
cased and with accents, as the vectors were learned; the n-grams see the normalised form.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sklearn.calibration import CalibratedClassifierCV
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.svm import LinearSVC

from ml.embeddings import MeanTokenEmbeddings
from ml.ngrams import CharNgramsInWords, WordNgrams, WordPairsNear
from ml.text import normalise_texts


@dataclass(frozen=True)
class PipelineSettings:
    """Hyperparameters, tuned on banking77 (scripts/eval_banking77.py) and the Dutch demo labels."""

    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    pair_window: int | None = 12  # None: no word-pair features
    pair_prefix: int | None = 3
    char_weight: float = 0.8  # scale of the character block against the word and pair blocks
    embedding_weight: float | None = 1.2  # scale of the pretrained embedding block; None: no embeddings
    C: float = 0.7
    calibration: str = "temperature"
    calibration_folds: int = 3

    def as_dict(self) -> dict:
        return asdict(self)


def build_pipeline(settings: PipelineSettings | None = None) -> Pipeline:
    """A fresh, unfitted pipeline: features (n-grams of the normalised text, embeddings of the
    original) -> calibrated linear SVM."""
    s = settings or PipelineSettings()
    parts = [("words", WordNgrams(s.word_ngrams)), ("chars", CharNgramsInWords(s.char_ngrams))]
    if s.pair_window:
        parts.append(("word_pairs", WordPairsNear(s.pair_window, s.pair_prefix)))
    ngrams = Pipeline([
        ("normalise", FunctionTransformer(normalise_texts)),
        ("blocks", FeatureUnion(parts, transformer_weights={"chars": s.char_weight})),
    ])
    blocks, weights = [("ngrams", ngrams)], {}
    if s.embedding_weight:
        blocks.append(("embeddings", MeanTokenEmbeddings()))  # the original text: what the vectors learned on
        weights["embeddings"] = s.embedding_weight
    features = FeatureUnion(blocks, transformer_weights=weights)
    classifier = CalibratedClassifierCV(LinearSVC(C=s.C), method=s.calibration,
                                        cv=s.calibration_folds, ensemble=False)
    return Pipeline([("features", features), ("classifier", classifier)])
