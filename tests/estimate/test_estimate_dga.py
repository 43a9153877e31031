"""Graphical-model averaging against R's dga (reference/dga_reference.R printed the numbers)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from scipy.special import logsumexp

from unseen.estimate import HistoriesError
from unseen.estimate.dga import DGA, dga_log_posterior, grid_quantiles
from unseen.estimate.graphs import decomposable_graphs


@pytest.mark.parametrize(("p", "count"), [(3, 8), (4, 61), (5, 822)])
def test_number_of_decomposable_graphs_matches_dga(p: int, count: int) -> None:
    # dga's graphs3/graphs4/graphs5 data sets hold 8, 61 and 822 graphs.
    assert len(decomposable_graphs(p)) == count


def test_four_cycle_is_not_decomposable() -> None:
    cycle = frozenset({(0, 1), (1, 2), (2, 3), (0, 3)})
    assert all(g.edges != cycle for g in decomposable_graphs(4))


def test_posterior_summaries_equal_dga_on_the_same_grid(reference, load_table) -> None:
    for r in reference("dga_summaries.csv"):
        h = load_table(r["table"])
        grid = np.arange(0, int(r["grid_max"]) + 1, dtype=np.float64)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = DGA(delta=float(r["delta"]), grid=grid).fit(h)
        key = (r["table"], r["delta"])
        assert res.estimate == float(r["median"]), key
        assert res.lower == float(r["lower"]), key
        assert res.upper == float(r["upper"]), key
        assert res.diagnostics["posterior_mean"] == pytest.approx(float(r["mean"]), rel=1e-9), key
        top = sorted((m.weight for m in res.models), reverse=True)[:3]
        expected = [float(r["top1"]), float(r["top2"]), float(r["top3"])]
        assert top == pytest.approx(expected, rel=1e-8, abs=1e-14), key


def test_marginal_posterior_equals_dga_pointwise(reference, load_table) -> None:
    rows = reference("dga_marginal.csv")
    for table in {r["table"] for r in rows}:
        h = load_table(table)
        for delta in {r["delta"] for r in rows if r["table"] == table}:
            pts = [r for r in rows if r["table"] == table and r["delta"] == delta]
            grid = np.arange(0, 4 * h.observed + 1, dtype=np.float64)
            mass = np.exp(logsumexp(dga_log_posterior(h, grid, float(delta)), axis=0))
            for r in pts:
                assert mass[int(r["n0"])] == pytest.approx(float(r["mass"]), rel=1e-7, abs=1e-300)


def test_madigan_york_spina_bifida_bayes_estimate(load_table) -> None:
    # Madigan & York (1997) report a Bayes estimate of 731 for the spina bifida table.
    res = DGA().fit(load_table("spina_bifida_ny"))
    assert res.estimate == 731


def test_grid_is_widened_until_the_edge_is_empty(load_table) -> None:
    h = load_table("kosovo_1999")
    res = DGA().fit(h)
    assert res.diagnostics["grid_widenings"] >= 1
    assert res.diagnostics["edge_mass"] < 1e-4
    small = np.arange(0, 2 * h.observed + 1, dtype=np.float64)
    with pytest.warns(UserWarning, match="top 5% of the grid"):
        narrow = DGA(grid=small).fit(h)
    assert narrow.diagnostics["edge_mass"] > 1e-4


def test_grid_quantiles_on_a_known_distribution() -> None:
    values = np.arange(10, dtype=np.float64)
    mass = np.full(10, 0.1)
    assert grid_quantiles(values, mass, [0.5, 0.1, 0.95]) == [4.0, 0.0, 9.0]


def test_six_lists_refused_with_advice(load_table) -> None:
    with pytest.raises(HistoriesError, match="3 to 5"):
        DGA().fit(load_table("uk_modern_slavery_2013"))


def test_a_large_table_uses_a_spaced_grid_with_the_same_answer(load_table) -> None:
    # 6,600 observed: 4n is past MAX_GRID_POINTS, so the default grid is spaced by 2 and then refined
    # where the posterior lies; the answer is the every-count grid's, within that spacing.
    h = load_table("kosovo_1999")
    big = type(h).from_patterns(h.lists, h.patterns, h.counts * 3 // 2)
    spaced = DGA(max_widenings=0).fit(big)
    exact = DGA(grid=np.arange(0, 4 * big.observed + 1, dtype=np.float64)).fit(big)
    assert spaced.diagnostics["grid_max_N"] == exact.diagnostics["grid_max_N"]
    for a, b in ((spaced.estimate, exact.estimate), (spaced.lower, exact.lower), (spaced.upper, exact.upper)):
        assert abs(a - b) <= 2


def test_counts_beyond_any_grid_of_every_count_still_fit() -> None:
    from unseen.estimate import CaptureHistories

    h = CaptureHistories.from_patterns(
        ["A", "B", "C"], [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0], [1, 0, 1], [0, 1, 1], [1, 1, 1]],
        [120 * 10**12, 95 * 10**12, 80 * 10**12, 30 * 10**12, 25 * 10**12, 20 * 10**12, 9 * 10**12],
    )
    res = DGA().fit(h)
    assert res.lower <= res.estimate <= res.upper and res.estimate >= h.observed
