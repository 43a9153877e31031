"""Read-side helpers shared by the CLI, the web UI and exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from django.db.models import Q, QuerySet

from unseen.cases import sensitive
from unseen.cases.models import Person, Record
from unseen.cases.name_index import keys_match

EXPORT_COLUMNS = (
    "record_id",
    "source",
    "row_number",
    "full_name",
    "sex",
    "birth_date",
    "birthplace",
    "ethnicity",
    "id_number",
    "facility",
    "detained_on",
    "released_on",
    "status",
    "reason",
    "notes",
    "witness_name",
    "witness_contact",
    "testimony",
    "flags",
    "person_id",
)


def format_partial(value: dt.date | None, precision: str) -> str:
    """A stored date written with exactly the precision the source gave (YYYY, YYYY-MM, YYYY-MM-DD)."""
    if value is None:
        return ""
    if precision == Record.Precision.YEAR:
        return f"{value.year:04d}"
    if precision == Record.Precision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def partial_date(record: Record, field: str) -> str:
    return format_partial(getattr(record, field), getattr(record, f"{field}_precision"))


def record_row(record: Record) -> dict[str, Any]:
    return {
        "record_id": record.pk,
        "source": record.source.key,
        "row_number": record.row_number,
        "full_name": record.full_name,
        "sex": record.sex,
        "birth_date": partial_date(record, "birth_date"),
        "birthplace": record.birthplace,
        "ethnicity": record.ethnicity,
        "id_number": sensitive.read(record, "id_number"),
        "facility": record.facility,
        "detained_on": partial_date(record, "detained_on"),
        "released_on": partial_date(record, "released_on"),
        "status": record.status,
        "reason": record.reason,
        "notes": record.notes,
        "witness_name": sensitive.read(record, "witness_name"),
        "witness_contact": sensitive.read(record, "witness_contact"),
        "testimony": sensitive.read(record, "testimony"),
        "flags": record.flags,
        "person_id": record.person_id,
    }


def export_rows(chunk: int = 5000) -> Iterator[dict[str, Any]]:
    records = Record.objects.select_related("source").order_by("pk")
    for record in records.iterator(chunk_size=chunk):
        yield record_row(record)


def search_records(query: str, limit: int = 50) -> QuerySet[Record]:
    """Records whose name keys hold every key of the query (any script), or whose name contains it."""
    condition = Q(full_name__icontains=query.strip())
    by_keys = keys_match(query)
    if by_keys is not None:
        condition |= by_keys
    return Record.objects.filter(condition).select_related("source").order_by("person_id", "pk")[:limit]


class PersonSplit(Exception):
    """An old person id whose records now lie in several persons: no single page is its page.
    `places` lists, for each person that holds some of them now, its id and those record ids."""

    def __init__(self, person_id: int, places: list[tuple[int, list[int]]]) -> None:
        went = "; ".join(f"P{p}: {', '.join(f'R{r}' for r in records)}" for p, records in places)
        super().__init__(f"P{person_id} was split; the records it held are now in {went}")
        self.person_id = person_id
        self.places = places


def resolve_person(person_id: int) -> Person:
    """The person an id stands for now: itself while it holds records; for a retired id, the person
    that holds the records it held when retired (they may have moved on since its merge, so its
    `merged_into` can be stale). Raises PersonSplit when those records now lie in several persons.
    Ids retired before `held` was kept follow `merged_into` until an id that kept it."""
    person = Person.objects.get(pk=person_id)
    seen = {person.pk}
    while person.merged_into_id is not None and not person.held and person.merged_into_id not in seen:
        person = Person.objects.get(pk=person.merged_into_id)
        seen.add(person.pk)
    if person.merged_into_id is None or not person.held:
        return person
    places: dict[int, list[int]] = {}
    held = Record.objects.filter(pk__in=person.held).order_by("pk")
    for record, holder in held.values_list("pk", "person_id"):
        places.setdefault(holder, []).append(record)
    if len(places) > 1:
        raise PersonSplit(person_id, sorted(places.items()))
    return Person.objects.get(pk=next(iter(places)))
