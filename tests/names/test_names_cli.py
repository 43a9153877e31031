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


def _compare(tmp_path: Path, content: bytes, *extra: str) -> tuple[int, str, list[dict[str, str]]]:
    pairs = tmp_path / "pairs.csv"
    out = tmp_path / "scores.csv"
    pairs.write_bytes(content)
    result = CliRunner().invoke(names, ["compare", "--pairs", str(pairs), "--out", str(out), *extra])
    rows = []
    if out.exists():
        with open(out, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    return result.exit_code, result.output, rows


def test_compare_reads_other_encodings_delimiters_and_header_spellings(tmp_path: Path) -> None:
    for encoding, name_b in (("utf-16", "买买提·艾力"), ("gb18030", "买买提·艾力"), ("cp1252", "Mémet Ali")):
        for header in ("pair_id;name_a;name_b", "Pair ID; NAME_A ;Name-B"):
            text = f"{header}\r\n1;Mémet Eli;{name_b}\r\n"
            code, output, rows = _compare(tmp_path, text.encode(encoding))
            assert code == 0, output
            score = round(name_similarity("Mémet Eli", name_b), 6)
            assert [(r["pair_id"], float(r["score"])) for r in rows] == [("1", score)]


def test_compare_scores_a_pair_without_a_name_zero_and_names_its_rows(tmp_path: Path) -> None:
    content = ("pair_id,name_a,name_b\n1,unknown,unknown\n2,Memet Eli,Memet Eli\n3,N/A,Memet Eli\n"
               "4,Γιώργος,Γιώργος\n")
    code, output, rows = _compare(tmp_path, content.encode())
    assert code == 0, output
    assert [float(r["score"]) for r in rows] == [0.0, 1.0, 0.0, 0.0]
    assert "rows 2, 4, 5: a name is empty" in output


def test_compare_refuses_a_pair_id_that_cannot_be_matched_back(tmp_path: Path) -> None:
    code, output, _ = _compare(tmp_path, b"pair_id,name_a,name_b\n1,Memet,Eli\n1,Tursun,Eli\n")
    assert code != 0
    assert "pairs.csv:3: pair_id '1' is already used on row 2" in output
    code, output, _ = _compare(tmp_path, b"pair_id,name_a,name_b\n,Memet,Eli\n")
    assert code != 0
    assert "pairs.csv:2: pair_id is empty" in output
    code, output, _ = _compare(tmp_path, b"pair_id,name_a,name_b,name_b\n1,Memet,Eli,Tursun\n")
    assert code != 0
    assert "pairs.csv:1: column name_b given twice" in output


def test_compare_refuses_an_output_it_cannot_write_or_the_input_itself(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("pair_id,name_a,name_b\n1,Memet,Eli\n", encoding="utf-8")
    for out in (tmp_path / "no" / "such" / "x.csv", pairs):
        result = CliRunner().invoke(names, ["compare", "--pairs", str(pairs), "--out", str(out)])
        assert result.exit_code == 2
        assert "Traceback" not in result.output and "--out" in result.output
    assert pairs.read_text(encoding="utf-8") == "pair_id,name_a,name_b\n1,Memet,Eli\n"


def test_term_frequencies_option(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    out = tmp_path / "scores.csv"
    pairs.write_text("pair_id,name_a,name_b\n1,Memet Eli,Memet Tursun\n", encoding="utf-8")
    args = ["compare", "--pairs", str(pairs), "--out", str(out), "--term-frequencies"]
    result = CliRunner().invoke(names, args)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("pair_id,score\n1,")


def test_compare_reads_a_name_without_its_break_as_the_file_writes_it_apart(tmp_path: Path) -> None:
    content = ("pair_id,name_a,name_b\n1,Ma Xiaoming,Maxiaoming\n2,Maimaiti Tuerxun,MAIMAITITUERXUN\n"
               "3,Ablimit,Ali\n")
    code, output, rows = _compare(tmp_path, content.encode())
    assert code == 0, output
    scores = {r["pair_id"]: float(r["score"]) for r in rows}
    assert scores["1"] >= 0.8 and scores["2"] >= 0.8
    assert scores["1"] > name_similarity("Ma Xiaoming", "Maxiaoming")  # alone, nothing says where it breaks
    assert scores["3"] == round(name_similarity("Ablimit", "Ali"), 6)
