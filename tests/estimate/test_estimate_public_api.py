"""The public surface of unseen.estimate is exactly what __all__ says, and it imports nothing from Django."""

from __future__ import annotations

import subprocess
import sys

import unseen.estimate as est

EXPECTED = {
    "DGA", "LCMCR", "METHODS", "CaptureHistories", "EstimateError", "EstimateResult", "EstimateWarning",
    "FitError", "HierarchicalModel", "HistoriesError", "LogLinear", "ModelRow", "NotEstimableError",
    "StrataResult", "all_models", "estimate", "estimate_strata", "make_estimator", "read_histories_csv",
    "read_histories_csv_by",
}


def test_all_is_exact() -> None:
    assert set(est.__all__) == EXPECTED
    for name in EXPECTED:
        assert hasattr(est, name)


def test_errors_form_one_tree() -> None:
    for cls in (est.HistoriesError, est.NotEstimableError, est.FitError):
        assert issubclass(cls, est.EstimateError)
    assert issubclass(est.HistoriesError, ValueError)


def test_pure_package_imports_no_django_or_matplotlib() -> None:
    code = ("import sys, unseen.estimate; "
            "print(any(m.split('.')[0] in ('django', 'matplotlib') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
