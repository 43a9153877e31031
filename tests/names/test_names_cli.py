"""The `unseen names` command group, driven through click's test runner."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from unseen.cli.names import names
from unseen.names import name_similarity


def test_show_prints_script_parts_keys_and_scripts() -> None:
    result = CliRunner().invoke(names, ["show", "买买提·艾力"])
    assert result.exit_code == 0, result.output
    lines = dict(line.split(":", 1) for line in result.output.splitlines())
    assert lines["script"].strip() == "han"
    assert lines["normalised"].strip() == "买买提 艾力"
    assert lines["given"].strip() == "memet"
    assert lines["keys"].split() == ["MT", "AR"]  # m-m-t with repeats once; a leading vowel, l read as r
    assert lines["arabic"].strip().startswith("مەمەت")
    assert lines["cyrillic"].strip().startswith("мәмәт")


def test_compare_writes_one_score_per_pair(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    out = tmp_path / "scores.csv"
    pairs.write_text("pair_id,name_a,name_b\np1,Memet Eli,买买提·艾力\np2,Tursun Memet,Tursunay Memet\n",
                     encoding="utf-8")
    result = CliRunner().invoke(names, ["compare", "--pairs", str(pairs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["pair_id"] for r in rows] == ["p1", "p2"]
    assert float(rows[0]["score"]) == round(name_similarity("Memet Eli", "买买提·艾力"), 6)
    assert float(rows[0]["score"]) > float(rows[1]["score"])


def test_compare_reports_a_missing_column(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("id,a,b\n1,x,y\n", encoding="utf-8")
    result = CliRunner().invoke(names, ["compare", "--pairs", str(pairs), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code != 0
    assert "pairs.csv:1: missing column(s): pair_id, name_a, name_b" in result.output


def test_compare_reports_a_short_row(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("pair_id,name_a,name_b\n1,Memet\n", encoding="utf-8")
    result = CliRunner().invoke(names, ["compare", "--pairs", str(pairs), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code != 0
    assert "pairs.csv:2: wrong number of fields" in result.output


def test_compare_reports_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_bytes("pair_id,name_a,name_b\n1,Mémet,Eli\n".encode("latin-1"))
    result = CliRunner().invoke(names, ["compare", "--pairs", str(pairs), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code != 0
    assert "not UTF-8" in result.output


def test_term_frequencies_option(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    out = tmp_path / "scores.csv"
    pairs.write_text("pair_id,name_a,name_b\n1,Memet Eli,Memet Tursun\n", encoding="utf-8")
    args = ["compare", "--pairs", str(pairs), "--out", str(out), "--term-frequencies"]
    result = CliRunner().invoke(names, args)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("pair_id,score\n1,")
