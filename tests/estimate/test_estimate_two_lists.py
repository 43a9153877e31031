"""Two lists: Lincoln-Petersen through the log-linear independence model, and refusals that point on.

Expected values are arithmetic: ``N = n1 n2 / m`` and Chapman's ``(n1+1)(n2+1)/(m+1) - 1`` by hand,
and the interval from the closed-form multinomial profile likelihood of the 2x2 table.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from scipy.optimize import brentq, minimize_scalar
from scipy.special import gammaln
from scipy.stats import chi2

from unseen.cli.estimate import estimate as estimate_command
from unseen.estimate import CaptureHistories, EstimateWarning, HistoriesError, estimate

# on A only, on B only, on both
ONLY_A, ONLY_B, BOTH = 60, 40, 30


def two_lists() -> CaptureHistories:
    return CaptureHistories.from_patterns(["A", "B"], [[1, 0], [0, 1], [1, 1]], [ONLY_A, ONLY_B, BOTH])


def test_two_lists_give_lincoln_petersen_with_a_warning() -> None:
    with pytest.warns(EstimateWarning, match="cannot be checked from two lists"):
        result = estimate(two_lists(), "loglinear")
    n1, n2 = ONLY_A + BOTH, ONLY_B + BOTH
    assert result.estimate == pytest.approx(90 * 70 / 30)  # = n1 n2 / m = 210
    assert result.estimate == pytest.approx(n1 * n2 / BOTH)
    assert result.diagnostics["chapman"] == pytest.approx(91 * 71 / 31 - 1)
    assert result.model == "[1,2]" and result.diagnostics["df"] == 0


def _profile_loglik(total: float) -> float:
    """Multinomial log-likelihood of N with the two capture probabilities at their maxima n_i / N."""
    n = ONLY_A + ONLY_B + BOTH
    on_list = (ONLY_A + BOTH, ONLY_B + BOTH)
    kept = sum(k * math.log(k / total) + (total - k) * math.log((total - k) / total) for k in on_list)
    return float(gammaln(total + 1) - gammaln(total - n + 1) + kept)


def test_two_list_interval_is_the_profile_likelihood_interval() -> None:
    n = ONLY_A + ONLY_B + BOTH
    best = minimize_scalar(lambda v: -_profile_loglik(v), bounds=(n + 1e-9, 20 * n), method="bounded",
                           options={"xatol": 1e-9})
    target = -best.fun - chi2.ppf(0.95, 1) / 2
    lower = brentq(lambda v: _profile_loglik(v) - target, n, best.x)
    upper = brentq(lambda v: _profile_loglik(v) - target, best.x, 50 * n)
    with pytest.warns(EstimateWarning):
        result = estimate(two_lists(), "loglinear")
    assert result.lower == pytest.approx(lower, abs=0.05)
    assert result.upper == pytest.approx(upper, abs=0.05)


def test_two_lists_that_share_no_one_are_refused() -> None:
    h = CaptureHistories.from_patterns(["A", "B"], [[1, 0], [0, 1]], [10, 12])
    with pytest.raises(HistoriesError, match="share anyone"):
        estimate(h, "loglinear")


@pytest.mark.parametrize("method", ["dga", "lcmcr"])
def test_a_method_refusing_two_lists_points_at_one_that_estimates(method: str) -> None:
    with pytest.raises(HistoriesError) as refused:
        estimate(two_lists(), method, seed=1)
    assert "use method 'loglinear' (2 to 8 lists)" in str(refused.value)
    with pytest.warns(EstimateWarning):
        assert estimate(two_lists(), "loglinear").estimate > 0


def test_nine_lists_are_sent_to_the_latent_class_model_only() -> None:
    names = [f"L{i}" for i in range(9)]
    patterns = [[int(i == j or j == (i + 1) % 9) for j in range(9)] for i in range(9)]
    with pytest.raises(HistoriesError) as refused:
        estimate(CaptureHistories.from_patterns(names, patterns, [3] * 9), "loglinear")
    assert "use method 'lcmcr' (3 or more lists)" in str(refused.value)
    assert "dga" not in str(refused.value)


def test_a_one_list_file_is_refused_with_one_colon_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    path.write_text("A,count\n1,5\n")
    result = CliRunner().invoke(estimate_command, ["--histories", str(path)])
    assert result.exit_code == 1
    assert f"{path}: 1 list (A): capture-recapture needs" in result.stderr
    assert "::" not in result.stderr


def test_the_command_estimates_two_lists_and_says_what_it_assumes(tmp_path: Path) -> None:
    path = tmp_path / "two.csv"
    path.write_text(f"A,B,count\n1,0,{ONLY_A}\n0,1,{ONLY_B}\n1,1,{BOTH}\n")
    result = CliRunner().invoke(estimate_command, ["--histories", str(path), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["estimate"] == pytest.approx(210.0)
    assert "independent cannot be checked" in result.stderr


def test_two_lists_that_share_no_one_are_not_sent_to_another_method() -> None:
    from unseen.estimate import LCMCR

    h = CaptureHistories.from_patterns(["L0", "L1", "L2"], [[0, 1, 0], [0, 0, 1]], [14, 2])
    with pytest.raises(HistoriesError, match="no method estimates from two lists that share no one"):
        LCMCR(seed=1).fit(h)
