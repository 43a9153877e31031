"""One entry point per use: :func:`estimate` for one table, :func:`estimate_strata` for several.

The CLI and the case database call these; they pick the estimator by name and pass its options on,
so that callers need not know the estimator classes.
"""

from __future__ import annotations

import warnings
from typing import Any

from .dga import DGA
from .errors import EstimateWarning
from .histories import CaptureHistories
from .lcmcr import LCMCR
from .loglinear import LogLinear
from .progress import ProgressReporter
from .results import EstimateResult

__all__ = ["METHODS", "estimate", "make_estimator"]

METHODS = ("loglinear", "lcmcr", "dga")


def make_estimator(method: str, seed: int | None = None, **options: Any) -> LogLinear | LCMCR | DGA:
    """The estimator for ``method`` with its options (``criterion`` for loglinear, ``K`` for lcmcr…)."""
    if method == "loglinear":
        return LogLinear(**options)
    if method == "lcmcr":
        return LCMCR(seed=seed, **options)
    if method == "dga":
        return DGA(**options)
    raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")


def estimate(histories: CaptureHistories, method: str = "loglinear", seed: int | None = None,
             progress: ProgressReporter | None = None, **options: Any) -> EstimateResult:
    """Estimate the total population behind ``histories`` with ``method``; ``progress`` hears of the
    long steps (a run can take a minute, and a silent minute looks like a hang).

    >>> from unseen.estimate import CaptureHistories, estimate
    >>> h = CaptureHistories.from_patterns(["A", "B", "C"],
    ...     [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0], [1, 0, 1], [0, 1, 1], [1, 1, 1]],
    ...     [60, 49, 247, 4, 112, 142, 12])
    >>> result = estimate(h, "loglinear", criterion="bic")
    >>> result.model, round(result.estimate, 1)
    ('[12,3]', 730.9)
    """
    empty = [name for name in histories.lists if name not in histories.nonempty_lists()]
    if empty:
        warnings.warn(
            f"list(s) {', '.join(empty)} name no one and are left out of the estimate",
            EstimateWarning,
            stacklevel=2,
        )
        histories = histories.drop_empty_lists()
    result = make_estimator(method, seed, **options).fit(histories, progress=progress)
    if result.seed is None:
        result.seed = seed
    return result
