"""One exception tree for reading files; every problem names file, row and column."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell or row; row 1 is the header line of a CSV/XLSX."""

    file: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}:{self.column}: {self.reason}"


class IngestError(Exception):
    """Base of everything that can go wrong while reading a source file."""


class MappingError(IngestError):
    """The mapping TOML is unusable; the message names the mapping file and the key."""


class FieldError(ValueError):
    """A single value cannot be read; the caller adds file, row and column."""
