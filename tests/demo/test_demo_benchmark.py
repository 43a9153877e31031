"""generate_linkage_benchmark: the linkage table and its truth, checked against independent rules."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from unseen.demo import DemoError, generate_demo, generate_linkage_benchmark

COLUMNS = ["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number", "facility"]
PARTIAL_ISO = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")


def mod11_2(first17: str) -> str:
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights, strict=True)) % 11]


@pytest.fixture(scope="module")
def bench() -> tuple[pd.DataFrame, pd.DataFrame]:
    return generate_linkage_benchmark(3000, seed=11)


def test_shape_and_truth(bench: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    records, truth = bench
    assert list(records.columns) == COLUMNS
    assert list(truth.columns) == ["record_id", "person_id"]
    assert records["record_id"].is_unique
    assert truth["record_id"].tolist() == records["record_id"].tolist()
    assert truth["person_id"].between(0, 2999).all()
    assert 1.3 * 3000 <= len(records) <= 1.6 * 3000


def test_deterministic() -> None:
    a = generate_linkage_benchmark(300, seed=5)
    b = generate_linkage_benchmark(300, seed=5)
    c = generate_linkage_benchmark(300, seed=6)
    pd.testing.assert_frame_equal(a[0], b[0])
    pd.testing.assert_frame_equal(a[1], b[1])
    assert not a[0].equals(c[0])


def test_values_are_in_the_linkage_format(bench: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    records, _ = bench
    assert set(records["sex"]) <= {"male", "female", ""}
    assert records["birth_date"].map(lambda v: bool(PARTIAL_ISO.match(v))).all()
    ids = records.loc[records["id_number"] != "", "id_number"]
    assert len(ids) == (records["source"] == "county-list-2018").sum()
    assert all(n[17] == mod11_2(n[:17]) for n in ids)


def test_scripts_per_source(bench: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    records, _ = bench
    def letters(source: str) -> set[str]:
        names = records.loc[records["source"] == source, "full_name"]
        return {c for name in names for c in name if not c.isspace()}
    assert all("\u0600" <= c <= "\u06ff" for c in letters("testimonies-ug-2019"))
    assert all("\u0400" <= c <= "\u04ff" for c in letters("testimonies-kk-2019"))
    assert all("\u4e00" <= c <= "\u9fff" or c in "·•" for c in letters("county-list-2018"))
    assert all(c.isascii() or c in "éöüÉÖÜ" for c in letters("testimonies-en-2019"))


def test_hard_negatives_present(bench: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    records, truth = bench
    zh = records[records["source"] == "county-list-2018"].assign(person=truth["person_id"])
    zh = zh.assign(year=zh["birth_date"].str[:4], name=zh["full_name"].str.replace("•", "·"))
    per_name_year = zh.groupby(["name", "year"])["person"].nunique()
    assert (per_name_year >= 2).sum() >= 3  # different people, same full name and birth year
    father = zh["name"].str.split("·").str[1]
    per_father_place = zh.assign(father=father).groupby(["father", "birthplace"])["person"].nunique()
    assert (per_father_place >= 2).sum() >= 50  # siblings (and others) sharing the father's name


def test_same_population_as_the_demo(tmp_path: Path) -> None:
    """Same seed and size: the benchmark names the demo's people (its ID numbers are theirs)."""
    bundle = generate_demo(tmp_path, seed=3, people=400)
    with bundle.people_path.open(encoding="utf-8") as handle:
        demo_ids = {row["id_number"] for row in csv.DictReader(handle)}
    records, _ = generate_linkage_benchmark(400, seed=3)
    bench_ids = set(records.loc[records["id_number"] != "", "id_number"])
    assert bench_ids and bench_ids <= demo_ids


def test_rejects_empty() -> None:
    with pytest.raises(DemoError):
        generate_linkage_benchmark(0, seed=1)
