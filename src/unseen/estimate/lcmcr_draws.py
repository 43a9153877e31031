"""Exact random draws for the LCMCR sampler, compiled with numba, from a chain's own generator.

Every draw comes from the chain's xoshiro256** generator (Blackman & Vigna; one 4-word state per chain,
so nothing is shared between threads and a seed fixes the whole chain) through exact samplers: ziggurat
normal, Marsaglia-Tsang gamma, inversion or BTRD binomial (log-factorials from a table), inversion or
PTRS Poisson, and beta draws that need one uniform when a count is zero.

numba's cache tracks only the file of the function it compiles: after editing this module, clear the
``__pycache__`` caches of the modules that inline these draws (``lcmcr_sampler``) or they keep the old
code.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, TypeVar, cast

import numpy as np
from numba import njit
from numpy.typing import NDArray

__all__ = ["beta_pair", "binomial", "compiled", "gamma", "log_gamma", "normal", "poisson", "seed_state",
           "uniform"]

FloatArray = NDArray[np.float64]

F = TypeVar("F", bound=Callable[..., Any])


def compiled(inline: bool = False, nogil: bool = False) -> Callable[[F], F]:
    """numba's ``njit``, cached, without reference counting (the kernels allocate nothing, and counting
    references on every array passed between them cost more than a sweep's arithmetic); the small
    draws are inlined where they are called."""
    options: dict[str, Any] = {"cache": True, "_nrt": False, "nogil": nogil}
    if inline:
        options["inline"] = "always"
    return cast("Callable[[F], F]", njit(**options))


# ------------------------------------------------------------------------------------ exact draws
# xoshiro256** (Blackman & Vigna), one 4-word state per chain; doubles in (0, 1) from the top 53 bits.
_U53 = 1.0 / 9007199254740992.0


def seed_state(seed: int) -> NDArray[np.uint64]:
    """A chain's generator state from its seed (SeedSequence spreads nearby seeds apart)."""
    return np.random.SeedSequence(seed).generate_state(4, dtype=np.uint64).astype(np.uint64)


@compiled(inline=True)
def _next(s: NDArray[np.uint64]) -> np.uint64:  # pragma: no cover - compiled
    s0, s1, s2, s3 = s[0], s[1], s[2], s[3]
    x = s1 * np.uint64(5)
    result = ((x << np.uint64(7)) | (x >> np.uint64(57))) * np.uint64(9)
    t = s1 << np.uint64(17)
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s[0], s[1], s[2], s[3] = s0, s1, s2, (s3 << np.uint64(45)) | (s3 >> np.uint64(19))
    return np.uint64(result)


@compiled(inline=True)
def uniform(s: NDArray[np.uint64]) -> float:  # pragma: no cover - compiled
    """Uniform on (0, 1), never 0 or 1 (logarithms of it are finite)."""
    return (float(_next(s) >> np.uint64(11)) + 0.5) * _U53


def _ziggurat_tables(layers: int = 128, r: float = 3.442619855899,
                     v: float = 9.91256303526217e-3) -> tuple[FloatArray, FloatArray]:
    """Edges of Marsaglia and Tsang's ziggurat for the normal density (Doornik's 128-layer constants)."""
    x = np.zeros(layers + 1)
    f = math.exp(-0.5 * r * r)
    x[0], x[1] = v / f, r
    for i in range(2, layers):
        x[i] = math.sqrt(-2.0 * math.log(v / x[i - 1] + f))
        f = math.exp(-0.5 * x[i] * x[i])
    return x, x[1:] / x[:-1]


_ZX, _ZR = _ziggurat_tables()
_ZTAIL = 3.442619855899
_RECIPROCAL = 1.0 / np.maximum(np.arange(64.0), 1.0)  # 1/x without a division in the inversion loop
_LOG_FACTORIAL = np.array([math.lgamma(k + 1.0) for k in range(4096)])  # BTRD's exact test, no lgamma


@compiled(inline=True)
def _log_factorial(k: float) -> float:  # pragma: no cover - compiled
    """``log(k!)`` from the table while it reaches, then ``lgamma`` (the same values either way)."""
    if k < 4096.0:
        return float(_LOG_FACTORIAL[int(k)])
    return math.lgamma(k + 1.0)


@compiled(inline=True)
def normal(s: NDArray[np.uint64]) -> float:  # pragma: no cover - compiled
    """Standard normal by the ziggurat: one 64-bit draw gives the layer (low 7 bits) and the abscissa."""
    while True:
        bits = _next(s)
        i = int(bits & np.uint64(127))
        u = 2.0 * (float(bits >> np.uint64(11)) + 0.5) * _U53 - 1.0
        if abs(u) < _ZR[i]:
            return float(u * _ZX[i])
        if i == 0:  # the tail beyond the base strip
            while True:
                x = -math.log(uniform(s)) / _ZTAIL
                if -2.0 * math.log(uniform(s)) >= x * x:
                    return _ZTAIL + x if u > 0.0 else -_ZTAIL - x
        x = u * _ZX[i]
        f0 = math.exp(-0.5 * (_ZX[i] * _ZX[i] - x * x))
        f1 = math.exp(-0.5 * (_ZX[i + 1] * _ZX[i + 1] - x * x))
        if f1 + uniform(s) * (f0 - f1) < 1.0:
            return float(x)


@compiled(inline=True)
def _gamma_ge1(s: NDArray[np.uint64], shape: float) -> float:  # pragma: no cover - compiled
    """Gamma(shape, 1) for shape >= 1 by Marsaglia and Tsang's squeeze and rejection."""
    d = shape - 1.0 / 3.0
    c = 1.0 / math.sqrt(9.0 * d)
    while True:
        x = normal(s)
        v = 1.0 + c * x
        if v <= 0.0:
            continue
        v = v * v * v
        u = uniform(s)
        x2 = x * x
        if u < 1.0 - 0.0331 * x2 * x2 or math.log(u) < 0.5 * x2 + d * (1.0 - v + math.log(v)):
            return d * v


@compiled(inline=True)
def gamma(s: NDArray[np.uint64], shape: float) -> float:  # pragma: no cover - compiled
    """Gamma(shape, 1); below 1 as Gamma(shape + 1) * U^(1/shape)."""
    if shape < 1.0:
        return float(_gamma_ge1(s, shape + 1.0) * uniform(s) ** (1.0 / shape))
    return _gamma_ge1(s, shape)


@compiled(inline=True)
def log_gamma(s: NDArray[np.uint64], shape: float) -> float:  # pragma: no cover - compiled
    """log of a Gamma(shape, 1) draw, finite for tiny shapes (stick-breaking with small alpha)."""
    if shape < 1.0:
        return math.log(_gamma_ge1(s, shape + 1.0)) + math.log(uniform(s)) / shape
    return math.log(_gamma_ge1(s, shape))


@compiled(inline=True)
def beta_pair(s: NDArray[np.uint64], a: int, b: int) -> tuple[float, float]:  # pragma: no cover
    """``(p, 1 - p)`` for ``p ~ Beta(1 + a, 1 + b)``, both to full relative precision.

    Most cells of a sparse table have ``a == 0`` or ``b == 0``; then the draw is a power of one
    uniform (``Beta(1, 1 + b)`` is ``1 - U^(1/(1+b))``) instead of two gamma draws.
    """
    if a == 0 and b == 0:
        u = uniform(s)
        return u, 1.0 - u
    if a == 0:
        t = math.log(uniform(s)) / (1.0 + b)
        return -math.expm1(t), math.exp(t)
    if b == 0:
        t = math.log(uniform(s)) / (1.0 + a)
        return math.exp(t), -math.expm1(t)
    g1 = _gamma_ge1(s, 1.0 + a)
    g2 = _gamma_ge1(s, 1.0 + b)
    return g1 / (g1 + g2), g2 / (g1 + g2)


@compiled()
def binomial(s: NDArray[np.uint64], n: int, p: float) -> int:  # pragma: no cover - compiled
    """Binomial(n, p): inversion when the smaller tail's mean is under 10, else Hörmann's BTRD."""
    if n <= 0 or p <= 0.0:
        return 0
    if p >= 1.0:
        return n
    if p > 0.5:
        return n - _binomial_half(s, n, 1.0 - p)
    return _binomial_half(s, n, p)


@compiled(inline=True)
def _binomial_half(s: NDArray[np.uint64], n: int, p: float) -> int:  # pragma: no cover - compiled
    if n * p < 10.0:
        return _binomial_inversion(s, n, p)
    return _btrd(s, n, p)


@compiled(inline=True)
def _binomial_inversion(s: NDArray[np.uint64], n: int, p: float) -> int:  # pragma: no cover - compiled
    odds = p / (1.0 - p)
    step = odds * (n + 1.0)
    f0 = math.exp(n * math.log1p(-p))
    while True:  # a restart only when rounding leaves u beyond the summed probabilities
        u = uniform(s)
        f = f0
        x = 0
        while u > f and x < n:
            u -= f
            x += 1
            f *= (step * _RECIPROCAL[x] - odds) if x < _RECIPROCAL.shape[0] else odds * (n - x + 1) / x
        if u <= f:
            return x


@compiled(inline=True)
def _btrd(s: NDArray[np.uint64], n: int, p: float) -> int:  # pragma: no cover - compiled
    """Transformed rejection with decomposition (Hörmann 1993) for n p >= 10, p <= 1/2; the rare
    slow path compares with the exact log-probability ratio (log-factorials, no Stirling error), read
    from a table up to 4095 (every pattern count of the tables we know) instead of ``lgamma`` calls."""
    q = 1.0 - p
    spq = math.sqrt(n * p * q)
    b = 1.15 + 2.53 * spq
    a = -0.0873 + 0.0248 * b + 0.01 * p
    c = n * p + 0.5
    vr = 0.92 - 4.2 / b
    m = math.floor((n + 1) * p)
    h = alpha = lpq = np.nan
    while True:
        u = uniform(s) - 0.5
        v = uniform(s)
        us = 0.5 - abs(u)
        k = math.floor((2.0 * a / us + b) * u + c)
        if k < 0 or k > n:
            continue
        if us >= 0.07 and v <= vr:
            return int(k)
        if h != h:  # set up the exact test once, on first need
            alpha = (2.83 + 5.1 / b) * spq
            lpq = math.log(p / q)
            h = _log_factorial(m) + _log_factorial(n - m)
        lhs = math.log(v * alpha / (a / (us * us) + b))
        if lhs <= h - _log_factorial(k) - _log_factorial(n - k) + (k - m) * lpq:
            return int(k)


@compiled(inline=True)
def poisson(s: NDArray[np.uint64], lam: float) -> int:  # pragma: no cover - compiled
    """Poisson(lam): inversion below 10, else Hörmann's PTRS with the exact log-gamma test."""
    if lam < 10.0:
        f0 = math.exp(-lam)
        while True:
            u = uniform(s)
            f = f0
            x = 0
            while u > f and f > 0.0:
                u -= f
                x += 1
                f *= lam / x
            if u <= f:
                return x
    slam = math.sqrt(lam)
    loglam = math.log(lam)
    b = 0.931 + 2.53 * slam
    a = -0.059 + 0.02483 * b
    invalpha = 1.1239 + 1.1328 / (b - 3.4)
    vr = 0.9277 - 3.6224 / (b - 2.0)
    while True:
        u = uniform(s) - 0.5
        v = uniform(s)
        us = 0.5 - abs(u)
        k = math.floor((2.0 * a / us + b) * u + lam + 0.43)
        if k < 0:
            continue
        if us >= 0.07 and v <= vr:
            return int(k)
        if us < 0.013 and v > us:
            continue
        if (math.log(v) + math.log(invalpha) - math.log(a / (us * us) + b)
                <= -lam + k * loglam - math.lgamma(k + 1.0)):
            return int(k)
