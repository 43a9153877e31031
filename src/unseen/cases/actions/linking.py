"""Link the project's records into persons, keeping person ids stable and review decisions binding.

The pure linker works on plain tables and returns record → person labels; this action maps those
labels onto Person rows: a cluster keeps the id of the person it mostly was, a person whose records
all moved is stamped `merged_into` with the records it held (never deleted, so old links still resolve),
a split gets back the retired id that held exactly its records, else a new Person. Everything is
written in one transaction with its audit row.

The run's summary counts those Person rows, not the linker's labels: an incremental run passes the
linker only the persons of records it saw before, so the person each new record got at import would
otherwise count as created rather than merged, and the same event would read differently in a full run.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd
from django.db import connection, transaction
from django.utils import timezone

from unseen.cases.actions.audit import audit
from unseen.cases.linkage_data import current_decisions, records_frame
from unseen.cases.models import LinkageRun, Person, Record, ReviewDecision, ReviewItem
from unseen.linkage import ChangeSummary, LinkageModel, LinkOptions, ProgressReporter, link_records
from unseen.linkage.pipeline import SMALL_INPUT

OUTGROWN = 4  # an incremental run's records over its model's run's records that call for retraining


@dataclass(frozen=True)
class LinkOutcome:
    """What a run did. `review_items` are the pairs this run queued; `waiting` is the whole queue
    after it, which an incremental run leaves holding earlier runs' pairs too."""

    run: LinkageRun
    summary: ChangeSummary
    review_items: int
    set_aside: int
    waiting: int
    model_records: int = 0
    """Records linked by the full run that made this run's model (this run's own, if full)."""
    nearest: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False, compare=False)
    """When this run put no pair in the review band: its scored pair nearest 0.5, with evidence."""

    @property
    def model_outgrown(self) -> bool:
        """An incremental run over many times the records its model was made on: the names, dates
        and places it learnt from may no longer be the project's, so a full run should retrain. Not
        while a full run would still use the bundled reference model (too few records to train on)."""
        return (self.run.incremental and self.summary.records > OUTGROWN * self.model_records
                and self.summary.records >= SMALL_INPUT)


def _targets(
    clusters: dict[str, list[int]], current: dict[int, int], known: set[str]
) -> dict[str, int | None]:
    """Person row for each cluster: the known person it kept, else a person none of the others kept.

    Labels the linker invented for new clusters are not person ids, whatever they look like.
    """
    targets: dict[str, int | None] = {c: int(c) for c in clusters if c in known}
    claimed = set(targets.values())
    for cluster, records in clusters.items():
        if cluster in targets:
            continue
        free = sorted({current[r] for r in records} - claimed)
        targets[cluster] = free[0] if free else None
        if free:
            claimed.add(free[0])
    return targets


@dataclass(frozen=True)
class _Changes:
    """What a run did to Person rows: created, retired into another (merged), spread over several."""

    created: int
    merged: int
    split: int


def _apply(assignments: pd.DataFrame, current: dict[int, int], known: set[str]) -> _Changes:
    clusters: dict[str, list[int]] = defaultdict(list)
    for record, cluster in zip(assignments["record_id"], assignments["person_id"], strict=True):
        clusters[str(cluster)].append(int(record))
    targets = _targets(clusters, current, known)
    needed = {c: clusters[c] for c, target in targets.items() if target is None}
    targets.update(_revived(needed))
    now = timezone.now()
    created = [c for c, target in targets.items() if target is None]
    for cluster in created:
        targets[cluster] = Person.objects.create(created_at=now).pk
    moves = [(targets[c], r) for c, records in clusters.items() for r in records if current[r] != targets[c]]
    retired = _retire_emptied(moves, current)
    table = connection.ops.quote_name(Record._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {table} SET person_id = %s WHERE id = %s", moves)
    return _Changes(len(created), retired, _count_split(clusters, targets, current))


def _count_split(
    clusters: dict[str, list[int]], targets: dict[str, int | None], current: dict[int, int]
) -> int:
    """Persons whose records now lie in more than one person."""
    went: dict[int, set[int | None]] = defaultdict(set)
    for cluster, records in clusters.items():
        for record in records:
            went[current[record]].add(targets[cluster])
    return sum(1 for places in went.values() if len(places) > 1)


def _revived(needed: dict[str, list[int]]) -> dict[str, int]:
    """Clusters that need a person and hold exactly the records a retired person held get that id back,
    so R23 split off alone is P23 again rather than a new number each time. Where several retired ids
    held those records (split off, rejoined, split again), the oldest, the record's own, wins."""
    if not needed:
        return {}
    wanted = {tuple(sorted(records)): cluster for cluster, records in needed.items()}
    revived: dict[str, int] = {}
    retired = Person.objects.filter(merged_into__isnull=False).order_by("pk").values_list("pk", "held")
    for pk, held in retired.iterator(chunk_size=20_000):
        cluster = wanted.pop(tuple(sorted(held)), None) if held else None
        if cluster is not None:
            revived[cluster] = pk
    Person.objects.filter(pk__in=revived.values()).update(merged_into=None, held=None)
    return revived


def _retire_emptied(moves: list[tuple[int | None, int]], current: dict[int, int]) -> int:
    """Persons left with no record are stamped merged_into the person most of their records joined,
    with the records they held (so their id can follow those records later); returns how many."""
    moved_to: dict[int, Counter[int]] = defaultdict(Counter)
    held: dict[int, list[int]] = defaultdict(list)
    for target, record in moves:
        assert target is not None
        moved_to[current[record]][target] += 1
        held[current[record]].append(record)
    remaining = Counter(current.values())
    retired = [
        (counts.most_common(1)[0][0], connection.ops.adapt_json_value(sorted(held[person]), None), person)
        for person, counts in moved_to.items()
        if sum(counts.values()) == remaining[person]
    ]
    table = connection.ops.quote_name(Person._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {table} SET merged_into_id = %s, held = %s WHERE id = %s", retired)
    return len(retired)


def _review_items(run: LinkageRun, review: pd.DataFrame) -> int:
    """Queue the run's uncertain pairs, less those a reviewer decided same or different while it ran
    (the run read the decisions when it started; such a pair must not come back as undecided)."""
    evidence_columns = [c for c in review.columns if c.startswith("mw_") or c.startswith("gamma_")]
    active = ReviewDecision.objects.filter(withdrawn_at__isnull=True)
    binding = active.exclude(verdict=ReviewDecision.Verdict.UNSURE)
    decided = set(binding.values_list("record_a_id", "record_b_id"))
    items = [
        ReviewItem(
            run=run,
            record_a_id=int(row["record_id_l"]),
            record_b_id=int(row["record_id_r"]),
            match_probability=float(row["match_probability"]),
            match_weight=float(row["match_weight"]),
            uncertainty=abs(float(row["match_probability"]) - 0.5),
            evidence={c: _plain(row[c]) for c in evidence_columns},
        )
        for _, row in review.iterrows()
        if tuple(sorted((int(row["record_id_l"]), int(row["record_id_r"])))) not in decided
    ]
    ReviewItem.objects.bulk_create(items, batch_size=2000)
    return len(items)


def _drop_replaced_items(run: LinkageRun, review: pd.DataFrame, incremental: bool) -> None:
    """A full run replaces the queue. An incremental run scores only pairs that touch new records, so
    earlier items stay waiting unless the run scored their pair again."""
    earlier = ReviewItem.objects.exclude(run=run)
    if not incremental:
        earlier.delete()
        return
    if review.empty:
        return
    rescored = set(zip(review["record_id_l"].astype(int), review["record_id_r"].astype(int), strict=True))
    stale = [pk for pk, a, b in earlier.values_list("pk", "record_a_id", "record_b_id") if (a, b) in rescored]
    ReviewItem.objects.filter(pk__in=stale).delete()


def _reopened(last: LinkageRun) -> set[int]:
    """Records of pairs whose decision was withdrawn since `last`: an incremental run scores them
    again as if new, so the pair can come back to the queue and the decision's link or split is lifted."""
    pairs = ReviewDecision.objects.filter(withdrawn_at__gt=last.at).values_list("record_a_id", "record_b_id")
    return {record for pair in pairs for record in pair}


def _plain(value: Any) -> Any:
    if pd.isna(value):
        return None
    return value.item() if hasattr(value, "item") else value


def link_persons(
    actor: str,
    *,
    incremental: bool = False,
    threshold: float = LinkOptions.threshold,
    progress: ProgressReporter | None = None,
) -> LinkOutcome:
    """Run linkage over every record; with `incremental`, only records new since the last run are scored."""
    records = records_frame()
    if records.empty:
        raise ValueError("there are no records to link: import a source first")
    last = LinkageRun.objects.first()
    incremental = incremental and last is not None
    person_of = dict(Record.objects.values_list("pk", "person_id").iterator(chunk_size=50_000))
    if incremental:
        assert last is not None
        reopened = _reopened(last)
        previous = {
            str(r): str(p) for r, p in person_of.items() if r <= last.last_record_id and r not in reopened
        }
        model = LinkageModel.from_stored(last.model)
    else:
        previous = {str(r): str(p) for r, p in person_of.items()}
        model = None
    options = LinkOptions(threshold=threshold, invalid="singleton")
    result = link_records(
        records,
        model=model,
        previous=previous,
        decisions=current_decisions(),
        incremental=incremental,
        options=options,
        progress=progress,
    )
    with transaction.atomic():
        changes = _apply(result.assignments, person_of, set(previous.values()))
        summary = replace(result.summary, created=changes.created, merged=changes.merged, split=changes.split)
        run = LinkageRun.objects.create(
            actor=actor,
            incremental=incremental,
            threshold=threshold,
            last_record_id=int(records["record_id"].astype(int).max()),
            model=result.model.stored(),
            records=summary.records,
            persons=summary.persons,
            created=summary.created,
            merged=summary.merged,
            split=summary.split,
        )
        _drop_replaced_items(run, result.review, incremental)
        items = _review_items(run, result.review)
        audit(actor, "link_persons", f"run:{run.pk}", summary=str(summary), review_items=items)
        waiting = ReviewItem.objects.count()
    nearest = result.scored.named_nearest(result.linked_ids)
    trained = LinkageRun.objects.filter(incremental=False).first()
    model_records = trained.records if trained else summary.records
    return LinkOutcome(run, summary, items, len(result.set_aside), waiting, model_records, nearest)
