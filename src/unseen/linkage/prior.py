"""Re-estimate the prior (the chance that two random records match) from the scored pairs.

EM inside a blocking rule overestimates it when namesakes crowd the block, and the deterministic
estimate depends on a guessed recall. With m and u fixed, the prior that agrees with the data is a
fixed point: the expected number of matches, Σ P(match | pair), over all pairs of records. Pairs the
blocking never compares contribute next to nothing, so the scored pairs suffice; true matches that
blocking misses make the estimate slightly low, which errs on the side of not merging.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

__all__ = ["calibrate_prior", "logit2"]


def logit2(p: float) -> float:
    """log2 odds of a probability."""
    return math.log2(p / (1 - p))


def calibrate_prior(
    weights: npt.NDArray[np.float64], prior: float, n_records: int, iterations: int = 200
) -> float:
    """The prior λ with λ = Σ p_i(λ) / (n(n-1)/2), where `weights` were computed under `prior`.

    Newton's method on log λ(s) = log Σ p_i(s) - log T in the log-odds s, falling back to the plain
    fixed-point step where the slope gives no direction: each step passes over every scored pair
    (ten million at a million records), and Newton needs a handful where the fixed point needed dozens.
    """
    total_pairs = n_records * (n_records - 1) / 2
    if total_pairs <= 0 or len(weights) == 0:
        return prior
    evidence = np.asarray(weights, dtype=np.float64) - logit2(prior)
    odds = logit2(prior)
    current = prior
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp2(-np.clip(evidence + odds, -60, 60)))
        expected = float(p.sum())
        updated = min(max(expected / total_pairs, 1e-12), 0.5)
        gap = math.log(updated / current)
        if abs(gap) < 1e-6:
            return updated
        # d/ds of the gap, in units of ln 2: the p-weighted mean of (1 - p), less (1 - λ).
        slope = current - float((p * p).sum()) / expected if expected > 0 else 0.0
        if updated == expected / total_pairs and slope < -1e-3:
            odds -= float(np.clip(gap / (math.log(2) * slope), -8.0, 8.0))
        else:
            odds = logit2(updated)
        current = 1.0 / (1.0 + 2.0**-odds)
    return current
