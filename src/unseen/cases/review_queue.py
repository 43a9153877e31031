"""The review queue as people see it: both records side by side, and the evidence for and against."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from unseen.cases.models import ReviewDecision, ReviewItem
from unseen.cases.queries import record_row

SHOWN_FIELDS = (
    "source",
    "full_name",
    "sex",
    "birth_date",
    "birthplace",
    "ethnicity",
    "id_number",
    "facility",
    "detained_on",
    "status",
)


@dataclass(frozen=True)
class Evidence:
    comparison: str
    weight: float

    @property
    def direction(self) -> str:
        return "for" if self.weight > 0 else "against" if self.weight < 0 else "neutral"


@dataclass(frozen=True)
class PairView:
    item: ReviewItem
    rows: list[tuple[str, str, str]]
    evidence: list[Evidence]


def evidence_of(item: ReviewItem) -> list[Evidence]:
    """Match weight per comparison (term-frequency adjustment included), strongest first."""
    found = []
    for key, value in item.evidence.items():
        if key.startswith("mw_") and not key.startswith("mw_tf_adj_") and value is not None:
            name = key[3:]
            weight = float(value) + float(item.evidence.get(f"mw_tf_adj_{name}") or 0.0)
            found.append(Evidence(name.replace("_", " "), weight))
    return sorted(found, key=lambda e: -abs(e.weight))


def pair_view(item: ReviewItem) -> PairView:
    left, right = record_row(item.record_a), record_row(item.record_b)
    rows = [(name, str(left[name]), str(right[name])) for name in SHOWN_FIELDS if left[name] or right[name]]
    return PairView(item, rows, evidence_of(item))


def queue() -> list[ReviewItem]:
    """Open items, hardest (probability nearest 0.5) first."""
    return list(
        ReviewItem.objects.select_related("record_a__source", "record_b__source").order_by(
            "uncertainty", "pk"
        )
    )


def decisions() -> list[ReviewDecision]:
    """Every decision ever recorded, withdrawn ones included, newest first: the log a reviewer
    checks before withdrawing one."""
    return list(ReviewDecision.objects.order_by("-decided_at", "-pk"))


def scored_pair(item: ReviewItem) -> dict[str, Any]:
    """A queued pair in the linker's columns (record ids, probability, weight, per-comparison
    evidence), so the model report can draw its waterfall from the queue."""
    return {
        "record_id_l": str(item.record_a_id),
        "record_id_r": str(item.record_b_id),
        "match_probability": item.match_probability,
        "match_weight": item.match_weight,
        **item.evidence,
    }


def conflict_note() -> str:
    """'' when the standing decisions can all be obeyed; else which 'different' decisions a chain of
    'same' decisions contradicts, and the way out (a link run stops on them until one is withdrawn)."""
    from unseen.cases.linkage_data import current_decisions
    from unseen.linkage.decisions import conflicting_pairs

    clashes = conflicting_pairs(current_decisions())
    if not clashes:
        return ""
    standing = ReviewDecision.objects.filter(
        withdrawn_at__isnull=True, verdict=ReviewDecision.Verdict.DIFFERENT
    )
    number = {frozenset((str(d.record_a_id), str(d.record_b_id))): d.pk for d in standing}
    listed = ", ".join(
        f"R{a} / R{b}" + (f" (decision {number[frozenset((a, b))]})" if frozenset((a, b)) in number else "")
        for a, b in sorted(clashes[:10], key=lambda pair: [int(x) if x.isdigit() else 0 for x in pair])
    )
    return (f"review decisions conflict: 'same' decisions join records that a 'different' keeps apart: "
            f"{listed}; `unseen link` stops until one of the decisions involved is withdrawn "
            "(`unseen review --decisions` lists them; `unseen review --withdraw ID` or /review/decisions/ "
            "withdraws one)")
