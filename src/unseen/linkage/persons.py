"""Stable person ids across runs: a person keeps its id as long as most of it survives.

Each new cluster inherits the previous person id that covers most of its records, each previous id
goes to at most one cluster (the one holding most of its records), and every other cluster gets a
fresh id. So a rerun with nothing new renumbers nothing, a join keeps the larger side's id, and a
split keeps the id on the larger piece. The summary counts what changed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["ChangeSummary", "assign_person_ids", "sequential_ids"]


@dataclass(frozen=True)
class ChangeSummary:
    """What a run changed: persons created (new ids), merged (ids retired into another) and split."""

    records: int
    persons: int
    created: int
    merged: int
    split: int

    def __str__(self) -> str:
        return (
            f"{self.records} records -> {self.persons} persons: "
            f"{self.created} created, {self.merged} merged, {self.split} split"
        )


def sequential_ids(taken: Sequence[str]) -> Callable[[], str]:
    """New ids as decimal numbers after the largest numeric id already taken."""
    numbers = [int(t) for t in taken if t.isdigit()]
    counter = [max(numbers, default=0)]
    taken_set = set(taken)

    def next_id() -> str:
        counter[0] += 1
        while str(counter[0]) in taken_set:
            counter[0] += 1
        return str(counter[0])

    return next_id


def assign_person_ids(
    record_ids: Sequence[str],
    labels: npt.NDArray[np.int64],
    previous: Mapping[str, str] | None = None,
    new_id: Callable[[], str] | None = None,
) -> tuple[list[str], ChangeSummary]:
    """Person id per record (aligned with `record_ids`) and a summary of the changes.

    `labels` are cluster labels from `cluster_records`; `previous` maps record id to the person id
    of an earlier run (records not in it are new).
    """
    previous = previous or {}
    make_id = new_id or sequential_ids(sorted(set(previous.values())))
    overlap = _overlaps(record_ids, labels, previous) if previous else {}
    kept = _inherit(overlap)
    distinct, of_record = np.unique(labels, return_inverse=True)
    names = [kept.get(label) or make_id() for label in distinct.tolist()]
    created = len(names) - len(kept)
    persons: list[str] = np.array(names, dtype=object)[of_record.ravel()].tolist()
    summary = ChangeSummary(
        records=len(record_ids),
        persons=len(names),
        created=created,
        merged=_count_merged(overlap, kept),
        split=_count_split(overlap),
    )
    return persons, summary


def _overlaps(
    record_ids: Sequence[str], labels: npt.NDArray[np.int64], previous: Mapping[str, str]
) -> dict[str, Counter[int]]:
    """For each previous person, how many of its records fall in each new cluster."""
    overlap: dict[str, Counter[int]] = defaultdict(Counter)
    for record_id, label in zip(record_ids, labels.tolist(), strict=True):
        person = previous.get(record_id)
        if person is not None:
            overlap[person][int(label)] += 1
    return overlap


def _inherit(overlap: Mapping[str, Counter[int]]) -> dict[int, str]:
    """Greedy: the largest overlaps first; ties go to the smaller id, then the smaller cluster."""
    candidates = sorted(
        ((count, person, label) for person, counts in overlap.items() for label, count in counts.items()),
        key=lambda c: (-c[0], _id_order(c[1]), c[2]),
    )
    kept: dict[int, str] = {}
    used: set[str] = set()
    for _, person, label in candidates:
        if label not in kept and person not in used:
            kept[label] = person
            used.add(person)
    return kept


def _id_order(person: str) -> tuple[int, int, str]:
    return (0, int(person), "") if person.isdigit() else (1, 0, person)


def _count_merged(overlap: Mapping[str, Counter[int]], kept: Mapping[int, str]) -> int:
    """Previous persons whose id was retired because their records joined a person with another id."""
    retired = set(overlap) - set(kept.values())
    return sum(1 for person in retired if any(label in kept for label in overlap[person]))


def _count_split(overlap: Mapping[str, Counter[int]]) -> int:
    return sum(1 for counts in overlap.values() if len(counts) > 1)
