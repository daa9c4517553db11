"""Step 3 of route B: duplicates among open submissions, and the actions already running.

Similarity is the cosine of TF-IDF vectors over character n-grams within words (3 to 5 letters,
sublinear term frequency) of the normalised texts, fitted on the texts being compared: n-grams keep
"factuur" close to "facturen" and to a typo, and IDF discounts the words every submission uses
("klanten", "signaal"). Two open submissions are duplicates when their similarity reaches
DUPLICATE_SIMILARITY and they carry the same signal. Clusters are the connected groups of duplicates;
the primary is the one furthest along the lifecycle (someone is already working on it), then the
first submitted. DUPLICATE_SIMILARITY is tuned on the demo's planted duplicates
(tests/route_b/test_demo_truth.py reports precision and recall around it).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ml.text import normalise_texts

DUPLICATE_SIMILARITY = 0.5
DONE_ACTION_STATUSES = ("closed", "cancelled", "stopped", "afgerond", "gestopt", "geannuleerd")


def similarity_matrix(texts: list[str | None]) -> np.ndarray:
    """Pairwise cosine similarity of `texts` (a square array, 1 on the diagonal)."""
    if not texts:
        return np.zeros((0, 0))
    from sklearn.feature_extraction.text import TfidfVectorizer  # here, not at the top: start-up (see scipy below)
    from sklearn.metrics.pairwise import cosine_similarity

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1)
    return cosine_similarity(vectorizer.fit_transform(normalise_texts(texts)))


def duplicate_clusters(open_subs: pd.DataFrame, threshold: float = DUPLICATE_SIMILARITY) -> pd.DataFrame:
    """Per open submission (submission_id, text, signal_id, lifecycle_rank, submitted_at): cluster_id (its
    primary), duplicate_of (the primary, null for the primary itself) and duplicate_similarity."""
    subs = open_subs.reset_index(drop=True)
    similar = similarity_matrix(subs["text"].tolist())
    signals = subs["signal_id"].to_numpy(dtype=object)
    linked = (similar >= threshold) & (signals[:, None] == signals[None, :])
    from scipy.sparse.csgraph import connected_components

    _, component = connected_components(linked, directed=False)
    order = subs.assign(_component=component, _rank=-subs["lifecycle_rank"]).sort_values(
        ["_component", "_rank", "submitted_at", "submission_id"])
    primary = order.groupby("_component")["submission_id"].first()
    cluster = primary.reindex(component).to_numpy()
    others = linked & ~np.eye(len(subs), dtype=bool)
    best = np.where(others.any(axis=1), np.where(others, similar, -1.0).max(axis=1, initial=-1.0), np.nan)
    return pd.DataFrame({
        "submission_id": subs["submission_id"], "cluster_id": cluster,
        "duplicate_of": np.where(cluster == subs["submission_id"].to_numpy(), None, cluster),
        "duplicate_similarity": np.clip(best, 0, 1),
    })


def running_actions(subs: pd.DataFrame, actions: pd.DataFrame) -> pd.Series:
    """The action already running on each submission's signal (top-level, not done), by submission_id;
    among several the one whose title is most like the submission."""
    running = actions[actions["parent_action_id"].isna() & actions["done_at"].isna()
                      & ~actions["status"].fillna("").isin(DONE_ACTION_STATUSES)]
    found = {}
    for signal_id, group in subs.groupby("signal_id"):
        candidates = running[running["signal_id"] == signal_id]
        if candidates.empty:
            continue
        similar = similarity_matrix([*group["text"], *candidates["title"]])[:len(group), len(group):]
        best = candidates["action_id"].to_numpy()[similar.argmax(axis=1)]
        found.update(zip(group["submission_id"], best))
    return pd.Series(found, name="running_action_id", dtype=object)
