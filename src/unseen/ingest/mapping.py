"""The import mapping: a TOML file that says which column of a file holds which of our fields.

A plain, serialisable description (STYLE habit 5); reading and validating it is all this module does.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unseen.ingest.errors import MappingError
from unseen.ingest.values import SEXES, STATUSES

FIELDS = (
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
)
DATE_FIELDS = ("birth_date", "detained_on", "released_on")
CODED_FIELDS = {"sex": SEXES, "status": STATUSES}
KINDS = ("leaked_list", "testimony", "media", "official", "satellite", "other")
RELIABILITY = tuple("ABCDEF")
_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")


@dataclass(frozen=True)
class SourceMeta:
    key: str
    title: str
    kind: str = "other"
    language: str = ""
    reliability: str = "F"
    credibility: int = 6
    notes: str = ""


@dataclass(frozen=True)
class Mapping:
    source: SourceMeta
    columns: dict[str, str]
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    formats: dict[str, list[str]] = field(default_factory=dict)
    path: str = ""


def _fail(path: str, where: str, reason: str) -> MappingError:
    return MappingError(f"{path}: [{where}] {reason}")


def _source(data: dict[str, Any], path: str) -> SourceMeta:
    if not isinstance(data, dict) or not data.get("key"):
        raise _fail(path, "source", "needs at least key and title")
    key = str(data["key"])
    if not _KEY.match(key):
        raise _fail(path, "source", f"key {key!r} must be a slug: lower-case letters, digits, - and _")
    kind = str(data.get("kind", "other"))
    if kind not in KINDS:
        raise _fail(path, "source", f"kind {kind!r} is not one of {', '.join(KINDS)}")
    reliability = str(data.get("reliability", "F")).upper()
    if reliability not in RELIABILITY:
        raise _fail(path, "source", f"reliability {reliability!r} must be a letter A-F")
    try:
        credibility = int(data.get("credibility", 6))
    except (TypeError, ValueError):
        credibility = 0
    if not 1 <= credibility <= 6:
        raise _fail(path, "source", f"credibility {data.get('credibility')!r} must be a number 1-6")
    unknown = set(data) - {"key", "title", "kind", "language", "reliability", "credibility", "notes"}
    if unknown:
        raise _fail(path, "source", f"unknown keys {sorted(unknown)}")
    return SourceMeta(
        key=key,
        title=str(data.get("title") or key),
        kind=kind,
        language=str(data.get("language", "")),
        reliability=reliability,
        credibility=credibility,
        notes=str(data.get("notes", "")),
    )


def _columns(data: Any, path: str) -> dict[str, str]:
    if not isinstance(data, dict) or "full_name" not in data:
        raise _fail(path, "columns", "must map at least full_name to a column of the file")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise _fail(path, "columns", f"unknown fields {unknown}; ours are {', '.join(FIELDS)}")
    return {ours: str(theirs) for ours, theirs in data.items()}


def _values(data: Any, path: str) -> dict[str, dict[str, str]]:
    values: dict[str, dict[str, str]] = {}
    for name, table in (data or {}).items():
        if name not in CODED_FIELDS or not isinstance(table, dict):
            raise _fail(path, f"values.{name}", f"only {', '.join(CODED_FIELDS)} take a value table")
        bad = sorted({str(v) for v in table.values()} - set(CODED_FIELDS[name]))
        if bad:
            raise _fail(path, f"values.{name}", f"{bad} not among {', '.join(CODED_FIELDS[name])}")
        values[name] = {str(k): str(v) for k, v in table.items()}
    return values


def _formats(data: Any, path: str) -> dict[str, list[str]]:
    formats: dict[str, list[str]] = {}
    for name, entry in (data or {}).items():
        if name not in DATE_FIELDS:
            raise _fail(path, "formats", f"{name!r} is not a date field ({', '.join(DATE_FIELDS)})")
        formats[name] = [entry] if isinstance(entry, str) else [str(f) for f in entry]
    return formats


def parse_mapping(text: str, path: str = "<mapping>") -> Mapping:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"{path}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - {"source", "columns", "values", "formats"})
    if unknown:
        raise MappingError(f"{path}: unknown sections {unknown}")
    return Mapping(
        source=_source(data.get("source", {}), path),
        columns=_columns(data.get("columns"), path),
        values=_values(data.get("values"), path),
        formats=_formats(data.get("formats"), path),
        path=path,
    )


def load_mapping(path: Path) -> Mapping:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise MappingError(f"{path}: cannot read mapping: {exc.strerror}") from None
    return parse_mapping(text, str(path))
