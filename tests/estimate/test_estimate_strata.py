"""Strata: per-stratum estimates, refusals with reasons, totals formed as each method allows."""

from __future__ import annotations

import re
import warnings

import numpy as np
import pytest

from unseen.estimate import CaptureHistories, estimate_strata
from unseen.estimate.dga import DGA


def test_stratum_with_two_lists_is_reported_not_guessed(load_table) -> None:
    h = load_table("spina_bifida_ny")
    two = h.select([0, 1])
    res = estimate_strata({"north": h, "south": two}, "loglinear")
    assert set(res.strata) == {"north"}
    assert "only 2 list(s)" in res.not_estimable["south"]
    assert res.observed_not_estimable["south"] == two.observed
    assert res.total is not None and res.total.observed == h.observed
    assert "not in it" in res.total.warnings[0]


def test_lists_empty_in_a_stratum_are_dropped_there() -> None:
    names = ["A", "B", "C", "D"]
    pats = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [1, 1, 0, 0], [1, 0, 1, 0], [0, 1, 1, 0], [1, 1, 1, 0]]
    h = CaptureHistories.from_patterns(names, pats, [60, 49, 247, 4, 112, 142, 12])
    res = estimate_strata({"x": h}, "loglinear")
    assert res.strata["x"].lists == ("A", "B", "C")


def test_loglinear_total_adds_estimates(load_table) -> None:
    h = load_table("spina_bifida_ny")
    res = estimate_strata({"a": h, "b": h}, "loglinear")
    one = res.strata["a"]
    assert res.total is not None
    assert res.total.estimate == pytest.approx(2 * one.estimate)
    assert res.total.lower < res.total.estimate < res.total.upper


def test_dga_total_is_the_convolution_of_posteriors(load_table) -> None:
    h = load_table("spina_bifida_ny")
    grid = np.arange(0, 600, dtype=np.float64)
    res = estimate_strata({"a": h, "b": h}, "dga", grid=grid)
    single = DGA(grid=grid).fit(h)
    values, mass = single.posterior  # type: ignore[misc]
    # distribution of the sum of two independent copies, by brute force
    total_mass: dict[float, float] = {}
    for v1, m1 in zip(values, mass, strict=True):
        for v2, m2 in zip(values[::1], mass, strict=True):
            if m1 * m2 > 1e-14:
                total_mass[v1 + v2] = total_mass.get(v1 + v2, 0.0) + m1 * m2
    keys = sorted(total_mass)
    cdf = np.cumsum([total_mass[k] for k in keys])
    median = keys[int(np.searchsorted(cdf / cdf[-1], 0.5 - 1e-12))]
    assert res.total is not None and res.total.estimate == median


def test_lcmcr_total_sums_draws_and_is_reproducible(load_table) -> None:
    h = load_table("spina_bifida_ny")
    opts = {"chains": 2, "burnin": 300, "samples": 60, "thin": 2, "max_extensions": 0}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = estimate_strata({"a": h, "b": h}, "lcmcr", seed=9, **opts)
        b = estimate_strata({"a": h, "b": h}, "lcmcr", seed=9, **opts)
    assert a.total is not None and b.total is not None
    da, db = a.strata["a"].draws, a.strata["b"].draws
    assert da is not None and db is not None and a.total.draws is not None
    assert np.array_equal(a.total.draws, da + db)
    assert a.strata["a"].seed != a.strata["b"].seed
    assert a.total.estimate == b.total.estimate


def test_memberships_from_linkage_pairs() -> None:
    pairs = [("p1", "A"), ("p1", "B"), ("p2", "A"), ("p3", "C"), ("p3", "A")]
    h = CaptureHistories.from_memberships(pairs, lists=["A", "B", "C"])
    assert h.observed == 3
    assert dict(zip(h.masks.tolist(), h.counts.tolist(), strict=True)) == {1: 1, 3: 1, 5: 1}


def test_a_strata_warning_names_its_stratum() -> None:
    names = ["A", "B", "C", "D"]
    pats = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [1, 1, 0, 0], [1, 0, 1, 0], [0, 1, 1, 0], [1, 1, 1, 0]]
    h = CaptureHistories.from_patterns(names, pats, [60, 49, 247, 4, 112, 142, 12])
    counts = [60, 49, 247, 4, 112, 142, 12]
    isolated = CaptureHistories.from_patterns(names, [*pats, [0, 0, 0, 1]], [*counts, 30])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        estimate_strata({"north": h, "south": isolated}, "loglinear")
    about_d = [str(w.message) for w in caught if "share no one" in str(w.message)]
    assert about_d and all(m.startswith("stratum 'south': ") for m in about_d)


def test_summary_folds_long_stratum_names_instead_of_cutting_them(load_table) -> None:
    from unseen.estimate.text_columns import text_width

    h = load_table("spina_bifida_ny")
    long_name = "Qizilbagh Vocational Skills Education and Training Centre No. 4"
    wide_name = "喀什地区第一职业技能教育培训中心"  # 32 cells in a terminal
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = estimate_strata({long_name: h, wide_name: h, "Qizilbagh Vocational Skills Annex": h},
                               "loglinear").summary()
    lines = text.splitlines()
    assert " ".join(lines).count("Qizilbagh Vocational Skills") == 2
    folded = " ".join(line.split("  ")[0].strip() for line in lines)
    assert long_name in folded  # every word, in order, over the lines it folds onto
    at = next(i for i, line in enumerate(lines) if line.startswith("喀什"))
    assert lines[at].split()[0] + lines[at + 1].strip() == wide_name  # 15 characters fill 30 cells
    for line in lines[1:]:
        if re.search(r"\d +[\d,]+ +[\d,]+ +[\d,]+$", line):  # rows of numbers end in one column, any script
            assert text_width(line) == text_width(lines[0]) <= 80


LCMCR_QUICK = {"chains": 2, "burnin": 300, "samples": 60, "thin": 2, "max_extensions": 0}


@pytest.mark.parametrize(("method", "options"), [
    ("loglinear", {}), ("dga", {"grid": np.arange(0, 1200, 3, dtype=np.float64)}), ("lcmcr", LCMCR_QUICK)])
def test_a_total_of_one_stratum_is_that_stratum(load_table, method: str, options: dict) -> None:
    """The audit's case: one stratum at [645, 870], its total at [648, 873]."""
    h = load_table("spina_bifida_ny")
    two = h.select([0, 1])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = estimate_strata({"only": h, "too few lists": two}, method, seed=4, **options)
    one, total = res.strata["only"], res.total
    assert total is not None
    assert (total.estimate, total.lower, total.upper) == (one.estimate, one.lower, one.upper)


def test_loglinear_total_is_the_profile_likelihood_interval_of_the_sum(load_table) -> None:
    """Two equal strata: the sum's profile is best split evenly, so it falls chi2/2 where each stratum's
    falls chi2/4, which is each stratum's own interval at the level whose chi2 quantile is half."""
    from scipy.stats import chi2

    from unseen.estimate import estimate

    h = load_table("kosovo_1999")
    res = estimate_strata({"a": h, "b": h}, "loglinear")
    half = estimate(h, "loglinear", level=float(chi2.cdf(chi2.ppf(0.95, 1) / 2, 1)))
    assert res.total is not None
    assert res.total.lower == pytest.approx(2 * half.lower, rel=1e-5)
    assert res.total.upper == pytest.approx(2 * half.upper, rel=1e-5)


def test_dga_total_adds_posteriors_on_spaced_grids(load_table) -> None:
    """A grid of every third count is convolved on steps of three, not as if its points were one apart."""
    h = load_table("spina_bifida_ny")
    unit = estimate_strata({"a": h, "b": h}, "dga", grid=np.arange(0, 1200, dtype=np.float64)).total
    spaced = estimate_strata({"a": h, "b": h}, "dga", grid=np.arange(0, 1200, 3, dtype=np.float64)).total
    assert unit is not None and spaced is not None
    for got, want in zip(spaced.conf_int(), unit.conf_int(), strict=True):
        assert abs(got - want) <= 6
    assert abs(spaced.estimate - unit.estimate) <= 6
