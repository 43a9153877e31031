"""Capture histories simulated from known populations, to check that intervals cover the truth.

Two generators: a latent-class population (each person belongs to a class with its own capture
probabilities: individual heterogeneity, what LCMCR models) and a log-linear population (lists
dependent as a given hierarchical model says). Both return only the people some list names, as real
data would be.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from .histories import CaptureHistories
from .models import HierarchicalModel, cell_masks, design_matrix

__all__ = ["draw_latent_class_model", "simulate_latent_classes", "simulate_loglinear"]


def _to_histories(n_lists: int, cell_counts: NDArray[np.int64], names: Sequence[str] | None
                  ) -> CaptureHistories:
    masks = cell_masks(n_lists)
    patterns = ((masks[:, None] >> np.arange(n_lists)) & 1).astype(np.int8)
    lists = tuple(names) if names is not None else tuple(f"L{j + 1}" for j in range(n_lists))
    keep = cell_counts > 0
    return CaptureHistories(lists, patterns[keep], cell_counts[keep].astype(np.int64))


def simulate_latent_classes(total: int, weights: Sequence[float], capture: NDArray[np.float64],
                            rng: np.random.Generator, names: Sequence[str] | None = None
                            ) -> CaptureHistories:
    """``total`` people; class ``k`` has share ``weights[k]`` and list-``j`` probability ``capture[j, k]``."""
    probs = np.asarray(capture, dtype=np.float64)
    n_lists = probs.shape[0]
    classes = rng.choice(len(weights), size=total, p=np.asarray(weights) / np.sum(weights))
    caught = rng.random((total, n_lists)) < probs[:, classes].T
    masks = caught.astype(np.int64) @ (1 << np.arange(n_lists, dtype=np.int64))
    counts = np.bincount(masks, minlength=2**n_lists)[1:].astype(np.int64)
    return _to_histories(n_lists, counts, names)


def draw_latent_class_model(n_lists: int, K: int, rng: np.random.Generator, a_alpha: float = 0.25,  # noqa: N803
                            b_alpha: float = 0.25) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Class weights and ``(n_lists, K)`` capture probabilities drawn from LCMCR's own prior.

    Truncated stick-breaking with ``alpha ~ Gamma(a_alpha, b_alpha)``, capture probabilities
    ``Beta(1, 1)``: a population for which the latent-class model holds exactly, so that interval
    coverage over many such populations checks the sampler rather than the model's fit to a design.
    """
    alpha = rng.gamma(a_alpha, 1.0 / b_alpha)
    sticks = rng.beta(1.0, max(alpha, 1e-3), K)
    sticks[-1] = 1.0
    weights = sticks * np.concatenate([[1.0], np.cumprod(1.0 - sticks[:-1])])
    return weights, rng.beta(1.0, 1.0, (n_lists, K))


def simulate_loglinear(model: HierarchicalModel, coef: NDArray[np.float64], total: int,
                       rng: np.random.Generator, names: Sequence[str] | None = None) -> CaptureHistories:
    """``total`` people over the ``2^t`` cells with log-probabilities ``design @ coef`` (intercept ignored).

    ``coef`` follows :func:`design_matrix`'s columns (intercept, main effects, interaction terms).
    """
    masks = np.arange(0, 2**model.n_lists, dtype=np.int64)
    eta = design_matrix(model, masks) @ np.asarray(coef, dtype=np.float64)
    p = np.exp(eta - eta.max())
    counts = rng.multinomial(total, p / p.sum())
    return _to_histories(model.n_lists, counts[1:].astype(np.int64), names)
