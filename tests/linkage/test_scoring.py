"""Which pairs the guard gets scored besides the blocked ones."""

from __future__ import annotations

import numpy as np
import pandas as pd

from unseen.linkage.scoring import COMPLETE_UP_TO, _unblocked_pairs_in_clusters


def _pairs(rows: list[tuple[int, int]]) -> pd.DataFrame:
    left, right = zip(*rows, strict=True) if rows else ((), ())
    return pd.DataFrame(
        {"unique_id_l": np.array(left, dtype=np.int64), "unique_id_r": np.array(right, dtype=np.int64)}
    )


def _missing(groups: list[list[int]], known: list[tuple[int, int]]) -> set[tuple[int, int]]:
    nodes = np.array([n for g in groups for n in g], dtype=np.int64)
    component = np.array([i for i, g in enumerate(groups) for _ in g], dtype=np.int64)
    found = _unblocked_pairs_in_clusters(nodes, component, _pairs(known), _pairs([]))
    return set(zip(found["unique_id_l"].tolist(), found["unique_id_r"].tolist(), strict=True))


def test_the_pairs_blocking_missed_inside_a_small_group_are_listed_once() -> None:
    # 1-2 and 3-2 were scored (either order); 1-3 was not. A pair of two needs nothing.
    assert _missing([[1, 2, 3], [7, 8]], [(1, 2), (3, 2), (7, 8)]) == {(1, 3)}


def test_groups_of_namesakes_too_large_to_complete_are_left_alone() -> None:
    big = list(range(100, 100 + COMPLETE_UP_TO + 1))
    assert _missing([big], [(big[0], big[1])]) == set()
    assert _missing([big[:-1]], [(big[0], big[1])]) != set()


def test_nothing_to_complete_gives_an_empty_list() -> None:
    assert _missing([], []) == set()
    assert _missing([[5, 6]], [(5, 6)]) == set()
