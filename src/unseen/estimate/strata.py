"""Estimates per stratum (region, year, sex…) and their total.

Each stratum is estimated on its own, over the lists that name someone in it. A stratum with fewer than
three such lists, or on which no model can be fitted, is reported as not estimable with the reason,
never filled in. The total of the estimable strata is formed as each method allows: for LCMCR by adding
posterior draws draw by draw, for dga by convolving the posteriors, for log-linear models by adding the
estimates and profiling the likelihood of their sum (strata are independent, so theirs add up). A total
of one stratum is that stratum, interval and all. People seen in strata that could not be estimated are
reported beside the total, never silently added or dropped.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.interpolate import PchipInterpolator
from scipy.signal import fftconvolve
from scipy.stats import chi2

from .api import estimate
from .dga import grid_quantiles
from .errors import EstimateError
from .histories import CaptureHistories
from .lcmcr import posterior_summary
from .progress import ProgressReporter, prefixed
from .results import EstimateResult
from .text_columns import fold, pad, text_width

__all__ = ["MIN_LISTS_PER_STRATUM", "StrataResult", "estimate_strata"]

MIN_LISTS_PER_STRATUM = 3
FloatArray = NDArray[np.float64]


@dataclass
class StrataResult:
    """Per-stratum results, the strata that could not be estimated (with reasons), and the total."""

    method: str
    strata: dict[str, EstimateResult]
    not_estimable: dict[str, str]
    observed_not_estimable: dict[str, int]
    total: EstimateResult | None
    seed: int | None = None
    settings: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The total's ``observed``, ``estimate``, ``lower`` and ``upper`` at the top level, as an estimate
        without strata gives them (``null`` when no stratum could be estimated), then the detail.

        ``model`` is ``null`` and ``models`` empty at the top level: no one model describes a sum over
        strata; each stratum's selected model and ranking are under ``strata``."""
        total = self.total.to_dict() if self.total else None
        top = {key: total[key] if total else None for key in ("observed", "estimate", "lower", "upper")}
        return {
            "method": self.method, "seed": self.seed, **top,
            "level": total["level"] if total else self.settings.get("level", 0.95),
            "lists": total["lists"] if total else [],
            "model": None, "models": [],
            "warnings": total["warnings"] if total else [],
            "total": total,
            "strata": {k: v.to_dict() for k, v in self.strata.items()},
            "not_estimable": dict(self.not_estimable),
            "observed_not_estimable": dict(self.observed_not_estimable),
        }

    def summary(self) -> str:
        """One line per stratum; a name wider than its column folds onto the lines below, never cut."""
        names = [*self.strata, *self.not_estimable]
        width = min(max([text_width(n) for n in names] + [len(TOTAL_LABEL)]), MAX_NAME_WIDTH) + 1
        lines = [f"{pad('stratum', width)}{'observed':>10}{'estimate':>12}{'lower':>12}{'upper':>12}"]
        for name, r in self.strata.items():
            lines += _row(name, width, _numbers(r))
        for name, reason in self.not_estimable.items():
            lines += _row(name, width, f"{self.observed_not_estimable[name]:>10}   not estimable: {reason}")
        if self.total:
            lines += _row(TOTAL_LABEL, width, _numbers(self.total))
        return "\n".join(lines)

    def why_no_total(self) -> str:
        """Why there is no total (empty when there is one): every stratum, its people and its reason."""
        if self.total is not None:
            return ""
        if not self.not_estimable:
            return "no stratum could be estimated: there are no strata"
        each = "; ".join(f"{name!r} ({self.observed_not_estimable[name]} people): {reason}"
                         for name, reason in self.not_estimable.items())
        return f"no stratum could be estimated, so there is no total: {each}"


TOTAL_LABEL = "total (estimable)"
MAX_NAME_WIDTH = 30  # wider names fold, so that a row of numbers still fits 80 columns


def _numbers(r: EstimateResult) -> str:
    return f"{r.observed:>10}{r.estimate:>12,.0f}{r.lower:>12,.0f}{r.upper:>12,.0f}"


def _row(name: str, width: int, values: str) -> list[str]:
    first, *rest = fold(name, width - 1)
    return [f"{pad(first, width)}{values}", *rest]


def estimate_strata(histories_by_stratum: Mapping[str, CaptureHistories], method: str = "loglinear",
                    seed: int | None = None, progress: ProgressReporter | None = None,
                    **options: Any) -> StrataResult:
    """Estimate each stratum and the total; this is what ``unseen estimate --by FIELD`` calls.

    ``histories_by_stratum`` maps a stratum label to its capture histories (all strata over the same
    lists, or not: lists naming no one in a stratum are dropped there). ``seed`` seeds every stratum
    reproducibly (each gets its own stream); ``progress`` hears of each stratum's steps, named after
    it; other options go to the estimator.
    """
    names = sorted(histories_by_stratum)
    stream = np.random.SeedSequence(seed) if seed is not None else None
    seeds = stream.generate_state(max(len(names), 1)) if stream is not None else [None] * len(names)
    done: dict[str, EstimateResult] = {}
    refused: dict[str, str] = {}
    for name, s in zip(names, seeds, strict=False):
        h = histories_by_stratum[name]
        reason = _why_not_estimable(h)
        if reason is None:
            try:
                done[name] = _estimate_one(name, h, method, None if s is None else int(s), options,
                                           prefixed(progress, f"stratum {name!r}: "))
            except EstimateError as exc:
                reason = str(exc)
        if reason is not None:
            refused[name] = reason
    observed_refused = {k: histories_by_stratum[k].observed for k in refused}
    total = _total(method, done, observed_refused, seed) if done else None
    return StrataResult(method, done, refused, observed_refused, total, seed, dict(options))


def _estimate_one(name: str, h: CaptureHistories, method: str, seed: int | None,
                  options: dict[str, Any], progress: ProgressReporter) -> EstimateResult:
    """One stratum's estimate; its warnings say which stratum they are about."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = estimate(h.drop_empty_lists(), method, seed, progress, **options)
    for w in caught:
        warnings.warn(f"stratum {name!r}: {w.message}", w.category, stacklevel=3)
    return result


def _why_not_estimable(h: CaptureHistories) -> str | None:
    lists = h.nonempty_lists()
    if len(lists) < MIN_LISTS_PER_STRATUM:
        return (f"only {len(lists)} list(s) with records here ({', '.join(lists) or 'none'}); "
                f"at least {MIN_LISTS_PER_STRATUM} are needed")
    return None


def _total(method: str, done: dict[str, EstimateResult], refused: dict[str, int], seed: int | None
           ) -> EstimateResult:
    parts = list(done.values())
    level = parts[0].level
    if len(parts) == 1:  # a sum of one stratum is that stratum, its interval included
        one = parts[0]
        est, lo, hi = one.estimate, one.lower, one.upper
        extra: dict[str, Any] = {"combined": "the one estimable stratum"}
    elif method == "lcmcr":
        est, lo, hi, extra = _sum_draws(parts, level)
    elif method == "dga":
        est, lo, hi, extra = _convolve(parts, level)
    else:
        est, lo, hi, extra = _sum_profiles(parts, level)
    notes = []
    if refused:
        notes.append(f"the total covers {len(done)} estimable strata; {sum(refused.values())} people seen in "
                     f"strata that could not be estimated ({', '.join(sorted(refused))}) are not in it")
    lists = tuple(dict.fromkeys(x for p in parts for x in p.lists))  # in the file's order
    draws = extra.pop("_draws", parts[0].draws if len(parts) == 1 else None)
    return EstimateResult(
        method=method, lists=lists, observed=sum(p.observed for p in parts), estimate=est, lower=lo,
        upper=hi, level=level, model="sum over strata", seed=seed, warnings=notes,
        diagnostics={"strata": len(done), "strata_not_estimable": len(refused),
                     "observed_not_estimable": sum(refused.values()), **extra},
        draws=draws, posterior=parts[0].posterior if len(parts) == 1 else None,
    )


def _sum_draws(parts: list[EstimateResult], level: float) -> tuple[float, float, float, dict[str, Any]]:
    """Add posterior draws draw by draw (strata are independent a posteriori), thinned to equal length."""
    draws = [p.draws for p in parts if p.draws is not None]
    size = min(len(d) for d in draws)
    picked = [d[np.linspace(0, len(d) - 1, size).round().astype(int)] for d in draws]
    total = np.sum(picked, axis=0)
    med, lo, hi = posterior_summary(total, level)
    return med, lo, hi, {"combined": "draw-by-draw sum", "draws": size, "_draws": total}


def _convolve(parts: list[EstimateResult], level: float) -> tuple[float, float, float, dict[str, Any]]:
    """Posterior of the sum: convolution of the strata's posteriors of N, on a lattice of the widest
    grid step among them (exact on unit grids; a spaced grid's points were placed one step apart by
    index alone before, which shrank a stratum of 20,000+ unseen to a fraction of its size)."""
    step = max(_grid_step(p) for p in parts)
    start = 0.0
    mass: FloatArray = np.ones(1)
    for p in parts:
        assert p.posterior is not None
        values, pmf = p.posterior
        start += float(values[0])
        on_lattice = np.bincount(np.rint((values - values[0]) / step).astype(int), weights=pmf)
        mass = np.clip(fftconvolve(mass, on_lattice), 0.0, None)
    mass = mass / mass.sum()
    grid = start + step * np.arange(len(mass), dtype=np.float64)
    tail = (1 - level) / 2
    med, lo, hi = grid_quantiles(grid, mass, [0.5, tail, 1 - tail])
    return med, lo, hi, {"combined": "convolution of posteriors", "grid_step": step}


def _grid_step(result: EstimateResult) -> float:
    assert result.posterior is not None
    values = result.posterior[0]
    return float(np.max(np.diff(values))) if len(values) > 1 else 1.0


DENSE_POINTS = 4001  # points per stratum on which the profiles are combined


def _sum_profiles(parts: list[EstimateResult], level: float) -> tuple[float, float, float, dict[str, Any]]:
    """Profile-likelihood interval of the sum, as each stratum's interval is of its N.

    Strata are independent, so the log-likelihood of all of them is the sum of theirs, and the profile
    of the total ``T`` is the best it reaches with the strata's ``N`` adding up to ``T``. The limits
    are the ``T`` at which that falls ``chi2_1(level)/2`` below its maximum: with one stratum its own
    limits, and never wider than the sum of the strata's limits. The best allocation for a given slope
    ``mu`` puts each stratum where its profile's fall minus ``mu N`` is least; ``mu`` is searched for
    the fall to reach the target. Each stratum's profile was sampled over its interval when it was
    fitted (a log-normal interval on summed variances, as before, was neither, and in a one-stratum
    table moved the limits by 3 or more).
    """
    curves = [_dense_profile(p) for p in parts]
    target = float(chi2.ppf(level, 1)) / 2.0
    lower = _profile_limit(curves, target, -1.0)
    no_upper = any(not math.isfinite(p.upper) for p in parts)
    upper = math.inf if no_upper else _profile_limit(curves, target, 1.0)
    return sum(p.estimate for p in parts), lower, upper, {"combined": "profile likelihood of the sum"}


def _dense_profile(result: EstimateResult) -> tuple[FloatArray, FloatArray]:
    if result.profile is None or len(result.profile[0]) == 0:
        raise EstimateError(f"a {result.method} result without its profile likelihood cannot be summed "
                            "over strata")
    values, drops = result.profile
    if len(values) == 1:
        return values, drops
    dense = np.linspace(values[0], values[-1], DENSE_POINTS)
    return dense, np.maximum(PchipInterpolator(values, drops)(dense), 0.0)


def _profile_limit(curves: list[tuple[FloatArray, FloatArray]], target: float, side: float) -> float:
    """The total at which the combined profile falls ``target`` below its maximum, below (``side`` -1)
    or above (+1) it; where every stratum reaches its own end first, the sum of those ends."""

    def allocate(mu: float) -> tuple[float, float]:
        picks = [int(np.argmin(d - mu * v)) for v, d in curves]
        return (sum(float(v[i]) for (v, _), i in zip(curves, picks, strict=True)),
                sum(float(d[i]) for (_, d), i in zip(curves, picks, strict=True)))

    steep = max((float(np.max(np.abs(np.diff(d) / np.diff(v)))) for v, d in curves if len(v) > 1),
                default=1.0)
    inside, outside = 0.0, side * 2.0 * (steep + 1.0)
    far_total, far_fall = allocate(outside)
    if far_fall <= target:
        return far_total
    for _ in range(100):
        mid = (inside + outside) / 2.0
        if allocate(mid)[1] <= target:
            inside = mid
        else:
            outside = mid
    (t_in, f_in), (t_out, f_out) = allocate(inside), allocate(outside)
    return t_in if f_out == f_in else t_in + (t_out - t_in) * (target - f_in) / (f_out - f_in)
