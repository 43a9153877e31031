"""``unseen estimate`` command: JSON contract, errors, plots."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from unseen.cli.estimate import estimate


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(estimate, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_loglinear_json_has_the_contract_fields(data_dir: Path, reference) -> None:
    code, out, _ = run("--histories", str(data_dir / "kosovo_1999.csv"), "--json")
    assert code == 0
    obj = json.loads(out)
    assert {"method", "observed", "estimate", "lower", "upper", "model", "models"} <= set(obj)
    assert obj["method"] == "loglinear" and obj["observed"] == 4400
    # the BIC-selected model's N-hat and profile limits, as Rcapture computes them
    r = next(r for r in reference("loglinear_intervals.csv")
             if r["table"] == "kosovo_1999" and r["model"] == obj["model"])
    assert obj["estimate"] == pytest.approx(float(r["abundance"]), rel=1e-6)
    assert abs(obj["lower"] - float(r["lower"])) < 0.5
    assert abs(obj["upper"] - float(r["upper"])) < 0.5
    assert len(obj["models"]) == 113
    assert obj["models"][0]["model"] == obj["model"]


def test_aic_criterion_changes_the_choice(data_dir: Path) -> None:
    _, out, _ = run("--histories", str(data_dir / "kosovo_1999.csv"), "--json", "--criterion", "aic")
    obj = json.loads(out)
    aics = [m["aic"] for m in obj["models"] if m["status"] == "ok"]
    assert obj["models"][0]["aic"] == min(aics)


def test_method_and_criterion_are_read_in_any_case(data_dir: Path) -> None:
    table = str(data_dir / "kosovo_1999.csv")
    _, lower, _ = run("--histories", table, "--json", "--method", "loglinear", "--criterion", "aic")
    code, upper, _ = run("--histories", table, "--json", "--method", "LogLinear", "--criterion", "AIC")
    assert code == 0
    assert json.loads(upper)["model"] == json.loads(lower)["model"]


def test_dga_json_is_posterior_median_and_quantiles(data_dir: Path, reference) -> None:
    code, out, _ = run("--histories", str(data_dir / "spina_bifida_ny.csv"), "--method", "dga", "--json")
    assert code == 0
    obj = json.loads(out)
    r = next(r for r in reference("dga_summaries.csv")
             if r["table"] == "spina_bifida_ny" and r["delta"] == "0.125")
    assert (obj["estimate"], obj["lower"], obj["upper"]) == (float(r["median"]), float(r["lower"]),
                                                             float(r["upper"]))


def test_lcmcr_json_reports_seed_and_diagnostics(data_dir: Path) -> None:
    code, out, _ = run("--histories", str(data_dir / "spina_bifida_ny.csv"), "--method", "lcmcr",
                       "--seed", "7", "--chains", "2", "--burnin", "500", "--samples", "100", "--thin", "2",
                       "--json")
    assert code == 0
    obj = json.loads(out)
    assert obj["seed"] == 7
    assert obj["lower"] <= obj["estimate"] <= obj["upper"]
    assert {"rhat", "ess"} <= set(obj["diagnostics"])


def test_bad_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("A,B,C,count\n1,0,0,3\n0,0,0,5\n")
    code, _, err = run("--histories", str(bad), "--json")
    assert code != 0
    assert "all-zero pattern" in err


def test_warnings_go_to_stderr_not_json(tmp_path: Path) -> None:
    path = tmp_path / "iso.csv"
    rows = [("1", "0", "0", "0", 30), ("0", "1", "0", "0", 25), ("1", "1", "0", "0", 10),
            ("0", "0", "1", "0", 20), ("1", "0", "1", "0", 8), ("0", "1", "1", "0", 6),
            ("1", "1", "1", "0", 3), ("0", "0", "0", "1", 12)]
    with path.open("w", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(["A", "B", "C", "D", "count"])
        w.writerows(rows)
    code, out, err = run("--histories", str(path), "--json")
    assert "share no one" in err
    if code == 0:
        assert "share no one" in " ".join(json.loads(out)["warnings"])


def test_a_fit_that_fails_names_the_file_and_says_what_the_warnings_found(tmp_path: Path) -> None:
    # List A names everyone: no pattern without A, so no log-linear model has an estimate.
    path = tmp_path / "all_on_a.csv"
    path.write_text("A,B,C,count\n1,0,0,300\n1,1,0,250\n1,0,1,200\n1,1,1,60\n")
    code, _, err = run("--histories", str(path), "--method", "loglinear")
    assert code != 0
    assert f"{path}: no model has a maximum likelihood estimate" in err
    assert "A name everyone observed" in err


def test_plots_are_written(data_dir: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "rank.png", tmp_path / "overlap.svg"
    code, _, _ = run("--histories", str(data_dir / "hav_taiwan_1995.csv"), "--plot", str(png),
                     "--overlap-plot", str(svg))
    assert code == 0
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in svg.read_bytes()[:500]


@pytest.mark.parametrize(("option", "value"), [
    ("--level", "1.5"), ("--level", "0"), ("--level", "-0.5"), ("--delta", "-1"), ("--seed", "-1"),
    ("--max-order", "0"), ("--classes", "0"), ("--plot", "rank.pdf"),
])
def test_option_values_out_of_range_are_refused_before_any_fit(data_dir: Path, option: str,
                                                                value: str) -> None:
    code, out, err = run("--histories", str(data_dir / "hav_taiwan_1995.csv"), option, value, "--json")
    assert code == 2 and out == ""
    assert option in err


def test_an_option_for_another_method_is_said_to_be_ignored(data_dir: Path) -> None:
    code, out, err = run("--histories", str(data_dir / "hav_taiwan_1995.csv"), "--method", "dga",
                         "--criterion", "aic", "--json")
    assert code == 0 and json.loads(out)["method"] == "dga"
    assert "--criterion applies to --method loglinear only" in err
    code, out, err = run("--histories", str(data_dir / "hav_taiwan_1995.csv"), "--seed", "5", "--json")
    assert code == 0 and "--seed applies to --method lcmcr only" in err  # log-linear draws nothing


def _people_by_region(path: Path) -> Path:
    """One row per person: three lists and the region each person was named in (synthetic)."""
    rows = [["person_id", "A", "B", "C", "region"]]
    patterns = [(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (1, 0, 1), (0, 1, 1), (1, 1, 1)]
    for region, counts in (("north", (30, 25, 20, 12, 9, 7, 5)), ("south", (20, 30, 15, 10, 8, 9, 4))):
        for pattern, n in zip(patterns, counts, strict=True):
            rows += [[f"{region}-{pattern}-{i}", *map(str, pattern), region] for i in range(n)]
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_by_a_column_of_the_histories_file_estimates_each_stratum(tmp_path: Path) -> None:
    table = str(_people_by_region(tmp_path / "people.csv"))
    code, out, _ = run("--histories", table, "--by", "Region", "--json")
    assert code == 0
    obj = json.loads(out)
    assert set(obj["strata"]) == {"north", "south"}
    assert obj["strata"]["north"]["observed"] == 108 and obj["strata"]["south"]["observed"] == 96
    assert obj["total"]["observed"] == 204
    # a stratum is estimated as its rows alone would be
    with open(table, newline="", encoding="utf-8") as handle:
        north = [row[:-1] for row in csv.reader(handle) if row[-1] in ("region", "north")]
    with (tmp_path / "north.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(north)
    alone = json.loads(run("--histories", str(tmp_path / "north.csv"), "--json")[1])
    assert alone["estimate"] == pytest.approx(obj["strata"]["north"]["estimate"])


def test_a_column_describing_people_is_named_with_the_way_to_use_it(tmp_path: Path) -> None:
    table = str(_people_by_region(tmp_path / "people.csv"))
    code, _, err = run("--histories", table)
    assert code != 0 and "'region' holds no 0/1 cells" in err and "--by region" in err
    code, _, err = run("--histories", table, "--by", "zone")
    assert code != 0 and "no column 'zone'" in err and "region" in err
