"""Charts: every label inside the figure, and counts readable on their cells."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from unseen.estimate import CaptureHistories, EstimateWarning, estimate
from unseen.estimate.plots import overlap_figure, ranking_figure, text_colour

LONG = ["county-list-2018", "testimonies-en-2019", "testimonies-kk-2019", "testimonies-ug-2019"]
PATTERNS = [[int(c) for c in f"{code:04b}"] for code in range(1, 16)]


def histories(lists: list[str], counts: list[int]) -> CaptureHistories:
    return CaptureHistories.from_patterns(lists, PATTERNS, counts)


def _drawn_beyond_the_edges(fig) -> bool:  # type: ignore[no-untyped-def]
    """Whether anything drawn (tick labels, titles, the key) reaches past the figure's edges."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    drawn = fig.get_tightbbox(canvas.get_renderer())
    width, height = fig.get_size_inches()
    return bool(drawn.x0 < -0.01 or drawn.y0 < -0.01 or drawn.x1 > width + 0.01 or drawn.y1 > height + 0.01)


def test_model_ranking_with_long_list_names_keeps_every_label_in_the_figure() -> None:
    counts = [30, 25, 8, 40, 9, 7, 3, 50, 11, 12, 4, 10, 3, 5, 2]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EstimateWarning)
        result = estimate(histories(LONG, counts), "loglinear")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib's "constrained_layout not applied" included
        fig = ranking_figure(result)
        assert not _drawn_beyond_the_edges(fig)
    shown = " ".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))
    assert all(f"{j + 1} = {name}" in shown for j, name in enumerate(LONG))


def _contrast(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    def lum(c: tuple[float, ...]) -> float:
        lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c[:3]]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("counts", [
    [900] * 15,                                                     # large and even: the scale starts high
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 500],           # one big cell
])
def test_overlap_counts_are_readable_on_their_cells(counts: list[int]) -> None:
    from matplotlib.colors import to_rgba

    fig = overlap_figure(histories(["A", "B", "C", "D"], counts))
    ax = fig.axes[0]
    image = ax.images[0]
    data = image.get_array()
    for text in ax.texts:
        x, y = text.get_position()
        cell = image.cmap(image.norm(data[int(round(y)), int(round(x))]))
        assert _contrast(to_rgba(text.get_color()), cell) >= 4.5, (text.get_text(), text.get_color(), cell)


def test_text_colour_follows_luminance() -> None:
    assert text_colour((1.0, 1.0, 1.0, 1.0)) == "black"
    assert text_colour((0.03, 0.19, 0.42, 1.0)) == "white"
    assert text_colour(tuple(np.array([0.97, 0.98, 1.0]))) == "black"


def test_overlap_title_says_the_diagonal_is_each_lists_size() -> None:
    title = overlap_figure(histories(["A", "B", "C", "D"], [5] * 15)).axes[0].get_title()
    assert "People on both lists" in title and "diagonal: people on the list" in title


def test_charts_of_a_stratum_name_it() -> None:
    from unseen.estimate.plots import posterior_figure

    h = histories(["A", "B", "C", "D"], [30, 25, 8, 40, 9, 7, 3, 50, 11, 12, 4, 10, 3, 5, 2])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EstimateWarning)
        fitted = estimate(h, "loglinear")
        bayes = estimate(h, "dga")
    for fig in (ranking_figure(fitted, stratum="north"), posterior_figure(bayes, "north"),
                overlap_figure(h, "north")):
        assert fig.axes[0].get_title().startswith("stratum north\n")
        assert not _drawn_beyond_the_edges(fig)
    assert "stratum" not in ranking_figure(fitted).axes[0].get_title()
