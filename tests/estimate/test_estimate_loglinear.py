"""Log-linear models against Rcapture (reference/loglinear_reference.R printed the numbers)."""

from __future__ import annotations

import math
import warnings
from collections import defaultdict

import numpy as np
import pytest

from unseen.estimate import CaptureHistories, LogLinear, NotEstimableError, all_models
from unseen.estimate.glm import mle_exists
from unseen.estimate.models import design_matrix, parse_rcapture_name

TABLES = ["spina_bifida_ny", "hav_taiwan_1995", "kosovo_1999", "diabetes_italy", "hiv_rome",
          "lesbian_allegheny", "congenital_massachusetts", "western_us_trafficking"]


@pytest.fixture(scope="module")
def fits(load_table) -> dict[str, tuple[CaptureHistories, object]]:
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in TABLES:
            h = load_table(name)
            out[name] = (h, LogLinear().fit(h))
    return out


@pytest.mark.parametrize(("t", "count"), [(3, 8), (4, 113), (5, 6893)])
def test_number_of_hierarchical_models_matches_rcapture(t: int, count: int) -> None:
    # Rcapture's closedpMS.t fits 8, 113 and 6,893 models (the issue quotes 6,893 for five lists).
    assert len(all_models(t)) == count


@pytest.mark.parametrize("table", TABLES)
def test_every_model_rcapture_fits_cleanly_gives_the_same_n_hat(fits, reference, table: str) -> None:
    h, res = fits[table]
    ours = {parse_rcapture_name(m.name, h.n_lists).terms: m for m in res.models}
    rows = [r for r in reference("loglinear_models.csv") if r["table"] == table]
    assert len(rows) == len(ours)
    compared = 0
    for r in rows:
        m = ours[parse_rcapture_name(r["model"], h.n_lists).terms]
        if r["infoFit"] != "0" or m.status != "ok":
            continue
        compared += 1
        assert m.estimate == pytest.approx(float(r["abundance"]), rel=1e-6), r["model"]
        assert m.stderr == pytest.approx(float(r["stderr"]), rel=1e-4), r["model"]
        assert m.aic == pytest.approx(float(r["AIC"]), rel=1e-8), r["model"]
        assert m.bic == pytest.approx(float(r["BIC"]), rel=1e-8), r["model"]
        assert m.df == int(r["df"])
    assert compared >= 7


@pytest.mark.parametrize("table", TABLES)
def test_models_flagged_boundary_really_have_no_mle(fits, table: str) -> None:
    h, res = fits[table]
    y = h.cell_counts().astype(float)
    flagged = [m for m in res.models if m.status == "boundary"]
    for m in flagged[:25]:
        x = design_matrix(parse_rcapture_name(m.name, h.n_lists))
        assert not mle_exists(x, y)
        assert m.estimate is None


def test_zero_margin_is_a_boundary_even_when_r_prints_a_number(load_table) -> None:
    # HIV Rome has no one on lists 1, 3 and 4 together, so the 134 term has a zero margin:
    # Rcapture reports N = 13,068.5 with no warning; the MLE does not exist.
    h = load_table("hiv_rome")
    with pytest.raises(NotEstimableError, match="no maximum likelihood estimate"):
        LogLinear(model="[123,134]").fit(h)


# Five lists that see almost everyone (simulated from N = 100): the estimate leaves about 0.3 unseen.
_NEARLY_ALL_SEEN = """10110 17, 10010 4, 00111 17, 00110 15, 01111 3, 00101 1, 10111 15, 11110 6, 11111 2,
00100 2, 10011 3, 01110 2, 01100 1, 01000 1, 00010 4, 11010 1, 00011 3, 11101 1, 10101 1, 10000 1"""


def test_an_interval_with_almost_no_one_unseen_holds_its_estimate() -> None:
    # Rcapture's shortcut for Cormack's term runs to infinity between 0 and 1 unseen, which pinned the
    # interval at [100, 100.0001] around an estimate of 100.3.
    cells = [item.split() for item in _NEARLY_ALL_SEEN.replace("\n", " ").split(",")]
    h = CaptureHistories.from_patterns([f"L{i}" for i in range(5)], [list(p) for p, _ in cells],
                                       [int(c) for _, c in cells])
    res = LogLinear(model="[1,2,3,4,5]").fit(h)
    assert res.lower <= res.estimate <= res.upper
    assert res.upper - res.estimate > 0.5


def test_profile_intervals_match_rcapture(reference, load_table) -> None:
    rows = reference("loglinear_intervals.csv")
    by_table: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_table[r["table"]].append(r)
    checked = 0
    for table, group in by_table.items():
        h = load_table(table)
        for r in group:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    res = LogLinear(model=r["model"]).fit(h)
                except NotEstimableError:
                    x = design_matrix(parse_rcapture_name(r["model"], h.n_lists))
                    assert not mle_exists(x, h.cell_counts().astype(float))
                    continue
            checked += 1
            assert res.estimate == pytest.approx(float(r["abundance"]), rel=1e-6), (table, r["model"])
            assert abs(res.lower - float(r["lower"])) < 0.5, (table, r["model"])
            upper = float(r["upper"]) if r["upper"] not in ("NA", "") else math.inf
            if math.isfinite(upper):
                assert abs(res.upper - upper) < 0.5, (table, r["model"])
            assert abs(res.diagnostics["n_max_multinomial"] - float(r["n_max"])) < 0.5
    assert checked >= 90


def test_kosovo_bic_choice_reproduces_the_published_estimate(fits) -> None:
    # Ball et al. (2002) report 10,356 for Kosovo; the BIC-selected model reproduces it.
    _, res = fits["kosovo_1999"]
    assert res.model == "[123,14,34]"
    assert int(res.estimate) == 10356
    assert res.lower < res.estimate < res.upper


def test_selection_skips_boundary_models(fits) -> None:
    _, res = fits["western_us_trafficking"]
    first_ok = next(m for m in res.models if m.status == "ok")
    assert res.model == first_ok.name
    flagged = [m for m in res.models if m.status != "ok"]
    assert res.models.index(flagged[0]) > res.models.index(first_ok)
    assert res.diagnostics["models_boundary"] > 6000


def test_weights_sum_to_one_over_estimable_models(fits) -> None:
    _, res = fits["kosovo_1999"]
    assert sum(m.weight for m in res.models) == pytest.approx(1.0)
    assert res.models[0].weight == max(m.weight for m in res.models)


def test_stepwise_for_six_lists_improves_on_independence(load_table) -> None:
    h = load_table("uk_modern_slavery_2013")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = LogLinear(criterion="bic").fit(h)
    indep = next(m for m in res.models if m.name == "[1,2,3,4,5,6]")
    assert res.diagnostics["search"] == "stepwise"
    assert res.models[0].bic < indep.bic
    assert res.lower < res.estimate < res.upper


def test_poisson_fit_agrees_with_statsmodels(load_table) -> None:
    import statsmodels.api as sm

    h = load_table("lesbian_allegheny")
    y = h.cell_counts().astype(float)
    x = design_matrix(parse_rcapture_name("[12,13,24]", 4))
    ref = sm.GLM(y, x, family=sm.families.Poisson()).fit(tol=1e-12)
    res = LogLinear(model="[12,13,24]").fit(h)
    assert res.estimate == pytest.approx(y.sum() + np.exp(ref.params[0]), rel=1e-8)


def test_the_chosen_models_df_is_the_one_its_ranking_row_shows(load_table) -> None:
    # Mth Chao on Kosovo drops a negative eta term in its fit; its df is still counted one way.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = LogLinear(models="classical").fit(load_table("kosovo_1999"))
    row = next(r for r in res.models if r.name == res.model)
    assert res.model == "Mth Chao" and res.diagnostics["df"] == row.df
