"""Clustering cases as data: weights are log2 odds, threshold 0.9 is a weight of log2(9) ≈ 3.17."""

import numpy as np
import pytest

from unseen.linkage.cluster import ClusterOptions, cluster_records, probability_to_weight
from unseen.linkage.errors import ReviewConflictError


def _run(n: int, edges: list[tuple[int, int, float]], **kw: object) -> list[int]:
    a = np.asarray([e[0] for e in edges], dtype=np.int64)
    b = np.asarray([e[1] for e in edges], dtype=np.int64)
    w = np.asarray([e[2] for e in edges], dtype=np.float64)
    return cluster_records(n, a, b, w, **kw).tolist()  # type: ignore[arg-type]


def test_weight_of_probability() -> None:
    assert probability_to_weight(0.5) == 0.0
    assert probability_to_weight(0.9) == pytest.approx(np.log2(9))
    assert probability_to_weight(1.0) == 30.0


def test_pairs_above_threshold_join_and_below_do_not() -> None:
    assert _run(4, [(0, 1, 10.0), (2, 3, 1.0)]) == [0, 0, 2, 3]


def test_labels_are_the_smallest_member() -> None:
    assert _run(3, [(2, 1, 10.0)]) == [0, 1, 1]


def test_true_triangle_with_one_weak_side_still_joins() -> None:
    # A-B strong, A-C strong, B-C mildly negative: mean over {A,B} x C is (8 - 2) / 2 = 3 >= 0
    assert _run(3, [(0, 1, 12.0), (0, 2, 8.0), (1, 2, -2.0)]) == [0, 0, 0]


def test_one_bad_link_does_not_chain_two_people() -> None:
    # {0,1} are one man, {2,3} another; 1-2 clears the threshold by luck, but every other
    # cross pair says 'different': mean (5 - 10 - 10 - 10) / 4 < 0, so they stay apart.
    edges = [(0, 1, 15.0), (2, 3, 15.0), (1, 2, 5.0), (0, 2, -10.0), (0, 3, -10.0), (1, 3, -10.0)]
    assert _run(4, edges) == [0, 0, 2, 2]


def test_plain_connected_components_would_have_chained_them() -> None:
    edges = [(0, 1, 15.0), (2, 3, 15.0), (1, 2, 5.0), (0, 2, -10.0), (0, 3, -10.0), (1, 3, -10.0)]
    lenient = ClusterOptions(threshold=0.9, min_mean_weight=-100.0)
    assert _run(4, edges, options=lenient) == [0, 0, 0, 0]


def test_different_decision_splits_a_strong_pair() -> None:
    assert _run(2, [(0, 1, 20.0)], cannot_link=[(0, 1)]) == [0, 1]


def test_different_decision_holds_inside_a_larger_component() -> None:
    edges = [(0, 1, 20.0), (1, 2, 20.0), (0, 2, 20.0)]
    labels = _run(3, edges, cannot_link=[(0, 2)])
    assert labels[0] != labels[2]
    assert labels[1] in (labels[0], labels[2])


def test_same_decision_joins_without_any_score() -> None:
    assert _run(3, [], must_link=[(0, 2)]) == [0, 1, 0]


def test_same_decisions_chain_and_then_attract_others() -> None:
    assert _run(4, [(2, 3, 10.0)], must_link=[(0, 1), (1, 2)]) == [0, 0, 0, 0]


def test_contradicting_decisions_raise() -> None:
    with pytest.raises(ReviewConflictError, match="0/2"):
        _run(3, [], must_link=[(0, 1), (1, 2)], cannot_link=[(0, 2)])


def test_no_pairs_gives_singletons() -> None:
    assert _run(3, []) == [0, 1, 2]


def test_equal_weights_cluster_alike_whatever_order_the_pairs_come_in() -> None:
    # 0-1 and 1-2 are equally strong, 0-2 says "different": whichever tie is tried first wins,
    # so the winner must not depend on the order the pairs arrive in.
    left, right, weight = np.array([0, 1, 0]), np.array([1, 2, 2]), np.array([5.0, 5.0, -20.0])
    options = ClusterOptions(threshold=0.9, min_mean_weight=0.0)
    forward = cluster_records(3, left, right, weight, options)
    order = np.array([1, 0, 2])
    backward = cluster_records(3, right[order], left[order], weight[order], options)
    assert forward.tolist() == backward.tolist() == [0, 0, 2]


def test_two_identity_documents_are_two_people_whatever_links_them() -> None:
    # 1 has no ID and links strongly to both 0 and 2, which hold different IDs: 1 goes with the
    # stronger link, and the two IDs stay apart even though the mean over the cross pairs is positive.
    edges = [(0, 1, 15.0), (1, 2, 11.0), (0, 2, -1.0)]
    assert _run(3, edges) == [0, 0, 0]
    assert _run(3, edges, identity=np.array([0, -1, 1])) == [0, 0, 2]
    assert _run(3, edges, identity=np.array([0, -1, 0])) == [0, 0, 0]


def test_two_identity_documents_stay_apart_in_a_pair_of_two() -> None:
    assert _run(2, [(0, 1, 20.0)], identity=np.array([3, 5])) == [0, 1]
    assert _run(2, [(0, 1, 20.0)], identity=np.array([3, -1])) == [0, 0]


def test_a_same_decision_joins_two_identity_documents() -> None:
    assert _run(2, [], must_link=[(0, 1)], identity=np.array([3, 5])) == [0, 0]


def test_a_lower_threshold_links_more_in_groups_too() -> None:
    # 0-1 is sure; 2 links to 1 at p ~ 0.53 and to 0 at even odds. At the default threshold 2 stays
    # apart; at 0.3 the guard moves with the threshold and lets the group take it.
    from unseen.linkage import LinkOptions

    edges = [(0, 1, 10.0), (1, 2, 0.2), (0, 2, 0.0)]

    def run(threshold: float) -> list[int]:
        options = LinkOptions(threshold=threshold)
        return _run(3, edges, options=ClusterOptions(options.threshold, options.min_mean_weight))

    assert LinkOptions().min_mean_weight == pytest.approx(0.5)
    assert run(0.6) == [0, 0, 2]
    assert run(0.5) == [0, 0, 2]
    assert run(0.3) == [0, 0, 0]
