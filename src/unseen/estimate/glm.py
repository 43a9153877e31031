"""Poisson log-linear fits on a small table, fast enough to fit thousands of models.

A hand-written Newton (IRLS) loop compiled with numba: the tables have at most ``2^8 - 1`` cells and a
few dozen parameters, so statsmodels' per-fit overhead would dominate a 6,893-model search. Whether
the maximum likelihood estimate exists at all is decided by the linear programme of Fienberg and
Rinaldo (2012), the test SparseMSE applies, run only when the fit itself looks like it is running off
to the boundary (a fitted cell near zero or no convergence).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numba import njit
from numpy.typing import NDArray
from scipy.optimize import linprog

__all__ = ["PoissonFit", "fit_poisson", "mle_exists"]

FloatArray = NDArray[np.float64]

#: Fitted values below this (for a zero cell) make us check existence of the MLE exactly.
BOUNDARY_MU = 1e-6


@dataclass(frozen=True)
class PoissonFit:
    """Result of one Poisson fit: coefficients, fitted means, deviance, covariance of the coefficients."""

    coef: FloatArray
    mu: FloatArray
    deviance: float
    loglik: float
    cov: FloatArray
    converged: bool
    iterations: int

    def looks_like_boundary(self) -> bool:
        return (not self.converged) or bool(np.min(self.mu) < BOUNDARY_MU)


def fit_poisson(x: FloatArray, y: FloatArray, tol: float = 1e-12, max_iter: int = 100) -> PoissonFit:
    """Fit ``log E[y] = x @ coef`` by Newton's method, started as R's ``glm`` starts (``mu = y + 0.1``)."""
    xx = np.ascontiguousarray(x, dtype=np.float64)
    yy = np.ascontiguousarray(y, dtype=np.float64)
    try:
        coef, mu, dev, cov, conv, it = _irls(xx, yy, tol, max_iter)
    except np.linalg.LinAlgError:  # the fit ran off to the boundary: a fitted cell reached zero
        nan = np.full(xx.shape[1], np.nan)
        return PoissonFit(nan, np.zeros_like(yy), np.nan, np.nan, np.full((len(nan), len(nan)), np.nan),
                          False, max_iter)
    return PoissonFit(coef, mu, float(dev), float(_poisson_loglik(y, mu)), cov, bool(conv), int(it))


@njit(cache=True)
def _deviance(y: FloatArray, mu: FloatArray) -> float:
    dev = 0.0
    for i in range(y.shape[0]):
        if y[i] > 0:
            dev += y[i] * np.log(y[i] / mu[i])
        dev -= y[i] - mu[i]
    return 2.0 * dev


@njit(cache=True)
def _irls(x: FloatArray, y: FloatArray, tol: float, max_iter: int
          ) -> tuple[Any, Any, float, Any, bool, int]:  # pragma: no cover - compiled
    p = x.shape[1]
    mu = y + 0.1
    eta = np.log(mu)
    coef: Any = np.zeros(p)
    dev_old = _deviance(y, mu)
    converged = False
    iterations = 0
    xtwx = np.eye(p)
    for step in range(1, max_iter + 1):
        iterations = step
        z = eta + (y - mu) / mu
        xw = x * mu[:, None]
        xtwx = xw.T @ x
        coef = np.linalg.solve(xtwx, xw.T @ z)
        eta = x @ coef
        for i in range(eta.shape[0]):
            eta[i] = min(max(eta[i], -40.0), 700.0)
        mu = np.exp(eta)
        dev = _deviance(y, mu)
        if abs(dev - dev_old) / (abs(dev) + 0.1) < tol:
            converged = True
            dev_old = dev
            break
        dev_old = dev
    xw = x * mu[:, None]
    xtwx = xw.T @ x
    cov = np.linalg.pinv(xtwx)
    return coef, mu, dev_old, cov, converged, iterations


def _poisson_loglik(y: FloatArray, mu: FloatArray) -> float:
    from scipy.special import gammaln

    safe = np.where(y > 0, y * np.log(np.maximum(mu, 1e-300)), 0.0)
    return float(np.sum(safe - mu - gammaln(y + 1.0)))


def mle_exists(x: FloatArray, y: FloatArray) -> bool:
    """Fienberg–Rinaldo test: the MLE exists iff some strictly positive table has ``y``'s margins.

    Maximise ``s`` subject to ``x.T @ z = x.T @ y`` and ``z_i >= s``; the MLE exists iff ``s > 0``.
    """
    m, _ = x.shape
    c = np.zeros(m + 1)
    c[-1] = -1.0
    a_eq = np.hstack([x.T, np.zeros((x.shape[1], 1))])
    b_eq = x.T @ y
    a_ub = np.hstack([-np.eye(m), np.ones((m, 1))])
    b_ub = np.zeros(m)
    bounds = [(0.0, None)] * m + [(0.0, float(np.sum(y)) + 1.0)]
    res = linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
    if res.status != 0:
        return False
    return bool(-res.fun > 1e-9 * max(1.0, float(np.sum(y))))
