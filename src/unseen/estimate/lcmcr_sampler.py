"""The Gibbs sampler of Manrique-Vallier (2016), compiled with numba, working on pattern counts.

Each person belongs to one of ``K`` latent classes; within a class, lists capture independently with
probabilities ``lambda[j, k] ~ Beta(1, 1)``. Class weights follow a truncated stick-breaking prior with
concentration ``alpha ~ Gamma(a, b)``, and ``p(N) ∝ 1/N``, under which the unseen count is negative
binomial given the rest. One sweep updates, in LCMCR's order: class counts per observed pattern
(a multinomial per pattern, not per person), ``lambda``, the stick-breaking weights, the probability of
being missed, the unseen count ``n0``, the classes of the unseen, and ``alpha``.

Each chain is one compiled call that seeds numba's generator for its own thread first, so chains run in
parallel threads (the kernel releases the GIL) and are reproducible from their seeds.
"""

from __future__ import annotations

import numpy as np
from numba import njit
from numpy.typing import NDArray

__all__ = ["advance", "init_chain"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

# state vector layout for resuming a chain: alpha, n0, then log_nu (K), log_lam1 (J*K), count0 (K)


@njit(cache=True)
def _log_gamma_draw(shape: float) -> float:  # pragma: no cover - compiled
    """log of a Gamma(shape, 1) draw, stable for tiny shapes (stick-breaking with small alpha)."""
    if shape < 1.0:
        return float(np.log(np.random.gamma(shape + 1.0, 1.0)) + np.log(np.random.random()) / shape)
    return float(np.log(np.random.gamma(shape, 1.0)))


@njit(cache=True)
def _log_beta_pair(a: int, b: int, log_p: FloatArray, log_q: FloatArray, j: int, k: int
                   ) -> None:  # pragma: no cover - compiled
    """Draw ``p ~ Beta(1 + a, 1 + b)`` into ``log_p[j, k]`` and ``log(1 - p)`` into ``log_q[j, k]``.

    Most cells of a sparse table have ``a == 0`` or ``b == 0`` (an empty class, a list that names no
    one in the class); then ``Beta(1, 1 + b)`` is ``1 - U^(1/(1+b))``, one uniform instead of two
    gamma draws.
    """
    if a == 0:
        lq = np.log(np.random.random()) / (1.0 + b)
        log_q[j, k] = lq
        log_p[j, k] = np.log(-np.expm1(lq))
    elif b == 0:
        lp = np.log(np.random.random()) / (1.0 + a)
        log_p[j, k] = lp
        log_q[j, k] = np.log(-np.expm1(lp))
    else:
        ga = _log_gamma_draw(1.0 + a)
        gb = _log_gamma_draw(1.0 + b)
        gs = _log_sum(ga, gb)
        log_p[j, k] = ga - gs
        log_q[j, k] = gb - gs


@njit(cache=True)
def _log_sum(a: float, b: float) -> float:  # pragma: no cover - compiled
    m = max(a, b)
    return float(m + np.log(np.exp(a - m) + np.exp(b - m)))


@njit(cache=True)
def _multinomial(n: int, weights: FloatArray, out: IntArray) -> None:  # pragma: no cover - compiled
    """Multinomial draw with unnormalised weights, by sequential binomials (as GSL does)."""
    total = 0.0
    for k in range(weights.shape[0]):
        total += weights[k]
    left = n
    for k in range(weights.shape[0]):
        if left == 0 or total <= 0.0:
            out[k] = 0
            continue
        if k == weights.shape[0] - 1:
            out[k] = left
            break
        p = min(1.0, max(0.0, weights[k] / total))
        draw = np.random.binomial(left, p)
        out[k] = draw
        left -= draw
        total -= weights[k]


@njit(cache=True)
def _categorical(weights: FloatArray, total: float) -> int:  # pragma: no cover - compiled
    u = np.random.random() * total
    acc = 0.0
    last: int = weights.shape[0] - 1
    for k in range(last):
        acc += weights[k]
        if u < acc:
            return int(k)
    return last


@njit(cache=True)
def _draw_classes(n: int, weights: FloatArray, out: IntArray) -> None:  # pragma: no cover - compiled
    """Split ``n`` people over classes: one categorical draw each when few, else a multinomial."""
    if n > 4:
        _multinomial(n, weights, out)
        return
    out[:] = 0
    total = 0.0
    for k in range(weights.shape[0]):
        total += weights[k]
    for _ in range(n):
        out[_categorical(weights, total)] += 1


@njit(cache=True)
def _sweep(on: IntArray, on_start: IntArray, freq: IntArray, n: int, log_lam1: FloatArray,
           log_lam0: FloatArray, log_nu: FloatArray, count_z: IntArray, count0: IntArray, state: FloatArray,
           a_alpha: float, b_alpha: float, update_alpha: bool) -> None:  # pragma: no cover - compiled
    """One Gibbs sweep. Patterns are given sparsely: the lists of pattern ``m`` are
    ``on[on_start[m]:on_start[m + 1]]`` (most people are on one or two lists of many)."""
    m_cells = freq.shape[0]
    j_lists, k_classes = log_lam1.shape
    w = np.empty(k_classes)
    row = np.empty(k_classes, dtype=np.int64)
    # 1. classes of the observed, pattern by pattern: log p = base_k + sum over lists on of diff_jk
    base = log_nu.copy()
    for k in range(k_classes):
        for j in range(j_lists):
            base[k] += log_lam0[j, k]
    diff = log_lam1 - log_lam0
    for m in range(m_cells):
        top = -np.inf
        for k in range(k_classes):
            lp = base[k]
            for i in range(on_start[m], on_start[m + 1]):
                lp += diff[on[i], k]
            w[k] = lp
            top = max(top, lp)
        for k in range(k_classes):
            w[k] = np.exp(w[k] - top)
        _draw_classes(freq[m], w, row)
        for k in range(k_classes):
            count_z[m, k] = row[k]
    # 2. capture probabilities within classes
    class_n = count0.copy()
    ones = np.zeros((j_lists, k_classes), dtype=np.int64)
    for m in range(m_cells):
        for k in range(k_classes):
            c = count_z[m, k]
            if c == 0:
                continue
            class_n[k] += c
            for i in range(on_start[m], on_start[m + 1]):
                ones[on[i], k] += c
    for j in range(j_lists):
        for k in range(k_classes):
            _log_beta_pair(ones[j, k], class_n[k] - ones[j, k], log_lam1, log_lam0, j, k)
    # 3. stick-breaking weights
    alpha = state[0]
    n0 = int(state[1])
    acc = 0
    log_rest = 0.0
    for k in range(k_classes - 1):
        acc += class_n[k]
        g1 = _log_gamma_draw(1.0 + class_n[k])
        g2 = _log_gamma_draw(alpha + float(n0 + n - acc))
        gs = _log_sum(g1, g2)
        log_nu[k] = g1 - gs + log_rest
        log_rest += g2 - gs
    log_nu[k_classes - 1] = log_rest
    # 4. probability of being missed, then the unseen count (p(N) ∝ 1/N gives a negative binomial)
    top = -np.inf
    for k in range(k_classes):
        lp = log_nu[k]
        for j in range(j_lists):
            lp += log_lam0[j, k]
        w[k] = lp
        top = max(top, lp)
    p0 = 0.0
    for k in range(k_classes):
        p0 += np.exp(w[k])
    p0 = min(p0, 1.0 - 1e-12)
    while True:
        lam = np.random.gamma(float(n), p0 / (1.0 - p0))
        n0 = np.random.poisson(lam)
        if n0 <= 20 * n:
            break
    # 5. classes of the unseen
    for k in range(k_classes):
        w[k] = np.exp(w[k] - top)
    _multinomial(n0, w, count0)
    # 6. concentration
    if update_alpha:
        alpha = np.random.gamma(a_alpha + k_classes - 1.0, 1.0 / (b_alpha - log_nu[k_classes - 1]))
    state[0] = alpha
    state[1] = n0
    state[2] = float(p0)


@njit(cache=True)
def _sparse(x: IntArray) -> tuple[IntArray, IntArray]:  # pragma: no cover - compiled
    m_cells, j_lists = x.shape
    on_start = np.zeros(m_cells + 1, dtype=np.int64)
    for m in range(m_cells):
        on_start[m + 1] = on_start[m] + np.sum(x[m])
    on = np.empty(on_start[m_cells], dtype=np.int64)
    for m in range(m_cells):
        i = on_start[m]
        for j in range(j_lists):
            if x[m, j] == 1:
                on[i] = j
                i += 1
    return on, on_start


@njit(cache=True, nogil=True)
def init_chain(x: IntArray, freq: IntArray, k_classes: int, seed: int, warmup: int) -> tuple[
    FloatArray, FloatArray, FloatArray, IntArray, IntArray, FloatArray
]:  # pragma: no cover - compiled
    """Start a chain as LCMCR does: lambda at the lists' capture rates, ``alpha = 0.3/K``, then
    ``warmup`` sweeps with ``alpha`` held. Returns the state arrays :func:`advance` continues from."""
    np.random.seed(seed)
    m_cells, j_lists = x.shape
    n = 0
    for m in range(m_cells):
        n += freq[m]
    log_lam1 = np.empty((j_lists, k_classes))
    log_lam0 = np.empty((j_lists, k_classes))
    for j in range(j_lists):
        ones = 0
        for m in range(m_cells):
            if x[m, j] == 1:
                ones += freq[m]
        p = min(max(ones / n, 1e-3), 1.0 - 1e-3)
        for k in range(k_classes):
            # all classes start alike, as in LCMCR; the first sweep of class draws breaks the tie
            q = p
            log_lam1[j, k] = np.log(q)
            log_lam0[j, k] = np.log1p(-q)
    log_nu = np.full(k_classes, -np.log(k_classes))
    count_z = np.zeros((m_cells, k_classes), dtype=np.int64)
    count0 = np.zeros(k_classes, dtype=np.int64)
    state = np.array([0.3 / k_classes, 0.0, 0.0])
    on, on_start = _sparse(x)
    for _ in range(warmup):
        _sweep(on, on_start, freq, n, log_lam1, log_lam0, log_nu, count_z, count0, state, 0.25, 0.25, False)
    # as LCMCR does after its warm-up: largest classes first, where the stick-breaking prior wants them
    order = np.argsort(-log_nu)
    return (np.ascontiguousarray(log_lam1[:, order]), np.ascontiguousarray(log_lam0[:, order]),
            log_nu[order].copy(), np.ascontiguousarray(count_z[:, order]), count0[order].copy(), state)


@njit(cache=True, nogil=True)
def advance(x: IntArray, freq: IntArray, log_lam1: FloatArray, log_lam0: FloatArray, log_nu: FloatArray,
            count_z: IntArray, count0: IntArray, state: FloatArray, a_alpha: float, b_alpha: float,
            seed: int, burnin: int, samples: int, thin: int) -> FloatArray:  # pragma: no cover - compiled
    """Continue a chain (state updated in place): ``burnin`` sweeps, then ``samples`` draws kept every
    ``thin`` sweeps. Returns ``(samples, 4)``: N, alpha, occupied classes, probability of being missed."""
    np.random.seed(seed)
    m_cells = x.shape[0]
    k_classes = log_nu.shape[0]
    on, on_start = _sparse(x)
    n = 0
    for m in range(m_cells):
        n += freq[m]
    for _ in range(burnin):
        _sweep(on, on_start, freq, n, log_lam1, log_lam0, log_nu, count_z, count0, state,
                   a_alpha, b_alpha, True)
    out = np.empty((samples, 4))
    for s in range(samples):
        for _ in range(thin):
            _sweep(on, on_start, freq, n, log_lam1, log_lam0, log_nu, count_z, count0, state,
                   a_alpha, b_alpha, True)
        occupied = 0
        for k in range(k_classes):
            c = count0[k]
            for m in range(m_cells):
                c += count_z[m, k]
            if c > 0:
                occupied += 1
        out[s, 0] = n + state[1]
        out[s, 1] = state[0]
        out[s, 2] = occupied
        out[s, 3] = state[2]
    return out
