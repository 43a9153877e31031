import datetime as dt

import numpy as np

from unseen.linkage.decisions import ReviewDecision, Verdict, constraints_from_decisions
from unseen.linkage.persons import assign_person_ids, sequential_ids

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _d(a: str, b: str, verdict: Verdict, minutes: int) -> ReviewDecision:
    return ReviewDecision(a, b, verdict, T0 + dt.timedelta(minutes=minutes), "ana", "why")


def test_latest_decision_per_pair_wins_whatever_the_order_given() -> None:
    decisions = [
        _d("b", "a", Verdict.DIFFERENT, 5),
        _d("a", "b", Verdict.SAME, 1),
        _d("c", "d", Verdict.SAME, 2),
    ]
    c = constraints_from_decisions(decisions)
    assert c.cannot_link == (("a", "b"),)
    assert c.must_link == (("c", "d"),)


def test_unsure_lifts_an_earlier_constraint() -> None:
    c = constraints_from_decisions([_d("a", "b", Verdict.SAME, 1), _d("a", "b", Verdict.UNSURE, 2)])
    assert c.must_link == () and c.cannot_link == ()


def _labels(*values: int) -> np.ndarray:
    return np.asarray(values, dtype=np.int64)


def test_first_run_numbers_persons_in_order() -> None:
    persons, summary = assign_person_ids(["a", "b", "c"], _labels(0, 0, 2))
    assert persons == ["1", "1", "2"]
    assert (summary.persons, summary.created, summary.merged, summary.split) == (2, 2, 0, 0)


def test_rerun_without_change_renumbers_nothing() -> None:
    previous = {"a": "7", "b": "7", "c": "3"}
    persons, summary = assign_person_ids(["a", "b", "c"], _labels(0, 0, 2), previous)
    assert persons == ["7", "7", "3"]
    assert (summary.created, summary.merged, summary.split) == (0, 0, 0)


def test_join_keeps_the_larger_persons_id_and_counts_one_merge() -> None:
    previous = {"a": "1", "b": "1", "c": "2"}
    persons, summary = assign_person_ids(["a", "b", "c"], _labels(0, 0, 0), previous)
    assert persons == ["1", "1", "1"]
    assert (summary.created, summary.merged, summary.split) == (0, 1, 0)


def test_split_keeps_id_on_larger_piece_and_gives_the_rest_a_new_one() -> None:
    previous = {"a": "4", "b": "4", "c": "4"}
    persons, summary = assign_person_ids(["a", "b", "c"], _labels(0, 0, 2), previous)
    assert persons == ["4", "4", "5"]
    assert (summary.created, summary.merged, summary.split) == (1, 0, 1)


def test_new_record_gets_a_fresh_id_after_the_largest() -> None:
    persons, summary = assign_person_ids(["a", "z"], _labels(0, 1), {"a": "9"})
    assert persons == ["9", "10"]
    assert summary.created == 1


def test_sequential_ids_skip_taken_and_ignore_non_numeric() -> None:
    make = sequential_ids(["2", "p-9", "3"])
    assert [make(), make()] == ["4", "5"]


def test_conflicting_pairs_are_the_differents_a_chain_of_sames_joins() -> None:
    from unseen.linkage.decisions import conflicting_pairs

    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    made = [ReviewDecision("1", "11", Verdict.SAME, t0), ReviewDecision("11", "19", Verdict.SAME, t0),
            ReviewDecision("1", "19", Verdict.DIFFERENT, t0), ReviewDecision("2", "3", Verdict.DIFFERENT, t0)]
    assert conflicting_pairs(made) == [("1", "19")]
    later = ReviewDecision("11", "19", Verdict.UNSURE, t0 + dt.timedelta(days=1))  # lifts the 'same'
    assert conflicting_pairs([*made, later]) == []
