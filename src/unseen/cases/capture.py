"""Capture histories from the case database: which sources name each person, optionally by stratum.

A person's stratum is the value most of its records give (sources may disagree on a birthplace);
records that give none put the person in "unknown", so nobody silently drops out of the count.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from unseen.cases.models import Facility, Record
from unseen.estimate import CaptureHistories
from unseen.linkage import default_gazetteer
from unseen.linkage.facilities import facility_key

UNKNOWN = "unknown"


def _year(value: Any) -> str:
    return str(value.year) if value else ""


def _place(value: Any) -> str:
    """One stratum per place, whatever the script: Kashgar, Qeshqer, قەشقەر and 喀什 are one."""
    return default_gazetteer().key(str(value or "")).lstrip("~")


def _facility() -> Callable[[Any], str]:
    """One stratum per facility: its name in the facility list when known, else its name key."""
    known = {
        facility_key(name): facility.name
        for facility in Facility.objects.all()
        for name in (facility.name, *facility.names.values())
        if name
    }

    def read(value: Any) -> str:
        key = facility_key(str(value or ""))
        return known.get(key, key)

    return read


# field → (record column, a factory of the function that reads a stratum label from that column)
STRATA: dict[str, tuple[str, Callable[[], Callable[[Any], str]]]] = {
    "sex": ("sex", lambda: str),
    "ethnicity": ("ethnicity", lambda: str),
    "birthplace": ("birthplace", lambda: _place),
    "facility": ("facility", _facility),
    "status": ("status", lambda: str),
    "birth_year": ("birth_date", lambda: _year),
    "detained_year": ("detained_on", lambda: _year),
}


def _stratum(values: Counter[str]) -> str:
    values.pop("", None)
    return min(values.items(), key=lambda kv: (-kv[1], kv[0]))[0] if values else UNKNOWN


def capture_histories(by: str | None = None) -> dict[str, CaptureHistories]:
    """Persons × sources after linkage; one entry "all" without `by`, else one per stratum."""
    if by is not None and by not in STRATA:
        raise ValueError(f"cannot stratify by {by!r}; choose one of {', '.join(STRATA)}")
    column, reader = (STRATA[by][0], STRATA[by][1]()) if by else ("pk", str)
    sources: dict[int, set[str]] = defaultdict(set)
    values: dict[int, Counter[str]] = defaultdict(Counter)
    for person, source, value in Record.objects.values_list("person_id", "source__key", column).iterator(
        chunk_size=50_000
    ):
        sources[person].add(source)
        if by:
            values[person][reader(value).strip()] += 1
    lists = sorted({s for named in sources.values() for s in named})
    if not lists:
        raise ValueError("there are no records: import sources (and run `unseen link`) first")
    members: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for person, named in sources.items():
        label = _stratum(values[person]) if by else "all"
        members[label].extend((person, source) for source in named)
    return {label: CaptureHistories.from_memberships(pairs, lists) for label, pairs in members.items()}
