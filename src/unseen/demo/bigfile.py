"""``write_leaked_list_csv``: a big, valid leaked list for the import benchmark, streamed in chunks.

The population is drawn chunk by chunk (each chunk from its own seeded stream), rendered with the
vectorised column functions and appended to the file, so memory stays at one chunk plus eight
bytes per row written (the ID keys kept to make ID numbers unique across the whole file).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt

from unseen.demo.columns import facility_column, place_column, zh_dates, zh_names
from unseen.demo.errors import DemoError
from unseen.demo.population import Population, generate_population
from unseen.demo.records import ZH_REASONS

__all__ = ["CHUNK_ROWS", "HEADER", "write_leaked_list_csv"]

Strings = npt.NDArray[np.object_]

HEADER = ("序号", "姓名", "性别", "民族", "出生日期", "身份证号", "籍贯", "关押地点", "收押时间", "原因")
CHUNK_ROWS = 100_000
_REASONS = np.array(ZH_REASONS, dtype=object)


def _columns(pop: Population, first_row: int, rng: np.random.Generator) -> list[Strings]:
    n = len(pop)
    idx = np.arange(n, dtype=np.int64)
    return [
        np.arange(first_row, first_row + n).astype(str).astype(object),
        zh_names(pop, idx, rng),
        np.where(pop.male, "男", "女").astype(object),
        np.where(pop.kazakh, "哈萨克族", "维吾尔族").astype(object),
        zh_dates(pop.birth, rng),
        pop.id_number,
        place_column(pop.place, "zh", rng, p_missing=0.0),
        facility_column(pop.facility, "zh", rng, p_missing=0.0),
        zh_dates(pop.detained, rng),
        _REASONS[rng.integers(0, len(_REASONS), size=n)],
    ]


def _lines(columns: list[Strings]) -> str:
    """Join columns into CSV lines; no generated value holds a comma, quote or newline."""
    rows = zip(*(column.tolist() for column in columns), strict=True)
    return "\n".join(map(",".join, rows)) + "\n"


def write_leaked_list_csv(path: Path, rows: int, seed: int) -> None:
    """Write ``rows`` synthetic leaked-list rows (UTF-8, the county list's columns, all valid).

    Every row has every field, a valid and unique ID number, and a stated birth date equal to the
    one inside the ID: the file measures import speed, not error handling.
    """
    if rows < 1:
        raise DemoError(f"need at least one row, got {rows}")
    chunks = -(-rows // CHUNK_ROWS)
    streams = np.random.SeedSequence(seed).spawn(chunks)
    taken = np.empty(0, dtype=np.int64)
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(HEADER) + "\n")
        for number, stream in enumerate(streams):
            rng = np.random.default_rng(stream)
            size = min(CHUNK_ROWS, rows - number * CHUNK_ROWS)
            pop = generate_population(size, rng, taken_ids=taken)
            taken = np.union1d(taken, pop.id_key)
            handle.write(_lines(_columns(pop, number * CHUNK_ROWS + 1, rng)))
