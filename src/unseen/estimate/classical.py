"""The classical closed-population models of Otis et al., in Rcapture's log-linear form.

``M0`` (equal capture probabilities), ``Mt`` (one probability per list: log-linear independence),
``Mh`` and ``Mth`` (individual heterogeneity) with Chao's lower-bound, Poisson(2) and Darroch columns.
They are columns of functions of the number of lists naming a person, added to the design matrix.
Chao's columns must not have negative coefficients: as Rcapture does, the first negative one is
dropped and the model refitted until none is left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .glm import PoissonFit, fit_poisson
from .models import cell_masks

__all__ = ["CLASSICAL_MODELS", "ClassicalModel", "classical_design", "fit_classical"]

FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class ClassicalModel:
    """``base`` is ``M0`` or ``Mt``; ``heterogeneity`` is ``None``, ``Chao``, ``Poisson2`` or ``Darroch``."""

    base: str
    heterogeneity: str | None = None

    @property
    def name(self) -> str:
        if self.heterogeneity is None:
            return self.base
        return ("Mh " if self.base == "M0" else "Mth ") + self.heterogeneity


CLASSICAL_MODELS = (
    ClassicalModel("M0"),
    ClassicalModel("Mt"),
    ClassicalModel("M0", "Chao"),
    ClassicalModel("M0", "Poisson2"),
    ClassicalModel("M0", "Darroch"),
    ClassicalModel("Mt", "Chao"),
    ClassicalModel("Mt", "Poisson2"),
    ClassicalModel("Mt", "Darroch"),
)


def classical_design(model: ClassicalModel, n_lists: int, masks: NDArray[np.int64] | None = None
                     ) -> tuple[FloatArray, int]:
    """Design matrix (intercept first) and the number of leading columns that are not heterogeneity."""
    cells = cell_masks(n_lists) if masks is None else masks
    hist = ((cells[:, None] >> np.arange(n_lists)) & 1).astype(np.float64)
    nbcap = hist.sum(axis=1)
    base = nbcap[:, None] if model.base == "M0" else hist
    cols = [np.ones((len(cells), 1)), base]
    if model.heterogeneity == "Chao":
        cols.append(np.column_stack([np.maximum(nbcap - j + 1, 0.0) for j in range(3, n_lists + 1)]))
    elif model.heterogeneity == "Poisson2":
        cols.append((2.0**nbcap - 1.0)[:, None])
    elif model.heterogeneity == "Darroch":
        cols.append((nbcap**2 / 2.0)[:, None])
    n_base = 1 + base.shape[1]
    return np.ascontiguousarray(np.hstack(cols)), n_base


def fit_classical(x: FloatArray, y: FloatArray, n_base: int, chao: bool) -> tuple[PoissonFit, FloatArray]:
    """Fit; for Chao models drop negative eta columns one at a time, as Rcapture's ``neg=TRUE`` does."""
    fit = fit_poisson(x, y)
    while chao and x.shape[1] > n_base:
        negative = np.flatnonzero(fit.coef[n_base:] < 0)
        if len(negative) == 0:
            break
        x = np.delete(x, n_base + negative[0], axis=1)
        fit = fit_poisson(x, y)
    return fit, x


def chao_refit(n_base: int) -> Callable[[FloatArray, FloatArray], float]:
    """Deviance function for profile likelihood that applies the same negative-eta rule at each N."""

    def refit(x: FloatArray, y: FloatArray) -> float:
        return fit_classical(x, y, n_base, chao=True)[0].deviance

    return refit
