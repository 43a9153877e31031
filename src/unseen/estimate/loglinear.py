"""Log-linear multiple systems estimation: fit, rank and select models, then a profile interval.

Each model is a Poisson GLM on the ``2^t - 1`` observable cells; the unseen count is
``exp(intercept)`` and ``N = n + exp(intercept)``, exactly as Rcapture's ``closedpMS.t``. AIC and BIC
are Rcapture's (BIC uses the number observed). A model whose maximum likelihood estimate does not exist
(zero cells or lists that never overlap push it to the boundary) is marked ``boundary``, given no
number and never selected, as SparseMSE insists. For 3–5 lists every hierarchical model is fitted; for
6–8 lists a stepwise search by the criterion (up to two-way terms by default). Two lists leave one
model, independence, whose estimate is Lincoln–Petersen's ``n1 n2 / m``; it is given with a warning,
because with two lists nothing in the data can test that independence.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .capacity import LIST_RANGE, suggest_methods
from .classical import CLASSICAL_MODELS, ClassicalModel, chao_refit, classical_design, fit_classical
from .errors import EstimateWarning, HistoriesError, NotEstimableError
from .glm import PoissonFit, fit_poisson, mle_exists
from .histories import CaptureHistories
from .models import HierarchicalModel, all_models, design_matrix
from .profile import profile_interval
from .progress import ProgressReporter, Silent
from .results import EstimateResult, ModelRow

__all__ = ["LogLinear", "MAX_LOGLINEAR_LISTS"]

MAX_LOGLINEAR_LISTS = LIST_RANGE["loglinear"][1] or 8
EXHAUSTIVE_UP_TO = 5
FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class _Candidate:
    key: str
    label: str
    x: FloatArray
    fit: PoissonFit
    status: str
    refit: Callable[[FloatArray, FloatArray], float] | None = None


class LogLinear:
    """Log-linear model selection by AIC or BIC, with a multinomial profile-likelihood interval.

    ``models``: ``"hierarchical"`` (default), ``"classical"`` (M0, Mt, Mh/Mth with Chao, Poisson2,
    Darroch) or ``"all"``. ``max_order`` caps interaction order (default ``t - 1`` for up to 5 lists,
    2 beyond, where the search is stepwise). ``model`` fixes one model by Rcapture's name (``[12,3]``)
    or a classical name (``Mth Chao``) instead of selecting.
    """

    def __init__(self, criterion: str = "bic", models: str = "hierarchical", max_order: int | None = None,
                 model: str | None = None, level: float = 0.95) -> None:
        self.criterion = criterion
        self.models = models
        self.max_order = max_order
        self.model = model
        self.level = level

    def fit(self, histories: CaptureHistories, progress: ProgressReporter | None = None) -> EstimateResult:
        """Fit the candidate models to ``histories`` and return the selected model's estimate
        (``progress`` is told of each model fitted: five lists mean thousands of fits)."""
        self._check(histories)
        reporter = progress or Silent()
        y = histories.cell_counts().astype(np.float64)
        candidates = self._candidates(histories, y, reporter)
        rows = _rank(candidates, y, self.criterion, histories.observed)
        chosen = self._choose(candidates, rows)
        n_hat = float(np.sum(y) + math.exp(chosen.fit.coef[0]))
        reporter.step("profile-likelihood interval")
        ci = profile_interval(chosen.x, y, n_hat, self.level, chosen.refit)
        notes = _two_list_note(histories) + list(ci.notes) + _boundary_note(rows)
        for note in notes:
            warnings.warn(note, EstimateWarning, stacklevel=2)
        return EstimateResult(
            method="loglinear", lists=histories.lists, observed=histories.observed, estimate=n_hat,
            lower=ci.lower, upper=ci.upper, level=self.level, model=chosen.key, models=rows,
            diagnostics={"n_max_multinomial": ci.n_max, "deviance": chosen.fit.deviance,
                         # the ranking's df (a Chao model counts its eta terms, as Rcapture does)
                         "df": next((r.df for r in rows if r.name == chosen.key), len(y) - chosen.x.shape[1]),
                         "models_fitted": len(rows),
                         "models_boundary": sum(r.status != "ok" for r in rows),
                         "search": "exhaustive" if histories.n_lists <= EXHAUSTIVE_UP_TO else "stepwise",
                         **_chapman(histories)},
            settings={"criterion": self.criterion, "models": self.models, "max_order": self.max_order,
                      "model": self.model, "level": self.level},
            warnings=notes, profile=ci.curve,
        )

    # ------------------------------------------------------------------ steps
    def _check(self, h: CaptureHistories) -> None:
        if self.criterion not in ("aic", "bic"):
            raise ValueError(f"criterion must be 'aic' or 'bic', not {self.criterion!r}")
        if self.models not in ("hierarchical", "classical", "all"):
            raise ValueError(f"models must be hierarchical, classical or all, not {self.models!r}")
        if h.n_lists > MAX_LOGLINEAR_LISTS:
            raise HistoriesError(f"{h.n_lists} lists: log-linear models handle at most "
                                 f"{MAX_LOGLINEAR_LISTS}; {suggest_methods(h.n_lists, 'loglinear')}")
        if h.n_lists == 2 and self.model not in (None, "[1,2]"):
            raise HistoriesError(f"model {self.model}: with 2 lists the only log-linear model is "
                                 "independence, [1,2]")
        h.warn_about_problems()

    def _candidates(self, h: CaptureHistories, y: FloatArray, reporter: ProgressReporter) -> list[_Candidate]:
        out: list[_Candidate] = []
        if h.n_lists == 2:  # independence is the one model; the classical ones are not identified
            return [_hier_candidate(HierarchicalModel(2, frozenset()), h, y)]
        if self.model is not None:
            return [self._fixed(h, y)]
        if self.models in ("hierarchical", "all"):
            out += self._hierarchical(h, y, reporter)
        if self.models in ("classical", "all"):
            out += [_classical_candidate(m, h, y) for m in CLASSICAL_MODELS]
        return out

    def _fixed(self, h: CaptureHistories, y: FloatArray) -> _Candidate:
        name = self.model or ""
        for cm in CLASSICAL_MODELS:
            if cm.name == name:
                return _classical_candidate(cm, h, y)
        from .models import parse_rcapture_name

        return _hier_candidate(parse_rcapture_name(name, h.n_lists), h, y)

    def _hierarchical(self, h: CaptureHistories, y: FloatArray, reporter: ProgressReporter
                      ) -> list[_Candidate]:
        t = h.n_lists
        if t <= EXHAUSTIVE_UP_TO:
            return _exhaustive(h, y, self.max_order, reporter)
        advance = reporter.step("log-linear stepwise search")
        return _stepwise(h, y, self.max_order or 2, self.criterion, advance)

    def _choose(self, candidates: list[_Candidate], rows: list[ModelRow]) -> _Candidate:
        by_key = {c.key: c for c in candidates}
        for row in rows:
            if row.status == "ok":
                return by_key[row.name]
        if self.model is not None:
            raise NotEstimableError(
                f"model {self.model} has no maximum likelihood estimate on these data ({rows[0].status}: "
                "a zero margin pushes the fit to the boundary); choose another model"
            )
        raise NotEstimableError(
            "no model has a maximum likelihood estimate on these data (zero cells or lists that never "
            "overlap); use the Bayesian methods or drop the isolated lists"
        )


def _hier_candidate(model: HierarchicalModel, h: CaptureHistories, y: FloatArray,
                    known_boundary: bool = False) -> _Candidate:
    x = design_matrix(model)
    fit = fit_poisson(x, y)
    status = "boundary" if known_boundary else _status(x, y, fit)
    return _Candidate(model.name(), model.name(list(h.lists)), x, fit, status)


def _exhaustive(h: CaptureHistories, y: FloatArray, max_order: int | None, reporter: ProgressReporter
                ) -> list[_Candidate]:
    """Fit every model, smallest first. A model containing one without an MLE has none either
    (its margins include the smaller model's), which spares most linear programmes on sparse tables."""
    models = sorted(all_models(h.n_lists, max_order), key=lambda m: len(m.terms))
    advance = reporter.step("log-linear models", len(models))
    boundary: set[frozenset[int]] = set()
    out = []
    for m in models:
        inherited = any(m.terms - {s} in boundary for s in m.removable_terms())
        cand = _hier_candidate(m, h, y, known_boundary=inherited)
        if cand.status == "boundary":
            boundary.add(m.terms)
        out.append(cand)
        advance(1)
    return out


def _classical_candidate(model: ClassicalModel, h: CaptureHistories, y: FloatArray) -> _Candidate:
    x, n_base = classical_design(model, h.n_lists)
    chao = model.heterogeneity == "Chao"
    fit, x_used = fit_classical(x, y, n_base, chao)
    refit = chao_refit(n_base) if chao else None
    return _Candidate(model.name, model.name, x_used if not chao else x, fit, _status(x_used, y, fit), refit)


def _status(x: FloatArray, y: FloatArray, fit: PoissonFit) -> str:
    if np.linalg.matrix_rank(x) < x.shape[1]:
        return "failed"
    if fit.looks_like_boundary() and not mle_exists(x, y):
        return "boundary"
    if not fit.converged or not np.all(np.isfinite(fit.coef)):
        return "failed"
    return "ok"


def _criteria(fit: PoissonFit, k: int, n: int) -> tuple[float, float]:
    aic = -2.0 * fit.loglik + 2.0 * k
    return aic, aic + (math.log(n) - 2.0) * k


def _rank(cands: list[_Candidate], y: FloatArray, criterion: str, n: int) -> list[ModelRow]:
    rows = [_row(c, y, n) for c in cands]
    score = {r.name: _score(r, criterion) for r in rows if r.status == "ok"}
    best = min(score.values(), default=0.0)
    total = sum(math.exp(-(s - best) / 2) for s in score.values())
    rows = [_with_weight(r, math.exp(-(score[r.name] - best) / 2) / total if r.name in score else 0.0)
            for r in rows]
    return sorted(rows, key=lambda r: (r.status != "ok", score.get(r.name, math.inf), r.n_params))


def _score(row: ModelRow, criterion: str) -> float:
    value = row.bic if criterion == "bic" else row.aic
    return math.inf if value is None else float(value)


def _row(c: _Candidate, y: FloatArray, n: int) -> ModelRow:
    k = c.fit.coef.shape[0]
    if c.status != "ok":
        return ModelRow(c.key, c.label, k, c.status)
    aic, bic = _criteria(c.fit, k, n)
    b0 = float(c.fit.coef[0])
    se = math.sqrt(math.exp(b0) + math.exp(2 * b0) * float(c.fit.cov[0, 0]))
    return ModelRow(c.key, c.label, k, "ok", float(np.sum(y)) + math.exp(b0), se, c.fit.deviance,
                    len(y) - k, aic, bic)


def _with_weight(r: ModelRow, w: float) -> ModelRow:
    return ModelRow(r.name, r.label, r.n_params, r.status, r.estimate, r.stderr, r.deviance, r.df, r.aic,
                    r.bic, w)


def _stepwise(h: CaptureHistories, y: FloatArray, max_order: int, criterion: str,
              advance: Callable[[int], None]) -> list[_Candidate]:
    """Greedy forward/backward search from independence, one hierarchical term at a time."""
    seen: dict[str, _Candidate] = {}

    def score(m: HierarchicalModel) -> float:
        key = m.name()
        if key not in seen:
            seen[key] = _hier_candidate(m, h, y)
            advance(1)
        c = seen[key]
        if c.status != "ok":
            return math.inf
        aic, bic = _criteria(c.fit, c.fit.coef.shape[0], h.observed)
        return bic if criterion == "bic" else aic

    current = HierarchicalModel(h.n_lists, frozenset())
    best = score(current)
    while True:
        moves = [current.with_term(s) for s in current.addable_terms(max_order)]
        moves += [current.without_term(s) for s in current.removable_terms()]
        scored = sorted(((score(m), m) for m in moves), key=lambda p: p[0])
        if not scored or scored[0][0] >= best - 1e-9:
            break
        best, current = scored[0]
    return list(seen.values())


def _two_list_note(h: CaptureHistories) -> list[str]:
    if h.n_lists != 2:
        return []
    return ["with 2 lists the estimate is Lincoln-Petersen's (the log-linear model of independence): "
            "whether the lists are independent cannot be checked from two lists, and people on one list "
            "being likelier to be on the other makes it too low; add a third list to test it"]


def _chapman(h: CaptureHistories) -> dict[str, float]:
    """Chapman's (1951) less biased variant of Lincoln-Petersen, beside it for small overlaps."""
    if h.n_lists != 2:
        return {}
    n1, n2 = (h.list_totals()[x] for x in h.lists)
    m = int(h.counts[h.patterns.all(axis=1)].sum())
    return {"chapman": (n1 + 1) * (n2 + 1) / (m + 1) - 1}


def _boundary_note(rows: list[ModelRow]) -> list[str]:
    bad = [r for r in rows if r.status != "ok"]
    if not bad:
        return []
    return [f"{len(bad)} of {len(rows)} models have no maximum likelihood estimate on these data "
            "(boundary) and were excluded from selection"]
