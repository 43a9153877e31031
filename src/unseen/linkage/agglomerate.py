"""The guarded agglomeration of `cluster`, compiled: one pass over strong links, strongest first.

A million records of common names make components of strong links with a hundred thousand records
(namesakes link to namesakes). Keeping, per cluster, a dictionary of its neighbours' summed weights
costs a dictionary update per link and per merge, in Python. Here nothing is kept: when two clusters
may merge, the links of the smaller one's members are walked and those that land in the other
cluster are summed. The guard keeps clusters small, so the walk is short, and the whole pass is a
compiled loop over flat arrays.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from numba import njit

__all__ = ["agglomerate"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


def agglomerate(
    groups: IntArray,
    left: IntArray,
    right: IntArray,
    weight: FloatArray,
    forbidden: BoolArray,
    threshold: float,
    min_mean_weight: float,
    unscored_weight: float,
    identity: IntArray,
) -> IntArray:
    """Cluster root (a node index) of each of `len(groups)` nodes.

    `groups` gives each node's starting cluster as the index of one of its members (review 'same'
    groups start whole). Links are `left`–`right` with `weight`; a `forbidden` link is a review
    'different' and never lets its two clusters merge. Links at or above `threshold` are tried
    strongest first (ties by node index); a merge needs the mean weight over every pair between
    the two clusters, unscored pairs counted as `unscored_weight`, to reach `min_mean_weight`.
    `identity` (one code per node, -1 for none) keeps apart clusters that hold different codes: a
    cluster takes the code of its members, a starting group the largest of theirs.
    """
    n = len(groups)
    starts, other, link_weight, link_forbidden = _adjacency(n, left, right, weight, forbidden)
    candidates = np.flatnonzero((weight >= threshold) & ~forbidden)
    # Equal weights are common (the same evidence gives the same weight); they are tried in the order
    # of their nodes, not in the order the SQL engine returned the pairs, which varies between runs.
    first, second = np.minimum(left, right)[candidates], np.maximum(left, right)[candidates]
    candidates = candidates[np.lexsort((second, first, -weight[candidates]))]
    parent = np.asarray(groups, dtype=np.int64).copy()
    return _run(
        parent,
        np.asarray(identity, dtype=np.int64),
        starts,
        other,
        link_weight,
        link_forbidden,
        left[candidates],
        right[candidates],
        min_mean_weight,
        unscored_weight,
    )


@njit(cache=True)
def _adjacency(
    n: int, left: IntArray, right: IntArray, weight: FloatArray, forbidden: BoolArray
) -> tuple[IntArray, IntArray, FloatArray, BoolArray]:
    """Each node's links as one flat list (a counting sort: node j's run is starts[j]:starts[j+1]),
    the links where it is `left` first, each part in input order. Sorting the ten million link ends
    of a million records with NumPy took most of the clustering time."""
    starts = np.zeros(n + 1, dtype=np.int64)
    for i in range(len(left)):
        starts[left[i] + 1] += 1
        starts[right[i] + 1] += 1
    for j in range(n):
        starts[j + 1] += starts[j]
    at = starts[:-1].copy()
    size = 2 * len(left)
    other = np.empty(size, dtype=np.int64)
    link_weight = np.empty(size, dtype=np.float64)
    link_forbidden = np.empty(size, dtype=np.bool_)
    for side in range(2):
        for i in range(len(left)):
            node, peer = (left[i], right[i]) if side == 0 else (right[i], left[i])
            k = at[node]
            other[k], link_weight[k], link_forbidden[k] = peer, weight[i], forbidden[i]
            at[node] = k + 1
    return starts, other, link_weight, link_forbidden


@njit(cache=True)
def _find(parent: IntArray, node: int) -> int:
    root = node
    while parent[root] != root:
        root = parent[root]
    while parent[node] != root:
        parent[node], node = root, parent[node]
    return root


@njit(cache=True)
def _run(
    parent: IntArray,
    codes: IntArray,
    starts: IntArray,
    other: IntArray,
    link_weight: FloatArray,
    link_forbidden: BoolArray,
    try_left: IntArray,
    try_right: IntArray,
    min_mean_weight: float,
    unscored_weight: float,
) -> IntArray:
    n = len(parent)
    size = np.zeros(n, dtype=np.int64)
    identity = np.full(n, -1, dtype=np.int64)  # by root
    for i in range(n):
        root = _find(parent, i)
        size[root] += 1
        identity[root] = max(identity[root], codes[i])
    # Members of each cluster as a linked list: head[root] -> nxt -> ... -> -1.
    head = np.full(n, -1, dtype=np.int64)
    nxt = np.full(n, -1, dtype=np.int64)
    for i in range(n):
        root = _find(parent, i)
        nxt[i] = head[root]
        head[root] = i
    for k in range(len(try_left)):
        ra = _find(parent, try_left[k])
        rb = _find(parent, try_right[k])
        if ra == rb or (identity[ra] >= 0 and identity[rb] >= 0 and identity[ra] != identity[rb]):
            continue
        small, large = (ra, rb) if size[ra] <= size[rb] else (rb, ra)
        total = 0.0
        count = 0
        blocked = False
        member = head[small]
        while member != -1 and not blocked:
            for j in range(starts[member], starts[member + 1]):
                if _find(parent, other[j]) == large:
                    if link_forbidden[j]:
                        blocked = True
                        break
                    total += link_weight[j]
                    count += 1
            member = nxt[member]
        if blocked:
            continue
        cross = size[small] * size[large]
        if (total + (cross - count) * unscored_weight) / cross < min_mean_weight:
            continue
        parent[small] = large
        size[large] += size[small]
        identity[large] = max(identity[large], identity[small])
        tail = head[small]
        while nxt[tail] != -1:
            tail = nxt[tail]
        nxt[tail] = head[large]
        head[large] = head[small]
    roots = np.empty(n, dtype=np.int64)
    for i in range(n):
        roots[i] = _find(parent, i)
    return roots
