"""Convergence diagnostics for several MCMC chains: rank-normalised split-R-hat and effective sample size.

Following Vehtari, Gelman, Simpson, Carpenter and Bürkner (2021): chains are split in halves, draws are
replaced by normal scores of their ranks (robust to the long right tail of N), R-hat compares between-
and within-chain variance, and ESS sums autocorrelations in pairs (Geyer's initial monotone sequence).
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray
from scipy.stats import norm, rankdata

__all__ = ["effective_sample_size", "split_rhat"]

FloatArray = NDArray[np.float64]


def _split(chains: FloatArray) -> FloatArray:
    draws = np.asarray(chains, dtype=np.float64)
    if draws.ndim == 1:
        draws = draws[None, :]
    half = draws.shape[1] // 2
    return np.vstack([draws[:, :half], draws[:, draws.shape[1] - half:]])


def _rank_normalise(chains: FloatArray) -> FloatArray:
    ranks = rankdata(chains, method="average").reshape(chains.shape)
    return np.asarray(norm.ppf((ranks - 0.375) / (chains.size + 0.25)), dtype=np.float64)


def _rhat_basic(chains: FloatArray) -> float:
    m, n = chains.shape
    if n < 2:
        return math.nan
    w = float(np.mean(np.var(chains, axis=1, ddof=1)))
    b = n * float(np.var(np.mean(chains, axis=1), ddof=1))
    if w <= 0:
        return 1.0 if b <= 0 else math.inf
    var_plus = (n - 1) / n * w + b / n
    return math.sqrt(var_plus / w)


def split_rhat(chains: FloatArray) -> float:
    """Rank-normalised split R-hat of ``(chains, draws)``; below 1.01 means the chains agree."""
    split = _split(chains)
    return _rhat_basic(_rank_normalise(split))


def _autocovariance(x: FloatArray) -> FloatArray:
    n = len(x)
    size = 2 ** math.ceil(math.log2(2 * n))
    centred = x - x.mean()
    spectrum = np.fft.rfft(centred, size)
    acov = np.fft.irfft(spectrum * np.conj(spectrum), size)[:n]
    return np.asarray(acov / n, dtype=np.float64)


def effective_sample_size(chains: FloatArray) -> float:
    """Bulk effective sample size of ``(chains, draws)`` (rank-normalised, split chains)."""
    split = _rank_normalise(_split(chains))
    m, n = split.shape
    if n < 4:
        return math.nan
    acov = np.array([_autocovariance(c) for c in split])
    chain_var = acov[:, 0] * n / (n - 1)
    w = float(np.mean(chain_var))
    var_plus = w * (n - 1) / n + (float(np.var(split.mean(axis=1), ddof=1)) if m > 1 else 0.0)
    if var_plus <= 0:
        return float(m * n)
    rho = 1.0 - (w - np.mean(acov, axis=0)) / var_plus
    rho[0] = 1.0
    tau = _geyer_tau(rho)
    return float(m * n / max(tau, 1.0 / math.log10(max(m * n, 10))))


def _geyer_tau(rho: FloatArray) -> float:
    pairs: list[float] = []
    for t in range(0, len(rho) - 1, 2):
        p = float(rho[t] + rho[t + 1])
        if p <= 0:
            break
        pairs.append(min(p, pairs[-1]) if pairs else p)
    return -1.0 + 2.0 * float(np.sum(pairs)) if pairs else 1.0
