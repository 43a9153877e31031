"""Add a located facility, with its names in several scripts."""

from __future__ import annotations

from django.db import transaction

from unseen.cases.actions.audit import audit
from unseen.cases.models import Facility


@transaction.atomic
def add_facility(
    actor: str,
    key: str,
    name: str,
    *,
    names: dict[str, str] | None = None,
    kind: str = Facility.Kind.OTHER,
    latitude: float | None = None,
    longitude: float | None = None,
) -> Facility:
    facility = Facility(
        key=key, name=name, names=names or {}, kind=kind, latitude=latitude, longitude=longitude
    )
    facility.full_clean()
    facility.save()
    audit(actor, "add_facility", f"facility:{facility.pk}", key=key)
    return facility
