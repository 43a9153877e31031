"""Hierarchical log-linear models over ``t`` lists: enumeration, names and design matrices.

A model is the set of its interaction terms (bit masks of two or more lists); main effects are always
present and the ``t``-way term never is (it would leave nothing to estimate the unseen cell from).
Hierarchy means every sub-term of a term is in the model too, so a model is fixed by its generators,
the maximal terms, which is also how Rcapture names models (``[12,3]``: lists 1 and 2 interact).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from numpy.typing import NDArray

__all__ = ["HierarchicalModel", "all_models", "cell_masks", "design_matrix", "parse_rcapture_name"]


@dataclass(frozen=True, order=True)
class HierarchicalModel:
    """A hierarchical log-linear model: ``terms`` holds every interaction term as a bit mask."""

    n_lists: int
    terms: frozenset[int]

    @classmethod
    def from_generators(cls, n_lists: int, generators: Sequence[Sequence[int]]) -> HierarchicalModel:
        """Build from maximal terms given as 0-based list indices, e.g. ``[(0, 1), (2,)]``."""
        terms: set[int] = set()
        for gen in generators:
            for size in range(2, len(gen) + 1):
                for sub in combinations(sorted(set(gen)), size):
                    terms.add(sum(1 << j for j in sub))
        return cls(n_lists, frozenset(terms))

    @property
    def order(self) -> int:
        """Highest interaction order (1 for independence)."""
        return max((_popcount(s) for s in self.terms), default=1)

    def generators(self) -> list[int]:
        """Maximal terms (including lone main effects), largest first, then by list order."""
        covered = 0
        gens = [s for s in self.terms if not any(s != o and (s & o) == s for o in self.terms)]
        for s in gens:
            covered |= s
        gens += [1 << j for j in range(self.n_lists) if not covered & (1 << j)]
        return sorted(gens, key=lambda s: (-_popcount(s), _digits(s)))

    def name(self, lists: Sequence[str] | None = None) -> str:
        """Rcapture's name (``[12,3,4]``), or with list names (``[EXH*ABA,OSCE,HRW]``) when given."""
        parts = []
        for gen in self.generators():
            members = _members(gen)
            if lists is None:
                parts.append("".join(str(j + 1) for j in members))
            else:
                parts.append("*".join(lists[j] for j in members))
        return "[" + ",".join(parts) + "]"

    def n_params(self) -> int:
        """Intercept, main effects and interaction terms."""
        return 1 + self.n_lists + len(self.terms)

    def with_term(self, term: int) -> HierarchicalModel:
        return HierarchicalModel(self.n_lists, self.terms | {term})

    def without_term(self, term: int) -> HierarchicalModel:
        return HierarchicalModel(self.n_lists, self.terms - {term})

    def addable_terms(self, max_order: int) -> list[int]:
        """Terms whose sub-terms are all present, so adding them keeps the model hierarchical."""
        out = []
        for size in range(2, max_order + 1):
            for combo in combinations(range(self.n_lists), size):
                mask = sum(1 << j for j in combo)
                if mask not in self.terms and _subterms_present(mask, self.terms):
                    out.append(mask)
        return out

    def removable_terms(self) -> list[int]:
        """Terms that no other term contains (dropping them keeps the model hierarchical)."""
        return [s for s in self.terms if not any(o != s and (o & s) == s for o in self.terms)]


def all_models(n_lists: int, max_order: int | None = None) -> list[HierarchicalModel]:
    """Every hierarchical model with all main effects, up to ``max_order`` (default ``t - 1``).

    For 3, 4 and 5 lists there are 8, 113 and 6,893 such models (as Rcapture's ``closedpMS.t`` counts).
    """
    top = n_lists - 1 if max_order is None else min(max_order, n_lists - 1)
    candidates = [
        sum(1 << j for j in combo)
        for size in range(2, top + 1)
        for combo in combinations(range(n_lists), size)
    ]
    return [HierarchicalModel(n_lists, frozenset(t)) for t in _downsets(candidates, 0, frozenset())]


def _downsets(candidates: list[int], i: int, chosen: frozenset[int]) -> Iterator[frozenset[int]]:
    if i == len(candidates):
        yield chosen
        return
    yield from _downsets(candidates, i + 1, chosen)
    term = candidates[i]
    if _subterms_present(term, chosen):
        yield from _downsets(candidates, i + 1, chosen | {term})


def _subterms_present(term: int, terms: frozenset[int] | set[int]) -> bool:
    if _popcount(term) <= 2:
        return True
    return all((term & ~(1 << j)) in terms for j in _members(term))


def cell_masks(n_lists: int) -> NDArray[np.int64]:
    """Masks of the observable cells, in the order of :meth:`CaptureHistories.cell_counts`."""
    return np.arange(1, 2**n_lists, dtype=np.int64)


def design_matrix(model: HierarchicalModel, masks: NDArray[np.int64] | None = None) -> NDArray[np.float64]:
    """Columns: intercept, main effects in list order, then interaction terms by order and lists."""
    cells = cell_masks(model.n_lists) if masks is None else masks
    terms = [1 << j for j in range(model.n_lists)] + sorted(model.terms, key=lambda s: (_popcount(s), s))
    cols = [np.ones(len(cells))] + [((cells & s) == s).astype(np.float64) for s in terms]
    return np.ascontiguousarray(np.column_stack(cols))


def parse_rcapture_name(name: str, n_lists: int) -> HierarchicalModel:
    """Read a model name as Rcapture prints it, e.g. ``[123,14]`` (lists numbered from 1)."""
    body = name.strip().strip("[]")
    gens = [[int(ch) - 1 for ch in part.strip()] for part in body.split(",") if part.strip()]
    return HierarchicalModel.from_generators(n_lists, gens)


def _popcount(x: int) -> int:
    return bin(x).count("1")


def _members(mask: int) -> list[int]:
    return [j for j in range(mask.bit_length()) if mask >> j & 1]


def _digits(mask: int) -> tuple[int, ...]:
    return tuple(_members(mask))
