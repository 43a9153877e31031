"""One exception tree for :mod:`unseen.estimate`.

Every error says what was wrong and where (file, row, column, list or stratum), so that a researcher
can fix the input without reading the code.
"""

from __future__ import annotations

__all__ = [
    "EstimateError",
    "EstimateWarning",
    "FitError",
    "HistoriesError",
    "NotEstimableError",
]


class EstimateError(Exception):
    """Base class of every error raised by :mod:`unseen.estimate`."""


class HistoriesError(EstimateError, ValueError):
    """Capture histories that cannot be used as given (bad cell, bad count, too few lists).

    ``where`` locates the problem (``file:row:column`` or a list name) when it is known.
    """

    def __init__(self, message: str, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class NotEstimableError(EstimateError):
    """The data cannot support the requested estimate (no model whose MLE exists, too few lists)."""


class FitError(EstimateError, RuntimeError):
    """A numerical fit failed where it should not have (reported with the model it concerns)."""


class EstimateWarning(UserWarning):
    """Something the user must know about the data or the fit, which still leaves a usable estimate."""
