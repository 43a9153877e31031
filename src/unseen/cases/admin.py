"""The admin is a read-only window: every change goes through cases.actions, never a model save."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from unseen.cases import models, sensitive


class ReadOnlyAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(models.Source)
class SourceAdmin(ReadOnlyAdmin):
    list_display = ("key", "title", "kind", "language", "reliability", "credibility")
    search_fields = ("key", "title")


@admin.register(models.Record)
class RecordAdmin(ReadOnlyAdmin):
    list_display = ("pk", "full_name", "source", "row_number", "person")
    list_filter = ("source",)
    search_fields = ("full_name",)
    exclude = tuple(sensitive.column(field) for field in sensitive.FIELDS)


@admin.register(models.Facility)
class FacilityAdmin(ReadOnlyAdmin):
    list_display = ("key", "name", "kind", "latitude", "longitude")


@admin.register(models.AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ("at", "actor", "action", "target")
    list_filter = ("action",)


@admin.register(models.ReviewDecision)
class ReviewDecisionAdmin(ReadOnlyAdmin):
    list_display = ("decided_at", "reviewer", "record_a", "record_b", "verdict", "withdrawn_at")
