"""Bayesian model averaging over decomposable graphical models (Madigan & York 1997), as dga computes it.

For each decomposable graph and each unseen count ``n0`` on a grid, the marginal likelihood under a
hyper-Dirichlet prior factorises over cliques and separators, so the exact joint posterior of
(graph, n0) is a sum of clique terms. ``delta`` is the prior's pseudo-count per cell of the full table
(dga suggests ``2^-p``), the prior on N is ``1/N`` and graphs are equally likely a priori. The grid is
widened until the posterior mass near its top end is negligible, and that mass is reported.
"""

from __future__ import annotations

import warnings

import numpy as np
from numpy.typing import NDArray
from scipy.special import gammaln, logsumexp

from .capacity import suggest_methods
from .errors import EstimateWarning, HistoriesError
from .graphs import DecomposableGraph, decomposable_graphs
from .histories import CaptureHistories
from .progress import ProgressReporter, Silent
from .results import EstimateResult, ModelRow

__all__ = ["DGA", "dga_log_posterior", "grid_quantiles"]

FloatArray = NDArray[np.float64]
EDGE_FRACTION = 0.05


def _clique_terms(cells: FloatArray, p: int, n0: FloatArray, delta: float) -> FloatArray:
    """``(2^p, len(n0))`` log terms for every vertex subset (dga's ``CompLogML``); row 0 is the empty set."""
    masks = np.arange(1, 2**p)
    out = np.empty((2**p, len(n0)))
    n = float(cells.sum())
    out[0] = gammaln(n0 + n + delta * 2**p) - gammaln(delta * 2**p)
    for subset in range(1, 2**p):
        size = bin(subset).count("1")
        d = delta * 2.0 ** (p - size)
        margin = np.zeros(2**size)
        members = [j for j in range(p) if subset >> j & 1]
        index = sum(((masks >> j) & 1) << i for i, j in enumerate(members))
        np.add.at(margin, index, cells)
        out[subset] = (gammaln(n0 + margin[0] + d) + float(np.sum(gammaln(margin[1:] + d)))
                       - 2**size * gammaln(d))
    return out


def dga_log_posterior(histories: CaptureHistories, n0: FloatArray, delta: float | None = None,
                      graphs: tuple[DecomposableGraph, ...] | None = None) -> FloatArray:
    """Normalised log posterior ``(graphs, grid)`` of graph and unseen count (dga's ``bma.cr``)."""
    p = histories.n_lists
    d = 2.0**-p if delta is None else delta
    gs = decomposable_graphs(p) if graphs is None else graphs
    cells = histories.cell_counts().astype(np.float64)
    n = float(cells.sum())
    terms = _clique_terms(cells, p, n0, d)
    norm = gammaln(2**p * d) - gammaln(n0 + n + 2**p * d)
    multinomial = gammaln(n0 + n + 1) - float(np.sum(gammaln(cells + 1))) - gammaln(n0 + 1)
    log_prior = -np.log(n + n0)
    weights = np.empty((len(gs), len(n0)))
    for i, g in enumerate(gs):
        weights[i] = (terms[list(g.cliques)].sum(axis=0) - terms[list(g.separators)].sum(axis=0)
                      + (len(g.cliques) - len(g.separators)) * norm)
    weights += multinomial + log_prior
    return np.asarray(weights - logsumexp(weights), dtype=np.float64)


def grid_quantiles(values: FloatArray, mass: FloatArray, probs: list[float]) -> list[float]:
    """Smallest grid value whose cumulative posterior mass reaches each probability."""
    cdf = np.cumsum(mass) / np.sum(mass)
    return [float(values[min(int(np.searchsorted(cdf, q - 1e-12)), len(values) - 1)]) for q in probs]


#: Most unseen counts the default grid holds: every count up to 4 x 5,000 observed (dga's own grid,
#: and the same posterior), evenly spaced beyond (the posterior is smooth at that scale, and a grid of
#: every count for 300,000 observed over 822 graphs needs more memory than a laptop has).
MAX_GRID_POINTS = 20_001


def _grid(top: float) -> FloatArray:
    """Unseen counts 0 .. `top`: every one while they fit in `MAX_GRID_POINTS`, else evenly spaced."""
    step = max(1.0, float(np.ceil(top / (MAX_GRID_POINTS - 1))))
    return np.arange(0, top + 1, step, dtype=np.float64)


def _zoomed(grid: FloatArray, mass: FloatArray) -> FloatArray | None:
    """A finer grid over where a spaced grid found the posterior, if it found it on few points
    (a posterior narrower than the spacing would otherwise sit on one point)."""
    held = np.flatnonzero(mass > 1e-12 * mass.max())
    first, last = max(int(held[0]) - 1, 0), min(int(held[-1]) + 1, len(grid) - 1)
    if 2 * (last - first) >= len(grid):
        return None
    step = max(1.0, float(np.ceil((grid[last] - grid[first]) / (MAX_GRID_POINTS - 1))))
    return np.arange(grid[first], grid[last] + 1, step, dtype=np.float64)


class DGA:
    """Graphical-model averaging for 3–5 lists.

    ``delta`` defaults to ``2^-p``; ``grid`` gives the unseen counts to consider (default ``0 .. 4n``,
    every count up to ``MAX_GRID_POINTS`` points and evenly spaced beyond, doubled while more than
    ``max_edge_mass`` of the posterior lies in the top 5% of the grid, at most ``max_widenings`` times).
    """

    def __init__(self, delta: float | None = None, grid: FloatArray | None = None,
                 max_edge_mass: float = 1e-4, max_widenings: int = 6, level: float = 0.95) -> None:
        self.delta = delta
        self.grid = grid
        self.max_edge_mass = max_edge_mass
        self.max_widenings = max_widenings
        self.level = level

    def fit(self, histories: CaptureHistories, progress: ProgressReporter | None = None) -> EstimateResult:
        """Exact posterior over graphs × unseen count; summarised by the median and quantiles of N."""
        if not 3 <= histories.n_lists <= 5:
            raise HistoriesError(f"{histories.n_lists} lists: graphical-model averaging (dga) needs 3 to 5 "
                                 f"lists; {suggest_methods(histories.n_lists, 'dga')}")
        histories.warn_about_problems()
        graphs = len(decomposable_graphs(histories.n_lists))
        (progress or Silent()).step(f"dga: averaging over {graphs} graphs")
        n = histories.observed
        grid = _grid(4 * n) if self.grid is None else np.asarray(self.grid, dtype=np.float64)
        widenings = 0
        while True:
            logw = dga_log_posterior(histories, grid, self.delta)
            mass = np.exp(logsumexp(logw, axis=0))
            edge = float(mass[grid >= grid[0] + (1 - EDGE_FRACTION) * (grid[-1] - grid[0])].sum())
            if edge <= self.max_edge_mass or self.grid is not None or widenings >= self.max_widenings:
                break
            grid = _grid(2 * grid[-1])
            widenings += 1
        while self.grid is None and grid[1] - grid[0] > 1:
            finer = _zoomed(grid, mass)
            if finer is None:
                break
            grid = finer
            logw = dga_log_posterior(histories, grid, self.delta)
            mass = np.exp(logsumexp(logw, axis=0))
        return self._result(histories, grid, logw, mass, edge, widenings)

    def _result(self, h: CaptureHistories, grid: FloatArray, logw: FloatArray, mass: FloatArray,
                edge: float, widenings: int) -> EstimateResult:
        n = h.observed
        tail = (1 - self.level) / 2
        med, lo, hi = grid_quantiles(grid + n, mass, [0.5, tail, 1 - tail])
        graphs = decomposable_graphs(h.n_lists)
        log_graph_mass = logsumexp(logw, axis=1)
        graph_mass = np.exp(log_graph_mass)
        order = np.argsort(-log_graph_mass)
        rows = [ModelRow(graphs[i].name(), graphs[i].name(h.lists), len(graphs[i].cliques), "ok",
                         estimate=float(np.sum((grid + n) * np.exp(logw[i] - log_graph_mass[i]))),
                         weight=float(graph_mass[i])) for i in order[:50]]
        notes = []
        if edge > self.max_edge_mass:
            remedy = ("give a grid that reaches higher" if self.grid is not None else
                      f"the grid was widened {widenings} times, as far as it goes; the data bound N "
                      "weakly from above (lists that hardly overlap?)")
            notes.append(f"{edge:.2g} of the posterior lies in the top 5% of the grid (up to N = "
                         f"{grid[-1] + n:.0f}); the upper limit may be too low: {remedy}")
            warnings.warn(notes[-1], EstimateWarning, stacklevel=3)
        return EstimateResult(
            method="dga", lists=h.lists, observed=n, estimate=med, lower=lo, upper=hi, level=self.level,
            model=rows[0].name, models=rows,
            diagnostics={"edge_mass": edge, "grid_max_N": float(grid[-1] + n), "grid_widenings": widenings,
                         "grid_step": float(grid[1] - grid[0]) if len(grid) > 1 else 1.0,
                         "posterior_mean": float(np.sum((grid + n) * mass)), "graphs": len(graphs)},
            settings={"delta": self.delta if self.delta is not None else 2.0**-h.n_lists,
                      "max_edge_mass": self.max_edge_mass, "level": self.level},
            warnings=notes, posterior=(grid + n, mass),
        )
