"""How many lists each method can use, and which method to suggest when a table falls outside that.

One table for every refusal, so that no method's message points at another method that would refuse
the same table (dga once sent two-list tables to log-linear models, which refused them too).
"""

from __future__ import annotations

__all__ = ["LIST_RANGE", "suggest_methods"]

#: method → (fewest, most) lists it estimates from; ``None``: no upper limit.
LIST_RANGE: dict[str, tuple[int, int | None]] = {"loglinear": (2, 8), "lcmcr": (3, None), "dga": (3, 5)}


def _fits(method: str, n_lists: int) -> bool:
    low, high = LIST_RANGE[method]
    return n_lists >= low and (high is None or n_lists <= high)


def _range_text(method: str) -> str:
    low, high = LIST_RANGE[method]
    return f"{low} or more lists" if high is None else f"{low} to {high} lists"


def suggest_methods(n_lists: int, refused_by: str, overlapping: bool = True) -> str:
    """The end of a refusal: the methods that do estimate from ``n_lists`` lists, or why none does.
    Two lists that share no one (``overlapping=False``) leave nothing to estimate from."""
    others = [m for m in LIST_RANGE if m != refused_by and _fits(m, n_lists)]
    if n_lists == 2 and not overlapping:
        return "no method estimates from two lists that share no one: capture-recapture needs an overlap"
    if not others:
        return "no method estimates from so few lists: capture-recapture needs at least two that overlap"
    text = " or ".join(f"'{m}' ({_range_text(m)})" for m in others)
    if n_lists == 2:
        text += ", which gives the Lincoln-Petersen estimate and assumes the two lists independent"
    return f"use method {text}"
