"""Capture histories from the case database: which sources name each person, optionally by stratum.

A person's stratum is the value most of its records give (sources may disagree on a birthplace);
records that give none put the person in "unknown", so nobody silently drops out of the count.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from unseen.cases.models import Record
from unseen.estimate import CaptureHistories

UNKNOWN = "unknown"


def _year(value: Any) -> str:
    return str(value.year) if value else ""


STRATA: dict[str, tuple[str, Callable[[Any], str]]] = {
    "sex": ("sex", str),
    "ethnicity": ("ethnicity", str),
    "birthplace": ("birthplace", str),
    "facility": ("facility", str),
    "status": ("status", str),
    "birth_year": ("birth_date", _year),
    "detained_year": ("detained_on", _year),
}


def _stratum(values: Counter[str]) -> str:
    values.pop("", None)
    return min(values.items(), key=lambda kv: (-kv[1], kv[0]))[0] if values else UNKNOWN


def capture_histories(by: str | None = None) -> dict[str, CaptureHistories]:
    """Persons × sources after linkage; one entry "all" without `by`, else one per stratum."""
    if by is not None and by not in STRATA:
        raise ValueError(f"cannot stratify by {by!r}; choose one of {', '.join(STRATA)}")
    column, reader = STRATA[by] if by else ("pk", str)
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
