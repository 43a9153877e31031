"""Calibration, small version (bench/estimate_bench.py runs the large one): intervals cover the truth."""

from __future__ import annotations

import numpy as np

from unseen.estimate import LogLinear
from unseen.estimate.models import parse_rcapture_name
from unseen.estimate.simulate import simulate_latent_classes, simulate_loglinear


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
