"""Score a file of name pairs: the library behind ``unseen names compare``.

Reading and writing the CSV is kept here, apart from the command, so that the bench and other
callers score pairs exactly as the CLI does.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from unseen.names.errors import PairsFileError
from unseen.names.frequencies import TermFrequencies
from unseen.names.similarity import name_similarity

__all__ = ["NamePair", "read_pairs", "score_pairs", "write_scores"]

_COLUMNS = ("pair_id", "name_a", "name_b")


@dataclass(frozen=True)
class NamePair:
    """One row of a pairs file."""

    pair_id: str
    name_a: str
    name_b: str


def _rows(handle: TextIO, path: str) -> Iterator[NamePair]:
    reader = csv.DictReader(handle)
    missing = [c for c in _COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise PairsFileError(path, 1, f"missing column(s): {', '.join(missing)}")
    for row in reader:
        if None in row or any(row.get(c) is None for c in _COLUMNS):
            raise PairsFileError(path, reader.line_num, "wrong number of fields")
        yield NamePair(row["pair_id"], row["name_a"], row["name_b"])


def read_pairs(path: str | Path) -> list[NamePair]:
    """All pairs in a ``pair_id,name_a,name_b`` CSV (UTF-8, BOM allowed)."""
    name = str(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return list(_rows(handle, name))
    except UnicodeDecodeError as exc:
        raise PairsFileError(name, 0, f"not UTF-8 ({exc.reason})") from exc
    except csv.Error as exc:
        raise PairsFileError(name, 0, f"not a readable CSV ({exc})") from exc


def score_pairs(pairs: Iterable[NamePair], term_frequencies: bool = False) -> list[tuple[str, float]]:
    """``(pair_id, score)`` for each pair; with ``term_frequencies`` rare names weigh more."""
    pairs = list(pairs)
    tf = TermFrequencies(n for p in pairs for n in (p.name_a, p.name_b)) if term_frequencies else None
    return [(p.pair_id, name_similarity(p.name_a, p.name_b, tf)) for p in pairs]


def write_scores(scores: Iterable[tuple[str, float]], path: str | Path) -> None:
    """Write ``pair_id,score`` rows, scores with six decimals."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("pair_id", "score"))
        writer.writerows((pid, f"{score:.6f}") for pid, score in scores)
