"""The results object every estimator returns, in the statsmodels / scikit-learn manner.

It carries what a reader needs to judge and reproduce an estimate: the total and its interval, the
number observed, the model(s) and their weights, diagnostics, the settings, the seed and the package
version. ``to_dict()`` is what the CLI prints with ``--json``; ``summary()`` is for people.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .. import __version__

__all__ = ["EstimateResult", "ModelRow"]


@dataclass(frozen=True)
class ModelRow:
    """One fitted model in a ranking table. ``status`` is ``ok``, ``boundary`` (no MLE) or ``failed``."""

    name: str
    label: str
    n_params: int
    status: str
    estimate: float | None = None
    stderr: float | None = None
    deviance: float | None = None
    df: int | None = None
    aic: float | None = None
    bic: float | None = None
    weight: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.name, "label": self.label, "status": self.status, "n_params": self.n_params,
            "estimate": _num(self.estimate), "stderr": _num(self.stderr), "deviance": _num(self.deviance),
            "df": self.df, "aic": _num(self.aic), "bic": _num(self.bic), "weight": _num(self.weight),
        }


@dataclass
class EstimateResult:
    """A population estimate with its uncertainty. ``total`` is the point estimate (alias ``estimate``).

    For Bayesian methods ``draws`` holds posterior draws of N (LCMCR) or ``posterior`` the posterior mass
    on a grid of N (dga); strata are summed draw by draw from these. For log-linear models ``profile``
    holds the profile log-likelihood's fall below its maximum at points of N over the interval, from
    which a total over strata gets its own profile-likelihood interval.
    """

    method: str
    lists: tuple[str, ...]
    observed: int
    estimate: float
    lower: float
    upper: float
    level: float = 0.95
    model: str | None = None
    models: list[ModelRow] = field(default_factory=list)
    diagnostics: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    seed: int | None = None
    warnings: list[str] = field(default_factory=list)
    draws: NDArray[np.float64] | None = None
    posterior: tuple[NDArray[np.float64], NDArray[np.float64]] | None = None
    profile: tuple[NDArray[np.float64], NDArray[np.float64]] | None = None
    version: str = __version__

    @property
    def total(self) -> float:
        return self.estimate

    @property
    def unseen(self) -> float:
        """Estimated number named by no list."""
        return self.estimate - self.observed

    def conf_int(self) -> tuple[float, float]:
        """The interval: profile-likelihood (log-linear) or equal-tailed posterior (Bayesian)."""
        return (self.lower, self.upper)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dictionary (no arrays; posterior summarised by quantiles)."""
        out: dict[str, Any] = {
            "method": self.method, "lists": list(self.lists), "observed": self.observed,
            "estimate": _num(self.estimate), "lower": _num(self.lower), "upper": _num(self.upper),
            "level": self.level, "model": self.model, "models": [m.to_dict() for m in self.models],
            "diagnostics": _plain(self.diagnostics), "settings": _plain(self.settings), "seed": self.seed,
            "warnings": list(self.warnings), "version": self.version,
        }
        return out

    def summary(self) -> str:
        """A short report for people: the estimate, interval, model, diagnostics and warnings."""
        pct = f"{self.level:.0%}"
        lines = [
            f"Multiple systems estimate ({self.method}), unseen {self.version}",
            f"lists ({len(self.lists)}): {', '.join(self.lists)}",
            f"observed: {self.observed}",
            f"estimate: {_fmt(self.estimate)}   {pct} interval: [{_fmt(self.lower)}, {_fmt(self.upper)}]",
        ]
        if self.model:
            lines.append(f"model: {self.model}")
        if self.seed is not None:
            lines.append(f"seed: {self.seed}")
        lines += self._model_lines() + self._diagnostic_lines()
        lines += [f"warning: {w}" for w in self.warnings]
        return "\n".join(lines)

    def _model_lines(self) -> list[str]:
        if not self.models:
            return []
        shown = self.models[:10]
        # Labels whole: the models of a ranking often differ only at the end.
        width = max(len("model"), *(len(row.label) for row in shown)) + 1
        out = ["", f"{'model':<{width}}{'status':>9}{'N-hat':>11}{'AIC':>11}{'BIC':>11}{'weight':>8}"]
        for row in shown:
            out.append(f"{row.label:<{width}}{row.status:>9}{_fmt(row.estimate):>11}"
                       f"{_fmt(row.aic):>11}{_fmt(row.bic):>11}{row.weight:>8.3f}")
        if len(self.models) > 10:
            out.append(f"... {len(self.models) - 10} more models")
        return out

    def _diagnostic_lines(self) -> list[str]:
        simple = {k: v for k, v in self.diagnostics.items() if isinstance(v, int | float | str | bool)}
        if not simple:
            return []
        return [""] + [f"{k}: {_fmt(v) if isinstance(v, float) else v}" for k, v in simple.items()]


def _num(value: float | None) -> float | None:
    if value is None:
        return None
    v = float(value)
    return v if math.isfinite(v) else None


def _fmt(value: float | None) -> str:
    if value is None or not math.isfinite(float(value)):
        return "-" if value is None else str(value)
    return f"{value:,.1f}"


def _plain(value: Any) -> Any:
    """Make nested settings/diagnostics JSON-safe (numpy scalars and arrays to Python, inf to None)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        return _num(float(value))
    return value
