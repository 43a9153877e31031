"""LCMCR coverage on simulated two-class populations, one design at a time, with the diagnostics that
tell a sampler problem (R-hat, ESS) from a property of the posterior (where the medians fall).

    .venv/bin/python bench/lcmcr_calibration.py --lists 5 --N 2000 --reps 200
    .venv/bin/python bench/lcmcr_calibration.py --lists 5 --N 8000 --reps 200
    .venv/bin/python bench/lcmcr_calibration.py --lists 8 --N 2000 --reps 200
    .venv/bin/python bench/lcmcr_calibration.py --design prior --lists 5 --N 2000 --reps 400

The two-class designs are those of estimate_bench.py (two equal classes, capture 0.4-0.5 vs
0.15-0.25 on 5 lists, or drawn from 0.35-0.5 vs 0.1-0.25 on 8), with their own random stream.
`--design prior` draws every population's class weights and capture probabilities from LCMCR's own
prior (`simulate.draw_latent_class_model`), the model holding exactly. Nothing here asserts.
"""

from __future__ import annotations

import argparse
import math
import time
import warnings

import numpy as np

from unseen.estimate import LCMCR
from unseen.estimate.simulate import draw_latent_class_model, simulate_latent_classes

FIVE = np.array([[0.45, 0.2], [0.5, 0.15], [0.4, 0.25], [0.45, 0.2], [0.5, 0.2]])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--design", choices=["two-class", "prior"], default="two-class")
    p.add_argument("--lists", type=int, default=5)
    p.add_argument("--N", type=int, default=2000)
    p.add_argument("--reps", type=int, default=200)
    p.add_argument("--K", type=int, default=10)
    p.add_argument("--chains", type=int, default=2)
    p.add_argument("--burnin", type=int, default=10000)
    p.add_argument("--samples", type=int, default=1000)
    p.add_argument("--thin", type=int, default=20)
    p.add_argument("--seed", type=int, default=20261125)
    a = p.parse_args()
    warnings.simplefilter("ignore")
    rng = np.random.default_rng(a.seed)
    eight = np.column_stack([rng.uniform(0.35, 0.5, 8), rng.uniform(0.1, 0.25, 8)])
    if a.design == "two-class" and a.lists not in (5, 8):
        p.error("the two-class design has 5 or 8 lists")
    cap = FIVE if a.lists == 5 else eight
    hits = above = below = 0
    medians, sds, rhats, ess = [], [], [], []
    start = time.perf_counter()
    for r in range(a.reps):
        if a.design == "prior":
            weights, cap = draw_latent_class_model(a.lists, a.K, rng)
            h = simulate_latent_classes(a.N, weights, cap, rng)
        else:
            h = simulate_latent_classes(a.N, [0.5, 0.5], cap, rng)
        res = LCMCR(K=a.K, seed=r, chains=a.chains, burnin=a.burnin, samples=a.samples, thin=a.thin,
                    max_extensions=0).fit(h)
        hits += res.lower <= a.N <= res.upper
        above += res.lower > a.N
        below += res.upper < a.N
        medians.append(res.estimate)
        sds.append(res.diagnostics["posterior_sd"])
        rhats.append(res.diagnostics["rhat"])
        ess.append(res.diagnostics["ess"])
    cover = hits / a.reps
    print(f"LCMCR K={a.K}, {a.design} design, {a.lists} lists, N={a.N}, {a.chains} chains x "
          f"(burn-in {a.burnin}, {a.samples} draws thinned by {a.thin}): "
          f"coverage {hits}/{a.reps} = {cover:.3f} ± "
          f"{math.sqrt(cover * (1 - cover) / a.reps):.3f} (binomial SE); intervals above the truth {above}, "
          f"below {below}; median of posterior medians {np.median(medians):.0f} "
          f"(their sd {np.std(medians):.0f}, "
          f"mean posterior sd {np.mean(sds):.0f}); R-hat > 1.05 in {np.mean(np.array(rhats) > 1.05):.0%}, "
          f"median ESS {np.median(ess):.0f}; {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
