"""Difference-in-differences on weekly contact counts: the statistics behind an action's effect.

The treated signal is compared with a pool of control signals over the same weeks. Conditional on
the weekly total (treated + control), the treated count is binomial, and the log odds of
"treated" is log(treated / control). The effect is the change in that log ratio from the
baseline to the effect window, i.e. log((T_after / C_after) / (T_before / C_before)): a
Poisson log-linear DiD. Active customers, a shrinking base and a season that moves all signals
alike cancel in the ratio. Weeks vary more than a binomial allows (overdispersion), so the
variance is scaled by the Pearson dispersion of the weekly counts (quasi-likelihood) and the
test uses a t distribution with weeks - 2 degrees of freedom.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class DidResult:
    log_ratio: float  # log of (treated after / counterfactual after)
    std_error: float
    dof: int
    dispersion: float
    p_value: float
    ci_low: float  # log scale
    ci_high: float

    @property
    def change(self) -> float:
        return math.expm1(self.log_ratio)


def did_weekly(treated_before: np.ndarray, control_before: np.ndarray,
               treated_after: np.ndarray, control_after: np.ndarray, level: float = 0.95) -> DidResult:
    """DiD of weekly treated counts against weekly pooled control counts (one value per week)."""
    tb, cb, ta, ca = (np.asarray(a, dtype=float)
                      for a in (treated_before, control_before, treated_after, control_after))
    sums = np.array([tb.sum(), cb.sum(), ta.sum(), ca.sum()])
    if (sums == 0).any():
        sums = sums + 0.5  # continuity correction: a window without any contacts still gives a finite ratio
    t_b, c_b, t_a, c_a = sums
    log_ratio = math.log(t_a / c_a) - math.log(t_b / c_b)
    dispersion, dof = _pearson_dispersion([(tb, cb, t_b / (t_b + c_b)), (ta, ca, t_a / (t_a + c_a))])
    std_error = math.sqrt(dispersion * (1 / t_b + 1 / c_b + 1 / t_a + 1 / c_a))
    from scipy import stats  # here, not at the top: importing the Dagster definitions should not load scipy

    dist = stats.t(df=dof) if dof > 0 else stats.norm()
    p_value = float(2 * dist.sf(abs(log_ratio) / std_error))
    half = float(dist.ppf(0.5 + level / 2)) * std_error
    return DidResult(log_ratio, std_error, dof, dispersion, p_value, log_ratio - half, log_ratio + half)


def _pearson_dispersion(groups: list[tuple[np.ndarray, np.ndarray, float]]) -> tuple[float, int]:
    """Pearson chi-square / dof of the weekly binomial fit, floored at 1 (never narrower than Poisson)."""
    chi2, weeks = 0.0, 0
    for treated, control, share in groups:
        total = treated + control
        used = total > 0
        weeks += int(used.sum())
        if 0 < share < 1:
            expected = total[used] * share
            chi2 += float((((treated[used] - expected) ** 2) / (expected * (1 - share))).sum())
    dof = weeks - 2
    if dof <= 0:
        return 1.0, 0
    return max(1.0, chi2 / dof), dof


def robust_controls(before: dict[str, float], after: dict[str, float], *, z_limit: float = 3.0,
                    min_log_gap: float = 0.10, min_contacts: float = 10) -> tuple[list[str], list[str]]:
    """The control signals to pool: enough contacts, and moving like the other controls.

    A control whose before/after log ratio is far from the contact-weighted median of all
    controls, both statistically (|z| > z_limit against its own Poisson noise) and materially
    (more than min_log_gap apart), has something of its own going on (a seasonal dip, another
    action) and would distort the counterfactual; it is left out of the pool.
    Returns (kept, left out as outliers); controls with too few contacts are in neither.
    """
    usable = sorted(s for s in before if before[s] >= min_contacts and after.get(s, 0) > 0)
    if len(usable) < 3:
        return usable, []
    logs = np.array([math.log(after[s] / before[s]) for s in usable])
    errors = np.array([math.sqrt(1 / before[s] + 1 / after[s]) for s in usable])
    centre = weighted_median(logs, np.array([before[s] for s in usable]))
    gap = np.abs(logs - centre)
    keep = ~((gap / errors > z_limit) & (gap > min_log_gap))
    return ([s for s, k in zip(usable, keep, strict=True) if k],
            [s for s, k in zip(usable, keep, strict=True) if not k])


def weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    order = np.argsort(values)
    cumulative = np.cumsum(weights[order])
    return float(values[order][np.searchsorted(cumulative, cumulative[-1] / 2)])
