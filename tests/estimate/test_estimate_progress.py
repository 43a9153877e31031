"""Progress of long estimates: the library reports its steps, the CLI shows them on stderr only."""

from __future__ import annotations

import json
import warnings
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from unseen.cli.estimate import estimate as estimate_command
from unseen.estimate import estimate, estimate_strata


class Recorder:
    """Steps in order, with their totals and what was advanced."""

    def __init__(self) -> None:
        self.totals: dict[str, int | None] = {}
        self.advanced: dict[str, int] = defaultdict(int)

    def step(self, name: str, total: int | None = None) -> Callable[[int], None]:
        self.totals[name] = total

        def advance(n: int) -> None:
            self.advanced[name] += n

        return advance


def test_log_linear_search_reports_every_model_fitted(load_table) -> None:
    seen = Recorder()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        estimate(load_table("kosovo_1999"), "loglinear", progress=seen)
    assert seen.totals["log-linear models"] == 113  # every hierarchical model on four lists
    assert seen.advanced["log-linear models"] == 113
    assert "profile-likelihood interval" in seen.totals


def test_latent_class_chains_report_their_sweeps(load_table) -> None:
    seen = Recorder()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        estimate(load_table("spina_bifida_ny"), "lcmcr", seed=3, progress=seen, chains=2, burnin=300,
                 samples=50, thin=2, max_extensions=0)
    assert seen.totals["LCMCR: 2 chains"] == 2 * (300 + 50 * 2)
    assert seen.advanced["LCMCR: 2 chains"] == 2 * (300 + 50 * 2)


def test_strata_name_their_steps(load_table) -> None:
    seen = Recorder()
    h = load_table("spina_bifida_ny")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        estimate_strata({"north": h, "south": h}, "loglinear", progress=seen)
    assert {"stratum 'north': log-linear models", "stratum 'south': log-linear models"} <= set(seen.totals)


def test_the_command_shows_progress_on_stderr_only(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = str(data_dir / "kosovo_1999.csv")
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich then treats stderr as a terminal
    shown = CliRunner().invoke(estimate_command, ["--histories", table, "--json"])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["observed"] == 4400
    assert "log-linear models" in shown.stderr
    monkeypatch.delenv("FORCE_COLOR")
    quiet = CliRunner().invoke(estimate_command, ["--histories", table, "--json"])
    assert "log-linear models" not in quiet.stderr  # not a terminal: no bars, as `unseen import`
