import datetime as dt

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from unseen.linkage.dates import BirthDate, parse_birth_date
from unseen.linkage.idnumbers import id_birth_and_sex, id_facts, normalize_id, normalize_ids, prc_check_char

TODAY = dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1980", BirthDate(1980, None, None, "year")),
        ("1980-03", BirthDate(1980, 3, None, "month")),
        ("1980-03-07", BirthDate(1980, 3, 7, "day")),
        ("2000-02-29", BirthDate(2000, 2, 29, "day")),
        ("14.03.1978", BirthDate(1978, 3, 14, "day")),  # the spellings files use, read as the importer does
        ("07/03/1980", BirthDate(1980, 3, 7, "day")),
        ("1978年3月14日", BirthDate(1978, 3, 14, "day")),
        ("03/1978", BirthDate(1978, 3, None, "month")),
        ("b. 1978", BirthDate(1978, None, None, "year")),  # hand-coded spellings, as the importer reads them
        ("1978-يىلى", BirthDate(1978, None, None, "year")),
        ("1978 г.р.", BirthDate(1978, None, None, "year")),
        ("14-Mar-1978", BirthDate(1978, 3, 14, "day")),
        ("78-03-14", BirthDate(1978, 3, 14, "day")),
        ("一九七八年", BirthDate(1978, None, None, "year")),
        ("", None),
        ("  ", None),
    ],
)
def test_parse_birth_date(text: str, expected: BirthDate | None) -> None:
    assert parse_birth_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1981-02-29", "impossible date"),
        ("1980-13", "impossible month"),
        ("1975-78", "^a range of years, not a date"),  # not month 78
        ("banana", "cannot read date"),
        ("31.02.1980", "impossible date"),
        ("1879", "before 1880"),
        ("2030", "future"),
        ("2026-01-02", "future"),
        ("1970s", "^a decade, not a date: '1970s'; write a year"),  # the reason, not "cannot read"
        ("age 45", "^an age, not a date"),
        ("14/3/05", "^two-digit year in '14/3/05'"),
    ],
)
def test_impossible_birth_dates_say_why(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_birth_date(text, TODAY)


def test_iso_keeps_precision() -> None:
    assert parse_birth_date("1980-3", TODAY).iso() == "1980-03"  # type: ignore[union-attr]


def test_check_char_matches_the_published_example() -> None:
    # GB 11643-1999 worked example: 11010519491231002 has check character X
    assert prc_check_char("11010519491231002") == "X"


def _with_check(first17: str) -> str:
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[total % 11]


def test_check_char_agrees_with_the_defining_formula() -> None:
    for first17 in ["65010119800307123", "65312219950101001", "11010519491231002"]:
        assert prc_check_char(first17) == _with_check(first17)[-1]


def test_id_facts_read_birth_date_and_sex() -> None:
    number = _with_check("65310119800307123")
    facts = id_facts(normalize_id(number))
    assert facts.birth_date == "1980-03-07"
    assert facts.sex == "M"  # 17th digit 3 is odd
    assert facts.valid_checksum


def test_one_digit_typo_breaks_the_checksum() -> None:
    number = _with_check("65310119800307124")
    typo = number[:3] + str((int(number[3]) + 1) % 10) + number[4:]
    assert id_facts(typo).valid_checksum is False
    assert id_facts(typo).sex == "F"


def test_non_prc_ids_carry_no_facts() -> None:
    assert id_facts("AB123").birth_date is None
    assert id_facts(normalize_id("6531011980130712X")).birth_date is None  # month 13


def test_normalize_id_folds_spacing_case_and_fullwidth() -> None:
    assert normalize_id(" 653101-1980 0307 123x ") == "653101198003071 23X".replace(" ", "")
    assert normalize_id("６５３１") == "6531"
    assert normalize_id(None) == ""


def test_an_id_is_unwrapped_as_import_reads_it_and_a_rounded_one_is_no_id() -> None:
    number = "653101197905141236"
    wrapped_forms = (f"'{number}", f'="{number}"', f"ID: {number}", f"身份证号：{number}",
                     "653101-19790514-1236")
    for wrapped in wrapped_forms:
        assert normalize_id(wrapped) == number
    assert normalize_id("6.53101E+17") == normalize_id("6,53101e17") == ""
    assert normalize_id("K-1234") == "K1234"  # not a Chinese ID: as written, less its separators


def test_an_id_one_typo_away_keeps_one_near_key() -> None:
    from unseen.linkage.prepare import id_near_keys

    original = "653101197905141236"
    for p in range(len(original)):
        replaced = original[:p] + ("1" if original[p] != "1" else "2") + original[p + 1 :]
        assert any(a == b for a, b in zip(id_near_keys(original), id_near_keys(replaced), strict=True))
        if p + 1 < len(original):
            swapped = original[:p] + original[p + 1] + original[p] + original[p + 2 :]
            assert any(a == b for a, b in zip(id_near_keys(original), id_near_keys(swapped), strict=True))
    assert len(set(id_near_keys(original)) & set(id_near_keys("653101197905149999"))) == 0
    assert id_near_keys("12345") == ("", "", "")  # too short to block on without huge blocks


def test_sex_is_read_in_the_spellings_files_use() -> None:
    from unseen.linkage.prepare import normalize_sex

    males = ["M", "m", "male", "Male ", "男", "Е", "ер", "1", "erkek", "ئەر"]
    females = ["F", "female", "女", "ж", "Әйел", "2", "kadın", "ئايال"]
    assert {normalize_sex(v) for v in males} == {"M"}
    assert {normalize_sex(v) for v in females} == {"F"}
    assert {normalize_sex(v) for v in ("", "unknown", "?!")} == {""}  # unknown, never a guess


@given(
    st.lists(
        st.one_of(
            st.text(alphabet="0123456789Xx -./\uff10\uff15\u0666\u0661", max_size=22),
            st.text(alphabet="0123456789E+e.,'=\":ID ", max_size=22),  # wrapped, labelled, rounded
            st.builds(
                lambda y, m, d, s: f"650102{y:04d}{m:02d}{d:02d}{s:03d}X",
                st.integers(1800, 2300),
                st.integers(0, 13),
                st.integers(0, 32),
                st.integers(0, 999),
            ),
            st.just("٦٥٠١٠٢١٩٨٩٠١١٧٨١٢٨"),  # Arabic-Indic digits
        ),
        max_size=30,
    )
)
def test_the_column_readers_agree_with_the_per_value_ones(raw: list[str]) -> None:
    column = pd.Series(raw + [None], dtype=object)
    ids = normalize_ids(column)
    births, sexes = id_birth_and_sex(ids)
    for text, normalized, birth, sex in zip(column, ids, births, sexes, strict=True):
        facts = id_facts(normalize_id(text))
        assert (normalized, birth, sex) == (normalize_id(text), facts.birth_date or "", facts.sex or "")


@given(st.lists(st.one_of(st.text(alphabet="0123456789X", max_size=20), st.text(max_size=12)), max_size=40))
def test_near_key_columns_equal_the_per_value_keys(raw: list[str]) -> None:
    from unseen.linkage.prepare import ID_NEAR_COLUMNS, id_near_key_columns, id_near_keys

    values = [normalize_id(v) for v in raw]
    frame = id_near_key_columns(pd.Series(values, dtype=object))
    assert list(frame.columns) == list(ID_NEAR_COLUMNS)
    assert [tuple(row) for row in frame.itertuples(index=False)] == [id_near_keys(v) for v in values]


def test_zero_or_unknown_parts_and_no_date_spellings() -> None:
    assert parse_birth_date("1978-00-00") == BirthDate(1978, None, None, "year")
    assert parse_birth_date("1978-03-00") == BirthDate(1978, 3, None, "month")
    assert parse_birth_date("1978-00-10") == BirthDate(1978, None, None, "year")  # a day without month
    assert parse_birth_date("XX.03.1978") == BirthDate(1978, 3, None, "month")
    assert parse_birth_date("0000-00-00") is None
    assert parse_birth_date("????") is None


def test_a_column_of_month_first_dates_reads_two_digit_years_month_first() -> None:
    from unseen.linkage.records import check_columns

    table = check_columns(
        pd.DataFrame(
            {"record_id": ["a", "b"], "full_name": ["A B", "C D"], "birth_date": ["3/14/78", "4/5/78"]}
        )
    )
    assert [parse_birth_date(d) for d in table["birth_date"]] == [
        BirthDate(1978, 3, 14, "day"),
        BirthDate(1978, 4, 5, "day"),  # 5 April, as the column writes its dates
    ]


def test_the_ids_birth_date_fills_a_date_spelt_as_none() -> None:
    from unseen.linkage.prepare import prepare_records
    from unseen.linkage.records import check_columns

    table = check_columns(
        pd.DataFrame(
            {"record_id": ["a", "b"], "full_name": ["Memet Tursun", "Memet Tursun"],
             "birth_date": ["0000-00-00", "XX.XX.XXXX"], "id_number": ["653101197905141236", ""]}
        )
    )
    prepared = prepare_records(table)
    assert prepared["dob"].tolist() == ["1979-05-14", None]


def test_a_column_that_writes_months_first_is_read_month_first() -> None:
    from unseen.linkage.records import check_columns

    def dates(*values: str) -> list[str]:
        table = pd.DataFrame({"record_id": [str(i) for i in range(len(values))], "full_name": "Memet",
                              "birth_date": list(values)})
        return check_columns(table)["birth_date"].tolist()

    # 3/14/1978 can only be month first, so 10/4/1954 is 4 October, not 10 April.
    assert dates("10/4/1954", "3/14/1978", "1978", "") == ["1954-10-04", "1978-03-14", "1978", ""]
    # A column with dates that can only be day first, or none that tell, stays as written (day first).
    assert dates("10/4/1954", "14/3/1978") == ["10/4/1954", "14/3/1978"]
    assert dates("10/4/1954") == ["10/4/1954"]
    # Each separator has its order: dots day first beside slashes month first.
    assert dates("14.03.1978", "3/14/1978", "10/4/1954", "10.04.1954") == [
        "14.03.1978", "1978-03-14", "1954-10-04", "10.04.1954"]


def test_the_ids_date_stands_in_for_a_vaguer_stated_date_that_agrees_with_it() -> None:
    from unseen.linkage.prepare import prepare_records
    from unseen.linkage.records import check_columns

    stated = ["1995", "1995-11", "", "1994", "1995-03", "1995-11-02"]
    table = pd.DataFrame({"record_id": [str(i) for i in range(len(stated))], "full_name": "Memet",
                          "birth_date": stated, "id_number": "650402199511010638"})
    dob = prepare_records(check_columns(table))["dob"].tolist()
    # Agreeing as far as it goes: the ID's full date; conflicting: the stated date, as stated.
    assert dob == ["1995-11-01", "1995-11-01", "1995-11-01", "1994", "1995-03", "1995-11-02"]


def test_a_first_generation_id_is_the_18_character_id_it_became() -> None:
    first17 = "65310119790514567"
    new = first17 + prc_check_char(first17)
    old = first17[:6] + first17[8:]  # 1984-1999: two-digit year, no check character
    assert normalize_id(old) == new
    assert normalize_ids(pd.Series([old, "653101 790514 567", new])).tolist() == [new, new, new]
    # fifteen digits without a date inside are not an old PRC ID
    assert normalize_id("123456789012345") == "123456789012345"


def test_a_stated_first_of_january_is_compared_as_its_year_only() -> None:
    from unseen.linkage.prepare import prepare_records
    from unseen.linkage.records import check_columns

    # 01/01/1967 is how many lists write "born 1967"; against 1967-02-11 it is no conflict. The
    # first of January inside an ID number is the ID's date and stays as it is.
    stated = ["01/01/1967", "1967-01-01", "1967-01-02", ""]
    ids = ["", "", "", "653101196701011236"]
    table = pd.DataFrame({"record_id": [str(i) for i in range(len(stated))], "full_name": "Memet",
                          "birth_date": stated, "id_number": ids})
    prepared = prepare_records(check_columns(table))
    assert prepared["dob"].tolist() == ["1967", "1967", "1967-01-02", "1967-01-01"]
    assert prepared["dob_precision"].tolist() == ["year", "year", "day", "day"]
