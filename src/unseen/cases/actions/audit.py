"""The audit row every action writes inside its own transaction."""

from __future__ import annotations

from typing import Any

from unseen.cases.models import AuditEntry


def audit(actor: str, action: str, target: str = "", **details: Any) -> AuditEntry:
    return AuditEntry.objects.create(actor=actor, action=action, target=target, details=details)
