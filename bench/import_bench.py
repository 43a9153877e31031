"""Import a generated leaked list into the SQLite default and print rows/s and peak memory.

    .venv/bin/python bench/import_bench.py [--rows 1000000]

The import runs as `unseen import`, the command a user runs, in a child process: its wall time and
its peak resident memory (getrusage of the child) are what is printed. Target: >= 20,000 rows/s and
peak RSS < 2 GB for 1,000,000 rows.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from unseen.demo import write_leaked_list_csv

MAPPING = """
[source]
key = "bench-list"
title = "Generated leaked list"
kind = "leaked_list"
language = "zh"
reliability = "B"
credibility = 2

[columns]
full_name = "姓名"
sex = "性别"
ethnicity = "民族"
birth_date = "出生日期"
id_number = "身份证号"
birthplace = "籍贯"
facility = "关押地点"
detained_on = "收押时间"
reason = "原因"

[formats]
birth_date = ["%Y-%m-%d", "%Y年%m月%d日"]
detained_on = ["%Y-%m-%d", "%Y年%m月%d日"]
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    unseen = [sys.executable, "-m", "unseen"]
    with tempfile.TemporaryDirectory(prefix="unseen-bench-") as tmp:
        root = Path(tmp)
        data, mapping = root / "list.csv", root / "list.toml"
        started = time.perf_counter()
        write_leaked_list_csv(data, args.rows, args.seed)
        size_mb = data.stat().st_size / 1e6
        print(f"generated {args.rows:,} rows ({size_mb:.0f} MB) in {time.perf_counter() - started:.1f} s")
        mapping.write_text(MAPPING, encoding="utf-8")
        subprocess.run([*unseen, "init", str(root / "project")], check=True, capture_output=True)
        started = time.perf_counter()
        subprocess.run(
            [*unseen, "--project", str(root / "project"), "import", str(data), "--mapping", str(mapping)],
            check=True,
        )
        elapsed = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"import of {args.rows:,} rows into SQLite: {elapsed:.1f} s, {args.rows / elapsed:,.0f} rows/s")
    print(f"peak RSS of the import process: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
