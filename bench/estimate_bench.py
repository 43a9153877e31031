"""Figures for unseen.estimate: agreement with R, speed (beside R when it is installed), calibration.

    .venv/bin/python bench/estimate_bench.py            # everything (a few minutes)
    .venv/bin/python bench/estimate_bench.py --quick    # fewer replicates and shorter chains

R is optional: when ``Rscript`` runs and the LCMCR package loads (set ``R_LIBS`` if it lives elsewhere),
R's LCMCR is timed in the same run on the same tables. Nothing here asserts: it prints figures.
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from unseen.estimate import DGA, LCMCR, CaptureHistories, LogLinear, NotEstimableError, read_histories_csv
from unseen.estimate.lcmcr import WARMUP
from unseen.estimate.lcmcr_draws import beta_pair, binomial, compiled, seed_state
from unseen.estimate.lcmcr_sampler import advance, init_chain
from unseen.estimate.models import parse_rcapture_name
from unseen.estimate.simulate import draw_latent_class_model, simulate_latent_classes, simulate_loglinear

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "estimate" / "data"
REF = ROOT / "tests" / "estimate" / "reference"


def table(name: str) -> CaptureHistories:
    return read_histories_csv(DATA / f"{name}.csv")


def rows(name: str) -> list[dict[str, str]]:
    with (REF / name).open(newline="") as handle:
        return list(csv.DictReader(handle))


# ---------------------------------------------------------------------------------------- agreement
def agreement() -> None:
    print("== Agreement with R (reference numbers in tests/estimate/reference) ==")
    worst_n = worst_lim = 0.0
    checked = boundary = 0
    for r in rows("loglinear_intervals.csv"):
        try:
            res = LogLinear(model=r["model"]).fit(table(r["table"]))
        except NotEstimableError:
            boundary += 1
            continue
        checked += 1
        worst_n = max(worst_n, abs(res.estimate / float(r["abundance"]) - 1))
        worst_lim = max(worst_lim, abs(res.lower - float(r["lower"])))
        if r["upper"] not in ("NA", ""):
            worst_lim = max(worst_lim, abs(res.upper - float(r["upper"])))
    print(f"log-linear vs Rcapture: {checked} models with profile CIs; max relative N-hat difference "
          f"{worst_n:.1e} (target 1e-6); max limit difference {worst_lim:.1e} (target 0.5); "
          f"{boundary} models Rcapture reports that have no MLE (flagged here)")
    same = total = 0
    for r in rows("dga_summaries.csv"):
        h = table(r["table"])
        grid = np.arange(0, int(r["grid_max"]) + 1, dtype=np.float64)
        res = DGA(delta=float(r["delta"]), grid=grid).fit(h)
        total += 1
        expected = (float(r["median"]), float(r["lower"]), float(r["upper"]))
        same += (res.estimate, res.lower, res.upper) == expected
    print(f"dga vs R dga: posterior median and 2.5%/97.5% quantiles identical in {same}/{total} "
          "table × delta cases")
    for name in ("spina_bifida_ny", "kosovo_1999"):
        ref = [r for r in rows("lcmcr_posteriors.csv") if r["table"] == name]
        settings = {"chains": 1, "burnin": 10000, "samples": 2000, "thin": 10, "max_extensions": 0}
        ours = [LCMCR(seed=s, **settings).fit(table(name)) for s in range(1, 21)]
        for key, attr in (("median", "estimate"), ("lower", "lower"), ("upper", "upper")):
            rv = [float(r[key]) for r in ref]
            ov = [getattr(o, attr) for o in ours]
            print(f"LCMCR {name} {key:>6}: R over 20 seeds {np.mean(rv):9.1f} ± {np.std(rv, ddof=1):7.1f}; "
                  f"unseen over 20 seeds {np.mean(ov):9.1f} ± {np.std(ov, ddof=1):7.1f}")


# ---------------------------------------------------------------------------------------- speed
R_TIMING = """
suppressMessages(library(LCMCR))
X <- read.csv(commandArgs(TRUE)[1]); lists <- setdiff(names(X), "count")
df <- X[rep(seq_len(nrow(X)), X$count), lists]
for (col in lists) df[[col]] <- factor(df[[col]], levels = c(0, 1))
s <- lcmCR(df, tabular = FALSE, in_list_label = "1", not_in_list_label = "0", K = 10, seed = 1,
           verbose = FALSE, thinning = 1)
iters <- as.integer(commandArgs(TRUE)[2])
tm <- system.time(s$Update(iters, FALSE))
cat(tm[["elapsed"]] / iters, (tm[["user.self"]] + tm[["sys.self"]]) / iters, "\\n")
"""


def r_seconds_per_iteration(path: Path, iters: int) -> tuple[float, float] | None:
    """R's LCMCR seconds per iteration, wall clock and CPU (the machine may be shared)."""
    if shutil.which("Rscript") is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".R", delete=False) as handle:
        handle.write(R_TIMING)
    try:
        out = subprocess.run(["Rscript", handle.name, str(path), str(iters)], capture_output=True, text=True,
                             timeout=600, env=os.environ.copy())
        if out.returncode != 0:
            return None
        wall, cpu = out.stdout.split()[-2:]
        return float(wall), float(cpu)
    except (subprocess.SubprocessError, ValueError, IndexError):
        return None
    finally:
        os.unlink(handle.name)


def ours_seconds_per_iteration(h: CaptureHistories, iters: int) -> tuple[float, float]:
    """Best of three runs, wall clock and CPU time of this thread. Each chain starts as LCMCR.fit's
    (and R's lcmCR) do, after the warm-up sweeps and with classes sorted largest first, untimed."""
    x = np.ascontiguousarray(h.patterns, dtype=np.int64)
    f = np.ascontiguousarray(h.counts, dtype=np.int64)
    state = init_chain(x, f, 10, 1, 10)
    advance(x, f, *state, 0.25, 0.25, 2, 10, 1, 1)  # compile / warm
    best = best_cpu = math.inf
    for rep in range(3):
        state = init_chain(x, f, 10, rep + 3, WARMUP)
        start, start_cpu = time.perf_counter(), time.thread_time()
        advance(x, f, *state, 0.25, 0.25, rep + 7, iters, 1, 1)
        best = min(best, (time.perf_counter() - start) / iters)
        best_cpu = min(best_cpu, (time.thread_time() - start_cpu) / iters)
    return best, best_cpu


@compiled()
def _floor_draws(s: np.ndarray, reps: int, a: np.ndarray, b: np.ndarray, n: np.ndarray,
                 p: np.ndarray) -> float:  # pragma: no cover - compiled
    acc = 0.0
    for _ in range(reps):
        for i in range(a.shape[0]):
            acc += beta_pair(s, a[i], b[i])[0]
        for i in range(n.shape[0]):
            acc += binomial(s, n[i], p[i])
    return acc


def floor_seconds_per_iteration(h: CaptureHistories, iters: int) -> float:
    """The draws no exact sweep of this Gibbs sampler can skip, timed alone: a Beta draw for each of
    the J x K capture probabilities (from a warmed-up chain's class sizes) and at least one binomial
    per observed pattern (splitting its count between classes). Everything else a sweep does (the
    rest of the multinomials, the stick-breaking weights, the unseen count, alpha) comes on top."""
    x = np.ascontiguousarray(h.patterns, dtype=np.int64)
    f = np.ascontiguousarray(h.counts, dtype=np.int64)
    lam1, _, _, obs_n, count0, _ = init_chain(x, f, 10, 1, WARMUP)
    size = (obs_n + count0).astype(np.float64)
    a = (1 + np.rint(lam1 * size)).astype(np.int64).ravel()
    b = (1 + np.rint((1 - lam1) * size)).astype(np.int64).ravel()
    p = np.full(len(f), 0.5)
    s = seed_state(1)
    _floor_draws(s, 2, a, b, f, p)  # compile
    best = math.inf
    for _ in range(3):
        start = time.thread_time()
        _floor_draws(s, iters, a, b, f, p)
        best = min(best, (time.thread_time() - start) / iters)
    return best


def write_table(h: CaptureHistories, path: Path) -> None:
    with path.open("w", newline="") as handle:
        w = csv.writer(handle)
        w.writerow([*h.lists, "count"])
        for p, c in zip(h.patterns, h.counts, strict=True):
            w.writerow([*(int(v) for v in p), int(c)])


def speed(quick: bool) -> None:
    print("\n== Speed (this machine; R in the same run when present) ==")
    for name in ("congenital_massachusetts", "western_us_trafficking"):
        h = table(name)
        LogLinear(model="[1,2,3,4,5]").fit(h)  # compile
        start = time.perf_counter()
        res = LogLinear().fit(h)
        print(f"log-linear full hierarchical search, {name} (5 lists): {len(res.models)} models in "
              f"{time.perf_counter() - start:.2f} s ({res.diagnostics['models_boundary']} without an MLE)")
    colombia = table("colombia_recruitment_men_1999_R1")
    cases = [("kosovo_1999 (4 lists)", table("kosovo_1999")),
             ("colombia R1, first 15 lists", colombia.select(list(range(15)))),
             ("colombia R1 (20 lists)", colombia)]
    iters = 5000 if quick else 20000
    for label, h in cases:
        ours = ours_seconds_per_iteration(h, iters)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "t.csv"
            write_table(h, path)
            theirs = r_seconds_per_iteration(path, iters)
        ratio = (f"{theirs[0] / ours[0]:.1f}x R's speed (CPU time: {theirs[1] / ours[1]:.1f}x)" if theirs
                 else "R not available")
        r_txt = f"{theirs[0] * 1e6:.1f} us (CPU {theirs[1] * 1e6:.1f} us)" if theirs else "-"
        print(f"LCMCR K=10 per iteration, {label}: unseen {ours[0] * 1e6:.1f} us "
              f"(CPU {ours[1] * 1e6:.1f} us), R {r_txt} -> {ratio}")
        floor = floor_seconds_per_iteration(h, iters)
        bound = f", so at most {theirs[1] / floor:.1f}x R's CPU time" if theirs else ""
        print(f"  the draws an exact sweep cannot skip ({h.patterns.shape[1]} x 10 Beta, one binomial for "
              f"each of {len(h.counts)} patterns): CPU {floor * 1e6:.1f} us{bound}")
    h = table("kosovo_1999")
    start = time.perf_counter()
    LCMCR(seed=1, chains=4, burnin=2000, samples=500, thin=10, max_extensions=0).fit(h)
    wall = time.perf_counter() - start
    sweeps = 4 * (500 + 2000 + 500 * 10)
    print(f"LCMCR 4 chains in parallel on {os.cpu_count()} cores, kosovo: {sweeps / wall:,.0f} sweeps/s "
          "in all")


# ---------------------------------------------------------------------------------------- calibration
def calibration(quick: bool) -> None:
    print("\n== Calibration: 95% interval coverage on populations simulated with known N ==")
    rng = np.random.default_rng(20261125)
    model = parse_rcapture_name("[12,3,4]", 4)
    coef = np.array([0.0, -1.2, -1.0, -1.5, -0.8, 1.0])
    reps = 100 if quick else 500
    hits = 0
    for _ in range(reps):
        res = LogLinear(model="[12,3,4]").fit(simulate_loglinear(model, coef, 1000, rng))
        hits += res.lower <= 1000 <= res.upper
    print(f"log-linear [12,3,4], N=1000, list 1-2 dependence, true model fitted: {hits}/{reps} = "
          f"{hits / reps:.3f} (target 0.90-0.98)")
    # LCMCR: two equal latent classes (capture 0.35-0.5 vs 0.1-0.25 on every list), K=10, LCMCR's priors.
    # Chains as long as R's run below (burn-in 10,000, 1,000 draws thinned by 10; two chains): shorter
    # chains (ESS ~60) add Monte-Carlo noise to the limits, though not the shortfall at 5 lists. With 5
    # lists and N=2000 the low-capture class is weakly identified (a third of it is never seen, 60% of the
    # rest once): the posterior median of N falls about one posterior sd below the truth in R's LCMCR as
    # in ours, with chains 10 times longer too, so coverage there is below nominal; the same design with
    # N=8000 shows the shortfall shrinking as the data identify the classes.
    reps = 30 if quick else 200
    five = np.array([[0.45, 0.2], [0.5, 0.15], [0.4, 0.25], [0.45, 0.2], [0.5, 0.2]])
    eight = np.column_stack([rng.uniform(0.35, 0.5, 8), rng.uniform(0.1, 0.25, 8)])

    def two_classes(cap: np.ndarray) -> Callable[[np.random.Generator], tuple[Any, np.ndarray]]:
        return lambda _: ([0.5, 0.5], cap)

    # Every population drawn from LCMCR's own prior (class weights, capture probabilities): the model
    # holds exactly, so coverage here checks the sampler itself.
    def from_prior(lists: int) -> Callable[[np.random.Generator], tuple[Any, np.ndarray]]:
        return lambda g: draw_latent_class_model(lists, 10, g)

    scenarios = [
        ("5 lists, N=2000, two equal classes", two_classes(five), 2000),
        ("5 lists, N=8000, two equal classes", two_classes(five), 8000),
        ("8 lists, N=2000, two equal classes", two_classes(eight), 2000),
        ("5 lists, N=2000, drawn from LCMCR's prior", from_prior(5), 2000),
        ("8 lists, N=2000, drawn from LCMCR's prior", from_prior(8), 2000),
    ]
    settings = {"chains": 2, "burnin": 10000, "samples": 1000, "thin": 10, "max_extensions": 0}
    for label, design, truth in scenarios:
        hits, below, medians, ess = 0, 0, [], []
        with tempfile.TemporaryDirectory() as tmp:
            for r in range(reps):
                weights, cap = design(rng)
                h = simulate_latent_classes(truth, weights, cap, rng)
                write_table(h, Path(tmp) / f"s{r}.csv")
                res = LCMCR(seed=r, **settings).fit(h)
                hits += res.lower <= truth <= res.upper
                below += res.upper < truth
                medians.append(res.estimate)
                ess.append(res.diagnostics["ess"])
            theirs = r_coverage(Path(tmp), reps, truth)
        r_txt = f"; R's LCMCR on the same replicates: {theirs:.3f}" if theirs is not None else ""
        cover = hits / reps
        print(f"LCMCR K=10, {label}: {hits}/{reps} = {cover:.3f} "
              f"± {math.sqrt(cover * (1 - cover) / reps):.3f} (binomial SE; target 0.90-0.98), "
              f"{below} intervals below the truth; median of posterior medians {np.median(medians):.0f}, "
              f"median ESS {np.median(ess):.0f}{r_txt}")


R_COVERAGE = """
suppressMessages(library(LCMCR))
args <- commandArgs(TRUE); hits <- 0; reps <- as.integer(args[2]); truth <- as.numeric(args[3])
for (r in 0:(reps - 1)) {
  X <- read.csv(file.path(args[1], sprintf("s%d.csv", r))); lists <- setdiff(names(X), "count")
  df <- X[rep(seq_len(nrow(X)), X$count), lists]
  for (col in lists) df[[col]] <- factor(df[[col]], levels = c(0, 1))
  s <- lcmCR(df, tabular = FALSE, in_list_label = "1", not_in_list_label = "0", K = 10, seed = r + 1,
             verbose = FALSE)
  N <- lcmCR_PostSampl(s, burnin = 10000, samples = 1000, thinning = 10, output = FALSE)
  q <- quantile(N, c(0.025, 0.975)); hits <- hits + (q[1] <= truth && truth <= q[2])
}
cat(hits / reps, "\n")
"""


def r_coverage(folder: Path, reps: int, truth: int) -> float | None:
    """Coverage of R's LCMCR (one chain, LCMCR's default run length) on the same simulated tables."""
    if shutil.which("Rscript") is None:
        return None
    script = folder / "coverage.R"
    script.write_text(R_COVERAGE)
    try:
        out = subprocess.run(["Rscript", str(script), str(folder), str(reps), str(truth)],
                             capture_output=True, text=True, timeout=1800, env=os.environ.copy())
        return float(out.stdout.strip().split()[-1]) if out.returncode == 0 else None
    except (subprocess.SubprocessError, ValueError, IndexError):
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", choices=["agreement", "speed", "calibration"])
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} cores")
    if args.only in (None, "agreement"):
        agreement()
    if args.only in (None, "speed"):
        speed(args.quick)
    if args.only in (None, "calibration"):
        calibration(args.quick)


if __name__ == "__main__":
    main()
