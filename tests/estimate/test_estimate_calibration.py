"""Calibration, small version (bench/estimate_bench.py runs the large one): intervals cover the truth."""

from __future__ import annotations

import numpy as np
import pytest

from unseen.estimate import LCMCR, LogLinear
from unseen.estimate.models import parse_rcapture_name
from unseen.estimate.simulate import draw_latent_class_model, simulate_latent_classes, simulate_loglinear


def test_profile_intervals_cover_the_true_total_about_95_percent() -> None:
    rng = np.random.default_rng(2024)
    model = parse_rcapture_name("[12,3,4]", 4)
    coef = np.array([0.0, -1.2, -1.0, -1.5, -0.8, 1.0])
    reps, hits = 80, 0
    for _ in range(reps):
        res = LogLinear(model="[12,3,4]").fit(simulate_loglinear(model, coef, 1000, rng))
        hits += res.lower <= 1000 <= res.upper
    # 95% nominal; with 80 replicates the binomial standard error is 0.024
    assert 0.86 <= hits / reps <= 1.0


@pytest.mark.filterwarnings("ignore::unseen.estimate.EstimateWarning")  # short chains, on purpose
def test_lcmcr_intervals_cover_populations_drawn_from_its_own_model() -> None:
    rng = np.random.default_rng(11)
    reps, hits = 40, 0
    for r in range(reps):
        weights, capture = draw_latent_class_model(5, 10, rng)
        h = simulate_latent_classes(2000, weights, capture, rng)
        res = LCMCR(seed=r, chains=2, burnin=3000, samples=500, thin=5, max_extensions=0).fit(h)
        hits += res.lower <= 2000 <= res.upper
    # 95% nominal (the benchmark gives 0.945 over 400 populations); binomial SE here 0.034
    assert 0.85 <= hits / reps <= 1.0


def test_wrong_model_under_heterogeneity_undercovers() -> None:
    # Independence ignores heterogeneity and underestimates: its intervals should miss often.
    rng = np.random.default_rng(3)
    cap = np.array([[0.6, 0.1], [0.6, 0.1], [0.6, 0.1], [0.6, 0.1]])
    hits = 0
    for _ in range(20):
        h = simulate_latent_classes(2000, [0.5, 0.5], cap, rng)
        res = LogLinear(model="[1,2,3,4]").fit(h)
        hits += res.lower <= 2000 <= res.upper
    assert hits <= 4


def test_simulated_histories_drop_the_unseen() -> None:
    rng = np.random.default_rng(0)
    cap = np.full((3, 1), 0.5)
    h = simulate_latent_classes(8000, [1.0], cap, rng)
    # P(seen) = 1 - 0.5^3 = 0.875
    assert abs(h.observed / 8000 - 0.875) < 0.015
