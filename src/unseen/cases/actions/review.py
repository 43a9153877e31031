"""Review decisions: append-only judgements on pairs of records that every later link run obeys."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from unseen.cases.actions.audit import audit
from unseen.cases.models import Record, ReviewDecision, ReviewItem


@transaction.atomic
def record_decision(
    actor: str, record_a: Record, record_b: Record, verdict: str, reason: str = ""
) -> ReviewDecision:
    """Store who judged the pair, when and why; the pair leaves the review queue."""
    if record_a.pk == record_b.pk:
        raise ValueError("a record cannot be judged against itself")
    if verdict not in ReviewDecision.Verdict.values:
        raise ValueError(
            f"verdict must be one of {', '.join(ReviewDecision.Verdict.values)}, not {verdict!r}"
        )
    first, second = sorted((record_a, record_b), key=lambda r: r.pk)
    decision = ReviewDecision.objects.create(
        record_a=first, record_b=second, verdict=verdict, reviewer=actor, reason=reason
    )
    ReviewItem.objects.filter(record_a=first, record_b=second).delete()
    ReviewItem.objects.filter(record_a=second, record_b=first).delete()
    audit(actor, "review_decision", f"records:{first.pk},{second.pk}", verdict=verdict, reason=reason)
    return decision


@transaction.atomic
def withdraw_decision(actor: str, decision: ReviewDecision, reason: str = "") -> ReviewDecision:
    """Stamp a decision as withdrawn: it stays in the log but no longer binds the linker. Nothing is
    deleted; who withdrew it, when and why are kept (the why in the audit row), and the next link run
    scores the pair again, so it can come back to the queue."""
    if decision.withdrawn_at is not None:
        raise ValueError(f"decision {decision.pk} was already withdrawn")
    decision.withdrawn_at = timezone.now()
    decision.withdrawn_by = actor
    decision.save(update_fields=["withdrawn_at", "withdrawn_by"])
    audit(actor, "withdraw_decision", f"decision:{decision.pk}", reason=reason)
    return decision
