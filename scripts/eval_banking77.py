"""Real-text proof: the production classifier pipeline on BANKING77 (English customer-service texts).

Trains the product's own pipeline (ml.pipeline.build_pipeline, the factory production uses)
with 5-fold stratified cross-validation on train.csv and prints accuracy, macro-F1 and the
expected calibration error of its probabilities.

    .venv/bin/python scripts/eval_banking77.py [--data PATH] [--folds 5] [--jobs 2] [--set C=1.0 ...]

`--set name=value` overrides a PipelineSettings field, for tuning; production uses the defaults.
"""

from __future__ import annotations

import argparse
import ast
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from joblib import Parallel, delayed  # noqa: E402

from ml.evaluation import expected_calibration_error  # noqa: E402
from ml.pipeline import PipelineSettings, build_pipeline  # noqa: E402

DEFAULT_DATA = Path("/work/shared/data/banking77/train.csv")


def _fold(settings: PipelineSettings, texts: np.ndarray, labels: np.ndarray, train: np.ndarray, test: np.ndarray):
    """(test indices, probabilities, classes) of one fold."""
    pipeline = build_pipeline(settings).fit(texts[train].tolist(), labels[train])
    return test, pipeline.predict_proba(texts[test].tolist()), pipeline.classes_


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args()
    overrides = {name: ast.literal_eval(value) for name, value in (item.split("=", 1) for item in args.set)}
    settings = replace(PipelineSettings(), **overrides)

    data = pd.read_csv(args.data)
    texts, labels = data["text"].to_numpy(dtype=object), data["label"].to_numpy(dtype=object)
    started = time.perf_counter()
    folds = StratifiedKFold(args.folds, shuffle=True, random_state=0).split(texts, labels)
    results = Parallel(n_jobs=args.jobs)(delayed(_fold)(settings, texts, labels, tr, te) for tr, te in folds)

    predicted = np.empty(len(labels), dtype=object)
    confidence = np.empty(len(labels))
    fold_accuracy = []
    for test, proba, classes in results:
        predicted[test] = classes[proba.argmax(axis=1)]
        confidence[test] = proba.max(axis=1)
        fold_accuracy.append(accuracy_score(labels[test], predicted[test]))
    correct = predicted == labels
    print(f"BANKING77 {len(data):,} texts, {len(set(labels))} intents, {args.folds}-fold stratified CV")
    print(f"settings: {settings.as_dict()}")
    print(f"accuracy  {correct.mean():.4f}  (folds: {', '.join(f'{a:.4f}' for a in fold_accuracy)})")
    print(f"macro-F1  {f1_score(labels, predicted, average='macro'):.4f}")
    print(f"expected calibration error {expected_calibration_error(confidence, correct):.4f}")
    print(f"time {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
