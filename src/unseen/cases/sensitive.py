"""The one door for sensitive fields: ID numbers, witness identity and contact, testimony, raw rows.

Today values are stored as given. Encryption at rest, keyed hashes for search and audited reads
will be added here, without touching the callers, which is why nothing else reads `*_sealed` columns.
"""

from __future__ import annotations

import json
from typing import Any

FIELDS = ("raw", "id_number", "witness_name", "witness_contact", "testimony")


def column(field: str) -> str:
    if field not in FIELDS:
        raise KeyError(f"{field!r} is not a sensitive field")
    return f"{field}_sealed"


def seal(field: str, value: str) -> str:
    column(field)
    return value


def unseal(field: str, stored: str) -> str:
    column(field)
    return stored


def seal_json(field: str, value: Any) -> str:
    return seal(field, json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def read(obj: Any, field: str) -> str:
    return unseal(field, getattr(obj, column(field)))


def read_json(obj: Any, field: str) -> Any:
    text = read(obj, field)
    return json.loads(text) if text else {}
