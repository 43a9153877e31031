"""Capture histories from the case database: which sources name each person, optionally by stratum.

A person's stratum is the value most of its records give (sources may disagree on a birthplace);
records that give none put the person in "unknown", so nobody silently drops out of the count. A cell
that only says the value is missing ("unknown", "N/A", "未知", "unknown camp") gives none: it is no
facility or place of its own. Facilities are grouped by their key, so that 喀什第三看守所 and Kashgar No. 3
Detention Center are one stratum, and named by the facility list where it knows them, else by the
spelling most of their records write (a key such as ``@kashgar#3`` is for matching, not for reading).
"""

from __future__ import annotations

import re
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from unseen.cases.models import Facility, LinkageRun, Record
from unseen.estimate import CaptureHistories, EstimateWarning
from unseen.ingest.missing import is_missing_value
from unseen.linkage import default_gazetteer
from unseen.linkage.facilities import GENERIC_WORDS, facility_key

UNKNOWN = "unknown"
_WORD = re.compile(r"[\w'’-]+")


def _year(value: Any) -> str:
    return str(value.year) if value else ""


def _place(value: Any) -> str:
    """One stratum per place, whatever the script: Kashgar, Qeshqer, قەشقەر and 喀什 are one."""
    return default_gazetteer().key(str(value or "")).lstrip("~")


def _facility() -> Callable[[Any], str]:
    """One stratum per facility: its name in the facility list when known, else its name key (which
    `capture_histories` replaces by the spelling most of its records write)."""
    known = {
        facility_key(name): facility.name
        for facility in Facility.objects.all()
        for name in (facility.name, *facility.names.values())
        if name
    }

    def read(value: Any) -> str:
        text = str(value or "")
        if _says_missing(" ".join(w for w in _WORD.findall(text) if w.casefold() not in GENERIC_WORDS)):
            return ""  # "unknown camp", "N/A facility" name no facility
        key = facility_key(text)
        return known.get(key, key)

    return read


def _says_missing(value: Any) -> bool:
    """Whether a cell only stands in for a missing value (a date or a number never does)."""
    return isinstance(value, str) and bool(value.strip()) and is_missing_value(value)


#: Fields whose strata are keys: each is named by the spelling most of its records write.
NAMED_AS_WRITTEN = frozenset({"facility"})
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


def _require_linked() -> None:
    """Before any `unseen link`, every record is a person of its own, so no two lists share anyone
    and the estimate fails saying so; that hides the cause, which is a step not yet taken. Records
    imported after the last run are persons of their own until the next one: they add people seen on
    one list only, and so to the estimate. That is said, not refused: the estimate may be wanted."""
    last = LinkageRun.objects.order_by("-pk").first()
    if last is None:
        raise ValueError(
            "no records are linked into persons yet: run `unseen link` first, then estimate"
        )
    newer = Record.objects.filter(pk__gt=last.last_record_id).count()
    if newer:
        warnings.warn(
            f"{newer} record(s) imported since the last `unseen link` are each a person of their own here; "
            "run `unseen link` (or `unseen link --incremental`) first to link them",
            EstimateWarning,
            stacklevel=3,
        )


def capture_histories(by: str | None = None) -> dict[str, CaptureHistories]:
    """Persons × sources after linkage; one entry "all" without `by`, else one per stratum."""
    if by is not None and by not in STRATA:
        raise ValueError(f"cannot stratify by {by!r}; choose one of {', '.join(STRATA)}")
    column, reader = (STRATA[by][0], STRATA[by][1]()) if by else ("pk", str)
    sources: dict[int, set[str]] = defaultdict(set)
    values: dict[int, Counter[str]] = defaultdict(Counter)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for person, source, value in Record.objects.values_list("person_id", "source__key", column).iterator(
        chunk_size=50_000
    ):
        sources[person].add(source)
        if by:
            label = "" if _says_missing(value) else reader(value).strip()
            values[person][label] += 1
            if label and by in NAMED_AS_WRITTEN:
                spellings[label][" ".join(str(value).split())] += 1
    lists = sorted({s for named in sources.values() for s in named})
    if not lists:
        raise ValueError("there are no records: import sources (and run `unseen link`) first")
    _require_linked()
    members: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for person, named in sources.items():
        label = _stratum(values[person]) if by else "all"
        members[label].extend((person, source) for source in named)
    names = _as_written(spellings, set(Facility.objects.values_list("name", flat=True)))
    return {names.get(label, label): CaptureHistories.from_memberships(pairs, lists)
            for label, pairs in members.items()}


def _as_written(spellings: dict[str, Counter[str]], known: set[str]) -> dict[str, str]:
    """Each key's most written spelling (ties: the first in order), the key beside it where two keys
    would read the same; names from the facility list stay as they are."""
    names: dict[str, str] = {}
    taken = set(known)
    for label in sorted(spellings):
        if label in known:
            continue
        name = min(spellings[label].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        names[label] = name if name not in taken and name != UNKNOWN else f"{name} ({label})"
        taken.add(names[label])
    return names
