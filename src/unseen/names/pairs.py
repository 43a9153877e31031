"""Score a file of name pairs: the library behind ``unseen names compare``.

Reading and writing the CSV is kept here, apart from the command, so that the bench and other
callers score pairs exactly as the CLI does. The file is read as `unseen import` reads a CSV
(encoding and delimiter detected, headers in any case or spacing); what would make a score
meaningless or impossible to match back to its pair (a missing or repeated pair id, a column given
twice) stops it with the row.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from unseen.ingest.decoding import detect_encoding
from unseen.ingest.tables import csv_delimiter
from unseen.names.errors import PairsFileError
from unseen.names.frequencies import TermFrequencies
from unseen.names.placeholders import is_no_name
from unseen.names.similarity import name_similarity
from unseen.names.unbroken import split_as_names_say

__all__ = ["NamePair", "nameless_rows", "read_pairs", "score_pairs", "write_scores"]

_COLUMNS = ("pair_id", "name_a", "name_b")


@dataclass(frozen=True)
class NamePair:
    """One row of a pairs file; `row` as an editor numbers it (the header is row 1)."""

    pair_id: str
    name_a: str
    name_b: str
    row: int = 0


def _folded(header: str) -> str:
    """`Pair ID`, ` pair-id ` and `PAIR_ID` are one column."""
    return re.sub(r"[\s\-]+", "_", header.strip().lower())


def _column_positions(header: list[str], path: str) -> dict[str, int]:
    folded = [_folded(h) for h in header]
    for column in _COLUMNS:
        if folded.count(column) > 1:
            raise PairsFileError(path, 1, f"column {column} given twice")
    missing = [c for c in _COLUMNS if c not in folded]
    if missing:
        found = ", ".join(header)
        raise PairsFileError(path, 1, f"missing column(s): {', '.join(missing)} (header: {found})")
    return {c: folded.index(c) for c in _COLUMNS}


def _rows(lines: Iterable[str], path: str, delimiter: str) -> Iterator[NamePair]:
    reader = csv.reader(lines, delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        raise PairsFileError(path, 1, "the file is empty: no header pair_id,name_a,name_b")
    at = _column_positions(header, path)
    seen: dict[str, int] = {}
    for cells in reader:
        row = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            raise PairsFileError(path, row, f"wrong number of fields: {len(cells)} where the header has "
                                            f"{len(header)}")
        pair_id = cells[at["pair_id"]].strip()
        if not pair_id:
            raise PairsFileError(path, row, "pair_id is empty: a score without it cannot be matched back")
        if pair_id in seen:
            raise PairsFileError(path, row, f"pair_id {pair_id!r} is already used on row {seen[pair_id]}")
        seen[pair_id] = row
        yield NamePair(pair_id, cells[at["name_a"]], cells[at["name_b"]], row)


def read_pairs(path: str | Path) -> list[NamePair]:
    """All pairs in a ``pair_id,name_a,name_b`` CSV (any common encoding and delimiter)."""
    name = str(path)
    encoding = detect_encoding(Path(path))
    try:
        with open(path, encoding=encoding, newline="") as handle:
            text = handle.read()
    except UnicodeDecodeError as exc:
        raise PairsFileError(name, 1, f"cannot be read as {encoding} ({exc.reason})") from exc
    try:
        return list(_rows(text.splitlines(keepends=True), name, csv_delimiter(text[: 1 << 16])))
    except csv.Error as exc:
        raise PairsFileError(name, 1, f"not a readable CSV ({exc})") from exc


def nameless_rows(pairs: Iterable[NamePair]) -> list[int]:
    """Rows where a side holds no name (empty, "unknown", "N/A", or a script Unseen does not read):
    `score_pairs` scores them 0, as linkage never joins two records by such a "name"."""
    return [p.row for p in pairs if _nameless(p)]


def _nameless(pair: NamePair) -> bool:
    return is_no_name(pair.name_a) or is_no_name(pair.name_b)


def score_pairs(pairs: Iterable[NamePair], term_frequencies: bool = False) -> list[tuple[str, float]]:
    """``(pair_id, score)`` for each pair; with ``term_frequencies`` rare names weigh more. A name
    written without the break between its parts is read with it where the file's names say so."""
    pairs = list(pairs)
    split = split_as_names_say(Counter(n for p in pairs for n in (p.name_a, p.name_b) if not is_no_name(n)))
    read = [(split.get(p.name_a, p.name_a), split.get(p.name_b, p.name_b)) for p in pairs]
    tf = TermFrequencies(n for a_b in read for n in a_b) if term_frequencies else None
    scored = zip(pairs, read, strict=True)
    return [(p.pair_id, 0.0 if _nameless(p) else name_similarity(a, b, tf)) for p, (a, b) in scored]


def write_scores(scores: Iterable[tuple[str, float]], path: str | Path) -> None:
    """Write ``pair_id,score`` rows, scores with six decimals."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("pair_id", "score"))
        writer.writerows((pid, f"{score:.6f}") for pid, score in scores)
