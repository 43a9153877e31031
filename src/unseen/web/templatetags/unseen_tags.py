"""Template filters: dates shown with exactly the precision their source gave."""

from __future__ import annotations

from django import template

from unseen.cases.models import Record
from unseen.cases.queries import partial_date

register = template.Library()


@register.filter
def partial(record: Record, field: str) -> str:
    return partial_date(record, field)


@register.filter
def label(field: str) -> str:
    """A field name as a heading: id_number -> Id number."""
    return field.replace("_", " ").capitalize()
