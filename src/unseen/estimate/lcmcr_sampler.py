"""The Gibbs sampler of Manrique-Vallier (2016), compiled with numba, working on pattern counts.

Each person belongs to one of ``K`` latent classes; within a class, lists capture independently with
probabilities ``lambda[j, k] ~ Beta(1, 1)``. Class weights follow a truncated stick-breaking prior with
concentration ``alpha ~ Gamma(a, b)``, and ``p(N) ∝ 1/N``, under which the unseen count is negative
binomial given the rest. One sweep updates, in LCMCR's order: class counts per observed pattern
(a multinomial per pattern, not per person), ``lambda``, the stick-breaking weights, the probability of
being missed, the unseen count ``n0``, the classes of the unseen, and ``alpha``.

Speed comes from doing the same exact draws with less work, not from approximating them:

* every draw comes from the chain's own xoshiro256** generator through the exact samplers of
  :mod:`.lcmcr_draws`, so nothing is shared between threads and a seed fixes the whole chain;
* class weights are products of probabilities (no ``exp`` per pattern and class), with a fall-back to
  logarithms when a product would leave the range of a double;
* a pattern's multinomial is a run of conditional binomials over the classes, in the order of that
  pattern's weights, largest first (re-sorted every ``RESORT`` sweeps: any fixed order gives the same
  multinomial, and a pattern's order hardly changes from sweep to sweep, while sorting every sweep
  costs more than it saves because the empty classes, drawn from the prior, reshuffle at random),
  until at most ``ONE_AT_A_TIME`` people are left, who are then placed one at a time over the classes
  not yet visited; patterns seen that often or less skip the binomials and go straight into the sums;
* the counts that ``lambda`` and the weights need are summed while the classes are drawn, and all work
  arrays are allocated once per call, not per sweep.

Each chain is one compiled call that releases the GIL, so chains run in parallel threads.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from .lcmcr_draws import beta_pair, binomial, gamma, log_gamma, poisson, seed_state, uniform
from .lcmcr_draws import compiled as _compiled

__all__ = ["advance", "init_chain"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
ChainState = tuple[FloatArray, FloatArray, FloatArray, IntArray, IntArray, FloatArray]
# A chain's state: lam1 (J, K) and lam0 = 1 - lam1, log_nu (K), obs_n (K, people observed per class),
# count0 (K, unseen per class), and [alpha, n0, probability of being missed].

ONE_AT_A_TIME = 12  # patterns seen this often or less are split person by person (fastest measured)
TINY = 1e-290
RESORT = 16  # sweeps between re-sorts of each pattern's class order (Kosovo ~15% faster than by size)


# ------------------------------------------------------------------------------------ multinomials
@_compiled()
def _suffix_sums(w: FloatArray, order: IntArray, suffix: FloatArray) -> float:  # pragma: no cover
    """``suffix[i]`` = weight of classes ``order[i:]``, summed from the end, so that the conditional
    probability of the last class with weight is exactly 1 and the split always places everyone."""
    acc = 0.0
    for i in range(order.shape[0] - 1, -1, -1):
        acc += w[order[i]]
        suffix[i] = acc
    return acc


@_compiled()
def _split(s: NDArray[np.uint64], n: int, w: FloatArray, order: IntArray, suffix: FloatArray,
           out: IntArray) -> None:  # pragma: no cover - compiled
    """Multinomial split of ``n`` over classes with weights ``w`` (suffix sums already in ``suffix``):
    conditional binomials down ``order`` while many are left, then the last few one at a time over the
    classes not yet visited (given the counts so far, they are independent draws from those classes)."""
    k_classes = w.shape[0]
    for k in range(k_classes):
        out[k] = 0
    left = n
    for i in range(k_classes):
        if left <= ONE_AT_A_TIME:
            for _ in range(left):
                out[_categorical(s, w, order, i, suffix[i])] += 1
            return
        k = order[i]
        if w[k] <= 0.0:
            continue
        p = w[k] / suffix[i]
        c = left if p >= 1.0 else binomial(s, left, p)
        out[k] = c
        left -= c


@_compiled()
def _categorical(s: NDArray[np.uint64], w: FloatArray, order: IntArray, start: int, total: float
                 ) -> int:  # pragma: no cover - compiled
    """One draw from classes ``order[start:]`` with weights ``w`` summing to ``total``."""
    u = uniform(s) * total
    acc = 0.0
    last = -1
    for i in range(start, order.shape[0]):
        k = order[i]
        if w[k] > 0.0:
            acc += w[k]
            last = k
            if u < acc:
                return int(k)
    return last  # u fell past the rounded total: the last class with weight


@_compiled()
def _sort_desc(v: FloatArray, order: IntArray) -> None:  # pragma: no cover - compiled
    """Insertion sort of ``order`` by ``v`` descending; fast because the order changes little."""
    for i in range(1, order.shape[0]):
        k = order[i]
        j = i - 1
        while j >= 0 and v[order[j]] < v[k]:
            order[j + 1] = order[j]
            j -= 1
        order[j + 1] = k


# ------------------------------------------------------------------------------------ sweep steps
@_compiled(inline=True)
def _pattern_weights(m: int, on: IntArray, on_start: IntArray, ratio: FloatArray, base: FloatArray,
                     lam1: FloatArray, lam0: FloatArray, log_nu: FloatArray, w: FloatArray
                     ) -> float:  # pragma: no cover - compiled
    """Class weights of pattern ``m`` (``nu_k * prod_j lambda``, up to a common factor) and their sum:
    products of ratios to the unseen pattern's weights while they stay in range, logarithms if not."""
    k_classes = base.shape[0]
    start, stop = on_start[m], on_start[m + 1]
    if start == stop:
        for k in range(k_classes):
            w[k] = base[k]
    else:
        j = on[start]
        for k in range(k_classes):
            w[k] = base[k] * ratio[j, k]
        for i in range(start + 1, stop):
            j = on[i]
            for k in range(k_classes):
                w[k] *= ratio[j, k]
    total = 0.0
    for k in range(k_classes):
        total += w[k]
    if TINY < total < np.inf:
        return total
    top = -np.inf
    for k in range(k_classes):
        v = log_nu[k]
        for j in range(lam0.shape[0]):
            v += math.log(lam0[j, k])
        for i in range(start, stop):
            v += math.log(lam1[on[i], k]) - math.log(lam0[on[i], k])
        w[k] = v
        top = max(top, v)
    total = 0.0
    for k in range(k_classes):
        w[k] = math.exp(w[k] - top)
        total += w[k]
    return total


@_compiled()
def _observed_classes(s: NDArray[np.uint64], on: IntArray, on_start: IntArray, freq: IntArray,
                      lam1: FloatArray, lam0: FloatArray, ratio: FloatArray, log_nu: FloatArray,
                      base: FloatArray, porder: IntArray, resort: bool, obs_n: IntArray, ones: IntArray,
                      w: FloatArray, suffix: FloatArray, out: IntArray) -> None:  # pragma: no cover
    """Step 1: classes of the observed, pattern by pattern, summing class sizes and list counts.

    A pattern seen a few times (most of them, with many lists) is placed person by person straight
    into the sums; a larger one is split by :func:`_split` on the suffix sums of its weights. Both
    visit the classes in the pattern's own order ``porder[m]``, sorted by its weights when ``resort``:
    the first binomials then take most people, and the search for one person stops sooner."""
    j_lists, k_classes = ones.shape
    for k in range(k_classes):
        obs_n[k] = 0
        for j in range(j_lists):
            ones[j, k] = 0
    for m in range(freq.shape[0]):
        n = freq[m]
        total = _pattern_weights(m, on, on_start, ratio, base, lam1, lam0, log_nu, w)
        order = porder[m]
        if resort:
            _sort_desc(w, order)
        if n <= ONE_AT_A_TIME:
            for _ in range(n):
                k = _categorical(s, w, order, 0, total)
                obs_n[k] += 1
                for i in range(on_start[m], on_start[m + 1]):
                    ones[on[i], k] += 1
            continue
        _suffix_sums(w, order, suffix)
        _split(s, n, w, order, suffix, out)
        for k in range(k_classes):
            c = out[k]
            if c > 0:
                obs_n[k] += c
                for i in range(on_start[m], on_start[m + 1]):
                    ones[on[i], k] += c


@_compiled()
def _capture_probs(s: NDArray[np.uint64], ones: IntArray, class_n: IntArray, lam1: FloatArray,
                   lam0: FloatArray, ratio: FloatArray) -> None:  # pragma: no cover - compiled
    """Step 2: ``lambda[j, k] ~ Beta(1 + on list, 1 + off list)`` within each class."""
    j_lists, k_classes = ones.shape
    for j in range(j_lists):
        for k in range(k_classes):
            p, q = beta_pair(s, ones[j, k], class_n[k] - ones[j, k])
            lam1[j, k] = p
            lam0[j, k] = q
            ratio[j, k] = p / q


@_compiled()
def _stick_breaking(s: NDArray[np.uint64], class_n: IntArray, n_all: int, alpha: float,
                    log_nu: FloatArray, nu: FloatArray) -> None:  # pragma: no cover - compiled
    """Step 3: ``V_k ~ Beta(1 + n_k, alpha + people in later classes)``, kept in logarithms."""
    k_classes = log_nu.shape[0]
    acc = 0
    log_rest = 0.0
    for k in range(k_classes - 1):
        acc += class_n[k]
        rest = alpha + float(n_all - acc)
        if class_n[k] == 0:  # Beta(1, rest): 1 - V = U^(1/rest)
            l1v = math.log(uniform(s)) / rest
            lv = math.log(-math.expm1(l1v))
        else:
            g1 = log_gamma(s, 1.0 + class_n[k])
            g2 = log_gamma(s, rest)
            top = max(g1, g2)
            gs = top + math.log1p(math.exp(min(g1, g2) - top))
            lv = g1 - gs
            l1v = g2 - gs
        log_nu[k] = lv + log_rest
        nu[k] = math.exp(log_nu[k])
        log_rest += l1v
    log_nu[k_classes - 1] = log_rest
    nu[k_classes - 1] = math.exp(log_rest)


@_compiled()
def _unseen(s: NDArray[np.uint64], n: int, lam0: FloatArray, nu: FloatArray, base: FloatArray,
            order: IntArray, suffix: FloatArray, count0: IntArray) -> tuple[int, float]:  # pragma: no cover
    """Steps 4-5: probability of being missed, the unseen count (negative binomial), their classes."""
    j_lists, k_classes = lam0.shape
    p0 = 0.0
    for k in range(k_classes):
        v = nu[k]
        for j in range(j_lists):
            v *= lam0[j, k]
        base[k] = v
        p0 += v
    p0 = min(p0, 1.0 - 1e-12)
    _sort_desc(nu, order)
    while True:
        n0 = poisson(s, gamma(s, float(n)) * (p0 / (1.0 - p0)))
        if n0 <= 20 * n:
            break
    _suffix_sums(base, order, suffix)
    _split(s, n0, base, order, suffix, count0)
    return n0, p0


@_compiled()
def _refresh(lam1: FloatArray, lam0: FloatArray, log_nu: FloatArray, ratio: FloatArray, nu: FloatArray,
             base: FloatArray, order: IntArray) -> None:  # pragma: no cover - compiled
    """Derived arrays (ratios, weights of the unseen, class order) from a chain's state."""
    j_lists, k_classes = lam0.shape
    for k in range(k_classes):
        nu[k] = math.exp(log_nu[k])
        base[k] = nu[k]
        order[k] = k
        for j in range(j_lists):
            ratio[j, k] = lam1[j, k] / lam0[j, k]
            base[k] *= lam0[j, k]
    _sort_desc(nu, order)


@_compiled(nogil=True)
def _run(s: NDArray[np.uint64], on: IntArray, on_start: IntArray, freq: IntArray, lam1: FloatArray,
         lam0: FloatArray, log_nu: FloatArray, obs_n: IntArray, count0: IntArray, state: FloatArray,
         work: FloatArray, iwork: IntArray, draws: FloatArray, a_alpha: float, b_alpha: float,
         update_alpha: bool, burnin: int, thin: int, done: IntArray) -> None:  # pragma: no cover - compiled
    """``burnin`` sweeps, then a row of ``draws`` every ``thin`` sweeps; state updated in place.
    ``done[0]`` counts the sweeps made, for another thread to read as progress.

    Compiled without numba's reference counting (nothing here allocates; the work arrays come from
    the caller): counting references on every array passed between the steps cost more than the
    arithmetic of a sweep.
    """
    j_lists, k_classes = lam0.shape
    n = 0
    for m in range(freq.shape[0]):
        n += freq[m]
    samples = draws.shape[0]
    ratio, nu, base, w, suffix = work[:j_lists], work[j_lists, :], work[j_lists + 1], work[j_lists + 2], \
        work[j_lists + 3]
    ones, order, out, class_n = iwork[:j_lists], iwork[j_lists], iwork[j_lists + 1], iwork[j_lists + 2]
    porder = iwork[j_lists + 3:]
    _refresh(lam1, lam0, log_nu, ratio, nu, base, order)
    for m in range(porder.shape[0]):
        for k in range(k_classes):
            porder[m, k] = order[k]
    for sweep in range(burnin + samples * thin):
        done[0] = sweep
        _observed_classes(s, on, on_start, freq, lam1, lam0, ratio, log_nu, base, porder, sweep % RESORT == 0,
                          obs_n, ones, w, suffix, out)
        for k in range(k_classes):
            class_n[k] = obs_n[k] + count0[k]
        _capture_probs(s, ones, class_n, lam1, lam0, ratio)
        _stick_breaking(s, class_n, n + int(state[1]), state[0], log_nu, nu)
        n0, p0 = _unseen(s, n, lam0, nu, base, order, suffix, count0)
        if update_alpha:
            state[0] = gamma(s, a_alpha + k_classes - 1.0) / (b_alpha - log_nu[k_classes - 1])
        state[1] = n0
        state[2] = p0
        kept = sweep - burnin + 1
        if kept > 0 and kept % thin == 0:
            row = kept // thin - 1
            occupied = 0
            for k in range(k_classes):
                occupied += obs_n[k] + count0[k] > 0
            draws[row, 0] = n + n0
            draws[row, 1] = state[0]
            draws[row, 2] = occupied
            draws[row, 3] = p0
    done[0] = burnin + samples * thin


# ------------------------------------------------------------------------------------ public
def _sparse(x: IntArray) -> tuple[IntArray, IntArray]:
    """The lists of pattern ``m`` are ``on[on_start[m]:on_start[m + 1]]`` (most people are on few)."""
    on = np.ascontiguousarray(np.nonzero(x)[1], dtype=np.int64)
    on_start = np.concatenate([[0], np.cumsum(np.count_nonzero(x, axis=1))]).astype(np.int64)
    return on, on_start


def init_chain(x: IntArray, freq: IntArray, k_classes: int, seed: int, warmup: int) -> ChainState:
    """Start a chain as LCMCR does: lambda at the lists' capture rates, ``alpha = 0.3/K``, equal class
    weights, then ``warmup`` sweeps with ``alpha`` held, then classes sorted largest first (where the
    stick-breaking prior wants them). Returns the state that :func:`advance` continues from."""
    n = int(freq.sum())
    p = np.clip((x * freq[:, None]).sum(axis=0) / n, 1e-3, 1.0 - 1e-3)
    lam1 = np.ascontiguousarray(np.repeat(p[:, None], k_classes, axis=1), dtype=np.float64)
    lam0 = 1.0 - lam1
    log_nu = np.full(k_classes, -np.log(k_classes))
    obs_n = np.zeros(k_classes, dtype=np.int64)
    count0 = np.zeros(k_classes, dtype=np.int64)
    state = np.array([0.3 / k_classes, 0.0, 0.0])
    _run_chain(x, freq, lam1, lam0, log_nu, obs_n, count0, state, 0.25, 0.25, False, seed, warmup, 0, 1)
    order = np.argsort(-log_nu, kind="stable")
    return (np.ascontiguousarray(lam1[:, order]), np.ascontiguousarray(lam0[:, order]),
            log_nu[order].copy(), obs_n[order].copy(), count0[order].copy(), state)


def advance(x: IntArray, freq: IntArray, lam1: FloatArray, lam0: FloatArray, log_nu: FloatArray,
            obs_n: IntArray, count0: IntArray, state: FloatArray, a_alpha: float, b_alpha: float,
            seed: int, burnin: int, samples: int, thin: int, done: IntArray | None = None) -> FloatArray:
    """Continue a chain (state updated in place): ``burnin`` sweeps, then ``samples`` draws kept every
    ``thin`` sweeps. Returns ``(samples, 4)``: N, alpha, occupied classes, probability of being missed.
    ``done[0]``, where given, counts the sweeps made while the chain runs."""
    return _run_chain(x, freq, lam1, lam0, log_nu, obs_n, count0, state, a_alpha, b_alpha, True, seed,
                      burnin, samples, thin, done)


def _run_chain(x: IntArray, freq: IntArray, lam1: FloatArray, lam0: FloatArray, log_nu: FloatArray,
               obs_n: IntArray, count0: IntArray, state: FloatArray, a_alpha: float, b_alpha: float,
               update_alpha: bool, seed: int, burnin: int, samples: int, thin: int,
               done: IntArray | None = None) -> FloatArray:
    """Allocate the work arrays, then run the compiled chain (which allocates nothing)."""
    on, on_start = _sparse(x)
    j_lists, k_classes = lam0.shape
    work = np.empty((j_lists + 4, k_classes))
    iwork = np.zeros((j_lists + 3 + len(freq), k_classes), dtype=np.int64)
    draws = np.empty((samples, 4))
    _run(seed_state(seed), on, on_start, np.ascontiguousarray(freq, dtype=np.int64), lam1, lam0, log_nu,
         obs_n, count0, state, work, iwork, draws, a_alpha, b_alpha, update_alpha, burnin, thin,
         np.zeros(1, dtype=np.int64) if done is None else done)
    return draws
