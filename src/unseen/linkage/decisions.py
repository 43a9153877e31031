"""Human review decisions, and how they bind the clustering.

Decisions are an append-only log kept by the caller (the case app stores who, when and why). Here we
only need the latest verdict per pair: 'same' becomes a must-link, 'different' a cannot-link and
'unsure' lifts any earlier constraint on that pair. They always win over the model.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Verdict", "ReviewDecision", "Constraints", "constraints_from_decisions", "conflicting_pairs"]


class Verdict(enum.StrEnum):
    """A reviewer's judgement about whether two records describe the same person."""

    SAME = "same"
    DIFFERENT = "different"
    UNSURE = "unsure"


@dataclass(frozen=True)
class ReviewDecision:
    """One reviewer's judgement of one pair; `decided_at` orders decisions on the same pair."""

    record_a: str
    record_b: str
    verdict: Verdict
    decided_at: dt.datetime
    reviewer: str = ""
    reason: str = ""

    @property
    def pair(self) -> tuple[str, str]:
        """The unordered pair as a sorted tuple, so (a, b) and (b, a) are one pair."""
        a, b = sorted((str(self.record_a), str(self.record_b)))
        return a, b


@dataclass(frozen=True)
class Constraints:
    """Pairs that must end up in one person, and pairs that must not."""

    must_link: tuple[tuple[str, str], ...] = ()
    cannot_link: tuple[tuple[str, str], ...] = ()


def constraints_from_decisions(decisions: Iterable[ReviewDecision]) -> Constraints:
    """The latest decision per pair wins; 'unsure' leaves the pair to the model."""
    latest: dict[tuple[str, str], ReviewDecision] = {}
    for decision in sorted(decisions, key=lambda d: d.decided_at):
        if decision.pair[0] != decision.pair[1]:
            latest[decision.pair] = decision
    same = tuple(p for p, d in latest.items() if d.verdict is Verdict.SAME)
    different = tuple(p for p, d in latest.items() if d.verdict is Verdict.DIFFERENT)
    return Constraints(must_link=same, cannot_link=different)


def conflicting_pairs(decisions: Iterable[ReviewDecision]) -> list[tuple[str, str]]:
    """'different' pairs that a chain of 'same' decisions joins: no clustering can obey both, so a
    link run stops on them; found when a decision is recorded, so the reviewer hears it then."""
    constraints = constraints_from_decisions(decisions)
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in constraints.must_link:
        parent[root(a)] = root(b)
    return [(a, b) for a, b in constraints.cannot_link if root(a) == root(b)]
