"""Multinomial profile-likelihood interval for N, computed as Rcapture's ``closedpCI.t`` computes it.

For a candidate ``N`` the unseen cell is filled with ``n0 = N - n`` and the Poisson model is refitted on
the complete table (the unseen cell's design row is the intercept alone); the multinomial profile
log-likelihood is ``-(deviance - 2 c)/2``, with Cormack's (1992) correction ``c`` turning the Poisson
likelihood into the multinomial one. The interval holds every ``N`` whose log-likelihood is within
``chi2_1(0.95)/2`` of the maximum. Where Rcapture gives up on an upper limit beyond ``3 N``, we widen
the search step by step (up to ``max_factor``) and say so, rather than print ``>x``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import brentq, minimize_scalar
from scipy.special import gammaln
from scipy.stats import chi2

from .glm import fit_poisson

__all__ = ["ProfileInterval", "profile_interval"]

FloatArray = NDArray[np.float64]
Refit = Callable[[FloatArray, FloatArray], float]


@dataclass(frozen=True)
class ProfileInterval:
    """``lower``/``upper`` limits, the multinomial MLE ``n_max`` and notes on how the limits were found."""

    lower: float
    upper: float
    n_max: float
    level: float
    notes: list[str] = field(default_factory=list)
    #: ``(N, drop)``: the log-likelihood's fall below its maximum at points from ``lower`` to ``upper``
    #: (to ``n_max`` when there is no upper limit); a total over strata profiles their sum from these.
    curve: tuple[FloatArray, FloatArray] = (np.empty(0), np.empty(0))


def cormack_correction(n0: float, total: float) -> float:
    """Cormack's term relating Poisson and multinomial likelihoods, with Rcapture's large-N shortcut.

    The shortcut is Stirling's formula for both factorials, which runs to infinity as ``n0`` falls
    below 1 (Rcapture special-cases 0 and 1 only): there the exact term is used, which joins its
    values at 0 and 1 smoothly. Otherwise a table with almost no one unseen got an interval that
    left out its own estimate (566 to 566.0006 around 567.1)."""
    if total > 100 and not 0.0 < n0 < 1.0:
        if n0 in (0.0, 1.0):
            return -total + 0.5 * math.log(2 * math.pi * total)
        return n0 - total - 0.5 * math.log(n0 / total)
    n0_log_n0 = n0 * math.log(n0) if n0 > 0 else 0.0
    return float(n0_log_n0 + gammaln(total + 1) - total * math.log(total) - gammaln(n0 + 1))


def _default_refit(x: FloatArray, y: FloatArray) -> float:
    return fit_poisson(x, y).deviance


def profile_interval(
    x: FloatArray,
    y: FloatArray,
    n_hat: float,
    level: float = 0.95,
    refit: Refit | None = None,
    max_factor: float = 100.0,
) -> ProfileInterval:
    """Profile interval for ``N`` under the design ``x`` (observed cells only, intercept first).

    ``n_hat`` is the Poisson estimate, used as Rcapture uses it to bracket the search. ``refit`` returns
    the deviance of a fit of ``(x, y)``; it defaults to the plain Poisson fit (Chao models pass one that
    drops negative heterogeneity terms).
    """
    deviance = refit or _default_refit
    n = float(np.sum(y))
    x_full = np.vstack([x, np.eye(1, x.shape[1])])

    def loglik(total: float) -> float:
        n0 = max(total - n, 0.0)
        dev = deviance(x_full, np.append(y, n0))
        return -(dev - 2.0 * cormack_correction(n0, n + n0)) / 2.0

    best = minimize_scalar(lambda v: -loglik(v), bounds=(n, 1.5 * n_hat), method="bounded",
                           options={"xatol": 1e-6})
    n_max, l_max = float(best.x), -float(best.fun)
    target = l_max - chi2.ppf(level, 1) / 2.0
    notes: list[str] = []
    lower = _lower_limit(loglik, target, n, n_max, notes)
    upper = _upper_limit(loglik, target, n_max, n_hat, max_factor, notes)
    return ProfileInterval(lower, upper, n_max, level, notes, _curve(loglik, l_max, lower, n_max, upper))


CURVE_POINTS = 17  # each side of the maximum: the curve is smooth there, and each point is one refit


def _curve(loglik: Callable[[float], float], l_max: float, lower: float, n_max: float, upper: float
           ) -> tuple[FloatArray, FloatArray]:
    """The profile's fall below its maximum, sampled over the interval (the limits included)."""
    left = np.linspace(lower, n_max, CURVE_POINTS) if n_max > lower else np.array([n_max])
    finite = math.isfinite(upper) and upper > n_max
    right: FloatArray = np.linspace(n_max, upper, CURVE_POINTS)[1:] if finite else np.empty(0)
    values = np.concatenate([left, right]).astype(np.float64)
    drops = np.array([0.0 if v == n_max else max(l_max - loglik(float(v)), 0.0) for v in values])
    return values, drops


def _lower_limit(loglik: Callable[[float], float], target: float, n: float, n_max: float,
                 notes: list[str]) -> float:
    if n_max - n < 1e-9 or loglik(n) >= target:
        notes.append("the lower limit is the number observed")
        return n
    return float(brentq(lambda v: loglik(v) - target, n, n_max, xtol=1e-8))


def _upper_limit(loglik: Callable[[float], float], target: float, n_max: float, n_hat: float,
                 max_factor: float, notes: list[str]) -> float:
    factor = 3.0
    while factor <= max_factor:
        hi = factor * n_hat
        if loglik(hi) < target:
            if factor > 3.0:
                notes.append(f"the upper limit lies beyond 3 N-hat (Rcapture would print '>{3 * n_hat:.1f}')")
            return float(brentq(lambda v: loglik(v) - target, n_max, hi, xtol=1e-8))
        factor *= 3.0
    notes.append(f"the upper limit lies beyond {max_factor:g} N-hat: the data do not bound N from above")
    return math.inf
