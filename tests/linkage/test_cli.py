import csv
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from tests.linkage.conftest import CASES
from unseen.cli.link import link
from unseen.linkage.errors import InvalidRecordsError
from unseen.linkage.records import read_records_csv


def _write(path: Path, frame: pd.DataFrame) -> Path:
    frame.to_csv(path, index=False)
    return path


def test_link_writes_one_row_per_record(tmp_path: Path, background: pd.DataFrame) -> None:
    records = pd.concat([background.drop(columns="person").iloc[:400], CASES], ignore_index=True)
    records["extra"] = "ignored"
    src = _write(tmp_path / "records.csv", records)
    out, model, report = tmp_path / "clusters.csv", tmp_path / "model.json", tmp_path / "model.html"
    result = CliRunner().invoke(
        link,
        ["--input", str(src), "--out", str(out), "--save-model", str(model), "--report", str(report)],
    )
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["record_id", "cluster_id"]
    assert [r[0] for r in rows[1:]] == records["record_id"].tolist()
    clusters = dict(rows[1:])
    assert clusters["case-police"] == clusters["case-sister"] == clusters["case-report"]
    assert "persons" in result.output
    assert model.exists() and "<svg" in report.read_text(encoding="utf-8")
    again = CliRunner().invoke(link, ["--input", str(src), "--out", str(out), "--model", str(model)])
    assert again.exit_code == 0, again.output


def test_a_stderr_that_is_no_terminal_gets_no_bars(tmp_path: Path) -> None:
    # CliRunner's stderr is a buffer, as `unseen link 2>link.err` makes it a file.
    src = _write(tmp_path / "records.csv", CASES)
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 0, result.output
    assert "━" not in result.stderr and "reading names" not in result.stderr
    assert "persons" in result.stderr  # the summary stays


def test_missing_columns_fail_with_their_names(tmp_path: Path) -> None:
    src = _write(tmp_path / "bad.csv", pd.DataFrame({"record_id": ["1"], "person": ["Memet"]}))
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code != 0
    assert "missing required column(s) full_name" in result.output


def test_headers_in_other_spellings_name_the_columns(tmp_path: Path) -> None:
    frame = CASES.rename(columns={
        "record_id": "Record ID", "full_name": "Name", "birth_date": "Date of Birth", "sex": "GENDER",
        "id_number": "id-number",
    })
    table = read_records_csv(_write(tmp_path / "records.csv", frame))
    assert table["full_name"].tolist() == CASES["full_name"].tolist()
    assert table["birth_date"].tolist() == CASES["birth_date"].tolist()
    assert table["sex"].tolist() == CASES["sex"].tolist()
    assert table["id_number"].tolist() == CASES["id_number"].tolist()


def test_two_candidates_for_a_column_are_not_guessed(tmp_path: Path) -> None:
    frame = CASES.drop(columns="full_name").assign(name=CASES["full_name"], fullname=CASES["full_name"])
    with pytest.raises(InvalidRecordsError, match="missing required column"):
        read_records_csv(_write(tmp_path / "records.csv", frame))


def test_a_header_without_rows_is_an_error(tmp_path: Path) -> None:
    src = _write(tmp_path / "empty.csv", CASES.iloc[:0])
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code != 0
    assert "empty.csv: no records to link" in result.output
    assert not (tmp_path / "o.csv").exists()


def test_duplicate_ids_fail_naming_rows(tmp_path: Path) -> None:
    src = _write(tmp_path / "dup.csv", pd.concat([CASES, CASES.iloc[[2]]], ignore_index=True))
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code != 0
    assert "row 4 (record_id='case-report') record_id: duplicate record id (rows 4, 6)" in result.output
    assert "the header is row 1" in result.output and "--bad-rows" not in result.output
    assert not (tmp_path / "o.csv").exists()


def test_a_row_that_cannot_be_linked_names_its_row_and_the_way_past_it(tmp_path: Path) -> None:
    src = _write(tmp_path / "bad.csv", CASES.assign(birth_date=["", "1978-02-30", *[""] * (len(CASES) - 2)]))
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code != 0
    assert f"{src}: 1 problem(s)" in result.output and "row 3 (" in result.output
    assert "--bad-rows singleton links the rest" in result.output


@pytest.mark.parametrize(("encoding", "sep"), [("gb18030", ","), ("utf-16", ";"), ("utf-8-sig", "\t")])
def test_records_read_in_other_encodings_and_delimiters(tmp_path: Path, encoding: str, sep: str) -> None:
    path = tmp_path / "records.csv"
    CASES.to_csv(path, index=False, encoding=encoding, sep=sep)
    table = read_records_csv(path)
    assert table["record_id"].tolist() == CASES["record_id"].tolist()
    assert table["full_name"].tolist() == CASES["full_name"].str.strip().tolist()


def test_an_output_in_a_missing_folder_is_refused_before_any_work(tmp_path: Path) -> None:
    src = _write(tmp_path / "records.csv", CASES)
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(tmp_path / "nowhere" / "o.csv")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert not (tmp_path / "nowhere").exists()


def test_a_txt_report_is_plain_text(tmp_path: Path) -> None:
    src = _write(tmp_path / "records.csv", CASES)
    report = tmp_path / "model.txt"
    args = ["--input", str(src), "--out", str(tmp_path / "o.csv"), "--report", str(report)]
    result = CliRunner().invoke(link, args)
    assert result.exit_code == 0, result.output
    text = report.read_text(encoding="utf-8")
    assert text.startswith("Unseen linkage model") and "given_name: Exact match on given_key" in text
    assert "<" not in text


# One man in three scripts, each record with his birth date and birthplace: every pair is certain.
CERTAIN = pd.DataFrame(
    [("a", "买买提·吐尔逊", "1979-05-14", "喀什"), ("b", "Memet Tursun", "1979-05-14", "Kashgar"),
     ("c", "مەمەت تۇرسۇن", "1979-05-14", "قەشقەر")],
    columns=["record_id", "full_name", "birth_date", "birthplace"],
)


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_report_without_uncertain_pairs_shows_the_nearest_and_says_so(tmp_path: Path, suffix: str) -> None:
    src, out = _write(tmp_path / "small.csv", CERTAIN), tmp_path / "o.csv"
    report = tmp_path / f"small{suffix}"
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(out), "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert len({row.split(",")[1] for row in out.read_text(encoding="utf-8").splitlines()[1:]}) == 1
    text = report.read_text(encoding="utf-8")
    assert "no pair fell in the review band, so this is the scored pair with probability nearest 0.5" in text
    assert ("match probability" in text) if suffix == ".txt" else (text.count("<svg") == 2)


def test_a_report_with_no_scored_pair_says_so(tmp_path: Path) -> None:
    apart = CERTAIN.iloc[:2].assign(full_name=["Memet Tursun", "Gulnar Abla"], birth_date=["1979", "1990"],
                                    birthplace=["Kashgar", "Hotan"])
    src, report = _write(tmp_path / "apart.csv", apart), tmp_path / "apart.txt"
    args = ["--input", str(src), "--out", str(tmp_path / "o.csv"), "--report", str(report)]
    result = CliRunner().invoke(link, args)
    assert result.exit_code == 0, result.output
    text = report.read_text(encoding="utf-8")
    assert "no waterfall: no pair of records was scored" in text and "match probability" not in text


def test_ids_that_fail_their_check_character_are_named(tmp_path: Path) -> None:
    frame = CASES.copy()
    frame.loc[1, "id_number"] = "653101197905141237"  # case-police's ID with its check character off
    frame.loc[2, "id_number"] = "K-1234"  # not a PRC ID: nothing to check
    src = _write(tmp_path / "ids.csv", frame)
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 0, result.output
    assert "1 ID number(s) fail their check character" in result.output
    assert "(row 3)" in result.output  # the header is row 1
    clean = CliRunner().invoke(link, ["--input", str(_write(tmp_path / "ok.csv", CASES)),
                                      "--out", str(tmp_path / "o2.csv")])
    assert "check character" not in clean.output


def test_a_sex_no_table_reads_and_an_id_without_a_digit_are_named_and_not_used(tmp_path: Path) -> None:
    twins = pd.DataFrame({
        "record_id": ["a", "b", "c", "d"], "full_name": ["Aynur Tursun"] * 2 + ["Memet Eli"] * 2,
        "sex": ["Q", "Z", "M", "M"], "birth_date": ["1985"] * 2 + ["1970-01-02", "1971-05-06"],
        "birthplace": ["Kashgar"] * 4, "id_number": ["", "", "n/k!", "n/k!"],
    })
    src = _write(tmp_path / "odd.csv", twins)
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 0, result.output
    assert "2 sex value(s) cannot be read ('Q', 'Z'; row 2, 3): treated as unknown" in result.output
    assert "2 ID number(s) hold no digit (row 4, 5): treated as no ID number" in result.output
    clusters = dict(list(csv.reader((tmp_path / "o.csv").open(encoding="utf-8")))[1:])
    assert clusters["c"] != clusters["d"]  # "n/k!" in both is no shared ID number


def test_ids_a_spreadsheet_rounded_are_no_shared_id_and_are_named(tmp_path: Path) -> None:
    # Two men of one common name, born years apart; a spreadsheet rounded both IDs to one number.
    strangers = pd.DataFrame({
        "record_id": ["a", "b"], "full_name": ["Memet Eli", "Memet Eli"], "sex": ["M", "M"],
        "birth_date": ["", ""], "birthplace": ["Kashgar", "Hotan"], "id_number": ["6.53101E+17"] * 2,
    })
    src = _write(tmp_path / "rounded.csv", strangers)
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 0, result.output
    assert "2 ID number(s) in scientific notation (row 2, 3)" in result.output
    clusters = dict(list(csv.reader((tmp_path / "o.csv").open(encoding="utf-8")))[1:])
    assert clusters["a"] != clusters["b"]


def test_a_decade_for_a_birth_date_is_refused_naming_row_field_and_value(tmp_path: Path) -> None:
    dates = ["b. 1978", "1970s", "14-Mar-1978", *[""] * (len(CASES) - 3)]
    src = _write(tmp_path / "bad.csv", CASES.assign(birth_date=dates))
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code != 0
    assert f"{src}: 1 problem(s)" in result.output
    row = f"row 3 (record_id='{CASES['record_id'][1]}') birth_date: a decade, not a date: '1970s'"
    assert row in result.output


@pytest.mark.parametrize(
    "header",
    [
        ["编号", "来源", "姓名", "性别", "出生日期", "籍贯", "身份证号码", "关押地点"],
        ["№", "Источник", "ФИО", "Пол", "Дата рождения", "Место рождения", "prc_id", "лагерь"],
        ["KAYIT NO", "kaynak", "Ad Soyad", "CİNSİYET", "Doğum Tarihi", "Doğum Yeri", "Kimlik No", "kamp"],
        ["id", "list", "аты-жөні", "жынысы", "туған күні", "туған жері", "ИИН", "лагері"],
        ["id", "list", "аты-жөні", "жынысы", "туған күні", "туған жері", "id_card", "camp"],
        ["record id", "source", "ئىسمى", "جىنسى", "تۇغۇلغان ۋاقتى", "تۇغۇلغان يېرى", "كىملىك نومۇرى",
         "تۈرمە"],
        ["record id", "source", "ئىسمى", "جىنسى", "تۇغۇلغان ۋاقتى", "تۇغۇلغان يېرى", "national id", "prison"],
        ["KAYIT NO", "kaynak", "Ad Soyad", "CİNSİYET", "Doğum Tarihi", "Doğum Yeri", "T.C. Kimlik No",
         "Cezaevi"],
        ["Record ID", "Source", "Name", "Sex/Gender", "Birth Year", "Hometown", "PRC ID", "Detention Center"],
    ],
)
def test_headers_in_the_sources_languages_name_the_columns(tmp_path: Path, header: list[str]) -> None:
    columns = ["record_id", "source", "full_name", "sex", "birth_date", "birthplace", "id_number", "facility"]
    frame = CASES.assign(source="s1", birthplace="Kashgar", facility="Camp 1")[columns]
    table = read_records_csv(_write(tmp_path / "records.csv", frame.set_axis(header, axis=1)))
    assert table.attrs["unused"] == ""
    for column in columns:
        assert table[column].tolist() == frame[column].str.strip().tolist(), column


def test_columns_not_used_are_named_on_one_line(tmp_path: Path) -> None:
    frame = CASES.drop(columns="birth_date").assign(**{"DOB": "1978", "Birth Year": "1978", "Notes": "x"})
    src = _write(tmp_path / "records.csv", frame)
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert notes == [
        "note: column(s) not used: 'DOB', 'Birth Year', 'Notes'; birth_year and dob could each be birth_date "
        "(rename the one to use)"
    ]


def test_records_sharing_an_id_under_a_prc_id_header_are_one_person(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {"Record ID": ["a", "b"], "Name": ["Memet Tursun", "Mehmet Tursunov"],
         "PRC ID": ["653101197803141232"] * 2}
    )
    src = _write(tmp_path / "records.csv", frame)
    out = tmp_path / "o.csv"
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "note:" not in result.output
    clusters = dict(list(csv.reader(out.open(encoding="utf-8")))[1:])
    assert clusters["a"] == clusters["b"]


def _csv_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_row_with_more_values_than_the_header_is_refused_naming_its_line(tmp_path: Path) -> None:
    # An unquoted comma inside a name would shift the row's values one column on.
    text = "record_id,full_name,birthplace\nA2,Memet Eli,Kashgar\nA1,Eli, Memet,Kashgar\n"
    src = _csv_text(tmp_path / "r.csv", text)
    with pytest.raises(InvalidRecordsError, match=r"r\.csv: line 3: 4 values, the header has 3"):
        read_records_csv(src)


@pytest.mark.parametrize("sep", [",", ";"])
def test_a_row_with_fewer_values_than_the_header_is_refused_naming_its_line(tmp_path: Path, sep: str) -> None:
    # The birth date left out: read padded, "Kashgar" would be the birth date and "" the birthplace.
    text = "record_id,full_name,birth_date,birthplace\r\nA1,Memet Eli,1978,\r\nA2,Memet Eli,Kashgar\r\n"
    src = _csv_text(tmp_path / "r.csv", "\ufeff" + text.replace(",", sep))
    said = r"r\.csv: line 3: 3 values, the header has 4 \(the row ends with 'Kashgar'\)"
    with pytest.raises(InvalidRecordsError, match=said):
        read_records_csv(src)


def test_a_workbook_is_refused_as_a_workbook(tmp_path: Path) -> None:
    book = tmp_path / "records.xlsx"
    CASES.to_excel(book, index=False)
    with pytest.raises(InvalidRecordsError, match=r"records\.xlsx: a spreadsheet workbook .* not a CSV"):
        read_records_csv(book)


def test_a_quote_that_never_closes_is_refused_naming_its_line(tmp_path: Path) -> None:
    # Read as written, the quote would take every later row into one value and those records would
    # vanish from the output.
    text = ('record_id,source,full_name\nA1,list,Memet Eli\nA2," list,Gulnar Tursun\nA3,list,Ali Rozi\n'
            'A4,list,"Aysha ""Ayshe"" Eli"\n')
    src = _csv_text(tmp_path / "r.csv", text)
    with pytest.raises(InvalidRecordsError, match=r"r\.csv: line 3: a double quote opens a value"):
        read_records_csv(src)
    unclosed_to_the_end = _csv_text(tmp_path / "end.csv", text.replace('"Aysha ""Ayshe"" Eli"', "Aysha Eli"))
    with pytest.raises(InvalidRecordsError, match=r"end\.csv: line 3: a double quote"):
        read_records_csv(unclosed_to_the_end)
    closed = _csv_text(tmp_path / "ok.csv", text.replace('" list', 'list'))
    assert read_records_csv(closed)["full_name"].tolist()[-1] == 'Aysha "Ayshe" Eli'


def test_trailing_delimiters_empty_rows_and_a_sep_line_are_read_as_a_spreadsheet_means_them(
    tmp_path: Path,
) -> None:
    src = _csv_text(
        tmp_path / "r.csv",
        "sep=;\nrecord_id;full_name;birth_date;\nA1;Memet Eli;1978;\nA2;Gulnar Tursun;1980\n;;;\n\n",
    )
    table = read_records_csv(src)
    assert table["record_id"].tolist() == ["A1", "A2"]
    assert table["birth_date"].tolist() == ["1978", "1980"]


def test_two_headers_that_name_one_column_are_refused(tmp_path: Path) -> None:
    src = _csv_text(tmp_path / "r.csv", "record_id,Record ID,full_name\n1,A,Memet Eli\n")
    with pytest.raises(InvalidRecordsError, match="'record_id' and 'Record ID' both name the column"):
        read_records_csv(src)


def test_the_output_may_not_overwrite_the_input(tmp_path: Path) -> None:
    src = _write(tmp_path / "records.csv", CASES)
    before = src.read_bytes()
    result = CliRunner().invoke(link, ["--input", str(src), "--out", str(tmp_path / "." / "records.csv")])
    assert result.exit_code != 0 and "would be overwritten" in result.output
    assert src.read_bytes() == before


def test_a_model_file_that_is_not_json_is_named(tmp_path: Path) -> None:
    src = _write(tmp_path / "records.csv", CASES)
    model = _csv_text(tmp_path / "model.json", "{not json")
    args = ["--input", str(src), "--out", str(tmp_path / "o.csv"), "--model", str(model)]
    result = CliRunner().invoke(link, args)
    assert result.exit_code != 0 and "model.json: not an Unseen linkage model" in result.output
    assert not (tmp_path / "o.csv").exists()
