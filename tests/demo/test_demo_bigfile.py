"""write_leaked_list_csv: every row valid, IDs unique across chunks, deterministic."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from unseen.demo import DemoError, bigfile, write_leaked_list_csv

HEADER = ["序号", "姓名", "性别", "民族", "出生日期", "身份证号", "籍贯", "关押地点", "收押时间", "原因"]


def mod11_2(first17: str) -> str:
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights, strict=True)) % 11]


def birth_of(text: str) -> str:
    for fmt in ("%Y-%m-%d", "%Y年%m月%d日"):
        try:
            return datetime.strptime(text, fmt).strftime("%Y%m%d")
        except ValueError:
            pass
    raise AssertionError(text)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bigfile, "CHUNK_ROWS", 700)


def test_rows_are_valid(tmp_path: Path, small_chunks: None) -> None:
    path = tmp_path / "big.csv"
    write_leaked_list_csv(path, rows=2500, seed=4)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        assert next(reader) == HEADER
        rows = list(reader)
    assert [int(r[0]) for r in rows] == list(range(1, 2501))
    assert all(all(cell for cell in r) for r in rows)
    ids = [r[5] for r in rows]
    assert len(set(ids)) == len(ids)
    for r in rows:
        assert r[5][17] == mod11_2(r[5][:17])
        assert birth_of(r[4]) == r[5][6:14]
        assert r[2] in ("男", "女") and int(r[5][16]) % 2 == (1 if r[2] == "男" else 0)


def test_deterministic(tmp_path: Path, small_chunks: None) -> None:
    write_leaked_list_csv(tmp_path / "a.csv", rows=1000, seed=9)
    write_leaked_list_csv(tmp_path / "b.csv", rows=1000, seed=9)
    write_leaked_list_csv(tmp_path / "c.csv", rows=1000, seed=10)
    a, b, c = ((tmp_path / f"{x}.csv").read_bytes() for x in "abc")
    assert a == b != c


def test_rejects_empty(tmp_path: Path) -> None:
    with pytest.raises(DemoError):
        write_leaked_list_csv(tmp_path / "x.csv", rows=0, seed=1)
