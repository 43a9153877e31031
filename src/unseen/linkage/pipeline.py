"""The whole linkage run as one pure function: records (+ earlier persons + review decisions) in,
record → person assignments out, with a summary of what changed and the pairs worth a human look.

Incremental runs keep earlier persons as they were (unless a review decision now splits one), score
only pairs that touch new records, and reuse the saved model, so adding a source costs in proportion
to the source.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal, Protocol

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from unseen.linkage.backends import open_db_api, register_records
from unseen.linkage.cluster import ClusterOptions, cluster_records, probability_to_weight
from unseen.linkage.decisions import ReviewDecision, constraints_from_decisions
from unseen.linkage.errors import InvalidRecordsError, RecordProblem, ReviewConflictError
from unseen.linkage.idnumbers import identity_codes
from unseen.linkage.model import LinkageModel, TrainingOptions, reference_model, train
from unseen.linkage.persons import ChangeSummary, assign_person_ids
from unseen.linkage.prepare import count_distinct_names, prepare_records
from unseen.linkage.records import check_columns, find_problems
from unseen.linkage.scoring import ScoredPairs, score_pairs

__all__ = ["LinkOptions", "LinkResult", "ProgressReporter", "SMALL_INPUT", "link_records"]

# Below this many records a run scores with the bundled reference model and its prior instead of
# training (see `model.reference_model`): on the synthetic benchmark, models trained on 30-150
# records and the reference model reached about the same F1 (0.96-0.97 pairwise), the reference
# model with precision 1.000 in every run, while a handful of records that EM cannot learn from at
# all (seven records, three of one person) gave a model that merged men born 28 years apart.
SMALL_INPUT = 300


class ProgressReporter(Protocol):
    """Receives the long steps of a run; `step` returns a function that advances its bar."""

    def step(self, name: str, total: int | None = None) -> Callable[[int], None]: ...


class _Silent:
    def step(self, name: str, total: int | None = None) -> Callable[[int], None]:
        return lambda n: None


@dataclass(frozen=True)
class LinkOptions:
    """`threshold`: match probability that links two records; `review_band`: pairs a human should see.

    `guard_margin`: two clusters merge only if the mean match weight over all pairs between them
    (pairs never compared count as -5) is at least the threshold's weight plus this many bits, the
    guard against chaining (`min_mean_weight`). It moves with the threshold, so that a lower
    threshold links more in groups of three or more as well, not only in pairs. The defaults (0.5,
    a match more likely than not, and a margin of 0.5 bits) are tuned on the data written apart
    from Unseen: over the sixteen outside probe variants (bench/outside_probes.py) a margin of 0.5
    bits gave mean pairwise F1 0.898 against 0.896 at 0.915 (twelve variants better, kazakh_hui's
    two 0.003 worse), at a cost of 0.002 on the demo benchmark (0.940 against 0.942); 0.3 bits
    gained 0.001 more on the probes and lost 0.004 on the demo benchmark.

    `invalid`: 'raise' stops on rows with no name or an impossible date; 'singleton' leaves each such
    row as a person of its own, listed in `LinkResult.set_aside`, except a row whose only problem is
    a missing name and that has an ID number: it is linked through its ID number alone (no name rule
    blocks it, and its name counts as unknown). Duplicate record ids always raise.
    """

    threshold: float = 0.5
    guard_margin: float = 0.5
    review_band: tuple[float, float] = (0.2, 0.95)
    pair_floor_weight: float = -12.0
    invalid: Literal["raise", "singleton"] = "raise"
    training: TrainingOptions = TrainingOptions()

    @property
    def min_mean_weight(self) -> float:
        """The mean weight two clusters need between them to merge (0.5 bits at threshold 0.5)."""
        return probability_to_weight(self.threshold) + self.guard_margin


@dataclass
class LinkResult:
    """Assignments (`record_id`, `person_id`, in input order), what changed, and the evidence."""

    assignments: pd.DataFrame
    summary: ChangeSummary
    model: LinkageModel
    review: pd.DataFrame
    scored: ScoredPairs = field(repr=False)
    linked_ids: list[str] = field(repr=False)
    set_aside: list[RecordProblem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @cached_property
    def pairs(self) -> pd.DataFrame:
        """Every kept scored pair by record id, with its weight and probability; built when asked
        for (ten million rows of ids at a million records, which a run itself does not need)."""
        return self.scored.named_pairs(self.linked_ids)

    def person_of(self) -> dict[str, str]:
        """record id → person id, ready to pass back as `previous` next time."""
        return dict(zip(self.assignments["record_id"], self.assignments["person_id"], strict=True))


def link_records(
    records: pd.DataFrame,
    *,
    model: LinkageModel | None = None,
    previous: Mapping[str, str] | None = None,
    decisions: Iterable[ReviewDecision] = (),
    incremental: bool = False,
    options: LinkOptions = LinkOptions(),
    backend: Any = None,
    progress: ProgressReporter | None = None,
    new_person_id: Callable[[], str] | None = None,
) -> LinkResult:
    """Link `records` (the standard columns) into persons.

    `previous` (record id → person id) keeps person ids stable; with `incremental=True` its persons
    are kept whole and only pairs touching other records are scored (a `model` is then required to
    avoid retraining, though one is trained if missing). Review `decisions` always win: the latest
    'same' joins, the latest 'different' splits. `new_person_id` makes ids for new persons (default:
    the next integer after the largest numeric id in `previous`). `backend` is None/'duckdb' or a
    SparkSession.
    """
    with quiet_splink():
        return _link(
            records, model, previous, decisions, incremental, options, backend, progress, new_person_id
        )


def _link(
    records: pd.DataFrame,
    model: LinkageModel | None,
    previous: Mapping[str, str] | None,
    decisions: Iterable[ReviewDecision],
    incremental: bool,
    options: LinkOptions,
    backend: Any,
    progress: ProgressReporter | None,
    new_person_id: Callable[[], str] | None,
) -> LinkResult:
    reporter = progress or _Silent()
    timings: dict[str, float] = {}
    previous = dict(previous or {})
    full_table, table, set_aside = _validated(records, options)
    ids = table["record_id"].tolist()
    constraints = constraints_from_decisions(decisions)
    index = {record_id: i for i, record_id in enumerate(ids)}
    cannot = _as_indices(constraints.cannot_link, index)
    must = _as_indices(constraints.must_link, index)
    is_new = _new_records(ids, previous, cannot, incremental)
    with _timed(timings, "prepare"):
        advance = reporter.step("reading names", count_distinct_names(table))
        prepared = prepare_records(table, progress=advance)
        prepared["unique_id"] = np.arange(len(prepared), dtype=np.int64)
        prepared["is_new"] = is_new.astype(np.int8)
    with open_db_api(backend) as db_api:
        frame = register_records(db_api, prepared)
        fresh = model is None and len(table) >= SMALL_INPUT
        if model is None and not fresh:
            model = reference_model()
        elif model is None:
            reporter.step("training the model (EM)")
            with _timed(timings, "train"):
                model = train(frame, db_api, "unseen", options.training)
        if incremental:
            must += _kept_persons(ids, previous, is_new)
        reporter.step("scoring candidate pairs")
        with _timed(timings, "predict"):
            scored = score_pairs(frame, model, options, only_new=incremental, links=must, calibrate=fresh)
        if fresh:
            model = model.with_prior(scored.prior)
    reporter.step("clustering")
    with _timed(timings, "cluster"):
        try:
            labels = cluster_records(
                len(ids),
                scored.left,
                scored.right,
                scored.weight,
                ClusterOptions(options.threshold, options.min_mean_weight),
                must_link=must,
                cannot_link=cannot,
                identity=identity_codes(prepared["id_number"]),
            )
        except ReviewConflictError as exc:
            raise ReviewConflictError([(ids[int(a)], ids[int(b)]) for a, b in exc.pairs]) from None
    assignments, summary = _assign(ids, labels, full_table, set_aside, previous, new_person_id)
    review = scored.named_review(ids, constraints.must_link + constraints.cannot_link)
    return LinkResult(assignments, summary, model, review, scored, ids, set_aside, timings)


@contextmanager
def quiet_splink() -> Iterator[None]:
    """Splink logs every training step at WARNING; a library run should not print them."""
    logger = logging.getLogger("splink")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


@contextmanager
def _timed(timings: dict[str, float], name: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - start


def _validated(
    records: pd.DataFrame, options: LinkOptions
) -> tuple[pd.DataFrame, pd.DataFrame, list[RecordProblem]]:
    """All rows, the rows to link and the problems of rows set aside; raises on what cannot be."""
    table = check_columns(records)
    problems = find_problems(table)
    duplicates = [p for p in problems if "duplicate" in p.reason or p.column == "record_id"]
    if duplicates or (problems and options.invalid == "raise"):
        raise InvalidRecordsError(f"{len(problems)} problem(s) in the records", problems)
    by_row: dict[int, list[RecordProblem]] = {}
    for problem in problems:
        by_row.setdefault(problem.index, []).append(problem)
    set_aside = [
        p
        for row, found in by_row.items()
        if not (len(found) == 1 and found[0].column == "full_name" and table.at[row, "id_number"])
        for p in found
    ]
    bad_rows = sorted({p.index for p in set_aside})
    if len(bad_rows) == len(table):
        raise InvalidRecordsError(
            "no records to link: the table has no rows" if table.empty else
            f"no records to link: all {len(table)} rows were set aside", set_aside)
    linked = table.drop(index=bad_rows)
    return table, linked.iloc[_in_id_order(linked["record_id"])].reset_index(drop=True), set_aside


def _in_id_order(ids: pd.Series) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Positions of `ids` sorted shortest first, then as text: numbers in their order (a project's
    record ids, so the first imported comes first), and one order however a file lists its rows, so
    that training and the clusters' tie-breaks never depend on how the file was sorted."""
    text = pa.array(ids.to_numpy(dtype=object), type=pa.string())
    table = pa.table({"length": pc.utf8_length(text), "text": text})
    order: np.ndarray[Any, np.dtype[np.int64]] = pc.sort_indices(
        table, sort_keys=[("length", "ascending"), ("text", "ascending")]
    ).to_numpy()
    return order


def _as_indices(pairs: Iterable[tuple[str, str]], index: Mapping[str, int]) -> list[tuple[int, int]]:
    """Pairs of record ids as pairs of row indices; decisions about absent records do not apply."""
    return [(index[a], index[b]) for a, b in pairs if a in index and b in index]


def _new_records(
    ids: list[str], previous: Mapping[str, str], cannot: list[tuple[int, int]], incremental: bool
) -> np.ndarray[Any, np.dtype[np.bool_]]:
    """Records to score: all in a full run; in an incremental run the unseen ones, plus every record
    of an earlier person that a 'different' decision now splits (that person is rebuilt)."""
    if not incremental:
        return np.ones(len(ids), dtype=bool)
    persons = [previous.get(record_id) for record_id in ids]
    new = np.array([p is None for p in persons], dtype=bool)
    broken = {persons[a] for a, b in cannot if persons[a] is not None and persons[a] == persons[b]}
    if broken:
        new |= np.array([p in broken for p in persons], dtype=bool)
    return new


def _kept_persons(
    ids: list[str], previous: Mapping[str, str], is_new: np.ndarray[Any, Any]
) -> list[tuple[int, int]]:
    """Must-links chaining the records of each earlier person that the run keeps whole."""
    first: dict[str, int] = {}
    links: list[tuple[int, int]] = []
    for i, record_id in enumerate(ids):
        person = previous.get(record_id)
        if person is None or is_new[i]:
            continue
        if person in first:
            links.append((first[person], i))
        else:
            first[person] = i
    return links


def _assign(
    ids: list[str],
    labels: np.ndarray[Any, np.dtype[np.int64]],
    full_table: pd.DataFrame,
    set_aside: list[RecordProblem],
    previous: Mapping[str, str],
    new_person_id: Callable[[], str] | None,
) -> tuple[pd.DataFrame, ChangeSummary]:
    """Person ids for linked rows and set-aside rows (one person each), in the input's row order."""
    aside_rows = sorted({p.index for p in set_aside})
    all_ids = ids + [full_table.at[r, "record_id"] for r in aside_rows]
    extra = np.arange(len(ids), len(ids) + len(aside_rows), dtype=np.int64)
    persons, summary = assign_person_ids(all_ids, np.concatenate([labels, extra]), previous, new_person_id)
    by_record = pd.Series(persons, index=pd.Index(all_ids, dtype=object), dtype=object)
    order = full_table["record_id"]
    frame = pd.DataFrame({"record_id": order.to_numpy(dtype=object),
                          "person_id": by_record.reindex(order).to_numpy(dtype=object)})
    return frame, summary
