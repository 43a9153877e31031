"""Multiple systems estimation: how many people no list has found, with honest uncertainty.

Pure package (numpy, scipy, numba): capture histories in, a results object out. Log-linear models
(Rcapture's), the latent-class model LCMCR (Manrique-Vallier 2016) and decomposable graphical model
averaging (dga, Madigan & York 1997), per stratum or pooled.
"""

from .api import METHODS, estimate, make_estimator
from .dga import DGA
from .errors import EstimateError, EstimateWarning, FitError, HistoriesError, NotEstimableError
from .histories import CaptureHistories, read_histories_csv, read_histories_csv_by
from .lcmcr import LCMCR
from .loglinear import LogLinear
from .models import HierarchicalModel, all_models
from .results import EstimateResult, ModelRow
from .strata import StrataResult, estimate_strata

__all__ = [
    "DGA",
    "LCMCR",
    "METHODS",
    "CaptureHistories",
    "EstimateError",
    "EstimateResult",
    "EstimateWarning",
    "FitError",
    "HierarchicalModel",
    "HistoriesError",
    "LogLinear",
    "ModelRow",
    "NotEstimableError",
    "StrataResult",
    "all_models",
    "estimate",
    "estimate_strata",
    "make_estimator",
    "read_histories_csv",
    "read_histories_csv_by",
]
