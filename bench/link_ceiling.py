"""What the fields of the synthetic benchmark can tell: an upper bound on pairwise F1 for deciding
each candidate pair by what its records agree on.

    python bench/link_ceiling.py                    # 20,000 people, seed 2018 (as link_bench.py)

Every candidate pair the linker's blocking rules find is described by how its records compare:
name (same key, same loose key, one part shared, none; one or two parts), birth date at the
precision both give, birthplace, facility, sex, ID number, same or different source, and how
common the name is. An oracle that knows the true share of matches in each such group, from the
truth itself, and links a whole group when that share clears the best threshold, is as good as
any pairwise decision made from these comparisons can be on this data. Where groups of pairs
agree on everything and half of them are two people (namesakes, one record undated), no linker
can tell them apart; this prints how far that caps pairwise F1, beside unseen.linkage's own F1
on the same records (which also gains pairs through clusters). Asserts nothing.
"""

from __future__ import annotations

import argparse
import time

import duckdb
import numpy as np
import pandas as pd

from link_bench import pairwise

# How two records of a candidate pair compare, one column per field (SQL on the prepared records).
_FIELDS = """
 CASE WHEN l.name_key = r.name_key THEN 'same key' WHEN l.loose_name_key = r.loose_name_key THEN 'loose key'
      WHEN l.given_key IN (r.given_key, r.father_key) OR l.father_key IN (r.given_key, r.father_key)
      THEN 'one part' ELSE 'differ' END AS name,
 CASE WHEN l.father_key IS NULL OR r.father_key IS NULL THEN 'one part' ELSE 'two parts' END AS parts,
 CASE WHEN l.dob_year IS NULL OR r.dob_year IS NULL THEN 'unknown'
      WHEN l.dob = r.dob AND l.dob_precision = 'day' AND r.dob_precision = 'day' THEN 'same day'
      WHEN l.dob_year = r.dob_year AND (l.dob_month IS NULL OR r.dob_month IS NULL
           OR l.dob_month = r.dob_month) THEN 'agree as known'
      WHEN abs(l.dob_year - r.dob_year) <= 1 THEN 'a year apart' ELSE 'differ' END AS birth,
 CASE WHEN l.place_key IS NULL OR r.place_key IS NULL THEN 'unknown'
      WHEN l.place_key = r.place_key THEN 'same' ELSE 'differ' END AS place,
 CASE WHEN l.facility_key IS NULL OR r.facility_key IS NULL THEN 'unknown'
      WHEN l.facility_key = r.facility_key THEN 'same' ELSE 'differ' END AS facility,
 CASE WHEN l.sex IS NULL OR r.sex IS NULL THEN 'unknown'
      WHEN l.sex = r.sex THEN 'same' ELSE 'differ' END AS sex,
 CASE WHEN l.id_number IS NULL OR r.id_number IS NULL THEN 'unknown'
      WHEN l.id_number = r.id_number THEN 'same' ELSE 'differ' END AS id,
 CASE WHEN l.source = r.source THEN 'same' ELSE 'different' END AS source,
 CASE WHEN least(l.name_records, r.name_records) <= 2 THEN 'rare'
      WHEN least(l.name_records, r.name_records) <= 8 THEN 'some' ELSE 'common' END AS name_frequency
"""


def compared_pairs(records: pd.DataFrame, person: np.ndarray) -> pd.DataFrame:
    """Each candidate pair of the linker's blocking: how its records compare, and `same_person`."""
    from unseen.linkage.blocking import blocked_pairs_sql, prediction_rules
    from unseen.linkage.prepare import prepare_records
    from unseen.linkage.records import check_columns

    prepared = prepare_records(check_columns(records))
    prepared["unique_id"] = np.arange(len(prepared), dtype=np.int64)
    prepared["person"] = person
    prepared["name_records"] = prepared.groupby("name_key")["name_key"].transform("size").fillna(0)
    con = duckdb.connect()
    con.register("prepared_frame", prepared)
    con.execute("CREATE TABLE recs AS SELECT * FROM prepared_frame")
    rules = [rule.get_blocking_rule("duckdb").blocking_rule_sql for rule in prediction_rules()]
    con.execute(f"CREATE TABLE candidates AS {blocked_pairs_sql(rules, 'recs')}")
    frame: pd.DataFrame = con.execute(
        f"SELECT l.person = r.person AS same_person, {_FIELDS} FROM candidates AS c "
        "JOIN recs AS l ON l.unique_id = c.join_key_l JOIN recs AS r ON r.unique_id = c.join_key_r"
    ).df()
    return frame


def oracle_f1(pairs: pd.DataFrame, true_pairs: int) -> tuple[float, float, pd.DataFrame]:
    """Best pairwise F1 of linking whole groups of alike pairs by their true share of matches, the
    threshold it takes, and the groups."""
    fields = [c for c in pairs.columns if c != "same_person"]
    groups = pairs.groupby(fields)["same_person"].agg(true="sum", pairs="count").reset_index()
    groups["share"] = groups["true"] / groups["pairs"]
    best = (0.0, 0.0)
    for threshold in np.arange(0.05, 0.96, 0.01):
        linked = groups[groups["share"] > threshold]
        tp = int(linked["true"].sum())
        fp = int((linked["pairs"] - linked["true"]).sum())
        f1 = 2 * tp / (2 * tp + fp + (true_pairs - tp))
        best = max(best, (f1, float(threshold)))
    return best[0], best[1], groups


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=2018)
    args = parser.parse_args()
    from unseen.demo.benchmark import generate_linkage_benchmark
    from unseen.linkage import link_records

    records, truth = generate_linkage_benchmark(args.people, args.seed)
    person = truth["person_id"].to_numpy()
    sizes = np.bincount(person)
    true_pairs = int((sizes * (sizes - 1) // 2).sum())
    pairs = compared_pairs(records, person)
    f1, threshold, groups = oracle_f1(pairs, true_pairs)
    print(f"synthetic cross-script benchmark: {args.people} people, {len(records)} records, seed {args.seed}")
    print(f"  {len(pairs)} candidate pairs in {len(groups)} groups of alike comparisons; "
          f"{int(pairs['same_person'].sum())} of the {true_pairs} true pairs are candidates")
    print(f"  oracle by group (knows each group's true share, links above {threshold:.2f}): "
          f"pairwise F1 {f1:.4f}")
    start = time.perf_counter()
    records["record_id"] = records["record_id"].astype(str)
    found = link_records(records).assignments.rename(columns={"person_id": "cluster"})
    truth_frame = pd.DataFrame({"record_id": records["record_id"], "truth": person})
    p, r, ours = pairwise(found, truth_frame)
    took = time.perf_counter() - start
    print(f"  unseen.linkage ({took:.1f} s): pairwise P {p:.4f} R {r:.4f} F1 {ours:.4f}")
    even = groups[(groups["share"] > 0.3) & (groups["share"] < 0.7)].nlargest(5, "pairs")
    print("  the largest groups no field decides (30-70% true pairs):")
    fields = [c for c in groups.columns if c not in ("true", "pairs", "share")]
    for row in even.itertuples(index=False):
        described = ", ".join(f"{f} {getattr(row, f)}" for f in fields)
        print(f"    {row.pairs:>5} pairs, {row.share:.0%} true: {described}")


if __name__ == "__main__":
    main()
