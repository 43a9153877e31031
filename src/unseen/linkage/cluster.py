"""Group records into persons from scored pairs, without letting one bad link chain people together.

Plain connected components glue two people into one as soon as any single pair between them clears
the threshold. Here clusters grow by agglomeration in order of link strength, and two clusters merge
only when (1) their strongest link clears the threshold, (2) the mean match weight over every scored
pair between them is at least `min_mean_weight` — so a strong contradiction elsewhere in the two
clusters outweighs one lucky link — (3) no review decision says 'different' between them, and (4)
they do not hold two different identity documents (two valid national ID numbers: two people, even
when a record without one links strongly to both).
Review 'same' decisions are applied first and unconditionally. Most components have two records and
take a vectorised fast path; only larger components go through the compiled
agglomeration (`agglomerate`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from unseen.linkage.agglomerate import agglomerate
from unseen.linkage.errors import ReviewConflictError

__all__ = ["ClusterOptions", "cluster_records", "probability_to_weight"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
_WEIGHT_CLIP = 30.0


@dataclass(frozen=True)
class ClusterOptions:
    """`threshold` is the match probability a link needs; `min_mean_weight` guards against chaining.

    In the mean over cross pairs, a pair that blocking never compared counts as `unscored_weight`:
    records that share no name key, year or place are mild evidence of two people.
    """

    threshold: float = 0.9
    min_mean_weight: float = 0.0
    unscored_weight: float = -5.0

    @property
    def threshold_weight(self) -> float:
        return probability_to_weight(self.threshold)


def probability_to_weight(p: float) -> float:
    """Match weight (log2 Bayes factor against even odds) of a probability, clipped to ±30."""
    p = min(max(p, 1e-12), 1 - 1e-12)
    return float(np.clip(np.log2(p / (1 - p)), -_WEIGHT_CLIP, _WEIGHT_CLIP))


def cluster_records(
    n_records: int,
    left: IntArray,
    right: IntArray,
    weight: FloatArray,
    options: ClusterOptions = ClusterOptions(),
    must_link: Sequence[tuple[int, int]] = (),
    cannot_link: Sequence[tuple[int, int]] = (),
    identity: IntArray | None = None,
) -> IntArray:
    """Cluster label (the smallest record index in the cluster) for each of `n_records` records.

    `left`, `right`, `weight` are scored pairs by record index with their match weights.
    `identity` gives each record's identity document as a code (-1 for none): records with different
    codes are never put together, except by review 'same' decisions, which win.
    Raises ReviewConflictError when 'same' links join a pair that a 'different' keeps apart.
    """
    weight = np.clip(np.asarray(weight, dtype=np.float64), -_WEIGHT_CLIP, _WEIGHT_CLIP)
    groups = _must_link_groups(n_records, must_link)
    _check_conflicts(groups, cannot_link)
    strong = weight >= options.threshold_weight
    component = _components(n_records, left[strong], right[strong], groups)
    labels = groups.copy()
    sizes = np.bincount(component, minlength=n_records)
    codes = np.full(n_records, -1, dtype=np.int64) if identity is None else np.asarray(identity, np.int64)
    _fast_pairs(labels, left[strong], right[strong], component, sizes, cannot_link, codes)
    big = sizes[component] > 2
    if big.any():
        _agglomerate(labels, left, right, weight, component, big, options, cannot_link, codes)
    return _smallest_member_labels(labels)


def _must_link_groups(n: int, must_link: Sequence[tuple[int, int]]) -> IntArray:
    if not must_link:
        return np.arange(n, dtype=np.int64)
    a, b = np.asarray(must_link, dtype=np.int64).T
    return _component_labels(n, a, b)


def _component_labels(n: int, a: IntArray, b: IntArray) -> IntArray:
    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return np.asarray(labels, dtype=np.int64)


def _check_conflicts(groups: IntArray, cannot_link: Sequence[tuple[int, int]]) -> None:
    clashes = [(a, b) for a, b in cannot_link if groups[a] == groups[b]]
    if clashes:
        raise ReviewConflictError([(str(a), str(b)) for a, b in clashes])


def _components(n: int, left: IntArray, right: IntArray, groups: IntArray) -> IntArray:
    """Connected components of strong links plus must-link groups (groups join via their label)."""
    a = np.concatenate([left, np.arange(n, dtype=np.int64)])
    b = np.concatenate([right, groups])
    return _component_labels(n, a, b)


def _fast_pairs(
    labels: IntArray,
    left: IntArray,
    right: IntArray,
    component: IntArray,
    sizes: IntArray,
    cannot_link: Sequence[tuple[int, int]],
    codes: IntArray,
) -> None:
    """Components of exactly two records with one strong link merge, unless a reviewer said otherwise
    or they hold two different identity documents."""
    forbidden = {frozenset(p) for p in cannot_link}
    pair_comp = component[left]
    two = (sizes[pair_comp] == 2) & (labels[left] != labels[right])
    two &= (codes[left] < 0) | (codes[right] < 0) | (codes[left] == codes[right])
    for a, b in zip(left[two].tolist(), right[two].tolist(), strict=True):
        if frozenset((a, b)) not in forbidden:
            labels[b] = labels[a]


def _agglomerate(
    labels: IntArray,
    left: IntArray,
    right: IntArray,
    weight: FloatArray,
    component: IntArray,
    big: npt.NDArray[np.bool_],
    options: ClusterOptions,
    cannot_link: Sequence[tuple[int, int]],
    codes: IntArray,
) -> None:
    """Guarded agglomeration of the records in components of three or more (see `agglomerate`)."""
    records = np.flatnonzero(big)
    local = np.full(len(labels), -1, dtype=np.int64)
    local[records] = np.arange(len(records))
    inside = big[left] & big[right] & (component[left] == component[right])
    kept_apart = [(a, b) for a, b in cannot_link if big[a] and big[b]]
    forbidden = np.asarray(kept_apart, dtype=np.int64).reshape(-1, 2)
    # Each node starts in its review group, named by the group's first member among the nodes.
    group_labels = labels[records]
    _, first, inverse = np.unique(group_labels, return_index=True, return_inverse=True)
    roots = agglomerate(
        groups=first[inverse].astype(np.int64),
        left=np.concatenate([local[left[inside]], local[forbidden[:, 0]]]),
        right=np.concatenate([local[right[inside]], local[forbidden[:, 1]]]),
        weight=np.concatenate([weight[inside], np.zeros(len(forbidden))]),
        forbidden=np.r_[np.zeros(int(inside.sum()), dtype=bool), np.ones(len(forbidden), dtype=bool)],
        threshold=options.threshold_weight,
        min_mean_weight=options.min_mean_weight,
        unscored_weight=options.unscored_weight,
        identity=codes[records],
    )
    labels[records] = records[roots]


def _smallest_member_labels(labels: IntArray) -> IntArray:
    """Relabel so each cluster is named by its smallest record index (deterministic output)."""
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    starts = np.r_[True, sorted_labels[1:] != sorted_labels[:-1]]
    first = order[starts]
    group_index = np.cumsum(starts) - 1
    out = np.empty_like(labels)
    out[order] = first[group_index]
    return out
