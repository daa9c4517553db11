"""The improvement team's issue register: every submission a person accepted, open or closed.

Owner: the linked action's owner, else whoever changed the status last (their pseudonym). Age counts to closing for a
closed item, else to the as-of moment; the average time to close is the mean of days_to_close.
"""

from __future__ import annotations

import pandas as pd


def issue_register(submissions: pd.DataFrame, history: pd.DataFrame, owners: pd.DataFrame) -> pd.DataFrame:
    """Rows of mart_issue_register from mart_submissions, mart_submission_history and (action_id, owner)."""
    accepted = set(history.loc[history["status"] == "accepted", "submission_id"])
    items = submissions[submissions["submission_id"].isin(accepted)].copy()
    last_by = history.dropna(subset=["changed_by_key"]).groupby("submission_id")["changed_by_key"].last()
    closed_at = history[history["status"] == "closed"].groupby("submission_id")["changed_at"].first()
    action_owner = items["action_id"].map(dict(zip(owners["action_id"], owners["owner"])))
    items["owner"] = action_owner.fillna(items["submission_id"].map(last_by))
    members = submissions.groupby("cluster_id")["submission_id"].count()
    items["duplicates"] = items["submission_id"].map(members).fillna(1).astype(int) - 1
    closed = pd.to_datetime(items["submission_id"].map(closed_at.to_dict()), utc=True)
    submitted = pd.to_datetime(items["submitted_at"], utc=True)
    end = closed.fillna(pd.to_datetime(items["as_of_date"], utc=True))
    items["days_to_close"] = (closed - submitted).dt.total_seconds() / 86400
    items["age_days"] = ((end - submitted).dt.total_seconds() // 86400).astype("Int64")
    return items.sort_values(["is_open", "age_days", "submission_id"], ascending=[False, False, True])
