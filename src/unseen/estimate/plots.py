"""Charts a reader needs to judge an estimate: list overlaps, the posterior of N, the model ranking.

Each function returns a matplotlib ``Figure`` (the web page can embed it) and :func:`save_figure` writes
PNG or SVG by the file's suffix. matplotlib is imported lazily with the non-interactive Agg backend, so
importing :mod:`unseen.estimate` stays light and works on servers without a display.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .histories import CaptureHistories
from .results import EstimateResult

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

__all__ = ["overlap_figure", "posterior_figure", "ranking_figure", "save_figure", "text_colour"]


def _figure(width: float = 6.4, height: float = 4.2) -> Figure:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def overlap_figure(histories: CaptureHistories, stratum: str | None = None) -> Figure:
    """Heat map of pairwise overlaps (diagonal: list sizes); a zero off the diagonal is a warning sign.

    The title says what the diagonal holds (a list's size is no overlap) and, for a chart of one
    stratum among several written alike, which stratum it is."""
    ov = histories.overlaps()
    title = _titled(stratum, "People on both lists\n"
                             f"diagonal: people on the list; {histories.observed:,} in all")
    size = 1.5 + 0.6 * histories.n_lists
    fig = _figure(max(size, _title_width(title, 9)), size - 0.3)
    ax = fig.add_subplot()
    image = ax.imshow(np.log1p(ov), cmap="Blues")
    ticks = range(histories.n_lists)
    ax.set_xticks(list(ticks), histories.lists, rotation=45, ha="right")
    ax.set_yticks(list(ticks), histories.lists)
    for i in ticks:
        for j in ticks:
            cell = tuple(np.ravel(image.cmap(image.norm(np.log1p(ov[i, j])))).tolist())
            ax.text(j, i, str(ov[i, j]), ha="center", va="center", fontsize=8, color=text_colour(cell))
    ax.set_title(title, fontsize=9)
    return fig


def text_colour(background: Sequence[float]) -> str:
    """Black or white, whichever reads better on ``background`` (RGB(A) in 0..1): by the cell's WCAG
    relative luminance, since the colour map's scale, not the count, decides how dark a cell is."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in background[:3]]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "black" if luminance > 0.179 else "white"  # 0.179: equal contrast against black and white


def posterior_figure(result: EstimateResult, stratum: str | None = None) -> Figure:
    """Posterior of N (histogram of LCMCR draws or dga's exact mass) with the median and interval;
    ``stratum`` names the stratum in the title."""
    title = _titled(stratum, f"{result.method}: N = {result.estimate:,.0f} "
                             f"[{result.lower:,.0f}, {result.upper:,.0f}]")
    fig = _figure(max(6.4, _title_width(title, 12)))
    ax = fig.add_subplot()
    if result.posterior is not None:
        values, mass = result.posterior
        ax.plot(values, mass, color="tab:blue")
        ax.set_ylabel("posterior probability")
    elif result.draws is not None:
        ax.hist(result.draws, bins=60, color="tab:blue", alpha=0.7, density=True)
        ax.set_ylabel("posterior density")
    for x, style in ((result.estimate, "-"), (result.lower, "--"), (result.upper, "--")):
        ax.axvline(x, color="black", linestyle=style, linewidth=1)
    ax.axvline(result.observed, color="tab:red", linewidth=1, label=f"observed {result.observed:,}")
    ax.set_xlabel("N (total population)")
    ax.set_title(title)
    ax.legend(loc="upper right")
    return fig


def ranking_figure(result: EstimateResult, top: int = 15, stratum: str | None = None) -> Figure:
    """Estimates of the best-ranked models against their criterion weight (boundary fits left out).

    Models are labelled by list numbers (Rcapture's ``[12,3]``) with a key of the numbered lists below:
    labels written with list names grow with the names and were cut off at the figure's left edge.
    ``stratum`` names the stratum in the title: the charts of ``--by`` look alike otherwise.
    """
    rows = [m for m in result.models if m.status == "ok" and m.estimate is not None][:top]
    key = [f"{j + 1} = {name}" for j, name in enumerate(result.lists)]
    columns = 1 if max(map(len, key), default=0) > 30 else min(len(key), 3)
    key_lines = -(-len(key) // max(columns, 1))
    title = _titled(stratum, f"Model ranking; selected {result.model}")
    width = max(7.0, 1.0 + 0.065 * max(map(len, key), default=0), _title_width(title, 12))
    fig = _figure(width, 1.5 + 0.22 * max(len(rows), 1) + 0.16 * key_lines)
    ax = fig.add_subplot()
    y = np.arange(len(rows))[::-1]
    ax.barh(y, [m.weight for m in rows], color="tab:blue", alpha=0.35)
    ax.set_yticks(y, [f"{m.name}  N={m.estimate:,.0f}" for m in rows], fontsize=7)
    ax.set_xlabel(f"{result.settings.get('criterion', 'model')} weight")
    ax.set_title(title)
    if key:
        _list_key(fig, key, columns)
    return fig


def _titled(stratum: str | None, title: str) -> str:
    return title if stratum is None else f"stratum {stratum}\n{title}"


def _title_width(title: str, points: float) -> float:
    """Inches a title needs at ``points`` (its longest line, wide characters counted twice): a long
    stratum name widens the figure rather than running off its edges."""
    from .text_columns import text_width

    return 0.5 + 0.62 * points / 72 * max(text_width(line) for line in title.splitlines())


def _list_key(fig: Figure, key: list[str], columns: int) -> None:
    """The numbered lists under the chart, as a legend without markers (constrained layout makes room)."""
    from matplotlib.patches import Rectangle

    handles = [Rectangle((0, 0), 0, 0, visible=False) for _ in key]
    fig.legend(handles, key, loc="outside lower center", ncols=columns, fontsize=7, frameon=False,
               handlelength=0, handletextpad=0, columnspacing=2.0)


#: The chart formats, by file suffix.
FIGURE_SUFFIXES = (".png", ".svg")


def save_figure(fig: Figure, path: str | Path) -> Path:
    """Write PNG or SVG (by suffix)."""
    out = Path(path)
    if out.suffix.lower() not in FIGURE_SUFFIXES:
        raise ValueError(f"{out}: charts are written as .png or .svg")
    fig.savefig(out, dpi=150)
    return out
