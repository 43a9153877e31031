from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from unseen.ingest import MappingError, detect_encoding, load_mapping, read_source
from unseen.ingest.mapping import parse_mapping

MAPPING = """
[source]
key = "list-a"
title = "List A"
kind = "leaked_list"
reliability = "B"
credibility = 2
[columns]
full_name = "姓名"
sex = "性别"
birth_date = "出生日期"
id_number = "身份证号"
"""
ROWS = "姓名,性别,出生日期,身份证号\n买买提·艾力,男,1949-12-31,11010519491231002X\n古丽,女,1985年5月2日,\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(ROWS.encode(encoding))
    reading = read_source(path, parse_mapping(MAPPING), None)
    rows = list(reading.rows)
    assert [r.fields["full_name"] for r in rows] == ["买买提·艾力", "古丽"]
    assert not any(r.problems for r in rows)
    assert detect_encoding(path).replace("_", "-") in {encoding, "utf-16", "utf-8"}


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Liste é,B,count\n1,0,3\n", "cp1252"),  # one accented letter is too little for a statistical guess
        ("name,place\nGülnar Öztürk,Kaşgar\nÇağla,Zürich\n", "cp1254"),
        ("name,place\nСерик Аскаров,Кульджа\nЕрлан Нурланов,Алматы\nГульнара Болатовна,Чугучак\n", "cp1251"),
    ],
)
def test_single_byte_encodings_read_back_the_text(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "t.csv"
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{encoding} cannot write this text")
    path.write_bytes(data)
    assert data.decode(detect_encoding(path)) == text


def test_undecodable_bytes_are_reported_by_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(ROWS.encode("utf-8") + b"Tursun\xff\xfe,M,1980,\n")
    problems = [p for r in read_source(path, parse_mapping(MAPPING)).rows for p in r.problems]
    assert [str(p) for p in problems] == ["list.csv:4:姓名: undecodable bytes in this cell"]


def test_named_encoding_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(ROWS.encode("gb18030"))
    reading = read_source(path, parse_mapping(MAPPING), "utf-8")
    assert reading.encoding == "utf-8"
    assert all("undecodable bytes in the header" in p.reason for p in reading.header_problems[:4])


def test_every_problem_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "姓名,性别,出生日期,身份证号\n"
        "A,男,1978-13-01,\n"  # impossible month
        "B,男,1978,110105194912310021\n"  # bad check character
        "C,男\n"  # wrong number of fields
        "D,Q,1978,\n",  # unreadable sex
        encoding="utf-8",
    )
    problems = [str(p) for r in read_source(path, parse_mapping(MAPPING)).rows for p in r.problems]
    assert problems[0] == "bad.csv:2:出生日期: impossible date '1978-13-01'"
    assert problems[1].startswith(
        "bad.csv:3:身份证号: ID number 110105194912310021 fails its check character"
    )
    assert problems[2] == "bad.csv:4:*: row has 2 fields, the header has 4"
    assert problems[3].startswith("bad.csv:5:性别: cannot read sex 'Q'")
    assert len(problems) == 4


def test_header_case_and_spacing_do_not_matter(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Full  Name,SEX\nTursun Memet,m\n", encoding="utf-8")
    columns = '[columns]\nfull_name = "full name"\nsex = "Sex"'
    mapping = parse_mapping(f'[source]\nkey = "x"\ntitle = "x"\n{columns}')
    (row,) = list(read_source(path, mapping).rows)
    assert (row.fields["full_name"], row.fields["sex"], row.problems) == ("Tursun Memet", "male", [])


def test_stand_ins_for_missing_values_are_no_values_but_stay_in_the_raw_row(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("姓名,性别,出生日期,身份证号\n古丽,女,未知,N/A\n", encoding="utf-8")
    (row,) = list(read_source(path, parse_mapping(MAPPING)).rows)
    assert not row.problems
    assert (row.fields["birth_date"], row.fields["id_number"]) == (None, "")
    assert row.raw["身份证号"] == "N/A"


def test_mapping_column_missing_from_header(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("name,sex\nA,M\n", encoding="utf-8")
    reading = read_source(path, parse_mapping(MAPPING))
    assert [str(p) for p in reading.header_problems][0] == (
        "list.csv:1:姓名: column named in the mapping for full_name is not in the file's header "
        "('name', 'sex')"
    )


def test_id_birth_date_conflict_is_flagged_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("姓名,性别,出生日期,身份证号\nA,男,1950-01-01,11010519491231002X\n", encoding="utf-8")
    (row,) = list(read_source(path, parse_mapping(MAPPING)).rows)
    assert not row.problems
    assert row.flags == [
        {
            "kind": "birth_date_conflict",
            "field": "birth_date",
            "stated": "1950-01-01",
            "in_id_number": "1949-12-31",
        }
    ]


def test_jsonl_and_xlsx(tmp_path: Path) -> None:
    mapping = parse_mapping(MAPPING.replace('"姓名"', '"name"'))
    jsonl = tmp_path / "t.jsonl"
    jsonl.write_text(
        '{"name": "مەمەت ئېلى", "性别": "ئەر", "出生日期": "1978", "身份证号": ""}\nnot json\n', "utf-8"
    )
    rows = list(read_source(jsonl, mapping).rows)
    assert rows[0].fields["full_name"] == "مەمەت ئېلى" and rows[0].fields["sex"] == "male"
    assert str(rows[1].problems[0]).startswith("t.jsonl:2:*: not valid JSON")

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "性别", "出生日期", "身份证号"])
    sheet.append(["Мәмәт Әли", "Е", "14.03.1978", None])
    xlsx = tmp_path / "k.xlsx"
    book.save(xlsx)
    (row,) = list(read_source(xlsx, mapping).rows)
    assert row.row == 2 and row.fields["birth_date"].iso() == "1978-03-14" and row.fields["sex"] == "male"


def _workbook(path: Path, *rows: list[object]) -> Path:
    """An XLSX with the header name, 性别, 出生日期, 身份证号 and `rows` as typed into its cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "性别", "出生日期", "身份证号"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_id_number_stored_as_a_spreadsheet_number_is_refused_not_trusted(tmp_path: Path) -> None:
    # Excel keeps 15 significant digits: 653101199901086152 typed into a number cell is stored as
    # 6.53101199901086e17, whose digits after the 15th are no longer the ID's.
    xlsx = _workbook(tmp_path / "ids.xlsx", ["Memet Eli", "M", "1999", float(653101199901086152)],
                     ["Gulnar Tursun", "F", "1980", "653101198001086152"])
    first, second = list(read_source(xlsx, parse_mapping(MAPPING.replace('"姓名"', '"name"'))).rows)
    why = str(first.problems[0])
    assert "more than 15 digits" in why and "format the column as text" in why
    assert not second.problems and second.fields["id_number"] == "653101198001086152"


def test_json_array_files(tmp_path: Path) -> None:
    mapping = parse_mapping(MAPPING.replace('"姓名"', '"name"'))
    path = tmp_path / "t.json"
    path.write_text('[{"name": "Tursun", "性别": "m"}, 7, {"name": "Gulnar", "性别": "f"}]', encoding="utf-8")
    rows = list(read_source(path, mapping).rows)
    assert [r.fields.get("full_name") for r in rows[:3]] == ["Tursun", None, "Gulnar"]
    assert str(rows[1].problems[0]) == "t.json:2:*: an array element must be one JSON object"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('kind = "leaked_list"', 'kind = "rumour"'), "kind 'rumour'"),
        (("credibility = 2", "credibility = 9"), "credibility"),
        (('sex = "性别"', 'gender = "性别"'), "unknown fields ['gender']"),
        (('key = "list-a"', 'key = "List A"'), "must be a slug"),
    ],
)
def test_bad_mappings_are_refused_with_the_key(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    path = tmp_path / "m.toml"
    path.write_text(MAPPING.replace(*change), encoding="utf-8")
    with pytest.raises(MappingError, match="m.toml") as info:
        load_mapping(path)
    assert message in str(info.value)


SLASHED_MAPPING = """
[source]
key = "s"
title = "slashed dates"

[columns]
full_name = "name"
birth_date = "born"
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # One month-first date makes the column month-first: 09/04/1982 is then 4 September.
        ("A,10/28/1990\nB,09/04/1982\nC,1975\n", ["1990-10-28", "1982-09-04", "1975"]),
        # Otherwise slashes and dots are day-first, as most of the world writes them.
        ("A,28/10/1990\nB,09/04/1982\n", ["1990-10-28", "1982-04-09"]),
        ("A,09.04.1982\nB,01.02.1970\n", ["1982-04-09", "1970-02-01"]),
        # Both orders in one column: each date that says which it is is read so, the rest day-first.
        ("A,28/10/1990\nB,10/28/1990\nC,09/04/1982\n", ["1990-10-28", "1990-10-28", "1982-04-09"]),
        # Each separator has its order: dots day-first, slashes month-first, in one file.
        ("A,14.03.1978\nB,3/14/1978\nC,10/4/1954\nD,10.04.1954\n",
         ["1978-03-14", "1978-03-14", "1954-10-04", "1954-04-10"]),
    ],
)
def test_numeric_dates_in_a_column_are_read_alike(tmp_path: Path, rows: str, expected: list[str]) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("name,born\n" + rows, encoding="utf-8")
    parsed = list(read_source(path, parse_mapping(SLASHED_MAPPING)).rows)
    assert [r.fields["birth_date"].iso() for r in parsed] == expected
    assert not any(r.problems for r in parsed)


@pytest.mark.parametrize(
    "wrap",
    [
        lambda n: n,
        lambda n: f"{n[:6]}-{n[6:14]}-{n[14:]}",  # groups with dashes
        lambda n: f"'{n}",  # Excel's text mark
        lambda n: f'"=""{n}"""',  # Excel's text formula, quoted in the CSV
        lambda n: f"ID:{n}",
        lambda n: f"身份证号：{n[:6]} {n[6:14]} {n[14:]}",
    ],
)
def test_wrapped_id_numbers_are_checked_as_ids(tmp_path: Path, wrap: Callable[[str], str]) -> None:
    path = tmp_path / "ids.csv"
    bad, good = "653101197803141239", "653101197803141235"
    lines = [wrap(bad), wrap(good), wrap(good).translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})]
    rows = "".join(f"古丽,女,1979,{n}\n" for n in lines)  # the last in full-width digits
    path.write_text(f"姓名,性别,出生日期,身份证号\n{rows}", encoding="utf-8")
    first, *others = list(read_source(path, parse_mapping(MAPPING)).rows)
    assert [str(p) for p in first.problems] == [
        f"ids.csv:2:身份证号: ID number {bad} fails its check character (expected 5)"
    ]
    for row in others:
        assert row.problems == [] and row.fields["id_number"] == good
        assert row.flags[0]["in_id_number"] == "1978-03-14"  # the stated 1979 disagrees


def test_an_id_number_a_spreadsheet_rounded_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ids.csv"
    path.write_text("姓名,性别,出生日期,身份证号\n古丽,女,1978,6.53101E+17\nP,女,1978,AB-123 456\n",
                    encoding="utf-8")
    first, second = list(read_source(path, parse_mapping(MAPPING)).rows)
    assert "scientific notation" in str(first.problems[0])
    assert (second.problems, second.fields["id_number"]) == ([], "AB-123 456")  # not a Chinese ID: as written


def test_two_header_columns_that_read_as_one_mapped_column_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("姓名,性别,出生日期,身份证号, 姓名 \nAli,男,1978,,Second\n", encoding="utf-8")
    reading = read_source(path, parse_mapping(MAPPING))
    assert [str(p) for p in reading.header_problems] == [
        "list.csv:1:姓名: columns 1, 5 of the header all read as '姓名': which one holds full_name cannot be "
        "told; rename the others"
    ]


def test_headers_with_invisible_characters_or_decomposed_letters_match(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("\u200bFull Name,Doğum\nTursun Memet,1978\n".replace("ğ", "g\u0306"), encoding="utf-8")
    mapping = parse_mapping('[source]\nkey = "x"\ntitle = "x"\n[columns]\nfull_name = "full name"\n'
                            'birth_date = "doğum"')
    reading = read_source(path, mapping)
    (row,) = list(reading.rows)
    assert reading.header_problems == [] and row.problems == []
    assert (row.fields["full_name"], row.fields["birth_date"].iso()) == ("Tursun Memet", "1978")


def test_json_lines_keys_in_other_case_or_spacing_are_read_and_kept_as_written(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text('{"name": "A", "dob": "1978"}\n{"Name": "B", "DOB": "1979"}\n'
                    '{"name ": "C", "Dob ": "1980"}\n{"name": "D", "Name": "E"}\n', encoding="utf-8")
    columns = '[columns]\nfull_name = "name"\nbirth_date = "dob"'
    mapping = parse_mapping(f'[source]\nkey = "x"\ntitle = "x"\n{columns}')
    rows = list(read_source(path, mapping).rows)
    assert [(r.fields.get("full_name"), r.fields["birth_date"].iso()) for r in rows[:3]] == [
        ("A", "1978"), ("B", "1979"), ("C", "1980")
    ]
    assert rows[1].raw == {"Name": "B", "DOB": "1979"}
    assert "read as one key" in str(rows[3].problems[0])


def test_a_year_and_month_in_a_number_cell_that_may_have_lost_its_zero_is_refused(tmp_path: Path) -> None:
    # typed 1982.10, stored as 1982.1
    path = _workbook(tmp_path / "dates.xlsx", ["A", "男", 1982.10, None], ["B", "男", 1982.03, None])
    first, second = list(read_source(path, parse_mapping(MAPPING.replace('"姓名"', '"name"'))).rows)
    assert "may be January or October" in str(first.problems[0])
    assert (second.problems, second.fields["birth_date"].iso()) == ([], "1982-03")


def test_trailing_empty_cells_are_no_extra_fields_but_extra_values_are_kept_for_the_rejects(
    tmp_path: Path,
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("姓名,性别,出生日期,身份证号\n古丽,女,1978,,,\n艾力,男,1979,,x\n", encoding="utf-8")
    first, second = list(read_source(path, parse_mapping(MAPPING)).rows)
    assert first.problems == [] and first.fields["full_name"] == "古丽"
    assert str(second.problems[0]) == "list.csv:3:*: row has 5 fields, the header has 4"
    assert second.raw["column 5"] == "x"
