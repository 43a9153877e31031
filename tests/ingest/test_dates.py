import datetime as dt
import re

import pytest

from unseen.ingest import PartialDate, parse_date
from unseen.ingest.errors import FieldError

CASES = [
    ("1978", dt.date(1978, 1, 1), "year"),
    ("1978-03", dt.date(1978, 3, 1), "month"),
    ("1978-03-14", dt.date(1978, 3, 14), "day"),
    ("14.03.1978", dt.date(1978, 3, 14), "day"),
    ("14/3/1978", dt.date(1978, 3, 14), "day"),
    ("03/14/1978", dt.date(1978, 3, 14), "day"),  # month-first only when day-first is impossible
    ("04/03/1978", dt.date(1978, 3, 4), "day"),
    ("03.1978", dt.date(1978, 3, 1), "month"),
    ("1978/3/14", dt.date(1978, 3, 14), "day"),
    ("19780314", dt.date(1978, 3, 14), "day"),
    ("197803", dt.date(1978, 3, 1), "month"),  # a year and its month, run together
    ("1978年3月14日", dt.date(1978, 3, 14), "day"),
    ("1978年3月", dt.date(1978, 3, 1), "month"),
    ("1978年", dt.date(1978, 1, 1), "year"),
    ("1978 ж.", dt.date(1978, 1, 1), "year"),
    ("14 March 1978", dt.date(1978, 3, 14), "day"),
    ("March 14, 1978", dt.date(1978, 3, 14), "day"),
    ("Mart 1978", dt.date(1978, 3, 1), "month"),
    ("14 наурыз 1978", dt.date(1978, 3, 14), "day"),
    ("1978-03-14 00:00:00", dt.date(1978, 3, 14), "day"),
    (1978, dt.date(1978, 1, 1), "year"),
    ("XX.03.1978", dt.date(1978, 3, 1), "month"),  # unknown parts, as zeros are
    ("1978-??-??", dt.date(1978, 1, 1), "year"),
    ("UU/UU/1978", dt.date(1978, 1, 1), "year"),
    ("c. 1978", dt.date(1978, 1, 1), "year"),  # approximate: the stated year, its own precision
    ("about 1978", dt.date(1978, 1, 1), "year"),
    ("1978?", dt.date(1978, 1, 1), "year"),
    ("ca. March 1978", dt.date(1978, 3, 1), "month"),
    ("约1978年", dt.date(1978, 1, 1), "year"),
    ("около 1978 г.", dt.date(1978, 1, 1), "year"),
    (dt.datetime(1978, 3, 14, 0, 0), dt.date(1978, 3, 14), "day"),
]


@pytest.mark.parametrize(("text", "value", "precision"), CASES)
def test_common_spellings_read_with_their_precision(text: object, value: dt.date, precision: str) -> None:
    assert parse_date(text) == PartialDate(value, precision)


@pytest.mark.parametrize(
    "text",
    ["1978-02-30", "31.04.1990", "yesterday", "12/13/14/15", "0978", "13/13/1978", "1978-13-01", "about",
     "c. 1978-02-30"],
)
def test_unreadable_or_impossible_dates_are_errors(text: str) -> None:
    with pytest.raises(FieldError):
        parse_date(text)


@pytest.mark.parametrize(
    "text",
    ["0000-00-00", "00.00.0000", "XX.XX.XXXX", "????-??-??", "0", "unknown", "N/A", "NULL", "nan", "—",
     "not known", "未知", "不详", "неизвестно", "белгісіз", "bilinmiyor", "نامەلۇم"],
)
def test_spellings_of_no_date_are_none(text: str) -> None:
    assert parse_date(text) is None


def test_empty_cells_are_none() -> None:
    assert parse_date("  ") is None
    assert parse_date(None) is None


def test_mapping_formats_come_first_and_set_precision() -> None:
    # %m/%d/%Y would be read day-first by the built-in shapes; the mapping's format wins.
    assert parse_date("03/14/1978", ["%m/%d/%Y"]) == PartialDate(dt.date(1978, 3, 14), "day")
    assert parse_date("1978", ["%Y"]).precision == "year"  # type: ignore[union-attr]


def test_agreement_respects_precision() -> None:
    year = PartialDate(dt.date(1978, 1, 1), "year")
    assert year.agrees_with(dt.date(1978, 12, 31))
    assert not year.agrees_with(dt.date(1979, 1, 1))
    day = PartialDate(dt.date(1978, 3, 14), "day")
    assert not day.agrees_with(dt.date(1978, 3, 15))
    assert [p.iso() for p in (year, day)] == ["1978", "1978-03-14"]


# Spellings files coded by hand carry: words for "born", "about" and "year" in the sources' languages,
# month names, Chinese numerals, two-digit years that can only be a year.
WILD = [
    ("b. 1978", dt.date(1978, 1, 1), "year"),
    ("born 1978", dt.date(1978, 1, 1), "year"),
    ("born about 1978", dt.date(1978, 1, 1), "year"),
    ("~1978", dt.date(1978, 1, 1), "year"),
    ("approx. 1978", dt.date(1978, 1, 1), "year"),
    ("abt 1978", dt.date(1978, 1, 1), "year"),
    ("est. 1978", dt.date(1978, 1, 1), "year"),
    ("1978 (?)", dt.date(1978, 1, 1), "year"),
    ("1978 (est.)", dt.date(1978, 1, 1), "year"),
    ("1978-يىلى", dt.date(1978, 1, 1), "year"),
    ("\u200f1978-يىلى تۇغۇلغان", dt.date(1978, 1, 1), "year"),
    ("1978-يىلى 3-ئاينىڭ 14-كۈنى", dt.date(1978, 3, 14), "day"),
    ("1978 жыл", dt.date(1978, 1, 1), "year"),
    ("1978 жылы туған", dt.date(1978, 1, 1), "year"),
    ("1978 жылғы 14 наурыз", dt.date(1978, 3, 14), "day"),
    ("1978 г.р.", dt.date(1978, 1, 1), "year"),
    ("1978 года рождения", dt.date(1978, 1, 1), "year"),
    ("14.03.1978г.", dt.date(1978, 3, 14), "day"),
    ("14 марта 1978 г.", dt.date(1978, 3, 14), "day"),
    ("14 мар. 1978", dt.date(1978, 3, 14), "day"),
    ("1978 YILI", dt.date(1978, 1, 1), "year"),
    ("1978 doğumlu", dt.date(1978, 1, 1), "year"),
    ("14 Mart 1978", dt.date(1978, 3, 14), "day"),
    ("14 Şub 1978", dt.date(1978, 2, 14), "day"),
    ("14 مارت 1978", dt.date(1978, 3, 14), "day"),
    ("14-Mar-1978", dt.date(1978, 3, 14), "day"),
    ("14-Mar-78", dt.date(1978, 3, 14), "day"),
    ("Sept. 14th, 1978", dt.date(1978, 9, 14), "day"),
    ("1978-Mar-14", dt.date(1978, 3, 14), "day"),
    ("Mar '78", dt.date(1978, 3, 1), "month"),
    ("78-03-14", dt.date(1978, 3, 14), "day"),
    ("14/3/78", dt.date(1978, 3, 14), "day"),
    ("3/14/78", dt.date(1978, 3, 14), "day"),
    ("一九七八年", dt.date(1978, 1, 1), "year"),
    ("一九七八年三月十四日", dt.date(1978, 3, 14), "day"),
    ("二〇〇一年十二月", dt.date(2001, 12, 1), "month"),
    ("1978年生", dt.date(1978, 1, 1), "year"),
]


@pytest.mark.parametrize(("text", "value", "precision"), WILD)
def test_spellings_of_hand_coded_files_read_with_their_precision(
    text: str, value: dt.date, precision: str
) -> None:
    assert parse_date(text) == PartialDate(value, precision)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1970s", "a decade, not a date: '1970s'"),
        ("1970-е", "a decade"),
        ("1970年代", "a decade"),
        ("1975-78", "a range of years, not a date: '1975-78'"),
        ("1975-1978", "a range of years"),
        ("age 45", "an age, not a date: 'age 45'"),
        ("43 yaşında", "an age"),
        ("45 лет", "an age"),
        ("45岁", "an age"),
        ("14/3/05", "two-digit year in '14/3/05'"),  # 1905 or 2005, and 05 could be the day
        ("3/4/05", "two-digit year"),
        ("Mar 05", "two-digit year"),  # 5 March of no year, or March 2005
        ("1978-13", "impossible date"),  # a month, not a range 1978-2013
        ("14 Foo 1978", "cannot read date '14 Foo 1978'"),
        ("March 1978 1979", "cannot read date"),
        ("I97O-O6-I5", "cannot read date"),  # more letters than a scan mistakes: not guessed
        ("O1.O2", "cannot read date"),  # too few digits to be a scanned date
    ],
)
def test_what_is_no_date_says_why(text: str, reason: str) -> None:
    with pytest.raises(FieldError, match=re.escape(reason)):
        parse_date(text)


def test_a_month_first_format_reads_two_digit_years_too() -> None:
    # the importer's column-wide month-first formats are written with %Y
    assert parse_date("4/5/78", ["%m/%d/%Y"]) == PartialDate(dt.date(1978, 4, 5), "day")
    assert parse_date("4/5/78") == PartialDate(dt.date(1978, 5, 4), "day")


@pytest.mark.parametrize(
    ("scanned", "date"),
    [
        ("1996.10.O5", dt.date(1996, 10, 5)),  # O for 0
        ("I970-06-15", dt.date(1970, 6, 15)),  # I for 1
        ("l9780117", dt.date(1978, 1, 17)),  # l for 1
        ("1953-11-Z9", dt.date(1953, 11, 29)),  # Z for 2
        ("195b.09.01", dt.date(1956, 9, 1)),  # b for 6
        ("1g57-09-06", dt.date(1957, 9, 6)),  # g for 9
    ],
)
def test_letters_a_scan_reads_for_digits_are_read_as_those_digits(scanned: str, date: dt.date) -> None:
    assert parse_date(scanned) == PartialDate(date, "day")
