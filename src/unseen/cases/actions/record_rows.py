"""Records as database rows: built in the parsing process, written with one prepared INSERT.

Django's bulk_create prepares every value through its field machinery; at a million rows that costs
several times the parsing itself, so imports write through the DB-API cursor with executemany.
"""

from __future__ import annotations

import json
from typing import Any

from django.db import connection
from django.utils import timezone

from unseen.cases import sensitive
from unseen.cases.models import Person, Record
from unseen.cases.name_index import index_keys
from unseen.ingest import PartialDate
from unseen.ingest.reading import ParsedRow

TEXT_FIELDS = ("full_name", "sex", "birthplace", "ethnicity", "facility", "status", "reason", "notes")
SENSITIVE_FIELDS = ("id_number", "witness_name", "witness_contact", "testimony")
DATE_FIELDS = ("birth_date", "detained_on", "released_on")
COLUMNS = (
    "source_id",
    "source_file_id",
    "person_id",
    "row_number",
    "raw_sealed",
    "flags",
    "name_keys",
    *TEXT_FIELDS,
    *(sensitive.column(name) for name in SENSITIVE_FIELDS),
    *DATE_FIELDS,
    *(f"{name}_precision" for name in DATE_FIELDS),
)

RowValues = tuple[Any, ...]


def row_values(parsed: ParsedRow) -> RowValues:
    """Every column after the three ids, in COLUMNS order."""
    fields = parsed.fields
    dates = [fields.get(name) for name in DATE_FIELDS]
    full_name = fields.get("full_name") or ""
    return (
        parsed.row,
        sensitive.seal_json("raw", parsed.raw),
        json.dumps(parsed.flags, ensure_ascii=False) if parsed.flags else "[]",
        index_keys(full_name),
        full_name,
        *(fields.get(name) or "" for name in TEXT_FIELDS[1:]),
        *(sensitive.seal(name, fields.get(name) or "") for name in SENSITIVE_FIELDS),
        *(d.value.isoformat() if isinstance(d, PartialDate) else None for d in dates),
        *(d.precision if isinstance(d, PartialDate) else "" for d in dates),
    )


def _insert_sql() -> str:
    quote = connection.ops.quote_name
    columns = ", ".join(quote(c) for c in COLUMNS)
    marks = ", ".join(["%s"] * len(COLUMNS))
    return f"INSERT INTO {quote(Record._meta.db_table)} ({columns}) VALUES ({marks})"


def _new_person_ids(cursor: Any, count: int) -> list[int]:
    """Allocate and insert `count` persons, one per new record."""
    table = Person._meta.db_table
    if connection.vendor == "postgresql":
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, count]
        )
        ids = [row[0] for row in cursor.fetchall()]
    else:  # SQLite: the import's IMMEDIATE transaction holds the write lock, so max(id) cannot move
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {connection.ops.quote_name(table)}")
        start = cursor.fetchone()[0]
        ids = list(range(start + 1, start + count + 1))
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    cursor.executemany(
        f"INSERT INTO {connection.ops.quote_name(table)} (id, created_at) VALUES (%s, %s)",
        [(i, now) for i in ids],
    )
    return ids


def insert_records(rows: list[RowValues], source_id: int, file_id: int) -> None:
    """Store prepared rows, each as a new Record with a Person of its own."""
    if not rows:
        return
    with connection.cursor() as cursor:
        ids = _new_person_ids(cursor, len(rows))
        cursor.executemany(
            _insert_sql(), [(source_id, file_id, pid, *row) for pid, row in zip(ids, rows, strict=True)]
        )
