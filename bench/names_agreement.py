"""How often the name keys of one person agree across scripts, on the synthetic linkage benchmark.

    .venv/bin/python bench/names_agreement.py                    # seeds 1 2 3, 5,000 people each
    .venv/bin/python bench/names_agreement.py --seeds 4 --examples 25

Records of one person appear in a Chinese-character list, English testimonies, Uyghur Arabic-script
and Kazakh Cyrillic testimonies (``unseen.demo.generate_linkage_benchmark``). For every pair of
records of the same person from two different sources (a *true* pair) this prints the share whose
given-name keys agree and whose father's-name keys agree, keyed as linkage keys them
(``name_keys`` of the full name, the father's key only where ``split_name`` finds a father), the
share of pairs with two parts on both sides whose two keys agree in either order (what is left once
order accidents are set aside), and the share that shares at least one key, ``name_keys`` or
``unseen.names.keys.loose_keys`` (what name blocking can reach). It also prints the share of pairs
with ``name_similarity`` at or above ``DEFAULT_THRESHOLD`` on true pairs and on *false* pairs:
records of different persons from different sources born in the same year (what a birth-year block
puts side by side), sampled; and the share of false pairs that share a key (what blocking lets in).

Records that are written father first or cut to one part stay in: the figures are what linkage
sees, so no scheme reaches 100%. Last, the share of bench/data's labelled name pairs (names held
out from every table the package uses) whose keys all agree, for matches and for non-matches.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd

import unseen.names.keys as keys_module
from unseen.demo import generate_linkage_benchmark
from unseen.names import DEFAULT_THRESHOLD, name_keys, name_similarity, split_name

DATA = Path(__file__).parent / "data"
_YEAR = re.compile(r"(19|20)\d\d")
_SHORT = {"county-list-2018": "zh", "testimonies-en-2019": "en", "testimonies-ug-2019": "ug",
          "testimonies-kk-2019": "kk"}


def keyed(full: str, keys_of: Callable[[str], tuple[str, ...]]) -> tuple[str, str]:
    """Given and father's key as linkage takes them ('' where absent)."""
    keys = keys_of(full)
    father = keys[1] if len(keys) > 1 and split_name(full).father else ""
    return (keys[0] if keys else ""), father


def loose_keys_fn() -> Callable[[str], tuple[str, ...]] | None:
    """``unseen.names.keys.loose_keys`` where this version of the package has it."""
    fn = getattr(keys_module, "loose_keys", None)
    return fn if callable(fn) else None


def year_of(row: pd.Series) -> str:
    m = _YEAR.search(str(row["birth_date"])) or _YEAR.search(str(row["id_number"])[6:10])
    return m.group() if m else ""


def true_pairs(records: pd.DataFrame) -> list[tuple[int, int]]:
    out = []
    for idx in records.groupby("person_id").indices.values():
        for i, j in combinations(idx, 2):
            if records.source.iat[i] != records.source.iat[j]:
                out.append((int(i), int(j)))
    return out


def false_pairs(records: pd.DataFrame, n: int, rng: np.random.Generator) -> list[tuple[int, int]]:
    """Different persons, different sources, same birth year (sampled uniformly within year blocks)."""
    years = records.apply(year_of, axis=1)
    blocks = [idx for y, idx in records.groupby(years).indices.items() if y and len(idx) > 1]
    sizes = np.array([len(b) * (len(b) - 1) for b in blocks], dtype=float)
    out: list[tuple[int, int]] = []
    while len(out) < n:
        b = blocks[rng.choice(len(blocks), p=sizes / sizes.sum())]
        i, j = (int(x) for x in rng.choice(b, 2, replace=False))
        r = records
        if r.person_id.iat[i] != r.person_id.iat[j] and r.source.iat[i] != r.source.iat[j]:
            out.append((i, j))
    return out


def share(flags: Iterable[bool]) -> float:
    values = list(flags)
    return 100.0 * sum(values) / len(values) if values else float("nan")


def run_seed(seed: int, people: int, n_false: int, examples: int) -> dict[str, float]:
    records, truth = generate_linkage_benchmark(people, seed)
    records = records.merge(truth, on="record_id").reset_index(drop=True)
    full = records.full_name.tolist()
    src = [_SHORT.get(s, s) for s in records.source]
    exact = [keyed(f, name_keys) for f in full]
    loose_fn = loose_keys_fn()
    loose = [keyed(f, loose_fn) for f in full] if loose_fn else None
    pairs = true_pairs(records)
    fakes = false_pairs(records, n_false, np.random.default_rng(seed))

    def given_ok(i: int, j: int, keys: list[tuple[str, str]]) -> bool:
        return bool(keys[i][0]) and keys[i][0] == keys[j][0]

    def father_ok(i: int, j: int, keys: list[tuple[str, str]]) -> bool:
        return bool(keys[i][1]) and keys[i][1] == keys[j][1]

    def any_ok(i: int, j: int, keys: list[tuple[str, str]]) -> bool:
        return bool({k for k in keys[i] if k} & {k for k in keys[j] if k})

    def set_ok(i: int, j: int, keys: list[tuple[str, str]]) -> bool:
        return sorted(keys[i]) == sorted(keys[j])

    both_fathers = [(i, j) for i, j in pairs if exact[i][1] and exact[j][1]]
    sim_true = [name_similarity(full[i], full[j]) >= DEFAULT_THRESHOLD for i, j in pairs]
    sim_false = [name_similarity(full[i], full[j]) >= DEFAULT_THRESHOLD for i, j in fakes]
    row = {
        "true pairs": float(len(pairs)),
        "given key agrees %": share(given_ok(i, j, exact) for i, j in pairs),
        "father key agrees % (both have one)": share(father_ok(i, j, exact) for i, j in both_fathers),
        "both keys agree, either order %": share(set_ok(i, j, exact) for i, j in both_fathers),
        "share any key %": share(any_ok(i, j, exact) for i, j in pairs),
        "sim>=thr true %": share(sim_true),
        "sim>=thr false %": share(sim_false),
    }
    if loose is not None:
        row["loose given agrees %"] = share(given_ok(i, j, loose) for i, j in pairs)
        row["loose father agrees %"] = share(father_ok(i, j, loose) for i, j in both_fathers)
        row["loose both agree, either order %"] = share(set_ok(i, j, loose) for i, j in both_fathers)
        row["share any loose key %"] = share(any_ok(i, j, loose) for i, j in pairs)
        row["false share any loose key %"] = share(any_ok(i, j, loose) for i, j in fakes)
    row["false share any key %"] = share(any_ok(i, j, exact) for i, j in fakes)
    print(f"seed {seed}: {len(records)} records, {len(pairs)} true cross-source pairs, "
          f"{len(fakes)} false pairs")
    by_sources: dict[str, list[tuple[int, int]]] = {}
    for i, j in pairs:
        by_sources.setdefault("-".join(sorted((src[i], src[j]))), []).append((i, j))
    for label, group in sorted(by_sources.items()):
        fathers = [(i, j) for i, j in group if exact[i][1] and exact[j][1]]
        given = share(given_ok(i, j, exact) for i, j in group)
        father = share(father_ok(i, j, exact) for i, j in fathers)
        similar = share(name_similarity(full[i], full[j]) >= DEFAULT_THRESHOLD for i, j in group)
        print(f"  {label:<6} {len(group):>5} pairs  given {given:5.1f}%  father {father:5.1f}%"
              f"  sim>=thr {similar:5.1f}%")
    if examples:
        wrong: Counter[tuple[str, str, str, str]] = Counter()
        for i, j in pairs:
            for part in (0, 1):
                a, b = exact[i][part], exact[j][part]
                if a and b and a != b:
                    words_i, words_j = full[i].replace("·", " ").split(), full[j].replace("·", " ").split()
                    if len(words_i) > part and len(words_j) > part:
                        wrong[(words_i[part], a, words_j[part], b)] += 1
        print("  commonest disagreeing keys (part as written -> key):")
        for (wa, ka, wb, kb), count in wrong.most_common(examples):
            print(f"    {count:>4}  {wa} {ka}  vs  {wb} {kb}")
    return row


def held_out_pairs() -> None:
    """The same agreement on bench/data's labelled pairs (names held out from every table)."""
    loose_fn = loose_keys_fn()
    print("\nbench/data name pairs (held-out names; label 1 = same name): share whose keys all agree")
    for split in ("test", "dev"):
        with open(DATA / f"names_pairs_{split}.csv", encoding="utf-8", newline="") as handle:
            rows = [(r["name_a"], r["name_b"], r["label"]) for r in csv.DictReader(handle)]
        for label in ("1", "0"):
            chosen = [(a, b) for a, b, y in rows if y == label]
            line = (f"  {split} label {label} ({len(chosen)} pairs): name_keys "
                    f"{share(name_keys(a) == name_keys(b) for a, b in chosen):5.1f}%")
            if loose_fn is not None:
                line += f"   loose_keys {share(loose_fn(a) == loose_fn(b) for a, b in chosen):5.1f}%"
            print(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--people", type=int, default=5000)
    ap.add_argument("--false-pairs", type=int, default=20000)
    ap.add_argument("--examples", type=int, default=0, help="print the N commonest disagreeing keys")
    args = ap.parse_args()
    rows = [run_seed(s, args.people, args.false_pairs, args.examples) for s in args.seeds]
    print(f"\nmean over seeds {args.seeds} ({args.people} people each; threshold {DEFAULT_THRESHOLD}):")
    for label in rows[0]:
        print(f"  {label:<40}{np.mean([r[label] for r in rows]):>10.1f}")
    held_out_pairs()


if __name__ == "__main__":
    main()
