"""Progress of a long estimate, reported to whoever shows it (the CLI's bars), never printed here.

The same shape as the linker's reporter, so the CLI's rich bars serve both: ``step(name, total)``
starts a step (``total`` None when the amount of work is not known in advance) and returns the
function that advances it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

__all__ = ["ProgressReporter", "Silent", "prefixed"]


class ProgressReporter(Protocol):
    def step(self, name: str, total: int | None = None) -> Callable[[int], None]: ...


class Silent:
    """The reporter used when no one is watching."""

    def step(self, name: str, total: int | None = None) -> Callable[[int], None]:
        return lambda n: None


class _Prefixed:
    def __init__(self, reporter: ProgressReporter, prefix: str) -> None:
        self._reporter = reporter
        self._prefix = prefix

    def step(self, name: str, total: int | None = None) -> Callable[[int], None]:
        return self._reporter.step(f"{self._prefix}{name}", total)


def prefixed(reporter: ProgressReporter | None, prefix: str) -> ProgressReporter:
    """Steps of one stratum named after it (``stratum 'male': log-linear models``)."""
    return _Prefixed(reporter or Silent(), prefix)
