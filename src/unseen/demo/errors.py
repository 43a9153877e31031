"""The demo package's exceptions: one base class, so callers can catch everything it raises."""

from __future__ import annotations

__all__ = ["DemoError"]


class DemoError(Exception):
    """A demo or benchmark could not be generated as asked (the message says which and why)."""
