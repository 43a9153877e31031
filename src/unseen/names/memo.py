"""A cache for the per-word steps, cheaper per hit than ``functools.lru_cache``.

Names that are new are still made of words seen many times, so the word-level steps (cleaning a
chunk, reading a word into ULY) hit their cache almost always. A hit here is one C-level dict
lookup, with no Python call in between; ``lru_cache`` costs several times that. The price is a
cruder bound: when full, the cache is emptied and starts again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

__all__ = ["Memo"]

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V]):
    """``memo[key]`` is ``fn(key)``, computed once while the memo holds at most ``maxsize`` keys."""

    def __init__(self, fn: Callable[[K], V], maxsize: int = 65536) -> None:
        super().__init__()
        self._fn = fn
        self._maxsize = maxsize

    def __missing__(self, key: K) -> V:
        value = self._fn(key)
        if len(self) >= self._maxsize:
            self.clear()
        self[key] = value
        return value

    def cache_clear(self) -> None:
        """Forget everything (same name as ``lru_cache``'s, so one loop clears every cache)."""
        self.clear()
