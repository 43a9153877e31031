import datetime as dt

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


@pytest.mark.parametrize("text", ["0000-00-00", "00.00.0000", "XX.XX.XXXX", "????-??-??", "0"])
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
