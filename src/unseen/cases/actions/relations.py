"""Record a family tie a source states between two of its records."""

from __future__ import annotations

from django.db import transaction

from unseen.cases.actions.audit import audit
from unseen.cases.models import Record, Relation


@transaction.atomic
def add_relation(actor: str, record: Record, kind: str, other: Record) -> Relation:
    if record.pk == other.pk:
        raise ValueError("a record cannot be related to itself")
    if record.source_id != other.source_id:
        raise ValueError("a relation is stated by one source: both records must come from it")
    relation = Relation(record=record, other=other, kind=kind, source_id=record.source_id)
    relation.full_clean()
    relation.save()
    audit(actor, "add_relation", f"record:{record.pk}", kind=kind, other=other.pk)
    return relation
