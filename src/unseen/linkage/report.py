"""Explain the model to a person who must defend a decision: what each agreement or disagreement is
worth (match weights), and how one pair's score adds up (a waterfall), as plain text and as HTML
with inline SVG (no JavaScript, no network, printable).
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from unseen.linkage.model import LinkageModel

__all__ = [
    "LevelWeight", "level_weights", "prior_weight", "waterfall", "shown_pair", "text_report", "html_report"
]


@dataclass(frozen=True)
class LevelWeight:
    """One comparison level with its m and u probabilities and match weight log2(m/u)."""

    comparison: str
    label: str
    m: float | None
    u: float | None

    @property
    def weight(self) -> float | None:
        if not self.m or not self.u:
            return None
        return math.log2(self.m / self.u)


def prior_weight(model: LinkageModel) -> float:
    """The starting weight of every pair: log2 of the prior odds that two random records match."""
    p = float(model.settings["probability_two_random_records_match"])
    return math.log2(p / (1 - p))


def level_weights(model: LinkageModel) -> list[LevelWeight]:
    """Every non-null level of every comparison, in the model's order."""
    out = []
    for comparison in model.settings["comparisons"]:
        name = comparison["output_column_name"]
        for level in comparison["comparison_levels"]:
            if level.get("is_null_level"):
                continue
            label = level.get("label_for_charts") or level["sql_condition"]
            out.append(LevelWeight(name, label, level.get("m_probability"), level.get("u_probability")))
    return out


def waterfall(pair: pd.Series, model: LinkageModel) -> list[tuple[str, float]]:
    """(step, weight) for one scored pair: the prior, then each comparison (with its tf adjustment)."""
    steps = [("prior", prior_weight(model))]
    for comparison in model.settings["comparisons"]:
        name = comparison["output_column_name"]
        weight = float(pair.get(f"mw_{name}", 0.0) or 0.0) + common_value_adjustment(pair, name)
        steps.append((name, weight))
    return steps


def shown_pair(review: pd.DataFrame | None, nearest: pd.DataFrame | None = None) -> tuple[Any, str]:
    """The pair whose waterfall a report shows, and a sentence saying which it is and why, so a
    reader never wonders where the waterfall went: the most uncertain pair of the review band; when
    the band is empty, the scored pair with probability nearest 0.5; else none, said so."""
    if review is not None and not review.empty:
        return review.iloc[0], "the most uncertain pair in the review band (probability nearest 0.5)"
    if nearest is not None and not nearest.empty:
        return nearest.iloc[0], (
            "no pair fell in the review band, so this is the scored pair with probability nearest 0.5"
        )
    return None, "no waterfall: no pair of records was scored (none shared a blocking key)"


_COMMON = "for how common the shared value is: a common name counts for less"


def common_value_adjustment(pair: pd.Series, comparison: str) -> float:
    """The term-frequency part of a comparison's weight in one pair (0 where it has none), so that a
    waterfall weight missing from the level chart is explained."""
    return float(pair.get(f"mw_tf_adj_{comparison}", 0.0) or 0.0)


def _fmt(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:+6.2f}"


def text_report(model: LinkageModel, pair: pd.Series | None = None, note: str = "") -> str:
    """The model's match weights (and one pair's waterfall) as plain text; `note` says which pair
    is shown and why (see `shown_pair`)."""
    lines = [f"Unseen linkage model ({model.kind})"]
    if model.origin:
        lines.append(f"parameters: {model.origin}")
    lines += [f"prior weight {prior_weight(model):+.2f}", ""]
    for level in level_weights(model):
        lines.append(f"{_fmt(level.weight)}  {level.comparison}: {level.label}")
    if note:
        lines += ["", f"Waterfall: {note}"]
    if pair is not None:
        lines += ["", f"pair {pair.get('record_id_l')} / {pair.get('record_id_r')}"]
        total = 0.0
        for step, weight in waterfall(pair, model):
            total += weight
            adjusted = common_value_adjustment(pair, step)
            said = f"  (its level {weight - adjusted:+.2f}, {adjusted:+.2f} {_COMMON})" if adjusted else ""
            lines.append(f"{weight:+6.2f}  {step:<14} running {total:+6.2f}{said}")
        lines.append(f"match probability {2**total / (1 + 2**total):.3f}")
    return "\n".join(lines) + "\n"


def _bar_rows(items: list[tuple[str, float | None]], scale: float) -> str:
    rows = []
    for i, (label, weight) in enumerate(items):
        y = 20 + i * 22
        rows.append(f'<text x="395" y="{y + 12}" text-anchor="end">{html.escape(label)}</text>')
        if weight is None:
            continue
        width = abs(weight) * scale
        x = 600 if weight >= 0 else 600 - width
        colour = "#2b7a3d" if weight >= 0 else "#b03a2e"
        rows.append(f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="16" fill="{colour}"/>')
        rows.append(
            f'<text x="{x + width + 4 if weight >= 0 else x - 4:.1f}" y="{y + 12}" '
            f'text-anchor="{"start" if weight >= 0 else "end"}">{weight:+.2f}</text>'
        )
    height = 30 + 22 * len(items)
    return (
        f'<svg width="900" height="{height}" font-family="sans-serif" font-size="12">'
        f'<line x1="600" y1="10" x2="600" y2="{height - 5}" stroke="#444"/>{"".join(rows)}</svg>'
    )


def _adjustments_said(pair: Any, steps: list[tuple[str, float]]) -> str:
    adjusted = [(step, weight, common_value_adjustment(pair, step)) for step, weight in steps]
    said = [f"{html.escape(step)} {weight:+.2f} = its level {weight - tf:+.2f}, {tf:+.2f}"
            for step, weight, tf in adjusted if tf]
    return f"<p>Adjusted {_COMMON}: {'; '.join(said)}.</p>" if said else ""


def html_report(model: LinkageModel, review: pd.DataFrame | None = None, note: str = "") -> str:
    """A self-contained HTML page: match weights chart, and the waterfall of the first pair of
    `review` (the most uncertain); `note` says which pair that is and why (see `shown_pair`)."""
    levels = [(f"{lv.comparison}: {lv.label}"[:60], lv.weight) for lv in level_weights(model)]
    finite = [abs(w) for _, w in levels if w is not None] or [1.0]
    scale = 280 / max(finite)
    parts = [
        "<!doctype html><meta charset='utf-8'><title>Unseen linkage model</title>",
        "<h1>Unseen linkage model</h1>",
        f"<p>Model: {html.escape(model.kind)}"
        + (f", {html.escape(model.origin)}" if model.origin else "")
        + f". Prior weight {prior_weight(model):+.2f}. "
        "Green: evidence that two records are one person; red: evidence against (log2 Bayes factor).</p>",
        "<h2>Match weights</h2>",
        _bar_rows(levels, scale),
    ]
    if review is None or review.empty:
        parts += ["<h2>Waterfall</h2>", f"<p>{html.escape(note)}</p>"] if note else []
    else:
        pair: Any = review.iloc[0]
        steps = waterfall(pair, model)
        names = f"{html.escape(str(pair['record_id_l']))} / {html.escape(str(pair['record_id_r']))}"
        parts += [
            f"<h2>Waterfall: {names}</h2>",
            f"<p>{html.escape(note)}</p>" if note else "",
            f"<p>Match probability {float(pair['match_probability']):.3f}</p>",
            _adjustments_said(pair, steps),
            _bar_rows([(s, w) for s, w in steps], 280 / max(abs(w) for _, w in steps) if steps else 1.0),
        ]
    return "\n".join(parts) + "\n"
