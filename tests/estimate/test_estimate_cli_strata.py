"""``unseen estimate --by FIELD`` with charts: one file per stratum, named after it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import unseen.cli.estimate  # noqa: F401 - the module, not the command the package exports
from unseen.estimate import CaptureHistories

command = sys.modules["unseen.cli.estimate"]

PATTERNS = [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0], [1, 0, 1], [0, 1, 1], [1, 1, 1]]


def _strata() -> dict[str, CaptureHistories]:
    three = CaptureHistories.from_patterns(["A", "B", "C"], PATTERNS, [60, 49, 247, 4, 112, 142, 12])
    other = CaptureHistories.from_patterns(["A", "B", "C"], PATTERNS, [30, 25, 90, 6, 40, 52, 9])
    two = CaptureHistories.from_patterns(["A", "B", "C"], PATTERNS[:2] + PATTERNS[3:4] + PATTERNS[2:3],
                                         [5, 4, 3, 0])
    return {"female": three, "Aqtash Prison": other, "unknown": two}


@pytest.fixture
def strata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(command, "_project_histories", lambda ctx, by: _strata())


@pytest.mark.usefixtures("strata")
def test_by_stratum_writes_one_chart_per_stratum(tmp_path: Path) -> None:
    result = CliRunner().invoke(command.estimate, ["--by", "sex", "--plot", str(tmp_path / "rank.png"),
                                                   "--overlap-plot", str(tmp_path / "overlap.svg")])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["overlap-Aqtash-Prison.svg", "overlap-female.svg", "overlap-unknown.svg",
                       "rank-Aqtash-Prison.png", "rank-female.png"]  # 'unknown' has too few lists to fit
    assert (tmp_path / "rank-female.png").read_bytes()[:4] == b"\x89PNG"
    assert "wrote 5 chart(s)" in result.stderr
    assert "no rank.png chart for stratum 'unknown': it could not be estimated" in result.stderr


@pytest.mark.parametrize("method", ["loglinear", "dga", "lcmcr"])
def test_by_stratum_json_gives_the_total_at_the_top_level(monkeypatch: pytest.MonkeyPatch,
                                                          method: str) -> None:
    """The issue's contract holds with --by too: the total's numbers at the top, the detail beside."""
    three, other, _ = _strata().values()
    monkeypatch.setattr(command, "_project_histories", lambda ctx, by: {"north": three, "south": other})
    quick = ["--chains", "2", "--burnin", "200", "--samples", "50"] if method == "lcmcr" else []
    result = CliRunner().invoke(command.estimate, ["--by", "region", "--json", "--method", method,
                                                   "--seed", "3", *quick])
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    for key in ("observed", "estimate", "lower", "upper"):
        assert obj[key] == obj["total"][key]
    assert obj["method"] == method and obj["observed"] == three.observed + other.observed
    assert obj["lower"] <= obj["estimate"] <= obj["upper"]
    assert obj["model"] is None and set(obj["strata"]) == {"north", "south"}
    if method == "loglinear":
        assert obj["models"] == [] and obj["strata"]["north"]["model"] and obj["strata"]["north"]["models"]


@pytest.mark.parametrize("as_json", [True, False])
def test_no_stratum_estimable_is_an_error_not_an_empty_result(monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path, as_json: bool) -> None:
    _, _, two = _strata().values()
    monkeypatch.setattr(command, "_project_histories", lambda ctx, by: {"ANKNWN": two, "@hotan": two})
    chart = tmp_path / "fac.png"
    args = ["--by", "facility", "--plot", str(chart), *(["--json"] if as_json else [])]
    result = CliRunner().invoke(command.estimate, args)
    assert result.exit_code != 0 and result.stdout == ""
    assert "no stratum could be estimated" in result.stderr
    assert "'ANKNWN' (12 people): only 2 list(s)" in result.stderr
    assert f"no chart written to {chart}" in result.stderr and not chart.exists()


def test_stratum_file_names_are_safe_and_distinct(tmp_path: Path) -> None:
    taken: set[Path] = set()
    first = command.stratum_file(tmp_path / "r.png", "a/b", taken)
    second = command.stratum_file(tmp_path / "r.png", "a b", taken)
    assert first == tmp_path / "r-a-b.png" and second == tmp_path / "r-a-b-2.png"
    assert command.stratum_file(tmp_path / "r.png", "喀什 监狱", taken).name == "r-喀什-监狱.png"


@pytest.mark.usefixtures("strata")
def test_each_stratums_charts_name_it_in_their_title(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from unseen.estimate import plots

    titles: list[str] = []
    for name in ("ranking_figure", "overlap_figure"):
        drawn = getattr(plots, name)

        def keep(*args, _drawn=drawn, **kwargs):  # type: ignore[no-untyped-def]
            fig = _drawn(*args, **kwargs)
            titles.append(fig.axes[0].get_title())
            return fig

        monkeypatch.setattr(plots, name, keep)
    result = CliRunner().invoke(command.estimate, ["--by", "sex", "--plot", str(tmp_path / "rk.png"),
                                                   "--overlap-plot", str(tmp_path / "ov.png")])
    assert result.exit_code == 0, result.output
    firsts = sorted(t.split("\n")[0] for t in titles)
    assert firsts == ["stratum Aqtash Prison"] * 2 + ["stratum female"] * 2 + ["stratum unknown"]
