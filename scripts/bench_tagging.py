"""Tagging throughput and peak memory: the product against a plain reference, in the same run.

    .venv/bin/python scripts/bench_tagging.py [--n 1000000] [--workers 2]

The texts are demo contact texts (call notes, mails, complaints, survey comments, labels from the
demo generator), sampled with replacement up to N, as a night's texts repeat. The product
(ml.predict.tag_texts: the model in use, abstention, secondary signals) is timed against the plain
reference the issue names: word uni- and bigram TF-IDF + logistic regression, fitted on the same
training texts and labels, predicting over the same number of worker processes. Each variant runs
in a fresh child process, so its peak memory is its own. Last, where one process's predict time goes
on every distinct text once (which no de-duplication shortens), beside the reference's time on them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cli.files import read_folder  # noqa: E402
from demo import generate  # noqa: E402
from ml.artifact import load_artifact, save_artifact  # noqa: E402
from ml.predict import tag_texts  # noqa: E402
from ml.taxonomy import load_taxonomy  # noqa: E402
from ml.train import train_candidate  # noqa: E402
from ml.training_data import TrainingFrames, build_training_set, stratified_split  # noqa: E402
from scripts.peak_memory import PeakMemory, _tree_rss_mb  # noqa: E402
from scripts.predict_time import predict_time_lines  # noqa: E402

DEMO = {"customers": 5000, "days": 120, "seed": 5}
TEXT_COLUMNS = {"calls": "notes", "mails": "body", "complaints": "text", "surveys": "comment", "labels": "text"}


def demo_texts(landing: Path) -> list[str]:
    """Every distinct demo contact text."""
    texts = (t for folder, column in TEXT_COLUMNS.items()
             for t in read_folder(landing / folder).get(column, pd.Series(dtype=object)).dropna().astype(str))
    return list(dict.fromkeys(texts))


def sampled(pool: list[str], n: int) -> list[str]:
    return [pool[i] for i in np.random.default_rng(0).integers(0, len(pool), size=n)]


def reference_pipeline() -> Pipeline:
    return Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
                     ("classifier", LogisticRegression(max_iter=1000))])


def reference_predict(reference: Pipeline, texts: list[str], workers: int) -> np.ndarray:
    bounds = np.linspace(0, len(texts), workers + 1).astype(int)
    parts = Parallel(n_jobs=workers)(delayed(reference.predict)(texts[lo:hi]) for lo, hi in zip(bounds, bounds[1:]))
    return np.concatenate(parts)


def run_variant(variant: str, workdir: Path, n: int, workers: int) -> dict:
    """In a child process: load the model and texts, time one variant, report time and peak memory."""
    texts = sampled(json.loads((workdir / "pool.json").read_text()), n)
    model, metadata = load_artifact(workdir / "model")
    reference = joblib.load(workdir / "reference.joblib")
    baseline_mb = _tree_rss_mb(os.getpid())
    with PeakMemory() as memory:
        started = time.perf_counter()
        if variant == "product":
            tag_texts(model, texts, model.min_confidence_in_force(), n_jobs=workers)
        else:
            reference_predict(reference, texts, workers)
        seconds = time.perf_counter() - started
    return {"texts": len(texts), "seconds": round(seconds, 2), "texts_per_s": round(len(texts) / seconds),
            "peak_rss_mb": round(memory.peak_mb), "rss_before_mb": round(baseline_mb)}


def prepare(workdir: Path) -> str:
    """Demo data, the product's model and the reference, both on the same training set; a summary line."""
    generate(out=workdir / "landing", **DEMO)
    frames = TrainingFrames(labels=read_folder(workdir / "landing" / "labels"),
                            calls=read_folder(workdir / "landing" / "calls"))
    data = build_training_set(frames, load_taxonomy())
    model, metadata = train_candidate(data, load_taxonomy())
    save_artifact(model, metadata, workdir / "model")
    train, test = stratified_split(data)
    reference = reference_pipeline().fit(train["text"].tolist(), train["signal_id"])
    reference_accuracy = float((reference.predict(test["text"].tolist()) == test["signal_id"]).mean())
    joblib.dump(reference_pipeline().fit(data["text"].tolist(), data["signal_id"]), workdir / "reference.joblib")
    pool = demo_texts(workdir / "landing")
    (workdir / "pool.json").write_text(json.dumps(pool))
    return (f"{len(pool):,} distinct demo texts (mean {np.mean([len(t) for t in pool]):.0f} chars); "
            f"{len(data):,} training texts; hold-out accuracy product {metadata['metrics']['accuracy']:.4f}, "
            f"reference {reference_accuracy:.4f}")


def child(workdir: Path, *arguments: str) -> str:
    out = subprocess.run([sys.executable, __file__, "--workdir", str(workdir), *arguments],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--variant", choices=["product", "reference", "breakdown"], help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant == "breakdown":
        pool = json.loads((args.workdir / "pool.json").read_text())
        lines = predict_time_lines(load_artifact(args.workdir / "model")[0], pool)
        started, _ = time.perf_counter(), joblib.load(args.workdir / "reference.joblib").predict(pool)
        seconds = time.perf_counter() - started
        print(json.dumps(lines + [f"{'reference, all':<22} {seconds:6.2f} s {len(pool) / seconds:>10,.0f} texts/s"]))
        return 0
    if args.variant:
        print(json.dumps(run_variant(args.variant, args.workdir, args.n, args.workers)))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        print(prepare(workdir), flush=True)
        results = {variant: json.loads(child(workdir, "--variant", variant, "--n", str(args.n),
                                             "--workers", str(args.workers)))
                   for variant in ("product", "reference")}
        for variant, result in results.items():
            print(f"{variant:>9}: {result['texts_per_s']:>8,} texts/s over {args.workers} processes "
                  f"({result['texts']:,} texts, {result['seconds']:.1f} s, peak RSS {result['peak_rss_mb']:,} MB)")
        ratio = results["product"]["texts_per_s"] / results["reference"]["texts_per_s"]
        print(f"product/reference: {ratio:.2f}x", flush=True)
        print("where one process's predict time goes, on every distinct text once:")
        for line in json.loads(child(workdir, "--variant", "breakdown")):
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
