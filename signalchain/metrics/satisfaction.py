"""Whether satisfaction on a journey step changed between an action's windows."""

from __future__ import annotations

import pandas as pd


def satisfaction_p_value(action: dict) -> float | None:
    """Welch's t-test on the CSAT answers before and after, from their means, SDs and counts."""
    values = [action.get(k) for k in ("satisfaction_before", "satisfaction_sd_before", "n_responses_before",
                                      "satisfaction_after", "satisfaction_sd_after", "n_responses_after")]
    if any(v is None or pd.isna(v) for v in values) or min(values[2], values[5]) < 2:
        return None
    mean_b, sd_b, n_b, mean_a, sd_a, n_a = (float(v) for v in values)
    if sd_b == 0 and sd_a == 0:
        return None
    from scipy import stats  # here, not at the top: importing the Dagster definitions should not load scipy

    return float(stats.ttest_ind_from_stats(mean_a, sd_a, n_a, mean_b, sd_b, n_b, equal_var=False).pvalue)
