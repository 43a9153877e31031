"""Shared fixtures: the published tables copied into tests/estimate/data (CI has only the repository)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from unseen.estimate import CaptureHistories, read_histories_csv

HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return HERE / "data"


@pytest.fixture(scope="session")
def load_table() -> Callable[[str], CaptureHistories]:
    """Read one of the published tables by its id (e.g. ``kosovo_1999``)."""

    def load(name: str) -> CaptureHistories:
        return read_histories_csv(HERE / "data" / f"{name}.csv")

    return load


@pytest.fixture(scope="session")
def reference() -> Callable[[str], list[dict[str, str]]]:
    """Rows of a CSV printed by one of the R scripts in tests/estimate/reference."""

    def rows(filename: str) -> list[dict[str, str]]:
        with (HERE / "reference" / filename).open(newline="") as handle:
            return list(csv.DictReader(handle))

    return rows
