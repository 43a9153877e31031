"""How common each name part is, so that agreeing on a rare name counts for more.

Thousands of men are called Memet; far fewer are called Abdukérim. A weight per key, from how often
the key occurs in the names actually being linked, lets the similarity give agreement on a rare part
more say than agreement on a common one.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from unseen.names.keys import name_keys

__all__ = ["TermFrequencies"]


class TermFrequencies:
    """Counts of part keys over a collection of names.

    Build with ``TermFrequencies(names)`` from full names in any script, or
    ``TermFrequencies.from_keys(keys)`` from keys already computed.
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._counts: Counter[str] = Counter()
        for name in names:
            self._counts.update(name_keys(name))
        self._total = sum(self._counts.values())

    @classmethod
    def from_keys(cls, keys: Iterable[str]) -> TermFrequencies:
        """Counts from part keys (as :func:`part_key` returns them); empty keys are ignored."""
        tf = cls()
        tf._counts.update(k for k in keys if k)
        tf._total = sum(tf._counts.values())
        return tf

    @property
    def total(self) -> int:
        """Number of part occurrences counted."""
        return self._total

    def count(self, key: str) -> int:
        """How many times ``key`` was seen."""
        return self._counts.get(key, 0)

    def frequency(self, key: str) -> float:
        """Share of all counted parts that have ``key``, with add-one smoothing (never 0)."""
        return (self.count(key) + 1) / (self._total + len(self._counts) + 1)

    def weight(self, key: str) -> float:
        """Information in agreeing on ``key``: ``-log(frequency)``, larger for rarer keys, >= 0."""
        return -math.log(self.frequency(key))

    def __len__(self) -> int:
        return len(self._counts)

    def __contains__(self, key: object) -> bool:
        return key in self._counts
