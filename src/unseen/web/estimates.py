"""The estimate page: the project's capture histories, the estimate with its interval, and charts.

Charts are inline SVG, so the page needs no JavaScript and no static files.
"""

from __future__ import annotations

import io
import logging
import warnings
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import SafeString, mark_safe

from unseen.cases.capture import STRATA, capture_histories
from unseen.estimate import EstimateError, EstimateWarning, estimate, estimate_strata
from unseen.estimate.plots import overlap_figure, posterior_figure, ranking_figure

logger = logging.getLogger(__name__)

WEB_METHODS = ("loglinear", "dga", "lcmcr")
LCMCR_WEB_OPTIONS = {"chains": 2, "burnin": 2000, "samples": 500, "thin": 5}


def _svg(figure: Any) -> SafeString:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg")
    text = buffer.getvalue()
    return mark_safe(text[text.index("<svg") :])  # noqa: S308 - matplotlib's own SVG, no user text inside


def _options(method: str) -> dict[str, Any]:
    return dict(LCMCR_WEB_OPTIONS) if method == "lcmcr" else {}


def estimate_page(request: HttpRequest) -> HttpResponse:
    method = request.GET.get("method", "loglinear")
    by = request.GET.get("by", "")
    context: dict[str, Any] = {"methods": WEB_METHODS, "fields": list(STRATA), "method": method, "by": by}
    if method not in WEB_METHODS or (by and by not in STRATA):
        context["error"] = "Unknown method or stratum."
        return render(request, "unseen/estimate.html", context, status=400)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", EstimateWarning)
            context.update(_estimate(method, by))
        context["warnings"] = _estimate_warnings(caught)
    except (EstimateError, ValueError) as exc:
        context["error"] = str(exc)
    return render(request, "unseen/estimate.html", context)


def _estimate_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    """The estimate's own warnings, for the page; anything else (matplotlib laying out a chart, a library
    deprecation) is about our code, not the data, so it goes to the log instead of reading as a caveat."""
    for w in caught:
        if not issubclass(w.category, EstimateWarning):
            logger.warning("%s: %s", w.category.__name__, w.message)
    return sorted({str(w.message) for w in caught if issubclass(w.category, EstimateWarning)})


def _estimate(method: str, by: str) -> dict[str, Any]:
    histories = capture_histories(by or None)
    if by:
        strata = estimate_strata(histories, method, seed=1, **_options(method))
        return {"by_stratum": strata, "result": strata.total}
    pooled = histories["all"]
    result = estimate(pooled, method, seed=1, **_options(method))
    charts = [_svg(overlap_figure(pooled))]
    charts.append(_svg(ranking_figure(result) if method == "loglinear" else posterior_figure(result)))
    return {"result": result, "charts": charts, "lists": pooled.lists}
