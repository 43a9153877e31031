"""Decomposable (chordal) graphs on 3–5 lists, with their cliques and junction-tree separators.

dga ships these as data; we enumerate them: every graph on ``p`` vertices, kept when it has no chordless
cycle of four or more vertices. Its cliques are the maximal complete vertex sets; the separators are the
intersections along a maximum-weight spanning tree of the cliques (a junction tree), empty ones
included for disconnected graphs. There are 8, 61 and 822 such graphs on 3, 4 and 5 vertices.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import combinations

__all__ = ["DecomposableGraph", "decomposable_graphs"]


@dataclass(frozen=True)
class DecomposableGraph:
    """Edges as vertex pairs; cliques and separators as bit masks of vertices (list ``j`` is bit ``j``)."""

    n_vertices: int
    edges: frozenset[tuple[int, int]]
    cliques: tuple[int, ...]
    separators: tuple[int, ...]

    def name(self, lists: list[str] | tuple[str, ...] | None = None) -> str:
        """Cliques written as Rcapture writes model generators: ``[12,3]`` or ``[A*B,C]``."""
        parts = []
        for c in sorted(self.cliques, key=lambda m: (-bin(m).count("1"), _members(m))):
            members = _members(c)
            text = "*".join(lists[j] for j in members) if lists else "".join(str(j + 1) for j in members)
            parts.append(text)
        return "[" + ",".join(parts) + "]"


@cache
def decomposable_graphs(n_vertices: int) -> tuple[DecomposableGraph, ...]:
    """All decomposable graphs on ``n_vertices`` (3 to 5), in a fixed order."""
    if not 1 <= n_vertices <= 6:
        raise ValueError("decomposable graphs are enumerated for 1 to 6 lists only")
    pairs = list(combinations(range(n_vertices), 2))
    out = []
    for code in range(2 ** len(pairs)):
        edges = frozenset(p for i, p in enumerate(pairs) if code >> i & 1)
        if _is_chordal(n_vertices, edges):
            cliques = _maximal_cliques(n_vertices, edges)
            out.append(DecomposableGraph(n_vertices, edges, cliques, _separators(cliques)))
    return tuple(out)


def _adjacent(edges: frozenset[tuple[int, int]], a: int, b: int) -> bool:
    return (min(a, b), max(a, b)) in edges


def _is_chordal(n: int, edges: frozenset[tuple[int, int]]) -> bool:
    for size in range(4, n + 1):
        for subset in combinations(range(n), size):
            if _is_induced_cycle(subset, edges):
                return False
    return True


def _is_induced_cycle(subset: tuple[int, ...], edges: frozenset[tuple[int, int]]) -> bool:
    degree = {v: sum(_adjacent(edges, v, u) for u in subset if u != v) for v in subset}
    if any(d != 2 for d in degree.values()):
        return False
    seen, stack = {subset[0]}, [subset[0]]
    while stack:
        v = stack.pop()
        for u in subset:
            if u not in seen and _adjacent(edges, u, v):
                seen.add(u)
                stack.append(u)
    return len(seen) == len(subset)


def _maximal_cliques(n: int, edges: frozenset[tuple[int, int]]) -> tuple[int, ...]:
    complete = [
        sum(1 << v for v in s)
        for size in range(1, n + 1)
        for s in combinations(range(n), size)
        if all(_adjacent(edges, a, b) for a, b in combinations(s, 2))
    ]
    maximal = [c for c in complete if not any(o != c and (o & c) == c for o in complete)]
    return tuple(sorted(maximal))


def _separators(cliques: tuple[int, ...]) -> tuple[int, ...]:
    """Prim's algorithm on clique intersections: the tree's edge labels are the separators."""
    if len(cliques) <= 1:
        return ()
    in_tree = [cliques[0]]
    rest = list(cliques[1:])
    seps = []
    while rest:
        size, sep, pick = max(
            ((bin(a & b).count("1"), a & b, b) for a in in_tree for b in rest), key=lambda t: (t[0], -t[2])
        )
        seps.append(sep)
        in_tree.append(pick)
        rest.remove(pick)
    return tuple(sorted(seps))


def _members(mask: int) -> list[int]:
    return [j for j in range(mask.bit_length()) if mask >> j & 1]
