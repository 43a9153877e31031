"""Write the bundled reference model that linkage uses where an input is too small to train on.

EM needs blocks with many true pairs to learn from, and u needs many random pairs: a file of a few
dozen records gives neither, and a model trained on it scores names as worthless. The reference
model is trained, as `unseen link` trains one, on the synthetic cross-script benchmark (synthetic
people only), and shipped as `src/unseen/linkage/reference_model.json`. Rerun after changing the
model's comparisons:

    .venv/bin/python bench/make_reference_model.py
"""

from __future__ import annotations

import argparse
from pathlib import Path

from unseen.demo.benchmark import generate_linkage_benchmark
from unseen.linkage import link_records

OUT = Path(__file__).resolve().parents[1] / "src" / "unseen" / "linkage" / "reference_model.json"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=2018)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    records, _ = generate_linkage_benchmark(args.people, args.seed)
    records["record_id"] = records["record_id"].astype(str)
    result = link_records(records)
    result.model.save(args.out)
    print(f"trained on {len(records)} synthetic records; wrote {args.out}")


if __name__ == "__main__":
    main()
