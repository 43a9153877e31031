"""Cross-script name keys stored beside each record, so search finds 买买提·艾力 from "Memet Eli".

Keys are written space-delimited with a space at each end, so one key can be matched whole with a
plain substring test that every database backend indexes the same way. Each key's loose form (what
Chinese transcription loses dropped: 吐尔洪 for Turghun) follows, marked with `~`, and a query key
matches either; a Chinese query written without its dot is also tried cut at each place.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from django.db.models import Q

from unseen.names import name_keys
from unseen.names.keys import loosen
from unseen.names.scripts import char_script

MAX_LENGTH = 500
BATCH = 2000


def index_keys(full_name: str) -> str:
    keys = name_keys(full_name)
    loose = [f"~{lk}" for lk in dict.fromkeys(loosen(k) for k in keys) if lk]
    return f" {' '.join([*keys, *loose])} "[:MAX_LENGTH] if keys else ""


def keys_match(query: str) -> Q | None:
    """All the query's keys, in any order, each exactly or loosely; None when the query yields no key."""
    keys = name_keys(query)
    if not keys:
        return None
    condition = _all_keys(keys)
    text = "".join(query.split())
    if len(keys) == 1 and len(text) >= 4 and all(char_script(c) == "han" for c in text):
        for cut in range(2, len(text) - 1):
            halves = name_keys(text[:cut]) + name_keys(text[cut:])
            if len(halves) == 2:
                condition |= _all_keys(halves)
    return condition


def _all_keys(keys: tuple[str, ...]) -> Q:
    condition = Q()
    for key in keys:
        one = Q(name_keys__contains=f" {key} ")
        loose = loosen(key)
        if loose:
            one |= Q(name_keys__contains=f" ~{loose} ")
        condition &= one
    return condition


def reindex_names(actor: str, progress: Callable[[int], None] | None = None) -> int:
    """Recompute every record's stored keys; how many changed.

    Keys are computed at import, so a project imported before `unseen.names` learnt a reading
    keeps the old keys for search until this runs. Keys are an index, not a fact: the names
    themselves are untouched. One transaction, so a failure leaves the old keys whole.
    """
    # Imported here: `cases.actions` imports this module (the import action stores keys with rows).
    from unseen.cases.actions.audit import audit
    from unseen.cases.models import Record

    changed = 0
    batch: list[Record] = []

    def write() -> None:
        nonlocal changed
        Record.objects.bulk_update(batch, ["name_keys"])
        changed += len(batch)
        batch.clear()

    with transaction.atomic():
        rows = Record.objects.order_by("pk").values_list("pk", "full_name", "name_keys")
        for pk, full_name, stored in rows.iterator(chunk_size=BATCH):
            keys = index_keys(full_name)
            if keys != stored:
                batch.append(Record(pk=pk, name_keys=keys))
            if len(batch) == BATCH:
                write()
            if progress is not None:
                progress(1)
        write()
        audit(actor, "names.reindex", "records", changed=changed)
    return changed
