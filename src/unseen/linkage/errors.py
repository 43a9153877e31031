"""One exception tree for linkage, so callers can catch `LinkageError` and still see what went wrong where."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "LinkageError",
    "RecordProblem",
    "InvalidRecordsError",
    "ReviewConflictError",
    "BackendUnavailableError",
]


class LinkageError(Exception):
    """Base class of every error raised by `unseen.linkage`."""


FIRST_ROW = 2
"""The row number of a table's first record. Rows are counted as the file shows them, its header
being row 1: what an editor or spreadsheet shows, and what `unseen import` reports."""


@dataclass(frozen=True)
class RecordProblem:
    """One problem with one input row: `row` counts as the file does (header row 1, first record
    row 2), also for a table given as a DataFrame, which is counted as if written with its header."""

    row: int
    record_id: str
    column: str
    reason: str

    @property
    def index(self) -> int:
        """The row's 0-based position among the records."""
        return self.row - FIRST_ROW

    def __str__(self) -> str:
        return f"row {self.row} (record_id={self.record_id!r}) {self.column}: {self.reason}"


class InvalidRecordsError(LinkageError):
    """The records table cannot be linked as given; `problems` names every offending row."""

    def __init__(self, message: str, problems: Sequence[RecordProblem] = ()) -> None:
        self.problems = tuple(problems)
        shown = "\n".join(f"  {p}" for p in self.problems[:20])
        more = f"\n  ... and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""
        super().__init__(f"{message}\n{shown}{more}" if shown else message)


class ReviewConflictError(LinkageError):
    """Review decisions contradict each other: 'same' links join records that a 'different' keeps apart."""

    def __init__(self, pairs: Sequence[tuple[str, str]]) -> None:
        self.pairs = tuple(pairs)
        listed = ", ".join(f"{a}/{b}" for a, b in self.pairs[:10])
        super().__init__(
            "review decisions conflict: these 'different' pairs are joined by a chain of 'same' "
            f"decisions: {listed}"
        )


class BackendUnavailableError(LinkageError):
    """An optional backend (Spark) was asked for but its packages are not installed."""
