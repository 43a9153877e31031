"""One exception tree for :mod:`unseen.names`.

Name functions are total on strings (bad text gives an empty result, never a crash); errors are
raised only for misuse (a non-string) and for files the CLI cannot read, and always carry context.
"""

from __future__ import annotations

__all__ = ["NamesError", "NotTextError", "PairsFileError", "check_text"]


class NamesError(Exception):
    """Base class of every error raised by :mod:`unseen.names`."""


class NotTextError(NamesError, TypeError):
    """A name function was given something that is not a ``str``."""

    def __init__(self, value: object) -> None:
        self.value_type = type(value).__name__
        super().__init__(f"expected a str name, got {self.value_type}")


class PairsFileError(NamesError, ValueError):
    """A pairs CSV could not be read; says which file, row and why."""

    def __init__(self, path: str, row: int, reason: str) -> None:
        self.path = path
        self.row = row
        self.reason = reason
        super().__init__(f"{path}:{row}: {reason}")


def check_text(value: object) -> str:
    """``value`` itself if it is a ``str``; otherwise :class:`NotTextError` (before any cache sees it)."""
    if not isinstance(value, str):
        raise NotTextError(value)
    return value
