"""One row per submission (mart_submissions) from the route-B steps: lifecycle, check, link, duplicates.

Duplicates are sought among open submissions the quality check passed (duplicates.py). A person's
merge (a `merged` event) is a duplicate too: it joins the cluster of the submission it names.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from signalchain.route_b.duplicates import duplicate_clusters, running_actions
from signalchain.route_b.lifecycle import FINAL, STATUSES, State
from signalchain.route_b.quality import OK


def lifecycle_columns(subs: pd.DataFrame, states: dict[str, State], as_of: pd.Timestamp) -> pd.DataFrame:
    """status, status_since, days_in_status, is_open and what people decided along the way."""
    rows = []
    for sid in subs["submission_id"]:
        state = states[sid]
        rows.append({"status": state.status, "status_since": state.since,
                     "days_in_status": int((as_of - state.since).total_seconds() // 86400),
                     "is_open": state.status not in FINAL, "priority_decided": state.fields.get("priority"),
                     "priority_context": state.fields.get("context"), "cause": state.fields.get("cause"),
                     "action_id": state.fields.get("action_id"), "merged_into": state.fields.get("duplicate_of")
                     if state.status == "merged" else None, "chosen_signal_id": state.fields.get("signal_id"),
                     "lifecycle_rank": STATUSES.index(state.status)})
    return pd.DataFrame(rows, index=subs.index)


def cluster_columns(subs: pd.DataFrame, actions: pd.DataFrame) -> pd.DataFrame:
    """cluster_id, duplicate_of, duplicate_source, duplicate_similarity, running_action_id per submission."""
    candidates = subs[subs["is_open"] & (subs["quality_verdict"] == OK)]
    found = duplicate_clusters(candidates[["submission_id", "text", "signal_id", "lifecycle_rank", "submitted_at"]])
    out = subs[["submission_id", "merged_into"]].merge(found, on="submission_id", how="left")
    cluster_of = dict(zip(found["submission_id"], found["cluster_id"]))
    merged = out["merged_into"].notna()
    out.loc[merged, "duplicate_of"] = out.loc[merged, "merged_into"]
    out.loc[merged, "cluster_id"] = [cluster_of.get(t, t) for t in out.loc[merged, "merged_into"]]
    out["cluster_id"] = out["cluster_id"].fillna(out["submission_id"])
    out["duplicate_source"] = np.where(merged, "person", np.where(out["duplicate_of"].notna(), "similarity", None))
    running = running_actions(candidates[["submission_id", "text", "signal_id"]], actions)
    out["running_action_id"] = out["submission_id"].map(running)
    return out.drop(columns="merged_into").set_index(subs.index)
