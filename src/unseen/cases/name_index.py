"""Cross-script name keys stored beside each record, so search finds 买买提·艾力 from "Memet Eli".

Keys are written space-delimited with a space at each end, so one key can be matched whole with a
plain substring test that every database backend indexes the same way.
"""

from __future__ import annotations

from django.db.models import Q

from unseen.names import name_keys

MAX_LENGTH = 500


def index_keys(full_name: str) -> str:
    keys = " ".join(name_keys(full_name))
    return f" {keys} "[:MAX_LENGTH] if keys else ""


def keys_match(query: str) -> Q | None:
    """All the query's keys, in any order; None when the query yields no key."""
    keys = name_keys(query)
    if not keys:
        return None
    condition = Q()
    for key in keys:
        condition &= Q(name_keys__contains=f" {key} ")
    return condition
